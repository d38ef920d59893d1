//! Who may do what, and when: the maturity rules and the windows of an epoch, written once and
//! called by the calls, the transaction extension, the runtime API and the consensus step.

use crate::{pallet::*, types::*};
use frame_support::{ensure, pallet_prelude::*};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{traits::Zero, SaturatedConversion};

impl<T: Config> Pallet<T> {
	/// The epoch of block `n`.
	pub fn epoch_of(n: BlockNumberFor<T>) -> Epoch {
		let length = T::EpochLength::get();
		if length.is_zero() {
			return 0;
		}
		(n / length).saturated_into()
	}

	/// The current epoch.
	pub fn current_epoch() -> Epoch {
		Self::epoch_of(frame_system::Pallet::<T>::block_number())
	}

	/// Whether the current block is in the peer window at the start of its epoch.
	pub fn in_peer_window() -> bool {
		let length = T::EpochLength::get();
		if length.is_zero() {
			return false;
		}
		frame_system::Pallet::<T>::block_number() % length < T::PeerChangeWindow::get()
	}

	/// Whether a peer that joined in `joined` may submit in `epoch` (and must, or be
	/// penalised as absent).
	pub fn may_submit_at(joined: Epoch, epoch: Epoch) -> bool {
		epoch >= joined
			&& epoch.saturating_sub(joined) >= T::MinRequiredPeerConsensusSubmitEpochs::get()
	}

	/// Whether a peer that joined in `joined` is evaluated (others must score it) in `epoch`.
	pub fn is_evaluated_at(joined: Epoch, epoch: Epoch) -> bool {
		epoch >= joined
			&& epoch.saturating_sub(joined) >= T::MinRequiredPeerConsensusInclusionEpochs::get()
	}

	/// Whether consensus is formed for a model registered in `registered` that has `eligible`
	/// peers that may submit in `epoch`.
	pub fn model_is_mature(registered: Epoch, epoch: Epoch, eligible: u32) -> bool {
		epoch.saturating_sub(registered) >= T::MinRequiredModelConsensusSubmitEpochs::get()
			&& eligible >= T::MinModelPeers::get()
	}

	/// Nothing changes peers or submissions while the previous epoch's consensus step runs.
	pub(crate) fn ensure_not_closing() -> DispatchResult {
		ensure!(ConsensusCursor::<T>::get().is_none(), Error::<T>::ConsensusInProgress);
		Ok(())
	}

	/// Peers join and leave only in the peer window, once the consensus step is done.
	pub(crate) fn ensure_peer_window() -> DispatchResult {
		Self::ensure_not_closing()?;
		ensure!(Self::in_peer_window(), Error::<T>::OutsidePeerWindow);
		Ok(())
	}

	/// Peers submit (and unconfirm) only after the peer window, once the consensus step is
	/// done.
	pub(crate) fn ensure_submission_window() -> DispatchResult {
		Self::ensure_not_closing()?;
		ensure!(!Self::in_peer_window(), Error::<T>::InPeerWindow);
		Ok(())
	}

	/// The checks shared by submitting and unconfirming, in the order of the errors' docs:
	/// the window, the model, the peer, its account's penalties, the model's and the peer's
	/// maturity. Returns the current epoch, the model and the peer. A constant number of
	/// reads: the count of peers that may submit comes from [`Model::maturing`].
	pub(crate) fn ensure_may_submit(
		model: ModelId,
		who: &T::AccountId,
	) -> Result<(Epoch, ModelOf<T>, PeerOf<T>), DispatchError> {
		Self::ensure_submission_window()?;
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
		let eligible = info.may_submit_count(epoch, Self::may_submit_at);
		ensure!(
			Self::model_is_mature(info.registered_epoch, epoch, eligible),
			Error::<T>::NotEnoughEligiblePeers
		);
		Ok((epoch, info, peer))
	}
}
