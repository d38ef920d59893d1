//! Executors by consent and by vote, the queue of approved commands, receipts, and the quorum.

use super::*;
use sp_runtime::Percent;

fn report(who: AccountId, p: ProposalId) -> frame_support::dispatch::DispatchResult {
	Voting::report_execution(signed(who), C, p, ExecutionOutcome::Succeeded, receipt_hash(1))
}

fn info() -> CommunityOf<Test> {
	Communities::<Test>::get(C).unwrap()
}

// ---------------------------------------------------------------- consent

#[test]
fn a_proposed_executor_becomes_the_executor_by_accepting() {
	build_and_execute(|| {
		assert_ok!(Voting::create_community(signed(1), C, 2, 1, Some(EXECUTOR), None));
		assert_eq!((info().executor, info().proposed_executor), (None, Some(EXECUTOR)));
		assert_eq!(
			voting_events()[1],
			Event::CommunityCreated {
				community: C,
				creator: 1,
				bootstrap_limit: 2,
				whitelist_threshold: 1,
				min_turnout: Percent::from_percent(DEFAULT_MIN_TURNOUT),
				proposed_executor: Some(EXECUTOR),
			}
		);
		assert_noop!(Voting::accept_executor(signed(8), C), Error::<Test>::NotProposedExecutor);
		assert_noop!(Voting::accept_executor(signed(EXECUTOR), 9), Error::<Test>::UnknownCommunity);
		assert_ok!(Voting::accept_executor(signed(EXECUTOR), C));
		assert_eq!((info().executor, info().proposed_executor), (Some(EXECUTOR), None));
		assert_eq!(last_event(), Event::ExecutorChanged { community: C, executor: Some(EXECUTOR) });
		assert_noop!(
			Voting::accept_executor(signed(EXECUTOR), C),
			Error::<Test>::NotProposedExecutor
		);
	});
}

#[test]
fn the_creator_proposes_only_while_bootstrapping_root_any_time() {
	build_and_execute(|| {
		assert_noop!(
			Voting::set_executor(signed(1), C, Some(EXECUTOR)),
			Error::<Test>::UnknownCommunity
		);
		assert_ok!(Voting::create_community(signed(1), C, 2, 1, None, None));
		assert_noop!(Voting::set_executor(signed(2), C, Some(2)), Error::<Test>::NotCreator);
		assert_noop!(
			Voting::set_executor(RuntimeOrigin::none(), C, None),
			DispatchError::BadOrigin
		);
		assert_ok!(Voting::set_executor(signed(1), C, Some(8)));
		assert_eq!(last_event(), Event::ExecutorProposed { community: C, executor: 8 });
		assert_eq!((info().executor, info().proposed_executor), (None, Some(8)));
		// Proposing again replaces the proposal; nobody is executor until one accepts.
		assert_ok!(Voting::set_executor(signed(1), C, Some(EXECUTOR)));
		assert_noop!(Voting::accept_executor(signed(8), C), Error::<Test>::NotProposedExecutor);

		assert_ok!(Voting::join_community(signed(2), C));
		assert_noop!(
			Voting::set_executor(signed(1), C, Some(9)),
			Error::<Test>::ExecutorChangesByVote
		);
		assert_ok!(Voting::set_executor(RuntimeOrigin::root(), C, Some(9)));
		assert_ok!(Voting::accept_executor(signed(9), C));
		assert_eq!(info().executor, Some(9));
		assert_ok!(Voting::set_executor(RuntimeOrigin::root(), C, None));
		assert_eq!((info().executor, info().proposed_executor), (None, None));
		assert_eq!(last_event(), Event::ExecutorChanged { community: C, executor: None });
	});
}

#[test]
fn the_executor_changes_by_a_passed_proposal_once_active() {
	build_and_execute(|| {
		active_with_executor(&[1, 2]);
		assert_noop!(
			Voting::push_executor_proposal(signed(5), C, Some(8), md(b"8 is faster")),
			Error::<Test>::NotMember
		);
		let p = info().next_proposal_id;
		assert_ok!(Voting::push_executor_proposal(signed(1), C, Some(8), md(b"8 is faster")));
		assert_eq!(
			Voting::proposal_view(C, p).unwrap().action,
			Some(ProposalAction::SetExecutor { executor: Some(8) })
		);
		assert_ok!(Voting::vote(signed(2), C, p, true, 1));
		assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, p));
		// Nothing is queued for the compute instance; 8 is proposed and EXECUTOR stays until
		// 8 accepts.
		assert!(!PendingExecutions::<Test>::contains_key(C, p));
		assert_eq!((info().executor, info().proposed_executor), (Some(EXECUTOR), Some(8)));
		assert!(voting_events().contains(&Event::ExecutorProposed { community: C, executor: 8 }));
		assert_eq!(
			Members::<Test>::get(C, 1).unwrap().open_proposals,
			0,
			"the deposit's command part came back at the close"
		);
		assert_noop!(report(EXECUTOR, p), Error::<Test>::NotQueued);
		assert_ok!(Voting::accept_executor(signed(8), C));
		assert_eq!(info().executor, Some(8));

		// A rejected change changes nothing; a passed removal removes the executor.
		let q = info().next_proposal_id;
		assert_ok!(Voting::push_executor_proposal(signed(1), C, None, md(b"off")));
		assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, q));
		assert_eq!(info().executor, Some(8));
		let r = info().next_proposal_id;
		assert_ok!(Voting::push_executor_proposal(signed(1), C, None, md(b"off")));
		assert_ok!(Voting::vote(signed(2), C, r, true, 1));
		assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, r));
		assert_eq!((info().executor, info().proposed_executor), (None, None));
	});
}

