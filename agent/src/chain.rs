//! Every chain access of the agent: a subxt client with dynamic calls, runtime API calls and
//! event decoding. The pallet, call, event and field names here are checked against the
//! runtime's own metadata by `tests/metadata.rs`, so they cannot drift from the runtime.

use anyhow::Context;
use scale_decode::DecodeAsType;
use subxt::{dynamic::Value, OnlineClient, PolkadotConfig};
use subxt_signer::sr25519::Keypair;

/// The client: dao-chain uses Polkadot's account, signature and extension types.
pub type Client = OnlineClient<PolkadotConfig>;
/// A view of the chain at one block.
pub type AtBlock = subxt::client::ClientAtBlock<
	PolkadotConfig,
	subxt::client::OnlineClientAtBlockImpl<PolkadotConfig>,
>;
/// An account id.
pub type AccountId = [u8; 32];

/// Connects to a node's WebSocket RPC server (`ws://` allowed: nodes listen locally).
pub async fn connect(url: &str) -> anyhow::Result<Client> {
	Client::from_insecure_url(url)
		.await
		.with_context(|| format!("cannot connect to {url}"))
}

/// The account id of a key.
pub fn account_of(key: &Keypair) -> AccountId {
	key.public_key().0
}

/// The view at the latest finalized block.
pub async fn finalized(api: &Client) -> anyhow::Result<AtBlock> {
	api.at_current_block().await.context("cannot read the finalized block")
}

/// The view at finalized block `number`.
pub async fn at_number(api: &Client, number: u64) -> anyhow::Result<AtBlock> {
	api.at_block(number)
		.await
		.with_context(|| format!("cannot read block {number}"))
}

/// The finalized blocks, as the node announces them.
pub type FinalizedBlocks = subxt::client::Blocks<PolkadotConfig>;

/// Follows the node's finalized blocks.
pub async fn follow_finalized(api: &Client) -> anyhow::Result<FinalizedBlocks> {
	api.stream_blocks().await.context("cannot follow finalized blocks")
}

/// The number of the next finalized block, or `None` once `shutdown` turns true. The end of
/// the stream is an error (the connection is gone).
pub async fn next_finalized(
	blocks: &mut FinalizedBlocks,
	shutdown: &mut tokio::sync::watch::Receiver<bool>,
) -> anyhow::Result<Option<u64>> {
	tokio::select! {
		biased;
		_ = crate::shutdown_requested(shutdown) => {
			tracing::info!("shutting down");
			Ok(None)
		},
		block = blocks.next() => {
			let block = block.context("the finalized block stream ended")??;
			Ok(Some(block.number()))
		},
	}
}

/// Signs and submits `call`, and waits until it is finalized and succeeded.
async fn submit(
	api: &Client,
	call: subxt::tx::DynamicPayload<Vec<Value>>,
	signer: &Keypair,
) -> anyhow::Result<()> {
	api.tx()
		.await?
		.sign_and_submit_then_watch_default(&call, signer)
		.await
		.context("the node refused the transaction")?
		.wait_for_finalized_success()
		.await
		.context("the transaction failed")?;
	Ok(())
}

// ------------------------------------------------------------------------------- voting

/// How a job entered the queue (`pallet_voting::JobKind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, DecodeAsType)]
pub enum JobKind {
	/// A passed proposal.
	Voted,
	/// A member's `request_job`, paid with its credits.
	Requested,
}

/// `Voting::JobQueued`: a passed command or a member's request entered the execution queue.
#[derive(Debug, Clone, PartialEq, Eq, DecodeAsType)]
pub struct JobQueued {
	/// The community.
	pub community: u32,
	/// The job (the proposal id it took).
	pub job: u32,
	/// Voted or requested.
	pub kind: JobKind,
	/// What the executor is paid for a `Succeeded` receipt (payment asset units; 0: unpaid).
	pub budget: u128,
	/// Its command.
	pub command: Vec<u8>,
}

/// `Voting::ExecutorChanged`: a community's executor changed (or was removed).
#[derive(Debug, Clone, PartialEq, Eq, DecodeAsType)]
pub struct ExecutorChanged {
	/// The community.
	pub community: u32,
	/// Its executor now.
	pub executor: Option<AccountId>,
}

/// What the executor follows in a block's events.
#[derive(Debug, Default)]
pub struct VotingEvents {
	/// `Voting::JobQueued`, in order.
	pub queued: Vec<JobQueued>,
	/// `Voting::ExecutorChanged`, in order.
	pub executor_changes: Vec<ExecutorChanged>,
}

/// The `Voting::JobQueued` and `Voting::ExecutorChanged` events of a block.
pub async fn voting_events(at: &AtBlock) -> anyhow::Result<VotingEvents> {
	let events = at.events().fetch().await.context("cannot read the block's events")?;
	let mut found = VotingEvents::default();
	for event in events.iter() {
		let event = event?;
		if event.pallet_name() != "Voting" {
			continue;
		}
		match event.event_name() {
			"JobQueued" => found.queued.push(event.decode_fields_unchecked_as::<JobQueued>()?),
			"ExecutorChanged" => found
				.executor_changes
				.push(event.decode_fields_unchecked_as::<ExecutorChanged>()?),
			_ => {},
		}
	}
	Ok(found)
}

