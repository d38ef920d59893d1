//! Storage migrations of pallet-voting.
//!
//! ## v0 → v1: storage deposits
//! Version 1 records a deposit in every record a caller pays for: [`Community::deposit`],
//! gives each community a quorum ([`Community::min_turnout`], `DefaultMinTurnout` for old ones)
//! and a proposed executor (none: an executor set in v0 stays), each proposal an action
//! ([`ProposalAction::Command`] for old ones),
//! [`Membership`] (was `()`), [`Vouch`] (vouches were bare account ids),
//! [`Proposal::deposit`], [`ProposalOutcome::proposer`] and `deposit`, [`QueuedCommand`]
//! (was the bare command) and [`ExecutionReceipt::deposit`]; and it counts each member's open
//! proposals in [`Membership::open_proposals`]. Records written before v1 held nothing, so they
//! are migrated with a zero deposit (nothing is released for them later) and an outcome's
//! proposer is taken to be its community's creator.
//!
//! [`v1::MigrateToV1`] is a multi-block migration (a `SteppedMigration` that the runtime runs
//! through `pallet-migrations`): each step translates as many entries as the block's migration
//! budget holds, one benchmarked `migrate_v1_step` each, remembering the map and the last key
//! done in its cursor, and sets storage version 1 at the end. It does nothing on a chain not at
//! version 0. `pre_upgrade`/`post_upgrade` (try-runtime) check that no entry is lost and that
//! the pallet's invariants hold afterwards.
//!
//! ## v1 → v2: paid jobs
//! Version 2 gives each queued job its [`JobKind`] (`Voted` for old ones), the account holding
//! its deposit (the proposer, from its outcome), a budget (zero: old jobs are unpaid) and the
//! block it was queued in (the proposal's close); and each receipt a [`Settlement`]
//! (`Unpaid`). New maps (`Payments`, `ExecutorBonds`) start empty: executors that accepted
//! before v2 hold no bond (an expiry slashes nothing from them) until they accept again.
//! [`v2::MigrateToV2`] runs the same way as v1's, one benchmarked `migrate_v2_step` per entry,
//! after it on a chain at version 0.
//!
//! ## v2 → v3: votes touch only the tally
//! Version 3 keeps each open proposal's deadline and tally in their own record
//! ([`Tallies`], a [`ProposalTally`]), so a vote reads and writes a few dozen bytes instead of
//! the whole proposal with its command, and drops `FrozenBudget`: the sum of a voter's vote
//! costs was kept both there and as the account's freeze, and the freeze alone is now its
//! record ([`Pallet::frozen_budget`]). [`v3::MigrateToV3`] splits every open proposal (one
//! benchmarked `migrate_v3_step`) and then removes every `FrozenBudget` entry, after checking
//! that it equals the freeze (`pre_upgrade`); it runs after v2's on an older chain (a new chain
//! starts at 3). Deposits held for open proposals stay as they were taken: the tally's record
//! is small, and the difference is returned at the close like the rest.
//!
//! ## v3 → v4: a vote writes two records
//! Version 4 keeps each voter's live votes, in every community, in one record ([`Voters`], a
//! [`Voter`]), and makes the pallet's freeze the voter's **budget**, set only by
//! `set_vote_budget`, which votes draw on without touching it. So a vote writes its tally and
//! its voter's record, and nothing else (v3: the tally, the vote, the freeze and the voter
//! ledger). A vote names its proposal by a serial number unique over the chain's life
//! ([`ProposalTally::serial`], [`NextProposalSerial`]), since community ids are used again after
//! a dissolution. `Votes` and `VoterLedgers` go. [`v4::MigrateToV4`] numbers every open
//! proposal's tally, then moves each v3 vote on a proposal
//! that still accepts votes into its voter's record (one benchmarked `migrate_v4_step`) and
//! drops the others (they are final; their costs stay frozen, as the budget, until the voter
//! lowers it), then removes the ledgers. Freezes are left as they are: each one becomes its
//! account's budget and covers its live votes. Migrated records hold no deposit (v3 votes held
//! none); a voter with more than `MaxVotesPerVoter` live votes (v3 had no bound) keeps the
//! first ones, and the others are retracted (taken off their tallies, so that voting again
//! cannot count twice). It runs after v3's on an older chain (a new chain starts at 4).

use crate::{pallet::*, types::*};
use frame_support::{pallet_prelude::*, storage_alias, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{Saturating, Zero};

/// Where a multi-block migration stands: the map (stage) it is in, and the raw key of the last
/// entry of it migrated.
#[derive(Encode, Decode, MaxEncodedLen, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct StageCursor<Stage> {
	/// The map being migrated.
	pub stage: Stage,
	/// The raw key of its last migrated entry (`None`: none yet).
	pub last: Option<v1::RawKey>,
}

