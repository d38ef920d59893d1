//! Contributions and withdrawals: each is first planned (priced and checked, no state
//! touched; the runtime API's quotes are these plans), then carried out.

use crate::{pallet::*, types::*};
use frame_support::{
	ensure,
	traits::{
		fungible::{self, Inspect as _},
		fungibles::{self, Inspect as _},
		tokens::{Fortitude, Precision, Preservation},
		Get,
	},
};
use sp_runtime::{
	traits::{AccountIdConversion, CheckedAdd, CheckedSub, Saturating, Zero},
	DispatchError, DispatchResult, FixedPointNumber,
};

/// A contribution, priced: the pot and position as they will be, and what the member gets.
pub(crate) struct ContributionPlan<T: Config> {
	pub pot: PotOf<T>,
	pub pot_is_new: bool,
	pub position: PositionOf<T>,
	pub position_is_new: bool,
	pub quote: ContributionQuote<BalanceOf<T>>,
}

/// A withdrawal, priced: the pot and position as they will be (`None`: removed), and what
/// the member gets and gives.
pub(crate) struct WithdrawalPlan<T: Config> {
	pub pot: PotOf<T>,
	pub position: Option<PositionOf<T>>,
	pub quote: WithdrawalQuote<BalanceOf<T>>,
}

impl<T: Config> Pallet<T> {
	/// The account of `community`'s pot: the pallet id's sub-account of the community id.
	pub fn pot_account(community: T::CommunityId) -> T::AccountId {
		T::PalletId::get().into_sub_account_truncating(community)
	}

	/// `who`'s balance of the payment asset.
	pub fn payment_balance(who: &T::AccountId) -> BalanceOf<T> {
		T::Assets::balance(T::PaymentAssetId::get(), who)
	}

	fn ensure_not_paused(community: T::CommunityId) -> DispatchResult {
		ensure!(!Paused::<T>::contains_key(community), Error::<T>::Paused);
		Ok(())
	}

	/// The native tokens `amount` of the payment asset mints at the current rate (rounded
	/// down).
	pub fn native_for(amount: BalanceOf<T>) -> Result<BalanceOf<T>, DispatchError> {
		let amount: u128 = amount.try_into().map_err(|_| Error::<T>::Overflow)?;
		let native = NativePerPayment::<T>::get()
			.checked_mul_int(amount)
			.ok_or(Error::<T>::Overflow)?;
		Ok(native.try_into().map_err(|_| Error::<T>::Overflow)?)
	}

