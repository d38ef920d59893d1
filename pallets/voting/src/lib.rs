//! # pallet-voting
//!
//! Communities pool money to run a shared AI compute instance and steer it with **quadratic
//! votes**. Each proposal's metadata is a command for that instance; when a passed proposal is
//! closed, the chain emits the result and the command, and the off-chain instance (which only
//! listens to chain events) runs it.
//!
//! ## Terms
//! - **Community**: created with a bootstrap limit `N` and a whitelist threshold `W`. While it
//!   has fewer than `N` members it is *bootstrapping* and anyone may join. When the `N`-th member
//!   joins it becomes *active*, for good: from then on a candidate joins only with `W` vouches
//!   from current members, and members may push proposals.
//! - **Quadratic vote**: voting power `v` costs `v² × VotePrice` of the voter's budget; the
//!   tally counts `v`, never the cost.
//! - **Budget**: the native tokens an account sets aside for its votes in every community with
//!   [`Pallet::set_vote_budget`], the pallet's one freeze on the account
//!   ([`FreezeReason::Voting`]); the freeze is the only record of it
//!   ([`Pallet::frozen_budget`]). Votes commit parts of it and never touch the freeze, so a
//!   vote reads and writes only the proposal's [`ProposalTally`] and the voter's [`Voter`]
//!   record (issue 14: a vote at the cost of a transfer).
//! - **Live vote**: cast, not retracted, and its proposal's deadline not reached: it can change
//!   and its cost is committed. From the deadline on it is final and its cost is free in the
//!   budget again, with no call.

//! - **Quorum**: a community's `min_turnout`, the share of its members that must have voted on
//!   a proposal for it to pass (against the member count at the close).
//! - **Deposit**: what a call that writes a record holds from its caller under the pallet's
//!   [`HoldReason`]s, `DepositBase + DepositPerByte × bytes` of the record's key and value,
//!   recorded in the record and returned in full when the record goes (see `deposit.rs`).
//!
//! ## Calls
//! - [`Pallet::create_community`]: create a community and become its first member.
//! - [`Pallet::join_community`]: join (freely while bootstrapping, with `W` vouches after).
//! - [`Pallet::whitelist_account`]: a member vouches for a candidate;
//!   [`Pallet::withdraw_vouch`]: the voucher takes it back.
//! - [`Pallet::deregister`]: leave a community.
//! - [`Pallet::push_proposal`]: push a command proposal in an active community;
//!   [`Pallet::push_executor_proposal`]: propose to change the executor.
//! - [`Pallet::vote`], [`Pallet::modify_vote`], [`Pallet::retract_vote`]: quadratic voting,
//!   accepted while `now < deadline`.
//! - [`Pallet::close_proposal`]: anyone, once `now >= deadline`; passes iff the quorum is
//!   reached and `aye > nay`.
//! - [`Pallet::set_vote_budget`]: set the budget votes draw on (the only call that changes the
//!   freeze); zero, with no live vote, closes the voting record and returns its deposit.
//! - [`Pallet::set_executor`]: the creator (while bootstrapping) or Root proposes or removes the
//!   executor; [`Pallet::accept_executor`]: the proposed account consents.
//! - [`Pallet::report_execution`]: the executor reports how a queued job ran.
//! - [`Pallet::request_job`]: a member queues a job paid with its access credits, no vote.
//! - [`Pallet::push_model_funding_proposal`]: propose to pay (or stop paying) the peers of a
//!   model of pallet-consensus with the community's pot.
//! - [`Pallet::claim_payment`] (anyone), [`Pallet::dispute_payment`] (a member),
//!   [`Pallet::resolve_dispute`] (Root) and [`Pallet::push_dispute_proposal`] (members decide),
//!   [`Pallet::expire_job`] (anyone): the money of paid jobs (see below).
//! - [`Pallet::prune_outcome`], [`Pallet::prune_receipt`]: anyone, after `RetentionPeriod`.
//! - [`Pallet::dissolve_community`], [`Pallet::cleanup_community`]: end a community in bounded
//!   steps, returning every deposit.
//! - Root: [`Pallet::start_proposing`], [`Pallet::force_member`], [`Pallet::force_close`].
//!
//! ## Execution receipts
//! Each community may have an **executor**: the account of its compute instance, which becomes
//! it only by consent: it is proposed (by the creator while the community bootstraps, by a passed
//! [`Pallet::push_executor_proposal`] once it is active, or by Root) and then calls
//! [`Pallet::accept_executor`]. When a command proposal passes, it joins [`PendingExecutions`];
//! the executor runs it off chain and reports an [`ExecutionReceipt`] (succeeded, or failed with
//! an exit code, and the hash of the output) with [`Pallet::report_execution`], which removes it
//! from the queue. An instance that was offline finds its work in that queue (or through
//! `VotingApi::pending_executions`) from state alone.
//!
//! The queue is bounded: open proposals and passed commands waiting for a receipt share the
//! `MaxOpenProposals` slots of a community, so a community whose instance is down cannot pile
//! up more work than that (`ExecutionBacklogFull`). Approved commands are never dropped: when
//! the executor is removed or a community has none, they wait for the next one.
//!
//! ## Paid jobs
//! A command may carry a **budget** in the payment asset, paid from the community's pot
//! ([`Config::Pots`], the treasury's [`PotLedger`]): `push_proposal(.., Some(budget))` reserves
//! it when the proposal passes (or records `ProposalUnfunded` and queues nothing if the pot's
//! free value cannot cover it), and [`Pallet::request_job`] spends the member's credits and
//! reserves it at once. Both kinds enter [`PendingExecutions`] with one id space (requests take
//! the next proposal id) and run alike. The budget stays reserved in the pot until it is
//! settled exactly once:
//! - receipt `Succeeded`: a [`Payment`] waits `PayoutDelay` blocks; members may
//!   [`Pallet::dispute_payment`] meanwhile (a deposit); then anyone [`Pallet::claim_payment`]s
//!   it to the executor. A dispute is decided by Root or a passed
//!   [`Pallet::push_dispute_proposal`]: pay (the disputer's deposit goes to the pot's account)
//!   or refund (the deposit comes back);
//! - receipt `Failed`: refunded to the pot's free value at once;
//! - no receipt within `ExecutionTimeout` of its queuing (or of the current executor's
//!   acceptance, if later; never while there is no executor): anyone [`Pallet::expire_job`]s it;
//!   it is refunded, `ExpirySlash` of the executor's bond goes to the pot's account, and an
//!   `Expired` receipt records it.
//!
//! Accepting the executor role holds `ExecutorBond` ([`ExecutorBonds`]); a replaced or removed
//! executor keeps its bond until its last payment is settled. Slashes and lost dispute deposits
//! are native tokens sent to the pot's account: they move, nothing is minted or burned.
//! [`VotingApi`](runtime_api::VotingApi) shows a job's status, a pot's reserved total and an
//! executor's claimable payments. `try_state` proves that per community the budgets of queued
//! jobs and unsettled payments equal what the pot has reserved.
//!
//! ## Decisions where the spec leaves room
//! - A vouch counts only while its voucher is a member: vouches from members who left are
//!   ignored when the candidate joins (and pruned when the candidate's list is full).
//! - Deregistering needs no live vote of the member in that community (retract it, or wait for
//!   the deadline). The check reads the member's one [`Voter`] record (at most
//!   `MaxVotesPerVoter` votes). A proposer leaves once its proposals are closed.
//! - The budget is explicit rather than the sum of the votes: a freeze that followed every
//!   vote would make each vote read and write the balances pallet's account and freeze records
//!   (twice a transfer's storage work). The budget may grow up to the free (not held) balance
//!   less the existential deposit and `FeeReserve`, and shrink down to what the live votes
//!   commit. A vote's cost is committed until its deadline even if Root closes the proposal
//!   early (the record never reads the proposal's state).
//! - Receipts are for queued commands only; a passed executor change queues nothing.
//! - Unpaid jobs expire too (the executor accepted them with the role), with the same slash.
//! - The budget is checked against the pot at the close, not at the push: the pot may grow or
//!   shrink during the vote.
//! - A dispute holds the payment until it is decided; an undecided one keeps the executor's
//!   bond (and its payment record) until Root or a vote decides. A lost dispute slashes nothing
//!   from the executor's bond.
//! - Root's members (`force_member`) hold no membership deposit.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod community;
mod deposit;
mod dissolution;
mod execution;
mod jobs;
pub mod migrations;
#[cfg(test)]
mod mock;
mod proposal;
#[cfg(test)]
mod proptests;
pub mod quadratic;
pub mod runtime_api;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod types;
pub mod weights;

