//! The pallet's invariants, checked by `try_state` (and after every unit test).

use crate::{math::MAX_SCORE, pallet::*, types::*};
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
	/// - model ids are below `NextModelId` (at most `MaxModels`); paths map back to their model;
	/// - uids: each model's roster has `Model::uids` entries (at most `MaxModelPeers`); a uid
	///   is taken iff [`Keys`] maps it to an account whose peer record has that uid and join
	///   epoch; the taken uids are the model's `peer_count` peers; `Model::maturing` counts
	///   the peers by join epoch (no empty entry);
	/// - peer ids map to their peer's account and back; `AccountModels` lists exactly the
	///   models an account is a peer of;
	/// - per account, the held `PeerStake` equals its peers' stakes plus its cooling-down
	///   stakes (slashes lower the recorded stake by what they moved);
	/// - penalty counts and honest streaks belong to accounts that still hold a stake (as a
	///   peer or cooling down);
	/// - the reward pot is no peer and has no stake on hold; it holds, beyond its existential
	///   deposit, at least [`RewardsOwed`], which is the sum of the native rewards credited to
	///   uids and to former peers;
	/// - rows are stored only under taken uids, strictly increasing by uid, scores in range;
	///   participation bits, results and credits only under issued uids; a free uid is owed
	///   nothing (its rewards moved to `LeftRewards`);
	/// - effects are queued only while the consensus step runs; leave marks only for taken
	///   uids whose account is over `MaxAccountPenaltyCount`;
	/// - fundings: only of existing models, one per community, none empty; each model's funding
	///   account holds at least what its fundings still owe plus the payment credited to its
	///   peers and former peers (accounts that coincide, as in a mock with short account ids,
	///   hold at least the sum of theirs).
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next = NextModelId::<T>::get();
		ensure!(next <= T::MaxModels::get(), "more models than MaxModels");
		let mut holds: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut account_models: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		let mut owed_payment: BTreeMap<T::AccountId, PaymentOf<T>> = BTreeMap::new();
		let mut owed_native = BalanceOf::<T>::zero();
		let closing = ConsensusCursor::<T>::get().is_some();
		let limit = T::MaxAccountPenaltyCount::get();

		for (id, model) in Models::<T>::iter() {
			ensure!(id < next, "model id not yet issued");
			ensure!(ModelPaths::<T>::get(&model.path) == Some(id), "path does not map to model");
			let roster = Roster::<T>::get(id);
			ensure!(roster.len() as u32 == model.uids, "roster length differs from uids");
			ensure!(model.uids <= T::MaxModelPeers::get(), "more uids than MaxModelPeers");
			let mut by_join: BTreeMap<Epoch, u32> = BTreeMap::new();
			let mut taken = 0u32;
			for (uid, slot) in roster.iter().enumerate() {
				let uid = Uid::try_from(uid).map_err(|_| "uid beyond u16")?;
				let key = Keys::<T>::get(id, uid);
				ensure!(slot.is_some() == key.is_some(), "roster and keys disagree");
				let (Some(joined), Some(account)) = (slot, key) else { continue };
				let peer = Peers::<T>::get(id, &account).ok_or("a uid's account is no peer")?;
				ensure!(peer.uid == uid, "a peer's uid differs from its key");
				ensure!(peer.joined_epoch == *joined, "roster join epoch differs from the peer's");
				*by_join.entry(*joined).or_default() += 1;
				taken = taken.saturating_add(1);
			}
			let mut count = 0u32;
			for (account, peer) in Peers::<T>::iter_prefix(id) {
				count = count.saturating_add(1);
				ensure!(
					Keys::<T>::get(id, peer.uid).as_ref() == Some(&account),
					"a peer's uid is not keyed to it"
				);
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
			ensure!(count == model.peer_count && taken == count, "peer count differs from peers");
			ensure!(
				PeerAccounts::<T>::iter_prefix(id).count() as u32 == count,
				"peer ids differ from peers"
			);
			for entry in model.maturing.iter() {
				ensure!(entry.peers > 0, "an empty maturing entry");
				ensure!(
					by_join.get(&entry.epoch).copied() == Some(entry.peers),
					"a maturing count differs from the peers that joined then"
				);
			}
			let epoch = Self::current_epoch();
			let eligible = roster
				.iter()
				.flatten()
				.filter(|joined| Self::may_submit_at(**joined, epoch))
				.count() as u32;
			ensure!(
				model.may_submit_count(epoch, Self::may_submit_at) == eligible,
				"the count of peers that may submit differs from the roster"
			);

			for (uid, row) in Submissions::<T>::iter_prefix(id) {
				ensure!(Keys::<T>::contains_key(id, uid), "a row under a free uid");
				ensure!(
					row.scores.windows(2).all(|w| matches!(w, [a, b] if a.uid < b.uid)),
					"a row's uids are not strictly increasing"
				);
				ensure!(
					row.scores.iter().all(|e| (1..=MAX_SCORE).contains(&e.score)),
					"stored score out of range"
				);
				ensure!(
					row.scores.iter().all(|e| u32::from(e.uid) < model.uids),
					"a row scores an unissued uid"
				);
			}
			if let Some(participation) = Participants::<T>::get(id) {
				ensure!(
					participation
						.submitted
						.iter()
						.chain(participation.unconfirmed.iter())
						.all(|uid| u32::from(uid) < model.uids),
					"a participation bit beyond the uids"
				);
			}
			if let Some(metagraph) = Metagraphs::<T>::get(id) {
				ensure!(metagraph.results.len() as u32 <= model.uids, "results beyond the uids");
			}
			let unclaimed = UnclaimedRewards::<T>::get(id);
			ensure!(unclaimed.len() as u32 <= model.uids, "credits beyond the uids");
			let funding = owed_payment.entry(Self::funding_account(id)).or_insert_with(Zero::zero);
			for (uid, owed) in unclaimed.iter().enumerate() {
				let uid = Uid::try_from(uid).map_err(|_| "uid beyond u16")?;
				ensure!(
					owed.is_empty() || Keys::<T>::contains_key(id, uid),
					"a free uid is owed rewards"
				);
				owed_native = owed_native.saturating_add(owed.native);
				*funding = funding.saturating_add(owed.payment);
			}
			for (_, left) in LeftRewards::<T>::iter_prefix(id) {
				ensure!(!left.is_empty(), "an empty LeftRewards entry");
				owed_native = owed_native.saturating_add(left.native);
				*funding = funding.saturating_add(left.payment);
			}
			let effects = PendingEffects::<T>::get(id);
			ensure!(closing || effects.is_empty(), "effects queued outside the consensus step");
			let uids: BTreeSet<Uid> = effects.iter().map(|e| e.uid).collect();
			ensure!(uids.len() == effects.len(), "two effects for one uid");
			for uid in Leaving::<T>::get(id).iter() {
				let account = Keys::<T>::get(id, uid).ok_or("a leave mark on a free uid")?;
				ensure!(
					AccountPenaltyCount::<T>::get(&account) > limit,
					"a leave mark for an account within the penalty limit"
				);
			}
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
		ensure!(RewardsOwed::<T>::get() == owed_native, "RewardsOwed differs from the credits");
		ensure!(
			Self::reward_pot_available() >= owed_native,
			"the reward pot holds less than it owes"
		);
		for account in AccountPenaltyCount::<T>::iter_keys().chain(HonestStreak::<T>::iter_keys()) {
			ensure!(holds.contains_key(&account), "a penalty record outlived the account's stakes");
		}

		for (model, fundings) in ModelFundings::<T>::iter() {
			ensure!(Models::<T>::contains_key(model), "a funding of an unknown model");
			let communities: BTreeSet<_> = fundings.iter().map(|f| f.community).collect();
			ensure!(communities.len() == fundings.len(), "a community funds a model twice");
			ensure!(!fundings.is_empty(), "an empty funding list is stored");
			let entry = owed_payment.entry(Self::funding_account(model)).or_insert_with(Zero::zero);
			for funding in fundings.iter() {
				ensure!(!funding.remaining.is_zero(), "a paid-out funding is kept");
				*entry = entry.checked_add(&funding.remaining).ok_or("funding sum overflows")?;
			}
		}
		for (account, owed) in owed_payment {
			ensure!(
				T::PaymentAssets::balance(T::PaymentAssetId::get(), &account) >= owed,
				"a model's funding account holds less than its fundings and credits owe"
			);
		}
		Ok(())
	}
}
