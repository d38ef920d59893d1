//! `VotingApi`: what clients (polkadot.js, the agent) read about communities, proposals and
//! budgets, and the pallet functions behind it.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::traits::Get;
use frame_support::traits::{
	fungible::Inspect,
	tokens::{Fortitude, Preservation},
};
use frame_system::pallet_prelude::BlockNumberFor;

sp_api::decl_runtime_apis! {
	/// Read access to pallet-voting. Version 2: communities and receipts carry their deposits.
	/// Version 3: paid jobs (`Budget` is the payment asset's balance): budgets in proposals,
	/// pending executions and receipts; `job_status`, `reserved`, `claimable_payments`.
	/// Version 4: votes draw on a budget (`set_vote_budget`): `frozen_budget` also tells what
	/// the live votes commit of it.
	#[api_version(4)]
	pub trait VotingApi<AccountId, Balance, BlockNumber, Budget>
	where
		AccountId: codec::Codec,
		Balance: codec::Codec,
		BlockNumber: codec::Codec,
		Budget: codec::Codec,
	{
		/// A proposal's tally and status, or `None` if it never existed.
		fn proposal(community: CommunityId, proposal: ProposalId) -> Option<ProposalView<BlockNumber, AccountId, Budget>>;
		/// An account's voting budget, what its live votes commit of it, and what it can still
		/// transfer.
		fn frozen_budget(who: AccountId) -> BudgetView<Balance>;
		/// A candidate's vouches from current members and the threshold, or `None` for an
		/// unknown community.
		fn whitelist_progress(community: CommunityId, candidate: AccountId) -> Option<WhitelistProgress>;
		/// A community's settings and counters.
		fn community(community: CommunityId) -> Option<Community<AccountId, Balance>>;
		/// Whether `who` is a member of `community` and may leave it now.
		fn can_deregister(community: CommunityId, who: AccountId) -> bool;
		/// The jobs of `community` waiting for their executor's receipt (passed commands and
		/// requested jobs), with their commands and budgets, in id order (at most
		/// `MaxOpenProposals`).
		fn pending_executions(community: CommunityId) -> Vec<PendingExecution<Budget>>;
		/// The execution receipt of a job, if its executor reported one (or it expired).
		fn execution_receipt(community: CommunityId, proposal: ProposalId) -> Option<ExecutionReceipt<AccountId, BlockNumber, Balance, Budget>>;
		/// Where job `job` stands: queued (with its expiry), awaiting payout, disputed, or
		/// settled (paid, refunded, expired).
		fn job_status(community: CommunityId, job: ProposalId) -> JobStatus<AccountId, BlockNumber, Budget>;
		/// The payment asset `community`'s pot has reserved for queued jobs and unsettled
		/// payments.
		fn reserved(community: CommunityId) -> Budget;
		/// The payments `executor` can claim in `community` now or later (not disputed), in job
		/// order.
		fn claimable_payments(community: CommunityId, executor: AccountId) -> Vec<ClaimablePayment<BlockNumber, Budget>>;
	}
}

impl<T: Config> Pallet<T> {
	/// See [`VotingApi::proposal`].
	pub fn proposal_view(
		community: CommunityId,
		proposal: ProposalId,
	) -> Option<ProposalView<BlockNumberFor<T>, T::AccountId, BudgetOf<T>>> {
		if let (Some(open), Some(tally)) =
			(Proposals::<T>::get(community, proposal), Tallies::<T>::get(community, proposal))
		{
			let now = frame_system::Pallet::<T>::block_number();
			let status = if tally.accepts_votes_at(now) {
				ProposalStatus::Voting
			} else {
				ProposalStatus::Closable
			};
			return Some(ProposalView {
				action: Some(open.action),
				status,
				aye: tally.aye,
				nay: tally.nay,
				deadline: Some(tally.deadline),
				metadata: Some(open.metadata.into_inner()),
			});
		}
		Outcomes::<T>::get(community, proposal).map(|outcome| ProposalView {
			action: None,
			status: ProposalStatus::Closed { passed: outcome.passed },
			aye: outcome.aye,
			nay: outcome.nay,
			deadline: None,
			metadata: None,
		})
	}

