//! The reward pot: slashes go in, rewards come out, and nothing is minted.
//!
//! The pot is the pallet's account (`PalletId`). A penalty slashes `PenaltySlash` of the peer's
//! stake in that model per penalty; a removal by consensus slashes `RemovalSlash` of what is
//! left; both move held stake into the pot (`transfer_on_hold`). A model's epoch pays at most
//! `EpochReward` from the pot, keeping the pot's existential deposit. So total issuance never
//! changes through consensus: rewards are the slashes of dishonest peers and whatever the
//! runtime put in the pot (genesis, or a transfer by anyone, Root included).

use crate::{pallet::*, types::*};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
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

	/// What the pot can pay now: its balance less its existential deposit.
	pub fn reward_pot_available() -> BalanceOf<T> {
		T::Currency::reducible_balance(
			&Self::reward_pot(),
			Preservation::Preserve,
			Fortitude::Polite,
		)
	}

	/// Moves `part` of `who`'s stake in `model` into the reward pot and lowers the recorded
	/// stake by what moved. A slashed stake may fall below `MinStake`, the least a peer stakes
	/// to join.
	pub(crate) fn slash(model: ModelId, who: &T::AccountId, part: Perbill, reason: SlashReason) {
		let Some(mut peer) = Peers::<T>::get(model, who) else { return };
		let amount = part.mul_floor(peer.stake);
		if amount.is_zero() {
			return;
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
		Peers::<T>::insert(model, who, peer);
		if !moved.is_zero() {
			Self::deposit_event(Event::PeerSlashed {
				model,
				account: who.clone(),
				amount: moved,
				reason,
			});
		}
	}

	/// Slashes `PenaltySlash` per penalty of `count` from `who`'s stake in `model`.
	pub(crate) fn slash_penalties(model: ModelId, who: &T::AccountId, count: u32) {
		let part = Perbill::from_parts(T::PenaltySlash::get().deconstruct().saturating_mul(count));
		Self::slash(model, who, part, SlashReason::Penalties { count })
	}

	/// The part of `EpochReward` the pot can pay for one model's epoch.
	pub(crate) fn epoch_reward() -> BalanceOf<T> {
		T::EpochReward::get().min(Self::reward_pot_available())
	}

	/// Pays `amount` from the pot to `who`; false if it could not.
	pub(crate) fn pay_reward(who: &T::AccountId, amount: BalanceOf<T>) -> bool {
		T::Currency::transfer(&Self::reward_pot(), who, amount, Preservation::Preserve).is_ok()
	}
}
