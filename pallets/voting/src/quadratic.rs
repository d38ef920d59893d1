//! The quadratic cost rule: voting power `v` costs `v² × price`.

use crate::types::VotePower;
use sp_runtime::traits::AtLeast32BitUnsigned;

/// The cost of a vote of `power` at `price` per unit of `power²`, or `None` if it overflows
/// the balance type.
pub fn vote_cost<Balance>(power: VotePower, price: Balance) -> Option<Balance>
where
	Balance: AtLeast32BitUnsigned + Copy,
{
	let power = Balance::from(power);
	power.checked_mul(&power)?.checked_mul(&price)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn cost_is_power_squared_times_price() {
		assert_eq!(vote_cost::<u128>(1, 1), Some(1));
		assert_eq!(vote_cost::<u128>(3, 1), Some(9));
		assert_eq!(vote_cost::<u128>(6, 1), Some(36));
		assert_eq!(vote_cost::<u128>(3, 1_000), Some(9_000));
		assert_eq!(vote_cost::<u128>(0, 1_000), Some(0));
	}

	#[test]
	fn overflow_is_none_not_a_panic() {
		// u32::MAX² fits in u64 only barely; times 2 it does not.
		assert_eq!(vote_cost::<u64>(u32::MAX, 1), Some((u32::MAX as u64) * (u32::MAX as u64)));
		assert_eq!(vote_cost::<u64>(u32::MAX, 2), None);
		assert_eq!(vote_cost::<u128>(u32::MAX, u128::MAX), None);
		// u32 balances overflow on the square itself.
		assert_eq!(vote_cost::<u32>(65_536, 1), None);
	}
}
