//! The data pallet-voting keeps on chain, and the views its runtime API returns.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use frame_support::{traits::Get, BoundedVec};
use scale_info::TypeInfo;
use sp_runtime::{traits::AtLeast32BitUnsigned, Percent};

/// Identifies a community. Chosen by its creator.
pub type CommunityId = u32;
/// Identifies a proposal within its community (0, 1, 2, ... in the order they are pushed).
pub type ProposalId = u32;
/// Identifies a model of pallet-consensus (funded by communities with `FundModel`).
pub type ModelId = u32;
/// Voting power of one vote (`v`). Its cost is `v² × VotePrice`.
pub type VotePower = u32;
/// Sum of voting power on one side of a proposal.
pub type Tally = u128;
/// Numbers every proposal ever pushed, over all communities (see [`ProposalTally::serial`]).
pub type ProposalSerial = u64;

/// Where a community is in its life.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum CommunityStatus {
	/// Fewer than `bootstrap_limit` members have joined: anyone may join, nobody may propose.
	Bootstrapping,
	/// The community is open for proposals; joining needs `whitelist_threshold` vouches.
	/// There is no way back to `Bootstrapping`.
	Active,
	/// Dissolution was started: nobody joins, vouches or proposes any more, and
	/// `cleanup_community` removes its storage in bounded steps, returning every deposit. The
	/// proposals below `next_proposal` are cleaned up already.
	Dissolving {
		/// The next proposal id whose votes, outcome and receipt are removed.
		next_proposal: ProposalId,
	},
}

/// A community and its counters.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Community<AccountId, Balance> {
	/// Who created it (its first member). It holds the community's deposit, and has the
	/// creator's powers while it is a member.
	pub creator: AccountId,
	/// What the creator holds for this record under `HoldReason::Community`, returned when
	/// the community is dissolved.
	pub deposit: Balance,
	/// The member count at which the community becomes active (`N`).
	pub bootstrap_limit: u32,
	/// Vouches a candidate needs to join an active community (`W`).
	pub whitelist_threshold: u32,
	/// Bootstrapping or active.
	pub status: CommunityStatus,
	/// Number of current members.
	pub member_count: u32,
	/// Number of proposals that are open (pushed and not yet closed).
	pub open_proposals: u32,
	/// The id the next pushed proposal gets.
	pub next_proposal_id: ProposalId,
	/// Share of the members that must have voted on a proposal for it to pass (checked at
	/// the close against the member count then).
	pub min_turnout: Percent,
	/// The account of the community's compute instance: the only one that may report how a
	/// passed proposal's command ran. `None` until a proposed executor accepts.
	pub executor: Option<AccountId>,
	/// The account proposed as executor, which becomes the executor when it calls
	/// `accept_executor` (its consent).
	pub proposed_executor: Option<AccountId>,
	/// Number of passed proposals waiting for their executor's receipt
	/// ([`crate::PendingExecutions`]). They share the `MaxOpenProposals` slots with the open
	/// proposals.
	pub pending_executions: u32,
}

impl<AccountId, Balance> Community<AccountId, Balance> {
	/// Whether dissolution has started: no joining, vouching or proposing any more.
	pub fn is_dissolving(&self) -> bool {
		matches!(self.status, CommunityStatus::Dissolving { .. })
	}

	/// Whether `voters` of the current members reach the community's quorum:
	/// `voters / member_count >= min_turnout`, without rounding.
	pub fn turnout_reached(&self, voters: u32) -> bool {
		u64::from(voters).saturating_mul(100)
			>= u64::from(self.min_turnout.deconstruct())
				.saturating_mul(u64::from(self.member_count))
	}
}

