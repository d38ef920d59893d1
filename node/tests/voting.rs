//! End-to-end: pallet-voting on a running dev node (instant seal). A community is created and
//! joined, a proposal gets quadratic votes, is closed after its deadline with `ProposalClosed`,
//! the voting budget is a freeze visible in the account's balance and through `VotingApi`, and
//! setting it to zero releases it.

mod common;

use common::{event, seal_blocks, submit, DevNode};
use subxt::dynamic::Value;
use subxt_signer::sr25519::dev;

const UNIT: u128 = 1_000_000_000_000;
const COMMUNITY: u32 = 42;

fn call(name: &str, args: Vec<Value>) -> subxt::tx::DynamicPayload<Vec<Value>> {
	subxt::dynamic::transaction("Voting", name, args)
}

#[derive(Debug, scale_decode::DecodeAsType)]
struct BudgetView {
	frozen: u128,
	committed: u128,
	transferable: u128,
}

async fn budget(api: &common::Client, who: [u8; 32]) -> BudgetView {
	let at = api.at_current_block().await.expect("current block");
	let payload =
		subxt::dynamic::runtime_api_call::<_, BudgetView>("VotingApi", "frozen_budget", (who,));
	at.runtime_apis().call(payload).await.expect("VotingApi_frozen_budget")
}

#[derive(Debug, scale_decode::DecodeAsType)]
struct AccountData {
	frozen: u128,
}

#[derive(Debug, scale_decode::DecodeAsType)]
struct AccountInfo {
	data: AccountData,
}

/// What the account has frozen, from `System.Account` (the vote budget's freeze is its only
/// freeze here).
async fn frozen_balance(api: &common::Client, who: [u8; 32]) -> u128 {
	let addr = subxt::dynamic::storage::<([u8; 32],), AccountInfo>("System", "Account");
	let at = api.at_current_block().await.expect("current block");
	match at.storage().try_fetch(addr, (who,)).await.expect("storage read") {
		Some(v) => v.decode().expect("AccountInfo").data.frozen,
		None => 0,
	}
}

#[derive(Debug, scale_decode::DecodeAsType)]
struct ProposalClosed {
	community: u32,
	proposal: u32,
	passed: bool,
	aye: u128,
	nay: u128,
	metadata: Vec<u8>,
}

#[derive(Debug, scale_decode::DecodeAsType)]
struct Voted {
	who: [u8; 32],
	power: u32,
	cost: u128,
}

#[derive(Debug, scale_decode::DecodeAsType)]
struct VoteBudgetSet {
	who: [u8; 32],
	budget: u128,
	committed: u128,
}

fn set_vote_budget(budget: u128) -> subxt::tx::DynamicPayload<Vec<Value>> {
	call("set_vote_budget", vec![Value::u128(budget)])
}

#[tokio::test(flavor = "multi_thread")]
async fn community_votes_quadratically_closes_and_releases_the_budget() {
	let dir = tempfile::tempdir().expect("temp dir");
	let node = DevNode::start(dir.path(), &["--sealing", "instant"]);
	let api = node.client().await;
	let (alice, bob, charlie) = (dev::alice(), dev::bob(), dev::charlie());
	let bob_id: [u8; 32] = bob.public_key().0;

	submit(
		&api,
		call(
			"create_community",
			vec![
				Value::u128(COMMUNITY.into()),
				Value::u128(2),
				Value::u128(1),
				Value::unnamed_variant("None", []),
				Value::unnamed_variant("None", []),
			],
		),
		&alice,
	)
	.await;
	let joined =
		submit(&api, call("join_community", vec![Value::u128(COMMUNITY.into())]), &bob).await;
	let activated: Activated = event(&joined, "Voting", "CommunityActivated");
	assert_eq!(activated.community, COMMUNITY);

	let command = br#"{"v":1,"kind":"train","args":{"epochs":3}}"#.to_vec();
	submit(
		&api,
		call(
			"push_proposal",
			vec![
				Value::u128(COMMUNITY.into()),
				Value::from_bytes(&command),
				Value::unnamed_variant("None", []),
			],
		),
		&alice,
	)
	.await;

	// Budgets first (one freeze each, for votes in any community); then Bob: power 3 costs
	// 9 DAO of his 10; Alice: power 1 against costs 1 DAO.
	let set = submit(&api, set_vote_budget(10 * UNIT), &bob).await;
	let set: VoteBudgetSet = event(&set, "Voting", "VoteBudgetSet");
	assert_eq!((set.who, set.budget, set.committed), (bob_id, 10 * UNIT, 0));
	submit(&api, set_vote_budget(UNIT), &alice).await;
	let voted = submit(
		&api,
		call(
			"vote",
			vec![Value::u128(COMMUNITY.into()), Value::u128(0), Value::bool(true), Value::u128(3)],
		),
		&bob,
	)
	.await;
	let voted: Voted = event(&voted, "Voting", "Voted");
	assert_eq!((voted.who, voted.power, voted.cost), (bob_id, 3, 9 * UNIT));
	submit(
		&api,
		call(
			"vote",
			vec![Value::u128(COMMUNITY.into()), Value::u128(0), Value::bool(false), Value::u128(1)],
		),
		&alice,
	)
	.await;

	assert_eq!(frozen_balance(&api, bob_id).await, 10 * UNIT);
	let view = budget(&api, bob_id).await;
	assert_eq!((view.frozen, view.committed), (10 * UNIT, 9 * UNIT));
	// Bob holds his membership and voting-record deposits; a freeze covers held funds too, so
	// what Bob cannot transfer is the budget less what is held.
	let (bob_free, bob_held) = common::balances(&api, bob_id).await;
	assert!(bob_held > 0, "joining and the voting record hold deposits");
	assert_eq!(view.transferable, bob_free - (10 * UNIT - bob_held), "frozen funds stay put");

	// Run past the deadline (100 blocks after the proposal), then anyone may close.
	seal_blocks(&node.url(), 100).await;
	let closed = submit(
		&api,
		call("close_proposal", vec![Value::u128(COMMUNITY.into()), Value::u128(0)]),
		&charlie,
	)
	.await;
	let closed: ProposalClosed = event(&closed, "Voting", "ProposalClosed");
	assert_eq!((closed.community, closed.proposal), (COMMUNITY, 0));
	assert!(closed.passed);
	assert_eq!((closed.aye, closed.nay), (3, 1));
	assert_eq!(closed.metadata, command);

	// Past the deadline the vote is final: nothing is committed, and the budget stays frozen
	// until Bob lowers it; zero closes his voting record and returns its deposit.
	let view = budget(&api, bob_id).await;
	assert_eq!((view.frozen, view.committed), (10 * UNIT, 0));
	let released = submit(&api, set_vote_budget(0), &bob).await;
	let released: VoteBudgetSet = event(&released, "Voting", "VoteBudgetSet");
	assert_eq!((released.who, released.budget, released.committed), (bob_id, 0, 0));
	assert_eq!(frozen_balance(&api, bob_id).await, 0);
	assert_eq!(budget(&api, bob_id).await.frozen, 0);
	let (_, held_after) = common::balances(&api, bob_id).await;
	assert!(held_after < bob_held, "the voting record's deposit is back");

	node.stop();
}

#[derive(Debug, scale_decode::DecodeAsType)]
struct Activated {
	community: u32,
}