/// One step of a migration from storage version `from` to `from + 1` that walks its maps in
/// stages: it does nothing on a chain not at `from`, migrates one entry (`migrate_next`) per
/// `per_entry` of weight while the block's budget lasts, moves to the next stage when a map
/// ends, and sets version `from + 1` after the last one.
fn step_through<T: Config, Stage: Copy>(
	from: u16,
	mut cursor: StageCursor<Stage>,
	meter: &mut frame_support::weights::WeightMeter,
	per_entry: Weight,
	migrate_next: impl Fn(&StageCursor<Stage>) -> Option<v1::RawKey>,
	next_stage: impl Fn(Stage) -> Option<Stage>,
) -> Result<Option<StageCursor<Stage>>, frame_support::migrations::SteppedMigrationError> {
	use frame_support::traits::GetStorageVersion;
	if Pallet::<T>::on_chain_storage_version() != StorageVersion::new(from) {
		return Ok(None);
	}
	if meter.remaining().any_lt(per_entry) {
		return Err(frame_support::migrations::SteppedMigrationError::InsufficientWeight {
			required: per_entry,
		});
	}
	while meter.try_consume(per_entry).is_ok() {
		match migrate_next(&cursor) {
			Some(key) => cursor.last = Some(key),
			None => match next_stage(cursor.stage) {
				Some(stage) => cursor = StageCursor { stage, last: None },
				None => {
					StorageVersion::new(from.saturating_add(1)).put::<Pallet<T>>();
					return Ok(None);
				},
			},
		}
	}
	Ok(Some(cursor))
}

/// After a migration to `version`: no entry lost (`after` and `before` are the migrated maps'
/// entry counts), the version set, and, once at the current version, the pallet's invariants
/// hold (they are written for the current layout; a later migration is still to run).
#[cfg(any(feature = "try-runtime", test))]
fn check_migrated<T: Config>(
	after: alloc::vec::Vec<u32>,
	before: alloc::vec::Vec<u32>,
	version: u16,
) -> Result<(), sp_runtime::TryRuntimeError> {
	use frame_support::traits::GetStorageVersion;
	ensure!(after == before, "the migration lost entries");
	ensure!(
		Pallet::<T>::on_chain_storage_version() == StorageVersion::new(version),
		"the migration did not set its version"
	);
	if StorageVersion::new(version) == STORAGE_VERSION {
		Pallet::<T>::do_try_state()?;
	}
	Ok(())
}

/// The storage layout of version 0.
pub mod v0 {
	use super::*;

	/// A community before v1: no deposit.
	#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
	pub struct Community<AccountId> {
		pub creator: AccountId,
		pub bootstrap_limit: u32,
		pub whitelist_threshold: u32,
		pub status: CommunityStatus,
		pub member_count: u32,
		pub open_proposals: u32,
		pub next_proposal_id: ProposalId,
		pub executor: Option<AccountId>,
		pub pending_executions: u32,
	}

	/// A proposal before v1: no deposit.
	#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
	pub struct Proposal<AccountId, BlockNumber, Metadata> {
		pub proposer: AccountId,
		pub metadata: Metadata,
		pub deadline: BlockNumber,
		pub aye: Tally,
		pub nay: Tally,
		pub voters: u32,
	}

	/// An outcome before v1: no proposer, no deposit.
	#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
	pub struct ProposalOutcome<BlockNumber> {
		pub passed: bool,
		pub aye: Tally,
		pub nay: Tally,
		pub closed_at: BlockNumber,
	}

	/// A receipt before v1: no deposit.
	#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
	pub struct ExecutionReceipt<AccountId, BlockNumber> {
		pub executor: AccountId,
		pub outcome: ExecutionOutcome,
		pub output_hash: [u8; 32],
		pub reported_at: BlockNumber,
	}

	#[storage_alias]
	pub type Communities<T: Config> = StorageMap<
		Pallet<T>,
		Blake2_128Concat,
		CommunityId,
		Community<<T as frame_system::Config>::AccountId>,
	>;

	#[storage_alias]
	pub type Members<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Blake2_128Concat,
		CommunityId,
		Blake2_128Concat,
		<T as frame_system::Config>::AccountId,
		(),
	>;

	#[storage_alias]
	pub type Vouches<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Blake2_128Concat,
		CommunityId,
		Blake2_128Concat,
		<T as frame_system::Config>::AccountId,
		BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxWhitelistThreshold>,
	>;

	#[storage_alias]
	pub type Proposals<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Blake2_128Concat,
		CommunityId,
		Twox64Concat,
		ProposalId,
		Proposal<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, MetadataOf<T>>,
	>;

	#[storage_alias]
	pub type Outcomes<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Blake2_128Concat,
		CommunityId,
		Twox64Concat,
		ProposalId,
		ProposalOutcome<BlockNumberFor<T>>,
	>;

	#[storage_alias]
	pub type PendingExecutions<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Blake2_128Concat,
		CommunityId,
		Twox64Concat,
		ProposalId,
		MetadataOf<T>,
	>;

	#[storage_alias]
	pub type Receipts<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Blake2_128Concat,
		CommunityId,
		Twox64Concat,
		ProposalId,
		ExecutionReceipt<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>,
	>;
}

/// The v0 → v1 migration, multi-block: it runs under `pallet-migrations`, one entry per unit of
/// its benchmarked weight, as many as each block's migration budget allows (transactions wait
/// meanwhile), so no state size can make it overrun a block.
pub mod v1 {
	use super::*;
	use crate::weights::WeightInfo;
	use alloc::vec::Vec;
	use frame_support::{
		migrations::{MigrationId, SteppedMigration, SteppedMigrationError},
		traits::ConstU32,
		weights::WeightMeter,
	};

	/// The identifier `pallet-migrations` keeps this migration under.
	pub const MIGRATION_ID: MigrationId<13> =
		MigrationId { pallet_id: *b"pallet-voting", version_from: 0, version_to: 1 };

