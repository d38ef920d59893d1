//! Storage deposits: what each call holds, from whom, and how every deposit comes back.
//! Expected amounts are worked out by hand from the mock's prices (1 per item, and in the
//! per-byte tests 1 per byte of key and value), never read back from the pallet.

use super::*;
use codec::MaxEncodedLen;

fn held(reason: HoldReason, who: AccountId) -> Balance {
	Balances::balance_on_hold(&RuntimeHoldReason::Voting(reason), &who)
}

fn issuance() -> Balance {
	Balances::total_issuance()
}

/// Key bytes of a double map keyed `Blake2_128Concat(u32), Twox64Concat(u32)` (Proposals,
/// Outcomes, Receipts): the 32-byte prefix, 16 + 4 and 8 + 4.
const PROPOSAL_KEY: u64 = 32 + 20 + 12;

#[test]
fn creating_holds_the_community_and_membership_deposits() {
	build_and_execute(|| {
		let before = issuance();
		assert_ok!(Voting::create_community(signed(1), C, 3, 2, None, None));
		assert_eq!(held(HoldReason::Community, 1), 1);
		assert_eq!(held(HoldReason::Membership, 1), 1);
		assert_eq!(Balances::balance(&1), 98);
		assert_eq!(Communities::<Test>::get(C).unwrap().deposit, 1);
		assert_eq!(Members::<Test>::get(C, 1), Some(Membership { deposit: 1, open_proposals: 0 }));
		let events = voting_events();
		assert!(events.contains(&Event::DepositHeld {
			who: 1,
			reason: HoldReason::Community,
			amount: 1
		}));
		assert!(events.contains(&Event::DepositHeld {
			who: 1,
			reason: HoldReason::Membership,
			amount: 1
		}));
		assert_eq!(issuance(), before, "deposits move no tokens in or out of existence");
	});
}

#[test]
fn deposits_are_priced_per_byte_of_key_and_value() {
	build_and_execute(|| {
		DepositPerByte::set(1);
		Balances::set_balance(&1, 10_000);
		Balances::set_balance(&2, 10_000);
		assert_ok!(Voting::create_community(signed(1), C, 2, 1, None, None));
		// Communities: key 32 + 16 + 4; value: creator 16, deposit 8, N 4, W 4, status 1 + 4
		// (its largest variant), members 4, open 4, next id 4, quorum 1, executor 1 + 16,
		// proposed executor 1 + 16, pending 4.
		assert_eq!(held(HoldReason::Community, 1), 1 + 52 + 88);
		// Members: key 32 + 20 + 32; value: deposit 8, open proposals 4.
		assert_eq!(held(HoldReason::Membership, 1), 1 + 84 + 12);
		assert_ok!(Voting::join_community(signed(2), C));

		let command = [b'c'; 40];
		assert_ok!(Voting::push_proposal(signed(1), C, md(&command), None));
		// The open proposal: proposer 16, action 1 (an unpaid command), deposit 16, metadata
		// 1 + 40; its tally (a second record): serial 8, deadline 8, aye 16, nay 16, voters 4. The
		// outcome: proposer 16, deposit 8, passed 1, aye 16, nay 16, closed_at 8.
		let command_part =
			(1 + PROPOSAL_KEY + 16 + 1 + 16 + 41) + (1 + PROPOSAL_KEY + 8 + 8 + 16 + 16 + 4);
		let outcome_part = 1 + PROPOSAL_KEY + 16 + 8 + 1 + 16 + 16 + 8;
		assert_eq!(
			Proposals::<Test>::get(C, 0).unwrap().deposit,
			ProposalDeposit { command: command_part, outcome: outcome_part }
		);
		assert_eq!(held(HoldReason::Proposal, 1), command_part + outcome_part);

		// A longer command holds one more per byte.
		assert_ok!(Voting::push_proposal(signed(2), C, md(&[b'c'; 41]), None));
		assert_eq!(Proposals::<Test>::get(C, 1).unwrap().deposit.command, command_part + 1);
	});
}