	/// Prices `who`'s contribution of `amount` to `community` and checks everything
	/// `contribute` checks, without touching state.
	pub(crate) fn plan_contribution(
		community: T::CommunityId,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<ContributionPlan<T>, DispatchError> {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(T::Communities::exists(community), Error::<T>::UnknownCommunity);
		ensure!(T::Communities::is_member(community, who), Error::<T>::NotMember);
		Self::ensure_not_paused(community)?;
		let spendable = T::Assets::reducible_balance(
			T::PaymentAssetId::get(),
			who,
			Preservation::Expendable,
			Fortitude::Polite,
		);
		ensure!(spendable >= amount, Error::<T>::InsufficientPaymentAsset);
		let left = Self::payment_balance(who).saturating_sub(amount);
		ensure!(
			left.is_zero() || left >= T::Assets::minimum_balance(T::PaymentAssetId::get()),
			Error::<T>::WouldLeaveDust
		);

		let mut deposit = BalanceOf::<T>::zero();
		let (mut pot, pot_is_new) = match Pots::<T>::get(community) {
			Some(pot) => (pot, false),
			None => {
				let pot_deposit = Self::pot_deposit(community);
				deposit = pot_deposit;
				let pot = Pot {
					value: Zero::zero(),
					reserved: Zero::zero(),
					total_shares: Zero::zero(),
					depositor: who.clone(),
					deposit: pot_deposit,
				};
				(pot, true)
			},
		};
		let (mut position, position_is_new) = match Positions::<T>::get(community, who) {
			Some(position) => (position, false),
			None => {
				let position_deposit = Self::position_deposit(community, who);
				deposit = deposit.saturating_add(position_deposit);
				(Position { deposit: position_deposit, ..Default::default() }, true)
			},
		};

		// The pot account keeps value + reserved + the asset's minimum balance; a shortfall
		// (the first contribution) is taken from this contribution as existential balance.
		let floor = pot
			.value
			.checked_add(&pot.reserved)
			.and_then(|sum| sum.checked_add(&T::Assets::minimum_balance(T::PaymentAssetId::get())))
			.ok_or(Error::<T>::Overflow)?;
		let endowment = floor.saturating_sub(Self::payment_balance(&Self::pot_account(community)));
		let valued = amount.checked_sub(&endowment).ok_or(Error::<T>::ContributionTooSmall)?;
		let shares = pot.shares_for(valued, T::MaxSharesPerValue::get()).map_err(|e| match e {
			PricingError::TooSmall => Error::<T>::ContributionTooSmall,
			PricingError::Depleted => Error::<T>::PotDepleted,
			PricingError::Overflow => Error::<T>::Overflow,
		})?;
		let native = Self::native_for(valued)?;
		ensure!(T::Currency::total_issuance().checked_add(&native).is_some(), Error::<T>::Overflow);

		let add = |a: BalanceOf<T>, b: BalanceOf<T>| a.checked_add(&b).ok_or(Error::<T>::Overflow);
		pot.value = add(pot.value, valued)?;
		pot.total_shares = add(pot.total_shares, shares)?;
		position.shares = add(position.shares, shares)?;
		position.credits = add(position.credits, valued)?;
		position.contributed = add(position.contributed, amount)?;
		position.native_minted = add(position.native_minted, native)?;
		let quote = ContributionQuote { endowment, shares, native, credits: valued, deposit };
		Ok(ContributionPlan { pot, pot_is_new, position, position_is_new, quote })
	}

	/// `contribute`: see the call.
	pub(crate) fn do_contribute(
		community: T::CommunityId,
		who: T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let plan = Self::plan_contribution(community, &who, amount)?;
		let account = Self::pot_account(community);
		<T::Assets as fungibles::Mutate<_>>::transfer(
			T::PaymentAssetId::get(),
			&who,
			&account,
			amount,
			Preservation::Expendable,
		)?;
		if !plan.quote.native.is_zero() {
			<T::Currency as fungible::Mutate<_>>::mint_into(&who, plan.quote.native)?;
		}
		if plan.pot_is_new {
			Self::hold_deposit(HoldReason::Pot, &who, plan.pot.deposit)?;
			Self::deposit_event(Event::PotOpened { community, account });
		}
		if plan.position_is_new {
			Self::hold_deposit(HoldReason::Position, &who, plan.position.deposit)?;
		}
		if !plan.quote.endowment.is_zero() {
			Self::deposit_event(Event::PotEndowed { community, amount: plan.quote.endowment });
		}
		Pots::<T>::insert(community, plan.pot);
		Positions::<T>::insert(community, &who, plan.position);
		Self::deposit_event(Event::Contributed {
			community,
			who,
			amount,
			shares: plan.quote.shares,
			native_minted: plan.quote.native,
			credits: plan.quote.credits,
		});
		Ok(())
	}

	/// Prices `who`'s withdrawal of `shares` from `community` and checks everything
	/// `withdraw` checks, without touching state.
	pub(crate) fn plan_withdrawal(
		community: T::CommunityId,
		who: &T::AccountId,
		shares: BalanceOf<T>,
	) -> Result<WithdrawalPlan<T>, DispatchError> {
		ensure!(!shares.is_zero(), Error::<T>::ZeroAmount);
		Self::ensure_not_paused(community)?;
		let mut position = Positions::<T>::get(community, who).ok_or(Error::<T>::NoPosition)?;
		ensure!(shares <= position.shares, Error::<T>::InsufficientShares);
		ensure!(
			!T::Communities::has_outstanding_votes(community, who),
			Error::<T>::OutstandingVotes
		);
		let mut pot = Pots::<T>::get(community).ok_or(Error::<T>::NoPosition)?;

		let amount = pot.value_of(shares);
		let native_burned = position.part_of(position.native_minted, shares);
		let credits_burned = position.part_of(position.credits, shares);
		let sub = |a: BalanceOf<T>, b: BalanceOf<T>| a.checked_sub(&b).ok_or(Error::<T>::Overflow);
		pot.value = sub(pot.value, amount)?;
		pot.total_shares = sub(pot.total_shares, shares)?;
		position.shares = sub(position.shares, shares)?;
		position.native_minted = sub(position.native_minted, native_burned)?;
		position.credits = sub(position.credits, credits_burned)?;

		// The deposits that come back to `who`: its position's when it has no shares left, and
		// the pot record's if it created it and the pot is left empty.
		let mut released_to_who = Zero::zero();
		let position = if position.shares.is_zero() {
			released_to_who = position.deposit;
			None
		} else {
			Some(position)
		};
		if pot.is_empty() && &pot.depositor == who {
			released_to_who = released_to_who.saturating_add(pot.deposit);
		}

		// The tokens to burn must be free once the released deposits are back.
		let burnable =
			T::Currency::reducible_balance(who, Preservation::Preserve, Fortitude::Polite)
				.saturating_add(released_to_who);
		if burnable < native_burned {
			let unfrozen = T::Currency::balance(who)
				.saturating_add(released_to_who)
				.saturating_sub(T::Currency::minimum_balance());
			return Err(if unfrozen >= native_burned {
				Error::<T>::NativeTokensFrozen
			} else {
				Error::<T>::NativeTokensMissing
			}
			.into());
		}

		let deposit_released = released_to_who;
		let quote = WithdrawalQuote { amount, native_burned, credits_burned, deposit_released };
		Ok(WithdrawalPlan { pot, position, quote })
	}

	/// `withdraw`: see the call.
	pub(crate) fn do_withdraw(
		community: T::CommunityId,
		who: T::AccountId,
		shares: BalanceOf<T>,
	) -> DispatchResult {
		let plan = Self::plan_withdrawal(community, &who, shares)?;
		match plan.position {
			Some(position) => Positions::<T>::insert(community, &who, position),
			None => {
				if let Some(closed) = Positions::<T>::take(community, &who) {
					Self::release_deposit(HoldReason::Position, &who, closed.deposit);
				}
			},
		}
		Self::store_pot(community, plan.pot);
		if !plan.quote.native_burned.is_zero() {
			<T::Currency as fungible::Mutate<_>>::burn_from(
				&who,
				plan.quote.native_burned,
				Preservation::Preserve,
				Precision::Exact,
				Fortitude::Polite,
			)
			.map_err(|_| Error::<T>::NativeTokensFrozen)?;
		}
		if !plan.quote.amount.is_zero() {
			<T::Assets as fungibles::Mutate<_>>::transfer(
				T::PaymentAssetId::get(),
				&Self::pot_account(community),
				&who,
				plan.quote.amount,
				Preservation::Preserve,
			)?;
		}
		Self::deposit_event(Event::Withdrawn {
			community,
			who,
			shares,
			amount: plan.quote.amount,
			native_burned: plan.quote.native_burned,
			credits_burned: plan.quote.credits_burned,
		});
		Ok(())
	}
}