	/// A queued command in v1: no kind, depositor, budget or queuing block.
	#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
	pub struct QueuedCommand<Metadata, Balance> {
		pub command: Metadata,
		pub deposit: Balance,
	}

	/// A receipt in v1: no settlement.
	#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
	pub struct ExecutionReceipt<AccountId, BlockNumber, Balance> {
		pub executor: AccountId,
		pub deposit: Balance,
		pub outcome: ExecutionOutcome,
		pub output_hash: [u8; 32],
		pub reported_at: BlockNumber,
	}

	#[storage_alias]
	pub type PendingExecutions<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Blake2_128Concat,
		CommunityId,
		Twox64Concat,
		ProposalId,
		QueuedCommand<MetadataOf<T>, BalanceOf<T>>,
	>;

	#[storage_alias]
	pub type Receipts<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Blake2_128Concat,
		CommunityId,
		Twox64Concat,
		ProposalId,
		ExecutionReceipt<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, BalanceOf<T>>,
	>;

	/// The maps migrated, in order: members before proposals (which count each member's open
	/// proposals) and communities before outcomes (whose proposer is taken from them).
	#[derive(Encode, Decode, MaxEncodedLen, Clone, Copy, PartialEq, Eq, Debug, TypeInfo)]
	pub enum Stage {
		/// `Communities`.
		Communities,
		/// `Members`.
		Members,
		/// `Proposals`.
		Proposals,
		/// `Vouches`.
		Vouches,
		/// `Outcomes`.
		Outcomes,
		/// `PendingExecutions`.
		PendingExecutions,
		/// `Receipts`.
		Receipts,
	}

	impl Stage {
		/// The stage after this one.
		fn next(self) -> Option<Stage> {
			match self {
				Stage::Communities => Some(Stage::Members),
				Stage::Members => Some(Stage::Proposals),
				Stage::Proposals => Some(Stage::Vouches),
				Stage::Vouches => Some(Stage::Outcomes),
				Stage::Outcomes => Some(Stage::PendingExecutions),
				Stage::PendingExecutions => Some(Stage::Receipts),
				Stage::Receipts => None,
			}
		}
	}

	/// The raw storage key of the last entry migrated (at most 128 bytes: the longest key,
	/// `Vouches`' and `Members'`, has 32 + 20 + 48).
	pub type RawKey = BoundedVec<u8, ConstU32<128>>;

	/// Where the migration stands.
	pub type Cursor = StageCursor<Stage>;

	/// Translates every v0 record into its v1 form, with a zero deposit (see the module docs),
	/// then sets storage version 1. Does nothing on a chain that is not at version 0.
	pub struct MigrateToV1<T>(core::marker::PhantomData<T>);

	impl<T: Config> MigrateToV1<T> {
		/// Migrates the entry after `cursor.last` in `cursor.stage`'s map and returns its raw key,
		/// or `None` when the map has no more entries.
		pub fn migrate_next(cursor: &Cursor) -> Option<RawKey> {
			let last: Option<&[u8]> = cursor.last.as_ref().map(|key| key.as_slice());
			let key = match cursor.stage {
				Stage::Communities => Self::next_community(last),
				Stage::Members => Self::next_member(last),
				Stage::Proposals => Self::next_proposal(last),
				Stage::Vouches => Self::next_vouches(last),
				Stage::Outcomes => Self::next_outcome(last),
				Stage::PendingExecutions => Self::next_pending(last),
				Stage::Receipts => Self::next_receipt(last),
			}?;
			// Keys of these maps are at most 100 bytes; a longer one cannot be one of them.
			RawKey::try_from(key).ok()
		}

		fn next_community(last: Option<&[u8]>) -> Option<Vec<u8>> {
			let mut iter = match last {
				Some(key) => v0::Communities::<T>::iter_from(key.to_vec()),
				None => v0::Communities::<T>::iter(),
			};
			let (id, old) = iter.next()?;
			Communities::<T>::insert(
				id,
				Community {
					creator: old.creator,
					deposit: Zero::zero(),
					bootstrap_limit: old.bootstrap_limit,
					whitelist_threshold: old.whitelist_threshold,
					status: old.status,
					member_count: old.member_count,
					open_proposals: old.open_proposals,
					next_proposal_id: old.next_proposal_id,
					min_turnout: T::DefaultMinTurnout::get(),
					executor: old.executor,
					proposed_executor: None,
					pending_executions: old.pending_executions,
				},
			);
			Some(Communities::<T>::hashed_key_for(id))
		}

		fn next_member(last: Option<&[u8]>) -> Option<Vec<u8>> {
			let mut iter = match last {
				Some(key) => v0::Members::<T>::iter_from(key.to_vec()),
				None => v0::Members::<T>::iter(),
			};
			let (community, who, ()) = iter.next()?;
			Members::<T>::insert(
				community,
				&who,
				Membership { deposit: Zero::zero(), open_proposals: 0 },
			);
			Some(Members::<T>::hashed_key_for(community, &who))
		}

		fn next_proposal(last: Option<&[u8]>) -> Option<Vec<u8>> {
			let mut iter = match last {
				Some(key) => v0::Proposals::<T>::iter_from(key.to_vec()),
				None => v0::Proposals::<T>::iter(),
			};
			let (community, id, old) = iter.next()?;
			Members::<T>::mutate_exists(community, &old.proposer, |membership| {
				if let Some(membership) = membership {
					membership.open_proposals = membership.open_proposals.saturating_add(1);
				}
			});
			v2::Proposals::<T>::insert(
				community,
				id,
				v2::Proposal {
					proposer: old.proposer,
					action: ProposalAction::Command,
					deposit: ProposalDeposit { command: Zero::zero(), outcome: Zero::zero() },
					metadata: old.metadata,
					deadline: old.deadline,
					aye: old.aye,
					nay: old.nay,
					voters: old.voters,
				},
			);
			Some(Proposals::<T>::hashed_key_for(community, id))
		}

