//! Paid jobs: budgets reserved at the close, direct requests paid with credits, payments after
//! the delay, disputes, failure refunds, expiry with a slash, and executor changes; with the
//! final balances of the pot, the executor and the members, and the issuance of both assets.

use super::*;
use crate::PotLedger;
use frame_support::traits::fungibles::Inspect as AssetsInspect;
use pallet_community_treasury::Error as TreasuryError;

/// What each paid job in these tests costs.
const BUDGET: Balance = 100;
/// What member 1 puts in the pot (after the pot's existential balance).
const FUNDED: Balance = 1_000;

fn pot_account() -> AccountId {
	Treasury::pot_account(C)
}

fn payment_of(who: AccountId) -> Balance {
	Assets::balance(PAYMENT, who)
}

/// What an executor among accounts 1..=10 earned: its payment asset above its start.
fn earned(who: AccountId) -> Balance {
	payment_of(who) - START_PAYMENT
}

/// The pot's (free value, reserved).
fn pot() -> (Balance, Balance) {
	let pot = pallet_community_treasury::Pots::<Test>::get(C).expect("a pot");
	(pot.value, pot.reserved)
}

fn credits(who: AccountId) -> Balance {
	Treasury::position_view(C, &who).map(|p| p.credits).unwrap_or(0)
}

fn issuances() -> (Balance, Balance) {
	(Balances::total_issuance(), Assets::total_issuance(PAYMENT))
}

/// Community `C` of 1 and 2 with `EXECUTOR` accepted, and `FUNDED` of value in its pot from 1
/// (who has as many credits).
fn funded_community() {
	active_with_executor(&[1, 2]);
	assert_ok!(Treasury::contribute(signed(1), C, FUNDED + MIN_PAYMENT));
	assert_eq!(pot(), (FUNDED, 0));
}

/// Pushes a command with `budget` by 1, votes it through with 2 and closes it; returns its id.
fn pass_paid(budget: Balance) -> ProposalId {
	let p = Communities::<Test>::get(C).unwrap().next_proposal_id;
	assert_ok!(Voting::push_proposal(signed(1), C, md(b"paid"), Some(budget)));
	assert_ok!(Voting::vote(signed(2), C, p, true, 1));
	assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, p));
	p
}

fn report(p: ProposalId, outcome: ExecutionOutcome) -> frame_support::dispatch::DispatchResult {
	Voting::report_execution(signed(EXECUTOR), C, p, outcome, receipt_hash(1))
}

fn status(p: ProposalId) -> JobStatus<AccountId, u64, Balance> {
	Voting::job_status(C, p)
}

// ---------------------------------------------------------------- approval and reservation

#[test]
fn a_passed_paid_command_reserves_its_budget_and_is_queued() {
	build_and_execute(|| {
		funded_community();
		let p = pass_paid(BUDGET);
		assert_eq!(pot(), (FUNDED - BUDGET, BUDGET));
		assert_eq!(Treasury::reserved(C), BUDGET);
		let queued = PendingExecutions::<Test>::get(C, p).unwrap();
		assert_eq!((queued.kind, queued.depositor, queued.budget), (JobKind::Voted, 1, BUDGET));
		assert!(voting_events().contains(&Event::JobQueued {
			community: C,
			job: p,
			kind: JobKind::Voted,
			budget: BUDGET,
			command: md(b"paid"),
		}));
		assert_eq!(
			status(p),
			JobStatus::Queued {
				budget: BUDGET,
				kind: JobKind::Voted,
				expires_at: Some(1 + EXECUTION_TIMEOUT)
			}
		);
		assert_eq!(
			Voting::pending_executions(C),
			vec![PendingExecution {
				proposal: p,
				command: b"paid".to_vec(),
				budget: BUDGET,
				kind: JobKind::Voted
			}]
		);
		// Nothing left the pot's account: the budget is set aside inside it.
		assert_eq!(payment_of(pot_account()), FUNDED + MIN_PAYMENT);
	});
}

