//! The pallet's invariants, checked by `try_state` (and after every unit test).

use crate::pallet::*;
use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, fungibles::Inspect, Get},
};
use sp_runtime::{
	traits::{CheckedAdd, Saturating, Zero},
	TryRuntimeError,
};

impl<T: Config> Pallet<T> {
	/// Checks:
	/// - each model's peer count equals its peers, is at most `MaxModelPeers`, and model ids are
	///   below `NextModelId` (at most `MaxModels`); paths map back to their model;
	/// - peer ids map to their peer's account and back; `AccountModels` lists exactly the
	///   models an account is a peer of;
	/// - per account, the held `PeerStake` equals its peers' stakes plus its cooling-down
	///   stakes (slashes lower the recorded stake by what they moved);
	/// - penalty counts and honest streaks belong to accounts that still hold a stake (as a
	///   peer or cooling down);
	/// - the reward pot is no peer and has no stake on hold (what it pays is its free balance);
	/// - per-epoch state: at most one submission and one unconfirm per peer, from peers of the
	///   model, counted by `EpochParticipation`; none while no model exists;
	/// - a model has at most `MaxModelPeers` results (one epoch's evaluated peers);
	/// - fundings: only of existing models, one per community, none empty; each model's funding
	///   account holds at least what its fundings still owe (accounts that coincide, as in a
	///   mock with short account ids, hold at least the sum of theirs).
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next = NextModelId::<T>::get();
		ensure!(next <= T::MaxModels::get(), "more models than MaxModels");
		let mut holds: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut account_models: BTreeMap<T::AccountId, u32> = BTreeMap::new();

		for (id, model) in Models::<T>::iter() {
			ensure!(id < next, "model id not yet issued");
			ensure!(ModelPaths::<T>::get(&model.path) == Some(id), "path does not map to model");
			let mut count = 0u32;
			for (account, peer) in Peers::<T>::iter_prefix(id) {
				count = count.saturating_add(1);
				ensure!(
					PeerAccounts::<T>::get(id, &peer.peer_id).as_ref() == Some(&account),
					"peer id does not map to its account"
				);
				ensure!(
					AccountModels::<T>::get(&account).contains(&id),
					"AccountModels misses a model"
				);
				let held = holds.entry(account.clone()).or_insert_with(Zero::zero);
				*held = held.saturating_add(peer.stake);
				*account_models.entry(account).or_default() += 1;
			}
			ensure!(count == model.peer_count, "peer count differs from peers");
			ensure!(count <= T::MaxModelPeers::get(), "more peers than MaxModelPeers");
			ensure!(
				PeerAccounts::<T>::iter_prefix(id).count() as u32 == count,
				"peer ids differ from peers"
			);

			let submitted = Submissions::<T>::iter_prefix(id).count() as u32;
			let unconfirmed = Unconfirms::<T>::iter_prefix(id).count() as u32;
			ensure!(
				EpochParticipation::<T>::get(id) == (submitted, unconfirmed),
				"participation counter differs from storage"
			);
			ensure!(submitted <= T::MaxModelPeers::get(), "too many submissions");
			ensure!(unconfirmed <= T::MaxModelPeers::get(), "too many unconfirms");
			for (who, data) in Submissions::<T>::iter_prefix(id) {
				ensure!(Peers::<T>::contains_key(id, &who), "a submission from a non-peer");
				ensure!(
					data.iter().all(|d| (1..=crate::math::MAX_SCORE).contains(&d.score)),
					"stored score out of range"
				);
			}
			ensure!(
				ConsensusResults::<T>::iter_key_prefix(id).count() as u32
					<= T::MaxModelPeers::get(),
				"more results than MaxModelPeers"
			);
		}
		ensure!(ModelPaths::<T>::iter().count() as u32 == next, "paths differ from models");

		for (account, models) in AccountModels::<T>::iter() {
			ensure!(
				account_models.get(&account).copied().unwrap_or(0) == models.len() as u32,
				"AccountModels lists a model the account is not a peer of"
			);
		}
		for (_, account, unbonding) in Unbondings::<T>::iter() {
			let held = holds.entry(account).or_insert_with(Zero::zero);
			*held = held.saturating_add(unbonding.amount);
		}
		for (account, expected) in &holds {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::PeerStake.into(), account) == *expected,
				"held stake differs from stakes"
			);
		}
		// The reward pot pays from its free balance and is never a peer: no stake of its own.
		let pot = Self::reward_pot();
		ensure!(!holds.contains_key(&pot), "the reward pot holds a stake");
		ensure!(
			T::Currency::balance_on_hold(&HoldReason::PeerStake.into(), &pot).is_zero(),
			"the reward pot has stake on hold"
		);
		for account in AccountPenaltyCount::<T>::iter_keys().chain(HonestStreak::<T>::iter_keys()) {
			ensure!(holds.contains_key(&account), "a penalty record outlived the account's stakes");
		}

		let mut owed: BTreeMap<T::AccountId, PaymentOf<T>> = BTreeMap::new();
		for (model, fundings) in ModelFundings::<T>::iter() {
			ensure!(Models::<T>::contains_key(model), "a funding of an unknown model");
			let communities: BTreeSet<_> = fundings.iter().map(|f| f.community).collect();
			ensure!(communities.len() == fundings.len(), "a community funds a model twice");
			ensure!(!fundings.is_empty(), "an empty funding list is stored");
			let entry = owed.entry(Self::funding_account(model)).or_insert_with(Zero::zero);
			for funding in fundings.iter() {
				ensure!(!funding.remaining.is_zero(), "a paid-out funding is kept");
				*entry = entry.checked_add(&funding.remaining).ok_or("funding sum overflows")?;
			}
		}
		for (account, owed) in owed {
			ensure!(
				T::PaymentAssets::balance(T::PaymentAssetId::get(), &account) >= owed,
				"a model's funding account holds less than its fundings owe"
			);
		}
		Ok(())
	}
}
