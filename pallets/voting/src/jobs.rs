//! Paid jobs: budgets reserved in the community's pot, direct requests paid with access
//! credits, the executor's bond, payments after a challenge window, disputes and expiry.
//!
//! The money never leaves the pot before a job is really done: a job's budget is moved from the
//! pot's free value to its reservations when the job is queued ([`PotLedger::reserve`]) and
//! stays there while the job is queued and while its payment waits out `PayoutDelay` or a
//! dispute. It leaves the reservations exactly once: paid to the executor
//! ([`PotLedger::pay_reserved`]) or refunded to the free value ([`PotLedger::unreserve`]).

use crate::{pallet::*, types::*, PotLedger};
use frame_support::{
	ensure,
	pallet_prelude::*,
	storage::with_storage_layer,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{CheckedAdd, Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Puts `job` in the queue as job `id`, counting it in `info` (which the caller stores).
	fn queue_job(
		community: CommunityId,
		info: &mut CommunityOf<T>,
		id: ProposalId,
		job: QueuedCommandOf<T>,
	) -> DispatchResult {
		info.pending_executions =
			info.pending_executions.checked_add(1).ok_or(Error::<T>::Overflow)?;
		Self::deposit_event(Event::JobQueued {
			community,
			job: id,
			kind: job.kind,
			budget: job.budget,
			command: job.command.clone(),
		});
		PendingExecutions::<T>::insert(community, id, job);
		Ok(())
	}

	/// Queues a passed command at its close. A budget is reserved first; if the pot cannot
	/// cover it, nothing is queued (`ProposalUnfunded`) and `false` is returned.
	pub(crate) fn queue_passed_command(
		community: CommunityId,
		info: &mut CommunityOf<T>,
		proposal: ProposalId,
		open: &ProposalOf<T>,
		budget: BudgetOf<T>,
	) -> Result<bool, DispatchError> {
		if !budget.is_zero() && with_storage_layer(|| T::Pots::reserve(community, budget)).is_err()
		{
			Self::deposit_event(Event::ProposalUnfunded { community, proposal, budget });
			return Ok(false);
		}
		let job = QueuedCommand {
			command: open.metadata.clone(),
			kind: JobKind::Voted,
			depositor: open.proposer.clone(),
			deposit: open.deposit.command,
			budget,
			queued_at: frame_system::Pallet::<T>::block_number(),
		};
		Self::queue_job(community, info, proposal, job)?;
		Ok(true)
	}

	pub(crate) fn do_request_job(
		community: CommunityId,
		who: T::AccountId,
		command: MetadataOf<T>,
		budget: BudgetOf<T>,
	) -> DispatchResult {
		let mut info = Self::live_community(community)?;
		ensure!(Self::is_member(community, &who), Error::<T>::NotMember);
		ensure!(info.status == CommunityStatus::Active, Error::<T>::CommunityNotActive);
		ensure!(!command.is_empty(), Error::<T>::EmptyMetadata);
		ensure!(!budget.is_zero(), Error::<T>::ZeroBudget);
		ensure!(
			info.open_proposals.saturating_add(info.pending_executions)
				< T::MaxOpenProposals::get(),
			Error::<T>::ExecutionBacklogFull
		);
		let id = info.next_proposal_id;
		info.next_proposal_id = id.checked_add(1).ok_or(Error::<T>::Overflow)?;

		T::Pots::spend_credits(community, &who, budget)?;
		T::Pots::reserve(community, budget)?;
		let mut job = QueuedCommand {
			command,
			kind: JobKind::Requested,
			depositor: who.clone(),
			deposit: Zero::zero(),
			budget,
			queued_at: frame_system::Pallet::<T>::block_number(),
		};
		job.deposit = Self::job_deposit(community, id, &job);
		Self::hold_deposit(HoldReason::Proposal, &who, job.deposit)?;
		Self::queue_job(community, &mut info, id, job)?;
		Communities::<T>::insert(community, info);
		Ok(())
	}

	/// What becomes of a reported job's budget: nothing for an unpaid job, a refund at once if
	/// it failed, a payment waiting out `PayoutDelay` if it succeeded (its record's deposit
	/// held from the executor).
	pub(crate) fn settle_report(
		community: CommunityId,
		job: ProposalId,
		executor: &T::AccountId,
		budget: BudgetOf<T>,
		outcome: ExecutionOutcome,
	) -> Result<Settlement<BudgetOf<T>>, DispatchError> {
		if budget.is_zero() {
			return Ok(Settlement::Unpaid);
		}
		if outcome != ExecutionOutcome::Succeeded {
			T::Pots::unreserve(community, budget)?;
			Self::deposit_event(Event::JobRefunded { community, job, amount: budget });
			return Ok(Settlement::Refunded { amount: budget });
		}
		let deposit = Self::payment_deposit(community, job);
		Self::hold_deposit(HoldReason::Receipt, executor, deposit)?;
		let claimable_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::PayoutDelay::get());
		Payments::<T>::insert(
			community,
			job,
			Payment {
				executor: executor.clone(),
				amount: budget,
				deposit,
				claimable_at,
				dispute: None,
			},
		);
		let mut bond = ExecutorBonds::<T>::get(community, executor).unwrap_or(ExecutorBond {
			amount: Zero::zero(),
			since: Zero::zero(),
			unsettled: 0,
		});
		bond.unsettled = bond.unsettled.checked_add(1).ok_or(Error::<T>::Overflow)?;
		ExecutorBonds::<T>::insert(community, executor, bond);
		Self::deposit_event(Event::PaymentPending {
			community,
			job,
			executor: executor.clone(),
			amount: budget,
			claimable_at,
		});
		Ok(Settlement::Pending)
	}

	pub(crate) fn do_claim_payment(community: CommunityId, job: ProposalId) -> DispatchResult {
		let payment = Payments::<T>::get(community, job).ok_or(Error::<T>::NoPayment)?;
		ensure!(payment.dispute.is_none(), Error::<T>::PaymentDisputed);
		ensure!(
			frame_system::Pallet::<T>::block_number() >= payment.claimable_at,
			Error::<T>::PayoutDelayNotOver
		);
		Self::settle_payment(community, job, payment, true)
	}

	pub(crate) fn do_dispute(
		community: CommunityId,
		job: ProposalId,
		who: T::AccountId,
	) -> DispatchResult {
		ensure!(Self::is_member(community, &who), Error::<T>::NotMember);
		let mut payment = Payments::<T>::get(community, job).ok_or(Error::<T>::NoPayment)?;
		ensure!(payment.dispute.is_none(), Error::<T>::PaymentDisputed);
		ensure!(
			frame_system::Pallet::<T>::block_number() < payment.claimable_at,
			Error::<T>::DisputeWindowOver
		);
		let deposit = T::DisputeDeposit::get();
		Self::hold_deposit(HoldReason::Dispute, &who, deposit)?;
		payment.dispute = Some(Dispute { disputer: who.clone(), deposit });
		Payments::<T>::insert(community, job, payment);
		Self::deposit_event(Event::PaymentDisputed { community, job, disputer: who });
		Ok(())
	}

	/// The payment of `job`, if it is disputed.
	pub(crate) fn disputed_payment(
		community: CommunityId,
		job: ProposalId,
	) -> Result<PaymentOf<T>, DispatchError> {
		let payment = Payments::<T>::get(community, job).ok_or(Error::<T>::NoPayment)?;
		ensure!(payment.dispute.is_some(), Error::<T>::NotDisputed);
		Ok(payment)
	}

	/// Decides a disputed payment: pays the executor and sends the disputer's deposit to the
	/// pot (`pay`), or refunds the pot and returns the deposit.
	pub(crate) fn do_resolve_dispute(
		community: CommunityId,
		job: ProposalId,
		pay: bool,
	) -> DispatchResult {
		let mut payment = Self::disputed_payment(community, job)?;
		if let Some(dispute) = payment.dispute.take() {
			if pay {
				Self::slash_to_pot(
					community,
					HoldReason::Dispute,
					&dispute.disputer,
					dispute.deposit,
				)?;
			} else {
				Self::release_deposit(HoldReason::Dispute, &dispute.disputer, dispute.deposit);
			}
		}
		Self::settle_payment(community, job, payment, pay)?;
		Self::deposit_event(Event::DisputeResolved { community, job, pay });
		Ok(())
	}

	/// Pays (`pay`) or refunds a payment's budget, removes its record (returning its deposit),
	/// notes the settlement in the receipt, and releases the executor's bond if it has left the
	/// role and this was its last payment.
	fn settle_payment(
		community: CommunityId,
		job: ProposalId,
		payment: PaymentOf<T>,
		pay: bool,
	) -> DispatchResult {
		let amount = payment.amount;
		let settlement = if pay {
			T::Pots::pay_reserved(community, &payment.executor, amount)?;
			Settlement::Paid { amount }
		} else {
			T::Pots::unreserve(community, amount)?;
			Settlement::Refunded { amount }
		};
		Payments::<T>::remove(community, job);
		Self::release_deposit(HoldReason::Receipt, &payment.executor, payment.deposit);
		Self::deposit_event(if pay {
			Event::JobPaid { community, job, executor: payment.executor.clone(), amount }
		} else {
			Event::JobRefunded { community, job, amount }
		});
		Receipts::<T>::mutate_exists(community, job, |receipt| {
			if let Some(receipt) = receipt {
				receipt.settlement = settlement;
			}
		});
		if let Some(mut bond) = ExecutorBonds::<T>::get(community, &payment.executor) {
			bond.unsettled = bond.unsettled.saturating_sub(1);
			ExecutorBonds::<T>::insert(community, &payment.executor, bond);
			let current = Communities::<T>::get(community).and_then(|info| info.executor);
			Self::release_bond_if_idle(community, &payment.executor, current.as_ref());
		}
		Ok(())
	}

	pub(crate) fn do_expire_job(community: CommunityId, job: ProposalId) -> DispatchResult {
		let mut info = Self::community(community)?;
		let queued = PendingExecutions::<T>::get(community, job).ok_or(Error::<T>::NotQueued)?;
		let executor = info.executor.clone().ok_or(Error::<T>::NotExpired)?;
		let mut bond = ExecutorBonds::<T>::get(community, &executor);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= Self::expiry(&queued, bond.as_ref()), Error::<T>::NotExpired);

		PendingExecutions::<T>::remove(community, job);
		info.pending_executions =
			info.pending_executions.checked_sub(1).ok_or(Error::<T>::Overflow)?;
		Communities::<T>::insert(community, info);
		Self::release_deposit(HoldReason::Proposal, &queued.depositor, queued.deposit);
		let settlement = if queued.budget.is_zero() {
			Settlement::Unpaid
		} else {
			T::Pots::unreserve(community, queued.budget)?;
			Self::deposit_event(Event::JobRefunded { community, job, amount: queued.budget });
			Settlement::Refunded { amount: queued.budget }
		};

		let mut slashed = Zero::zero();
		let mut receipt_deposit = Zero::zero();
		if let Some(bond) = bond.as_mut() {
			slashed = T::ExpirySlash::get() * bond.amount;
			slashed = Self::slash_to_pot(community, HoldReason::ExecutorBond, &executor, slashed)?;
			bond.amount = bond.amount.saturating_sub(slashed);
			// The expired receipt's deposit comes out of what is left of the bond.
			receipt_deposit = Self::receipt_deposit(community, job).min(bond.amount);
			Self::release_deposit(HoldReason::ExecutorBond, &executor, receipt_deposit);
			Self::hold_deposit(HoldReason::Receipt, &executor, receipt_deposit)?;
			bond.amount = bond.amount.saturating_sub(receipt_deposit);
		}
		if let Some(bond) = bond {
			ExecutorBonds::<T>::insert(community, &executor, bond);
		}
		Receipts::<T>::insert(
			community,
			job,
			ExecutionReceipt {
				executor: executor.clone(),
				deposit: receipt_deposit,
				outcome: ExecutionOutcome::Expired,
				output_hash: [0; 32],
				reported_at: now,
				settlement,
			},
		);
		Self::deposit_event(Event::JobExpired { community, job, executor, slashed });
		Ok(())
	}

	/// Moves up to `amount` held from `who` under `reason` to the community pot's account (in
	/// native tokens: they are the community's, outside the pot's value). Returns what moved.
	fn slash_to_pot(
		community: CommunityId,
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		if amount.is_zero() {
			return Ok(amount);
		}
		T::Currency::transfer_on_hold(
			&reason.into(),
			who,
			&T::Pots::pot_account(community),
			amount,
			Precision::BestEffort,
			Restriction::Free,
			Fortitude::Force,
		)
	}

	/// Holds `ExecutorBond` from a new executor (or tops its bond here up to it) and starts
	/// the execution clock of the queued jobs.
	pub(crate) fn take_bond(community: CommunityId, executor: &T::AccountId) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		let mut bond = ExecutorBonds::<T>::get(community, executor).unwrap_or(ExecutorBond {
			amount: Zero::zero(),
			since: now,
			unsettled: 0,
		});
		let top_up = T::ExecutorBond::get().saturating_sub(bond.amount);
		if !top_up.is_zero() {
			T::Currency::hold(&HoldReason::ExecutorBond.into(), executor, top_up)
				.map_err(|_| Error::<T>::CannotHoldBond)?;
		}
		bond.amount = bond.amount.checked_add(&top_up).ok_or(Error::<T>::Overflow)?;
		bond.since = now;
		ExecutorBonds::<T>::insert(community, executor, bond);
		Self::deposit_event(Event::BondHeld {
			community,
			executor: executor.clone(),
			amount: top_up,
		});
		Ok(())
	}

	/// Returns `who`'s bond in `community` if it is not the `current` executor and has no
	/// payment left to settle.
	pub(crate) fn release_bond_if_idle(
		community: CommunityId,
		who: &T::AccountId,
		current: Option<&T::AccountId>,
	) {
		if current == Some(who) {
			return;
		}
		let Some(bond) = ExecutorBonds::<T>::get(community, who) else { return };
		if bond.unsettled > 0 {
			return;
		}
		ExecutorBonds::<T>::remove(community, who);
		Self::release_deposit(HoldReason::ExecutorBond, who, bond.amount);
		Self::deposit_event(Event::BondReleased {
			community,
			executor: who.clone(),
			amount: bond.amount,
		});
	}

	/// A passed `FundModel`: `amount` moves from the pot's free value to the model's funding
	/// account and the funding is recorded, all or nothing (`ProposalUnfunded`).
	pub(crate) fn fund_model(
		community: CommunityId,
		proposal: ProposalId,
		model: ModelId,
		amount: BudgetOf<T>,
		epochs: u32,
	) {
		let funded = with_storage_layer(|| {
			T::Pots::reserve(community, amount)?;
			T::Pots::pay_reserved(community, &T::Models::funding_account(model), amount)?;
			T::Models::fund(model, community, amount, epochs)
		});
		Self::deposit_event(match funded {
			Ok(()) => Event::ModelFunded { community, model, amount, epochs },
			Err(_) => Event::ProposalUnfunded { community, proposal, budget: amount },
		});
	}

	/// A passed `ReturnModelFunds`: what is left of the community's funding of `model` comes
	/// back to the pot's free value. Nothing happens if the community does not fund it.
	pub(crate) fn return_model_funds(community: CommunityId, model: ModelId) {
		let returned = with_storage_layer(|| {
			let amount = T::Models::withdraw(model, community, &T::Pots::pot_account(community))?;
			T::Pots::receive(community, amount)?;
			Ok::<_, DispatchError>(amount)
		});
		if let Ok(amount) = returned {
			Self::deposit_event(Event::ModelFundsReturned { community, model, amount });
		}
	}

	/// When anyone may expire `queued`: `ExecutionTimeout` after its queuing or the current
	/// executor's acceptance, whichever is later; `None` without an executor.
	pub fn expires_at(
		info: &CommunityOf<T>,
		community: CommunityId,
		queued: &QueuedCommandOf<T>,
	) -> Option<BlockNumberFor<T>> {
		let executor = info.executor.as_ref()?;
		Some(Self::expiry(queued, ExecutorBonds::<T>::get(community, executor).as_ref()))
	}

	/// `queued`'s expiry under the current executor, whose bond is `bond` (none: it accepted
	/// before bonds existed, its clock runs from the queuing).
	fn expiry(queued: &QueuedCommandOf<T>, bond: Option<&ExecutorBondOf<T>>) -> BlockNumberFor<T> {
		let since = bond.map(|bond| bond.since).unwrap_or_else(Zero::zero);
		queued.queued_at.max(since).saturating_add(T::ExecutionTimeout::get())
	}
}
