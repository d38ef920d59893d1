//! Storage migrations of pallet-consensus.
//!
//! ## v0 → v1: uids, packed rows, one metagraph per model
//! Version 1 gives every peer a dense `u16` uid in its model ([`Peer::uid`], [`Keys`],
//! [`Roster`], [`Model::uids`], [`Model::maturing`]), stores submissions as rows by uid
//! tagged with their epoch with a participation bitmap ([`Submissions`], [`Participants`]),
//! keeps each model's results as one [`Metagraphs`] entry, queues effects
//! ([`PendingEffects`], [`Leaving`]) and credits rewards for the peers to claim
//! ([`UnclaimedRewards`], [`LeftRewards`], [`RewardsOwed`]).
//!
//! [`v1::MigrateToV1`] runs in one block: v0 bounded a model to 64 peers (the runtime's
//! `MaxModelPeers` then) and the chain to 16 models, so it touches at most ~1,024 peers, their
//! submissions (of at most 64 entries each) and results. Uids are given in storage order. A
//! v0 submission of the open epoch becomes a row of the same entries (a peer id no longer in
//! the model is dropped, as v0's consensus ignored it), so nothing submitted is lost; results
//! of peers that had left are dropped (v0 kept them only until the next formed epoch); an
//! account over `MaxAccountPenaltyCount` gets a leave mark in each of its models (v0 removed
//! it there at the next formed consensus). `EpochParticipation`, `Unconfirms` and
//! `ConsensusResults` are removed.

use crate::{pallet::*, types::*};
use alloc::{collections::btree_map::BTreeMap, vec::Vec};
use frame_support::{
	migrations::VersionedMigration, pallet_prelude::*, storage_alias,
	traits::UncheckedOnRuntimeUpgrade,
};
use sp_runtime::traits::{Saturating, Zero};

/// The storage layout of version 0.
pub mod v0 {
	use super::*;

	/// A v0 peer: no uid.
	#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
	pub struct Peer<Balance, PeerId> {
		/// The peer's network identity.
		pub peer_id: PeerId,
		/// Its stake.
		pub stake: Balance,
		/// The epoch it joined in.
		pub joined_epoch: Epoch,
	}

	/// A v0 model: no uids.
	#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
	pub struct Model<Path> {
		/// Its path.
		pub path: Path,
		/// The epoch it was registered in.
		pub registered_epoch: Epoch,
		/// Its peers.
		pub peer_count: u32,
		/// Epochs skipped for model errors.
		pub errors: u32,
	}

	/// A v0 submission entry: a score by peer id.
	#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
	pub struct ModelPeerData<PeerId> {
		/// The scored peer.
		pub peer_id: PeerId,
		/// Its score.
		pub score: u32,
	}

	/// A v0 result, one storage entry per peer.
	#[derive(Clone, Copy, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
	pub struct PeerResult<Balance> {
		/// The epoch.
		pub epoch: Epoch,
		/// The consensus score.
		pub score: Option<u32>,
		/// In consensus.
		pub in_consensus: bool,
		/// Penalties.
		pub penalties: u32,
		/// The reward paid.
		pub reward: Balance,
	}

	/// The v0 cursor.
	#[derive(Clone, Copy, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
	pub struct ConsensusProgress {
		/// The epoch being closed.
		pub epoch: Epoch,
		/// The next model to evaluate.
		pub next_model: ModelId,
	}

	/// v0 `Peers`.
	#[storage_alias]
	pub type Peers<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Twox64Concat,
		ModelId,
		Blake2_128Concat,
		<T as frame_system::Config>::AccountId,
		Peer<BalanceOf<T>, PeerIdOf<T>>,
	>;

	/// v0 `Models`.
	#[storage_alias]
	pub type Models<T: Config> = StorageMap<Pallet<T>, Twox64Concat, ModelId, Model<PathOf<T>>>;

	/// v0 `Submissions`.
	#[storage_alias]
	pub type Submissions<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Twox64Concat,
		ModelId,
		Blake2_128Concat,
		<T as frame_system::Config>::AccountId,
		BoundedVec<ModelPeerData<PeerIdOf<T>>, <T as Config>::MaxModelPeers>,
	>;