		fn next_vouches(last: Option<&[u8]>) -> Option<Vec<u8>> {
			let mut iter = match last {
				Some(key) => v0::Vouches::<T>::iter_from(key.to_vec()),
				None => v0::Vouches::<T>::iter(),
			};
			let (community, candidate, old) = iter.next()?;
			let vouches: Vec<VouchOf<T>> = old
				.into_iter()
				.map(|voucher| Vouch { voucher, deposit: Zero::zero() })
				.collect();
			Vouches::<T>::insert(community, &candidate, BoundedVec::truncate_from(vouches));
			Some(Vouches::<T>::hashed_key_for(community, &candidate))
		}

		fn next_outcome(last: Option<&[u8]>) -> Option<Vec<u8>> {
			let mut iter = match last {
				Some(key) => v0::Outcomes::<T>::iter_from(key.to_vec()),
				None => v0::Outcomes::<T>::iter(),
			};
			let (community, id, old) = iter.next()?;
			// v0 never removed a community, so every outcome's community is there.
			match Communities::<T>::get(community) {
				Some(info) => Outcomes::<T>::insert(
					community,
					id,
					ProposalOutcome {
						proposer: info.creator,
						deposit: Zero::zero(),
						passed: old.passed,
						aye: old.aye,
						nay: old.nay,
						closed_at: old.closed_at,
					},
				),
				None => Outcomes::<T>::remove(community, id),
			}
			Some(Outcomes::<T>::hashed_key_for(community, id))
		}

		fn next_pending(last: Option<&[u8]>) -> Option<Vec<u8>> {
			let mut iter = match last {
				Some(key) => v0::PendingExecutions::<T>::iter_from(key.to_vec()),
				None => v0::PendingExecutions::<T>::iter(),
			};
			let (community, id, command) = iter.next()?;
			v1::PendingExecutions::<T>::insert(
				community,
				id,
				v1::QueuedCommand { command, deposit: Zero::zero() },
			);
			Some(PendingExecutions::<T>::hashed_key_for(community, id))
		}

		fn next_receipt(last: Option<&[u8]>) -> Option<Vec<u8>> {
			let mut iter = match last {
				Some(key) => v0::Receipts::<T>::iter_from(key.to_vec()),
				None => v0::Receipts::<T>::iter(),
			};
			let (community, id, old) = iter.next()?;
			v1::Receipts::<T>::insert(
				community,
				id,
				v1::ExecutionReceipt {
					executor: old.executor,
					deposit: Zero::zero(),
					outcome: old.outcome,
					output_hash: old.output_hash,
					reported_at: old.reported_at,
				},
			);
			Some(Receipts::<T>::hashed_key_for(community, id))
		}

		/// The number of entries of each migrated map, in [`Stage`] order.
		pub fn entry_counts() -> Vec<u32> {
			let count = |n: usize| n as u32;
			alloc::vec![
				count(Communities::<T>::iter_keys().count()),
				count(Members::<T>::iter_keys().count()),
				count(Proposals::<T>::iter_keys().count()),
				count(Vouches::<T>::iter_keys().count()),
				count(Outcomes::<T>::iter_keys().count()),
				count(PendingExecutions::<T>::iter_keys().count()),
				count(Receipts::<T>::iter_keys().count()),
			]
		}

		/// Checks that the migration kept every entry (`before` is [`Self::entry_counts`] taken
		/// before it), that the version is 1 and that the pallet's invariants hold.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn check(before: Vec<u32>) -> Result<(), sp_runtime::TryRuntimeError> {
			check_migrated::<T>(Self::entry_counts(), before, 1)
		}
	}

	impl<T: Config> SteppedMigration for MigrateToV1<T> {
		type Cursor = Cursor;
		type Identifier = MigrationId<13>;

		fn id() -> Self::Identifier {
			MIGRATION_ID
		}

		fn step(
			cursor: Option<Self::Cursor>,
			meter: &mut WeightMeter,
		) -> Result<Option<Self::Cursor>, SteppedMigrationError> {
			step_through::<T, _>(
				0,
				cursor.unwrap_or(Cursor { stage: Stage::Communities, last: None }),
				meter,
				T::WeightInfo::migrate_v1_step(),
				Self::migrate_next,
				Stage::next,
			)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			Ok(Self::entry_counts().encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let before =
				Vec::<u32>::decode(&mut &state[..]).map_err(|_| "the pre-upgrade state decodes")?;
			Self::check(before)
		}
	}
}

/// The v1 → v2 migration, multi-block like v1's.
pub mod v2 {
	use super::*;
	use crate::weights::WeightInfo;
	use alloc::vec::Vec;
	use frame_support::{
		migrations::{MigrationId, SteppedMigration, SteppedMigrationError},
		weights::WeightMeter,
	};

	pub use super::v1::RawKey;

	/// The identifier `pallet-migrations` keeps this migration under.
	pub const MIGRATION_ID: MigrationId<13> =
		MigrationId { pallet_id: *b"pallet-voting", version_from: 1, version_to: 2 };

