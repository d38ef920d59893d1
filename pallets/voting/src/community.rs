//! Communities and membership: creation, the bootstrapping phase, whitelisting, leaving.

use crate::{pallet::*, types::*};
use frame_support::{ensure, pallet_prelude::*};
use sp_runtime::traits::Zero;

/// What a creator chooses for its community.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) struct CommunitySettings<AccountId> {
	/// `N`: the members that make it active.
	pub bootstrap_limit: u32,
	/// `W`: the vouches a candidate needs once it is active.
	pub whitelist_threshold: u32,
	/// The account proposed as executor, if any.
	pub proposed_executor: Option<AccountId>,
	/// The quorum.
	pub min_turnout: sp_runtime::Percent,
}

/// How an account becomes a member.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Admission {
	/// It created the community: no vouches needed, it holds the membership deposit.
	Creator,
	/// It joins itself: vouches once the community is active, it holds the deposit.
	Candidate,
	/// Root adds it: no vouches, no deposit.
	Root,
}

impl<T: Config> Pallet<T> {
	/// The community, or `UnknownCommunity`.
	pub(crate) fn community(community: CommunityId) -> Result<CommunityOf<T>, Error<T>> {
		Communities::<T>::get(community).ok_or(Error::<T>::UnknownCommunity)
	}

	/// The community, unless it is being dissolved (`CommunityDissolving`).
	pub(crate) fn live_community(community: CommunityId) -> Result<CommunityOf<T>, Error<T>> {
		let info = Self::community(community)?;
		ensure!(!info.is_dissolving(), Error::<T>::CommunityDissolving);
		Ok(info)
	}

	/// Checks that `caller` may act as `info`'s creator: Root (`None`) always, a signed
	/// caller only if it is the creator and still a member.
	pub(crate) fn ensure_creator(
		community: CommunityId,
		info: &CommunityOf<T>,
		caller: Option<&T::AccountId>,
	) -> Result<(), Error<T>> {
		if let Some(caller) = caller {
			ensure!(
				*caller == info.creator && Self::is_member(community, caller),
				Error::<T>::NotCreator
			);
		}
		Ok(())
	}

	/// Whether `who` is a member of `community`.
	pub fn is_member(community: CommunityId, who: &T::AccountId) -> bool {
		Members::<T>::contains_key(community, who)
	}

	/// Vouches for `candidate` that come from current members.
	pub fn valid_vouches(community: CommunityId, candidate: &T::AccountId) -> u32 {
		let vouches = Vouches::<T>::get(community, candidate);
		vouches
			.iter()
			.filter(|vouch| Self::is_member(community, &vouch.voucher))
			.count() as u32
	}

	pub(crate) fn do_create_community(
		creator: T::AccountId,
		community: CommunityId,
		settings: CommunitySettings<T::AccountId>,
	) -> DispatchResult {
		let CommunitySettings {
			bootstrap_limit,
			whitelist_threshold,
			proposed_executor,
			min_turnout,
		} = settings;
		ensure!(bootstrap_limit >= 1, Error::<T>::InvalidBootstrapLimit);
		ensure!(
			bootstrap_limit <= T::MaxBootstrapMembers::get(),
			Error::<T>::BootstrapLimitTooHigh
		);
		ensure!(
			(1..=T::MaxWhitelistThreshold::get()).contains(&whitelist_threshold),
			Error::<T>::InvalidWhitelistThreshold
		);
		ensure!(!Communities::<T>::contains_key(community), Error::<T>::CommunityExists);

		let deposit = Self::community_deposit(community);
		Self::hold_deposit(HoldReason::Community, &creator, deposit)?;
		let info = Community {
			creator: creator.clone(),
			deposit,
			bootstrap_limit,
			whitelist_threshold,
			status: CommunityStatus::Bootstrapping,
			member_count: 0,
			open_proposals: 0,
			next_proposal_id: 0,
			min_turnout,
			executor: None,
			proposed_executor: proposed_executor.clone(),
			pending_executions: 0,
		};
		Communities::<T>::insert(community, info);
		Self::deposit_event(Event::CommunityCreated {
			community,
			creator: creator.clone(),
			bootstrap_limit,
			whitelist_threshold,
			min_turnout,
			proposed_executor,
		});
		Self::do_join(community, creator, Admission::Creator).map(|_| ())
	}

	/// Adds `who` as a member, as `admission` says: a candidate of an active community needs
	/// `W` vouches from current members, and everyone but Root's members holds a membership
	/// deposit. The `N`-th member activates a bootstrapping community. Returns the number of
	/// vouches the candidate had (checked and released), for the weight.
	pub(crate) fn do_join(
		community: CommunityId,
		who: T::AccountId,
		admission: Admission,
	) -> Result<u32, DispatchError> {
		let mut info = Self::live_community(community)?;
		ensure!(!Self::is_member(community, &who), Error::<T>::AlreadyMember);
		if admission == Admission::Candidate && info.status == CommunityStatus::Active {
			ensure!(
				Self::valid_vouches(community, &who) >= info.whitelist_threshold,
				Error::<T>::NotWhitelisted
			);
		}
		let deposit = if admission == Admission::Root {
			Zero::zero()
		} else {
			Self::membership_deposit(community, &who)
		};
		Self::hold_deposit(HoldReason::Membership, &who, deposit)?;

		info.member_count = info.member_count.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let activates = info.status == CommunityStatus::Bootstrapping
			&& info.member_count >= info.bootstrap_limit;
		if activates {
			info.status = CommunityStatus::Active;
		}
		Communities::<T>::insert(community, info);
		Members::<T>::insert(community, &who, Membership { deposit, open_proposals: 0 });
		let vouches = Vouches::<T>::take(community, &who);
		let vouch_count = vouches.len() as u32;
		for vouch in vouches {
			Self::vouch_gone(community, &who, vouch);
		}

		Self::deposit_event(Event::MemberJoined { community, who });
		if activates {
			Self::deposit_event(Event::CommunityActivated { community });
		}
		Ok(vouch_count)
	}

