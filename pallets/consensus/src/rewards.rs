//! The reward pot and the rewards peers claim: slashes go in, credited rewards come out, and
//! nothing is minted.
//!
//! The pot is the pallet's account (`PalletId`). A penalty slashes `PenaltySlash` of the peer's
//! stake in that model per penalty; a removal by consensus slashes `RemovalSlash` of what is
//! left; both move held stake into the pot (`transfer_on_hold`). A model's formed epoch
//! *credits* at most `EpochReward` of the pot's free part (its balance less its existential
//! deposit and [`RewardsOwed`], what earlier epochs credited and nobody claimed yet) to its
//! peers in [`UnclaimedRewards`]; a peer takes it with `claim_rewards` (pull), so the hook
//! never makes one transfer per peer. A peer that leaves keeps what it was owed in
//! [`LeftRewards`], paid by `claim_rewards` or when its stake is released. Total issuance
//! never changes through consensus: rewards are the slashes of dishonest peers and whatever
//! the runtime put in the pot (genesis, or a transfer by anyone, Root included).

use crate::{pallet::*, types::*};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
		fungibles::Mutate as MutateAssets,
		tokens::{Fortitude, Precision, Preservation, Restriction},
	},
};
use sp_runtime::{
	traits::{AccountIdConversion, Saturating, Zero},
	Perbill,
};

impl<T: Config> Pallet<T> {
	/// The reward pot's account.
	pub fn reward_pot() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// What the pot holds beyond its existential deposit (owed rewards included).
	pub fn reward_pot_available() -> BalanceOf<T> {
		T::Currency::reducible_balance(
			&Self::reward_pot(),
			Preservation::Preserve,
			Fortitude::Polite,
		)
	}

	/// The part of `EpochReward` the pot can credit for one model's epoch: what it holds
	/// beyond its existential deposit and the rewards it owes already.
	pub(crate) fn epoch_reward() -> BalanceOf<T> {
		let free = Self::reward_pot_available().saturating_sub(RewardsOwed::<T>::get());
		T::EpochReward::get().min(free)
	}

	/// Moves `part` of `peer`'s stake (the record of `who`, written back by the caller) into
	/// the reward pot and lowers the recorded stake by what moved. A slashed stake may fall
	/// below `MinStake`, the least a peer stakes to join. Returns what moved.
	pub(crate) fn slash_stake(
		who: &T::AccountId,
		peer: &mut PeerOf<T>,
		part: Perbill,
	) -> BalanceOf<T> {
		let amount = part.mul_floor(peer.stake);
		if amount.is_zero() {
			return Zero::zero();
		}
		let moved = T::Currency::transfer_on_hold(
			&HoldReason::PeerStake.into(),
			who,
			&Self::reward_pot(),
			amount,
			Precision::BestEffort,
			Restriction::Free,
			Fortitude::Force,
		)
		.unwrap_or_else(|_| Zero::zero());
		peer.stake = peer.stake.saturating_sub(moved);
		moved
	}

	/// Slashes `PenaltySlash` per penalty of `count` (at most all) from `who`'s stake in
	/// `model`. Returns what moved.
	pub(crate) fn slash_penalties(model: ModelId, who: &T::AccountId, count: u32) -> BalanceOf<T> {
		let Some(mut peer) = Peers::<T>::get(model, who) else { return Zero::zero() };
		let part = Perbill::from_parts(T::PenaltySlash::get().deconstruct().saturating_mul(count));
		let moved = Self::slash_stake(who, &mut peer, part);
		if !moved.is_zero() {
			Peers::<T>::insert(model, who, peer);
		}
		moved
	}

	/// Moves what `uid` of `model` is owed to `who`'s [`LeftRewards`] (the peer under `uid`
	/// leaves).
	pub(crate) fn move_unclaimed_to_left(model: ModelId, who: &T::AccountId, uid: Uid) {
		let owed = UnclaimedRewards::<T>::mutate(model, |all| {
			all.get_mut(usize::from(uid)).map(core::mem::take).unwrap_or_default()
		});
		if owed.is_empty() {
			return;
		}
		LeftRewards::<T>::mutate(model, who, |left| {
			let left = left.get_or_insert_with(Default::default);
			left.native = left.native.saturating_add(owed.native);
			left.payment = left.payment.saturating_add(owed.payment);
		});
	}

	/// Pays `owed` to `who`: the native part from the pot, the payment part from `model`'s
	/// funding account. Returns what could not be paid (a payment below the asset's minimum
	/// balance for an account that holds none, or a pot that cannot pay).
	pub(crate) fn pay_owed(model: ModelId, who: &T::AccountId, owed: OwedOf<T>) -> OwedOf<T> {
		let mut left = owed;
		let mut paid = OwedOf::<T>::default();
		if !owed.native.is_zero()
			&& T::Currency::transfer(&Self::reward_pot(), who, owed.native, Preservation::Preserve)
				.is_ok()
		{
			RewardsOwed::<T>::mutate(|total| *total = total.saturating_sub(owed.native));
			left.native = Zero::zero();
			paid.native = owed.native;
		}
		if !owed.payment.is_zero()
			&& T::PaymentAssets::transfer(
				T::PaymentAssetId::get(),
				&Self::funding_account(model),
				who,
				owed.payment,
				Preservation::Expendable,
			)
			.is_ok()
		{
			left.payment = Zero::zero();
			paid.payment = owed.payment;
		}
		if !paid.is_empty() {
			Self::deposit_event(Event::RewardsClaimed {
				model,
				account: who.clone(),
				native: paid.native,
				payment: paid.payment,
			});
		}
		left
	}

	/// `claim_rewards`: pays what `who`'s uid in `model` was credited and what it was owed
	/// when it left the model before.
	pub(crate) fn do_claim_rewards(model: ModelId, who: &T::AccountId) -> DispatchResult {
		let uid = Peers::<T>::get(model, who).map(|peer| peer.uid);
		let mut owed = LeftRewards::<T>::take(model, who).unwrap_or_default();
		if let Some(uid) = uid {
			let credited = UnclaimedRewards::<T>::mutate(model, |all| {
				all.get_mut(usize::from(uid)).map(core::mem::take).unwrap_or_default()
			});
			owed.native = owed.native.saturating_add(credited.native);
			owed.payment = owed.payment.saturating_add(credited.payment);
		}
		ensure!(!owed.is_empty(), Error::<T>::NothingToClaim);
		let left = Self::pay_owed(model, who, owed);
		ensure!(left != owed, Error::<T>::NothingToClaim);
		if !left.is_empty() {
			match uid {
				Some(uid) => UnclaimedRewards::<T>::mutate(model, |all| {
					if let Some(slot) = all.get_mut(usize::from(uid)) {
						*slot = left;
					}
				}),
				None => LeftRewards::<T>::insert(model, who, left),
			}
		}
		Ok(())
	}
}