/// `VotingApi::pending_executions`: a community's jobs waiting for a receipt.
#[derive(Debug, Clone, PartialEq, Eq, DecodeAsType)]
pub struct PendingExecution {
	/// The job.
	pub proposal: u32,
	/// Its command.
	pub command: Vec<u8>,
	/// Its budget (0: unpaid).
	pub budget: u128,
}

/// What became of a job's budget (`pallet_voting::Settlement`).
#[derive(Debug, Clone, PartialEq, Eq, DecodeAsType)]
pub enum Settlement {
	/// No budget.
	Unpaid,
	/// Waiting in the payments (claimable after the delay, or disputed).
	Pending,
	/// Paid to the executor.
	Paid {
		/// The budget.
		amount: u128,
	},
	/// Refunded to the pot.
	Refunded {
		/// The budget.
		amount: u128,
	},
}

/// `VotingApi::job_status`, the fields the executor needs.
#[derive(Debug, Clone, PartialEq, Eq, DecodeAsType)]
pub enum JobOnChain {
	/// No such job (or its receipt was pruned).
	Unknown,
	/// Waiting for a receipt.
	Queued {
		/// Its budget.
		budget: u128,
	},
	/// Its payment waits out the payout delay.
	AwaitingPayout {
		/// Who is paid.
		executor: AccountId,
		/// The budget.
		amount: u128,
		/// The first block `claim_payment` works in.
		claimable_at: u32,
	},
	/// Its payment is disputed.
	Disputed {
		/// The budget.
		amount: u128,
	},
	/// Done.
	Settled {
		/// Paid, refunded or unpaid.
		settlement: Settlement,
	},
}

/// Where job `job` of `community` stands on chain.
pub async fn job_status(at: &AtBlock, community: u32, job: u32) -> anyhow::Result<JobOnChain> {
	let call = subxt::dynamic::runtime_api_call::<_, JobOnChain>(
		"VotingApi",
		"job_status",
		(community, job),
	);
	Ok(at.runtime_apis().call(call).await?)
}

/// The `claim_payment` call.
pub fn claim_payment_call(community: u32, job: u32) -> subxt::tx::DynamicPayload<Vec<Value>> {
	subxt::dynamic::transaction(
		"Voting",
		"claim_payment",
		vec![Value::u128(community.into()), Value::u128(job.into())],
	)
}

/// Claims a job's payment and waits for it to be finalized.
pub async fn claim_payment(
	api: &Client,
	signer: &Keypair,
	community: u32,
	job: u32,
) -> anyhow::Result<()> {
	submit(api, claim_payment_call(community, job), signer).await
}

/// The passed proposals of `community` waiting for their receipt.
pub async fn pending_executions(
	at: &AtBlock,
	community: u32,
) -> anyhow::Result<Vec<PendingExecution>> {
	let call = subxt::dynamic::runtime_api_call::<_, Vec<PendingExecution>>(
		"VotingApi",
		"pending_executions",
		(community,),
	);
	Ok(at.runtime_apis().call(call).await?)
}

/// The part of `VotingApi::execution_receipt` the executor checks.
#[derive(Debug, Clone, PartialEq, Eq, DecodeAsType)]
pub struct Receipt {
	/// Who reported it.
	pub executor: AccountId,
	/// The output hash.
	pub output_hash: [u8; 32],
}

/// The receipt of a proposal, if one is on chain.
pub async fn execution_receipt(
	at: &AtBlock,
	community: u32,
	proposal: u32,
) -> anyhow::Result<Option<Receipt>> {
	let call = subxt::dynamic::runtime_api_call::<_, Option<Receipt>>(
		"VotingApi",
		"execution_receipt",
		(community, proposal),
	);
	Ok(at.runtime_apis().call(call).await?)
}

/// The part of `VotingApi::community` the executor checks.
#[derive(Debug, Clone, PartialEq, Eq, DecodeAsType)]
pub struct CommunityExecutor {
	/// The community's executor account.
	pub executor: Option<AccountId>,
}

/// The executor of `community` (`None` if it has none or does not exist).
pub async fn community_executor(at: &AtBlock, community: u32) -> anyhow::Result<Option<AccountId>> {
	let call = subxt::dynamic::runtime_api_call::<_, Option<CommunityExecutor>>(
		"VotingApi",
		"community",
		(community,),
	);
	let info = at.runtime_apis().call(call).await?;
	Ok(info.and_then(|c| c.executor))
}

