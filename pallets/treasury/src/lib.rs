//! # pallet-community-treasury
//!
//! Communities pool a well-known **payment asset** (a stable coin or DOT, kept by
//! `pallet-assets` or any other `fungibles` implementation) to pay for their shared AI compute
//! instance. Each community has one **pot**; a member who contributes receives, in one step:
//! - **shares** of the pot, priced against the pot's tracked value plus what it has reserved
//!   for jobs (first contribution 1:1; see [`Pot::price_basis`]);
//! - **native tokens**, minted at the rate [`NativePerPayment`]: voting power in any
//!   community (steering stays quadratic in them);
//! - **access credits** in that community, equal to what the contribution added to the pot's
//!   value (access is linear in what one paid); the jobs that a member requests spend them.
//!
//! A member withdraws its part of the pot's **free** value by burning shares; the native
//! tokens and the unspent credits that go with those shares are burned with them. Money that
//! is reserved for approved jobs is never withdrawable.
//!
//! ## Terms
//! - **Pot account**: the `PalletId` sub-account of the community id (see
//!   [`Pallet::pot_account`]), so any wallet shows the pot's balance. Only this pallet moves
//!   money out of it.
//! - **Value**: what the shares are worth (and, with the reservations, priced against),
//!   tracked in [`Pots`], never read from the account. A direct transfer into the pot (a donation) is not value: it cannot move the
//!   share price (the ERC-4626 inflation attack) and nobody's shares can take it.
//! - **Reserved**: payment asset set aside for approved jobs ([`PotLedger`]); out of the value.
//! - **Existential balance**: the pot account never holds less than the asset's minimum
//!   balance, so that payouts never take the account below it (which would drag its dust
//!   along). When a contribution finds the account short of `value + reserved + minimum
//!   balance` (in practice: the pot's very first contribution), the shortfall is kept from the
//!   contribution as the pot's existential balance, not value (`PotEndowed`).
//! - **Deposit**: the native tokens a record holds from its creator under the pallet's
//!   [`HoldReason`]s: `DepositBase + DepositPerByte × bytes` of its key and value, recorded in
//!   the record, returned in full when it goes.
//!
//! ## Calls
//! - [`Pallet::contribute`]: a member pays into its community's pot.
//! - [`Pallet::withdraw`]: a shareholder takes its part of the free value back.
//! - Root: [`Pallet::set_rate`] (native tokens per payment unit) and [`Pallet::set_paused`]
//!   (stop contributions and withdrawals of one community in an emergency).
//!
//! ## Issuance
//! The native total issuance changes in this pallet only by the mint of `contribute`
//! ([`Event::Contributed::native_minted`]) and the burn of `withdraw`
//! ([`Event::Withdrawn::native_burned`]). The payment asset is only moved, never minted or
//! burned.
//!
//! ## Decisions where the spec leaves room
//! - Only members contribute; anyone with shares may withdraw, also after leaving the
//!   community or after the community was dissolved: the money is theirs.
//! - Withdrawing needs no outstanding vote in that community (retract it, or wait for its
//!   deadline): a vote that could still change may be for a spend.
//! - Native tokens and credits that go with withdrawn shares are the position's own records
//!   (what was minted and granted), taken in proportion and rounded up; a rate change does
//!   not change what a withdrawal burns. If the tokens are frozen (votes elsewhere) or were
//!   transferred away, the withdrawal fails with [`Error::NativeTokensFrozen`] or
//!   [`Error::NativeTokensMissing`].
//! - A position lives while it has shares; the lifetime contribution is the position's. An
//!   indexer rebuilds the whole history from the events.
//! - The pot record's deposit is held from the member whose contribution created it, until
//!   the pot has no shares and nothing reserved.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod deposit;
mod ledger;
#[cfg(test)]
mod mock;
mod pot;
#[cfg(test)]
mod proptests;
pub mod runtime_api;
#[cfg(test)]
mod tests;
// Also with `std`: the pallets that build on the pots check these invariants in their tests.
#[cfg(any(feature = "try-runtime", feature = "std", test))]
mod try_state;
pub mod types;
pub mod weights;