	/// An open proposal up to v2: the tally inside the record, with the command.
	#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
	pub struct Proposal<AccountId, BlockNumber, Metadata, Balance, Budget> {
		pub proposer: AccountId,
		pub action: ProposalAction<AccountId, Budget>,
		pub deposit: ProposalDeposit<Balance>,
		pub metadata: Metadata,
		pub deadline: BlockNumber,
		pub aye: Tally,
		pub nay: Tally,
		pub voters: u32,
	}

	/// An open proposal of this runtime up to v2.
	pub type ProposalOf<T> = Proposal<
		<T as frame_system::Config>::AccountId,
		BlockNumberFor<T>,
		MetadataOf<T>,
		BalanceOf<T>,
		BudgetOf<T>,
	>;

	/// Open proposals up to v2.
	#[storage_alias]
	pub type Proposals<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Blake2_128Concat,
		CommunityId,
		Twox64Concat,
		ProposalId,
		ProposalOf<T>,
	>;

	/// Up to v2, the sum of each voter's vote costs, also set as its freeze.
	#[storage_alias]
	pub type FrozenBudget<T: Config> = StorageMap<
		Pallet<T>,
		Blake2_128Concat,
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		ValueQuery,
	>;

	/// The maps migrated, in order.
	#[derive(Encode, Decode, MaxEncodedLen, Clone, Copy, PartialEq, Eq, Debug, TypeInfo)]
	pub enum Stage {
		/// `PendingExecutions`.
		PendingExecutions,
		/// `Receipts`.
		Receipts,
	}

	impl Stage {
		/// The stage after this one.
		fn next(self) -> Option<Stage> {
			match self {
				Stage::PendingExecutions => Some(Stage::Receipts),
				Stage::Receipts => None,
			}
		}
	}

	/// Where the migration stands.
	pub type Cursor = StageCursor<Stage>;

	/// Translates every v1 queued job and receipt into its v2 form (see the module docs), then
	/// sets storage version 2. Does nothing on a chain that is not at version 1.
	pub struct MigrateToV2<T>(core::marker::PhantomData<T>);

	impl<T: Config> MigrateToV2<T> {
		/// Migrates the entry after `cursor.last` in `cursor.stage`'s map and returns its raw key,
		/// or `None` when the map has no more entries.
		pub fn migrate_next(cursor: &Cursor) -> Option<RawKey> {
			let last: Option<&[u8]> = cursor.last.as_ref().map(|key| key.as_slice());
			let key = match cursor.stage {
				Stage::PendingExecutions => Self::next_pending(last),
				Stage::Receipts => Self::next_receipt(last),
			}?;
			RawKey::try_from(key).ok()
		}

		fn next_pending(last: Option<&[u8]>) -> Option<Vec<u8>> {
			let mut iter = match last {
				Some(key) => v1::PendingExecutions::<T>::iter_from(key.to_vec()),
				None => v1::PendingExecutions::<T>::iter(),
			};
			let (community, id, old) = iter.next()?;
			// A queued command's outcome is kept while it is queued; without one (never in v1)
			// the creator stands in, as in v1's migration.
			let outcome = Outcomes::<T>::get(community, id);
			let depositor = match outcome.as_ref() {
				Some(outcome) => Some(outcome.proposer.clone()),
				None => Communities::<T>::get(community).map(|info| info.creator),
			};
			match depositor {
				Some(depositor) => PendingExecutions::<T>::insert(
					community,
					id,
					QueuedCommand {
						command: old.command,
						kind: JobKind::Voted,
						depositor,
						deposit: old.deposit,
						budget: Zero::zero(),
						queued_at: outcome.map(|o| o.closed_at).unwrap_or_else(Zero::zero),
					},
				),
				None => PendingExecutions::<T>::remove(community, id),
			}
			Some(PendingExecutions::<T>::hashed_key_for(community, id))
		}

		fn next_receipt(last: Option<&[u8]>) -> Option<Vec<u8>> {
			let mut iter = match last {
				Some(key) => v1::Receipts::<T>::iter_from(key.to_vec()),
				None => v1::Receipts::<T>::iter(),
			};
			let (community, id, old) = iter.next()?;
			Receipts::<T>::insert(
				community,
				id,
				ExecutionReceipt {
					executor: old.executor,
					deposit: old.deposit,
					outcome: old.outcome,
					output_hash: old.output_hash,
					reported_at: old.reported_at,
					settlement: Settlement::Unpaid,
				},
			);
			Some(Receipts::<T>::hashed_key_for(community, id))
		}

		/// The number of entries of each migrated map, in [`Stage`] order.
		pub fn entry_counts() -> Vec<u32> {
			alloc::vec![
				PendingExecutions::<T>::iter_keys().count() as u32,
				Receipts::<T>::iter_keys().count() as u32,
			]
		}

