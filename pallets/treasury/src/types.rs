//! The data pallet-community-treasury keeps on chain, the rules that price shares, the traits it
//! is wired with, and the views its runtime API returns.

use codec::{Decode, Encode, MaxEncodedLen};
use core::fmt::Debug;
use frame_support::pallet_prelude::DispatchResult;
use scale_info::TypeInfo;
use sp_arithmetic::{traits::AtLeast32BitUnsigned, Rounding};
use sp_runtime::traits::Zero;

/// A community's pot: the payment asset its members pooled, as the pallet accounts for it.
///
/// The pot's **account** (a sub-account of the pallet id, see `Pallet::pot_account`) holds the
/// money; this record says what part of it the shares are priced against. Money that reaches
/// the account any other way (a direct transfer, a "donation") is not counted, so nobody can
/// move the share price by sending money to the pot.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Pot<AccountId, Balance> {
	/// The free value: payment asset the members' shares are worth. Contributions add to it,
	/// withdrawals and reservations take from it, refunds of reservations give back to it.
	pub value: Balance,
	/// Payment asset set aside for approved jobs: part of the account's balance, never
	/// withdrawable, and no longer part of `value`.
	pub reserved: Balance,
	/// Shares of all members together (the sum of their positions' shares).
	pub total_shares: Balance,
	/// Who created the record with the pot's first contribution, and holds its deposit.
	pub depositor: AccountId,
	/// What `depositor` holds for this record under `HoldReason::Pot`, returned when the
	/// record goes (no shares and nothing reserved left).
	pub deposit: Balance,
}

/// Why a pot cannot price a contribution.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PricingError {
	/// The amount buys less than one share.
	TooSmall,
	/// The pot has lost so much of its value (to jobs) that its shares are worth less than
	/// `1 / MaxSharesPerValue` each; new money would buy a share count that dwarfs the others.
	Depleted,
	/// The share count would not fit the balance type.
	Overflow,
}

impl<AccountId, Balance: AtLeast32BitUnsigned + Copy> Pot<AccountId, Balance> {
	/// The shares `amount` buys: 1:1 into a pot without shares, otherwise
	/// `amount × total_shares / (value + reserved)` ([`Self::price_basis`]), rounded down (in the
	/// pot's favour).
	///
	/// The guard against a skewed ratio: a pot whose shares outnumber its price basis more than
	/// `max_shares_per_value` times (it paid most of its value out for jobs) takes no new money
	/// ([`PricingError::Depleted`]). Without it a newcomer would buy shares by the billion, and
	/// at zero value the price would be a division by zero. The opposite skew (few shares for a
	/// lot of value) cannot be built: value grows only with contributions, which mint shares at
	/// the current price, and donations are not value.
	pub fn shares_for(
		&self,
		amount: Balance,
		max_shares_per_value: u32,
	) -> Result<Balance, PricingError> {
		let shares = if self.total_shares.is_zero() {
			amount
		} else {
			let basis = self.price_basis().ok_or(PricingError::Overflow)?;
			// A ceiling beyond the balance type is no limit: no share count can pass it.
			let ceiling = basis.checked_mul(&max_shares_per_value.into());
			if ceiling.is_some_and(|ceiling| self.total_shares > ceiling) || basis.is_zero() {
				return Err(PricingError::Depleted);
			}
			mul_div(amount, self.total_shares, basis, Rounding::Down)
				.ok_or(PricingError::Overflow)?
		};
		if shares.is_zero() {
			return Err(PricingError::TooSmall);
		}
		Ok(shares)
	}

	/// What new shares are priced against: the free value **and** what is reserved for jobs.
	/// A reservation may come back (a refund), and it belongs to the shares that existed when
	/// it was made: priced against the free value alone, a newcomer would buy cheap while a job
	/// is pending and take part of its refund. Withdrawals pay from the free value only.
	pub fn price_basis(&self) -> Option<Balance> {
		self.value.checked_add(&self.reserved)
	}

