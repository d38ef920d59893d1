//! Dissolving a community: removing its storage in bounded steps and returning every deposit.
//!
//! `dissolve_community` only marks the community [`CommunityStatus::Dissolving`]: it has no open
//! proposal, no queued job and no payment to settle then, so nothing can change any more but members leaving.
//! `cleanup_community(limit)` then removes up to `limit` entries per call, in this order:
//! 1. proposal by proposal (the cursor in the status): its outcome and its receipt (deposits
//!    returned to the proposer and the executor); a proposal id with nothing left still counts
//!    as one entry;
//! 2. the vouches for candidates (deposits returned to the vouchers);
//! 3. the members (deposits returned).
//!
//! Votes are not the community's: they sit in their voters' records ([`Voters`]), and with no
//! proposal open every one of them is final (or, on a proposal Root closed early, live until
//! its deadline and matching no later proposal, see [`CastVote`]).
//!
//! The call that finds nothing left removes the community record and returns the creator's
//! deposit and the executor's bond. Ids of dissolved communities can be used again: nothing of
//! the old one remains.

use crate::{pallet::*, types::*, weights::WeightInfo};
use frame_support::{
	dispatch::{DispatchResultWithPostInfo, PostDispatchInfo},
	ensure,
	pallet_prelude::*,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_dissolve(
		caller: Option<T::AccountId>,
		community: CommunityId,
	) -> DispatchResult {
		let mut info = Self::live_community(community)?;
		Self::ensure_creator(community, &info, caller.as_ref())?;
		ensure!(info.open_proposals == 0, Error::<T>::HasOpenProposals);
		ensure!(info.pending_executions == 0, Error::<T>::HasPendingExecutions);
		ensure!(
			Payments::<T>::iter_key_prefix(community).next().is_none(),
			Error::<T>::HasUnsettledPayments
		);
		info.status = CommunityStatus::Dissolving { next_proposal: 0 };
		Communities::<T>::insert(community, info);
		Self::deposit_event(Event::CommunityDissolving { community });
		Ok(())
	}

	/// Removes up to `limit` entries of a dissolving community (see the module docs). The
	/// post-dispatch weight counts the entries removed.
	pub(crate) fn do_cleanup(community: CommunityId, limit: u32) -> DispatchResultWithPostInfo {
		let mut info = Self::community(community)?;
		let CommunityStatus::Dissolving { mut next_proposal } = info.status else {
			return Err(Error::<T>::CommunityNotDissolving.into());
		};
		let mut removed: u32 = 0;

		// 1. Proposal by proposal: outcome, receipt. (Votes are in their voters' records, and
		// every one of them is final: no proposal is open.)
		while removed < limit && next_proposal < info.next_proposal_id {
			if let Some(outcome) = Outcomes::<T>::take(community, next_proposal) {
				Self::release_deposit(HoldReason::Proposal, &outcome.proposer, outcome.deposit);
			}
			if let Some(receipt) = Receipts::<T>::take(community, next_proposal) {
				Self::release_deposit(HoldReason::Receipt, &receipt.executor, receipt.deposit);
			}
			removed = removed.saturating_add(1);
			next_proposal = next_proposal.saturating_add(1);
		}

		// 2. Vouches, one candidate's list at a time.
		while removed < limit {
			let Some((candidate, vouches)) = Vouches::<T>::drain_prefix(community).next() else {
				break;
			};
			for vouch in vouches {
				Self::vouch_gone(community, &candidate, vouch);
			}
			removed = removed.saturating_add(1);
		}

		// 3. Members.
		while removed < limit {
			let Some((member, membership)) = Members::<T>::drain_prefix(community).next() else {
				break;
			};
			info.member_count = info.member_count.saturating_sub(1);
			Self::release_deposit(HoldReason::Membership, &member, membership.deposit);
			Self::deposit_event(Event::MemberLeft { community, who: member });
			removed = removed.saturating_add(1);
		}

		let done = removed < limit;
		if done {
			// Only the executor's bond is left: former executors had no payment to settle at
			// the start of the dissolution (and got their bonds back), and nothing new is paid.
			if let Some(executor) = info.executor.as_ref() {
				Self::release_bond_if_idle(community, executor, None);
			}
			Communities::<T>::remove(community);
			Self::release_deposit(HoldReason::Community, &info.creator, info.deposit);
			Self::deposit_event(Event::CommunityDissolved { community });
		} else {
			info.status = CommunityStatus::Dissolving { next_proposal };
			Communities::<T>::insert(community, info);
			Self::deposit_event(Event::CommunityCleaned { community, removed });
		}
		// The final step is paid for by the slot it left unused.
		let charged = if done { removed.saturating_add(1).min(limit) } else { removed };
		Ok(PostDispatchInfo {
			actual_weight: Some(T::WeightInfo::cleanup_community(charged)),
			pays_fee: Pays::Yes,
		})
	}
}