		/// Checks that the migration kept every entry (`before` is [`Self::entry_counts`] taken
		/// before it), that the version is 2 and that the pallet's invariants hold.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn check(before: Vec<u32>) -> Result<(), sp_runtime::TryRuntimeError> {
			check_migrated::<T>(Self::entry_counts(), before, 2)
		}
	}

	impl<T: Config> SteppedMigration for MigrateToV2<T> {
		type Cursor = Cursor;
		type Identifier = MigrationId<13>;

		fn id() -> Self::Identifier {
			MIGRATION_ID
		}

		fn step(
			cursor: Option<Self::Cursor>,
			meter: &mut WeightMeter,
		) -> Result<Option<Self::Cursor>, SteppedMigrationError> {
			step_through::<T, _>(
				1,
				cursor.unwrap_or(Cursor { stage: Stage::PendingExecutions, last: None }),
				meter,
				T::WeightInfo::migrate_v2_step(),
				Self::migrate_next,
				Stage::next,
			)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			Ok(Self::entry_counts().encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let before =
				Vec::<u32>::decode(&mut &state[..]).map_err(|_| "the pre-upgrade state decodes")?;
			Self::check(before)
		}
	}
}

pub mod v3 {
	use super::*;
	use crate::weights::WeightInfo;
	use alloc::vec::Vec;
	use frame_support::{
		migrations::{MigrationId, SteppedMigration, SteppedMigrationError},
		weights::WeightMeter,
	};

	pub use super::v1::RawKey;

	/// The identifier `pallet-migrations` keeps this migration under.
	pub const MIGRATION_ID: MigrationId<13> =
		MigrationId { pallet_id: *b"pallet-voting", version_from: 2, version_to: 3 };

	/// An open proposal's deadline and tally in v3 (no serial number).
	#[derive(Clone, Copy, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
	pub struct ProposalTally<BlockNumber> {
		pub deadline: BlockNumber,
		pub aye: Tally,
		pub nay: Tally,
		pub voters: u32,
	}

	/// The tallies of open proposals in v3.
	#[storage_alias]
	pub type Tallies<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Blake2_128Concat,
		CommunityId,
		Twox64Concat,
		ProposalId,
		ProposalTally<BlockNumberFor<T>>,
	>;

	/// One account's vote on one proposal, up to v3.
	#[derive(Clone, Copy, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
	pub struct Vote<Balance> {
		pub aye: bool,
		pub power: VotePower,
		pub cost: Balance,
	}

	/// Per community and account, up to v3: its outstanding votes there and their latest
	/// deadline.
	#[derive(
		Clone, Copy, Default, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
	)]
	pub struct VoterLedger<BlockNumber> {
		pub outstanding: u32,
		pub latest_deadline: BlockNumber,
	}

	/// Outstanding votes by (community, proposal) and voter, up to v3.
	#[storage_alias]
	pub type Votes<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Blake2_128Concat,
		(CommunityId, ProposalId),
		Blake2_128Concat,
		<T as frame_system::Config>::AccountId,
		Vote<BalanceOf<T>>,
	>;

	/// The voter ledgers, up to v3.
	#[storage_alias]
	pub type VoterLedgers<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Blake2_128Concat,
		CommunityId,
		Blake2_128Concat,
		<T as frame_system::Config>::AccountId,
		VoterLedger<BlockNumberFor<T>>,
		ValueQuery,
	>;

	/// The maps migrated, in order.
	#[derive(Encode, Decode, MaxEncodedLen, Clone, Copy, PartialEq, Eq, Debug, TypeInfo)]
	pub enum Stage {
		/// `Proposals`, each split into its record and its tally.
		Proposals,
		/// `FrozenBudget`, removed.
		FrozenBudget,
	}

	impl Stage {
		/// The stage after this one.
		fn next(self) -> Option<Stage> {
			match self {
				Stage::Proposals => Some(Stage::FrozenBudget),
				Stage::FrozenBudget => None,
			}
		}
	}

	/// Where the migration stands.
	pub type Cursor = StageCursor<Stage>;

	/// Splits every v2 open proposal into its v3 record and tally and removes `FrozenBudget`
	/// (see the module docs), then sets storage version 3. Does nothing on a chain that is not
	/// at version 2.
	pub struct MigrateToV3<T>(core::marker::PhantomData<T>);

	impl<T: Config> MigrateToV3<T> {
		/// Migrates the entry after `cursor.last` in `cursor.stage`'s map and returns its raw key,
		/// or `None` when the map has no more entries.
		pub fn migrate_next(cursor: &Cursor) -> Option<RawKey> {
			let key = match cursor.stage {
				Stage::Proposals => Self::next_proposal(cursor.last.as_ref()),
				// Each entry is removed, so the next one is always the first left.
				Stage::FrozenBudget => Self::next_budget(),
			}?;
			RawKey::try_from(key).ok()
		}

		fn next_proposal(last: Option<&RawKey>) -> Option<Vec<u8>> {
			let mut iter = match last {
				Some(key) => v2::Proposals::<T>::iter_from(key.to_vec()),
				None => v2::Proposals::<T>::iter(),
			};
			let (community, id, old) = iter.next()?;
			Tallies::<T>::insert(
				community,
				id,
				ProposalTally {
					deadline: old.deadline,
					aye: old.aye,
					nay: old.nay,
					voters: old.voters,
				},
			);
			Proposals::<T>::insert(
				community,
				id,
				Proposal {
					proposer: old.proposer,
					action: old.action,
					deposit: old.deposit,
					metadata: old.metadata,
				},
			);
			Some(Proposals::<T>::hashed_key_for(community, id))
		}

		fn next_budget() -> Option<Vec<u8>> {
			let who = v2::FrozenBudget::<T>::iter_keys().next()?;
			let key = v2::FrozenBudget::<T>::hashed_key_for(&who);
			v2::FrozenBudget::<T>::remove(&who);
			Some(key)
		}

		/// The number of open proposals, and of `FrozenBudget` entries whose amount is not the
		/// account's freeze (0 on a sound chain).
		pub fn entry_counts() -> Vec<u32> {
			let wrong = v2::FrozenBudget::<T>::iter()
				.filter(|(who, budget)| Pallet::<T>::frozen_budget(who) != *budget)
				.count();
			alloc::vec![Proposals::<T>::iter_keys().count() as u32, wrong as u32]
		}

		/// Checks that the migration kept every open proposal (`before` is
		/// [`Self::entry_counts`] taken before it, when every budget equalled its freeze), gave
		/// each one its tally, removed every budget, set version 3 and that the pallet's
		/// invariants hold.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn check(before: Vec<u32>) -> Result<(), sp_runtime::TryRuntimeError> {
			ensure!(before.get(1) == Some(&0), "a budget differed from its freeze before");
			ensure!(
				v2::FrozenBudget::<T>::iter_keys().next().is_none(),
				"a FrozenBudget entry is left"
			);
			// `try_state` (run at version 3) checks that each open proposal has its tally.
			check_migrated::<T>(Self::entry_counts(), before, 3)
		}
	}

	impl<T: Config> SteppedMigration for MigrateToV3<T> {
		type Cursor = Cursor;
		type Identifier = MigrationId<13>;

		fn id() -> Self::Identifier {
			MIGRATION_ID
		}

		fn step(
			cursor: Option<Self::Cursor>,
			meter: &mut WeightMeter,
		) -> Result<Option<Self::Cursor>, SteppedMigrationError> {
			step_through::<T, _>(
				2,
				cursor.unwrap_or(Cursor { stage: Stage::Proposals, last: None }),
				meter,
				T::WeightInfo::migrate_v3_step(),
				Self::migrate_next,
				Stage::next,
			)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			let counts = Self::entry_counts();
			ensure!(counts.get(1) == Some(&0), "a FrozenBudget entry differs from its freeze");
			Ok(counts.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let before =
				Vec::<u32>::decode(&mut &state[..]).map_err(|_| "the pre-upgrade state decodes")?;
			Self::check(before)
		}
	}
}

