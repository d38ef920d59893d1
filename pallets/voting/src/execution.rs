//! Executors and execution receipts: who runs a community's passed commands, and what they
//! report back.

use crate::{pallet::*, types::*, weights::WeightInfo};
use frame_support::{
	dispatch::{DispatchResultWithPostInfo, PostDispatchInfo},
	ensure,
	pallet_prelude::*,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Sets `community`'s executor. `caller` is `None` for Root, else it must be the creator
	/// (still a member). Removing the executor drops the passed proposals waiting for a
	/// receipt, returning their proposers' command deposits; the post-dispatch weight counts
	/// the ones dropped.
	pub(crate) fn do_set_executor(
		caller: Option<T::AccountId>,
		community: CommunityId,
		executor: Option<T::AccountId>,
	) -> DispatchResultWithPostInfo {
		let mut info = Self::community(community)?;
		Self::ensure_creator(community, &info, caller.as_ref())?;

		let mut dropped = 0;
		if executor.is_none() && info.pending_executions > 0 {
			dropped = info.pending_executions;
			// Exactly `dropped` (at most `MaxOpenProposals`) entries exist.
			let queue: alloc::vec::Vec<_> =
				PendingExecutions::<T>::drain_prefix(community).take(dropped as usize).collect();
			for (proposal, queued) in queue {
				Self::release_command_deposit(community, proposal, queued);
			}
			info.pending_executions = 0;
		}
		info.executor = executor.clone();
		Communities::<T>::insert(community, info);

		Self::deposit_event(Event::ExecutorSet { community, executor, dropped });
		Ok(PostDispatchInfo {
			actual_weight: Some(T::WeightInfo::set_executor(dropped)),
			pays_fee: Pays::Yes,
		})
	}

	/// Stores the executor's receipt for a passed, closed proposal without one, and takes the
	/// proposal off the pending queue.
	pub(crate) fn do_report_execution(
		who: T::AccountId,
		community: CommunityId,
		proposal: ProposalId,
		outcome: ExecutionOutcome,
		output_hash: [u8; 32],
	) -> DispatchResult {
		let mut info = Self::live_community(community)?;
		ensure!(info.executor.as_ref() == Some(&who), Error::<T>::NotExecutor);
		let Some(closed) = Outcomes::<T>::get(community, proposal) else {
			let error = if Proposals::<T>::contains_key(community, proposal) {
				Error::<T>::ProposalNotClosed
			} else {
				Error::<T>::UnknownProposal
			};
			return Err(error.into());
		};
		ensure!(closed.passed, Error::<T>::ProposalNotPassed);
		ensure!(!Receipts::<T>::contains_key(community, proposal), Error::<T>::AlreadyReported);

		if let Some(queued) = PendingExecutions::<T>::take(community, proposal) {
			info.pending_executions =
				info.pending_executions.checked_sub(1).ok_or(Error::<T>::Overflow)?;
			Communities::<T>::insert(community, info);
			Self::release_command_deposit(community, proposal, queued);
		}
		let deposit = Self::receipt_deposit(community, proposal);
		Self::hold_deposit(HoldReason::Receipt, &who, deposit)?;
		let reported_at = frame_system::Pallet::<T>::block_number();
		Receipts::<T>::insert(
			community,
			proposal,
			ExecutionReceipt { executor: who.clone(), deposit, outcome, output_hash, reported_at },
		);

		Self::deposit_event(Event::ExecutionReported {
			community,
			proposal,
			executor: who,
			outcome,
			output_hash,
		});
		Ok(())
	}

	/// Returns the command part of the proposer's deposit of a command that left the queue.
	fn release_command_deposit(
		community: CommunityId,
		proposal: ProposalId,
		queued: QueuedCommandOf<T>,
	) {
		if let Some(outcome) = Outcomes::<T>::get(community, proposal) {
			Self::release_deposit(HoldReason::Proposal, &outcome.proposer, queued.deposit);
		}
	}

	pub(crate) fn do_prune_outcome(community: CommunityId, proposal: ProposalId) -> DispatchResult {
		let outcome = Outcomes::<T>::get(community, proposal).ok_or(Error::<T>::NoOutcome)?;
		Self::ensure_retention_over(outcome.closed_at)?;
		ensure!(
			!PendingExecutions::<T>::contains_key(community, proposal),
			Error::<T>::ExecutionPending
		);
		Outcomes::<T>::remove(community, proposal);
		Self::release_deposit(HoldReason::Proposal, &outcome.proposer, outcome.deposit);
		Self::deposit_event(Event::OutcomePruned { community, proposal });
		Ok(())
	}

	pub(crate) fn do_prune_receipt(community: CommunityId, proposal: ProposalId) -> DispatchResult {
		let receipt = Receipts::<T>::get(community, proposal).ok_or(Error::<T>::NoReceipt)?;
		Self::ensure_retention_over(receipt.reported_at)?;
		Receipts::<T>::remove(community, proposal);
		Self::release_deposit(HoldReason::Receipt, &receipt.executor, receipt.deposit);
		Self::deposit_event(Event::ReceiptPruned { community, proposal });
		Ok(())
	}

	/// A record written at `since` may be pruned once `RetentionPeriod` blocks have passed.
	fn ensure_retention_over(since: BlockNumberFor<T>) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now >= since.saturating_add(T::RetentionPeriod::get()),
			Error::<T>::RetentionNotOver
		);
		Ok(())
	}
}
