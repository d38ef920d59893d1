//! Storage deposits: what each record holds, and the one place deposits are taken and returned.
//!
//! A record's deposit is `DepositBase + DepositPerByte × bytes`, where `bytes` counts its
//! storage key and the largest encoding of its value. The amount taken is recorded in the
//! record itself, so it comes back in full even if the prices change.

use crate::pallet::*;
use codec::MaxEncodedLen;
use frame_support::traits::{fungible::MutateHold, tokens::Precision, Defensive, Get};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchResult, SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	/// The deposit for one storage item of `bytes` bytes (key and value).
	pub fn deposit_for(bytes: usize) -> BalanceOf<T> {
		let bytes: BalanceOf<T> = bytes.saturated_into();
		T::DepositBase::get().saturating_add(T::DepositPerByte::get().saturating_mul(bytes))
	}

	/// The deposit of `community`'s pot record.
	pub fn pot_deposit(community: T::CommunityId) -> BalanceOf<T> {
		let key = Pots::<T>::hashed_key_for(community).len();
		Self::deposit_for(key.saturating_add(PotOf::<T>::max_encoded_len()))
	}

	/// The deposit of `who`'s position in `community`.
	pub fn position_deposit(community: T::CommunityId, who: &T::AccountId) -> BalanceOf<T> {
		let key = Positions::<T>::hashed_key_for(community, who).len();
		Self::deposit_for(key.saturating_add(PositionOf::<T>::max_encoded_len()))
	}

	/// Holds `amount` from `who` under `reason` (`CannotHoldDeposit` if it cannot).
	pub(crate) fn hold_deposit(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		T::Currency::hold(&reason.into(), who, amount)
			.map_err(|_| Error::<T>::CannotHoldDeposit)?;
		Self::deposit_event(Event::DepositHeld { who: who.clone(), reason, amount });
		Ok(())
	}

	/// Returns `amount` held from `who` under `reason`. Never fails: the pallet only returns
	/// what it recorded as taken.
	pub(crate) fn release_deposit(reason: HoldReason, who: &T::AccountId, amount: BalanceOf<T>) {
		if amount.is_zero() {
			return;
		}
		let released = T::Currency::release(&reason.into(), who, amount, Precision::BestEffort)
			.defensive_proof("a recorded deposit is held")
			.unwrap_or_default();
		Self::deposit_event(Event::DepositReleased { who: who.clone(), reason, amount: released });
	}
}