#[test]
fn a_paid_command_the_pot_cannot_cover_passes_unfunded() {
	build_and_execute(|| {
		funded_community();
		let before = (payment_of(pot_account()), Balances::total_balance(&1));
		let p = pass_paid(FUNDED + 1);
		assert!(Outcomes::<Test>::get(C, p).unwrap().passed, "recorded as passed");
		assert!(!PendingExecutions::<Test>::contains_key(C, p), "not queued");
		assert!(voting_events().contains(&Event::ProposalUnfunded {
			community: C,
			proposal: p,
			budget: FUNDED + 1
		}));
		assert_eq!(pot(), (FUNDED, 0), "no money moved");
		assert_eq!((payment_of(pot_account()), Balances::total_balance(&1)), before);
		// The command part of the deposit came back; only the outcome's is held.
		let outcome = Outcomes::<Test>::get(C, p).unwrap();
		assert_eq!(Balances::balance_on_hold(&HoldReason::Proposal.into(), &1), outcome.deposit);
		assert_eq!(status(p), JobStatus::Unknown);
	});
}

#[test]
fn a_community_without_a_pot_funds_nothing() {
	build_and_execute(|| {
		active_with_executor(&[1, 2]);
		let p = pass_paid(BUDGET);
		assert!(!PendingExecutions::<Test>::contains_key(C, p));
		assert!(voting_events().contains(&Event::ProposalUnfunded {
			community: C,
			proposal: p,
			budget: BUDGET
		}));
		// An unpaid command still runs.
		let unpaid = pass();
		assert_eq!(PendingExecutions::<Test>::get(C, unpaid).unwrap().budget, 0);
	});
}

#[test]
fn a_zero_budget_is_refused() {
	build_and_execute(|| {
		funded_community();
		assert_noop!(
			Voting::push_proposal(signed(1), C, md(b"x"), Some(0)),
			Error::<Test>::ZeroBudget
		);
		assert_noop!(Voting::request_job(signed(1), C, md(b"x"), 0), Error::<Test>::ZeroBudget);
	});
}

// ---------------------------------------------------------------- direct use

#[test]
fn a_member_requests_a_job_with_its_credits() {
	build_and_execute(|| {
		funded_community();
		let id = Communities::<Test>::get(C).unwrap().next_proposal_id;
		assert_ok!(Voting::request_job(signed(1), C, md(b"infer"), BUDGET));
		assert_eq!(credits(1), FUNDED - BUDGET);
		assert_eq!(pot(), (FUNDED - BUDGET, BUDGET));
		let queued = PendingExecutions::<Test>::get(C, id).unwrap();
		assert_eq!((queued.kind, queued.depositor), (JobKind::Requested, 1));
		assert_eq!(Balances::balance_on_hold(&HoldReason::Proposal.into(), &1), queued.deposit);
		assert_eq!(Communities::<Test>::get(C).unwrap().next_proposal_id, id + 1);
		assert_eq!(Communities::<Test>::get(C).unwrap().pending_executions, 1);
		assert_eq!(
			last_event(),
			Event::JobQueued {
				community: C,
				job: id,
				kind: JobKind::Requested,
				budget: BUDGET,
				command: md(b"infer")
			}
		);

		// It runs like a voted job: reported, paid after the delay, deposit back.
		assert_ok!(report(id, ExecutionOutcome::Succeeded));
		assert_eq!(Balances::balance_on_hold(&HoldReason::Proposal.into(), &1), 0);
		run_to_block(1 + PAYOUT_DELAY);
		assert_ok!(Voting::claim_payment(signed(3), C, id));
		assert_eq!(earned(EXECUTOR), BUDGET);
		assert_eq!(pot(), (FUNDED - BUDGET, 0));
	});
}

#[test]
fn a_request_needs_credits_membership_and_room() {
	build_and_execute(|| {
		funded_community();
		// 2 contributed nothing: no position, no credits.
		assert_noop!(
			Voting::request_job(signed(2), C, md(b"x"), 1),
			TreasuryError::<Test>::NoPosition
		);
		assert_noop!(
			Voting::request_job(signed(1), C, md(b"x"), FUNDED + 1),
			TreasuryError::<Test>::InsufficientCredits
		);
		assert_noop!(Voting::request_job(signed(5), C, md(b"x"), 1), Error::<Test>::NotMember);
		assert_noop!(Voting::request_job(signed(1), C, md(b""), 1), Error::<Test>::EmptyMetadata);
		assert_noop!(
			Voting::request_job(signed(1), 9, md(b"x"), 1),
			Error::<Test>::UnknownCommunity
		);
		// 2 has credits now but the pot's free value is spoken for by 1's requests.
		assert_ok!(Treasury::contribute(signed(2), C, 10));
		for _ in 0..MAX_OPEN_PROPOSALS {
			assert_ok!(Voting::request_job(signed(1), C, md(b"x"), 1));
		}
		assert_noop!(
			Voting::request_job(signed(2), C, md(b"x"), 1),
			Error::<Test>::ExecutionBacklogFull
		);
		assert_eq!(credits(2), 10, "refused requests spend nothing");
	});
}

