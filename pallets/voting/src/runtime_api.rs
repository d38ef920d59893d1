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
	#[api_version(2)]
	pub trait VotingApi<AccountId, Balance, BlockNumber>
	where
		AccountId: codec::Codec,
		Balance: codec::Codec,
		BlockNumber: codec::Codec,
	{
		/// A proposal's tally and status, or `None` if it never existed.
		fn proposal(community: CommunityId, proposal: ProposalId) -> Option<ProposalView<BlockNumber, AccountId>>;
		/// An account's frozen budget and what it can still transfer.
		fn frozen_budget(who: AccountId) -> BudgetView<Balance>;
		/// A candidate's vouches from current members and the threshold, or `None` for an
		/// unknown community.
		fn whitelist_progress(community: CommunityId, candidate: AccountId) -> Option<WhitelistProgress>;
		/// A community's settings and counters.
		fn community(community: CommunityId) -> Option<Community<AccountId, Balance>>;
		/// Whether `who` is a member of `community` and may leave it now.
		fn can_deregister(community: CommunityId, who: AccountId) -> bool;
		/// The passed proposals of `community` waiting for their executor's receipt, with
		/// their commands, in proposal order (at most `MaxOpenProposals`).
		fn pending_executions(community: CommunityId) -> Vec<PendingExecution>;
		/// The execution receipt of a proposal, if its executor reported one.
		fn execution_receipt(community: CommunityId, proposal: ProposalId) -> Option<ExecutionReceipt<AccountId, BlockNumber, Balance>>;
	}
}

impl<T: Config> Pallet<T> {
	/// See [`VotingApi::proposal`].
	pub fn proposal_view(
		community: CommunityId,
		proposal: ProposalId,
	) -> Option<ProposalView<BlockNumberFor<T>, T::AccountId>> {
		if let Some(open) = Proposals::<T>::get(community, proposal) {
			let now = frame_system::Pallet::<T>::block_number();
			let status =
				if now < open.deadline { ProposalStatus::Voting } else { ProposalStatus::Closable };
			return Some(ProposalView {
				action: Some(open.action),
				status,
				aye: open.aye,
				nay: open.nay,
				deadline: Some(open.deadline),
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
			frozen: FrozenBudget::<T>::get(who),
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
	pub fn pending_executions(community: CommunityId) -> Vec<PendingExecution> {
		let mut pending: Vec<PendingExecution> = PendingExecutions::<T>::iter_prefix(community)
			.take(T::MaxOpenProposals::get() as usize)
			.map(|(proposal, queued)| PendingExecution {
				proposal,
				command: queued.command.into_inner(),
			})
			.collect();
		pending.sort_by_key(|p| p.proposal);
		pending
	}

	/// See [`VotingApi::execution_receipt`].
	pub fn execution_receipt(community: CommunityId, proposal: ProposalId) -> Option<ReceiptOf<T>> {
		Receipts::<T>::get(community, proposal)
	}

	/// See [`VotingApi::can_deregister`].
	pub fn member_can_deregister(community: CommunityId, who: &T::AccountId) -> bool {
		Self::is_member(community, who) && Self::can_deregister(community, who)
	}
}
