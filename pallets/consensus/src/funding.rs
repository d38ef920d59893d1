//! Model funding: communities pay the peers that host their model with their own money.
//!
//! A community's passed `FundModel { model, amount, epochs }` proposal (pallet-voting) moves
//! `amount` of the payment asset from its pot to the model's **payment account** (this
//! pallet's `PalletId` sub-account of the model id) and records a [`ModelFunding`] here. Each
//! epoch in which the model forms consensus credits, per funding, `remaining / epochs_left` of
//! it (all of it in the last epoch) to the in-consensus submitters, split by their consensus
//! scores like the native reward; peers out of consensus get nothing. The credit stays in the
//! funding account until the peer claims it (`claim_rewards`; a claim below the asset's
//! minimum balance for an account that holds none waits until there is more). What is not
//! credited (an epoch with nobody to pay, a rounding remainder) stays in `remaining` and is
//! spread over the epochs left; once none is left the remainder waits until a later proposal
//! returns it to the pot ([`Pallet::withdraw_funding`]). Nothing is minted: the payment asset
//! only moves.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungibles::{Inspect, Mutate},
		tokens::Preservation,
	},
};
use sp_runtime::{
	traits::{AccountIdConversion, CheckedAdd, Saturating, Zero},
	SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	/// The account that holds `model`'s funding in the payment asset.
	pub fn funding_account(model: ModelId) -> T::AccountId {
		T::PalletId::get().into_sub_account_truncating((b"fund", model))
	}

	/// Records `community`'s funding of `model`: `amount` (already in the model's funding
	/// account) paid over `epochs` formed epochs. A community that funds the model already
	/// adds to its funding, which then runs for `epochs` from now.
	pub fn add_funding(
		model: ModelId,
		community: FunderId,
		amount: PaymentOf<T>,
		epochs: u32,
	) -> DispatchResult {
		ensure!(Models::<T>::contains_key(model), Error::<T>::UnknownModel);
		ensure!(epochs > 0, Error::<T>::ZeroFundingEpochs);
		ensure!(!amount.is_zero(), Error::<T>::ZeroFundingAmount);
		ModelFundings::<T>::try_mutate(model, |fundings| {
			match fundings.iter_mut().find(|f| f.community == community) {
				Some(funding) => {
					funding.remaining =
						funding.remaining.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
					funding.epochs_left = epochs;
				},
				None => fundings
					.try_push(ModelFunding { community, remaining: amount, epochs_left: epochs })
					.map_err(|_| Error::<T>::TooManyFundings)?,
			}
			Ok::<(), DispatchError>(())
		})?;
		Self::deposit_event(Event::ModelFunded { model, community, amount, epochs });
		Ok(())
	}

	/// Ends `community`'s funding of `model` and pays what is left of it to `to` (the
	/// community's pot). Returns the amount.
	pub fn withdraw_funding(
		model: ModelId,
		community: FunderId,
		to: &T::AccountId,
	) -> Result<PaymentOf<T>, DispatchError> {
		let mut fundings = ModelFundings::<T>::get(model);
		let index = fundings
			.iter()
			.position(|f| f.community == community)
			.ok_or(Error::<T>::NoFunding)?;
		let funding = fundings.remove(index);
		if !funding.remaining.is_zero() {
			T::PaymentAssets::transfer(
				T::PaymentAssetId::get(),
				&Self::funding_account(model),
				to,
				funding.remaining,
				Preservation::Expendable,
			)?;
		}
		Self::store_fundings(model, fundings);
		Self::deposit_event(Event::FundingReturned { model, community, amount: funding.remaining });
		Ok(funding.remaining)
	}

	/// Credits this epoch's part of every funding of `model` to `rewarded` (uid, consensus
	/// score), in proportion to the scores, in `unclaimed` (the model's
	/// [`UnclaimedRewards`], indexed by uid). The money stays in the funding account until the
	/// peers claim it. O(fundings × rewarded), no storage but the fundings.
	pub(crate) fn credit_fundings(
		model: ModelId,
		epoch: Epoch,
		rewarded: &[(Uid, Score)],
		unclaimed: &mut [OwedOf<T>],
	) {
		let mut fundings = ModelFundings::<T>::get(model);
		if fundings.is_empty() {
			return;
		}
		let weights: Vec<Score> = rewarded.iter().map(|(_, score)| *score).collect();
		for funding in fundings.iter_mut() {
			if funding.epochs_left == 0 {
				continue;
			}
			let due: u128 =
				funding.remaining.saturated_into::<u128>() / u128::from(funding.epochs_left);
			funding.epochs_left = funding.epochs_left.saturating_sub(1);
			let mut credited = PaymentOf::<T>::zero();
			let mut recipients = 0u32;
			for ((uid, _), share) in rewarded.iter().zip(crate::math::split_reward(due, &weights)) {
				let share: PaymentOf<T> = share.saturated_into();
				if share.is_zero() {
					continue;
				}
				if let Some(owed) = unclaimed.get_mut(usize::from(*uid)) {
					owed.payment = owed.payment.saturating_add(share);
					credited = credited.saturating_add(share);
					recipients = recipients.saturating_add(1);
				}
			}
			funding.remaining = funding.remaining.saturating_sub(credited);
			Self::deposit_event(Event::FundingCredited {
				model,
				epoch,
				community: funding.community,
				total: credited,
				recipients,
			});
		}
		fundings.retain(|f| !f.remaining.is_zero());
		Self::store_fundings(model, fundings);
	}

	fn store_fundings(model: ModelId, fundings: FundingsOf<T>) {
		if fundings.is_empty() {
			ModelFundings::<T>::remove(model);
		} else {
			ModelFundings::<T>::insert(model, fundings);
		}
	}

	/// What `model`'s funding account holds and owes, for `ConsensusApi::model_funding`.
	pub fn funding_view(model: ModelId) -> FundingView<T::AccountId, PaymentOf<T>> {
		let account = Self::funding_account(model);
		FundingView {
			balance: T::PaymentAssets::balance(T::PaymentAssetId::get(), &account),
			account,
			fundings: ModelFundings::<T>::get(model).into_inner(),
		}
	}
}