pub use pallet_community_treasury::PotLedger;
pub use types::*;
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Inspect, InspectFreeze, InspectHold, Mutate, MutateFreeze, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{Perbill, Percent};

	/// The balance type of the native currency.
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	/// A proposal's metadata: the command for the compute instance.
	pub type MetadataOf<T> = BoundedVec<u8, <T as Config>::MaxMetadataLen>;
	/// A community of this runtime.
	pub type CommunityOf<T> = Community<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
	/// The balance type of the payment asset: job budgets.
	pub type BudgetOf<T> = <T as Config>::PaymentBalance;
	/// What a proposal of this runtime does when it passes.
	pub type ProposalActionOf<T> =
		ProposalAction<<T as frame_system::Config>::AccountId, BudgetOf<T>>;
	/// An open proposal of this runtime.
	pub type ProposalOf<T> =
		Proposal<<T as frame_system::Config>::AccountId, MetadataOf<T>, BalanceOf<T>, BudgetOf<T>>;
	/// A closed proposal's outcome of this runtime.
	pub type OutcomeOf<T> =
		ProposalOutcome<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, BalanceOf<T>>;
	/// An execution receipt of this runtime.
	pub type ReceiptOf<T> = ExecutionReceipt<
		<T as frame_system::Config>::AccountId,
		BlockNumberFor<T>,
		BalanceOf<T>,
		BudgetOf<T>,
	>;
	/// A vouch of this runtime.
	pub type VouchOf<T> = Vouch<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
	/// A queued command of this runtime.
	pub type QueuedCommandOf<T> = QueuedCommand<
		<T as frame_system::Config>::AccountId,
		BlockNumberFor<T>,
		MetadataOf<T>,
		BalanceOf<T>,
		BudgetOf<T>,
	>;
	/// A job's payment of this runtime.
	pub type PaymentOf<T> = Payment<
		<T as frame_system::Config>::AccountId,
		BlockNumberFor<T>,
		BalanceOf<T>,
		BudgetOf<T>,
	>;
	/// An account's voting record of this runtime.
	pub type VoterOf<T> = Voter<BalanceOf<T>, BlockNumberFor<T>, <T as Config>::MaxVotesPerVoter>;
	/// An executor's bond of this runtime.
	pub type ExecutorBondOf<T> = ExecutorBond<BalanceOf<T>, BlockNumberFor<T>>;

	/// The in-code storage version. Version 1 added the storage deposits, version 2 the job
	/// budgets, version 3 the tallies apart from the commands, version 4 the voters' records
	/// (see [`crate::migrations`]).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(4);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The native currency: votes freeze it, storage deposits hold it.
		type Currency: InspectFreeze<Self::AccountId, Id = Self::RuntimeFreezeReason>
			+ MutateFreeze<Self::AccountId>
			+ InspectHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ MutateHold<Self::AccountId>
			+ Mutate<Self::AccountId>;

		/// The overarching freeze reason.
		type RuntimeFreezeReason: From<FreezeReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The origin of the root calls (`start_proposing`, `force_member`, `force_close`).
		type ForceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The price of one unit of `power²`: a vote of power `v` freezes `v² × VotePrice`.
		#[pallet::constant]
		type VotePrice: Get<BalanceOf<Self>>;

		/// Blocks a proposal accepts votes for, from the block it is pushed in.
		#[pallet::constant]
		type VotingPeriod: Get<BlockNumberFor<Self>>;

		/// Maximum length of a proposal's metadata (its command), in bytes.
		#[pallet::constant]
		type MaxMetadataLen: Get<u32>;

		/// Maximum number of open proposals per community.
		#[pallet::constant]
		type MaxOpenProposals: Get<u32>;

		/// Maximum whitelist threshold `W` a community may set; also the number of vouches
		/// kept per candidate.
		#[pallet::constant]
		type MaxWhitelistThreshold: Get<u32>;

		/// Maximum bootstrap limit `N` a community may set: the members that may join it for
		/// free entry before it becomes active.
		#[pallet::constant]
		type MaxBootstrapMembers: Get<u32>;

		/// Maximum number of live votes (on proposals whose deadline has not passed) one
		/// account may have, in all communities together: the size of its [`Voter`] record.
		#[pallet::constant]
		type MaxVotesPerVoter: Get<u32>;

		/// Maximum number of open proposals one member may have in a community.
		#[pallet::constant]
		type MaxProposalsPerMember: Get<u32>;

		/// The deposit of one storage item, whatever its size (the runtime's `deposit(1, 0)`).
		#[pallet::constant]
		type DepositBase: Get<BalanceOf<Self>>;

		/// The deposit of one byte of state, key and value (the runtime's `deposit(0, 1)`).
		#[pallet::constant]
		type DepositPerByte: Get<BalanceOf<Self>>;

		/// Blocks an outcome or a receipt is kept before anyone may prune it, returning its
		/// deposit to the depositor.
		#[pallet::constant]
		type RetentionPeriod: Get<BlockNumberFor<Self>>;

		/// The quorum of a community created without one: the share of members that must vote
		/// on a proposal for it to pass.
		#[pallet::constant]
		type DefaultMinTurnout: Get<Percent>;

		/// Free balance a budget never freezes, on top of the existential deposit: it pays the
		/// fees of lowering the budget, so a voter who froze all it could still gets its funds
		/// back.
		#[pallet::constant]
		type FeeReserve: Get<BalanceOf<Self>>;

		/// The balance type of the payment asset, in which job budgets are counted.
		type PaymentBalance: frame_support::traits::tokens::Balance;

		/// The community pots: job budgets are reserved, paid and refunded there, and requested
		/// jobs spend the requester's access credits.
		type Pots: PotLedger<CommunityId, Self::AccountId, Self::PaymentBalance>;

		/// The models communities fund (pallet-consensus): `FundModel` proposals pay into their
		/// funding accounts and record the funding there.
		type Models: ModelFunding<Self::AccountId, Self::PaymentBalance>;

		/// What accepting the executor role holds from the executor (native tokens), per
		/// community. Expiries slash it; it comes back when the executor has left the role and
		/// has no payment left to settle.
		#[pallet::constant]
		type ExecutorBond: Get<BalanceOf<Self>>;

		/// The part of the executor's bond an expired job slashes to the community's pot.
		#[pallet::constant]
		type ExpirySlash: Get<Perbill>;

		/// Blocks a job's receipt has before anyone may expire it, from its queuing (or from
		/// the current executor's acceptance, if later).
		#[pallet::constant]
		type ExecutionTimeout: Get<BlockNumberFor<Self>>;

		/// Blocks between a `Succeeded` receipt and the payment becoming claimable: the window
		/// in which members may dispute it.
		#[pallet::constant]
		type PayoutDelay: Get<BlockNumberFor<Self>>;

		/// What a dispute holds from the disputer (native tokens): returned if the dispute wins,
		/// sent to the community's pot if it loses.
		#[pallet::constant]
		type DisputeDeposit: Get<BalanceOf<Self>>;

		/// Weight information for the calls of this pallet.
		type WeightInfo: WeightInfo;

		/// Funds community pots for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, Self::PaymentBalance>;
	}

	/// The reasons this pallet freezes funds for.
	#[pallet::composite_enum]
	pub enum FreezeReason {
		/// The account's voting budget, which its quadratic votes draw on.
		#[codec(index = 0)]
		Voting,
	}

	/// The reasons this pallet holds funds for: the storage deposits.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A community's record, held from its creator until it is dissolved.
		#[codec(index = 0)]
		Community,
		/// A member's record, held from the member until it leaves.
		#[codec(index = 1)]
		Membership,
		/// A vouch, held from the voucher until the vouch goes.
		#[codec(index = 2)]
		Vouch,
		/// An open proposal, its queued command and its outcome, held from the proposer.
		#[codec(index = 3)]
		Proposal,
		/// An execution receipt, held from the executor until it is pruned, and a payment's
		/// record, until it is settled.
		#[codec(index = 4)]
		Receipt,
		/// A dispute on a payment, held from the disputer until it is decided.
		#[codec(index = 5)]
		Dispute,
		/// The executor's bond, held from acceptance until it has left the role and settled
		/// its payments.
		#[codec(index = 6)]
		ExecutorBond,
		/// A voter's record ([`Voters`]), held from the voter while it has one.
		#[codec(index = 7)]
		Voter,
	}

	impl HoldReason {
		/// Every reason, in index order.
		pub const ALL: [HoldReason; 8] = [
			HoldReason::Community,
			HoldReason::Membership,
			HoldReason::Vouch,
			HoldReason::Proposal,
			HoldReason::Receipt,
			HoldReason::Dispute,
			HoldReason::ExecutorBond,
			HoldReason::Voter,
		];
	}

	/// Communities by id.
	#[pallet::storage]
	pub type Communities<T: Config> = StorageMap<_, Blake2_128Concat, CommunityId, CommunityOf<T>>;

	/// Membership: present iff the account is a member of the community.
	#[pallet::storage]
	pub type Members<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		CommunityId,
		Blake2_128Concat,
		T::AccountId,
		Membership<BalanceOf<T>>,
	>;

	/// The vouches for a candidate of a community (at most `MaxWhitelistThreshold`, never
	/// empty).
	#[pallet::storage]
	pub type Vouches<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		CommunityId,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<VouchOf<T>, T::MaxWhitelistThreshold>,
		ValueQuery,
	>;

	/// Open proposals by community and proposal id.
	#[pallet::storage]
	pub type Proposals<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, CommunityId, Twox64Concat, ProposalId, ProposalOf<T>>;

	/// The deadline and running tally of each open proposal (present iff the proposal is in
	/// [`Proposals`]).
	#[pallet::storage]
	pub type Tallies<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		CommunityId,
		Twox64Concat,
		ProposalId,
		ProposalTally<BlockNumberFor<T>>,
	>;

	/// The serial number of the next proposal pushed, in any community
	/// ([`ProposalTally::serial`]).
	#[pallet::storage]
	pub type NextProposalSerial<T: Config> = StorageValue<_, ProposalSerial, ValueQuery>;

	/// The outcome of closed proposals, until pruned.
	#[pallet::storage]
	pub type Outcomes<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, CommunityId, Twox64Concat, ProposalId, OutcomeOf<T>>;

	/// Each voter's record: its live votes in every community (at most `MaxVotesPerVoter`),
	/// which draw on its budget (the pallet's freeze on the account). Present while the
	/// account has a budget or a live vote.
	#[pallet::storage]
	pub type Voters<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, VoterOf<T>>;

	/// The jobs waiting for their executor's receipt (passed commands and requested jobs), by
	/// community and job (proposal) id. At most `MaxOpenProposals` per community (counted in
	/// [`Community::pending_executions`]).
	#[pallet::storage]
	pub type PendingExecutions<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		CommunityId,
		Twox64Concat,
		ProposalId,
		QueuedCommandOf<T>,
	>;

	/// Execution receipts of jobs, one per job, until pruned.
	#[pallet::storage]
	pub type Receipts<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, CommunityId, Twox64Concat, ProposalId, ReceiptOf<T>>;

	/// Payments of jobs reported `Succeeded` with a budget, until settled (claimed, or decided
	/// after a dispute). The budget stays reserved in the pot meanwhile.
	#[pallet::storage]
	pub type Payments<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, CommunityId, Twox64Concat, ProposalId, PaymentOf<T>>;

	/// Executors' bonds by community and executor: the current executor's, and those of former
	/// executors with payments still to settle.
	#[pallet::storage]
	pub type ExecutorBonds<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		CommunityId,
		Blake2_128Concat,
		T::AccountId,
		ExecutorBondOf<T>,
	>;

	/// Events of the pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A community was created; its creator is its first member.
		CommunityCreated {
			community: CommunityId,
			creator: T::AccountId,
			bootstrap_limit: u32,
			whitelist_threshold: u32,
			min_turnout: Percent,
			proposed_executor: Option<T::AccountId>,
		},
		/// An account became a member.
		MemberJoined { community: CommunityId, who: T::AccountId },
		/// The community became active: proposals open, free entry closed.
		CommunityActivated { community: CommunityId },
		/// A member vouched for a candidate; `vouches` counts the candidate's vouches now.
		AccountWhitelisted {
			community: CommunityId,
			candidate: T::AccountId,
			voucher: T::AccountId,
			vouches: u32,
		},
		/// A member left.
		MemberLeft { community: CommunityId, who: T::AccountId },
		/// A proposal was pushed; votes are accepted until `deadline` (exclusive).
		ProposalPushed {
			community: CommunityId,
			proposal: ProposalId,
			proposer: T::AccountId,
			deadline: BlockNumberFor<T>,
			metadata: BoundedVec<u8, T::MaxMetadataLen>,
		},
		/// A vote was cast; `cost` of the voter's budget is committed to it until the deadline.
		Voted {
			community: CommunityId,
			proposal: ProposalId,
			who: T::AccountId,
			aye: bool,
			power: VotePower,
			cost: BalanceOf<T>,
		},
		/// A vote was changed; `cost` is what it now commits of the budget.
		VoteModified {
			community: CommunityId,
			proposal: ProposalId,
			who: T::AccountId,
			aye: bool,
			power: VotePower,
			cost: BalanceOf<T>,
		},
		/// A vote was retracted; its power left the tally and `released` is back in the budget.
		VoteRetracted {
			community: CommunityId,
			proposal: ProposalId,
			who: T::AccountId,
			released: BalanceOf<T>,
		},
		/// A proposal was closed. If `passed`, the compute instance runs `metadata`.
		ProposalClosed {
			community: CommunityId,
			proposal: ProposalId,
			passed: bool,
			aye: Tally,
			nay: Tally,
			metadata: BoundedVec<u8, T::MaxMetadataLen>,
		},
		/// `executor` was proposed as the community's executor; it becomes it by accepting.
		ExecutorProposed { community: CommunityId, executor: T::AccountId },
		/// The community's executor changed: a proposed one accepted (`Some`), or it was
		/// removed (`None`). Queued commands wait for the (next) executor.
		ExecutorChanged { community: CommunityId, executor: Option<T::AccountId> },
		/// The executor reported how a passed proposal's command ran.
		ExecutionReported {
			community: CommunityId,
			proposal: ProposalId,
			executor: T::AccountId,
			outcome: ExecutionOutcome,
			output_hash: [u8; 32],
		},
		/// `who` set its voting budget (the pallet's freeze on the account) to `budget`;
		/// `committed` of it backs its live votes.
		VoteBudgetSet { who: T::AccountId, budget: BalanceOf<T>, committed: BalanceOf<T> },
		/// A storage deposit was taken: `amount` is held from `who` under `reason`.
		DepositHeld { who: T::AccountId, reason: HoldReason, amount: BalanceOf<T> },
		/// A storage deposit was returned: `amount` held from `who` under `reason` was released.
		DepositReleased { who: T::AccountId, reason: HoldReason, amount: BalanceOf<T> },
		/// A voucher withdrew its vouch for a candidate, or it was pruned as stale.
		VouchRemoved { community: CommunityId, candidate: T::AccountId, voucher: T::AccountId },
		/// A closed proposal's outcome was pruned.
		OutcomePruned { community: CommunityId, proposal: ProposalId },
		/// An execution receipt was pruned.
		ReceiptPruned { community: CommunityId, proposal: ProposalId },
		/// Dissolution started: `cleanup_community` now removes the community's storage.
		CommunityDissolving { community: CommunityId },
		/// `cleanup_community` removed `removed` entries; more remain.
		CommunityCleaned { community: CommunityId, removed: u32 },
		/// The community's last storage was removed and every deposit returned.
		CommunityDissolved { community: CommunityId },
		/// A job entered the execution queue: a passed command (`Voted`) or a member's request
		/// (`Requested`), with `budget` reserved in the pot (zero: unpaid).
		JobQueued {
			community: CommunityId,
			job: ProposalId,
			kind: JobKind,
			budget: BudgetOf<T>,
			command: BoundedVec<u8, T::MaxMetadataLen>,
		},
		/// A paid command or a model funding passed, but the pot's free value could not cover
		/// its budget (or the model could not take the funding): nothing was queued or moved.
		ProposalUnfunded { community: CommunityId, proposal: ProposalId, budget: BudgetOf<T> },
		/// A passed `FundModel` moved `amount` from the pot to `model`'s funding account.
		ModelFunded { community: CommunityId, model: ModelId, amount: BudgetOf<T>, epochs: u32 },
		/// A passed `ReturnModelFunds` brought `amount` back from `model` to the pot.
		ModelFundsReturned { community: CommunityId, model: ModelId, amount: BudgetOf<T> },
		/// The executor's bond was held (it accepted the role).
		BondHeld { community: CommunityId, executor: T::AccountId, amount: BalanceOf<T> },
		/// A former executor's bond was returned.
		BondReleased { community: CommunityId, executor: T::AccountId, amount: BalanceOf<T> },
		/// A succeeded job's budget becomes claimable by `executor` at `claimable_at`.
		PaymentPending {
			community: CommunityId,
			job: ProposalId,
			executor: T::AccountId,
			amount: BudgetOf<T>,
			claimable_at: BlockNumberFor<T>,
		},
		/// A member disputed a payment; a passed `ResolveDispute` proposal or Root decides it.
		PaymentDisputed { community: CommunityId, job: ProposalId, disputer: T::AccountId },
		/// The executor was paid a job's budget from the pot.
		JobPaid {
			community: CommunityId,
			job: ProposalId,
			executor: T::AccountId,
			amount: BudgetOf<T>,
		},
		/// A job's budget went back to the pot: it failed, expired, or a dispute refunded it.
		JobRefunded { community: CommunityId, job: ProposalId, amount: BudgetOf<T> },
		/// A dispute was decided: `pay` paid the executor (the disputer's deposit went to the
		/// pot), otherwise the pot was refunded (the deposit was returned).
		DisputeResolved { community: CommunityId, job: ProposalId, pay: bool },
		/// No receipt came within `ExecutionTimeout`: the job left the queue, its budget was
		/// refunded and `slashed` of the executor's bond went to the pot.
		JobExpired {
			community: CommunityId,
			job: ProposalId,
			executor: T::AccountId,
			slashed: BalanceOf<T>,
		},
	}

	/// Errors of the pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// The bootstrap limit `N` must be at least 1.
		InvalidBootstrapLimit,
		/// The whitelist threshold `W` must be at least 1 and at most `MaxWhitelistThreshold`.
		InvalidWhitelistThreshold,
		/// A community with this id exists already.
		CommunityExists,
		/// No community with this id.
		UnknownCommunity,
		/// The account is a member already.
		AlreadyMember,
		/// The caller is not a member of the community.
		NotMember,
		/// The community is active and the candidate has fewer vouches from current members
		/// than the whitelist threshold.
		NotWhitelisted,
		/// The candidate is a member already; vouching for members is pointless.
		CandidateIsMember,
		/// The caller has vouched for this candidate already.
		AlreadyVouched,
		/// The candidate has the maximum number of vouches from current members.
		TooManyVouches,
		/// The member still has a vote in this community that can change (cast on a proposal
		/// whose deadline has not passed, and not retracted).
		HasOutstandingVotes,
		/// The community is still bootstrapping: no proposals yet.
		CommunityNotActive,
		/// The community is active already.
		CommunityAlreadyActive,
		/// The community has `MaxOpenProposals` open proposals.
		TooManyOpenProposals,
		/// The proposal metadata is empty.
		EmptyMetadata,
		/// No open proposal with this id in the community.
		UnknownProposal,
		/// The proposal's deadline has passed: no more votes, changes or retractions.
		VotingClosed,
		/// The proposal's deadline has not passed yet: it cannot be closed.
		VotingStillOpen,
		/// The caller voted on this proposal already (use `modify_vote`).
		AlreadyVoted,
		/// The caller has no vote on this proposal.
		NoVote,
		/// Voting power must be at least 1.
		ZeroPower,
		/// `power² × VotePrice` overflows the balance type.
		VoteCostOverflow,
		/// The account's free balance (less the existential deposit and `FeeReserve`) cannot
		/// cover this budget.
		InsufficientBalance,
		/// The proposal is still open.
		ProposalNotClosed,
		/// The caller's voting budget does not cover its live votes with this one: raise it
		/// with `set_vote_budget` first.
		InsufficientBudget,
		/// The budget would not cover the caller's live votes: retract some, or wait for their
		/// deadlines.
		BudgetBelowCommitted,
		/// The caller has `MaxVotesPerVoter` live votes already.
		TooManyVotes,
		/// Open proposals and passed proposals waiting for a receipt fill the community's
		/// `MaxOpenProposals` slots: its executor has to report first.
		ExecutionBacklogFull,
		/// Only the community's creator, while it is a member, or Root may do this.
		NotCreator,
		/// The caller is not the community's executor (or the community has none).
		NotExecutor,
		/// The proposal was closed without passing: there is nothing to execute.
		ProposalNotPassed,
		/// A receipt for this proposal was reported already.
		AlreadyReported,
		/// The account cannot hold the storage deposit this call takes (its free balance is
		/// too low).
		CannotHoldDeposit,
		/// The bootstrap limit `N` is above `MaxBootstrapMembers`.
		BootstrapLimitTooHigh,
		/// The member has `MaxProposalsPerMember` open proposals in this community.
		TooManyProposalsByMember,
		/// The member has open proposals in this community: they have to be closed first.
		HasOpenProposals,
		/// The caller has no vouch for this candidate.
		NoVouch,
		/// The retention period of this outcome or receipt has not passed yet.
		RetentionNotOver,
		/// The proposal's command still waits for its receipt: its outcome stays.
		ExecutionPending,
		/// The proposal has no outcome (it is open, unknown or pruned already).
		NoOutcome,
		/// The proposal has no receipt.
		NoReceipt,
		/// The community has passed proposals waiting for their receipt.
		HasPendingExecutions,
		/// The community is being dissolved.
		CommunityDissolving,
		/// The community is not being dissolved (see `dissolve_community`).
		CommunityNotDissolving,
		/// The caller is not the community's proposed executor.
		NotProposedExecutor,
		/// The passed proposal's command is not waiting for a receipt (it changed the
		/// executor, or its receipt was pruned).
		NotQueued,
		/// The community is active: its executor changes by a passed `push_executor_proposal`
		/// (or by Root).
		ExecutorChangesByVote,
		/// A counter would overflow.
		Overflow,
		/// A budget must be at least one unit of the payment asset.
		ZeroBudget,
		/// The pot's free value cannot cover the budget (or the community has no pot).
		CannotReserveBudget,
		/// The member's access credits cannot cover the budget.
		InsufficientCredits,
		/// The account cannot hold the executor bond.
		CannotHoldBond,
		/// The job's execution timeout has not passed (or the community has no executor, so
		/// the clock has not started).
		NotExpired,
		/// The job has no payment waiting (it had no budget, is not reported, or is settled).
		NoPayment,
		/// The payment is disputed: it waits for a decision.
		PaymentDisputed,
		/// The payment's `PayoutDelay` has not passed yet.
		PayoutDelayNotOver,
		/// The payment's `PayoutDelay` is over: it can no longer be disputed.
		DisputeWindowOver,
		/// The payment is not disputed.
		NotDisputed,
		/// `Expired` is written by `expire_job`; an executor reports `Succeeded` or `Failed`.
		CannotReportExpired,
		/// A model funding is paid over at least one epoch.
		ZeroEpochs,
		/// The community has payments to settle: claim or decide them first.
		HasUnsettledPayments,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			let minimum = <T::Currency as Inspect<T::AccountId>>::minimum_balance();
			assert!(
				T::ExpirySlash::get() * T::ExecutorBond::get() >= minimum,
				"an expiry's slash must be able to endow the pot's native account"
			);
			assert!(
				T::DisputeDeposit::get() >= minimum,
				"a lost dispute's deposit must be able to endow the pot's native account"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Create community `community` and become its first member.
		///
		/// - origin: signed, the creator. It holds the community's deposit and its own
		///   membership deposit.
		/// - `bootstrap_limit` (`1 <= N <= MaxBootstrapMembers`): members needed to become
		///   active.
		/// - `whitelist_threshold` (`1 <= W <= MaxWhitelistThreshold`): vouches a candidate
		///   needs once the community is active.
		/// - `executor`: the account proposed as the community's compute instance, if known
		///   yet; it becomes the executor when it accepts (`accept_executor`).
		/// - `min_turnout`: the quorum, the share of members that must vote on a proposal for
		///   it to pass; `None` takes `DefaultMinTurnout`.
		///
		/// Emits `CommunityCreated`, `MemberJoined`, and `CommunityActivated` if `N == 1`.
		/// Weight: O(1).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_community())]
		pub fn create_community(
			origin: OriginFor<T>,
			community: CommunityId,
			bootstrap_limit: u32,
			whitelist_threshold: u32,
			executor: Option<T::AccountId>,
			min_turnout: Option<Percent>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let settings = community::CommunitySettings {
				bootstrap_limit,
				whitelist_threshold,
				proposed_executor: executor,
				min_turnout: min_turnout.unwrap_or_else(T::DefaultMinTurnout::get),
			};
			Self::do_create_community(who, community, settings)
		}

		/// Join `community`: freely while it is bootstrapping, with `W` vouches from current
		/// members once it is active.
		///
		/// - origin: signed, the candidate. It holds a membership deposit, returned when it
		///   leaves; its vouchers' deposits are returned.
		///
		/// Emits `MemberJoined`, and `CommunityActivated` when the `N`-th member joins.
		/// Weight: O(W), the vouches checked, refunded to the candidate's actual vouches.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::join_community(T::MaxWhitelistThreshold::get()))]
		pub fn join_community(
			origin: OriginFor<T>,
			community: CommunityId,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let vouches = Self::do_join(community, who, community::Admission::Candidate)?;
			Ok(Some(T::WeightInfo::join_community(vouches)).into())
		}

		/// Vouch for `candidate` to join `community`. One vouch per member and candidate.
		///
		/// - origin: signed, a member of the community. It holds a vouch deposit, returned when
		///   the candidate joins or the vouch is withdrawn or pruned. A full list drops the
		///   vouches of former members first (returning their deposits).
		/// - `candidate`: an account that is not a member.
		///
		/// Emits `AccountWhitelisted`. Weight: O(W), the vouches scanned.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::whitelist_account(T::MaxWhitelistThreshold::get()))]
		pub fn whitelist_account(
			origin: OriginFor<T>,
			community: CommunityId,
			candidate: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_whitelist(community, who, candidate)
		}

		/// Leave `community`, getting the membership deposit back. Fails while a vote of the
		/// caller there can still change or one of its proposals is open. A creator that leaves
		/// loses its creator's powers.
		///
		/// - origin: signed, a member.
		///
		/// Emits `MemberLeft`. Weight: O(1).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::deregister())]
		pub fn deregister(origin: OriginFor<T>, community: CommunityId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_deregister(community, who)
		}

		/// Push a proposal whose `metadata` is a command for the compute instance.
		///
		/// - origin: signed, a member of an active community with fewer than
		///   `MaxProposalsPerMember` open proposals there. It holds the proposal's deposit: per
		///   byte of the proposal and its command (returned at the close, or at the receipt if
		///   the command is queued) and for the outcome record (returned when it is pruned).
		/// - `metadata`: 1 to `MaxMetadataLen` bytes (longer ones do not decode: the transaction
		///   is invalid and never included).
		/// - `budget`: what the executor is paid (payment asset) for running the command, from
		///   the community's pot; `None` for an unpaid command. Reserved at the close if the
		///   proposal passes; if the pot's free value cannot cover it then, the proposal passes
		///   `Unfunded` and nothing is queued.
		///
		/// The deadline is the current block plus `VotingPeriod`. Emits `ProposalPushed`.
		/// Weight: O(M), the metadata length.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::push_proposal(metadata.len() as u32))]
		pub fn push_proposal(
			origin: OriginFor<T>,
			community: CommunityId,
			metadata: MetadataOf<T>,
			budget: Option<BudgetOf<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let action = match budget {
				None => ProposalAction::Command,
				Some(budget) => {
					ensure!(!budget.is_zero(), Error::<T>::ZeroBudget);
					ProposalAction::PaidCommand { budget }
				},
			};
			Self::do_push_proposal(community, who, action, metadata)
		}

		/// Vote on an open proposal with `power >= 1`, committing `power² × VotePrice` of the
		/// caller's budget (see `set_vote_budget`) on top of its other live votes, until the
		/// proposal's deadline.
		///
		/// - origin: signed, a member whose budget covers the cost (`InsufficientBudget`), with
		///   fewer than `MaxVotesPerVoter` live votes.
		/// - `aye`: the side; `power`: the voting power the tally counts.
		///
		/// Emits `Voted`. Weight: O(1).
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::vote())]
		pub fn vote(
			origin: OriginFor<T>,
			community: CommunityId,
			proposal: ProposalId,
			aye: bool,
			power: VotePower,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_vote(community, proposal, who, aye, power)
		}

		/// Change the caller's vote: its power (never to 0) and optionally its side. What it
		/// commits of the budget moves by the difference in cost.
		///
		/// - origin: signed, a member with a vote on the proposal.
		///
		/// Emits `VoteModified`. Weight: O(1).
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::modify_vote())]
		pub fn modify_vote(
			origin: OriginFor<T>,
			community: CommunityId,
			proposal: ProposalId,
			aye: bool,
			power: VotePower,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_modify_vote(community, proposal, who, aye, power)
		}

		/// Drop the caller's vote before the deadline: its power leaves the tally and its
		/// cost is back in the caller's budget at once.
		///
		/// - origin: signed, the voter (membership is not required).
		///
		/// Emits `VoteRetracted`. Weight: O(1).
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::retract_vote())]
		pub fn retract_vote(
			origin: OriginFor<T>,
			community: CommunityId,
			proposal: ProposalId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_retract_vote(community, proposal, who)
		}

		/// Close a proposal whose deadline has passed. It passes iff the quorum is reached and
		/// `aye > nay`. A passed command is queued for the executor (`JobQueued`), its budget
		/// reserved in the pot first (`ProposalUnfunded` and nothing queued if the pot cannot
		/// cover it); a passed executor change or dispute decision is applied. Returns the
		/// command part of the proposer's deposit unless the command is queued.
		///
		/// - origin: signed, anyone.
		///
		/// Emits `ProposalClosed` with the command. Weight: O(M), the metadata length, plus a
		/// dispute decision's, refunded to what the close did.
		#[pallet::call_index(8)]
		#[pallet::weight(
			T::WeightInfo::close_proposal(T::MaxMetadataLen::get())
				.saturating_add(T::WeightInfo::resolve_dispute())
		)]
		pub fn close_proposal(
			origin: OriginFor<T>,
			community: CommunityId,
			proposal: ProposalId,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			Self::do_close(community, proposal, false)
		}

		/// Make a bootstrapping community active, whatever its member count.
		///
		/// - origin: `ForceOrigin` (Root).
		///
		/// Emits `CommunityActivated`. Weight: O(1).
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::start_proposing())]
		pub fn start_proposing(origin: OriginFor<T>, community: CommunityId) -> DispatchResult {
			T::ForceOrigin::ensure_origin(origin)?;
			Self::do_start_proposing(community)
		}

		/// Make `who` a member, bypassing the whitelist.
		///
		/// - origin: `ForceOrigin` (Root).
		///
		/// Emits `MemberJoined` (and `CommunityActivated` if it completes the bootstrap).
		/// Weight: O(1).
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::force_member())]
		pub fn force_member(
			origin: OriginFor<T>,
			community: CommunityId,
			who: T::AccountId,
		) -> DispatchResult {
			T::ForceOrigin::ensure_origin(origin)?;
			Self::do_join(community, who, community::Admission::Root).map(|_| ())
		}

		/// Close a proposal regardless of its deadline, through the same path as
		/// `close_proposal`.
		///
		/// - origin: `ForceOrigin` (Root).
		///
		/// Emits `ProposalClosed`. Weight: as `close_proposal`.
		#[pallet::call_index(12)]
		#[pallet::weight(
			T::WeightInfo::force_close(T::MaxMetadataLen::get())
				.saturating_add(T::WeightInfo::resolve_dispute())
		)]
		pub fn force_close(
			origin: OriginFor<T>,
			community: CommunityId,
			proposal: ProposalId,
		) -> DispatchResultWithPostInfo {
			T::ForceOrigin::ensure_origin(origin)?;
			Self::do_close(community, proposal, true)
		}

		/// Propose a new executor (`Some`), which becomes the executor when it accepts, or
		/// remove the executor and any proposed one (`None`). Commands waiting for a receipt
		/// stay queued for the next executor. Once the community is active, its members change
		/// the executor by a passed `push_executor_proposal`.
		///
		/// - origin: signed by the creator, while it is a member and the community is
		///   bootstrapping; or `ForceOrigin` (Root), any time.
		///
		/// Emits `ExecutorProposed` or `ExecutorChanged`. Weight: O(1).
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::set_executor())]
		pub fn set_executor(
			origin: OriginFor<T>,
			community: CommunityId,
			executor: Option<T::AccountId>,
		) -> DispatchResult {
			let caller = match T::ForceOrigin::try_origin(origin) {
				Ok(_) => None,
				Err(origin) => Some(ensure_signed(origin)?),
			};
			Self::do_set_executor(caller, community, executor)
		}

		/// Report how a queued job ran: once per job, by the community's executor.
		///
		/// - origin: signed, the community's executor. It holds the receipt's deposit, returned
		///   when the receipt is pruned (and, for a paid job that succeeded, the payment
		///   record's, returned when the payment is settled).
		/// - `outcome`: succeeded, or failed with the program's exit code (negative codes are
		///   the executor's reasons for not running or stopping it); never `Expired`.
		/// - `output_hash`: the BLAKE2-256 hash of the output.
		///
		/// Removes the job from [`PendingExecutions`] (returning its deposit) and stores the
		/// receipt. A paid job's budget becomes claimable after `PayoutDelay` if it succeeded
		/// (`PaymentPending`), and goes back to the pot at once if it failed (`JobRefunded`).
		/// Emits `ExecutionReported`. Weight: O(1).
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::report_execution())]
		pub fn report_execution(
			origin: OriginFor<T>,
			community: CommunityId,
			proposal: ProposalId,
			outcome: ExecutionOutcome,
			output_hash: [u8; 32],
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_report_execution(who, community, proposal, outcome, output_hash)
		}

		/// Withdraw the caller's vouch for `candidate`, getting its deposit back. Works
		/// whether or not the caller is still a member.
		///
		/// - origin: signed, the voucher.
		///
		/// Emits `VouchRemoved`. Weight: O(W), the vouches scanned.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::withdraw_vouch(T::MaxWhitelistThreshold::get()))]
		pub fn withdraw_vouch(
			origin: OriginFor<T>,
			community: CommunityId,
			candidate: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_vouch(community, who, candidate)
		}

		/// Remove a closed proposal's outcome once `RetentionPeriod` blocks have passed since
		/// its close, returning its deposit to the proposer. Not while its command waits for a
		/// receipt. Votes on it can still be unfrozen afterwards.
		///
		/// - origin: signed, anyone.
		///
		/// Emits `OutcomePruned`. Weight: O(1).
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::prune_outcome())]
		pub fn prune_outcome(
			origin: OriginFor<T>,
			community: CommunityId,
			proposal: ProposalId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_prune_outcome(community, proposal)
		}

		/// Remove an execution receipt once `RetentionPeriod` blocks have passed since it was
		/// reported, returning its deposit to the executor that reported it.
		///
		/// - origin: signed, anyone.
		///
		/// Emits `ReceiptPruned`. Weight: O(1).
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::prune_receipt())]
		pub fn prune_receipt(
			origin: OriginFor<T>,
			community: CommunityId,
			proposal: ProposalId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_prune_receipt(community, proposal)
		}

		/// Start dissolving `community`: nobody joins, vouches or proposes any more, and
		/// `cleanup_community` removes its storage, returning every deposit. Only with no open
		/// proposal and no command waiting for a receipt.
		///
		/// - origin: signed by the creator while it is a member, or `ForceOrigin` (Root).
		///
		/// Emits `CommunityDissolving`. Weight: O(1).
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::dissolve_community())]
		pub fn dissolve_community(origin: OriginFor<T>, community: CommunityId) -> DispatchResult {
			let caller = match T::ForceOrigin::try_origin(origin) {
				Ok(_) => None,
				Err(origin) => Some(ensure_signed(origin)?),
			};
			Self::do_dissolve(caller, community)
		}

		/// Remove up to `limit` entries of a dissolving community's storage (outcomes and
		/// receipts proposal by proposal, then vouches, then members), returning their deposits.
		/// Votes need no cleanup: each lives in its voter's record, final once its proposal
		/// closed. The call that removes the last entry removes the community and returns the
		/// creator's deposit.
		///
		/// - origin: signed, anyone.
		///
		/// Emits `CommunityCleaned`, or `CommunityDissolved` at the end. Weight: O(limit),
		/// refunded to the entries removed.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::cleanup_community(*limit))]
		pub fn cleanup_community(
			origin: OriginFor<T>,
			community: CommunityId,
			limit: u32,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			Self::do_cleanup(community, limit)
		}

		/// Become the community's executor: the caller consents to run its commands. It
		/// inherits the jobs waiting for a receipt, whose execution timeout runs from now for
		/// those queued before.
		///
		/// - origin: signed, the community's proposed executor. It holds `ExecutorBond` (topped
		///   up to it if it still holds a bond here from an earlier term), returned once it has
		///   left the role and settled its payments. The executor it replaces gets its bond
		///   back then too.
		///
		/// Emits `BondHeld` and `ExecutorChanged`. Weight: O(1).
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::accept_executor())]
		pub fn accept_executor(origin: OriginFor<T>, community: CommunityId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept_executor(community, who)
		}

		/// Push a proposal that changes the executor if it passes: `Some(account)` is then
		/// proposed (and becomes the executor when it accepts), `None` removes the executor.
		/// It is voted on like any proposal; nothing is queued for the compute instance.
		///
		/// - origin: signed, a member of an active community (as `push_proposal`, with the same
		///   deposit and limits).
		/// - `metadata`: 1 to `MaxMetadataLen` bytes saying why (not a command).
		///
		/// Emits `ProposalPushed`. Weight: O(M), the metadata length.
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::push_proposal(metadata.len() as u32))]
		pub fn push_executor_proposal(
			origin: OriginFor<T>,
			community: CommunityId,
			executor: Option<T::AccountId>,
			metadata: MetadataOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_push_proposal(
				community,
				who,
				ProposalAction::SetExecutor { executor },
				metadata,
			)
		}

		/// Queue a job directly, without a vote, paid with the caller's access credits: use is
		/// linear in what a member paid into the pot (steering stays quadratic). The command
		/// has the same format as a voted one and runs the same way.
		///
		/// - origin: signed, a member of an active community. It spends `budget` of its credits
		///   and holds the queued record's deposit, returned when the job leaves the queue.
		/// - `command`: 1 to `MaxMetadataLen` bytes.
		/// - `budget`: at least 1; reserved from the pot's free value.
		///
		/// The job takes the next proposal id and a queue slot (`ExecutionBacklogFull` when the
		/// open proposals and queued jobs fill `MaxOpenProposals`). Emits `JobQueued`.
		/// Weight: O(M), the command length.
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::request_job(command.len() as u32))]
		pub fn request_job(
			origin: OriginFor<T>,
			community: CommunityId,
			command: MetadataOf<T>,
			budget: BudgetOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request_job(community, who, command, budget)
		}

		/// Pay a succeeded job's budget to its executor, once `PayoutDelay` has passed since the
		/// receipt and unless it is disputed. Returns the payment record's deposit to the
		/// executor (and its bond, if it has left the role and this was its last payment).
		///
		/// - origin: signed, anyone (the agent claims its own).
		///
		/// Emits `JobPaid`. Weight: O(1).
		#[pallet::call_index(23)]
		#[pallet::weight(T::WeightInfo::claim_payment())]
		pub fn claim_payment(
			origin: OriginFor<T>,
			community: CommunityId,
			job: ProposalId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_claim_payment(community, job)
		}

		/// Dispute a succeeded job's payment during its `PayoutDelay`: it then waits for a
		/// passed `ResolveDispute` proposal (`push_dispute_proposal`) or Root
		/// (`resolve_dispute`).
		///
		/// - origin: signed, a member. It holds `DisputeDeposit`: returned if the dispute wins
		///   (the pot is refunded), sent to the pot if it loses (the executor is paid).
		///
		/// Emits `PaymentDisputed`. Weight: O(1).
		#[pallet::call_index(24)]
		#[pallet::weight(T::WeightInfo::dispute_payment())]
		pub fn dispute_payment(
			origin: OriginFor<T>,
			community: CommunityId,
			job: ProposalId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_dispute(community, job, who)
		}

		/// Decide a disputed payment: `pay` pays the executor, otherwise the budget goes back
		/// to the pot.
		///
		/// - origin: `ForceOrigin` (Root). Members decide by a passed `push_dispute_proposal`.
		///
		/// Emits `DisputeResolved` and `JobPaid` or `JobRefunded`. Weight: O(1).
		#[pallet::call_index(25)]
		#[pallet::weight(T::WeightInfo::resolve_dispute())]
		pub fn resolve_dispute(
			origin: OriginFor<T>,
			community: CommunityId,
			job: ProposalId,
			pay: bool,
		) -> DispatchResult {
			T::ForceOrigin::ensure_origin(origin)?;
			Self::do_resolve_dispute(community, job, pay)
		}

		/// Expire a job whose executor sent no receipt within `ExecutionTimeout` blocks of its
		/// queuing (or of the executor's acceptance, if later; never while the community has no
		/// executor). The job leaves the queue (its deposit returned), its budget goes back to
		/// the pot, `ExpirySlash` of the executor's bond is slashed to the pot, and an `Expired`
		/// receipt is written for it, its deposit taken from the rest of the bond.
		///
		/// - origin: signed, anyone.
		///
		/// Emits `JobExpired` (and `JobRefunded` for a paid job). Weight: O(1).
		#[pallet::call_index(26)]
		#[pallet::weight(T::WeightInfo::expire_job())]
		pub fn expire_job(
			origin: OriginFor<T>,
			community: CommunityId,
			job: ProposalId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_expire_job(community, job)
		}

		/// Push a proposal that decides the dispute on job `job`'s payment if it passes: `pay`
		/// pays the executor, otherwise the pot is refunded. The payment must be disputed
		/// (`NotDisputed`, `NoPayment`); if it is no longer disputed at the close (Root decided
		/// it), the passed proposal changes nothing.
		///
		/// - origin: signed, a member of an active community (as `push_proposal`, with the same
		///   deposit and limits).
		/// - `metadata`: 1 to `MaxMetadataLen` bytes saying why.
		///
		/// Emits `ProposalPushed`. Weight: O(M), the metadata length.
		#[pallet::call_index(27)]
		#[pallet::weight(
			T::WeightInfo::push_proposal(metadata.len() as u32)
				.saturating_add(T::DbWeight::get().reads(1))
		)]
		pub fn push_dispute_proposal(
			origin: OriginFor<T>,
			community: CommunityId,
			job: ProposalId,
			pay: bool,
			metadata: MetadataOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::disputed_payment(community, job)?;
			Self::do_push_proposal(
				community,
				who,
				ProposalAction::ResolveDispute { job, pay },
				metadata,
			)
		}

		/// Push a proposal on the community's funding of the peers hosting `model`
		/// (pallet-consensus): `Some(amount)` pays `amount` of the payment asset from the pot,
		/// spread over the model's next `epochs` formed epochs by consensus score; `None` ends
		/// the community's funding and returns what is left of it to the pot. It is voted on
		/// like any proposal; nothing is queued.
		///
		/// - origin: signed, a member of an active community (as `push_proposal`, with the same
		///   deposit and limits).
		/// - `amount`: at least 1 (`ZeroBudget`); `epochs`: at least 1 (`ZeroEpochs`), ignored
		///   with `None`.
		/// - `metadata`: 1 to `MaxMetadataLen` bytes saying why.
		///
		/// Emits `ProposalPushed`. At the close, `ModelFunded` (or `ProposalUnfunded` if the pot
		/// cannot cover it or the model cannot take it) or `ModelFundsReturned`.
		/// Weight: O(M), the metadata length.
		#[pallet::call_index(28)]
		#[pallet::weight(T::WeightInfo::push_proposal(metadata.len() as u32))]
		pub fn push_model_funding_proposal(
			origin: OriginFor<T>,
			community: CommunityId,
			model: ModelId,
			amount: Option<BudgetOf<T>>,
			epochs: u32,
			metadata: MetadataOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let action = match amount {
				Some(amount) => {
					ensure!(!amount.is_zero(), Error::<T>::ZeroBudget);
					ensure!(epochs > 0, Error::<T>::ZeroEpochs);
					ProposalAction::FundModel { model, amount, epochs }
				},
				None => ProposalAction::ReturnModelFunds { model },
			};
			Self::do_push_proposal(community, who, action, metadata)
		}

		/// Set the caller's voting budget: the native tokens its quadratic votes draw on, in
		/// every community. It is the pallet's one freeze on the account
		/// ([`FreezeReason::Voting`]); votes commit parts of it until their deadlines and never
		/// touch it themselves. Lowering it releases tokens, down to what the live votes commit.
		/// The first budget holds the deposit of the caller's voting record; a zero budget with
		/// no live vote removes the record and returns it.
		///
		/// - origin: signed, anyone.
		/// - `budget`: at least the costs of the caller's live votes (`BudgetBelowCommitted`),
		///   at most its free balance less the existential deposit and `FeeReserve`
		///   (`InsufficientBalance`).
		///
		/// Emits `VoteBudgetSet`. Weight: O(1).
		#[pallet::call_index(29)]
		#[pallet::weight(T::WeightInfo::set_vote_budget())]
		pub fn set_vote_budget(origin: OriginFor<T>, budget: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_vote_budget(who, budget)
		}
	}
}