pub mod v4 {
	use super::*;
	use crate::weights::WeightInfo;
	use alloc::vec::Vec;
	use frame_support::{
		migrations::{MigrationId, SteppedMigration, SteppedMigrationError},
		weights::WeightMeter,
	};

	pub use super::v1::RawKey;

	/// The identifier `pallet-migrations` keeps this migration under.
	pub const MIGRATION_ID: MigrationId<13> =
		MigrationId { pallet_id: *b"pallet-voting", version_from: 3, version_to: 4 };

	/// The maps migrated, in order.
	#[derive(Encode, Decode, MaxEncodedLen, Clone, Copy, PartialEq, Eq, Debug, TypeInfo)]
	pub enum Stage {
		/// `Tallies`, each given a serial number.
		Tallies,
		/// `Votes`, each moved into its voter's record (or dropped if final).
		Votes,
		/// `VoterLedgers`, removed.
		VoterLedgers,
	}

	impl Stage {
		/// The stage after this one.
		fn next(self) -> Option<Stage> {
			match self {
				Stage::Tallies => Some(Stage::Votes),
				Stage::Votes => Some(Stage::VoterLedgers),
				Stage::VoterLedgers => None,
			}
		}
	}

	/// Where the migration stands.
	pub type Cursor = StageCursor<Stage>;

	/// Gives every open proposal's tally a serial number, moves every v3 vote that is still live
	/// into its voter's [`Voter`] record and removes the rest, then removes the voter ledgers
	/// (see the module docs), and sets storage version 4.
	/// Does nothing on a chain that is not at version 3.
	pub struct MigrateToV4<T>(core::marker::PhantomData<T>);

	impl<T: Config> MigrateToV4<T> {
		/// Migrates the entry after `cursor.last` in `cursor.stage`'s map (votes and ledgers
		/// are removed, so theirs is always the first left) and returns its raw key, or `None`
		/// when the map has no more entries.
		pub fn migrate_next(cursor: &Cursor) -> Option<RawKey> {
			let key = match cursor.stage {
				Stage::Tallies => Self::next_tally(cursor.last.as_ref()),
				Stage::Votes => Self::next_vote(),
				Stage::VoterLedgers => Self::next_ledger(),
			}?;
			RawKey::try_from(key).ok()
		}

		fn next_tally(last: Option<&RawKey>) -> Option<Vec<u8>> {
			let mut iter = match last {
				Some(key) => v3::Tallies::<T>::iter_from(key.to_vec()),
				None => v3::Tallies::<T>::iter(),
			};
			let (community, id, old) = iter.next()?;
			let serial = NextProposalSerial::<T>::get();
			NextProposalSerial::<T>::put(serial.saturating_add(1));
			Tallies::<T>::insert(
				community,
				id,
				ProposalTally {
					serial,
					deadline: old.deadline,
					aye: old.aye,
					nay: old.nay,
					voters: old.voters,
				},
			);
			Some(Tallies::<T>::hashed_key_for(community, id))
		}

