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
//! [`v1::MigrateToV1`] translates every entry in one block. That is right for the chains that
//! ran v0 (development chains with a handful of entries); its weight is the reads and writes it
//! does. `pre_upgrade`/`post_upgrade` (try-runtime) check that no entry is lost and that the
//! pallet's invariants hold afterwards.

use crate::{pallet::*, types::*};
use frame_support::{
	pallet_prelude::*,
	storage_alias,
	traits::{Get, UncheckedOnRuntimeUpgrade},
	weights::Weight,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Zero;

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

/// The v0 → v1 migration.
pub mod v1 {
	use super::*;
	use alloc::{collections::btree_map::BTreeMap, vec::Vec};

	/// Translates every v0 record into its v1 form, with a zero deposit (see the module docs).
	/// Use it through [`MigrateToV1`], which runs it only on a v0 chain and then sets v1.
	pub struct UncheckedMigrateToV1<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedMigrateToV1<T> {
		/// The number of entries of each migrated map, in a fixed order.
		pub fn entry_counts() -> Vec<u32> {
			let count = |n: usize| n as u32;
			alloc::vec![
				count(Communities::<T>::iter_keys().count()),
				count(Members::<T>::iter_keys().count()),
				count(Vouches::<T>::iter_keys().count()),
				count(Proposals::<T>::iter_keys().count()),
				count(Outcomes::<T>::iter_keys().count()),
				count(PendingExecutions::<T>::iter_keys().count()),
				count(Receipts::<T>::iter_keys().count()),
			]
		}

		/// Checks that the migration kept every entry (`before` is [`Self::entry_counts`] taken
		/// before it) and that the pallet's invariants hold.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn check(before: Vec<u32>) -> Result<(), sp_runtime::TryRuntimeError> {
			frame_support::ensure!(Self::entry_counts() == before, "the migration lost entries");
			Pallet::<T>::do_try_state()
		}
	}

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut reads: u64 = 0;
			let mut writes: u64 = 0;

			let creators: BTreeMap<CommunityId, T::AccountId> =
				v0::Communities::<T>::iter().map(|(id, c)| (id, c.creator)).collect();
			reads = reads.saturating_add(creators.len() as u64);
			Communities::<T>::translate::<v0::Community<T::AccountId>, _>(|_, old| {
				writes = writes.saturating_add(1);
				Some(Community {
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
				})
			});

			let mut open_by: BTreeMap<(CommunityId, T::AccountId), u32> = BTreeMap::new();
			Proposals::<T>::translate::<
				v0::Proposal<T::AccountId, BlockNumberFor<T>, MetadataOf<T>>,
				_,
			>(|community, _, old| {
				writes = writes.saturating_add(1);
				let open = open_by.entry((community, old.proposer.clone())).or_default();
				*open = open.saturating_add(1);
				Some(Proposal {
					proposer: old.proposer,
					action: ProposalAction::Command,
					deposit: ProposalDeposit { command: Zero::zero(), outcome: Zero::zero() },
					metadata: old.metadata,
					deadline: old.deadline,
					aye: old.aye,
					nay: old.nay,
					voters: old.voters,
				})
			});
			Members::<T>::translate::<(), _>(|community, who, ()| {
				writes = writes.saturating_add(1);
				let open_proposals = open_by.get(&(community, who)).copied().unwrap_or(0);
				Some(Membership { deposit: Zero::zero(), open_proposals })
			});
			Vouches::<T>::translate::<BoundedVec<T::AccountId, T::MaxWhitelistThreshold>, _>(
				|_, _, old| {
					writes = writes.saturating_add(1);
					let vouches: Vec<VouchOf<T>> = old
						.into_iter()
						.map(|voucher| Vouch { voucher, deposit: Zero::zero() })
						.collect();
					Some(BoundedVec::truncate_from(vouches))
				},
			);
			Outcomes::<T>::translate::<v0::ProposalOutcome<BlockNumberFor<T>>, _>(
				|community, _, old| {
					writes = writes.saturating_add(1);
					let proposer = creators.get(&community)?.clone();
					Some(ProposalOutcome {
						proposer,
						deposit: Zero::zero(),
						passed: old.passed,
						aye: old.aye,
						nay: old.nay,
						closed_at: old.closed_at,
					})
				},
			);
			PendingExecutions::<T>::translate::<MetadataOf<T>, _>(|_, _, command| {
				writes = writes.saturating_add(1);
				Some(QueuedCommand { command, deposit: Zero::zero() })
			});
			Receipts::<T>::translate::<v0::ExecutionReceipt<T::AccountId, BlockNumberFor<T>>, _>(
				|_, _, old| {
					writes = writes.saturating_add(1);
					Some(ExecutionReceipt {
						executor: old.executor,
						deposit: Zero::zero(),
						outcome: old.outcome,
						output_hash: old.output_hash,
						reported_at: old.reported_at,
					})
				},
			);

			reads = reads.saturating_add(writes);
			T::DbWeight::get().reads_writes(reads, writes)
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

	/// [`UncheckedMigrateToV1`], run only while the on-chain version is 0; sets version 1.
	pub type MigrateToV1<T> = frame_support::migrations::VersionedMigration<
		0,
		1,
		UncheckedMigrateToV1<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
