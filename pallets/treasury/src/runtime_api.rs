//! `TreasuryApi`: what clients (polkadot.js, the web app, an indexer) read about pots and
//! positions, and the quotes that show a contribution's or withdrawal's result before signing.

use crate::{pallet::*, types::*};
use sp_runtime::{DispatchError, FixedU128};

sp_api::decl_runtime_apis! {
	/// Read access to pallet-community-treasury.
	pub trait TreasuryApi<CommunityId, AccountId, Balance>
	where
		CommunityId: codec::Codec,
		AccountId: codec::Codec,
		Balance: codec::Codec,
	{
		/// A community's pot, or `None` if it has none.
		fn pot(community: CommunityId) -> Option<PotView<AccountId, Balance>>;
		/// `who`'s position in `community`'s pot, or `None` if it has no shares there.
		fn position(community: CommunityId, who: AccountId) -> Option<PositionView<Balance>>;
		/// Native base units minted per payment base unit.
		fn native_per_payment() -> FixedU128;
		/// What `who` contributing `amount` to `community` would get now, or the error
		/// `contribute` would fail with.
		fn quote_contribute(community: CommunityId, who: AccountId, amount: Balance) -> Result<ContributionQuote<Balance>, DispatchError>;
		/// What `who` withdrawing `shares` from `community` would get and give now, or the
		/// error `withdraw` would fail with.
		fn quote_withdraw(community: CommunityId, who: AccountId, shares: Balance) -> Result<WithdrawalQuote<Balance>, DispatchError>;
	}
}

impl<T: Config> Pallet<T> {
	/// `TreasuryApi::pot`.
	pub fn pot_view(community: T::CommunityId) -> Option<PotView<T::AccountId, BalanceOf<T>>> {
		let pot = Pots::<T>::get(community)?;
		let account = Self::pot_account(community);
		Some(PotView {
			balance: Self::payment_balance(&account),
			account,
			value: pot.value,
			reserved: pot.reserved,
			total_shares: pot.total_shares,
			paused: Paused::<T>::contains_key(community),
		})
	}

	/// `TreasuryApi::position`.
	pub fn position_view(
		community: T::CommunityId,
		who: &T::AccountId,
	) -> Option<PositionView<BalanceOf<T>>> {
		let position = Positions::<T>::get(community, who)?;
		let value = Pots::<T>::get(community).map(|pot| pot.value_of(position.shares))?;
		Some(PositionView {
			shares: position.shares,
			value,
			credits: position.credits,
			contributed: position.contributed,
			native_minted: position.native_minted,
			deposit: position.deposit,
		})
	}

	/// `TreasuryApi::quote_contribute`.
	pub fn quote_contribute(
		community: T::CommunityId,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<ContributionQuote<BalanceOf<T>>, DispatchError> {
		Self::plan_contribution(community, who, amount).map(|plan| plan.quote)
	}

	/// `TreasuryApi::quote_withdraw`.
	pub fn quote_withdraw(
		community: T::CommunityId,
		who: &T::AccountId,
		shares: BalanceOf<T>,
	) -> Result<WithdrawalQuote<BalanceOf<T>>, DispatchError> {
		Self::plan_withdrawal(community, who, shares).map(|plan| plan.quote)
	}
}