#[test]
fn a_bootstrapping_community_takes_no_requests() {
	build_and_execute(|| {
		assert_ok!(Voting::create_community(signed(1), C, 3, 1, None, None));
		assert_ok!(Treasury::contribute(signed(1), C, 100));
		assert_noop!(
			Voting::request_job(signed(1), C, md(b"x"), 1),
			Error::<Test>::CommunityNotActive
		);
	});
}

// ---------------------------------------------------------------- payment

#[test]
fn a_succeeded_job_is_paid_after_the_delay_and_not_before() {
	build_and_execute(|| {
		funded_community();
		let p = pass_paid(BUDGET);
		let issued = issuances();
		let pot_balance = payment_of(pot_account());
		run_to_block(3);
		assert_ok!(report(p, ExecutionOutcome::Succeeded));
		let payment = Payments::<Test>::get(C, p).unwrap();
		assert_eq!((payment.executor, payment.amount), (EXECUTOR, BUDGET));
		assert_eq!(payment.claimable_at, 3 + PAYOUT_DELAY);
		assert_eq!(ExecutorBonds::<Test>::get(C, EXECUTOR).unwrap().unsettled, 1);
		assert_eq!(Receipts::<Test>::get(C, p).unwrap().settlement, Settlement::Pending);
		assert_eq!(
			status(p),
			JobStatus::AwaitingPayout {
				executor: EXECUTOR,
				amount: BUDGET,
				claimable_at: 3 + PAYOUT_DELAY
			}
		);
		assert_eq!(
			Voting::claimable_payments(C, &EXECUTOR),
			vec![ClaimablePayment { job: p, amount: BUDGET, claimable_at: 3 + PAYOUT_DELAY }]
		);
		assert_eq!(pot(), (FUNDED - BUDGET, BUDGET), "still reserved");

		run_to_block(3 + PAYOUT_DELAY - 1);
		assert_noop!(Voting::claim_payment(signed(3), C, p), Error::<Test>::PayoutDelayNotOver);
		run_to_block(3 + PAYOUT_DELAY);
		assert_ok!(Voting::claim_payment(signed(3), C, p));
		assert_eq!(
			last_event(),
			Event::JobPaid { community: C, job: p, executor: EXECUTOR, amount: BUDGET }
		);
		assert_eq!(earned(EXECUTOR), BUDGET);
		assert_eq!(payment_of(pot_account()), pot_balance - BUDGET);
		assert_eq!(pot(), (FUNDED - BUDGET, 0));
		assert_eq!(issuances(), issued, "payments move money, they create none");
		assert_eq!(
			status(p),
			JobStatus::Settled {
				outcome: ExecutionOutcome::Succeeded,
				settlement: Settlement::Paid { amount: BUDGET }
			}
		);
		// The payment record's deposit is back; the receipt's stays until it is pruned.
		let receipt = Receipts::<Test>::get(C, p).unwrap();
		assert_eq!(
			Balances::balance_on_hold(&HoldReason::Receipt.into(), &EXECUTOR),
			receipt.deposit
		);
		assert_eq!(ExecutorBonds::<Test>::get(C, EXECUTOR).unwrap().unsettled, 0);
		assert!(Voting::claimable_payments(C, &EXECUTOR).is_empty());
		assert_noop!(Voting::claim_payment(signed(3), C, p), Error::<Test>::NoPayment);
		// A paid receipt can be pruned after the retention period.
		run_to_block(3 + RetentionPeriod::get());
		assert_ok!(Voting::prune_receipt(signed(3), C, p));
	});
}

