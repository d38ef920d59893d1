//! The pallet's invariants, checked by `try_state` (and after every unit test).

use crate::{pallet::*, quadratic::vote_cost, types::*};
use alloc::collections::btree_map::BTreeMap;
use frame_support::{
	ensure,
	traits::{fungible::InspectFreeze, Get},
};
use sp_runtime::{
	traits::{CheckedAdd, Zero},
	TryRuntimeError,
};

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet's storage:
	/// - each vote's cost is `power² × VotePrice`;
	/// - per account, the sum of its votes' costs equals [`FrozenBudget`], which equals the
	///   balance frozen under [`FreezeReason::Voting`];
	/// - each open proposal's aye/nay is the sum of its votes' power per side, and its voter
	///   count is its number of votes;
	/// - each community's member and open-proposal counters match storage;
	/// - each [`VoterLedger`] counts the account's votes in that community;
	/// - each pending execution belongs to a passed proposal without a receipt of a community
	///   with an executor; the pending counters match storage, and open plus pending
	///   proposals fit in `MaxOpenProposals`;
	/// - each receipt belongs to a passed proposal.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut budgets: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut tallies: BTreeMap<(CommunityId, ProposalId), (Tally, Tally, u32)> = BTreeMap::new();
		let mut ledgers: BTreeMap<(CommunityId, T::AccountId), u32> = BTreeMap::new();

		for ((community, proposal), who, vote) in Votes::<T>::iter() {
			ensure!(
				vote_cost(vote.power, T::VotePrice::get()) == Some(vote.cost),
				"vote cost is not power² × price"
			);
			let open = Proposals::<T>::contains_key(community, proposal);
			let closed = Outcomes::<T>::contains_key(community, proposal);
			ensure!(open != closed, "a vote belongs to exactly one open or closed proposal");
			let budget = budgets.entry(who.clone()).or_insert_with(Zero::zero);
			*budget = budget.checked_add(&vote.cost).ok_or("budget sum overflows")?;
			*ledgers.entry((community, who)).or_default() += 1;
			if open {
				let (aye, nay, voters) = tallies.entry((community, proposal)).or_default();
				let side = if vote.aye { aye } else { nay };
				*side = side.checked_add(vote.power.into()).ok_or("tally overflows")?;
				*voters += 1;
			}
		}

		for (who, budget) in FrozenBudget::<T>::iter() {
			ensure!(!budget.is_zero(), "zero budgets are not stored");
			ensure!(budgets.get(&who) == Some(&budget), "stored budget differs from vote costs");
		}
		for (who, budget) in &budgets {
			ensure!(FrozenBudget::<T>::get(who) == *budget, "vote costs differ from stored budget");
			ensure!(
				T::Currency::balance_frozen(&FreezeReason::Voting.into(), who) == *budget,
				"freeze differs from budget"
			);
		}

		let mut open_counts: BTreeMap<CommunityId, u32> = BTreeMap::new();
		for (community, proposal, open) in Proposals::<T>::iter() {
			let (aye, nay, voters) =
				tallies.get(&(community, proposal)).copied().unwrap_or_default();
			ensure!(open.aye == aye && open.nay == nay, "tally differs from votes");
			ensure!(open.voters == voters, "voter count differs from votes");
			ensure!(
				proposal
					< Communities::<T>::get(community).map(|c| c.next_proposal_id).unwrap_or(0),
				"proposal id not yet issued"
			);
			*open_counts.entry(community).or_default() += 1;
		}

		let mut pending_counts: BTreeMap<CommunityId, u32> = BTreeMap::new();
		for (community, proposal) in PendingExecutions::<T>::iter_keys() {
			ensure!(
				Outcomes::<T>::get(community, proposal).is_some_and(|o| o.passed),
				"a pending execution is not a passed proposal"
			);
			ensure!(
				!Receipts::<T>::contains_key(community, proposal),
				"a pending execution has a receipt"
			);
			ensure!(
				Communities::<T>::get(community).is_some_and(|c| c.executor.is_some()),
				"a pending execution has no executor"
			);
			*pending_counts.entry(community).or_default() += 1;
		}
		for (community, proposal) in Receipts::<T>::iter_keys() {
			ensure!(
				Outcomes::<T>::get(community, proposal).is_some_and(|o| o.passed),
				"a receipt is not for a passed proposal"
			);
		}

		let mut member_counts: BTreeMap<CommunityId, u32> = BTreeMap::new();
		for (community, _) in Members::<T>::iter_keys() {
			*member_counts.entry(community).or_default() += 1;
		}
		for (id, info) in Communities::<T>::iter() {
			ensure!(
				info.member_count == member_counts.get(&id).copied().unwrap_or(0),
				"member counter differs from storage"
			);
			ensure!(
				info.open_proposals == open_counts.get(&id).copied().unwrap_or(0),
				"open-proposal counter differs from storage"
			);
			ensure!(
				info.pending_executions == pending_counts.get(&id).copied().unwrap_or(0),
				"pending-execution counter differs from storage"
			);
			ensure!(
				info.open_proposals.saturating_add(info.pending_executions)
					<= T::MaxOpenProposals::get(),
				"open and pending proposals exceed their slots"
			);
		}

		let mut ledger_entries = 0usize;
		for (community, who, ledger) in VoterLedgers::<T>::iter() {
			ensure!(
				ledgers.get(&(community, who)).copied() == Some(ledger.outstanding),
				"voter ledger differs from votes"
			);
			ledger_entries += 1;
		}
		ensure!(ledger_entries == ledgers.len(), "a voter has votes but no ledger");
		Ok(())
	}
}
