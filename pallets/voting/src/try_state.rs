//! The pallet's invariants, checked by `try_state` (and after every unit test).

use crate::{pallet::*, quadratic::vote_cost, types::*, PotLedger};
use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use sp_runtime::{
	traits::{CheckedAdd, Zero},
	TryRuntimeError,
};

/// Deposits by hold reason (its index) and depositor.
pub type RecordedDeposits<T> = BTreeMap<(u8, <T as frame_system::Config>::AccountId), BalanceOf<T>>;

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet's storage:
	/// - each vote's cost is `power² × VotePrice`, and each voter has at most one vote per
	///   proposal;
	/// - per voter, its budget (the balance frozen under [`FreezeReason::Voting`]) covers the
	///   costs of its live votes (that an account with such a freeze has a record needs the
	///   balances pallet's list of freezes: the mock's test harness checks it);
	/// - each open proposal has a tally and each tally an open proposal, with its own serial
	///   number, below [`NextProposalSerial`]; votes name issued serials; while it accepts
	///   votes, its aye/nay is the sum of its votes' power per side, and its voter count is its
	///   number of votes (once its deadline has passed, votes leave their voters' records as
	///   they are written, and the tally is final);
	/// - each community's member and open-proposal counters match storage;
	/// - each pending execution belongs to a passed proposal without a receipt; the pending
	///   counters match storage, and open plus pending proposals fit in `MaxOpenProposals`;
	/// - each receipt belongs to a passed proposal (while its outcome is kept);
	/// - deposits: per account and [`HoldReason`], the balance held equals the deposits
	///   recorded in the pallet's storage (communities, memberships, vouches, open proposals,
	///   queued commands, outcomes, receipts); each member's open-proposal count matches;
	///   vouch lists are never empty and hold one vouch per voucher; a dissolving community has
	///   no open proposal and no queued command.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::try_state_votes()?;
		Self::try_state_deposits()?;
		Self::try_state_jobs()
	}

	/// The paid-jobs invariants:
	/// - per community, the budgets of its queued jobs and unsettled payments add up to what
	///   its pot has reserved ([`PotLedger::reserved`]): every reservation belongs to exactly
	///   one queued or claimable job, and no job is paid twice;
	/// - each payment has a `Succeeded` receipt marked [`Settlement::Pending`], and each
	///   pending receipt a payment;
	/// - each bond's `unsettled` counts its executor's payments; a bond with none belongs to
	///   the community's current executor.
	fn try_state_jobs() -> Result<(), TryRuntimeError> {
		let mut reserved: BTreeMap<CommunityId, BudgetOf<T>> = BTreeMap::new();
		let mut add = |community: CommunityId, budget: BudgetOf<T>| {
			let entry = reserved.entry(community).or_insert_with(Zero::zero);
			*entry = entry.checked_add(&budget).ok_or("reservation sum overflows")?;
			Ok::<(), TryRuntimeError>(())
		};
		for (community, _, queued) in PendingExecutions::<T>::iter() {
			add(community, queued.budget)?;
		}
		let mut unsettled: BTreeMap<(CommunityId, T::AccountId), u32> = BTreeMap::new();
		for (community, job, payment) in Payments::<T>::iter() {
			ensure!(!payment.amount.is_zero(), "a payment of nothing is stored");
			add(community, payment.amount)?;
			*unsettled.entry((community, payment.executor.clone())).or_default() += 1;
			let receipt = Receipts::<T>::get(community, job).ok_or("a payment has no receipt")?;
			ensure!(
				receipt.outcome == ExecutionOutcome::Succeeded
					&& receipt.settlement == Settlement::Pending
					&& receipt.executor == payment.executor,
				"a payment's receipt is not a pending success of its executor"
			);
		}
		for (community, job, receipt) in Receipts::<T>::iter() {
			if receipt.settlement == Settlement::Pending {
				ensure!(
					Payments::<T>::contains_key(community, job),
					"a pending receipt has no payment"
				);
			}
		}
		for (community, _) in Communities::<T>::iter() {
			let jobs = reserved.remove(&community).unwrap_or_else(Zero::zero);
			ensure!(
				T::Pots::reserved(community) == jobs,
				"the pot's reservations differ from its jobs"
			);
		}
		ensure!(reserved.is_empty(), "a job outlived its community");
		for (community, executor, bond) in ExecutorBonds::<T>::iter() {
			ensure!(
				unsettled.remove(&(community, executor.clone())).unwrap_or(0) == bond.unsettled,
				"a bond's unsettled count differs from its payments"
			);
			if bond.unsettled == 0 {
				let current = Communities::<T>::get(community).and_then(|info| info.executor);
				ensure!(
					current.as_ref() == Some(&executor),
					"an idle former executor's bond is kept"
				);
			}
		}
		ensure!(unsettled.is_empty(), "a payment's executor has no bond record");
		Ok(())
	}

	/// The deposits recorded in storage, per hold reason (its index) and depositor.
	pub fn recorded_deposits() -> Result<RecordedDeposits<T>, TryRuntimeError> {
		let mut recorded: BTreeMap<(u8, T::AccountId), BalanceOf<T>> = BTreeMap::new();
		let mut add = |reason: HoldReason, who: &T::AccountId, amount: BalanceOf<T>| {
			let entry = recorded.entry((reason as u8, who.clone())).or_insert_with(Zero::zero);
			*entry = entry.checked_add(&amount).ok_or("deposit sum overflows")?;
			Ok::<(), TryRuntimeError>(())
		};
		for (_, info) in Communities::<T>::iter() {
			add(HoldReason::Community, &info.creator, info.deposit)?;
		}
		for (_, who, membership) in Members::<T>::iter() {
			add(HoldReason::Membership, &who, membership.deposit)?;
		}
		for (_, _, vouches) in Vouches::<T>::iter() {
			for vouch in vouches {
				add(HoldReason::Vouch, &vouch.voucher, vouch.deposit)?;
			}
		}
		for (_, _, open) in Proposals::<T>::iter() {
			let total = open.deposit.command.checked_add(&open.deposit.outcome);
			add(HoldReason::Proposal, &open.proposer, total.ok_or("deposit overflows")?)?;
		}
		for (_, _, queued) in PendingExecutions::<T>::iter() {
			add(HoldReason::Proposal, &queued.depositor, queued.deposit)?;
		}
		for (_, _, payment) in Payments::<T>::iter() {
			add(HoldReason::Receipt, &payment.executor, payment.deposit)?;
			if let Some(dispute) = payment.dispute {
				add(HoldReason::Dispute, &dispute.disputer, dispute.deposit)?;
			}
		}
		for (_, executor, bond) in ExecutorBonds::<T>::iter() {
			add(HoldReason::ExecutorBond, &executor, bond.amount)?;
		}
		for (who, voter) in Voters::<T>::iter() {
			add(HoldReason::Voter, &who, voter.deposit)?;
		}
		for (_, _, outcome) in Outcomes::<T>::iter() {
			add(HoldReason::Proposal, &outcome.proposer, outcome.deposit)?;
		}
		for (_, _, receipt) in Receipts::<T>::iter() {
			add(HoldReason::Receipt, &receipt.executor, receipt.deposit)?;
		}
		Ok(recorded)
	}

	/// The balance held from `who` under `reason` equals what the pallet's storage records.
	pub fn check_deposits_of(
		who: &T::AccountId,
		recorded: &RecordedDeposits<T>,
	) -> Result<(), TryRuntimeError> {
		for reason in HoldReason::ALL {
			let expected =
				recorded.get(&(reason as u8, who.clone())).copied().unwrap_or_else(Zero::zero);
			ensure!(
				T::Currency::balance_on_hold(&reason.into(), who) == expected,
				"held deposit differs from the recorded deposits"
			);
		}
		Ok(())
	}

	fn try_state_deposits() -> Result<(), TryRuntimeError> {
		let recorded = Self::recorded_deposits()?;
		for (_, who) in recorded.keys() {
			Self::check_deposits_of(who, &recorded)?;
		}

		let mut open_by: BTreeMap<(CommunityId, T::AccountId), u32> = BTreeMap::new();
		for (community, _, open) in Proposals::<T>::iter() {
			*open_by.entry((community, open.proposer)).or_default() += 1;
		}
		for (community, who, membership) in Members::<T>::iter() {
			ensure!(
				open_by.remove(&(community, who)).unwrap_or(0) == membership.open_proposals,
				"a member's open-proposal count differs from its proposals"
			);
			ensure!(
				membership.open_proposals <= T::MaxProposalsPerMember::get(),
				"a member has more than MaxProposalsPerMember open proposals"
			);
		}
		ensure!(open_by.is_empty(), "an open proposal's proposer is not a member");

		for (_, _, vouches) in Vouches::<T>::iter() {
			ensure!(!vouches.is_empty(), "an empty vouch list is stored");
			let vouchers: BTreeSet<&T::AccountId> = vouches.iter().map(|v| &v.voucher).collect();
			ensure!(vouchers.len() == vouches.len(), "a voucher vouched twice");
		}
		for (_, info) in Communities::<T>::iter() {
			if info.is_dissolving() {
				ensure!(
					info.open_proposals == 0 && info.pending_executions == 0,
					"a dissolving community has open or queued proposals"
				);
			}
		}
		Ok(())
	}

	fn try_state_votes() -> Result<(), TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		let next_serial = NextProposalSerial::<T>::get();
		let mut tallies: BTreeMap<(CommunityId, ProposalId), (Tally, Tally, u32)> = BTreeMap::new();

		for (who, voter) in Voters::<T>::iter() {
			let mut seen = BTreeSet::new();
			for vote in &voter.votes {
				ensure!(
					vote_cost(vote.power, T::VotePrice::get()) == Some(vote.cost),
					"vote cost is not power² × price"
				);
				ensure!(seen.insert(vote.serial), "two votes of one voter on one proposal");
				ensure!(vote.serial < next_serial, "a vote on a proposal never pushed");
				let Some(tally) = Tallies::<T>::get(vote.community, vote.proposal) else {
					continue;
				};
				if vote.serial == tally.serial && tally.accepts_votes_at(now) {
					ensure!(
						vote.deadline == tally.deadline,
						"a vote's deadline is not its tally's"
					);
					let (aye, nay, voters) =
						tallies.entry((vote.community, vote.proposal)).or_default();
					let side = if vote.aye { aye } else { nay };
					*side = side.checked_add(vote.power.into()).ok_or("tally overflows")?;
					*voters += 1;
				}
			}
			let committed = voter.committed(&now).ok_or("committed budget overflows")?;
			ensure!(Self::frozen_budget(&who) >= committed, "budget below its live votes' costs");
		}

		let mut serials = BTreeSet::new();
		for (community, proposal, tally) in Tallies::<T>::iter() {
			ensure!(
				Proposals::<T>::contains_key(community, proposal),
				"a tally without its open proposal"
			);
			ensure!(tally.serial < next_serial, "a tally's serial number is not issued yet");
			ensure!(serials.insert(tally.serial), "two tallies share a serial number");
		}
		let mut open_counts: BTreeMap<CommunityId, u32> = BTreeMap::new();
		for (community, proposal, _) in Proposals::<T>::iter() {
			let tally =
				Tallies::<T>::get(community, proposal).ok_or("an open proposal without tally")?;
			if tally.accepts_votes_at(now) {
				let (aye, nay, voters) =
					tallies.get(&(community, proposal)).copied().unwrap_or_default();
				ensure!(tally.aye == aye && tally.nay == nay, "tally differs from votes");
				ensure!(tally.voters == voters, "voter count differs from votes");
			}
			ensure!(
				proposal
					< Communities::<T>::get(community).map(|c| c.next_proposal_id).unwrap_or(0),
				"proposal id not yet issued"
			);
			*open_counts.entry(community).or_default() += 1;
		}

		let mut pending_counts: BTreeMap<CommunityId, u32> = BTreeMap::new();
		for (community, proposal, queued) in PendingExecutions::<T>::iter() {
			if queued.kind == JobKind::Voted {
				let outcome =
					Outcomes::<T>::get(community, proposal).ok_or("a voted job has no outcome")?;
				ensure!(outcome.passed, "a pending execution is not a passed proposal");
				ensure!(
					outcome.proposer == queued.depositor,
					"a voted job's depositor is not its proposer"
				);
			} else {
				ensure!(
					!Outcomes::<T>::contains_key(community, proposal)
						&& !Proposals::<T>::contains_key(community, proposal),
					"a requested job shares its id with a proposal"
				);
			}
			ensure!(
				!Receipts::<T>::contains_key(community, proposal),
				"a pending execution has a receipt"
			);
			*pending_counts.entry(community).or_default() += 1;
		}
		for (community, proposal) in Receipts::<T>::iter_keys() {
			ensure!(
				Outcomes::<T>::get(community, proposal).is_none_or(|o| o.passed),
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

		Ok(())
	}
}