// ---------------------------------------------------------------- the queue and receipts

#[test]
fn passed_proposal_is_queued_then_reported_once() {
	build_and_execute(|| {
		active_with_executor(&[1, 2]);
		let p = pass();
		assert_eq!(PendingExecutions::<Test>::get(C, p).unwrap().command, md(COMMAND));
		assert_eq!(info().pending_executions, 1);
		assert_eq!(
			Voting::pending_executions(C),
			vec![PendingExecution {
				proposal: p,
				command: COMMAND.to_vec(),
				budget: 0,
				kind: JobKind::Voted
			}]
		);

		run_to_block(5);
		assert_ok!(report(EXECUTOR, p));
		let receipt = ExecutionReceipt {
			executor: EXECUTOR,
			deposit: 1,
			outcome: ExecutionOutcome::Succeeded,
			output_hash: receipt_hash(1),
			reported_at: 5,
			settlement: Settlement::Unpaid,
		};
		assert_eq!(Receipts::<Test>::get(C, p), Some(receipt.clone()));
		assert_eq!(Voting::execution_receipt(C, p), Some(receipt));
		assert!(!PendingExecutions::<Test>::contains_key(C, p));
		assert_eq!(info().pending_executions, 0);
		assert!(Voting::pending_executions(C).is_empty());
		assert_eq!(
			last_event(),
			Event::ExecutionReported {
				community: C,
				proposal: p,
				executor: EXECUTOR,
				outcome: ExecutionOutcome::Succeeded,
				output_hash: receipt_hash(1),
			}
		);
		assert_noop!(report(EXECUTOR, p), Error::<Test>::AlreadyReported);
	});
}

#[test]
fn failed_outcome_keeps_its_exit_code() {
	build_and_execute(|| {
		active_with_executor(&[1, 2]);
		let p = pass();
		let failed = ExecutionOutcome::Failed { exit_code: -2 };
		assert_ok!(Voting::report_execution(signed(EXECUTOR), C, p, failed, receipt_hash(3)));
		assert_eq!(Receipts::<Test>::get(C, p).unwrap().outcome, failed);
	});
}

#[test]
fn report_execution_errors() {
	build_and_execute(|| {
		assert_noop!(report(EXECUTOR, 0), Error::<Test>::UnknownCommunity);
		assert_ok!(Voting::create_community(signed(1), C, 2, 2, Some(EXECUTOR), None));
		assert_ok!(Voting::join_community(signed(2), C));
		budget(2, BUDGET);
		let passed = pass();
		// Proposed but not accepted: not the executor; nobody else is either.
		assert_noop!(report(EXECUTOR, passed), Error::<Test>::NotExecutor);
		assert_noop!(report(1, passed), Error::<Test>::NotExecutor);
		assert_ok!(Voting::accept_executor(signed(EXECUTOR), C));
		assert_noop!(report(2, passed), Error::<Test>::NotExecutor);
		assert_noop!(
			Voting::report_execution(
				RuntimeOrigin::root(),
				C,
				passed,
				ExecutionOutcome::Succeeded,
				[0; 32]
			),
			DispatchError::BadOrigin
		);
		assert_noop!(report(EXECUTOR, 99), Error::<Test>::UnknownProposal);
		let open = push(1);
		assert_noop!(report(EXECUTOR, open), Error::<Test>::ProposalNotClosed);
		assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, open));
		assert_noop!(report(EXECUTOR, open), Error::<Test>::ProposalNotPassed);
		assert!(Receipts::<Test>::iter().next().is_none());
	});
}

#[test]
fn rejected_proposal_is_not_queued() {
	build_and_execute(|| {
		active_with_executor(&[1, 2]);
		let p = push(1);
		assert_ok!(Voting::vote(signed(2), C, p, false, 1));
		assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, p));
		assert!(!PendingExecutions::<Test>::contains_key(C, p));
		assert_eq!(info().pending_executions, 0);
	});
}

