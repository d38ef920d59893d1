//! Submitting scores and unconfirming: the gates every submission passes.

use crate::{math::MAX_SCORE, pallet::*, types::*, weights::WeightInfo};
use alloc::collections::btree_set::BTreeSet;
use frame_support::{
	dispatch::{DispatchResultWithPostInfo, PostDispatchInfo},
	ensure,
	pallet_prelude::*,
};

impl<T: Config> Pallet<T> {
	/// Whether a peer that joined in `joined` may submit in `epoch`.
	pub fn may_submit_at(joined: Epoch, epoch: Epoch) -> bool {
		epoch.saturating_sub(joined) >= T::MinRequiredPeerConsensusSubmitEpochs::get()
			&& epoch >= joined
	}

	/// Whether a peer that joined in `joined` is evaluated in `epoch`.
	pub fn is_evaluated_at(joined: Epoch, epoch: Epoch) -> bool {
		epoch.saturating_sub(joined) >= T::MinRequiredPeerConsensusInclusionEpochs::get()
			&& epoch >= joined
	}

	/// Number of the model's peers that may submit in `epoch`. O(P).
	pub fn eligible_submitters(model: ModelId, epoch: Epoch) -> u32 {
		Peers::<T>::iter_prefix_values(model)
			.filter(|peer| Self::may_submit_at(peer.joined_epoch, epoch))
			.count() as u32
	}

	/// The checks shared by submitting and unconfirming, in the order of the errors' docs.
	/// Returns the current epoch and the model's peer count.
	pub(crate) fn ensure_may_submit(
		model: ModelId,
		who: &T::AccountId,
	) -> Result<(Epoch, u32), DispatchError> {
		ensure!(ConsensusCursor::<T>::get().is_none(), Error::<T>::ConsensusInProgress);
		ensure!(!Self::in_peer_window(), Error::<T>::InPeerWindow);
		let info = Models::<T>::get(model).ok_or(Error::<T>::UnknownModel)?;
		let peer = Peers::<T>::get(model, who).ok_or(Error::<T>::NotModelPeer)?;
		ensure!(
			AccountPenaltyCount::<T>::get(who) <= T::MaxAccountPenaltyCount::get(),
			Error::<T>::TooManyPenalties
		);
		let epoch = Self::current_epoch();
		ensure!(
			epoch.saturating_sub(info.registered_epoch)
				>= T::MinRequiredModelConsensusSubmitEpochs::get(),
			Error::<T>::ModelNotMature
		);
		ensure!(Self::may_submit_at(peer.joined_epoch, epoch), Error::<T>::PeerNotMature);
		ensure!(
			Self::eligible_submitters(model, epoch) >= T::MinModelPeers::get(),
			Error::<T>::NotEnoughEligiblePeers
		);
		Ok((epoch, info.peer_count))
	}

	/// Every check `submit_consensus_data` makes before it writes, in the order of the
	/// errors' docs; also run by [`crate::extension::CheckConsensusSubmission`] before the
	/// transaction is included. Returns the current epoch and the model's peer count.
	pub fn check_submission(
		model: ModelId,
		who: &T::AccountId,
		data: &ScoresOf<T>,
	) -> Result<(Epoch, u32), DispatchError> {
		let (epoch, peer_count) = Self::ensure_may_submit(model, who)?;
		ensure!(!Submissions::<T>::contains_key(model, who), Error::<T>::AlreadySubmitted);
		ensure!(!data.is_empty(), Error::<T>::EmptyData);
		ensure!(data.len() as u32 <= peer_count, Error::<T>::TooMuchData);
		let mut seen = BTreeSet::new();
		for entry in data.iter() {
			ensure!((1..=MAX_SCORE).contains(&entry.score), Error::<T>::ScoreOutOfRange);
			ensure!(seen.insert(entry.peer_id.clone()), Error::<T>::DuplicatePeerId);
		}
		Ok((epoch, peer_count))
	}

	/// Every check `unconfirm_consensus_data` makes before it writes (see
	/// [`Self::check_submission`]).
	pub fn check_unconfirm(
		model: ModelId,
		who: &T::AccountId,
	) -> Result<(Epoch, u32), DispatchError> {
		let (epoch, peer_count) = Self::ensure_may_submit(model, who)?;
		ensure!(!Unconfirms::<T>::contains_key(model, who), Error::<T>::AlreadyUnconfirmed);
		Ok((epoch, peer_count))
	}

	pub(crate) fn do_submit(
		model: ModelId,
		who: T::AccountId,
		data: ScoresOf<T>,
	) -> DispatchResultWithPostInfo {
		let (epoch, peer_count) = Self::check_submission(model, &who, &data)?;
		let entries = data.len() as u32;
		let mut kept = data;
		kept.retain(|entry| PeerAccounts::<T>::contains_key(model, &entry.peer_id));
		let counted = kept.len() as u32;

		Submissions::<T>::insert(model, &who, kept);
		EpochParticipation::<T>::try_mutate(model, |(submitted, _)| {
			*submitted = submitted.checked_add(1).ok_or(Error::<T>::Overflow)?;
			Ok::<(), Error<T>>(())
		})?;
		Self::deposit_event(Event::ConsensusDataSubmitted {
			model,
			account: who,
			epoch,
			entries: counted,
		});
		Ok(PostDispatchInfo {
			actual_weight: Some(T::WeightInfo::submit_consensus_data(peer_count, entries)),
			pays_fee: Pays::No,
		})
	}

	pub(crate) fn do_unconfirm(model: ModelId, who: T::AccountId) -> DispatchResultWithPostInfo {
		let (epoch, peer_count) = Self::check_unconfirm(model, &who)?;

		Unconfirms::<T>::insert(model, &who, ());
		EpochParticipation::<T>::try_mutate(model, |(_, unconfirmed)| {
			*unconfirmed = unconfirmed.checked_add(1).ok_or(Error::<T>::Overflow)?;
			Ok::<(), Error<T>>(())
		})?;
		Self::deposit_event(Event::ConsensusDataUnconfirmed { model, account: who, epoch });
		Ok(PostDispatchInfo {
			actual_weight: Some(T::WeightInfo::unconfirm_consensus_data(peer_count)),
			pays_fee: Pays::No,
		})
	}
}