	/// v0 `Unconfirms`.
	#[storage_alias]
	pub type Unconfirms<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Twox64Concat,
		ModelId,
		Blake2_128Concat,
		<T as frame_system::Config>::AccountId,
		(),
	>;

	/// v0 `EpochParticipation`.
	#[storage_alias]
	pub type EpochParticipation<T: Config> =
		StorageMap<Pallet<T>, Twox64Concat, ModelId, (u32, u32), ValueQuery>;

	/// v0 `ConsensusResults`.
	#[storage_alias]
	pub type ConsensusResults<T: Config> = StorageDoubleMap<
		Pallet<T>,
		Twox64Concat,
		ModelId,
		Blake2_128Concat,
		<T as frame_system::Config>::AccountId,
		PeerResult<BalanceOf<T>>,
	>;

	/// v0 `ConsensusCursor`.
	#[storage_alias]
	pub type ConsensusCursor<T: Config> = StorageValue<Pallet<T>, ConsensusProgress>;
}

/// The migration to version 1.
pub mod v1 {
	use super::*;

	/// A v0 peer entry: model, account, record.
	type OldPeer<T> =
		(ModelId, <T as frame_system::Config>::AccountId, v0::Peer<BalanceOf<T>, PeerIdOf<T>>);
	/// A v0 result entry: model, account, result.
	type OldResult<T> =
		(ModelId, <T as frame_system::Config>::AccountId, v0::PeerResult<BalanceOf<T>>);
	/// A v1 metagraph being built: its epoch and results by uid.
	type Building<T> = (Epoch, Vec<Option<PeerResult<BalanceOf<T>>>>);

	/// Entry counts a migration must keep, taken before and after it.
	#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, Default)]
	pub struct Counts {
		/// Models.
		pub models: u32,
		/// Peers, across models.
		pub peers: u32,
		/// Submission entries that score a peer of the model, across models.
		pub scores: u32,
		/// Submitters and unconfirmers, across models.
		pub participants: u32,
	}

	/// The v0 → v1 migration body (see the module docs); [`MigrateToV1`] runs it once, at
	/// storage version 0.
	pub struct InnerMigrateToV1<T>(core::marker::PhantomData<T>);

	impl<T: Config> InnerMigrateToV1<T> {
		/// The counts of a v0 layout.
		pub fn v0_counts() -> Counts {
			let mut counts = Counts {
				models: v0::Models::<T>::iter_keys().count() as u32,
				peers: v0::Peers::<T>::iter_keys().count() as u32,
				..Default::default()
			};
			for (model, _, data) in v0::Submissions::<T>::iter() {
				let kept = data
					.iter()
					.filter(|d| PeerAccounts::<T>::contains_key(model, &d.peer_id))
					.count();
				counts.scores = counts.scores.saturating_add(kept as u32);
				counts.participants = counts.participants.saturating_add(1);
			}
			counts.participants = counts
				.participants
				.saturating_add(v0::Unconfirms::<T>::iter_keys().count() as u32);
			counts
		}

		/// The counts of the v1 layout.
		pub fn v1_counts() -> Counts {
			let mut counts = Counts {
				models: Models::<T>::iter_keys().count() as u32,
				peers: Peers::<T>::iter_keys().count() as u32,
				..Default::default()
			};
			for row in Submissions::<T>::iter_values() {
				counts.scores = counts.scores.saturating_add(row.scores.len() as u32);
			}
			for participation in Participants::<T>::iter_values() {
				counts.participants = counts
					.participants
					.saturating_add(participation.submitted.len())
					.saturating_add(participation.unconfirmed.len());
			}
			counts
		}

		/// The epoch that v0's per-epoch state (submissions, unconfirms) belongs to: the one
		/// being closed if a consensus step is running or about to run in this block, else
		/// the current one.
		fn open_epoch(cursor: Option<v0::ConsensusProgress>) -> Epoch {
			if let Some(cursor) = cursor {
				return cursor.epoch;
			}
			let now = frame_system::Pallet::<T>::block_number();
			let length = T::EpochLength::get();
			let current = Pallet::<T>::current_epoch();
			if !length.is_zero() && (now % length).is_zero() {
				current.saturating_sub(1)
			} else {
				current
			}
		}