#[test]
fn approved_commands_wait_for_the_next_executor() {
	build_and_execute(|| {
		// No executor at all: a passed command is queued all the same.
		active_with(&[1, 2]);
		let first = pass();
		assert_eq!(Voting::pending_executions(C).len(), 1);
		assert_ok!(Voting::set_executor(RuntimeOrigin::root(), C, Some(EXECUTOR)));
		assert_ok!(Voting::accept_executor(signed(EXECUTOR), C));
		let second = pass();
		// Removing the executor drops nothing: the next one finds both.
		assert_ok!(Voting::set_executor(RuntimeOrigin::root(), C, None));
		assert_eq!(Voting::pending_executions(C).len(), 2);
		assert_eq!(info().pending_executions, 2);
		assert_noop!(report(EXECUTOR, first), Error::<Test>::NotExecutor);
		assert_ok!(Voting::set_executor(RuntimeOrigin::root(), C, Some(8)));
		assert_ok!(Voting::accept_executor(signed(8), C));
		assert_ok!(report(8, first));
		assert_ok!(report(8, second));
		assert_eq!(Receipts::<Test>::get(C, first).unwrap().executor, 8);
		assert!(Voting::pending_executions(C).is_empty());
	});
}

#[test]
fn pending_executions_share_the_proposal_slots() {
	build_and_execute(|| {
		active_with_executor(&[1, 2]);
		let first = pass();
		pass();
		push(1);
		// 1 open + 2 pending fill MAX_OPEN_PROPOSALS (3).
		assert_noop!(
			Voting::push_proposal(signed(1), C, md(COMMAND), None),
			Error::<Test>::ExecutionBacklogFull
		);
		assert_ok!(report(EXECUTOR, first));
		push(1);
		assert_eq!((info().open_proposals, info().pending_executions), (2, 1));
	});
}

// ---------------------------------------------------------------- quorum

#[test]
fn a_proposal_below_the_quorum_fails() {
	build_and_execute(|| {
		// Four members, a quorum of 50%: two voters are enough, one is not.
		let quorum = Some(Percent::from_percent(50));
		assert_ok!(Voting::create_community(signed(1), C, 4, 1, None, quorum));
		for m in [2, 3, 4] {
			assert_ok!(Voting::join_community(signed(m), C));
			budget(m, BUDGET);
		}
		assert_eq!(info().min_turnout, Percent::from_percent(50));
		let lonely = push(1);
		assert_ok!(Voting::vote(signed(2), C, lonely, true, 5));
		assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, lonely));
		assert!(!Outcomes::<Test>::get(C, lonely).unwrap().passed, "1 of 4 voted");
		assert!(!PendingExecutions::<Test>::contains_key(C, lonely));

		let quorate = push(1);
		assert_ok!(Voting::vote(signed(2), C, quorate, true, 1));
		assert_ok!(Voting::vote(signed(3), C, quorate, false, 1));
		assert_ok!(Voting::modify_vote(signed(2), C, quorate, true, 2));
		assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, quorate));
		assert!(Outcomes::<Test>::get(C, quorate).unwrap().passed, "2 of 4 voted, aye > nay");

		// The quorum is taken against the members at the close: two more join, 2 of 6 is not
		// half.
		let late = push(1);
		assert_ok!(Voting::vote(signed(2), C, late, true, 1));
		assert_ok!(Voting::vote(signed(3), C, late, true, 1));
		assert_ok!(Voting::force_member(RuntimeOrigin::root(), C, 5));
		assert_ok!(Voting::force_member(RuntimeOrigin::root(), C, 6));
		assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, late));
		assert!(!Outcomes::<Test>::get(C, late).unwrap().passed);
	});
}

#[test]
fn the_default_quorum_applies_without_one() {
	build_and_execute(|| {
		// Default 20%: 1 of 5 passes, 1 of 6 does not.
		assert_ok!(Voting::create_community(signed(1), C, 5, 1, None, None));
		for m in [2, 3, 4, 5] {
			assert_ok!(Voting::join_community(signed(m), C));
			budget(m, BUDGET);
		}
		assert_eq!(info().min_turnout, Percent::from_percent(DEFAULT_MIN_TURNOUT));
		let p = push(1);
		assert_ok!(Voting::vote(signed(2), C, p, true, 1));
		assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, p));
		assert!(Outcomes::<Test>::get(C, p).unwrap().passed);
		assert_ok!(Voting::force_member(RuntimeOrigin::root(), C, 6));
		let q = push(1);
		assert_ok!(Voting::vote(signed(2), C, q, true, 1));
		assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, q));
		assert!(!Outcomes::<Test>::get(C, q).unwrap().passed);
	});
}
