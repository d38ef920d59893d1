//! Executors and execution receipts: who runs a community's passed commands, and what they
//! report back.

use crate::{pallet::*, types::*, weights::WeightInfo};
use frame_support::{
	dispatch::{DispatchResultWithPostInfo, PostDispatchInfo},
	ensure,
	pallet_prelude::*,
};

impl<T: Config> Pallet<T> {
	/// Sets `community`'s executor. `caller` is `None` for Root, else it must be the creator.
	/// Removing the executor drops the passed proposals waiting for a receipt; the post-dispatch
	/// weight counts the ones dropped.
	pub(crate) fn do_set_executor(
		caller: Option<T::AccountId>,
		community: CommunityId,
		executor: Option<T::AccountId>,
	) -> DispatchResultWithPostInfo {
		let mut info = Self::community(community)?;
		if let Some(caller) = caller {
			ensure!(caller == info.creator, Error::<T>::NotCreator);
		}

		let mut dropped = 0;
		if executor.is_none() && info.pending_executions > 0 {
			dropped = info.pending_executions;
			// Exactly `dropped` (at most `MaxOpenProposals`) entries exist: the limit removes all.
			let _ = PendingExecutions::<T>::clear_prefix(community, dropped, None);
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
		let mut info = Self::community(community)?;
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

		if PendingExecutions::<T>::take(community, proposal).is_some() {
			info.pending_executions =
				info.pending_executions.checked_sub(1).ok_or(Error::<T>::Overflow)?;
			Communities::<T>::insert(community, info);
		}
		let reported_at = frame_system::Pallet::<T>::block_number();
		Receipts::<T>::insert(
			community,
			proposal,
			ExecutionReceipt { executor: who.clone(), outcome, output_hash, reported_at },
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
}
