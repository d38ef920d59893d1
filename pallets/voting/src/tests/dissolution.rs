//! Dissolving a community: who may, when, what stops, and the bounded cleanup that returns
//! every deposit.

use super::*;

fn held_total(who: AccountId) -> Balance {
	Balances::total_balance_on_hold(&who)
}

fn dissolving(next_proposal: ProposalId) -> CommunityStatus {
	CommunityStatus::Dissolving { next_proposal }
}

#[test]
fn dissolve_needs_the_creator_or_root() {
	build_and_execute(|| {
		assert_noop!(Voting::dissolve_community(signed(1), C), Error::<Test>::UnknownCommunity);
		active_with(&[1, 2, 3]);
		assert_noop!(Voting::dissolve_community(signed(2), C), Error::<Test>::NotCreator);
		assert_noop!(
			Voting::dissolve_community(RuntimeOrigin::none(), C),
			DispatchError::BadOrigin
		);
		// A creator that left has no creator's powers any more.
		assert_ok!(Voting::deregister(signed(1), C));
		assert_noop!(Voting::dissolve_community(signed(1), C), Error::<Test>::NotCreator);
		assert_noop!(Voting::set_executor(signed(1), C, Some(EXECUTOR)), Error::<Test>::NotCreator);
		assert_ok!(Voting::dissolve_community(RuntimeOrigin::root(), C));
		assert_eq!(last_event(), Event::CommunityDissolving { community: C });
		assert_eq!(Communities::<Test>::get(C).unwrap().status, dissolving(0));
	});
}

#[test]
fn dissolve_waits_for_open_and_queued_proposals() {
	build_and_execute(|| {
		active_with_executor(&[1, 2]);
		let open = push(1);
		assert_noop!(Voting::dissolve_community(signed(1), C), Error::<Test>::HasOpenProposals);
		assert_ok!(Voting::vote(signed(2), C, open, true, 1));
		assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, open));
		assert_noop!(Voting::dissolve_community(signed(1), C), Error::<Test>::HasPendingExecutions);
		assert_ok!(Voting::report_execution(
			signed(EXECUTOR),
			C,
			open,
			ExecutionOutcome::Succeeded,
			receipt_hash(1)
		));
		assert_ok!(Voting::dissolve_community(signed(1), C));
		assert_noop!(Voting::dissolve_community(signed(1), C), Error::<Test>::CommunityDissolving);
	});
}

#[test]
fn a_dissolving_community_takes_no_new_state() {
	build_and_execute(|| {
		assert_ok!(Voting::create_community(signed(1), C, 3, 1, None, None));
		assert_ok!(Voting::join_community(signed(2), C));
		assert_ok!(Voting::dissolve_community(signed(1), C));
		assert_noop!(Voting::join_community(signed(3), C), Error::<Test>::CommunityDissolving);
		assert_noop!(
			Voting::force_member(RuntimeOrigin::root(), C, 3),
			Error::<Test>::CommunityDissolving
		);
		assert_noop!(
			Voting::whitelist_account(signed(1), C, 3),
			Error::<Test>::CommunityDissolving
		);
		assert_noop!(
			Voting::push_proposal(signed(1), C, md(b"x"), None),
			Error::<Test>::CommunityDissolving
		);
		assert_noop!(
			Voting::start_proposing(RuntimeOrigin::root(), C),
			Error::<Test>::CommunityDissolving
		);
		assert_noop!(
			Voting::create_community(signed(3), C, 2, 1, None, None),
			Error::<Test>::CommunityExists
		);
		// Leaving still works, and gets the deposit back.
		assert_ok!(Voting::deregister(signed(2), C));
		assert_eq!(held_total(2), 0);
	});
}

#[test]
fn cleanup_only_for_dissolving_communities() {
	build_and_execute(|| {
		assert_noop!(Voting::cleanup_community(signed(5), C, 10), Error::<Test>::UnknownCommunity);
		active_with(&[1, 2]);
		assert_noop!(
			Voting::cleanup_community(signed(5), C, 10),
			Error::<Test>::CommunityNotDissolving
		);
		assert_noop!(
			Voting::cleanup_community(RuntimeOrigin::none(), C, 10),
			DispatchError::BadOrigin
		);
	});
}