	pub(crate) fn do_whitelist(
		community: CommunityId,
		voucher: T::AccountId,
		candidate: T::AccountId,
	) -> DispatchResult {
		Self::live_community(community)?;
		ensure!(Self::is_member(community, &voucher), Error::<T>::NotMember);
		ensure!(!Self::is_member(community, &candidate), Error::<T>::CandidateIsMember);

		let mut vouches = Vouches::<T>::get(community, &candidate);
		ensure!(!vouches.iter().any(|v| v.voucher == voucher), Error::<T>::AlreadyVouched);
		if vouches.is_full() {
			// Make room by dropping the vouches of members who have left.
			let (kept, stale): (alloc::vec::Vec<_>, alloc::vec::Vec<_>) =
				vouches.into_iter().partition(|v| Self::is_member(community, &v.voucher));
			ensure!(!stale.is_empty(), Error::<T>::TooManyVouches);
			for vouch in stale {
				Self::vouch_gone(community, &candidate, vouch);
			}
			vouches = BoundedVec::truncate_from(kept);
		}
		let deposit = Self::vouch_deposit(community, &candidate);
		Self::hold_deposit(HoldReason::Vouch, &voucher, deposit)?;
		vouches
			.try_push(Vouch { voucher: voucher.clone(), deposit })
			.map_err(|_| Error::<T>::TooManyVouches)?;
		let count = vouches.len() as u32;
		Vouches::<T>::insert(community, &candidate, vouches);

		Self::deposit_event(Event::AccountWhitelisted {
			community,
			candidate,
			voucher,
			vouches: count,
		});
		Ok(())
	}

	pub(crate) fn do_withdraw_vouch(
		community: CommunityId,
		voucher: T::AccountId,
		candidate: T::AccountId,
	) -> DispatchResult {
		Self::community(community)?;
		let mut vouches = Vouches::<T>::get(community, &candidate);
		let index = vouches.iter().position(|v| v.voucher == voucher).ok_or(Error::<T>::NoVouch)?;
		let vouch = vouches.remove(index);
		if vouches.is_empty() {
			Vouches::<T>::remove(community, &candidate);
		} else {
			Vouches::<T>::insert(community, &candidate, vouches);
		}
		Self::vouch_gone(community, &candidate, vouch);
		Ok(())
	}

	/// A vouch for `candidate`, taken out of storage by the caller, is gone: its deposit goes
	/// back to the voucher.
	pub(crate) fn vouch_gone(community: CommunityId, candidate: &T::AccountId, vouch: VouchOf<T>) {
		Self::release_deposit(HoldReason::Vouch, &vouch.voucher, vouch.deposit);
		Self::deposit_event(Event::VouchRemoved {
			community,
			candidate: candidate.clone(),
			voucher: vouch.voucher,
		});
	}

	/// Whether `who` may leave `community` now: no vote of theirs there can still change.
	pub fn can_deregister(community: CommunityId, who: &T::AccountId) -> bool {
		!Self::has_live_vote_in(community, who)
	}

	pub(crate) fn do_deregister(community: CommunityId, who: T::AccountId) -> DispatchResult {
		let info = Self::community(community)?;
		let membership = Members::<T>::get(community, &who).ok_or(Error::<T>::NotMember)?;
		ensure!(Self::can_deregister(community, &who), Error::<T>::HasOutstandingVotes);
		ensure!(membership.open_proposals == 0, Error::<T>::HasOpenProposals);
		Self::remove_member(community, info, &who, membership)?;
		Self::deposit_event(Event::MemberLeft { community, who });
		Ok(())
	}

	/// Removes `who`'s membership record of `community` (whose record is `info`), returning
	/// its deposit.
	pub(crate) fn remove_member(
		community: CommunityId,
		mut info: CommunityOf<T>,
		who: &T::AccountId,
		membership: Membership<BalanceOf<T>>,
	) -> Result<(), Error<T>> {
		info.member_count = info.member_count.checked_sub(1).ok_or(Error::<T>::Overflow)?;
		Communities::<T>::insert(community, info);
		Members::<T>::remove(community, who);
		Self::release_deposit(HoldReason::Membership, who, membership.deposit);
		Ok(())
	}

	pub(crate) fn do_start_proposing(community: CommunityId) -> DispatchResult {
		Communities::<T>::try_mutate(community, |maybe| {
			let info = maybe.as_mut().ok_or(Error::<T>::UnknownCommunity)?;
			ensure!(!info.is_dissolving(), Error::<T>::CommunityDissolving);
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
}