#[test]
fn joining_holds_and_leaving_returns_the_membership_deposit() {
	build_and_execute(|| {
		let before = issuance();
		assert_ok!(Voting::create_community(signed(1), C, 3, 2, None, None));
		assert_ok!(Voting::join_community(signed(2), C));
		assert_eq!(held(HoldReason::Membership, 2), 1);
		assert_eq!(Balances::balance(&2), 99);
		assert_ok!(Voting::deregister(signed(2), C));
		assert_eq!(held(HoldReason::Membership, 2), 0);
		assert_eq!(Balances::balance(&2), 100);
		assert_eq!(
			last_event(),
			Event::MemberLeft { community: C, who: 2 },
			"the release comes before MemberLeft"
		);
		assert!(voting_events().contains(&Event::DepositReleased {
			who: 2,
			reason: HoldReason::Membership,
			amount: 1
		}));
		assert_eq!(issuance(), before);
	});
}

#[test]
fn an_account_that_cannot_hold_the_deposit_cannot_write() {
	build_and_execute(|| {
		// 2 tokens: the existential deposit plus 1, not enough for two deposits of 1.
		Balances::set_balance(&20, 2);
		assert_noop!(
			Voting::create_community(signed(20), C, 3, 2, None, None),
			Error::<Test>::CannotHoldDeposit
		);
		assert_ok!(Voting::create_community(signed(1), C, 3, 2, None, None));
		Balances::set_balance(&21, 1);
		assert_noop!(Voting::join_community(signed(21), C), Error::<Test>::CannotHoldDeposit);
		assert!(!Members::<Test>::contains_key(C, 21));
	});
}

#[test]
fn root_members_hold_nothing() {
	build_and_execute(|| {
		assert_ok!(Voting::create_community(signed(1), C, 3, 2, None, None));
		assert_ok!(Voting::force_member(RuntimeOrigin::root(), C, 5));
		assert_eq!(Members::<Test>::get(C, 5).unwrap().deposit, 0);
		assert_eq!(held(HoldReason::Membership, 5), 0);
		assert_ok!(Voting::deregister(signed(5), C));
		assert_eq!(Balances::balance(&5), 100);
	});
}

#[test]
fn bootstrap_limit_is_bounded() {
	build_and_execute(|| {
		assert_noop!(
			Voting::create_community(signed(1), C, MAX_BOOTSTRAP_MEMBERS + 1, 1, None, None),
			Error::<Test>::BootstrapLimitTooHigh
		);
		assert_noop!(
			Voting::create_community(signed(1), C, u32::MAX, 1, None, None),
			Error::<Test>::BootstrapLimitTooHigh
		);
		assert_ok!(Voting::create_community(signed(1), C, MAX_BOOTSTRAP_MEMBERS, 1, None, None));
	});
}

#[test]
fn vouches_hold_from_the_voucher_until_the_candidate_joins() {
	build_and_execute(|| {
		active_with(&[1, 2, 3]);
		assert_ok!(Voting::whitelist_account(signed(1), C, 9));
		assert_ok!(Voting::whitelist_account(signed(2), C, 9));
		assert_eq!(held(HoldReason::Vouch, 1), 1);
		assert_eq!(held(HoldReason::Vouch, 2), 1);
		assert_eq!(
			Vouches::<Test>::get(C, 9).into_inner(),
			vec![Vouch { voucher: 1, deposit: 1 }, Vouch { voucher: 2, deposit: 1 }]
		);
		assert_ok!(Voting::join_community(signed(9), C));
		assert_eq!(held(HoldReason::Vouch, 1), 0);
		assert_eq!(held(HoldReason::Vouch, 2), 0);
		assert_eq!(held(HoldReason::Membership, 9), 1);
		assert!(!Vouches::<Test>::contains_key(C, 9));
	});
}