/// A community with members, vouches, closed proposals, an outcome, a receipt and a pruned
/// outcome is cleaned up in steps of two entries; no storage of the community is left, and
/// once the voters lower their budgets (their votes are final) every account has exactly its
/// starting balance free again.
#[test]
fn cleanup_in_bounded_steps_returns_every_deposit() {
	build_and_execute(|| {
		let issuance = Balances::total_issuance();
		active_with_executor(&[1, 2, 3]);
		// Proposal 0 passes and gets a receipt; 1 is rejected; 2 is rejected and its outcome
		// pruned.
		let p0 = pass();
		assert_ok!(Voting::report_execution(
			signed(EXECUTOR),
			C,
			p0,
			ExecutionOutcome::Succeeded,
			receipt_hash(1)
		));
		let p1 = push(2);
		assert_ok!(Voting::vote(signed(2), C, p1, false, 2));
		assert_ok!(Voting::vote(signed(3), C, p1, false, 3));
		assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, p1));
		let p2 = push(3);
		assert_ok!(Voting::vote(signed(1), C, p2, false, 1));
		assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, p2));
		run_to_block(1 + RetentionPeriod::get());
		assert_ok!(Voting::prune_outcome(signed(5), C, p2));
		// Vouches for 9 from 1 and 2.
		assert_ok!(Voting::whitelist_account(signed(1), C, 9));
		assert_ok!(Voting::whitelist_account(signed(2), C, 9));
		assert!(held_total(1) > 0 && held_total(EXECUTOR) > 0);

		assert_ok!(Voting::dissolve_community(signed(1), C));
		let mut steps = 0;
		while Communities::<Test>::contains_key(C) {
			assert_ok!(Voting::cleanup_community(signed(5), C, 2));
			steps += 1;
			assert!(steps < 20, "the cleanup ends");
			Voting::do_try_state().expect("invariants hold after every step");
		}
		// p0: its outcome and receipt; p1: its outcome; p2: nothing; 1 vouch list; 3 members:
		// 7 entries, 2 per call, the fourth call removing the last one and the community.
		assert_eq!(steps, 4);
		assert_eq!(last_event(), Event::CommunityDissolved { community: C });
		// The votes are the voters': all final, they leave with the budgets.
		for who in [1, 2, 3] {
			assert_eq!(Voting::committed_budget(&who), 0);
			assert_ok!(Voting::set_vote_budget(signed(who), 0));
		}
		assert_eq!(Voters::<Test>::iter().count(), 0);

		for who in [1, 2, 3, EXECUTOR] {
			assert_eq!(held_total(who), 0, "{who} holds nothing");
			assert_eq!(frozen(who), 0, "{who} has nothing frozen");
			assert_eq!(Balances::balance(&who), 100, "{who} has all its tokens free");
		}
		assert_eq!(Balances::balance(&5), 100, "cleaning costs nothing here but fees");
		assert_eq!(Balances::total_issuance(), issuance);
		assert_eq!(Members::<Test>::iter_prefix(C).count(), 0);
		assert_eq!(Vouches::<Test>::iter_prefix(C).count(), 0);
		assert_eq!(Outcomes::<Test>::iter_prefix(C).count(), 0);
		assert_eq!(Receipts::<Test>::iter_prefix(C).count(), 0);
		assert_eq!(Tallies::<Test>::iter_prefix(C).count(), 0);

		// The id is free again, for a community with nothing of the old one.
		assert_ok!(Voting::create_community(signed(4), C, 2, 1, None, None));
		assert_eq!(Communities::<Test>::get(C).unwrap().next_proposal_id, 0);
	});
}

#[test]
fn cleanup_charges_for_what_it_removed() {
	build_and_execute(|| {
		active_with(&[1, 2, 3]);
		assert_ok!(Voting::dissolve_community(signed(1), C));
		let info = Voting::cleanup_community(signed(5), C, 100).unwrap();
		// Three members, then the community itself in the slot left over.
		assert_eq!(
			info.actual_weight,
			Some(<() as crate::weights::WeightInfo>::cleanup_community(4))
		);
		assert!(!Communities::<Test>::contains_key(C));
	});
}