#[test]
fn a_receipt_with_a_payment_waiting_is_not_pruned() {
	build_and_execute(|| {
		funded_community();
		let p = pass_paid(BUDGET);
		assert_ok!(report(p, ExecutionOutcome::Succeeded));
		assert_ok!(Voting::dispute_payment(signed(2), C, p));
		run_to_block(1 + RetentionPeriod::get());
		assert_noop!(Voting::prune_receipt(signed(3), C, p), Error::<Test>::HasUnsettledPayments);
		assert_ok!(Voting::resolve_dispute(RuntimeOrigin::root(), C, p, false));
	});
}

#[test]
fn a_failed_job_is_refunded_at_once() {
	build_and_execute(|| {
		funded_community();
		let p = pass_paid(BUDGET);
		let issued = issuances();
		assert_ok!(report(p, ExecutionOutcome::Failed { exit_code: 2 }));
		assert!(voting_events().contains(&Event::JobRefunded {
			community: C,
			job: p,
			amount: BUDGET
		}));
		assert_eq!(pot(), (FUNDED, 0));
		assert!(!Payments::<Test>::contains_key(C, p));
		assert_eq!(earned(EXECUTOR), 0);
		assert_eq!(issuances(), issued);
		assert_eq!(
			status(p),
			JobStatus::Settled {
				outcome: ExecutionOutcome::Failed { exit_code: 2 },
				settlement: Settlement::Refunded { amount: BUDGET }
			}
		);
		assert_noop!(Voting::claim_payment(signed(3), C, p), Error::<Test>::NoPayment);
	});
}

#[test]
fn an_executor_cannot_report_expired() {
	build_and_execute(|| {
		funded_community();
		let p = pass_paid(BUDGET);
		assert_noop!(report(p, ExecutionOutcome::Expired), Error::<Test>::CannotReportExpired);
	});
}

// ---------------------------------------------------------------- disputes

#[test]
fn a_dispute_that_wins_refunds_the_pot_and_returns_the_deposit() {
	build_and_execute(|| {
		funded_community();
		let p = pass_paid(BUDGET);
		assert_ok!(report(p, ExecutionOutcome::Succeeded));
		let free = Balances::balance(&2);
		assert_ok!(Voting::dispute_payment(signed(2), C, p));
		assert_eq!(last_event(), Event::PaymentDisputed { community: C, job: p, disputer: 2 });
		assert_eq!(Balances::balance_on_hold(&HoldReason::Dispute.into(), &2), DISPUTE_DEPOSIT);
		assert_eq!(
			status(p),
			JobStatus::Disputed { executor: EXECUTOR, amount: BUDGET, disputer: 2 }
		);
		assert!(Voting::claimable_payments(C, &EXECUTOR).is_empty(), "disputed: not claimable");
		run_to_block(1 + PAYOUT_DELAY);
		assert_noop!(Voting::claim_payment(signed(3), C, p), Error::<Test>::PaymentDisputed);

		assert_noop!(Voting::resolve_dispute(signed(1), C, p, false), DispatchError::BadOrigin);
		assert_ok!(Voting::resolve_dispute(RuntimeOrigin::root(), C, p, false));
		assert_eq!(last_event(), Event::DisputeResolved { community: C, job: p, pay: false });
		assert_eq!(Balances::balance(&2), free, "the deposit came back");
		assert_eq!(pot(), (FUNDED, 0));
		assert_eq!(earned(EXECUTOR), 0);
		assert_eq!(
			Receipts::<Test>::get(C, p).unwrap().settlement,
			Settlement::Refunded { amount: BUDGET }
		);
		assert_noop!(
			Voting::resolve_dispute(RuntimeOrigin::root(), C, p, true),
			Error::<Test>::NoPayment
		);
	});
}

#[test]
fn a_dispute_that_loses_pays_the_executor_and_the_deposit_goes_to_the_pot() {
	build_and_execute(|| {
		funded_community();
		let p = pass_paid(BUDGET);
		assert_ok!(report(p, ExecutionOutcome::Succeeded));
		let total = Balances::total_balance(&2);
		let issued = issuances();
		assert_ok!(Voting::dispute_payment(signed(2), C, p));
		assert_ok!(Voting::resolve_dispute(RuntimeOrigin::root(), C, p, true));
		assert_eq!(Balances::total_balance(&2), total - DISPUTE_DEPOSIT);
		assert_eq!(Balances::total_balance(&pot_account()), DISPUTE_DEPOSIT, "in native tokens");
		assert_eq!(earned(EXECUTOR), BUDGET);
		assert_eq!(pot(), (FUNDED - BUDGET, 0));
		assert_eq!(issuances(), issued);
	});
}

