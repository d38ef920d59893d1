//! `ConsensusApi`: a model's peers with their uids and latest results (the metagraph), an
//! account's penalty count, whether it may submit now and whether it did.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;

sp_api::decl_runtime_apis! {
	/// Read access to pallet-consensus. Version 2: `model_funding` (`Payment` is the payment
	/// asset's balance). Version 3: uids (`PeerView::uid`, unclaimed rewards, leave marks) and
	/// `participation`.
	#[api_version(3)]
	pub trait ConsensusApi<AccountId, Balance, Payment>
	where
		AccountId: codec::Codec,
		Balance: codec::Codec,
		Payment: codec::Codec,
	{
		/// The model's peers in uid order with their latest consensus results, or empty for
		/// an unknown model.
		fn model_peers(model: ModelId) -> Vec<PeerView<AccountId, Balance, Payment>>;
		/// The account's penalty count.
		fn penalty_count(who: AccountId) -> u32;
		/// Whether the account may submit (or unconfirm) for the model now, and if not, why.
		fn submit_status(model: ModelId, who: AccountId) -> SubmitStatus;
		/// The current epoch.
		fn current_epoch() -> Epoch;
		/// The model's funding account, its payment-asset balance and the communities that
		/// fund its peers (what each still owes and over how many epochs).
		fn model_funding(model: ModelId) -> FundingView<AccountId, Payment>;
		/// Whether the account submitted or unconfirmed for the model in the current epoch.
		fn participation(model: ModelId, who: AccountId) -> ParticipationView;
	}
}

impl<T: Config> Pallet<T> {
	/// See [`ConsensusApi::model_peers`]. O(P).
	pub fn model_peer_views(
		model: ModelId,
	) -> Vec<PeerView<T::AccountId, BalanceOf<T>, PaymentOf<T>>> {
		let metagraph = Metagraphs::<T>::get(model);
		let unclaimed = UnclaimedRewards::<T>::get(model);
		let leaving = Leaving::<T>::get(model);
		let mut views: Vec<_> = Keys::<T>::iter_prefix(model)
			.filter_map(|(uid, account)| {
				let peer = Peers::<T>::get(model, &account)?;
				let result = metagraph.as_ref().and_then(|metagraph| {
					let result = metagraph.results.get(usize::from(uid)).copied().flatten()?;
					(peer.joined_epoch <= metagraph.epoch).then_some((metagraph.epoch, result))
				});
				Some(PeerView {
					uid,
					account,
					peer_id: peer.peer_id.into_inner(),
					stake: peer.stake,
					joined_epoch: peer.joined_epoch,
					result,
					unclaimed: unclaimed.get(usize::from(uid)).copied().unwrap_or_default(),
					leaving: leaving.contains(uid),
				})
			})
			.collect();
		views.sort_by_key(|view| view.uid);
		views
	}

	/// See [`ConsensusApi::participation`].
	pub fn participation_view(model: ModelId, who: &T::AccountId) -> ParticipationView {
		let Some(peer) = Peers::<T>::get(model, who) else { return ParticipationView::default() };
		let participation = Self::participation(model, Self::current_epoch());
		ParticipationView {
			submitted: participation.submitted.contains(peer.uid),
			unconfirmed: participation.unconfirmed.contains(peer.uid),
		}
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