/// What a proposal does when it passes.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum ProposalAction<AccountId, Budget> {
	/// Its metadata is a command for the compute instance, without a budget: queued for the
	/// executor, which is not paid for it.
	#[codec(index = 0)]
	Command,
	/// The community's executor changes: `Some(account)` is proposed (and becomes the executor
	/// when it accepts), `None` removes the executor. The metadata says why; nothing is queued.
	#[codec(index = 1)]
	SetExecutor {
		/// The account to propose, or `None` to remove the executor.
		executor: Option<AccountId>,
	},
	/// Its metadata is a command for the compute instance that pays `budget` of the payment
	/// asset from the community's pot. At the close the budget is reserved in the pot and the
	/// command queued; if the pot's free value cannot cover it, the proposal passes
	/// `Unfunded` and nothing is queued or moved.
	#[codec(index = 2)]
	PaidCommand {
		/// What the executor is paid for running it (payment asset, at least 1 unit).
		budget: Budget,
	},
	/// Decides the dispute on job `job`'s payment: `pay` pays the executor (the disputer's
	/// deposit goes to the pot), otherwise the budget goes back to the pot (the disputer's
	/// deposit is returned). The metadata says why; nothing is queued.
	#[codec(index = 3)]
	ResolveDispute {
		/// The disputed job.
		job: ProposalId,
		/// Pay the executor (`true`) or refund the pot (`false`).
		pay: bool,
	},
	/// Pays the peers hosting `model` with the community's money: `amount` of the payment
	/// asset moves from the pot's free value to the model's funding account (pallet-consensus),
	/// paid over its next `epochs` formed epochs by consensus score. If the pot cannot cover
	/// it at the close, the proposal passes `Unfunded` and nothing moves.
	#[codec(index = 4)]
	FundModel {
		/// The model (pallet-consensus's id).
		model: ModelId,
		/// What the community pays, in all.
		amount: Budget,
		/// Formed epochs to spread it over (at least 1).
		epochs: u32,
	},
	/// Ends the community's funding of `model` and returns what is left of it to the pot's free
	/// value.
	#[codec(index = 5)]
	ReturnModelFunds {
		/// The model.
		model: ModelId,
	},
}

/// A member's record in a community.
#[derive(Clone, Copy, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Membership<Balance> {
	/// What the member holds for this record under `HoldReason::Membership`, returned when
	/// it leaves (nothing for members Root added).
	pub deposit: Balance,
	/// Its proposals that are open (at most `MaxProposalsPerMember`).
	pub open_proposals: u32,
}

/// A member's vouch for a candidate.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Vouch<AccountId, Balance> {
	/// The member who vouched.
	pub voucher: AccountId,
	/// What the voucher holds for it under `HoldReason::Vouch`, returned when the vouch goes
	/// (the candidate joins, the voucher withdraws it, or it is pruned as stale).
	pub deposit: Balance,
}

/// An open proposal: a command for the compute instance. Its running tally is kept apart, in
/// a [`ProposalTally`], so that a vote never reads or writes the command.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Proposal<AccountId, Metadata, Balance, Budget> {
	/// The member who pushed it.
	pub proposer: AccountId,
	/// What it does if it passes.
	pub action: ProposalAction<AccountId, Budget>,
	/// What the proposer holds under `HoldReason::Proposal`: the part for this record and
	/// its command (see [`ProposalDeposit`]).
	pub deposit: ProposalDeposit<Balance>,
	/// The command for the compute instance (see the README for its JSON format).
	pub metadata: Metadata,
}

/// An open proposal's deadline and running tally: all that a vote reads and writes of it.
#[derive(Clone, Copy, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct ProposalTally<BlockNumber> {
	/// The proposal's serial number, unique over the chain's life (community and proposal ids
	/// may be used again after a community is dissolved): what a [`CastVote`] names it by.
	pub serial: ProposalSerial,
	/// Votes are accepted while `now < deadline`; closing is allowed once `now >= deadline`.
	pub deadline: BlockNumber,
	/// Sum of the power of the aye votes.
	pub aye: Tally,
	/// Sum of the power of the nay votes.
	pub nay: Tally,
	/// Number of votes cast and not retracted.
	pub voters: u32,
}

impl<BlockNumber: PartialOrd> ProposalTally<BlockNumber> {
	/// The tally of proposal `serial`, with no votes yet, open until `deadline`.
	pub fn open_until(serial: ProposalSerial, deadline: BlockNumber) -> Self {
		Self { serial, deadline, aye: 0, nay: 0, voters: 0 }
	}