#[test]
fn members_decide_a_dispute_by_vote() {
	build_and_execute(|| {
		funded_community();
		let p = pass_paid(BUDGET);
		assert_ok!(report(p, ExecutionOutcome::Succeeded));
		assert_noop!(
			Voting::push_dispute_proposal(signed(1), C, p, false, md(b"wrong output")),
			Error::<Test>::NotDisputed
		);
		assert_ok!(Voting::dispute_payment(signed(2), C, p));
		let d = Communities::<Test>::get(C).unwrap().next_proposal_id;
		assert_ok!(Voting::push_dispute_proposal(signed(1), C, p, false, md(b"wrong output")));
		assert_eq!(
			Proposals::<Test>::get(C, d).unwrap().action,
			ProposalAction::ResolveDispute { job: p, pay: false }
		);
		assert_ok!(Voting::vote(signed(2), C, d, true, 1));
		assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, d));
		assert!(voting_events().contains(&Event::DisputeResolved {
			community: C,
			job: p,
			pay: false
		}));
		assert!(!PendingExecutions::<Test>::contains_key(C, d), "a decision queues nothing");
		assert_eq!(pot(), (FUNDED, 0));
		assert_eq!(Balances::balance_on_hold(&HoldReason::Dispute.into(), &2), 0);

		// A second decision on the settled payment changes nothing.
		let q = pass_paid(BUDGET);
		assert_ok!(report(q, ExecutionOutcome::Succeeded));
		assert_ok!(Voting::dispute_payment(signed(2), C, q));
		let d2 = Communities::<Test>::get(C).unwrap().next_proposal_id;
		assert_ok!(Voting::push_dispute_proposal(signed(1), C, q, true, md(b"fine")));
		assert_ok!(Voting::resolve_dispute(RuntimeOrigin::root(), C, q, false));
		assert_ok!(Voting::vote(signed(2), C, d2, true, 1));
		assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, d2));
		assert_eq!(earned(EXECUTOR), 0, "Root refunded it before the vote closed");
		assert_eq!(pot(), (FUNDED, 0));
	});
}

#[test]
fn dispute_errors() {
	build_and_execute(|| {
		funded_community();
		let p = pass_paid(BUDGET);
		assert_noop!(Voting::dispute_payment(signed(2), C, p), Error::<Test>::NoPayment);
		assert_ok!(report(p, ExecutionOutcome::Succeeded));
		assert_noop!(Voting::dispute_payment(signed(5), C, p), Error::<Test>::NotMember);
		Balances::set_balance(&2, 1);
		assert_noop!(Voting::dispute_payment(signed(2), C, p), Error::<Test>::CannotHoldDeposit);
		Balances::set_balance(&2, 100);
		assert_ok!(Voting::dispute_payment(signed(2), C, p));
		assert_noop!(Voting::dispute_payment(signed(1), C, p), Error::<Test>::PaymentDisputed);
		assert_ok!(Voting::resolve_dispute(RuntimeOrigin::root(), C, p, true));

		let q = pass_paid(BUDGET);
		run_to_block(2);
		assert_ok!(report(q, ExecutionOutcome::Succeeded));
		run_to_block(2 + PAYOUT_DELAY);
		assert_noop!(Voting::dispute_payment(signed(2), C, q), Error::<Test>::DisputeWindowOver);
		assert_noop!(
			Voting::resolve_dispute(RuntimeOrigin::root(), C, q, true),
			Error::<Test>::NotDisputed
		);
		assert_ok!(Voting::claim_payment(signed(2), C, q));
		assert_eq!(earned(EXECUTOR), 2 * BUDGET);
	});
}

// ---------------------------------------------------------------- expiry and the bond

