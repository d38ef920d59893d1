//! Models, peers and stakes: registration, joining, leaving, cool-down and release.

use crate::{pallet::*, types::*};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::{InspectHold, MutateHold},
		tokens::Precision,
	},
};
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

	/// Peers join and leave only in the peer window, and not while consensus is formed.
	pub(crate) fn ensure_peer_window() -> DispatchResult {
		ensure!(ConsensusCursor::<T>::get().is_none(), Error::<T>::ConsensusInProgress);
		ensure!(Self::in_peer_window(), Error::<T>::OutsidePeerWindow);
		Ok(())
	}

	pub(crate) fn do_register_model(path: PathOf<T>) -> Result<ModelId, DispatchError> {
		ensure!(!path.is_empty(), Error::<T>::InvalidPath);
		ensure!(!ModelPaths::<T>::contains_key(&path), Error::<T>::ModelExists);
		let id = NextModelId::<T>::get();
		ensure!(id < T::MaxModels::get(), Error::<T>::TooManyModels);

		NextModelId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		ModelPaths::<T>::insert(&path, id);
		Models::<T>::insert(
			id,
			Model {
				path: path.clone(),
				registered_epoch: Self::current_epoch(),
				peer_count: 0,
				errors: 0,
			},
		);
		Self::deposit_event(Event::ModelRegistered { model: id, path });
		Ok(id)
	}

	pub(crate) fn do_add_peer(
		model: ModelId,
		who: T::AccountId,
		peer_id: PeerIdOf<T>,
		stake: BalanceOf<T>,
	) -> DispatchResult {
		Self::ensure_peer_window()?;
		let mut info = Models::<T>::get(model).ok_or(Error::<T>::UnknownModel)?;
		ensure!(!peer_id.is_empty(), Error::<T>::InvalidPeerId);
		ensure!(stake >= T::MinStake::get(), Error::<T>::StakeTooLow);
		ensure!(!Peers::<T>::contains_key(model, &who), Error::<T>::AlreadyPeer);
		ensure!(!Unbondings::<T>::contains_key(model, &who), Error::<T>::StakeCoolingDown);
		ensure!(!PeerAccounts::<T>::contains_key(model, &peer_id), Error::<T>::PeerIdTaken);
		ensure!(info.peer_count < T::MaxModelPeers::get(), Error::<T>::TooManyPeers);

		T::Currency::hold(&HoldReason::PeerStake.into(), &who, stake)
			.map_err(|_| Error::<T>::InsufficientBalance)?;
		AccountModels::<T>::try_mutate(&who, |models| models.try_push(model))
			.map_err(|_| Error::<T>::TooManyModels)?;
		info.peer_count = info.peer_count.checked_add(1).ok_or(Error::<T>::Overflow)?;
		Models::<T>::insert(model, info);
		PeerAccounts::<T>::insert(model, &peer_id, &who);
		Peers::<T>::insert(
			model,
			&who,
			Peer { peer_id: peer_id.clone(), stake, joined_epoch: Self::current_epoch() },
		);
		Self::deposit_event(Event::PeerAdded { model, account: who, peer_id, stake });
		Ok(())
	}

	/// Removes `who` from `model` (voluntarily or by consensus, which first slashes
	/// `RemovalSlash` of its stake): what is left of its stake starts cooling down. Its latest
	/// result stays in the metagraph until the model's next formed epoch.
	pub(crate) fn do_remove_peer(
		model: ModelId,
		who: &T::AccountId,
		reason: RemovalReason,
	) -> DispatchResult {
		ensure!(Peers::<T>::contains_key(model, who), Error::<T>::NotModelPeer);
		if reason.is_punitive() {
			Self::slash(model, who, T::RemovalSlash::get(), SlashReason::Removal);
		}
		let peer = Peers::<T>::take(model, who).ok_or(Error::<T>::NotModelPeer)?;
		PeerAccounts::<T>::remove(model, &peer.peer_id);
		AccountModels::<T>::mutate_exists(who, |models| {
			if let Some(list) = models {
				list.retain(|m| *m != model);
				if list.is_empty() {
					*models = None;
				}
			}
		});
		Models::<T>::mutate(model, |info| {
			if let Some(info) = info {
				info.peer_count = info.peer_count.saturating_sub(1);
			}
		});
		let release_epoch = Self::current_epoch().saturating_add(T::StakeCooldownEpochs::get());
		Unbondings::<T>::insert(model, who, Unbonding { amount: peer.stake, release_epoch });
		Self::deposit_event(Event::PeerRemoved {
			model,
			account: who.clone(),
			reason,
			release_epoch,
		});
		Ok(())
	}

	pub(crate) fn do_release_stake(model: ModelId, who: T::AccountId) -> DispatchResult {
		let unbonding = Unbondings::<T>::get(model, &who).ok_or(Error::<T>::NothingToRelease)?;
		ensure!(Self::current_epoch() >= unbonding.release_epoch, Error::<T>::StakeCoolingDown);
		Unbondings::<T>::remove(model, &who);
		let reason = HoldReason::PeerStake.into();
		// Release what is held, even if a slash elsewhere left less than recorded.
		let held = T::Currency::balance_on_hold(&reason, &who).min(unbonding.amount);
		T::Currency::release(&reason, &who, held, Precision::BestEffort)?;
		Self::deposit_event(Event::StakeReleased { model, account: who.clone(), amount: held });
		Self::forget_if_gone(&who);
		Ok(())
	}

	/// Forgets `who`'s penalty count and honest streak once it holds no stake at all: no peer
	/// and no stake cooling down in any model. An account cannot shed its penalties by leaving,
	/// since its stake cools down first; and the maps stay bounded by the staked accounts.
	/// O(MaxModels).
	pub(crate) fn forget_if_gone(who: &T::AccountId) {
		if !AccountModels::<T>::get(who).is_empty() {
			return;
		}
		let cooling = (0..NextModelId::<T>::get()).any(|m| Unbondings::<T>::contains_key(m, who));
		if !cooling {
			AccountPenaltyCount::<T>::remove(who);
			HonestStreak::<T>::remove(who);
		}
	}
}