#[test]
fn withdraw_vouch_returns_the_deposit() {
	build_and_execute(|| {
		active_with(&[1, 2, 3]);
		assert_noop!(Voting::withdraw_vouch(signed(1), 9, 9), Error::<Test>::UnknownCommunity);
		assert_noop!(Voting::withdraw_vouch(signed(1), C, 9), Error::<Test>::NoVouch);
		assert_ok!(Voting::whitelist_account(signed(1), C, 9));
		assert_ok!(Voting::whitelist_account(signed(2), C, 9));
		assert_noop!(Voting::withdraw_vouch(signed(3), C, 9), Error::<Test>::NoVouch);

		assert_ok!(Voting::withdraw_vouch(signed(1), C, 9));
		assert_eq!(last_event(), Event::VouchRemoved { community: C, candidate: 9, voucher: 1 });
		assert_eq!(held(HoldReason::Vouch, 1), 0);
		assert_eq!(Balances::balance(&1), 97, "the community, membership and voter stay held");
		assert_eq!(Vouches::<Test>::get(C, 9).into_inner(), vec![Vouch { voucher: 2, deposit: 1 }]);
		assert_eq!(Voting::valid_vouches(C, &9), 1);

		// A voucher who left still gets its deposit back; the last vouch removes the list.
		assert_ok!(Voting::deregister(signed(2), C));
		assert_ok!(Voting::withdraw_vouch(signed(2), C, 9));
		assert_eq!(held(HoldReason::Vouch, 2), 0);
		assert!(!Vouches::<Test>::contains_key(C, 9));
		assert_noop!(Voting::withdraw_vouch(signed(2), C, 9), Error::<Test>::NoVouch);
	});
}

#[test]
fn stale_vouches_pruned_from_a_full_list_return_their_deposits() {
	build_and_execute(|| {
		active_with(&[1, 2, 3, 4, 5]);
		for voucher in 1..=MAX_WHITELIST_THRESHOLD as AccountId {
			assert_ok!(Voting::whitelist_account(signed(voucher), C, 9));
		}
		assert_ok!(Voting::deregister(signed(2), C));
		assert_ok!(Voting::deregister(signed(3), C));
		assert_eq!(held(HoldReason::Vouch, 2), 1, "a former member's vouch still holds");

		assert_ok!(Voting::whitelist_account(signed(5), C, 9));
		assert_eq!(held(HoldReason::Vouch, 2), 0);
		assert_eq!(held(HoldReason::Vouch, 3), 0);
		assert_eq!(Balances::balance(&2), 99, "only its voter's record stays held");
		assert_eq!(held(HoldReason::Vouch, 5), 1);
		let vouchers: Vec<AccountId> =
			Vouches::<Test>::get(C, 9).iter().map(|v| v.voucher).collect();
		assert_eq!(vouchers, vec![1, 4, 5]);
	});
}

#[test]
fn proposal_deposit_comes_back_at_close_and_outcome_deposit_at_prune() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		let before = issuance();
		let p = push(1);
		assert_eq!(
			held(HoldReason::Proposal, 1),
			3,
			"one for the proposal, one for its tally, one for its outcome"
		);
		assert_eq!(Members::<Test>::get(C, 1).unwrap().open_proposals, 1);
		run_to_block(1 + VotingPeriod::get());
		assert_ok!(Voting::close_proposal(signed(3), C, p));
		assert_eq!(held(HoldReason::Proposal, 1), 1, "the outcome's deposit stays");
		assert_eq!(Members::<Test>::get(C, 1).unwrap().open_proposals, 0);
		let outcome = Outcomes::<Test>::get(C, p).unwrap();
		assert_eq!((outcome.proposer, outcome.deposit), (1, 1));

		let closed_at = outcome.closed_at;
		run_to_block(closed_at + RetentionPeriod::get() - 1);
		assert_noop!(Voting::prune_outcome(signed(3), C, p), Error::<Test>::RetentionNotOver);
		run_to_block(closed_at + RetentionPeriod::get());
		assert_ok!(Voting::prune_outcome(signed(3), C, p));
		assert_eq!(last_event(), Event::OutcomePruned { community: C, proposal: p });
		assert!(!Outcomes::<Test>::contains_key(C, p));
		assert_eq!(held(HoldReason::Proposal, 1), 0);
		assert_eq!(Balances::balance(&3), 100, "the pruner gains nothing and pays nothing");
		assert_noop!(Voting::prune_outcome(signed(3), C, p), Error::<Test>::NoOutcome);
		assert_noop!(Voting::prune_outcome(signed(3), C, 42), Error::<Test>::NoOutcome);
		assert_eq!(issuance(), before);
	});
}

#[test]
fn an_open_proposal_has_no_outcome_to_prune() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		let p = push(1);
		run_to_block(100);
		assert_noop!(Voting::prune_outcome(signed(3), C, p), Error::<Test>::NoOutcome);
	});
}