	/// Whether votes are still accepted at `now`.
	pub fn accepts_votes_at(&self, now: BlockNumber) -> bool {
		now < self.deadline
	}

	/// Counts a vote of `power` on one side; `None` on overflow.
	pub fn add_vote(&mut self, aye: bool, power: VotePower) -> Option<()> {
		let side = if aye { &mut self.aye } else { &mut self.nay };
		*side = side.checked_add(Tally::from(power))?;
		self.voters = self.voters.checked_add(1)?;
		Some(())
	}

	/// Takes a counted vote of `power` off its side; `None` if it was not counted.
	pub fn remove_vote(&mut self, aye: bool, power: VotePower) -> Option<()> {
		let side = if aye { &mut self.aye } else { &mut self.nay };
		*side = side.checked_sub(Tally::from(power))?;
		self.voters = self.voters.checked_sub(1)?;
		Some(())
	}
}

/// The two parts of a proposal's deposit, both held from the proposer when it pushes.
#[derive(Clone, Copy, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct ProposalDeposit<Balance> {
	/// For the open proposal and its command: returned at close, or, if the command is
	/// queued for the executor, when the receipt is reported.
	pub command: Balance,
	/// For the outcome record kept after the close: returned when it is pruned.
	pub outcome: Balance,
}

/// How a job entered the execution queue.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum JobKind {
	/// A passed proposal (steering: quadratic votes).
	Voted,
	/// `request_job`: a member paid it with its access credits (use: linear in what it paid).
	Requested,
}

/// A job waiting for the executor's receipt: a passed proposal's command or a member's
/// request. Its id is the proposal id it took (requests take ids from the same counter).
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct QueuedCommand<AccountId, BlockNumber, Metadata, Balance, Budget> {
	/// The command.
	pub command: Metadata,
	/// Voted or requested.
	pub kind: JobKind,
	/// Who holds `deposit` under `HoldReason::Proposal`: the proposer or the requester.
	pub depositor: AccountId,
	/// What the depositor holds for this record (for a voted job, the command part of the
	/// proposal's deposit), returned when the job leaves the queue.
	pub deposit: Balance,
	/// The payment asset reserved in the community's pot for the executor: paid for a
	/// `Succeeded` receipt, refunded otherwise. Zero for an unpaid command.
	pub budget: Budget,
	/// The block it was queued in. Its `ExecutionTimeout` runs from here, or from the block
	/// the current executor accepted if that is later.
	pub queued_at: BlockNumber,
}

/// An executor's bond in a community, held under `HoldReason::ExecutorBond` from the moment
/// it accepts the role.
#[derive(Clone, Copy, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct ExecutorBond<Balance, BlockNumber> {
	/// What is held now (`ExecutorBond` less what expiries slashed).
	pub amount: Balance,
	/// The block it (last) accepted the role: the execution timeout of jobs queued before
	/// runs from here.
	pub since: BlockNumber,
	/// Its payments not settled yet (claimable or disputed). An executor that lost the role
	/// gets its bond back when this reaches zero.
	pub unsettled: u32,
}

/// A dispute on a payment.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Dispute<AccountId, Balance> {
	/// The member that disputed.
	pub disputer: AccountId,
	/// What it holds under `HoldReason::Dispute`: returned if the dispute wins (refund), sent
	/// to the pot if it loses (pay).
	pub deposit: Balance,
}

/// The payment of a job whose executor reported `Succeeded`: its budget, still reserved in the
/// pot, waiting out `PayoutDelay` (or a dispute).
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Payment<AccountId, BlockNumber, Balance, Budget> {
	/// The executor that reported the receipt: it is paid.
	pub executor: AccountId,
	/// The job's budget.
	pub amount: Budget,
	/// What the executor holds for this record under `HoldReason::Receipt`, returned when
	/// the payment is settled.
	pub deposit: Balance,
	/// `claim_payment` pays from this block on, unless the payment is disputed.
	pub claimable_at: BlockNumber,
	/// A member's dispute, waiting for a passed `ResolveDispute` proposal or Root.
	pub dispute: Option<Dispute<AccountId, Balance>>,
}