	/// Whether the pot has no shares and nothing reserved: its record goes then.
	pub fn is_empty(&self) -> bool {
		self.total_shares.is_zero() && self.reserved.is_zero()
	}

	/// What `shares` are worth: `shares × value / total_shares`, rounded down (in the pot's
	/// favour; the dust stays with the remaining shares). All the shares are worth the whole
	/// value. Zero for a pot without shares.
	pub fn value_of(&self, shares: Balance) -> Balance {
		if self.total_shares.is_zero() {
			return Zero::zero();
		}
		if shares >= self.total_shares {
			return self.value;
		}
		mul_div(shares, self.value, self.total_shares, Rounding::Down).unwrap_or_else(Zero::zero)
	}
}

/// A member's stake in one community's pot.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen, Default)]
pub struct Position<Balance> {
	/// The member's shares of the pot (never zero: a position without shares is removed).
	pub shares: Balance,
	/// Unspent access credits in this community, in payment-asset units: each contribution
	/// adds what it put into the pot's value (linear access); jobs the member requests spend
	/// them; withdrawals take the part that matches the shares withdrawn.
	pub credits: Balance,
	/// Payment asset the member paid into this pot since the position was opened (the
	/// lifetime contribution; it is not reduced by withdrawals).
	pub contributed: Balance,
	/// Native tokens minted to the member for this position and not burned yet: a withdrawal
	/// burns the part that matches the shares withdrawn, at the rate they were minted at.
	pub native_minted: Balance,
	/// What the member holds for this record under `HoldReason::Position`.
	pub deposit: Balance,
}

impl<Balance: AtLeast32BitUnsigned + Copy> Position<Balance> {
	/// The part of `whole` (credits or native tokens of this position) that goes with
	/// `shares` of its shares: `whole × shares / self.shares`, rounded up, so that withdrawing
	/// in many small steps never keeps more than withdrawing at once; all of it for all the
	/// shares.
	pub fn part_of(&self, whole: Balance, shares: Balance) -> Balance {
		if shares >= self.shares {
			return whole;
		}
		mul_div(whole, shares, self.shares, Rounding::Up).unwrap_or(whole).min(whole)
	}
}

/// `a × b / c` with the given rounding, computed without intermediate overflow; `None` if
/// `c` is zero or the result does not fit.
pub fn mul_div<Balance: AtLeast32BitUnsigned + Copy>(
	a: Balance,
	b: Balance,
	c: Balance,
	rounding: Rounding,
) -> Option<Balance> {
	let (a, b, c): (u128, u128, u128) =
		(a.unique_saturated_into(), b.unique_saturated_into(), c.unique_saturated_into());
	if c == 0 {
		return None;
	}
	sp_arithmetic::helpers_128bit::multiply_by_rational_with_rounding(a, b, c, rounding)
		.and_then(|result| result.try_into().ok())
}

/// What pallet-community-treasury needs to know about communities: the pallet that keeps them
/// (pallet-voting in this runtime) implements it, so the two stay loosely coupled.
pub trait Communities<CommunityId, AccountId> {
	/// Whether the community exists.
	fn exists(community: CommunityId) -> bool;
	/// Whether `who` is a member of `community` (only members contribute).
	fn is_member(community: CommunityId, who: &AccountId) -> bool;
	/// Whether `who` has a vote in `community` that can still change: not retracted, on a
	/// proposal whose deadline has not passed (such a member cannot withdraw: no voting for a
	/// spend and leaving before it is decided).
	fn has_outstanding_votes(community: CommunityId, who: &AccountId) -> bool;
}

