//! The effects of a model's consensus on its peers' accounts, applied from a bounded queue
//! ([`PendingEffects`], at most one entry per uid) in batches that fit the consensus budget.
//!
//! Each effect is one of three benchmarked kinds, charged before it is applied:
//! - **honest** (`apply_honest_effect`): a submitter with no penalty; one more honest epoch
//!   for its account (`PenaltyDecayEpochs` of them forgive a penalty), even if it is removed
//!   (out of consensus) too;
//! - **penalty** (`apply_penalty_effect`): the account's count goes up and its streak ends,
//!   `PenaltySlash` per penalty is slashed from the stake; a count that goes over
//!   `MaxAccountPenaltyCount` removes the peer from this model now and marks the account's
//!   peers in its other models ([`Leaving`]), which leave at their model's next consensus
//!   step; a queued removal is part of this kind;
//! - **removal** (`apply_removal_effect`): the peer leaves the model
//!   ([`Pallet::do_remove_peer`], slashing `RemovalSlash`).
//!
//! The queue of a model is applied right after its consensus is formed, before the next model,
//! and the consensus cursor stays set until it is empty: no uid changes hands meanwhile.

use crate::{pallet::*, types::*, weights::WeightInfo};
use frame_support::{pallet_prelude::*, traits::Get};
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// The benchmarked weight of applying `effect`.
	pub fn effect_weight(effect: &Effect) -> Weight {
		if effect.penalties > 0 {
			return T::WeightInfo::apply_penalty_effect();
		}
		let mut weight = Weight::zero();
		if effect.submitted {
			weight.saturating_accrue(T::WeightInfo::apply_honest_effect());
		}
		if effect.removal.is_some() {
			weight.saturating_accrue(T::WeightInfo::apply_removal_effect());
		}
		weight
	}

	/// Applies `model`'s queued effects in order while their weight fits in `room` (at least
	/// one if `must_progress`). Returns the weight used (the queue's read and write included)
	/// and whether the queue is empty now.
	pub(crate) fn apply_effects(
		model: ModelId,
		epoch: Epoch,
		room: Weight,
		must_progress: bool,
	) -> (Weight, bool) {
		let mut weight = T::DbWeight::get().reads_writes(1, 1);
		let queue = PendingEffects::<T>::get(model);
		let mut applied = 0usize;
		let mut slashed = BalanceOf::<T>::zero();
		let mut removed = 0u32;
		for effect in queue.iter() {
			let cost = Self::effect_weight(effect);
			if (applied > 0 || !must_progress) && weight.saturating_add(cost).any_gt(room) {
				break;
			}
			let (moved, gone) = Self::apply_effect(model, effect);
			slashed = slashed.saturating_add(moved);
			if gone {
				removed = removed.saturating_add(1);
			}
			weight.saturating_accrue(cost);
			applied = applied.saturating_add(1);
		}
		let rest: alloc::vec::Vec<Effect> = queue.iter().skip(applied).copied().collect();
		let done = rest.is_empty();
		if done {
			PendingEffects::<T>::remove(model);
		} else {
			PendingEffects::<T>::insert(model, BoundedVec::truncate_from(rest));
		}
		if applied > 0 {
			Self::deposit_event(Event::EffectsApplied {
				model,
				epoch,
				peers: applied as u32,
				slashed,
				removed,
			});
		}
		(weight, done)
	}

	/// Applies one effect. Returns the amount slashed and whether the peer was removed.
	pub(crate) fn apply_effect(model: ModelId, effect: &Effect) -> (BalanceOf<T>, bool) {
		let Some(who) = Keys::<T>::get(model, effect.uid) else { return (Zero::zero(), false) };
		let mut slashed = BalanceOf::<T>::zero();
		let mut removal = effect.removal;
		if effect.penalties > 0 {
			let limit = T::MaxAccountPenaltyCount::get();
			let before = AccountPenaltyCount::<T>::get(&who);
			let count = before.saturating_add(u32::from(effect.penalties));
			AccountPenaltyCount::<T>::insert(&who, count);
			HonestStreak::<T>::remove(&who);
			slashed = Self::slash_penalties(model, &who, u32::from(effect.penalties));
			if before <= limit && count > limit {
				Self::deposit_event(Event::AccountRemoved {
					account: who.clone(),
					penalties: count,
				});
				for other in AccountModels::<T>::get(&who).iter().filter(|m| **m != model) {
					if let Some(peer) = Peers::<T>::get(other, &who) {
						Leaving::<T>::mutate(other, |leaving| {
							// A set of `MaxModelPeers` bits holds every uid of the model.
							let _ = leaving.insert(peer.uid);
						});
					}
				}
				removal = removal.or(Some(RemovalReason::TooManyPenalties));
			}
		} else if effect.submitted {
			Self::note_honest_epoch(&who);
		}
		let removed = match removal {
			Some(reason) => match Self::do_remove_peer(model, &who, reason) {
				Ok(moved) => {
					slashed = slashed.saturating_add(moved);
					true
				},
				Err(_) => false,
			},
			None => false,
		};
		(slashed, removed)
	}

	/// One more honest epoch for `who`; every `PenaltyDecayEpochs` of them forgive a penalty.
	pub(crate) fn note_honest_epoch(who: &T::AccountId) {
		let count = AccountPenaltyCount::<T>::get(who);
		if count == 0 {
			return;
		}
		let streak = HonestStreak::<T>::get(who).saturating_add(1);
		if streak >= T::PenaltyDecayEpochs::get() {
			let count = count.saturating_sub(1);
			if count == 0 {
				AccountPenaltyCount::<T>::remove(who);
			} else {
				AccountPenaltyCount::<T>::insert(who, count);
			}
			HonestStreak::<T>::remove(who);
			Self::deposit_event(Event::PenaltyForgiven { account: who.clone(), penalties: count });
		} else {
			HonestStreak::<T>::insert(who, streak);
		}
	}
}