		fn next_vote() -> Option<Vec<u8>> {
			let ((community, proposal), who, vote) = v3::Votes::<T>::iter().next()?;
			let key = v3::Votes::<T>::hashed_key_for((community, proposal), &who);
			v3::Votes::<T>::remove((community, proposal), &who);
			let now = frame_system::Pallet::<T>::block_number();
			// A vote on a closed proposal, or one whose deadline has passed, is final: it is
			// dropped, and its cost stays in the budget (the freeze) until the voter lowers it.
			let Some(tally) =
				Tallies::<T>::get(community, proposal).filter(|tally| tally.accepts_votes_at(now))
			else {
				return Some(key);
			};
			let cast = CastVote {
				community,
				proposal,
				serial: tally.serial,
				deadline: tally.deadline,
				aye: vote.aye,
				power: vote.power,
				cost: vote.cost,
			};
			let mut voter =
				Voters::<T>::get(&who).unwrap_or_else(|| VoterOf::<T>::new(Zero::zero()));
			if voter.votes.try_push(cast).is_err() {
				// More live votes than `MaxVotesPerVoter` (v3 had no bound): this one is
				// retracted (taken off its tally, its cost free in the budget), so that the
				// voter, who has no record of it, cannot count twice by voting again.
				let mut tally = tally;
				if tally.remove_vote(vote.aye, vote.power).is_some() {
					Tallies::<T>::insert(community, proposal, tally);
				}
				log::warn!(
					target: "runtime::voting",
					"v4 migration: a voter has more than MaxVotesPerVoter live votes; one is retracted"
				);
			}
			Voters::<T>::insert(&who, voter);
			Some(key)
		}

		fn next_ledger() -> Option<Vec<u8>> {
			let (community, who) = v3::VoterLedgers::<T>::iter_keys().next()?;
			let key = v3::VoterLedgers::<T>::hashed_key_for(community, &who);
			v3::VoterLedgers::<T>::remove(community, &who);
			Some(key)
		}

		/// The number of open proposals, of live votes (on proposals that accept votes: the
		/// v3 votes before the migration, those in the voters' records after it; at most
		/// `MaxVotesPerVoter` counted per voter, the ones the migration keeps) and of accounts
		/// whose freeze does not cover their live votes' costs (0 on a sound chain).
		pub fn entry_counts() -> Vec<u32> {
			use frame_support::traits::GetStorageVersion;
			let now = frame_system::Pallet::<T>::block_number();
			let before = Pallet::<T>::on_chain_storage_version() < StorageVersion::new(4);
			let live = |community, proposal| {
				if before {
					v3::Tallies::<T>::get(community, proposal).is_some_and(|t| now < t.deadline)
				} else {
					Tallies::<T>::get(community, proposal).is_some_and(|t| t.accepts_votes_at(now))
				}
			};
			let open = Proposals::<T>::iter_keys().count() as u32;
			// Per voter: the number and the summed costs of its live votes.
			let mut voters: alloc::collections::BTreeMap<T::AccountId, (u32, BalanceOf<T>)> =
				Default::default();
			let mut count = |who: T::AccountId, cost: BalanceOf<T>| {
				let (votes, sum) = voters.entry(who).or_insert_with(|| (0, Zero::zero()));
				*votes = votes.saturating_add(1);
				*sum = sum.saturating_add(cost);
			};
			for ((community, proposal), who, vote) in v3::Votes::<T>::iter() {
				if live(community, proposal) {
					count(who, vote.cost);
				}
			}
			for (who, voter) in Voters::<T>::iter() {
				for vote in voter.votes.iter().filter(|vote| vote.is_live_at(&now)) {
					count(who.clone(), vote.cost);
				}
			}
			let votes = voters
				.values()
				.map(|(votes, _)| (*votes).min(T::MaxVotesPerVoter::get()))
				.fold(0u32, |total, votes| total.saturating_add(votes));
			let short = voters
				.iter()
				.filter(|(who, (_, sum))| Pallet::<T>::frozen_budget(who) < *sum)
				.count();
			alloc::vec![open, votes, short as u32]
		}

		/// Checks that the migration kept every live vote (`before` is [`Self::entry_counts`]
		/// taken before it), removed the v3 maps, set version 4 and that the pallet's
		/// invariants hold.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn check(before: Vec<u32>) -> Result<(), sp_runtime::TryRuntimeError> {
			ensure!(before.get(2) == Some(&0), "a freeze did not cover its votes before");
			ensure!(v3::Votes::<T>::iter_keys().next().is_none(), "a v3 vote is left");
			ensure!(
				v3::VoterLedgers::<T>::iter_keys().next().is_none(),
				"a v3 voter ledger is left"
			);
			check_migrated::<T>(Self::entry_counts(), before, 4)
		}
	}

	impl<T: Config> SteppedMigration for MigrateToV4<T> {
		type Cursor = Cursor;
		type Identifier = MigrationId<13>;

		fn id() -> Self::Identifier {
			MIGRATION_ID
		}

		fn step(
			cursor: Option<Self::Cursor>,
			meter: &mut WeightMeter,
		) -> Result<Option<Self::Cursor>, SteppedMigrationError> {
			step_through::<T, _>(
				3,
				cursor.unwrap_or(Cursor { stage: Stage::Tallies, last: None }),
				meter,
				T::WeightInfo::migrate_v4_step(),
				Self::migrate_next,
				Stage::next,
			)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			let counts = Self::entry_counts();
			ensure!(counts.get(2) == Some(&0), "a freeze does not cover its votes");
			Ok(counts.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let before =
				Vec::<u32>::decode(&mut &state[..]).map_err(|_| "the pre-upgrade state decodes")?;
			Self::check(before)
		}
	}
}