/// The pot ledger's side of paid jobs: what the pallet that queues jobs calls to set a job's
/// budget aside, give it back, pay it, and charge a member's access credits.
pub trait PotLedger<CommunityId, AccountId, Balance> {
	/// Moves `amount` of the pot's free value to its reservations.
	fn reserve(community: CommunityId, amount: Balance) -> DispatchResult;
	/// Gives `amount` of the pot's reservations back to its free value (a refund). If the pot
	/// has no shares left, the money stays in the account but is not value: nobody's shares
	/// can take it.
	fn unreserve(community: CommunityId, amount: Balance) -> DispatchResult;
	/// Pays `amount` of the pot's reservations to `to`.
	fn pay_reserved(community: CommunityId, to: &AccountId, amount: Balance) -> DispatchResult;
	/// Spends `amount` of `who`'s access credits in `community`.
	fn spend_credits(community: CommunityId, who: &AccountId, amount: Balance) -> DispatchResult;
	/// The pot's account (slashes and lost dispute deposits are sent there in native tokens).
	fn pot_account(community: CommunityId) -> AccountId;
	/// What the pot has reserved for jobs now (zero without a pot).
	fn reserved(community: CommunityId) -> Balance;
	/// Adds `amount`, which arrived in the pot's account from elsewhere in the runtime (a
	/// model funding returned), to the pot's free value; if the pot has no shares left it stays
	/// in the account outside the value, like a refund.
	fn receive(community: CommunityId, amount: Balance) -> DispatchResult;
}

/// A pot as `TreasuryApi::pot` shows it.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo)]
pub struct PotView<AccountId, Balance> {
	/// The pot's account (any wallet shows its balance of the payment asset).
	pub account: AccountId,
	/// The account's balance of the payment asset: free value, reservations, the pot's
	/// existential balance and any donations.
	pub balance: Balance,
	/// The free value the shares are worth.
	pub value: Balance,
	/// Payment asset set aside for approved jobs.
	pub reserved: Balance,
	/// Shares of all members.
	pub total_shares: Balance,
	/// Whether Root paused contributions and withdrawals.
	pub paused: bool,
}

/// A member's position as `TreasuryApi::position` shows it.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo)]
pub struct PositionView<Balance> {
	/// The member's shares.
	pub shares: Balance,
	/// What they would withdraw now (their part of the free value, rounded down).
	pub value: Balance,
	/// Unspent access credits.
	pub credits: Balance,
	/// Lifetime contribution of the position.
	pub contributed: Balance,
	/// Native tokens minted for the position and not burned yet.
	pub native_minted: Balance,
	/// The position's storage deposit.
	pub deposit: Balance,
}

/// What a contribution would give, as `contribute` would compute it now.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo)]
pub struct ContributionQuote<Balance> {
	/// The part that becomes the pot's existential balance instead of value (only when the
	/// pot's account holds less than the asset's minimum balance, i.e. the very first time).
	pub endowment: Balance,
	/// Shares bought.
	pub shares: Balance,
	/// Native tokens minted.
	pub native: Balance,
	/// Access credits granted.
	pub credits: Balance,
	/// Native tokens held as storage deposits (the position's, and the pot's if it is new).
	pub deposit: Balance,
}

/// What a withdrawal would give back and take, as `withdraw` would compute it now.
#[derive(Clone, Encode, Decode, PartialEq, Eq, Debug, TypeInfo)]
pub struct WithdrawalQuote<Balance> {
	/// Payment asset paid out.
	pub amount: Balance,
	/// Native tokens burned.
	pub native_burned: Balance,
	/// Access credits removed.
	pub credits_burned: Balance,
	/// Deposits released (when the position, or the pot record, goes).
	pub deposit_released: Balance,
}

/// What the benchmarks need from the runtime: a member and money to contribute.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<CommunityId, AccountId, Balance> {
	/// A community id for the benchmarks.
	fn community() -> CommunityId;
	/// Makes `who` a member of `community`, creating the community if needed.
	fn make_member(community: CommunityId, who: &AccountId);
	/// Gives `who` `amount` of the payment asset (creating the asset if needed).
	fn fund_payment(who: &AccountId, amount: Balance);
}