#[test]
fn accepting_the_role_holds_the_bond() {
	build_and_execute(|| {
		assert_ok!(Voting::create_community(signed(1), C, 2, 1, Some(EXECUTOR), None));
		assert_ok!(Voting::accept_executor(signed(EXECUTOR), C));
		assert_eq!(
			Balances::balance_on_hold(&HoldReason::ExecutorBond.into(), &EXECUTOR),
			EXECUTOR_BOND
		);
		assert!(voting_events().contains(&Event::BondHeld {
			community: C,
			executor: EXECUTOR,
			amount: EXECUTOR_BOND
		}));
		assert_ok!(Voting::set_executor(RuntimeOrigin::root(), C, Some(30)));
		Balances::set_balance(&30, EXECUTOR_BOND);
		assert_noop!(Voting::accept_executor(signed(30), C), Error::<Test>::CannotHoldBond);
	});
}

#[test]
fn a_job_without_a_receipt_expires_and_slashes_the_bond() {
	build_and_execute(|| {
		funded_community();
		let p = pass_paid(BUDGET);
		let issued = issuances();
		let proposer_held = Balances::balance_on_hold(&HoldReason::Proposal.into(), &1);
		let job_deposit = PendingExecutions::<Test>::get(C, p).unwrap().deposit;
		run_to_block(EXECUTION_TIMEOUT);
		assert_noop!(Voting::expire_job(signed(3), C, p), Error::<Test>::NotExpired);
		run_to_block(1 + EXECUTION_TIMEOUT);
		assert_ok!(Voting::expire_job(signed(3), C, p));

		let slash = EXECUTOR_BOND / 10;
		assert_eq!(
			last_event(),
			Event::JobExpired { community: C, job: p, executor: EXECUTOR, slashed: slash }
		);
		assert_eq!(pot(), (FUNDED, 0), "the budget is refunded");
		assert_eq!(Balances::total_balance(&pot_account()), slash, "the slash went to the pot");
		let receipt = Receipts::<Test>::get(C, p).unwrap();
		assert_eq!(receipt.outcome, ExecutionOutcome::Expired);
		assert_eq!(receipt.settlement, Settlement::Refunded { amount: BUDGET });
		let bond = ExecutorBonds::<Test>::get(C, EXECUTOR).unwrap();
		assert_eq!(bond.amount, EXECUTOR_BOND - slash - receipt.deposit);
		assert_eq!(Balances::total_balance(&EXECUTOR), 100 - slash);
		assert_eq!(
			Balances::balance_on_hold(&HoldReason::Proposal.into(), &1),
			proposer_held - job_deposit,
			"the job's deposit came back"
		);
		assert_eq!(issuances(), issued, "a slash moves tokens, it burns none");
		assert_eq!(Communities::<Test>::get(C).unwrap().pending_executions, 0);
		assert_eq!(
			status(p),
			JobStatus::Settled {
				outcome: ExecutionOutcome::Expired,
				settlement: Settlement::Refunded { amount: BUDGET }
			}
		);
		assert_noop!(Voting::expire_job(signed(3), C, p), Error::<Test>::NotQueued);
		assert_noop!(report(p, ExecutionOutcome::Succeeded), Error::<Test>::AlreadyReported);
	});
}

#[test]
fn the_clock_waits_for_an_executor() {
	build_and_execute(|| {
		funded_community();
		assert_ok!(Voting::set_executor(RuntimeOrigin::root(), C, None));
		let p = pass_paid(BUDGET);
		run_to_block(100);
		assert_eq!(
			status(p),
			JobStatus::Queued { budget: BUDGET, kind: JobKind::Voted, expires_at: None }
		);
		assert_noop!(Voting::expire_job(signed(3), C, p), Error::<Test>::NotExpired);
		// A new executor accepts at 100: its clock for the old job starts then.
		assert_ok!(Voting::set_executor(RuntimeOrigin::root(), C, Some(8)));
		assert_ok!(Voting::accept_executor(signed(8), C));
		run_to_block(100 + EXECUTION_TIMEOUT - 1);
		assert_noop!(Voting::expire_job(signed(3), C, p), Error::<Test>::NotExpired);
		run_to_block(100 + EXECUTION_TIMEOUT);
		assert_ok!(Voting::expire_job(signed(3), C, p));
		assert_eq!(Balances::total_balance(&8), 100 - EXECUTOR_BOND / 10);
		assert_eq!(Balances::total_balance(&EXECUTOR), 100, "the removed executor lost nothing");
	});
}

