//! The pallet's invariants, checked by `try_state` (and after every unit test).

use crate::pallet::*;
use alloc::collections::btree_map::BTreeMap;
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, fungibles::Inspect, Get},
};
use sp_runtime::{
	traits::{CheckedAdd, Zero},
	TryRuntimeError,
};

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet's storage:
	/// - per pot, the members' shares add up to `total_shares`, and their values (rounded
	///   down) to at most the free value; a pot without shares has no value;
	/// - per pot, solvency: the account holds at least `value + reserved` and the asset's
	///   minimum balance;
	/// - every position has shares and belongs to a pot;
	/// - deposits: per account and [`HoldReason`], the balance held equals the deposits
	///   recorded in pots and positions.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut shares: BTreeMap<T::CommunityId, (BalanceOf<T>, BalanceOf<T>)> = BTreeMap::new();
		let mut deposits: BTreeMap<(u8, T::AccountId), BalanceOf<T>> = BTreeMap::new();
		let mut add = |reason: HoldReason, who: &T::AccountId, amount: BalanceOf<T>| {
			let entry = deposits.entry((reason as u8, who.clone())).or_insert_with(Zero::zero);
			*entry = entry.checked_add(&amount).ok_or("deposit sum overflows")?;
			Ok::<(), TryRuntimeError>(())
		};
		for (community, who, position) in Positions::<T>::iter() {
			ensure!(!position.shares.is_zero(), "a position without shares is kept");
			let pot = Pots::<T>::get(community).ok_or("a position has no pot")?;
			let entry = shares.entry(community).or_insert_with(|| (Zero::zero(), Zero::zero()));
			entry.0 = entry.0.checked_add(&position.shares).ok_or("share sum overflows")?;
			entry.1 = entry
				.1
				.checked_add(&pot.value_of(position.shares))
				.ok_or("value sum overflows")?;
			add(HoldReason::Position, &who, position.deposit)?;
		}
		let minimum = T::Assets::minimum_balance(T::PaymentAssetId::get());
		for (community, pot) in Pots::<T>::iter() {
			let (sum, value) = shares.remove(&community).unwrap_or_default();
			ensure!(sum == pot.total_shares, "members' shares do not add up to the pot's");
			ensure!(value <= pot.value, "the shares are worth more than the free value");
			ensure!(!pot.is_empty(), "an empty pot record is kept");
			ensure!(
				!pot.total_shares.is_zero() || pot.value.is_zero(),
				"a pot without shares has value"
			);
			let needed = pot
				.value
				.checked_add(&pot.reserved)
				.and_then(|sum| sum.checked_add(&minimum))
				.ok_or("pot sum overflows")?;
			ensure!(
				Self::payment_balance(&Self::pot_account(community)) >= needed,
				"a pot's account holds less than its value, reservations and minimum balance"
			);
			add(HoldReason::Pot, &pot.depositor, pot.deposit)?;
		}
		ensure!(shares.is_empty(), "positions without a pot");
		for ((reason, who), recorded) in deposits.iter() {
			let reason = HoldReason::ALL
				.into_iter()
				.find(|r| *r as u8 == *reason)
				.ok_or("unknown hold reason")?;
			ensure!(
				T::Currency::balance_on_hold(&reason.into(), who) == *recorded,
				"held deposits differ from the recorded ones"
			);
		}
		Ok(())
	}
}
