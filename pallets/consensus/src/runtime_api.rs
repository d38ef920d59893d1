//! `ConsensusApi`: a model's peers with their latest results (the metagraph), an account's
//! penalty count, and whether it may submit now.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;

sp_api::decl_runtime_apis! {
	/// Read access to pallet-consensus. Version 2: `model_funding` (`Payment` is the payment
	/// asset's balance).
	#[api_version(2)]
	pub trait ConsensusApi<AccountId, Balance, Payment>
	where
		AccountId: codec::Codec,
		Balance: codec::Codec,
		Payment: codec::Codec,
	{
		/// The model's peers with their latest consensus results, or empty for an unknown model.
		fn model_peers(model: ModelId) -> Vec<PeerView<AccountId, Balance>>;
		/// The account's penalty count.
		fn penalty_count(who: AccountId) -> u32;
		/// Whether the account may submit (or unconfirm) for the model now, and if not, why.
		fn submit_status(model: ModelId, who: AccountId) -> SubmitStatus;
		/// The current epoch.
		fn current_epoch() -> Epoch;
		/// The model's funding account, its payment-asset balance and the communities that
		/// fund its peers (what each still owes and over how many epochs).
		fn model_funding(model: ModelId) -> FundingView<AccountId, Payment>;
	}
}

impl<T: Config> Pallet<T> {
	/// See [`ConsensusApi::model_peers`]. O(P).
	pub fn model_peer_views(model: ModelId) -> Vec<PeerView<T::AccountId, BalanceOf<T>>> {
		Peers::<T>::iter_prefix(model)
			.map(|(account, peer)| PeerView {
				result: ConsensusResults::<T>::get(model, &account),
				account,
				peer_id: peer.peer_id.into_inner(),
				stake: peer.stake,
				joined_epoch: peer.joined_epoch,
			})
			.collect()
	}

	/// See [`ConsensusApi::submit_status`]: the gates of `submit_consensus_data`, without the
	/// per-epoch "already submitted" check (unconfirming stays possible after submitting).
	pub fn submit_status(model: ModelId, who: &T::AccountId) -> SubmitStatus {
		match Self::ensure_may_submit(model, who) {
			Ok(_) => SubmitStatus::Allowed,
			Err(sp_runtime::DispatchError::Module(error)) => {
				SubmitStatus::Denied(error.message.unwrap_or_default().as_bytes().to_vec())
			},
			Err(other) => SubmitStatus::Denied(<&'static str>::from(other).as_bytes().to_vec()),
		}
	}
}
