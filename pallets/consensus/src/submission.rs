//! Submitting scores and unconfirming: the gates every submission passes, in a constant
//! number of reads and O(D) work for D entries (no look at the model's other peers).

use crate::{math::MAX_SCORE, pallet::*, types::*, weights::WeightInfo};
use frame_support::{
	dispatch::{DispatchResultWithPostInfo, PostDispatchInfo},
	ensure,
	pallet_prelude::*,
};

impl<T: Config> Pallet<T> {
	/// Who took part in `model`'s `epoch` so far.
	pub(crate) fn participation(model: ModelId, epoch: Epoch) -> ParticipationOf<T> {
		Participants::<T>::get(model)
			.filter(|participation| participation.epoch == epoch)
			.unwrap_or_else(|| Participation::empty(epoch))
	}

	/// Every check `submit_consensus_data` makes before it writes, in the order of the
	/// errors' docs; also run by [`crate::extension::CheckConsensusSubmission`] before the
	/// transaction is included. Returns the current epoch, the caller's uid and the epoch's
	/// participation.
	pub fn check_submission(
		model: ModelId,
		who: &T::AccountId,
		data: &ScoresOf<T>,
	) -> Result<(Epoch, Uid, ParticipationOf<T>), DispatchError> {
		let (epoch, info, peer) = Self::ensure_may_submit(model, who)?;
		let participation = Self::participation(model, epoch);
		ensure!(!participation.submitted.contains(peer.uid), Error::<T>::AlreadySubmitted);
		ensure!(!data.is_empty(), Error::<T>::EmptyData);
		ensure!(data.len() as u32 <= info.peer_count, Error::<T>::TooMuchData);
		let mut previous: Option<Uid> = None;
		for entry in data.iter() {
			ensure!((1..=MAX_SCORE).contains(&entry.score), Error::<T>::ScoreOutOfRange);
			ensure!(previous.is_none_or(|p| p < entry.uid), Error::<T>::UnsortedUids);
			previous = Some(entry.uid);
		}
		ensure!(previous.is_none_or(|last| u32::from(last) < info.uids), Error::<T>::UnknownUid);
		Ok((epoch, peer.uid, participation))
	}

	/// Every check `unconfirm_consensus_data` makes before it writes (see
	/// [`Self::check_submission`]).
	pub fn check_unconfirm(
		model: ModelId,
		who: &T::AccountId,
	) -> Result<(Epoch, Uid, ParticipationOf<T>), DispatchError> {
		let (epoch, _, peer) = Self::ensure_may_submit(model, who)?;
		let participation = Self::participation(model, epoch);
		ensure!(!participation.unconfirmed.contains(peer.uid), Error::<T>::AlreadyUnconfirmed);
		Ok((epoch, peer.uid, participation))
	}

	pub(crate) fn do_submit(
		model: ModelId,
		who: T::AccountId,
		data: ScoresOf<T>,
	) -> DispatchResultWithPostInfo {
		let (epoch, uid, mut participation) = Self::check_submission(model, &who, &data)?;
		let entries = data.len() as u32;
		participation.submitted.insert(uid).map_err(|_| Error::<T>::Overflow)?;
		participation.entries =
			participation.entries.checked_add(entries).ok_or(Error::<T>::Overflow)?;
		Participants::<T>::insert(model, participation);
		Submissions::<T>::insert(model, uid, ScoreRow { epoch, scores: data });
		Self::deposit_event(Event::ConsensusDataSubmitted { model, uid, epoch, entries });
		Ok(PostDispatchInfo {
			actual_weight: Some(T::WeightInfo::submit_consensus_data(entries)),
			pays_fee: Pays::No,
		})
	}

	pub(crate) fn do_unconfirm(model: ModelId, who: T::AccountId) -> DispatchResultWithPostInfo {
		let (epoch, uid, mut participation) = Self::check_unconfirm(model, &who)?;
		participation.unconfirmed.insert(uid).map_err(|_| Error::<T>::Overflow)?;
		Participants::<T>::insert(model, participation);
		Self::deposit_event(Event::ConsensusDataUnconfirmed { model, uid, epoch });
		Ok(PostDispatchInfo {
			actual_weight: Some(T::WeightInfo::unconfirm_consensus_data()),
			pays_fee: Pays::No,
		})
	}
}
