//! Models, peers and stakes: registration, joining (a uid), leaving, cool-down and release.

use crate::{pallet::*, types::*};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::{InspectHold, MutateHold},
		tokens::Precision,
	},
};
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
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
				uids: 0,
				maturing: BoundedVec::default(),
				errors: 0,
			},
		);
		Self::deposit_event(Event::ModelRegistered { model: id, path });
		Ok(id)
	}

	/// Adds `who` to `model` under the lowest free uid (or a new one). O(P) in the roster's
	/// length, to find the free uid.
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

		let epoch = Self::current_epoch();
		let mut roster = Roster::<T>::get(model);
		let uid = match roster.iter().position(Option::is_none) {
			Some(free) => {
				if let Some(slot) = roster.get_mut(free) {
					*slot = Some(epoch);
				}
				free
			},
			None => {
				roster.try_push(Some(epoch)).map_err(|_| Error::<T>::TooManyPeers)?;
				roster.len().saturating_sub(1)
			},
		};
		let uid = Uid::try_from(uid).map_err(|_| Error::<T>::TooManyPeers)?;
		T::Currency::hold(&HoldReason::PeerStake.into(), &who, stake)
			.map_err(|_| Error::<T>::InsufficientBalance)?;
		AccountModels::<T>::try_mutate(&who, |models| models.try_push(model))
			.map_err(|_| Error::<T>::TooManyModels)?;
		info.note_join(epoch, Self::may_submit_at).map_err(|_| Error::<T>::Overflow)?;
		info.uids = roster.len() as u32;
		Models::<T>::insert(model, info);
		Roster::<T>::insert(model, roster);
		Keys::<T>::insert(model, uid, &who);
		PeerAccounts::<T>::insert(model, &peer_id, &who);
		Peers::<T>::insert(
			model,
			&who,
			Peer { uid, peer_id: peer_id.clone(), stake, joined_epoch: epoch },
		);
		Self::deposit_event(Event::PeerAdded { model, uid, account: who, peer_id, stake });
		Ok(())
	}

	/// Removes `who` from `model` (voluntarily, or by consensus, which first slashes
	/// `RemovalSlash` of its stake) and frees its uid: what is left of its stake starts
	/// cooling down, its unclaimed rewards move to [`LeftRewards`] and its row and leave mark
	/// are cleared. Its latest result stays in the metagraph until the model's next formed
	/// epoch (the runtime API shows it only to a peer that joined before it). Returns the
	/// amount slashed.
	pub(crate) fn do_remove_peer(
		model: ModelId,
		who: &T::AccountId,
		reason: RemovalReason,
	) -> Result<BalanceOf<T>, DispatchError> {
		let mut peer = Peers::<T>::take(model, who).ok_or(Error::<T>::NotModelPeer)?;
		let slashed = if reason.is_punitive() {
			Self::slash_stake(who, &mut peer, T::RemovalSlash::get())
		} else {
			Zero::zero()
		};
		PeerAccounts::<T>::remove(model, &peer.peer_id);
		Keys::<T>::remove(model, peer.uid);
		Submissions::<T>::remove(model, peer.uid);
		Roster::<T>::mutate(model, |roster| {
			if let Some(slot) = roster.get_mut(usize::from(peer.uid)) {
				*slot = None;
			}
		});
		Leaving::<T>::mutate(model, |leaving| leaving.remove(peer.uid));
		Self::move_unclaimed_to_left(model, who, peer.uid);
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
				info.note_leave(peer.joined_epoch);
			}
		});
		let release_epoch = Self::current_epoch().saturating_add(T::StakeCooldownEpochs::get());
		Unbondings::<T>::insert(model, who, Unbonding { amount: peer.stake, release_epoch });
		Self::deposit_event(Event::PeerRemoved {
			model,
			uid: peer.uid,
			account: who.clone(),
			reason,
			release_epoch,
		});
		Ok(slashed)
	}

	/// Releases a cooled-down stake, and pays what the account was owed in the model when it
	/// left (what cannot be paid stays owed).
	pub(crate) fn do_release_stake(model: ModelId, who: T::AccountId) -> DispatchResult {
		let unbonding = Unbondings::<T>::get(model, &who).ok_or(Error::<T>::NothingToRelease)?;
		ensure!(Self::current_epoch() >= unbonding.release_epoch, Error::<T>::StakeCoolingDown);
		Unbondings::<T>::remove(model, &who);
		let reason = HoldReason::PeerStake.into();
		// Release what is held, even if a slash elsewhere left less than recorded.
		let held = T::Currency::balance_on_hold(&reason, &who).min(unbonding.amount);
		T::Currency::release(&reason, &who, held, Precision::BestEffort)?;
		Self::deposit_event(Event::StakeReleased { model, account: who.clone(), amount: held });
		if let Some(owed) = LeftRewards::<T>::take(model, &who) {
			let left = Self::pay_owed(model, &who, owed);
			if !left.is_empty() {
				LeftRewards::<T>::insert(model, &who, left);
			}
		}
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
