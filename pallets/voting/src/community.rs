//! Communities and membership: creation, the bootstrapping phase, whitelisting, leaving.

use crate::{pallet::*, types::*};
use frame_support::{ensure, pallet_prelude::*};
use frame_system::pallet_prelude::BlockNumberFor;

impl<T: Config> Pallet<T> {
	/// The community, or `UnknownCommunity`.
	pub(crate) fn community(community: CommunityId) -> Result<Community<T::AccountId>, Error<T>> {
		Communities::<T>::get(community).ok_or(Error::<T>::UnknownCommunity)
	}

	/// Whether `who` is a member of `community`.
	pub fn is_member(community: CommunityId, who: &T::AccountId) -> bool {
		Members::<T>::contains_key(community, who)
	}

	/// Vouches for `candidate` that come from current members.
	pub fn valid_vouches(community: CommunityId, candidate: &T::AccountId) -> u32 {
		let vouches = Vouches::<T>::get(community, candidate);
		vouches.iter().filter(|voucher| Self::is_member(community, voucher)).count() as u32
	}

	pub(crate) fn do_create_community(
		creator: T::AccountId,
		community: CommunityId,
		bootstrap_limit: u32,
		whitelist_threshold: u32,
		executor: Option<T::AccountId>,
	) -> DispatchResult {
		ensure!(bootstrap_limit >= 1, Error::<T>::InvalidBootstrapLimit);
		ensure!(
			(1..=T::MaxWhitelistThreshold::get()).contains(&whitelist_threshold),
			Error::<T>::InvalidWhitelistThreshold
		);
		ensure!(!Communities::<T>::contains_key(community), Error::<T>::CommunityExists);

		let info = Community {
			creator: creator.clone(),
			bootstrap_limit,
			whitelist_threshold,
			status: CommunityStatus::Bootstrapping,
			member_count: 0,
			open_proposals: 0,
			next_proposal_id: 0,
			executor: executor.clone(),
			pending_executions: 0,
		};
		Communities::<T>::insert(community, info);
		Self::deposit_event(Event::CommunityCreated {
			community,
			creator: creator.clone(),
			bootstrap_limit,
			whitelist_threshold,
			executor,
		});
		Self::do_join(community, creator, true)
	}

	/// Adds `who` as a member. Without `force`, an active community requires `W` vouches from
	/// current members. The `N`-th member activates a bootstrapping community.
	pub(crate) fn do_join(
		community: CommunityId,
		who: T::AccountId,
		force: bool,
	) -> DispatchResult {
		let mut info = Self::community(community)?;
		ensure!(!Self::is_member(community, &who), Error::<T>::AlreadyMember);
		if !force && info.status == CommunityStatus::Active {
			ensure!(
				Self::valid_vouches(community, &who) >= info.whitelist_threshold,
				Error::<T>::NotWhitelisted
			);
		}

		info.member_count = info.member_count.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let activates = info.status == CommunityStatus::Bootstrapping
			&& info.member_count >= info.bootstrap_limit;
		if activates {
			info.status = CommunityStatus::Active;
		}
		Communities::<T>::insert(community, info);
		Members::<T>::insert(community, &who, ());
		Vouches::<T>::remove(community, &who);

		Self::deposit_event(Event::MemberJoined { community, who });
		if activates {
			Self::deposit_event(Event::CommunityActivated { community });
		}
		Ok(())
	}

	pub(crate) fn do_whitelist(
		community: CommunityId,
		voucher: T::AccountId,
		candidate: T::AccountId,
	) -> DispatchResult {
		Self::community(community)?;
		ensure!(Self::is_member(community, &voucher), Error::<T>::NotMember);
		ensure!(!Self::is_member(community, &candidate), Error::<T>::CandidateIsMember);

		let vouches = Vouches::<T>::try_mutate(community, &candidate, |vouches| {
			ensure!(!vouches.contains(&voucher), Error::<T>::AlreadyVouched);
			if vouches.is_full() {
				// Make room by dropping vouches of members who have left.
				vouches.retain(|v| Self::is_member(community, v));
			}
			vouches.try_push(voucher.clone()).map_err(|_| Error::<T>::TooManyVouches)?;
			Ok::<u32, Error<T>>(vouches.len() as u32)
		})?;

		Self::deposit_event(Event::AccountWhitelisted { community, candidate, voucher, vouches });
		Ok(())
	}

	/// Whether `who` may leave `community` now: no vote of theirs there can still change.
	pub fn can_deregister(community: CommunityId, who: &T::AccountId) -> bool {
		let ledger = VoterLedgers::<T>::get(community, who);
		ledger.outstanding == 0
			|| frame_system::Pallet::<T>::block_number() >= ledger.latest_deadline
	}

	pub(crate) fn do_deregister(community: CommunityId, who: T::AccountId) -> DispatchResult {
		let mut info = Self::community(community)?;
		ensure!(Self::is_member(community, &who), Error::<T>::NotMember);
		ensure!(Self::can_deregister(community, &who), Error::<T>::HasOutstandingVotes);

		info.member_count = info.member_count.checked_sub(1).ok_or(Error::<T>::Overflow)?;
		Communities::<T>::insert(community, info);
		Members::<T>::remove(community, &who);
		Self::deposit_event(Event::MemberLeft { community, who });
		Ok(())
	}

	pub(crate) fn do_start_proposing(community: CommunityId) -> DispatchResult {
		Communities::<T>::try_mutate(community, |maybe| {
			let info = maybe.as_mut().ok_or(Error::<T>::UnknownCommunity)?;
			ensure!(
				info.status == CommunityStatus::Bootstrapping,
				Error::<T>::CommunityAlreadyActive
			);
			info.status = CommunityStatus::Active;
			Ok::<(), Error<T>>(())
		})?;
		Self::deposit_event(Event::CommunityActivated { community });
		Ok(())
	}

	/// The latest deadline of `who`'s outstanding votes in `community`, raised to `deadline`.
	pub(crate) fn note_vote_deadline(
		community: CommunityId,
		who: &T::AccountId,
		deadline: BlockNumberFor<T>,
	) -> Result<(), Error<T>> {
		VoterLedgers::<T>::try_mutate(community, who, |ledger| {
			ledger.outstanding = ledger.outstanding.checked_add(1).ok_or(Error::<T>::Overflow)?;
			ledger.latest_deadline = ledger.latest_deadline.max(deadline);
			Ok(())
		})
	}

	/// One outstanding vote of `who` in `community` is gone (retracted or unfrozen).
	pub(crate) fn note_vote_released(
		community: CommunityId,
		who: &T::AccountId,
	) -> Result<(), Error<T>> {
		VoterLedgers::<T>::try_mutate_exists(community, who, |maybe| {
			let ledger = maybe.as_mut().ok_or(Error::<T>::Overflow)?;
			ledger.outstanding = ledger.outstanding.checked_sub(1).ok_or(Error::<T>::Overflow)?;
			if ledger.outstanding == 0 {
				*maybe = None;
			}
			Ok(())
		})
	}
}