#[test]
fn the_voters_record_holds_its_deposit_until_the_budget_goes() {
	build_and_execute(|| {
		DepositPerByte::set(1);
		Balances::set_balance(&1, 10_000);
		Balances::set_balance(&2, 10_000);
		assert_ok!(Voting::create_community(signed(1), C, 2, 1, None, None));
		assert_ok!(Voting::join_community(signed(2), C));
		// The record is charged at its largest size: `MAX_VOTES_PER_VOTER` votes.
		let key = Voters::<Test>::hashed_key_for(2).len();
		let expected = 1 + (key + VoterOf::<Test>::max_encoded_len()) as Balance;
		assert_eq!(Voting::voter_deposit(&2), expected);
		let before = Balances::balance(&2);
		budget(2, 10);
		assert_eq!(held(HoldReason::Voter, 2), expected);
		assert_eq!(Balances::balance(&2), before - expected);
		// Votes hold nothing more.
		let p = push(1);
		assert_ok!(Voting::vote(signed(2), C, p, false, 3));
		assert_eq!(held(HoldReason::Voter, 2), expected);
		assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, p));
		run_to_block(1 + RetentionPeriod::get());
		assert_ok!(Voting::prune_outcome(signed(3), C, p));
		assert_ok!(Voting::set_vote_budget(signed(2), 0));
		assert_eq!(held(HoldReason::Voter, 2), 0);
		assert_eq!(Balances::balance(&2), before);
		assert_eq!(frozen(2), 0);
	});
}

#[test]
fn a_queued_command_keeps_its_deposit_until_the_receipt() {
	build_and_execute(|| {
		active_with_executor(&[1, 2]);
		let p = pass();
		assert_eq!(held(HoldReason::Proposal, 1), 3, "queued: the command part stays held");
		assert_eq!(PendingExecutions::<Test>::get(C, p).unwrap().deposit, 2);
		run_to_block(1 + RetentionPeriod::get());
		assert_noop!(Voting::prune_outcome(signed(3), C, p), Error::<Test>::ExecutionPending);

		assert_ok!(Voting::report_execution(
			signed(EXECUTOR),
			C,
			p,
			ExecutionOutcome::Succeeded,
			receipt_hash(1)
		));
		assert_eq!(held(HoldReason::Proposal, 1), 1, "the command part came back");
		assert_eq!(held(HoldReason::Receipt, EXECUTOR), 1);
		assert_eq!(Receipts::<Test>::get(C, p).unwrap().deposit, 1);
		assert_ok!(Voting::prune_outcome(signed(3), C, p));
		assert_eq!(held(HoldReason::Proposal, 1), 0);
	});
}

#[test]
fn receipts_are_pruned_after_the_retention_period() {
	build_and_execute(|| {
		active_with_executor(&[1, 2]);
		let p = pass();
		run_to_block(5);
		assert_noop!(Voting::prune_receipt(signed(3), C, p), Error::<Test>::NoReceipt);
		assert_ok!(Voting::report_execution(
			signed(EXECUTOR),
			C,
			p,
			ExecutionOutcome::Succeeded,
			receipt_hash(1)
		));
		run_to_block(5 + RetentionPeriod::get() - 1);
		assert_noop!(Voting::prune_receipt(signed(3), C, p), Error::<Test>::RetentionNotOver);
		run_to_block(5 + RetentionPeriod::get());
		assert_ok!(Voting::prune_receipt(signed(3), C, p));
		assert_eq!(last_event(), Event::ReceiptPruned { community: C, proposal: p });
		assert_eq!(held(HoldReason::Receipt, EXECUTOR), 0);
		assert_eq!(held(HoldReason::ExecutorBond, EXECUTOR), EXECUTOR_BOND, "still the executor");
		assert_eq!(Balances::balance(&EXECUTOR), 100 - EXECUTOR_BOND);
		assert_eq!(Balances::total_balance(&EXECUTOR), 100);
		assert!(!Receipts::<Test>::contains_key(C, p));
		assert_noop!(Voting::prune_receipt(signed(3), C, p), Error::<Test>::NoReceipt);
	});
}

#[test]
fn an_executor_that_cannot_hold_the_receipt_deposit_cannot_report() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		// Enough for the bond (keeping the existential deposit), nothing more.
		Balances::set_balance(&30, EXECUTOR_BOND + 1);
		assert_ok!(Voting::set_executor(RuntimeOrigin::root(), C, Some(30)));
		assert_ok!(Voting::accept_executor(signed(30), C));
		let p = pass();
		assert_noop!(
			Voting::report_execution(signed(30), C, p, ExecutionOutcome::Succeeded, [0; 32]),
			Error::<Test>::CannotHoldDeposit
		);
		assert!(PendingExecutions::<Test>::contains_key(C, p));
	});
}