#[test]
fn an_unpaid_job_expires_too() {
	build_and_execute(|| {
		active_with_executor(&[1, 2]);
		let p = pass();
		run_to_block(1 + EXECUTION_TIMEOUT);
		assert_ok!(Voting::expire_job(signed(3), C, p));
		assert_eq!(Receipts::<Test>::get(C, p).unwrap().settlement, Settlement::Unpaid);
		assert_eq!(Balances::total_balance(&pot_account()), EXECUTOR_BOND / 10);
	});
}

#[test]
fn queued_jobs_wait_for_the_next_executor_and_the_old_bond_returns_when_settled() {
	build_and_execute(|| {
		funded_community();
		let done = pass_paid(BUDGET);
		let waiting = pass_paid(BUDGET);
		assert_ok!(report(done, ExecutionOutcome::Succeeded));
		// The executor is replaced: 8 accepts, and EXECUTOR keeps its bond for its payment.
		assert_ok!(Voting::set_executor(RuntimeOrigin::root(), C, Some(8)));
		assert_ok!(Voting::accept_executor(signed(8), C));
		assert_eq!(
			Balances::balance_on_hold(&HoldReason::ExecutorBond.into(), &EXECUTOR),
			EXECUTOR_BOND
		);
		assert_eq!(pot(), (FUNDED - 2 * BUDGET, 2 * BUDGET), "both stay reserved");
		assert_noop!(report(waiting, ExecutionOutcome::Succeeded), Error::<Test>::NotExecutor);
		assert_ok!(Voting::report_execution(
			signed(8),
			C,
			waiting,
			ExecutionOutcome::Succeeded,
			receipt_hash(2)
		));

		run_to_block(1 + PAYOUT_DELAY);
		assert_ok!(Voting::claim_payment(signed(3), C, done));
		assert!(voting_events().contains(&Event::BondReleased {
			community: C,
			executor: EXECUTOR,
			amount: EXECUTOR_BOND
		}));
		assert!(!ExecutorBonds::<Test>::contains_key(C, EXECUTOR));
		assert_eq!(Balances::balance_on_hold(&HoldReason::ExecutorBond.into(), &EXECUTOR), 0);
		assert_ok!(Voting::claim_payment(signed(3), C, waiting));
		assert_eq!((earned(EXECUTOR), earned(8)), (BUDGET, BUDGET));
		assert_eq!(pot(), (FUNDED - 2 * BUDGET, 0));
		// 8 is still the executor: its bond stays.
		assert_eq!(Balances::balance_on_hold(&HoldReason::ExecutorBond.into(), &8), EXECUTOR_BOND);
	});
}

#[test]
fn a_removed_executor_without_payments_gets_its_bond_back_at_once() {
	build_and_execute(|| {
		funded_community();
		assert_ok!(Voting::set_executor(RuntimeOrigin::root(), C, None));
		assert_eq!(Balances::total_balance_on_hold(&EXECUTOR), 0);
		assert!(!ExecutorBonds::<Test>::contains_key(C, EXECUTOR));
		// Accepting again takes a new bond.
		assert_ok!(Voting::set_executor(RuntimeOrigin::root(), C, Some(EXECUTOR)));
		assert_ok!(Voting::accept_executor(signed(EXECUTOR), C));
		assert_eq!(
			Balances::balance_on_hold(&HoldReason::ExecutorBond.into(), &EXECUTOR),
			EXECUTOR_BOND
		);
	});
}

#[test]
fn a_community_with_payments_to_settle_is_not_dissolved_and_the_bond_returns_at_the_end() {
	build_and_execute(|| {
		funded_community();
		let p = pass_paid(BUDGET);
		assert_ok!(report(p, ExecutionOutcome::Succeeded));
		assert_noop!(
			Voting::dissolve_community(RuntimeOrigin::root(), C),
			Error::<Test>::HasUnsettledPayments
		);
		run_to_block(1 + PAYOUT_DELAY);
		assert_ok!(Voting::claim_payment(signed(3), C, p));
		assert_ok!(Voting::dissolve_community(RuntimeOrigin::root(), C));
		assert_ok!(Voting::cleanup_community(signed(3), C, 100));
		assert!(!Communities::<Test>::contains_key(C));
		assert!(!ExecutorBonds::<Test>::contains_key(C, EXECUTOR));
		assert_eq!(Balances::total_balance_on_hold(&EXECUTOR), 0);
	});
}