pub use types::*;
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{self, InspectHold, MutateHold},
			fungibles,
		},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::FixedU128;

	/// The balance type of the native currency (also the payment asset's).
	pub type BalanceOf<T> = <<T as Config>::Currency as fungible::Inspect<
		<T as frame_system::Config>::AccountId,
	>>::Balance;
	/// The asset id type of the payment asset's `fungibles` implementation.
	pub type AssetIdOf<T> = <<T as Config>::Assets as fungibles::Inspect<
		<T as frame_system::Config>::AccountId,
	>>::AssetId;
	/// A pot of this runtime.
	pub type PotOf<T> = Pot<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
	/// A position of this runtime.
	pub type PositionOf<T> = Position<BalanceOf<T>>;

	/// The in-code storage version.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The native currency: minted at contribution, burned at withdrawal, held for
		/// deposits.
		type Currency: fungible::Mutate<Self::AccountId>
			+ InspectHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ MutateHold<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Where the payment asset lives (`pallet-assets` here; a parachain may plug in its
		/// foreign assets). The pallet only transfers it.
		type Assets: fungibles::Mutate<Self::AccountId, Balance = BalanceOf<Self>>;

		/// The payment asset's id in `Assets`.
		#[pallet::constant]
		type PaymentAssetId: Get<AssetIdOf<Self>>;

		/// The community id type of the pallet that keeps the communities.
		type CommunityId: Parameter + Member + MaxEncodedLen + Copy + Ord;

		/// The communities: existence, membership and outstanding votes.
		type Communities: Communities<Self::CommunityId, Self::AccountId>;

		/// The pots' accounts are sub-accounts of this id.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The rate [`NativePerPayment`] has until Root sets one: native base units minted per
		/// base unit of the payment asset.
		#[pallet::constant]
		type DefaultNativePerPayment: Get<FixedU128>;

		/// The skewed-ratio guard: a pot whose shares outnumber its value + reserved more than
		/// this many times takes no new contribution (see [`Pot::shares_for`]).
		#[pallet::constant]
		type MaxSharesPerValue: Get<u32>;

		/// The deposit of one storage item, whatever its size.
		#[pallet::constant]
		type DepositBase: Get<BalanceOf<Self>>;

		/// The deposit of one byte of state, key and value.
		#[pallet::constant]
		type DepositPerByte: Get<BalanceOf<Self>>;

		/// The origin of `set_rate` and `set_paused`.
		type ForceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Weight information for the calls of this pallet.
		type WeightInfo: WeightInfo;

		/// Sets up members and money for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::CommunityId, Self::AccountId, BalanceOf<Self>>;
	}

	/// The reasons this pallet holds native funds for: the storage deposits.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A member's position, held from the member until the position has no shares.
		#[codec(index = 0)]
		Position,
		/// A pot's record, held from the member whose contribution created it.
		#[codec(index = 1)]
		Pot,
	}

	impl HoldReason {
		/// Every reason, in index order.
		pub const ALL: [HoldReason; 2] = [HoldReason::Position, HoldReason::Pot];
	}

	/// The pots, by community (present from the first contribution while the pot has shares
	/// or reservations).
	#[pallet::storage]
	pub type Pots<T: Config> = StorageMap<_, Blake2_128Concat, T::CommunityId, PotOf<T>>;

	/// Members' positions, by community and member (present while the member has shares).
	#[pallet::storage]
	pub type Positions<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::CommunityId,
		Blake2_128Concat,
		T::AccountId,
		PositionOf<T>,
	>;

	/// Native base units minted per base unit of the payment asset contributed.
	#[pallet::storage]
	pub type NativePerPayment<T: Config> =
		StorageValue<_, FixedU128, ValueQuery, T::DefaultNativePerPayment>;

	/// Communities whose contributions and withdrawals Root paused.
	#[pallet::storage]
	pub type Paused<T: Config> = StorageMap<_, Blake2_128Concat, T::CommunityId, ()>;

	/// Events of the pallet. Together they are the pots' whole ledger: an indexer rebuilds every
	/// pot, position and issuance change from them alone.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `who` paid `amount` of the payment asset into `community`'s pot (of which
		/// `PotEndowed` says what was kept as existential balance) and received `shares`,
		/// `native_minted` native tokens (minted) and `credits` access credits.
		Contributed {
			community: T::CommunityId,
			who: T::AccountId,
			amount: BalanceOf<T>,
			shares: BalanceOf<T>,
			native_minted: BalanceOf<T>,
			credits: BalanceOf<T>,
		},
		/// `who` burned `shares` of `community`'s pot and received `amount` of the payment
		/// asset; `native_burned` native tokens and `credits_burned` credits went with them.
		Withdrawn {
			community: T::CommunityId,
			who: T::AccountId,
			shares: BalanceOf<T>,
			amount: BalanceOf<T>,
			native_burned: BalanceOf<T>,
			credits_burned: BalanceOf<T>,
		},
		/// A contribution created `community`'s pot record; its account is `account`.
		PotOpened { community: T::CommunityId, account: T::AccountId },
		/// `amount` of a contribution stays in the pot account as its existential balance, not
		/// as value.
		PotEndowed { community: T::CommunityId, amount: BalanceOf<T> },
		/// `community`'s pot record was removed (no shares and nothing reserved left).
		PotClosed { community: T::CommunityId },
		/// `amount` of the pot's free value was reserved for a job.
		Reserved { community: T::CommunityId, amount: BalanceOf<T> },
		/// `amount` of the pot's reservations went back to its free value (`to_value`), or
		/// stays in the account outside the value because the pot has no shares.
		Unreserved { community: T::CommunityId, amount: BalanceOf<T>, to_value: bool },
		/// `amount` arrived in the pot's account from elsewhere in the runtime (a model funding
		/// returned) and joined its free value (`to_value`), or stays outside the value because
		/// the pot has no shares.
		Received { community: T::CommunityId, amount: BalanceOf<T>, to_value: bool },
		/// `amount` of the pot's reservations was paid to `to`.
		ReservedPaid { community: T::CommunityId, to: T::AccountId, amount: BalanceOf<T> },
		/// `who` spent `amount` of its access credits in `community`.
		CreditsSpent { community: T::CommunityId, who: T::AccountId, amount: BalanceOf<T> },
		/// Root set the mint rate.
		RateSet { rate: FixedU128 },
		/// Root paused or unpaused `community`'s pot.
		PauseSet { community: T::CommunityId, paused: bool },
		/// A deposit was held from `who` for a new record.
		DepositHeld { who: T::AccountId, reason: HoldReason, amount: BalanceOf<T> },
		/// A record's deposit went back to `who`.
		DepositReleased { who: T::AccountId, reason: HoldReason, amount: BalanceOf<T> },
	}

	/// Errors of the pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// The amount (or share count) is zero.
		ZeroAmount,
		/// No community with this id exists.
		UnknownCommunity,
		/// Only members of the community may contribute to its pot.
		NotMember,
		/// Root paused this community's pot: no contribution or withdrawal until it unpauses.
		Paused,
		/// The caller does not have `amount` of the payment asset it can spend.
		InsufficientPaymentAsset,
		/// The contribution is too small: after the pot's existential balance it buys less
		/// than one share.
		ContributionTooSmall,
		/// The pot paid out so much of its value that its shares are worth less than
		/// `1 / MaxSharesPerValue` each: it takes no new money.
		PotDepleted,
		/// The amounts overflow the balance type (or the native total issuance).
		Overflow,
		/// The caller has no position in this pot.
		NoPosition,
		/// The caller has fewer shares than it asked to withdraw.
		InsufficientShares,
		/// The caller has a vote in this community that can still change (not retracted, its
		/// proposal's deadline not passed).
		OutstandingVotes,
		/// The native tokens that go with these shares are frozen (the caller's voting
		/// budget): lower it with `set_vote_budget` first.
		NativeTokensFrozen,
		/// The caller no longer has the native tokens that go with these shares (transferred
		/// or held): get them back first.
		NativeTokensMissing,
		/// The caller cannot pay the storage deposit (after the mint).
		CannotHoldDeposit,
		/// The community has no pot.
		NoPot,
		/// The pot's free value cannot cover the reservation.
		InsufficientFreeValue,
		/// The pot's reservations do not cover the amount.
		InsufficientReserved,
		/// The member's credits do not cover the amount.
		InsufficientCredits,
		/// The contribution would leave the member less than the payment asset's minimum
		/// balance (which would be lost as dust): contribute everything or leave at least that.
		WouldLeaveDust,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Pay `amount` of the payment asset into `community`'s pot, receiving shares, native
		/// tokens and access credits at once (see the crate docs; `TreasuryApi::quote_contribute`
		/// shows them before signing).
		///
		/// - origin: signed, a member of the community. It holds the position's deposit if it
		///   has none yet (and the pot record's if the pot has none), paid from its native
		///   balance after the mint.
		/// - `amount`: payment asset moved from the caller to the pot account.
		///
		/// Emits `Contributed` (and `PotOpened`, `PotEndowed`, `DepositHeld` when they apply).
		/// Weight: O(1).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::contribute())]
		pub fn contribute(
			origin: OriginFor<T>,
			community: T::CommunityId,
			#[pallet::compact] amount: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_contribute(community, who, amount)
		}

		/// Burn `shares` of `community`'s pot and take their part of its free value back; the
		/// native tokens and unspent credits that go with those shares are burned too
		/// (`TreasuryApi::quote_withdraw` shows all of it before signing).
		///
		/// - origin: signed, a shareholder without outstanding votes in the community (it need
		///   not be a member any more). It must still have the native tokens to burn, free.
		/// - `shares`: at most the caller's shares; all of them close the position and return
		///   its deposit (and the pot record's, when the pot is left with nothing).
		///
		/// Emits `Withdrawn` (and `DepositReleased`, `PotClosed` when they apply).
		/// Weight: O(1).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::withdraw())]
		pub fn withdraw(
			origin: OriginFor<T>,
			community: T::CommunityId,
			#[pallet::compact] shares: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw(community, who, shares)
		}

		/// Set [`NativePerPayment`], the native base units minted per payment base unit in
		/// later contributions (earlier positions burn what they were minted).
		///
		/// - origin: `ForceOrigin` (Root).
		///
		/// Emits `RateSet`. Weight: O(1).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_rate())]
		pub fn set_rate(origin: OriginFor<T>, rate: FixedU128) -> DispatchResult {
			T::ForceOrigin::ensure_origin(origin)?;
			NativePerPayment::<T>::put(rate);
			Self::deposit_event(Event::RateSet { rate });
			Ok(())
		}

		/// Pause or unpause `community`'s pot: while paused, nobody contributes or withdraws
		/// (jobs keep their reservations).
		///
		/// - origin: `ForceOrigin` (Root).
		/// - `community`: any id (a pot may be paused before it exists).
		///
		/// Emits `PauseSet`. Weight: O(1).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_paused())]
		pub fn set_paused(
			origin: OriginFor<T>,
			community: T::CommunityId,
			paused: bool,
		) -> DispatchResult {
			T::ForceOrigin::ensure_origin(origin)?;
			if paused {
				Paused::<T>::insert(community, ());
			} else {
				Paused::<T>::remove(community);
			}
			Self::deposit_event(Event::PauseSet { community, paused });
			Ok(())
		}
	}
}
