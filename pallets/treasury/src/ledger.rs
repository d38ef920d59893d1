//! [`PotLedger`]: the pots' side of paid jobs (reserve a budget, refund it, pay it, charge
//! credits), for the pallet that queues jobs.

use crate::{pallet::*, types::*};
use frame_support::{
	ensure,
	traits::{fungibles, tokens::Preservation, Get},
};
use sp_runtime::{
	traits::{CheckedAdd, CheckedSub, Zero},
	DispatchResult,
};

impl<T: Config> Pallet<T> {
	/// Stores `community`'s pot record, or removes it (returning its deposit) if it is
	/// empty.
	pub(crate) fn store_pot(community: T::CommunityId, pot: PotOf<T>) {
		if pot.is_empty() {
			Pots::<T>::remove(community);
			Self::release_deposit(HoldReason::Pot, &pot.depositor, pot.deposit);
			Self::deposit_event(Event::PotClosed { community });
		} else {
			Pots::<T>::insert(community, pot);
		}
	}
}

impl<T: Config> PotLedger<T::CommunityId, T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn reserve(community: T::CommunityId, amount: BalanceOf<T>) -> DispatchResult {
		let mut pot = Pots::<T>::get(community).ok_or(Error::<T>::NoPot)?;
		pot.value = pot.value.checked_sub(&amount).ok_or(Error::<T>::InsufficientFreeValue)?;
		pot.reserved = pot.reserved.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		Pots::<T>::insert(community, pot);
		Self::deposit_event(Event::Reserved { community, amount });
		Ok(())
	}

	fn unreserve(community: T::CommunityId, amount: BalanceOf<T>) -> DispatchResult {
		let mut pot = Pots::<T>::get(community).ok_or(Error::<T>::NoPot)?;
		pot.reserved = pot.reserved.checked_sub(&amount).ok_or(Error::<T>::InsufficientReserved)?;
		let to_value = !pot.total_shares.is_zero();
		if to_value {
			pot.value = pot.value.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		}
		Self::store_pot(community, pot);
		Self::deposit_event(Event::Unreserved { community, amount, to_value });
		Ok(())
	}

	fn pay_reserved(
		community: T::CommunityId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let mut pot = Pots::<T>::get(community).ok_or(Error::<T>::NoPot)?;
		pot.reserved = pot.reserved.checked_sub(&amount).ok_or(Error::<T>::InsufficientReserved)?;
		<T::Assets as fungibles::Mutate<_>>::transfer(
			T::PaymentAssetId::get(),
			&Self::pot_account(community),
			to,
			amount,
			Preservation::Preserve,
		)?;
		Self::store_pot(community, pot);
		Self::deposit_event(Event::ReservedPaid { community, to: to.clone(), amount });
		Ok(())
	}

	fn spend_credits(
		community: T::CommunityId,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let mut position = Positions::<T>::get(community, who).ok_or(Error::<T>::NoPosition)?;
		position.credits =
			position.credits.checked_sub(&amount).ok_or(Error::<T>::InsufficientCredits)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		Positions::<T>::insert(community, who, position);
		Self::deposit_event(Event::CreditsSpent { community, who: who.clone(), amount });
		Ok(())
	}

	fn pot_account(community: T::CommunityId) -> T::AccountId {
		Self::pot_account(community)
	}

	fn reserved(community: T::CommunityId) -> BalanceOf<T> {
		Pots::<T>::get(community).map(|pot| pot.reserved).unwrap_or_else(Zero::zero)
	}

	fn receive(community: T::CommunityId, amount: BalanceOf<T>) -> DispatchResult {
		let mut pot = Pots::<T>::get(community).ok_or(Error::<T>::NoPot)?;
		let to_value = !pot.total_shares.is_zero();
		if to_value {
			pot.value = pot.value.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
			Pots::<T>::insert(community, pot);
		}
		Self::deposit_event(Event::Received { community, amount, to_value });
		Ok(())
	}
}