/// What became of a job's budget, as its receipt records it.
#[derive(Clone, Copy, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub enum Settlement<Budget> {
	/// The job had no budget.
	Unpaid,
	/// The budget waits in [`crate::Payments`] (claimable after the delay, or disputed).
	Pending,
	/// The executor was paid `amount`.
	Paid {
		/// The budget paid.
		amount: Budget,
	},
	/// `amount` went back to the pot (the job failed or expired, or a dispute refunded it).
	Refunded {
		/// The budget refunded.
		amount: Budget,
	},
}

/// What remains of a proposal once it is closed.
#[derive(Clone, Copy, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct ProposalOutcome<AccountId, BlockNumber, Balance> {
	/// The member who pushed it; it holds this record's deposit.
	pub proposer: AccountId,
	/// What the proposer holds for this record under `HoldReason::Proposal`, returned when
	/// it is pruned (`prune_outcome`, after `RetentionPeriod`).
	pub deposit: Balance,
	/// `aye > nay`.
	pub passed: bool,
	/// Final aye power.
	pub aye: Tally,
	/// Final nay power.
	pub nay: Tally,
	/// The block it was closed in.
	pub closed_at: BlockNumber,
}

/// One of a voter's votes, kept in its [`Voter`] record. It names its proposal by the
/// proposal's serial number (so it never matches a later proposal that reuses the community and
/// proposal ids), and it is **live** while `now < deadline`: until then it can change and its
/// cost is committed; from the deadline on it is final (the tally keeps its power) and its cost
/// is back in the voter's budget. A proposal Root closed early keeps its votes live until the
/// deadline.
#[derive(Clone, Copy, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct CastVote<Balance, BlockNumber> {
	/// The community of the proposal.
	pub community: CommunityId,
	/// The proposal's id in it.
	pub proposal: ProposalId,
	/// The proposal's serial number ([`ProposalTally::serial`]).
	pub serial: ProposalSerial,
	/// The proposal's deadline.
	pub deadline: BlockNumber,
	/// The side: `true` for aye.
	pub aye: bool,
	/// Voting power `v` (at least 1).
	pub power: VotePower,
	/// What the vote commits of the budget: `power² × VotePrice` when it was cast.
	pub cost: Balance,
}

impl<Balance, BlockNumber: PartialOrd> CastVote<Balance, BlockNumber> {
	/// Whether the vote can still change at `now` (and keeps its cost committed).
	pub fn is_live_at(&self, now: &BlockNumber) -> bool {
		*now < self.deadline
	}
}

/// An account's voting record: its live votes, in every community, which commit part of its
/// **budget**, the pallet's freeze on the account ([`crate::FreezeReason::Voting`], set only by
/// `set_vote_budget`). A vote reads and writes this one record and the proposal's tally, and
/// never the balances pallet. Present while the account has a budget or a live vote; it holds
/// `deposit` for its largest size.
#[derive(
	frame_support::CloneNoBound,
	frame_support::PartialEqNoBound,
	frame_support::EqNoBound,
	frame_support::DebugNoBound,
	Encode,
	Decode,
	TypeInfo,
	MaxEncodedLen,
)]
#[scale_info(skip_type_params(MaxVotes))]
#[codec(mel_bound(Balance: MaxEncodedLen, BlockNumber: MaxEncodedLen))]
pub struct Voter<
	Balance: Clone + PartialEq + Eq + Debug,
	BlockNumber: Clone + PartialEq + Eq + Debug,
	MaxVotes: Get<u32>,
> {
	/// What the record holds under `HoldReason::Voter` (zero for records migrated from
	/// storage version 3, which held nothing).
	pub deposit: Balance,
	/// The votes cast, not retracted, and perhaps no longer live (those are dropped whenever
	/// the record is written).
	pub votes: BoundedVec<CastVote<Balance, BlockNumber>, MaxVotes>,
}