	/// See [`VotingApi::frozen_budget`].
	pub fn budget_view(who: &T::AccountId) -> BudgetView<BalanceOf<T>> {
		BudgetView {
			frozen: Self::frozen_budget(who),
			committed: Self::committed_budget(who),
			transferable: T::Currency::reducible_balance(
				who,
				Preservation::Preserve,
				Fortitude::Polite,
			),
		}
	}

	/// See [`VotingApi::whitelist_progress`].
	pub fn whitelist_progress(
		community: CommunityId,
		candidate: &T::AccountId,
	) -> Option<WhitelistProgress> {
		let info = Communities::<T>::get(community)?;
		Some(WhitelistProgress {
			votes: Self::valid_vouches(community, candidate),
			threshold: info.whitelist_threshold,
		})
	}

	/// See [`VotingApi::pending_executions`]. Reads at most `MaxOpenProposals` entries.
	pub fn pending_executions(community: CommunityId) -> Vec<PendingExecution<BudgetOf<T>>> {
		let mut pending: Vec<_> = PendingExecutions::<T>::iter_prefix(community)
			.take(T::MaxOpenProposals::get() as usize)
			.map(|(proposal, queued)| PendingExecution {
				proposal,
				command: queued.command.into_inner(),
				budget: queued.budget,
				kind: queued.kind,
			})
			.collect();
		pending.sort_by_key(|p| p.proposal);
		pending
	}

	/// See [`VotingApi::execution_receipt`].
	pub fn execution_receipt(community: CommunityId, proposal: ProposalId) -> Option<ReceiptOf<T>> {
		Receipts::<T>::get(community, proposal)
	}

	/// See [`VotingApi::job_status`].
	pub fn job_status(
		community: CommunityId,
		job: ProposalId,
	) -> JobStatus<T::AccountId, BlockNumberFor<T>, BudgetOf<T>> {
		if let Some(queued) = PendingExecutions::<T>::get(community, job) {
			let expires_at = Communities::<T>::get(community)
				.and_then(|info| Self::expires_at(&info, community, &queued));
			return JobStatus::Queued { budget: queued.budget, kind: queued.kind, expires_at };
		}
		if let Some(payment) = Payments::<T>::get(community, job) {
			return match payment.dispute {
				Some(dispute) => JobStatus::Disputed {
					executor: payment.executor,
					amount: payment.amount,
					disputer: dispute.disputer,
				},
				None => JobStatus::AwaitingPayout {
					executor: payment.executor,
					amount: payment.amount,
					claimable_at: payment.claimable_at,
				},
			};
		}
		match Receipts::<T>::get(community, job) {
			Some(receipt) => {
				JobStatus::Settled { outcome: receipt.outcome, settlement: receipt.settlement }
			},
			None => JobStatus::Unknown,
		}
	}

	/// See [`VotingApi::claimable_payments`]. Reads the community's payments: they are settled
	/// (or disputed) within `PayoutDelay` of their receipts, so few are ever open.
	pub fn claimable_payments(
		community: CommunityId,
		executor: &T::AccountId,
	) -> Vec<ClaimablePayment<BlockNumberFor<T>, BudgetOf<T>>> {
		let mut payments: Vec<_> = Payments::<T>::iter_prefix(community)
			.filter(|(_, payment)| &payment.executor == executor && payment.dispute.is_none())
			.map(|(job, payment)| ClaimablePayment {
				job,
				amount: payment.amount,
				claimable_at: payment.claimable_at,
			})
			.collect();
		payments.sort_by_key(|payment| payment.job);
		payments
	}

	/// See [`VotingApi::can_deregister`].
	pub fn member_can_deregister(community: CommunityId, who: &T::AccountId) -> bool {
		Self::is_member(community, who) && Self::can_deregister(community, who)
	}
}
