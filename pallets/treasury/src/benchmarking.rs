//! Benchmarks of every call of pallet-community-treasury, each in its worst case.

use super::*;
use crate::Pallet as Treasury;
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect as _, Mutate as _},
	fungibles::Inspect as _,
	Get,
};
use frame_system::RawOrigin;
use sp_runtime::{traits::Saturating, FixedU128};

/// A contribution of a thousand minimum balances of the payment asset.
fn amount<T: Config>() -> BalanceOf<T> {
	T::Assets::minimum_balance(T::PaymentAssetId::get()).saturating_mul(1_000u32.into())
}

/// Makes `who` a member with twice `amount` of the payment asset and native tokens for fees
/// and deposits.
fn funded_member<T: Config>(community: T::CommunityId, who: &T::AccountId) {
	T::BenchmarkHelper::make_member(community, who);
	T::BenchmarkHelper::fund_payment(who, amount::<T>().saturating_mul(2u32.into()));
	let native = T::Currency::minimum_balance()
		.saturating_add(Treasury::<T>::deposit_for(1_000).saturating_mul(10u32.into()));
	T::Currency::set_balance(who, native);
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// The worst case: the pot's first contribution, which opens the pot (its record, its
	/// existential balance, its deposit) and the position.
	#[benchmark]
	fn contribute() {
		let community = T::BenchmarkHelper::community();
		let caller: T::AccountId = whitelisted_caller();
		funded_member::<T>(community, &caller);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), community, amount::<T>());

		assert!(Positions::<T>::contains_key(community, &caller));
		assert!(Pots::<T>::contains_key(community));
	}

	/// The worst case: the last shareholder, who opened the pot, withdraws everything: the
	/// position and the pot record go and both deposits come back.
	#[benchmark]
	fn withdraw() {
		let community = T::BenchmarkHelper::community();
		let caller: T::AccountId = whitelisted_caller();
		funded_member::<T>(community, &caller);
		assert!(Treasury::<T>::do_contribute(community, caller.clone(), amount::<T>()).is_ok());
		let shares = Positions::<T>::get(community, &caller).map(|p| p.shares).unwrap_or_default();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), community, shares);

		assert!(!Positions::<T>::contains_key(community, &caller));
		assert!(!Pots::<T>::contains_key(community));
	}

	#[benchmark]
	fn set_rate() {
		let rate = FixedU128::from_u32(7);

		#[extrinsic_call]
		_(RawOrigin::Root, rate);

		assert_eq!(NativePerPayment::<T>::get(), rate);
	}

	#[benchmark]
	fn set_paused() {
		let community = T::BenchmarkHelper::community();

		#[extrinsic_call]
		_(RawOrigin::Root, community, true);

		assert!(Paused::<T>::contains_key(community));
	}

	impl_benchmark_test_suite!(Treasury, crate::mock::new_test_ext(), crate::mock::Test);
}