#[test]
fn queued_deposits_wait_with_their_commands_for_the_next_executor() {
	build_and_execute(|| {
		active_with_executor(&[1, 2]);
		let p = pass();
		pass();
		assert_eq!(held(HoldReason::Proposal, 1), 6);
		assert_ok!(Voting::set_executor(RuntimeOrigin::root(), C, None));
		assert_eq!(
			held(HoldReason::Proposal, 1),
			6,
			"the commands stay queued, and so do their deposits"
		);
		assert_ok!(Voting::set_executor(RuntimeOrigin::root(), C, Some(8)));
		assert_ok!(Voting::accept_executor(signed(8), C));
		assert_ok!(Voting::report_execution(signed(8), C, p, ExecutionOutcome::Succeeded, [0; 32]));
		assert_eq!(held(HoldReason::Proposal, 1), 4);
	});
}

#[test]
fn one_member_cannot_fill_every_proposal_slot() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		for _ in 0..MAX_PROPOSALS_PER_MEMBER {
			push(1);
		}
		assert_noop!(
			Voting::push_proposal(signed(1), C, md(b"x"), None),
			Error::<Test>::TooManyProposalsByMember
		);
		// Another member still can; closing one of 1's frees its own slot.
		push(2);
		assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, 0));
		push(1);
		assert_eq!(Members::<Test>::get(C, 1).unwrap().open_proposals, MAX_PROPOSALS_PER_MEMBER);
	});
}

#[test]
fn a_proposer_leaves_only_once_its_proposals_are_closed() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		let p = push(2);
		assert_noop!(Voting::deregister(signed(2), C), Error::<Test>::HasOpenProposals);
		assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, p));
		assert_ok!(Voting::deregister(signed(2), C));
		assert_eq!(held(HoldReason::Membership, 2), 0);
		assert_eq!(held(HoldReason::Proposal, 2), 1, "the outcome's deposit waits for its prune");
	});
}

#[test]
fn a_voter_who_froze_everything_it_could_gets_it_back() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		let p = push(1);
		// 2 holds 1 (membership) and 1 (its voter's record) of its 100: 98 free, less the
		// existential deposit (1) and the fee reserve (2) leaves 95 to freeze.
		assert_eq!(Voting::freezable(&2), 95);
		assert_noop!(Voting::set_vote_budget(signed(2), 96), Error::<Test>::InsufficientBalance);
		budget(2, 95);
		// Power 9 costs 81, power 10 costs 100.
		assert_noop!(Voting::vote(signed(2), C, p, true, 10), Error::<Test>::InsufficientBudget);
		assert_ok!(Voting::vote(signed(2), C, p, true, 9));
		let q = push(1);
		// 16 more would make 97; 9 more makes 90 of the 95.
		assert_noop!(Voting::vote(signed(2), C, q, true, 4), Error::<Test>::InsufficientBudget);
		assert_ok!(Voting::vote(signed(2), C, q, true, 3));
		assert_eq!(frozen(2), 95);
		// What stays spendable pays fees: at least the reserve on top of the existential deposit.
		assert!(spendable(2) > FeeReserve::get());
		assert_ok!(Voting::retract_vote(signed(2), C, q));
		assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, p));
		run_to_block(11);
		assert_ok!(Voting::set_vote_budget(signed(2), 0));
		assert_eq!(frozen(2), 0);
		// All free again; the existential deposit stays while the membership deposit is held.
		assert_eq!(spendable(2), 98);
	});
}

#[test]
fn joining_pays_for_the_vouches_it_had() {
	build_and_execute(|| {
		use crate::weights::WeightInfo;
		assert_ok!(Voting::create_community(signed(1), C, 2, 1, None, None));
		let info = Voting::join_community(signed(2), C).unwrap();
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::join_community(0)));
		assert_ok!(Voting::whitelist_account(signed(1), C, 9));
		assert_ok!(Voting::whitelist_account(signed(2), C, 9));
		let info = Voting::join_community(signed(9), C).unwrap();
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::join_community(2)));
	});
}
