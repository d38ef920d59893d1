//! [`CheckConsensusSubmission`]: the transaction extension that keeps the free consensus calls
//! from being spammed.
//!
//! `submit_consensus_data` and `unconfirm_consensus_data` pay no fee, so nothing but this
//! extension stops an account from filling blocks with them. It runs the call's own checks
//! before the transaction enters the pool or a block: an account that is not an eligible peer
//! of the model (or may not submit now for any other reason the call would give), or that
//! submitted (unconfirmed) this epoch already, is refused with `InvalidTransaction::Custom(i)`,
//! `i` being the index of the call's error in pallet-consensus's `Error` (so clients can name
//! it from the metadata). A valid call `provides` the tag (account, model, epoch, kind), so the
//! pool keeps one per peer and epoch, and lives until the epoch ends. At most
//! `MaxFreeCallsPerBlock` of them go into one block; the rest wait for the next.
//!
//! The runtime must list this extension in its `TxExtension`: without it the free calls are
//! open to spam.

use crate::{pallet::*, weights::WeightInfo};
use codec::{Decode, DecodeWithMemTracking, Encode};
use core::marker::PhantomData;
use frame_support::{
	pallet_prelude::TransactionSource,
	traits::{Get, IsSubType, OriginTrait},
	weights::Weight,
	DefaultNoBound,
};
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{DispatchInfoOf, Implication, TransactionExtension, ValidateResult},
	transaction_validity::{InvalidTransaction, TransactionValidityError, ValidTransaction},
	DispatchError, SaturatedConversion,
};

/// Which free call a transaction makes.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Debug)]
pub enum FreeCall {
	/// `submit_consensus_data`.
	Submit,
	/// `unconfirm_consensus_data`.
	Unconfirm,
}

/// Refuses invalid or repeated free consensus calls before they are included, and caps them per
/// block (see the module docs).
#[derive(Encode, Decode, DecodeWithMemTracking, DefaultNoBound, Clone, Eq, PartialEq, TypeInfo)]
#[scale_info(skip_type_params(T))]
pub struct CheckConsensusSubmission<T>(PhantomData<T>);

impl<T> CheckConsensusSubmission<T> {
	/// The extension (it carries no data).
	pub fn new() -> Self {
		Self(PhantomData)
	}
}

impl<T> core::fmt::Debug for CheckConsensusSubmission<T> {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "CheckConsensusSubmission")
	}
}

/// The `InvalidTransaction` for a call that would fail with `error`.
fn invalid(error: DispatchError) -> TransactionValidityError {
	let code = match error {
		DispatchError::Module(module) => module.error[0],
		_ => u8::MAX,
	};
	InvalidTransaction::Custom(code).into()
}

impl<T: Config + Send + Sync> CheckConsensusSubmission<T>
where
	<T as frame_system::Config>::RuntimeCall: IsSubType<Call<T>>,
{
	/// The free call `call` makes, and its model.
	fn free_call(call: &<T as frame_system::Config>::RuntimeCall) -> Option<(FreeCall, &Call<T>)> {
		match call.is_sub_type()? {
			inner @ Call::submit_consensus_data { .. } => Some((FreeCall::Submit, inner)),
			inner @ Call::unconfirm_consensus_data { .. } => Some((FreeCall::Unconfirm, inner)),
			_ => None,
		}
	}
}

impl<T: Config + Send + Sync> TransactionExtension<<T as frame_system::Config>::RuntimeCall>
	for CheckConsensusSubmission<T>
where
	<T as frame_system::Config>::RuntimeCall: IsSubType<Call<T>>,
{
	const IDENTIFIER: &'static str = "CheckConsensusSubmission";
	type Implicit = ();
	type Val = Option<FreeCall>;
	type Pre = ();

	/// The checks are those `unconfirm_consensus_data` makes (a submission's entry checks are
	/// cheaper than its storage), plus the block's counter.
	fn weight(&self, call: &<T as frame_system::Config>::RuntimeCall) -> Weight {
		match Self::free_call(call) {
			Some(_) => T::WeightInfo::unconfirm_consensus_data()
				.saturating_add(T::DbWeight::get().reads_writes(1, 1)),
			None => Weight::zero(),
		}
	}

	fn validate(
		&self,
		origin: <T as frame_system::Config>::RuntimeOrigin,
		call: &<T as frame_system::Config>::RuntimeCall,
		_info: &DispatchInfoOf<<T as frame_system::Config>::RuntimeCall>,
		_len: usize,
		_self_implicit: Self::Implicit,
		_inherited_implication: &impl Implication,
		_source: TransactionSource,
	) -> ValidateResult<Self::Val, <T as frame_system::Config>::RuntimeCall> {
		let Some((kind, inner)) = Self::free_call(call) else {
			return Ok((ValidTransaction::default(), None, origin));
		};
		let Some(who) = origin.as_signer() else {
			return Ok((ValidTransaction::default(), None, origin));
		};
		let (model, epoch) = match inner {
			Call::submit_consensus_data { model, data } => {
				let (epoch, _, _) =
					Pallet::<T>::check_submission(*model, who, data).map_err(invalid)?;
				(*model, epoch)
			},
			Call::unconfirm_consensus_data { model } => {
				let (epoch, _, _) = Pallet::<T>::check_unconfirm(*model, who).map_err(invalid)?;
				(*model, epoch)
			},
			_ => return Ok((ValidTransaction::default(), None, origin)),
		};
		let now: u64 = frame_system::Pallet::<T>::block_number().saturated_into();
		let length: u64 = T::EpochLength::get().saturated_into();
		let epoch_end = u64::from(epoch).saturating_add(1).saturating_mul(length);
		let valid = ValidTransaction::with_tag_prefix("CheckConsensusSubmission")
			.and_provides((who.clone(), model, epoch, kind))
			.longevity(epoch_end.saturating_sub(now).max(1))
			.build()?;
		Ok((valid, Some(kind), origin))
	}

	fn prepare(
		self,
		val: Self::Val,
		_origin: &<T as frame_system::Config>::RuntimeOrigin,
		_call: &<T as frame_system::Config>::RuntimeCall,
		_info: &DispatchInfoOf<<T as frame_system::Config>::RuntimeCall>,
		_len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		if val.is_some() {
			FreeCallsInBlock::<T>::try_mutate(|count| -> Result<(), TransactionValidityError> {
				if *count >= T::MaxFreeCallsPerBlock::get() {
					return Err(InvalidTransaction::ExhaustsResources.into());
				}
				*count = count.saturating_add(1);
				Ok(())
			})?;
		}
		Ok(())
	}
}