/// The `report_execution` call: `exit_code` 0 is `Succeeded`, anything else `Failed`.
pub fn report_execution_call(
	community: u32,
	proposal: u32,
	exit_code: i32,
	output_hash: [u8; 32],
) -> subxt::tx::DynamicPayload<Vec<Value>> {
	let outcome = if exit_code == 0 {
		Value::unnamed_variant("Succeeded", [])
	} else {
		Value::named_variant("Failed", [("exit_code", Value::i128(exit_code.into()))])
	};
	subxt::dynamic::transaction(
		"Voting",
		"report_execution",
		vec![
			Value::u128(community.into()),
			Value::u128(proposal.into()),
			outcome,
			Value::from_bytes(output_hash),
		],
	)
}

/// Reports a receipt and waits for it to be finalized.
pub async fn report_execution(
	api: &Client,
	signer: &Keypair,
	community: u32,
	proposal: u32,
	exit_code: i32,
	output_hash: [u8; 32],
) -> anyhow::Result<()> {
	submit(api, report_execution_call(community, proposal, exit_code, output_hash), signer).await
}

// ---------------------------------------------------------------------------- consensus

/// The current epoch of pallet-consensus.
pub async fn current_epoch(at: &AtBlock) -> anyhow::Result<u32> {
	let call = subxt::dynamic::runtime_api_call::<_, u32>("ConsensusApi", "current_epoch", ());
	Ok(at.runtime_apis().call(call).await?)
}

/// `ConsensusApi::submit_status`.
#[derive(Debug, Clone, PartialEq, Eq, DecodeAsType)]
pub enum SubmitStatus {
	/// The account may submit (or unconfirm) now.
	Allowed,
	/// It may not; the error name says why.
	Denied(Vec<u8>),
}

/// Whether `who` may submit for `model` now.
pub async fn submit_status(
	at: &AtBlock,
	model: u32,
	who: AccountId,
) -> anyhow::Result<SubmitStatus> {
	let call = subxt::dynamic::runtime_api_call::<_, SubmitStatus>(
		"ConsensusApi",
		"submit_status",
		(model, who),
	);
	Ok(at.runtime_apis().call(call).await?)
}

/// A peer of a model, the fields the validator needs.
#[derive(Debug, Clone, PartialEq, Eq, DecodeAsType)]
pub struct ModelPeer {
	/// Its uid in the model (what submissions score it by).
	pub uid: u16,
	/// The peer's account.
	pub account: AccountId,
	/// Its network identity.
	pub peer_id: Vec<u8>,
}

/// The peers of `model`.
pub async fn model_peers(at: &AtBlock, model: u32) -> anyhow::Result<Vec<ModelPeer>> {
	let call = subxt::dynamic::runtime_api_call::<_, Vec<ModelPeer>>(
		"ConsensusApi",
		"model_peers",
		(model,),
	);
	Ok(at.runtime_apis().call(call).await?)
}

/// Whether an account submitted or unconfirmed in a model's current epoch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, DecodeAsType)]
pub struct Participation {
	/// It submitted scores.
	pub submitted: bool,
	/// It unconfirmed.
	pub unconfirmed: bool,
}

/// Whether `who` has submitted or unconfirmed for `model` in the current epoch.
pub async fn has_acted(at: &AtBlock, model: u32, who: AccountId) -> anyhow::Result<bool> {
	let call = subxt::dynamic::runtime_api_call::<_, Participation>(
		"ConsensusApi",
		"participation",
		(model, who),
	);
	let participation = at.runtime_apis().call(call).await?;
	Ok(participation.submitted || participation.unconfirmed)
}

/// The `submit_consensus_data` call: `(uid, score)` entries, sorted by uid.
pub fn submit_scores_call(
	model: u32,
	scores: &[(u16, u16)],
) -> subxt::tx::DynamicPayload<Vec<Value>> {
	let data = Value::unnamed_composite(scores.iter().map(|(uid, score)| {
		Value::named_composite([
			("uid", Value::u128((*uid).into())),
			("score", Value::u128((*score).into())),
		])
	}));
	subxt::dynamic::transaction(
		"Consensus",
		"submit_consensus_data",
		vec![Value::u128(model.into()), data],
	)
}

/// The `unconfirm_consensus_data` call.
pub fn unconfirm_call(model: u32) -> subxt::tx::DynamicPayload<Vec<Value>> {
	subxt::dynamic::transaction(
		"Consensus",
		"unconfirm_consensus_data",
		vec![Value::u128(model.into())],
	)
}

/// Submits this epoch's scores and waits for them to be finalized.
pub async fn submit_scores(
	api: &Client,
	signer: &Keypair,
	model: u32,
	scores: &[(u16, u16)],
) -> anyhow::Result<()> {
	submit(api, submit_scores_call(model, scores), signer).await
}

/// Reports the model in an error state for this epoch and waits for it to be finalized.
pub async fn unconfirm(api: &Client, signer: &Keypair, model: u32) -> anyhow::Result<()> {
	submit(api, unconfirm_call(model), signer).await
}