		/// Migrates everything; returns the number of reads and writes.
		pub fn migrate() -> (u64, u64) {
			let (mut reads, mut writes) = (0u64, 0u64);
			let cursor = v0::ConsensusCursor::<T>::take();
			reads.saturating_accrue(1);
			writes.saturating_accrue(1);
			if let Some(old) = cursor {
				ConsensusCursor::<T>::put(ConsensusProgress {
					epoch: old.epoch,
					next_model: old.next_model,
					stage: ConsensusStage::Form,
				});
			}
			let open = Self::open_epoch(cursor);

			// Peers: uids in storage order.
			let old_peers: Vec<OldPeer<T>> = v0::Peers::<T>::drain().collect();
			reads.saturating_accrue(old_peers.len() as u64);
			let mut rosters: BTreeMap<ModelId, Vec<Option<Epoch>>> = BTreeMap::new();
			let mut uids: BTreeMap<(ModelId, T::AccountId), Uid> = BTreeMap::new();
			for (model, account, old) in old_peers {
				let roster = rosters.entry(model).or_default();
				let Ok(uid) = Uid::try_from(roster.len()) else { continue };
				roster.push(Some(old.joined_epoch));
				Keys::<T>::insert(model, uid, &account);
				Peers::<T>::insert(
					model,
					&account,
					Peer {
						uid,
						peer_id: old.peer_id,
						stake: old.stake,
						joined_epoch: old.joined_epoch,
					},
				);
				uids.insert((model, account), uid);
				writes.saturating_accrue(2);
			}

			// Models: uids and maturing counts.
			let current = Pallet::<T>::current_epoch();
			let old_models: Vec<(ModelId, v0::Model<PathOf<T>>)> =
				v0::Models::<T>::drain().collect();
			reads.saturating_accrue(old_models.len() as u64);
			for (id, old) in old_models {
				let roster = rosters.remove(&id).unwrap_or_default();
				let mut info = Model {
					path: old.path,
					registered_epoch: old.registered_epoch,
					peer_count: 0,
					uids: roster.len() as u32,
					maturing: BoundedVec::default(),
					errors: old.errors,
				};
				for joined in roster.iter().flatten() {
					// Entries of mature peers are dropped as the next one is noted.
					let _ = info.note_join(*joined, |j, _| Pallet::<T>::may_submit_at(j, current));
				}
				info.maturing.retain(|count| !Pallet::<T>::may_submit_at(count.epoch, current));
				info.peer_count = roster.iter().flatten().count() as u32;
				Models::<T>::insert(id, info);
				Roster::<T>::insert(id, BoundedVec::truncate_from(roster));
				writes.saturating_accrue(2);
			}

			// Submissions and unconfirms of the open epoch: rows by uid and participation bits.
			let old_rows: Vec<(ModelId, T::AccountId, _)> = v0::Submissions::<T>::drain().collect();
			let old_unconfirms: Vec<(ModelId, T::AccountId)> =
				v0::Unconfirms::<T>::drain().map(|(m, a, ())| (m, a)).collect();
			reads.saturating_accrue(old_rows.len().saturating_add(old_unconfirms.len()) as u64);
			writes.saturating_accrue(old_rows.len().saturating_add(old_unconfirms.len()) as u64);
			let mut participation: BTreeMap<ModelId, ParticipationOf<T>> = BTreeMap::new();
			for (model, account, data) in old_rows {
				let Some(&uid) = uids.get(&(model, account)) else { continue };
				let mut scores: Vec<PeerScore> = data
					.iter()
					.filter_map(|entry| {
						let scored = PeerAccounts::<T>::get(model, &entry.peer_id)?;
						let uid = *uids.get(&(model, scored))?;
						Some(PeerScore { uid, score: Score::try_from(entry.score).ok()? })
					})
					.collect();
				reads.saturating_accrue(data.len() as u64);
				scores.sort_by_key(|entry| entry.uid);
				scores.dedup_by_key(|entry| entry.uid);
				let entries = scores.len() as u32;
				Submissions::<T>::insert(
					model,
					uid,
					ScoreRow { epoch: open, scores: BoundedVec::truncate_from(scores) },
				);
				let record =
					participation.entry(model).or_insert_with(|| Participation::empty(open));
				let _ = record.submitted.insert(uid);
				record.entries = record.entries.saturating_add(entries);
			}
			for (model, account) in old_unconfirms {
				let Some(&uid) = uids.get(&(model, account)) else { continue };
				let _ = participation
					.entry(model)
					.or_insert_with(|| Participation::empty(open))
					.unconfirmed
					.insert(uid);
			}
			for (model, participation) in participation {
				Participants::<T>::insert(model, participation);
				writes.saturating_accrue(1);
			}
			let counters = v0::EpochParticipation::<T>::drain().count() as u64;
			reads.saturating_accrue(counters);
			writes.saturating_accrue(counters);

			// Results: one metagraph per model, for the peers still in it.
			let old_results: Vec<OldResult<T>> = v0::ConsensusResults::<T>::drain().collect();
			reads.saturating_accrue(old_results.len() as u64);
			writes.saturating_accrue(old_results.len() as u64);
			let mut metagraphs: BTreeMap<ModelId, Building<T>> = BTreeMap::new();
			for (model, account, old) in old_results {
				let Some(&uid) = uids.get(&(model, account)) else { continue };
				let entry = metagraphs.entry(model).or_insert_with(|| (old.epoch, Vec::new()));
				entry.0 = entry.0.max(old.epoch);
				let index = usize::from(uid);
				if entry.1.len() <= index {
					entry.1.resize(index.saturating_add(1), None);
				}
				if let Some(slot) = entry.1.get_mut(index) {
					*slot = Some(PeerResult {
						score: old.score.and_then(|s| Score::try_from(s).ok()),
						in_consensus: old.in_consensus,
						penalties: u16::try_from(old.penalties).unwrap_or(u16::MAX),
						reward: old.reward,
					});
				}
			}
			for (model, (epoch, results)) in metagraphs {
				Metagraphs::<T>::insert(
					model,
					Metagraph { epoch, results: BoundedVec::truncate_from(results) },
				);
				writes.saturating_accrue(1);
			}

			// Accounts over the penalty limit leave each of their models at its next step.
			let limit = T::MaxAccountPenaltyCount::get();
			for ((model, account), uid) in &uids {
				reads.saturating_accrue(1);
				if AccountPenaltyCount::<T>::get(account) > limit {
					Leaving::<T>::mutate(model, |leaving| {
						let _ = leaving.insert(*uid);
					});
					writes.saturating_accrue(1);
				}
			}
			(reads, writes)
		}
	}

	impl<T: Config> UncheckedOnRuntimeUpgrade for InnerMigrateToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			let (reads, writes) = Self::migrate();
			T::DbWeight::get().reads_writes(reads, writes)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
			Ok(Self::v0_counts().encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let before =
				Counts::decode(&mut &state[..]).map_err(|_| "the pre-upgrade state decodes")?;
			Self::check(before)
		}
	}

	impl<T: Config> InnerMigrateToV1<T> {
		/// Checks that the migration kept every model, peer, counted score and participant
		/// (`before` is [`Self::v0_counts`] taken before it) and that the pallet's invariants
		/// hold.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn check(before: Counts) -> Result<(), sp_runtime::TryRuntimeError> {
			ensure!(Self::v1_counts() == before, "the migration lost entries");
			ensure!(v0::ConsensusResults::<T>::iter_keys().next().is_none(), "a v0 result is left");
			Pallet::<T>::do_try_state()
		}
	}

	/// v0 → v1, run once at storage version 0 (then version 1 is set).
	pub type MigrateToV1<T> = VersionedMigration<
		0,
		1,
		InnerMigrateToV1<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
