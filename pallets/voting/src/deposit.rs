//! Storage deposits: what each record holds, and the one place deposits are taken and returned.
//!
//! A record's deposit is `DepositBase + DepositPerByte × bytes`, where `bytes` counts its
//! storage key and its value: the value's largest encoding for fixed-size records, the real
//! encoding for an open proposal (whose command is as long as its metadata). The amount taken is
//! recorded in the record itself, so it comes back in full even if the prices change.

use crate::{pallet::*, types::*};
use codec::{Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision, Defensive},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{Saturating, Zero},
	SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	/// The deposit for one storage item of `bytes` bytes (key and value).
	pub fn deposit_for(bytes: usize) -> BalanceOf<T> {
		let bytes: BalanceOf<T> = bytes.saturated_into();
		T::DepositBase::get().saturating_add(T::DepositPerByte::get().saturating_mul(bytes))
	}

	/// The deposit of a community's record.
	pub fn community_deposit(community: CommunityId) -> BalanceOf<T> {
		let key = Communities::<T>::hashed_key_for(community).len();
		Self::deposit_for(key.saturating_add(CommunityOf::<T>::max_encoded_len()))
	}

	/// The deposit of a member's record.
	pub fn membership_deposit(community: CommunityId, who: &T::AccountId) -> BalanceOf<T> {
		let key = Members::<T>::hashed_key_for(community, who).len();
		Self::deposit_for(key.saturating_add(Membership::<BalanceOf<T>>::max_encoded_len()))
	}

	/// The deposit of an account's voting record, for its largest size (`MaxVotesPerVoter`
	/// votes), so that votes hold nothing more.
	pub fn voter_deposit(who: &T::AccountId) -> BalanceOf<T> {
		let key = Voters::<T>::hashed_key_for(who).len();
		Self::deposit_for(key.saturating_add(VoterOf::<T>::max_encoded_len()))
	}

	/// The deposit of one vouch for `candidate`: charged as if it had its own key.
	pub fn vouch_deposit(community: CommunityId, candidate: &T::AccountId) -> BalanceOf<T> {
		let key = Vouches::<T>::hashed_key_for(community, candidate).len();
		Self::deposit_for(key.saturating_add(VouchOf::<T>::max_encoded_len()))
	}

	/// The deposit of `open`, pushed as proposal `proposal`: its record with its command and
	/// its tally's record, and the outcome record that replaces them at the close. The queued
	/// copy of the command (if it passes in a community with an executor) is smaller than the
	/// open record and is covered by the same command part.
	pub fn proposal_deposit(
		community: CommunityId,
		proposal: ProposalId,
		open: &ProposalOf<T>,
	) -> ProposalDeposit<BalanceOf<T>> {
		let key = Proposals::<T>::hashed_key_for(community, proposal).len();
		let tally_key = Tallies::<T>::hashed_key_for(community, proposal).len();
		let outcome_key = Outcomes::<T>::hashed_key_for(community, proposal).len();
		let tally = tally_key.saturating_add(ProposalTally::<BlockNumberFor<T>>::max_encoded_len());
		ProposalDeposit {
			command: Self::deposit_for(key.saturating_add(open.encoded_size()))
				.saturating_add(Self::deposit_for(tally)),
			outcome: Self::deposit_for(
				outcome_key.saturating_add(OutcomeOf::<T>::max_encoded_len()),
			),
		}
	}

	/// The deposit of a requested job's queued record (its command is as long as it is).
	pub fn job_deposit(
		community: CommunityId,
		job: ProposalId,
		queued: &QueuedCommandOf<T>,
	) -> BalanceOf<T> {
		let key = PendingExecutions::<T>::hashed_key_for(community, job).len();
		Self::deposit_for(key.saturating_add(queued.encoded_size()))
	}

	/// The deposit of a payment's record (with room for a dispute).
	pub fn payment_deposit(community: CommunityId, job: ProposalId) -> BalanceOf<T> {
		let key = Payments::<T>::hashed_key_for(community, job).len();
		Self::deposit_for(key.saturating_add(PaymentOf::<T>::max_encoded_len()))
	}

	/// The deposit of an execution receipt.
	pub fn receipt_deposit(community: CommunityId, proposal: ProposalId) -> BalanceOf<T> {
		let key = Receipts::<T>::hashed_key_for(community, proposal).len();
		Self::deposit_for(key.saturating_add(ReceiptOf::<T>::max_encoded_len()))
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
