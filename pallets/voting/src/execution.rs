//! Executors and execution receipts: who runs a community's passed commands, and what they
//! report back.

use crate::{pallet::*, types::*};
use frame_support::{ensure, pallet_prelude::*};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Proposes or removes `community`'s executor (see [`Self::change_executor`]). `caller`
	/// is `None` for Root (any time); else it must be the creator, a member, while the
	/// community is bootstrapping: an active community decides by vote.
	pub(crate) fn do_set_executor(
		caller: Option<T::AccountId>,
		community: CommunityId,
		executor: Option<T::AccountId>,
	) -> DispatchResult {
		let mut info = Self::community(community)?;
		Self::ensure_creator(community, &info, caller.as_ref())?;
		if caller.is_some() {
			ensure!(
				info.status == CommunityStatus::Bootstrapping,
				Error::<T>::ExecutorChangesByVote
			);
		}
		Self::change_executor(community, &mut info, executor);
		Communities::<T>::insert(community, info);
		Ok(())
	}

	/// The one rule for changing an executor, whoever decided it (the creator, Root or a
	/// passed proposal): `Some(account)` proposes it, and it becomes the executor only when it
	/// accepts; `None` removes the executor and any proposed one. Queued commands always stay,
	/// waiting for the next executor.
	pub(crate) fn change_executor(
		community: CommunityId,
		info: &mut CommunityOf<T>,
		executor: Option<T::AccountId>,
	) {
		match executor {
			Some(proposed) => {
				info.proposed_executor = Some(proposed.clone());
				Self::deposit_event(Event::ExecutorProposed { community, executor: proposed });
			},
			None => {
				let previous = info.executor.take();
				info.proposed_executor = None;
				if let Some(previous) = previous {
					Self::release_bond_if_idle(community, &previous, None);
				}
				Self::deposit_event(Event::ExecutorChanged { community, executor: None });
			},
		}
	}

	pub(crate) fn do_accept_executor(community: CommunityId, who: T::AccountId) -> DispatchResult {
		let mut info = Self::live_community(community)?;
		ensure!(info.proposed_executor.as_ref() == Some(&who), Error::<T>::NotProposedExecutor);
		Self::take_bond(community, &who)?;
		let previous = info.executor.replace(who.clone());
		info.proposed_executor = None;
		Communities::<T>::insert(community, info);
		if let Some(previous) = previous {
			Self::release_bond_if_idle(community, &previous, Some(&who));
		}
		Self::deposit_event(Event::ExecutorChanged { community, executor: Some(who) });
		Ok(())
	}

	/// Stores the executor's receipt for a queued job, takes it off the queue, and settles its
	/// budget ([`Self::settle_report`]).
	pub(crate) fn do_report_execution(
		who: T::AccountId,
		community: CommunityId,
		proposal: ProposalId,
		outcome: ExecutionOutcome,
		output_hash: [u8; 32],
	) -> DispatchResult {
		let mut info = Self::live_community(community)?;
		ensure!(info.executor.as_ref() == Some(&who), Error::<T>::NotExecutor);
		ensure!(outcome != ExecutionOutcome::Expired, Error::<T>::CannotReportExpired);
		let Some(queued) = PendingExecutions::<T>::take(community, proposal) else {
			let error = if Receipts::<T>::contains_key(community, proposal) {
				Error::<T>::AlreadyReported
			} else if Proposals::<T>::contains_key(community, proposal) {
				Error::<T>::ProposalNotClosed
			} else {
				match Outcomes::<T>::get(community, proposal) {
					Some(outcome) if !outcome.passed => Error::<T>::ProposalNotPassed,
					Some(_) => Error::<T>::NotQueued,
					None => Error::<T>::UnknownProposal,
				}
			};
			return Err(error.into());
		};
		info.pending_executions =
			info.pending_executions.checked_sub(1).ok_or(Error::<T>::Overflow)?;
		Communities::<T>::insert(community, info);
		Self::release_deposit(HoldReason::Proposal, &queued.depositor, queued.deposit);
		let settlement = Self::settle_report(community, proposal, &who, queued.budget, outcome)?;
		let deposit = Self::receipt_deposit(community, proposal);
		Self::hold_deposit(HoldReason::Receipt, &who, deposit)?;
		let reported_at = frame_system::Pallet::<T>::block_number();
		Receipts::<T>::insert(
			community,
			proposal,
			ExecutionReceipt {
				executor: who.clone(),
				deposit,
				outcome,
				output_hash,
				reported_at,
				settlement,
			},
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
		ensure!(
			!Payments::<T>::contains_key(community, proposal),
			Error::<T>::HasUnsettledPayments
		);
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
