//! The dao-chain calls and views the agent's end-to-end tests share: community 1 with Ferdie as
//! its executor, proposals decided by Bob's vote and closed by Root, receipts and the queue.
//! Transactions go to the node at `url` and are awaited in a best block (on the seal modes
//! every block is final; on a network the agent waits for finality itself).

use super::node::{at_best, event, submit_in_best_block, Client};
use subxt::dynamic::Value;
use subxt_signer::sr25519::dev;

pub const COMMUNITY: u32 = 1;
/// One DAO (the native token has 12 decimals).
pub const UNIT: u128 = 1_000_000_000_000;

#[derive(Debug, PartialEq, Eq, scale_decode::DecodeAsType)]
pub enum Outcome {
	Succeeded,
	Failed { exit_code: i32 },
}

#[derive(Debug, scale_decode::DecodeAsType)]
pub struct Receipt {
	pub executor: [u8; 32],
	pub outcome: Outcome,
	pub output_hash: [u8; 32],
}

#[derive(Debug, scale_decode::DecodeAsType)]
pub struct Pushed {
	pub proposal: u32,
}

#[derive(Debug, scale_decode::DecodeAsType)]
pub struct Pending {
	pub proposal: u32,
}

pub fn voting(name: &str, fields: Vec<Value>) -> subxt::tx::DynamicPayload<Vec<Value>> {
	subxt::dynamic::transaction("Voting", name, fields)
}

pub fn force_close(proposal: u32) -> subxt::tx::DynamicPayload<Vec<Value>> {
	let call = Value::unnamed_variant(
		"Voting",
		[Value::unnamed_variant(
			"force_close",
			[Value::u128(COMMUNITY.into()), Value::u128(proposal.into())],
		)],
	);
	subxt::dynamic::transaction("Sudo", "sudo", vec![call])
}

/// Community 1: Alice creates it (N = 2) proposing Ferdie's account as its executor, Ferdie
/// accepts, Bob joins and activates it and sets his voting budget.
pub async fn community_with_executor(api: &Client, url: &str) {
	let ferdie = Value::from_bytes(dev::ferdie().public_key().0);
	submit_in_best_block(
		api,
		url,
		voting(
			"create_community",
			vec![
				Value::u128(COMMUNITY.into()),
				Value::u128(2),
				Value::u128(1),
				Value::unnamed_variant("Some", [ferdie]),
				Value::unnamed_variant("None", []),
			],
		),
		&dev::alice(),
	)
	.await;
	submit_in_best_block(
		api,
		url,
		voting("accept_executor", vec![Value::u128(COMMUNITY.into())]),
		&dev::ferdie(),
	)
	.await;
	submit_in_best_block(
		api,
		url,
		voting("join_community", vec![Value::u128(COMMUNITY.into())]),
		&dev::bob(),
	)
	.await;
	// Bob's voting budget: 100 votes of power 1 (1 DAO each).
	submit_in_best_block(
		api,
		url,
		voting("set_vote_budget", vec![Value::u128(100 * UNIT)]),
		&dev::bob(),
	)
	.await;
}

/// Alice pushes `command`, Bob votes aye (passes) or nay (fails), Root closes it.
pub async fn decide(api: &Client, url: &str, command: &str, aye: bool) -> u32 {
	decide_paid(api, url, command, aye, None).await
}

/// [`decide`] with a budget (payment asset units).
pub async fn decide_paid(
	api: &Client,
	url: &str,
	command: &str,
	aye: bool,
	budget: Option<u128>,
) -> u32 {
	let proposal = push(api, url, command, budget).await;
	vote(api, url, proposal, aye).await;
	close(api, url, proposal).await;
	proposal
}

/// Alice pushes `command` (with a budget in payment asset units, if any); its proposal id.
pub async fn push(api: &Client, url: &str, command: &str, budget: Option<u128>) -> u32 {
	let budget = match budget {
		Some(budget) => Value::unnamed_variant("Some", [Value::u128(budget)]),
		None => Value::unnamed_variant("None", []),
	};
	let push = voting(
		"push_proposal",
		vec![Value::u128(COMMUNITY.into()), Value::from_bytes(command), budget],
	);
	let events = submit_in_best_block(api, url, push, &dev::alice()).await;
	event::<Pushed>(&events, "Voting", "ProposalPushed").proposal
}

/// Bob votes aye or nay on `proposal` with power 1.
pub async fn vote(api: &Client, url: &str, proposal: u32, aye: bool) {
	let vote = vec![
		Value::u128(COMMUNITY.into()),
		Value::u128(proposal.into()),
		Value::bool(aye),
		Value::u128(1),
	];
	submit_in_best_block(api, url, voting("vote", vote), &dev::bob()).await;
}

/// Root (Alice's sudo) closes `proposal` before its deadline.
pub async fn close(api: &Client, url: &str, proposal: u32) {
	submit_in_best_block(api, url, force_close(proposal), &dev::alice()).await;
}

pub async fn receipt(api: &Client, proposal: u32) -> Option<Receipt> {
	let at = api.at_current_block().await.expect("current block");
	at.runtime_apis()
		.call(subxt::dynamic::runtime_api_call::<_, Option<Receipt>>(
			"VotingApi",
			"execution_receipt",
			(COMMUNITY, proposal),
		))
		.await
		.expect("VotingApi_execution_receipt")
}

/// Community 1's queue (`VotingApi::pending_executions`) at the node's best block (`url`),
/// which on a fork is the fork's.
pub async fn pending(api: &Client, url: &str) -> Vec<u32> {
	let pending: Vec<Pending> = at_best(api, url)
		.await
		.runtime_apis()
		.call(subxt::dynamic::runtime_api_call::<_, Vec<Pending>>(
			"VotingApi",
			"pending_executions",
			(COMMUNITY,),
		))
		.await
		.expect("VotingApi_pending_executions");
	pending.into_iter().map(|p| p.proposal).collect()
}