impl<Balance, BlockNumber, MaxVotes> Voter<Balance, BlockNumber, MaxVotes>
where
	Balance: AtLeast32BitUnsigned + Copy + Debug,
	BlockNumber: PartialOrd + Clone + Eq + Debug,
	MaxVotes: Get<u32>,
{
	/// A record with no votes, holding `deposit`.
	pub fn new(deposit: Balance) -> Self {
		Self { deposit, votes: BoundedVec::new() }
	}

	/// Drops the votes that are final at `now`: their costs go back to the budget.
	pub fn settle(&mut self, now: &BlockNumber) {
		self.votes.retain(|vote| vote.is_live_at(now));
	}

	/// The sum of the costs of the votes live at `now`; `None` on overflow.
	pub fn committed(&self, now: &BlockNumber) -> Option<Balance> {
		self.votes
			.iter()
			.filter(|vote| vote.is_live_at(now))
			.try_fold(Balance::zero(), |sum, vote| sum.checked_add(&vote.cost))
	}

	/// The index of the vote on the proposal with serial number `serial`.
	pub fn position(&self, serial: ProposalSerial) -> Option<usize> {
		self.votes.iter().position(|vote| vote.serial == serial)
	}

	/// Whether a vote in `community` can still change at `now`.
	pub fn has_live_vote_in(&self, community: CommunityId, now: &BlockNumber) -> bool {
		self.votes
			.iter()
			.any(|vote| vote.community == community && vote.is_live_at(now))
	}
}

/// How a passed proposal's command ran, as its executor reports it.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum ExecutionOutcome {
	/// The command's program ran and exited with status 0.
	Succeeded,
	/// The command failed. A non-negative `exit_code` is the program's exit status; a negative
	/// one is a reason code of the executor for a command it did not run or had to stop (bad
	/// command, kind not allowed, timeout, output over the cap, ...: see the README).
	Failed {
		/// The program's exit status, or the executor's negative reason code.
		exit_code: i32,
	},
	/// Written by the chain, never reported: no receipt came within `ExecutionTimeout` and
	/// someone called `expire_job`.
	Expired,
}

/// An executor's receipt for a job, one per job, kept until pruned.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct ExecutionReceipt<AccountId, BlockNumber, Balance, Budget> {
	/// The executor that reported it (or, for an expired job, the executor that did not); it
	/// holds this record's deposit.
	pub executor: AccountId,
	/// What the executor holds for this record under `HoldReason::Receipt`, returned when it
	/// is pruned (`prune_receipt`, after `RetentionPeriod`).
	pub deposit: Balance,
	/// Succeeded, or failed with an exit code.
	pub outcome: ExecutionOutcome,
	/// The BLAKE2-256 hash of the command's output (the agent hashes the program's captured
	/// stdout, or its own failure message when the program did not run).
	pub output_hash: [u8; 32],
	/// The block the receipt was reported in.
	pub reported_at: BlockNumber,
	/// What became of the job's budget.
	pub settlement: Settlement<Budget>,
}

/// A job waiting for its receipt, as the runtime API returns it.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo)]
pub struct PendingExecution<Budget> {
	/// The job (the proposal id it took).
	pub proposal: ProposalId,
	/// Its command.
	pub command: alloc::vec::Vec<u8>,
	/// What the executor is paid for a `Succeeded` receipt (zero: unpaid).
	pub budget: Budget,
	/// Voted or requested.
	pub kind: JobKind,
}

/// Where a job stands, as `VotingApi::job_status` returns it.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo)]
pub enum JobStatus<AccountId, BlockNumber, Budget> {
	/// No such job: never queued, not a command, or its receipt was pruned.
	Unknown,
	/// Waiting for the executor's receipt.
	Queued {
		/// Reserved for the executor.
		budget: Budget,
		/// Voted or requested.
		kind: JobKind,
		/// From this block anyone may expire it; `None` while the community has no executor
		/// (the clock starts when one accepts).
		expires_at: Option<BlockNumber>,
	},
	/// Reported `Succeeded`; the payment waits out `PayoutDelay`.
	AwaitingPayout {
		/// Who is paid.
		executor: AccountId,
		/// The budget.
		amount: Budget,
		/// `claim_payment` works from this block on.
		claimable_at: BlockNumber,
	},
	/// Reported `Succeeded` and disputed: a passed `ResolveDispute` proposal or Root decides.
	Disputed {
		/// Who would be paid.
		executor: AccountId,
		/// The budget.
		amount: Budget,
		/// The member that disputed.
		disputer: AccountId,
	},
	/// Done: the receipt's outcome (`Expired` for an expired job) and what became of the budget
	/// (paid or refunded).
	Settled {
		/// Succeeded, failed or expired.
		outcome: ExecutionOutcome,
		/// Unpaid, paid or refunded.
		settlement: Settlement<Budget>,
	},
}

/// A payment an executor can claim, as `VotingApi::claimable_payments` returns it.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo)]
pub struct ClaimablePayment<BlockNumber, Budget> {
	/// The job.
	pub job: ProposalId,
	/// The budget paid by `claim_payment`.
	pub amount: Budget,
	/// The first block `claim_payment` works in.
	pub claimable_at: BlockNumber,
}

/// The status of a proposal, for clients.
#[derive(Clone, Copy, Encode, Decode, PartialEq, Eq, Debug, TypeInfo)]
pub enum ProposalStatus {
	/// Accepting votes (`now < deadline`).
	Voting,
	/// The deadline has passed; anyone may close it.
	Closable,
	/// Closed; `passed` is the result.
	Closed {
		/// Whether the proposal passed.
		passed: bool,
	},
}

/// A proposal's tally and status, as the runtime API returns it.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo)]
pub struct ProposalView<BlockNumber, AccountId, Budget> {
	/// What it does if it passes (for open proposals).
	pub action: Option<ProposalAction<AccountId, Budget>>,
	/// Voting, closable or closed.
	pub status: ProposalStatus,
	/// Aye power.
	pub aye: Tally,
	/// Nay power.
	pub nay: Tally,
	/// The deadline block, for open proposals.
	pub deadline: Option<BlockNumber>,
	/// The command, for open proposals (closed ones emitted it in `ProposalClosed`).
	pub metadata: Option<alloc::vec::Vec<u8>>,
}

/// An account's voting budget, as the runtime API returns it.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo)]
pub struct BudgetView<Balance> {
	/// The account's voting budget: frozen for its votes (`set_vote_budget`).
	pub frozen: Balance,
	/// The part of it that the account's live votes commit (the rest is free for new votes).
	pub committed: Balance,
	/// What the account can still transfer (keeping it alive).
	pub transferable: Balance,
}

/// A candidate's progress towards joining an active community.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo)]
pub struct WhitelistProgress {
	/// Vouches from current members.
	pub votes: u32,
	/// Vouches needed (`W`).
	pub threshold: u32,
}

/// Sets up what the benchmarks need outside the pallet: a community pot with free value.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, Budget> {
	/// Makes `who` contribute `amount` of the payment asset to `community`'s pot (minting
	/// the asset first), giving it `amount` access credits.
	fn fund_pot(community: CommunityId, who: &AccountId, amount: Budget);
	/// A model that takes fundings (registered if needed).
	fn model() -> ModelId;
}

/// The models' side of model funding (pallet-consensus in the runtime): where a model's funding
/// is paid to, and the records of who funds it.
pub trait ModelFunding<AccountId, Budget> {
	/// The account that holds `model`'s funding.
	fn funding_account(model: ModelId) -> AccountId;
	/// Records `community`'s funding of `model`: `amount`, already in the funding account, paid
	/// over `epochs` formed epochs.
	fn fund(
		model: ModelId,
		community: CommunityId,
		amount: Budget,
		epochs: u32,
	) -> sp_runtime::DispatchResult;
	/// Ends `community`'s funding of `model`, paying what is left of it to `to`; returns the
	/// amount.
	fn withdraw(
		model: ModelId,
		community: CommunityId,
		to: &AccountId,
	) -> Result<Budget, sp_runtime::DispatchError>;
}
