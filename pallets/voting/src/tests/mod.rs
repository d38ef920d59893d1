//! Unit tests: every call's success and error paths, with final state, events and balances.
//! Each test runs inside `build_and_execute`, which checks `do_try_state` at the end.

use crate::{mock::*, pallet::*, types::*, Error, Event};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Inspect, InspectFreeze, InspectHold, Mutate},
		tokens::{Fortitude, Preservation},
	},
};
use sp_runtime::{DispatchError, TokenError};

const C: CommunityId = 1;

/// A proposal's metadata from bytes (at most `MAX_METADATA_LEN` of them).
fn md(bytes: &[u8]) -> MetadataOf<Test> {
	bytes.to_vec().try_into().unwrap()
}

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn last_event() -> Event<Test> {
	voting_events().pop().expect("a voting event")
}

fn voting_events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Voting(e) => Some(e),
			_ => None,
		})
		.collect()
}

fn frozen(who: AccountId) -> Balance {
	Balances::balance_frozen(&RuntimeFreezeReason::Voting(FreezeReason::Voting), &who)
}

fn other_hold() -> RuntimeHoldReason {
	RuntimeHoldReason::Other(other::HoldReason::Stake)
}

fn other_freeze() -> RuntimeFreezeReason {
	RuntimeFreezeReason::Other(other::FreezeReason::Lock)
}

fn spendable(who: AccountId) -> Balance {
	Balances::reducible_balance(&who, Preservation::Expendable, Fortitude::Polite)
}

/// The voting budget [`active_with`] gives each member.
const BUDGET: Balance = 50;

/// Sets `who`'s voting budget.
fn budget(who: AccountId, amount: Balance) {
	assert_ok!(Voting::set_vote_budget(signed(who), amount));
}

/// What `who`'s live votes commit of its budget now.
fn committed(who: AccountId) -> Balance {
	Voting::committed_budget(&who)
}

/// `who`'s vote on proposal `p` of `C`, as its record keeps it.
fn vote_of(who: AccountId, p: ProposalId) -> Option<CastVote<Balance, u64>> {
	let serial = Tallies::<Test>::get(C, p)?.serial;
	Voters::<Test>::get(who)?.votes.into_iter().find(|vote| vote.serial == serial)
}

/// Community `C` created by 1 with `N = members.len()`, everyone in `members` joined, active;
/// each member has a voting budget of [`BUDGET`].
fn active_with(members: &[AccountId]) {
	let (&creator, rest) = members.split_first().expect("at least the creator");
	assert_ok!(Voting::create_community(signed(creator), C, members.len() as u32, 2, None, None));
	for &m in rest {
		assert_ok!(Voting::join_community(signed(m), C));
	}
	for &m in members {
		budget(m, BUDGET);
	}
	assert_eq!(Communities::<Test>::get(C).unwrap().status, CommunityStatus::Active);
}

/// Pushes a proposal by `who` and returns its id.
fn push(who: AccountId) -> ProposalId {
	let id = Communities::<Test>::get(C).unwrap().next_proposal_id;
	assert_ok!(Voting::push_proposal(signed(who), C, md(br#"{"v":1,"kind":"train"}"#), None));
	id
}

// ---------------------------------------------------------------- communities

#[test]
fn create_community_works() {
	build_and_execute(|| {
		assert_ok!(Voting::create_community(signed(1), C, 3, 2, None, None));
		let info = Communities::<Test>::get(C).unwrap();
		assert_eq!(info.creator, 1);
		assert_eq!(info.bootstrap_limit, 3);
		assert_eq!(info.whitelist_threshold, 2);
		assert_eq!(info.status, CommunityStatus::Bootstrapping);
		assert_eq!(info.member_count, 1);
		assert!(Members::<Test>::contains_key(C, 1));
		assert_eq!(
			voting_events(),
			vec![
				Event::DepositHeld { who: 1, reason: HoldReason::Community, amount: 1 },
				Event::CommunityCreated {
					community: C,
					creator: 1,
					bootstrap_limit: 3,
					whitelist_threshold: 2,
					min_turnout: sp_runtime::Percent::from_percent(DEFAULT_MIN_TURNOUT),
					proposed_executor: None,
				},
				Event::DepositHeld { who: 1, reason: HoldReason::Membership, amount: 1 },
				Event::MemberJoined { community: C, who: 1 },
			]
		);
	});
}

#[test]
fn create_community_with_limit_one_is_active_at_once() {
	build_and_execute(|| {
		assert_ok!(Voting::create_community(signed(1), C, 1, 1, None, None));
		assert_eq!(Communities::<Test>::get(C).unwrap().status, CommunityStatus::Active);
		assert_eq!(last_event(), Event::CommunityActivated { community: C });
	});
}

#[test]
fn create_community_rejects_bad_parameters_and_taken_ids() {
	build_and_execute(|| {
		assert_noop!(
			Voting::create_community(signed(1), C, 0, 1, None, None),
			Error::<Test>::InvalidBootstrapLimit
		);
		assert_noop!(
			Voting::create_community(signed(1), C, 1, 0, None, None),
			Error::<Test>::InvalidWhitelistThreshold
		);
		assert_noop!(
			Voting::create_community(signed(1), C, 1, MAX_WHITELIST_THRESHOLD + 1, None, None),
			Error::<Test>::InvalidWhitelistThreshold
		);
		assert_noop!(
			Voting::create_community(RuntimeOrigin::root(), C, 1, 1, None, None),
			DispatchError::BadOrigin
		);
		assert_ok!(Voting::create_community(signed(1), C, 2, 1, None, None));
		assert_noop!(
			Voting::create_community(signed(2), C, 2, 1, None, None),
			Error::<Test>::CommunityExists
		);
		assert_eq!(Communities::<Test>::get(C).unwrap().creator, 1);
	});
}

#[test]
fn bootstrapping_join_is_free_and_nth_member_activates() {
	build_and_execute(|| {
		assert_ok!(Voting::create_community(signed(1), C, 3, 2, None, None));
		assert_ok!(Voting::join_community(signed(2), C));
		assert_eq!(Communities::<Test>::get(C).unwrap().status, CommunityStatus::Bootstrapping);
		assert_ok!(Voting::join_community(signed(3), C));
		let info = Communities::<Test>::get(C).unwrap();
		assert_eq!(info.status, CommunityStatus::Active);
		assert_eq!(info.member_count, 3);
		let events = voting_events();
		assert_eq!(events[events.len() - 2], Event::MemberJoined { community: C, who: 3 });
		assert_eq!(events[events.len() - 1], Event::CommunityActivated { community: C });
		// Free entry is closed now.
		assert_noop!(Voting::join_community(signed(4), C), Error::<Test>::NotWhitelisted);
	});
}

#[test]
fn join_errors() {
	build_and_execute(|| {
		assert_noop!(Voting::join_community(signed(2), C), Error::<Test>::UnknownCommunity);
		assert_ok!(Voting::create_community(signed(1), C, 3, 2, None, None));
		assert_noop!(Voting::join_community(signed(1), C), Error::<Test>::AlreadyMember);
		assert_noop!(Voting::join_community(RuntimeOrigin::root(), C), DispatchError::BadOrigin);
	});
}

#[test]
fn leaving_never_reopens_free_entry() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		assert_ok!(Voting::deregister(signed(2), C));
		assert_eq!(Communities::<Test>::get(C).unwrap().member_count, 1);
		assert_eq!(Communities::<Test>::get(C).unwrap().status, CommunityStatus::Active);
		assert_noop!(Voting::join_community(signed(2), C), Error::<Test>::NotWhitelisted);
	});
}

#[test]
fn whitelisted_candidate_joins_with_threshold_vouches() {
	build_and_execute(|| {
		active_with(&[1, 2, 3]); // W = 2
		assert_ok!(Voting::whitelist_account(signed(1), C, 9));
		assert_eq!(
			last_event(),
			Event::AccountWhitelisted { community: C, candidate: 9, voucher: 1, vouches: 1 }
		);
		assert_eq!(
			Voting::whitelist_progress(C, &9),
			Some(WhitelistProgress { votes: 1, threshold: 2 })
		);
		assert_noop!(Voting::join_community(signed(9), C), Error::<Test>::NotWhitelisted);
		assert_ok!(Voting::whitelist_account(signed(2), C, 9));
		assert_ok!(Voting::join_community(signed(9), C));
		assert!(Members::<Test>::contains_key(C, 9));
		assert_eq!(Communities::<Test>::get(C).unwrap().member_count, 4);
		// The candidate's vouches are cleaned up on joining.
		assert!(!Vouches::<Test>::contains_key(C, 9));
	});
}

#[test]
fn whitelist_errors() {
	build_and_execute(|| {
		assert_noop!(Voting::whitelist_account(signed(1), C, 9), Error::<Test>::UnknownCommunity);
		active_with(&[1, 2]);
		assert_noop!(Voting::whitelist_account(signed(5), C, 9), Error::<Test>::NotMember);
		assert_noop!(Voting::whitelist_account(signed(1), C, 2), Error::<Test>::CandidateIsMember);
		assert_ok!(Voting::whitelist_account(signed(1), C, 9));
		assert_noop!(Voting::whitelist_account(signed(1), C, 9), Error::<Test>::AlreadyVouched);
		assert_eq!(Vouches::<Test>::get(C, 9).into_inner(), vec![Vouch { voucher: 1, deposit: 1 }]);
	});
}

#[test]
fn vouches_of_members_who_left_do_not_count() {
	build_and_execute(|| {
		active_with(&[1, 2, 3]); // W = 2
		assert_ok!(Voting::whitelist_account(signed(1), C, 9));
		assert_ok!(Voting::whitelist_account(signed(2), C, 9));
		assert_ok!(Voting::deregister(signed(2), C));
		assert_eq!(Voting::whitelist_progress(C, &9).unwrap().votes, 1);
		assert_noop!(Voting::join_community(signed(9), C), Error::<Test>::NotWhitelisted);
		assert_ok!(Voting::whitelist_account(signed(3), C, 9));
		assert_ok!(Voting::join_community(signed(9), C));
	});
}

#[test]
fn full_vouch_list_is_pruned_of_former_members() {
	build_and_execute(|| {
		// W = MAX: the candidate's list holds MAX vouches.
		assert_ok!(Voting::create_community(signed(1), C, 1, MAX_WHITELIST_THRESHOLD, None, None));
		for m in 2..=(MAX_WHITELIST_THRESHOLD as u128 + 1) {
			assert_ok!(Voting::force_member(RuntimeOrigin::root(), C, m));
		}
		for m in 2..=(MAX_WHITELIST_THRESHOLD as u128 + 1) {
			assert_ok!(Voting::whitelist_account(signed(m), C, 9));
		}
		// The list is full of current members: no room.
		assert_noop!(Voting::whitelist_account(signed(1), C, 9), Error::<Test>::TooManyVouches);
		// One voucher leaves: its vouch is pruned to make room.
		assert_ok!(Voting::deregister(signed(2), C));
		assert_ok!(Voting::whitelist_account(signed(1), C, 9));
		let list: Vec<AccountId> = Vouches::<Test>::get(C, 9).iter().map(|v| v.voucher).collect();
		assert!(!list.contains(&2));
		assert!(list.contains(&1));
		assert_eq!(Voting::whitelist_progress(C, &9).unwrap().votes, MAX_WHITELIST_THRESHOLD);
	});
}

#[test]
fn deregister_works_and_errors() {
	build_and_execute(|| {
		assert_noop!(Voting::deregister(signed(1), C), Error::<Test>::UnknownCommunity);
		active_with(&[1, 2]);
		assert_noop!(Voting::deregister(signed(5), C), Error::<Test>::NotMember);
		assert!(Voting::member_can_deregister(C, &2));
		assert_ok!(Voting::deregister(signed(2), C));
		assert!(!Members::<Test>::contains_key(C, 2));
		assert_eq!(last_event(), Event::MemberLeft { community: C, who: 2 });
		assert!(!Voting::member_can_deregister(C, &2));
	});
}

#[test]
fn deregister_with_outstanding_votes_fails_until_final() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		let p = push(1);
		assert_ok!(Voting::vote(signed(2), C, p, true, 2));
		assert!(!Voting::member_can_deregister(C, &2));
		assert_noop!(Voting::deregister(signed(2), C), Error::<Test>::HasOutstandingVotes);
		// Retracting releases the vote: leaving is allowed.
		assert_ok!(Voting::retract_vote(signed(2), C, p));
		assert!(Voting::member_can_deregister(C, &2));
		// A new vote blocks again until the deadline has passed.
		assert_ok!(Voting::vote(signed(2), C, p, true, 2));
		run_to_block(10); // deadline is 11
		assert_noop!(Voting::deregister(signed(2), C), Error::<Test>::HasOutstandingVotes);
		run_to_block(11);
		assert_ok!(Voting::deregister(signed(2), C));
	});
}

#[test]
fn lowering_the_budget_after_leaving() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		let p = push(1);
		assert_ok!(Voting::vote(signed(2), C, p, true, 3));
		run_to_block(11);
		// The vote is final at its deadline: its cost is back in the budget.
		assert_eq!(committed(2), 0);
		assert_ok!(Voting::deregister(signed(2), C));
		assert_ok!(Voting::close_proposal(signed(5), C, p));
		assert_eq!(frozen(2), BUDGET);
		// No membership is needed to lower the budget; zero removes the record.
		assert_ok!(Voting::set_vote_budget(signed(2), 0));
		assert_eq!(frozen(2), 0);
		assert!(!Voters::<Test>::contains_key(2));
		assert_eq!(Balances::balance_on_hold(&HoldReason::Voter.into(), &2), 0);
		assert_eq!(spendable(2), 100);
		assert_eq!(last_event(), Event::VoteBudgetSet { who: 2, budget: 0, committed: 0 });
	});
}

#[test]
fn root_calls_work_and_need_root() {
	build_and_execute(|| {
		assert_ok!(Voting::create_community(signed(1), C, 5, 1, None, None));
		assert_noop!(Voting::start_proposing(signed(1), C), DispatchError::BadOrigin);
		assert_noop!(Voting::force_member(signed(1), C, 2), DispatchError::BadOrigin);
		assert_noop!(
			Voting::start_proposing(RuntimeOrigin::root(), 9),
			Error::<Test>::UnknownCommunity
		);
		assert_noop!(
			Voting::force_member(RuntimeOrigin::root(), 9, 2),
			Error::<Test>::UnknownCommunity
		);
		assert_noop!(
			Voting::force_member(RuntimeOrigin::root(), C, 1),
			Error::<Test>::AlreadyMember
		);

		assert_ok!(Voting::start_proposing(RuntimeOrigin::root(), C));
		assert_eq!(Communities::<Test>::get(C).unwrap().status, CommunityStatus::Active);
		assert_eq!(last_event(), Event::CommunityActivated { community: C });
		assert_noop!(
			Voting::start_proposing(RuntimeOrigin::root(), C),
			Error::<Test>::CommunityAlreadyActive
		);
		// Active now: only vouched or forced members get in.
		assert_noop!(Voting::join_community(signed(2), C), Error::<Test>::NotWhitelisted);
		assert_ok!(Voting::force_member(RuntimeOrigin::root(), C, 2));
		assert!(Members::<Test>::contains_key(C, 2));
		assert_eq!(Communities::<Test>::get(C).unwrap().member_count, 2);
	});
}

#[test]
fn force_member_can_complete_the_bootstrap() {
	build_and_execute(|| {
		assert_ok!(Voting::create_community(signed(1), C, 2, 1, None, None));
		assert_ok!(Voting::force_member(RuntimeOrigin::root(), C, 2));
		assert_eq!(Communities::<Test>::get(C).unwrap().status, CommunityStatus::Active);
		assert_eq!(last_event(), Event::CommunityActivated { community: C });
	});
}

// ---------------------------------------------------------------- proposals

#[test]
fn push_proposal_works() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		let p = push(2);
		assert_eq!(p, 0);
		let open = Proposals::<Test>::get(C, p).unwrap();
		assert_eq!(open.proposer, 2);
		let tally = Tallies::<Test>::get(C, p).unwrap();
		assert_eq!(tally.deadline, 11);
		assert_eq!((tally.aye, tally.nay, tally.voters), (0, 0, 0));
		assert_eq!(Communities::<Test>::get(C).unwrap().open_proposals, 1);
		assert!(matches!(
			last_event(),
			Event::ProposalPushed { community: C, proposal: 0, proposer: 2, deadline: 11, .. }
		));
		assert_eq!(push(1), 1);
	});
}

/// `push_proposal` with metadata one byte over `MaxMetadataLen` does not decode, so such a
/// transaction is invalid before any block includes it.
#[test]
fn oversized_metadata_does_not_decode() {
	use codec::{Decode, Encode};
	use frame_support::traits::PalletInfoAccess;
	let push = |len: usize| {
		let mut bytes = vec![Voting::index() as u8, 4];
		C.encode_to(&mut bytes);
		vec![b'x'; len].encode_to(&mut bytes);
		None::<Balance>.encode_to(&mut bytes);
		RuntimeCall::decode(&mut &bytes[..])
	};
	assert!(push(MAX_METADATA_LEN as usize).is_ok());
	assert!(push(MAX_METADATA_LEN as usize + 1).is_err());
}

#[test]
fn push_proposal_errors() {
	build_and_execute(|| {
		assert_noop!(
			Voting::push_proposal(signed(1), C, md(b"x"), None),
			Error::<Test>::UnknownCommunity
		);
		assert_ok!(Voting::create_community(signed(1), C, 2, 1, None, None));
		assert_noop!(
			Voting::push_proposal(signed(1), C, md(b"x"), None),
			Error::<Test>::CommunityNotActive
		);
		assert_ok!(Voting::join_community(signed(2), C));
		assert_noop!(Voting::push_proposal(signed(5), C, md(b"x"), None), Error::<Test>::NotMember);
		assert_noop!(
			Voting::push_proposal(signed(1), C, md(&[]), None),
			Error::<Test>::EmptyMetadata
		);
		assert_ok!(Voting::push_proposal(
			signed(1),
			C,
			md(&[b'x'; MAX_METADATA_LEN as usize]),
			None
		));
		for _ in 1..MAX_OPEN_PROPOSALS {
			push(2);
		}
		assert_noop!(
			Voting::push_proposal(signed(1), C, md(b"x"), None),
			Error::<Test>::TooManyOpenProposals
		);
		// Closing frees a slot.
		assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, 0));
		push(1);
	});
}

// ---------------------------------------------------------------- votes

#[test]
fn quadratic_costs_stack_across_proposals_100_9_36_55() {
	build_and_execute(|| {
		// 2 is added by Root, so it holds no membership deposit.
		assert_ok!(Voting::create_community(signed(1), C, 1, 1, None, None));
		assert_ok!(Voting::force_member(RuntimeOrigin::root(), C, 2));
		let p1 = push(1);
		let p2 = push(1);
		assert_eq!(Balances::balance(&2), 100);
		// A budget of 45: 1 of the 100 is held for the voter's record, and the freeze covers
		// held funds too, so 55 stay spendable.
		budget(2, 45);
		assert_eq!(Balances::balance_on_hold(&HoldReason::Voter.into(), &2), 1);
		assert_eq!(spendable(2), 55);
		assert_ok!(Voting::vote(signed(2), C, p1, true, 3));
		assert_eq!(
			last_event(),
			Event::Voted { community: C, proposal: p1, who: 2, aye: true, power: 3, cost: 9 }
		);
		assert_ok!(Voting::vote(signed(2), C, p2, false, 6));
		assert_eq!(committed(2), 45);
		assert_eq!(Voting::frozen_budget(&2), 45);
		assert_eq!(frozen(2), 45);
		assert_eq!(spendable(2), 55);
		assert_eq!(
			Voting::budget_view(&2),
			BudgetView { frozen: 45, committed: 45, transferable: 55 }
		);
		assert_noop!(
			<Balances as Mutate<_>>::transfer(&2, &3, 56, Preservation::Expendable),
			TokenError::Frozen
		);
		assert_ok!(<Balances as Mutate<_>>::transfer(&2, &3, 55, Preservation::Expendable));
		assert_eq!(Balances::balance(&2), 44);
		// The tally counts power, never cost.
		let open1 = Tallies::<Test>::get(C, p1).unwrap();
		let open2 = Tallies::<Test>::get(C, p2).unwrap();
		assert_eq!((open1.aye, open1.nay), (3, 0));
		assert_eq!((open2.aye, open2.nay), (0, 6));
		// The votes are in the voter's one record, with their proposals' serial numbers.
		let votes = Voters::<Test>::get(2).unwrap().votes;
		assert_eq!(
			votes
				.iter()
				.map(|v| (v.proposal, v.serial, v.power, v.cost))
				.collect::<Vec<_>>(),
			vec![(p1, open1.serial, 3, 9), (p2, open2.serial, 6, 36)]
		);
	});
}

#[test]
fn costs_stack_across_communities() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		assert_ok!(Voting::create_community(signed(2), 2, 1, 1, None, None));
		budget(2, 89);
		let p1 = push(1);
		assert_ok!(Voting::push_proposal(signed(2), 2, md(b"y"), None));
		assert_ok!(Voting::vote(signed(2), C, p1, true, 5)); // 25
		assert_ok!(Voting::vote(signed(2), 2, 0, true, 8)); // 64
		assert_eq!(committed(2), 89);
		assert_eq!(frozen(2), 89);
		assert_noop!(Voting::vote(signed(1), 2, 0, true, 1), Error::<Test>::NotMember);
	});
}

#[test]
fn a_vote_must_fit_in_the_budget() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		let p1 = push(1);
		let p2 = push(1);
		// A budget of 50: 7² = 49 on p1; on p2, 2² would make 53, 1 makes 50.
		assert_ok!(Voting::vote(signed(2), C, p1, true, 7));
		assert_noop!(Voting::vote(signed(2), C, p2, true, 2), Error::<Test>::InsufficientBudget);
		assert_ok!(Voting::vote(signed(2), C, p2, true, 1));
		assert_eq!(committed(2), 50);
		// The vote never touched the freeze: the budget is what was set.
		assert_eq!(frozen(2), BUDGET);
		assert_noop!(Voting::vote(signed(3), C, p2, true, 1), Error::<Test>::NotMember);
		// A member with no budget cannot vote.
		assert_ok!(Voting::force_member(RuntimeOrigin::root(), C, 3));
		assert_noop!(Voting::vote(signed(3), C, p2, true, 1), Error::<Test>::InsufficientBudget);
		assert!(!Voters::<Test>::contains_key(3));
	});
}

#[test]
fn set_vote_budget_works_and_errors() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		// 2 has 100, 1 held for its membership and 1 for its voter's record: 98 free, less
		// the existential deposit and the fee reserve, 95 may be frozen.
		assert_eq!(Voting::freezable(&2), 95);
		assert_noop!(Voting::set_vote_budget(signed(2), 96), Error::<Test>::InsufficientBalance);
		assert_ok!(Voting::set_vote_budget(signed(2), 95));
		assert_eq!(frozen(2), 95);
		assert_eq!(last_event(), Event::VoteBudgetSet { who: 2, budget: 95, committed: 0 });
		let p = push(1);
		assert_ok!(Voting::vote(signed(2), C, p, true, 4)); // 16
		assert_noop!(Voting::set_vote_budget(signed(2), 15), Error::<Test>::BudgetBelowCommitted);
		assert_noop!(Voting::set_vote_budget(signed(2), 0), Error::<Test>::BudgetBelowCommitted);
		assert_ok!(Voting::set_vote_budget(signed(2), 16));
		assert_eq!(frozen(2), 16);
		assert_eq!(last_event(), Event::VoteBudgetSet { who: 2, budget: 16, committed: 16 });
		// At the deadline the vote is final and the whole budget can go, record and deposit
		// with it; the tally keeps the power.
		run_to_block(11);
		assert_ok!(Voting::set_vote_budget(signed(2), 0));
		assert_eq!(frozen(2), 0);
		assert!(!Voters::<Test>::contains_key(2));
		assert_eq!(Tallies::<Test>::get(C, p).unwrap().aye, 4);
		// A first budget takes the record's deposit; a zero budget without a record is a no-op.
		assert_ok!(Voting::set_vote_budget(signed(4), 0));
		assert!(!Voters::<Test>::contains_key(4));
		assert_ok!(Voting::set_vote_budget(signed(4), 10));
		assert_eq!(Voters::<Test>::get(4).map(|v| v.deposit), Some(Voting::voter_deposit(&4)));
		assert_eq!(Balances::balance_on_hold(&HoldReason::Voter.into(), &4), 1);
		assert_noop!(Voting::set_vote_budget(RuntimeOrigin::root(), 1), DispatchError::BadOrigin);
	});
}

#[test]
fn a_voter_has_at_most_max_votes_live() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		assert_ok!(Voting::create_community(signed(2), 2, 1, 1, None, None));
		// Proposals of 1 and 2 (each may have 2 open in a community).
		let here = vec![push(1), push(1), push(2)];
		assert_eq!(here.len() as u32, MAX_OPEN_PROPOSALS);
		for &p in &here {
			assert_ok!(Voting::vote(signed(2), C, p, true, 1));
		}
		assert_ok!(Voting::push_proposal(signed(2), 2, md(b"a"), None));
		assert_ok!(Voting::push_proposal(signed(2), 2, md(b"b"), None));
		assert_ok!(Voting::vote(signed(2), 2, 0, true, 1));
		assert_eq!(Voters::<Test>::get(2).unwrap().votes.len() as u32, MAX_VOTES_PER_VOTER);
		assert_noop!(Voting::vote(signed(2), 2, 1, true, 1), Error::<Test>::TooManyVotes);
		// Retracting one makes room.
		assert_ok!(Voting::retract_vote(signed(2), C, here[0]));
		assert_ok!(Voting::vote(signed(2), 2, 1, true, 1));
	});
}

#[test]
fn final_votes_leave_the_record_when_it_is_next_written() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		let early = push(1); // deadline 11
		assert_ok!(Voting::vote(signed(2), C, early, true, 7)); // 49 of 50
		run_to_block(5);
		let late = push(1); // deadline 15
		assert_noop!(Voting::vote(signed(2), C, late, true, 2), Error::<Test>::InsufficientBudget);
		run_to_block(11);
		// `early` is final: its 49 are free again, and the next write drops it.
		assert_eq!(committed(2), 0);
		assert_ok!(Voting::vote(signed(2), C, late, true, 7));
		let votes = Voters::<Test>::get(2).unwrap().votes;
		assert_eq!(votes.iter().map(|v| v.proposal).collect::<Vec<_>>(), vec![late]);
		assert_eq!(Tallies::<Test>::get(C, early).unwrap().aye, 7);
	});
}

#[test]
fn vote_cost_overflow_is_an_error() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		let p = push(1);
		// u64 balances: u32::MAX² × 1 fits, but not in the budget.
		assert_noop!(
			Voting::vote(signed(2), C, p, true, u32::MAX),
			Error::<Test>::InsufficientBudget
		);
		// Power² overflows u64 once the square exceeds it: use a price that forces it.
		assert_eq!(crate::quadratic::vote_cost::<Balance>(u32::MAX, 2), None);
	});
}

#[test]
fn vote_errors() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		let p = push(1);
		assert_noop!(Voting::vote(signed(2), C, p, true, 0), Error::<Test>::ZeroPower);
		assert_noop!(Voting::vote(signed(2), C, 42, true, 1), Error::<Test>::UnknownProposal);
		assert_noop!(Voting::vote(signed(2), 9, p, true, 1), Error::<Test>::NotMember);
		assert_ok!(Voting::vote(signed(2), C, p, true, 1));
		assert_noop!(Voting::vote(signed(2), C, p, false, 2), Error::<Test>::AlreadyVoted);
		assert_noop!(Voting::vote(RuntimeOrigin::root(), C, p, true, 1), DispatchError::BadOrigin);
		assert_eq!(Tallies::<Test>::get(C, p).unwrap().voters, 1);
	});
}

#[test]
fn deadline_boundaries() {
	build_and_execute(|| {
		active_with(&[1, 2, 3]);
		let p = push(1); // pushed at 1, deadline 11
		run_to_block(10);
		// Last block that accepts votes, changes and retractions: deadline - 1.
		assert_ok!(Voting::vote(signed(2), C, p, true, 2));
		assert_ok!(Voting::modify_vote(signed(2), C, p, true, 3));
		assert_ok!(Voting::vote(signed(3), C, p, false, 1));
		assert_ok!(Voting::retract_vote(signed(3), C, p));
		assert_noop!(Voting::close_proposal(signed(1), C, p), Error::<Test>::VotingStillOpen);
		run_to_block(11);
		// At the deadline: no more votes, changes or retractions; closing is allowed.
		assert_noop!(Voting::vote(signed(3), C, p, true, 1), Error::<Test>::VotingClosed);
		assert_noop!(Voting::modify_vote(signed(2), C, p, true, 1), Error::<Test>::VotingClosed);
		assert_noop!(Voting::retract_vote(signed(2), C, p), Error::<Test>::VotingClosed);
		assert_eq!(Voting::proposal_view(C, p).unwrap().status, ProposalStatus::Closable);
		assert_ok!(Voting::close_proposal(signed(1), C, p));
		assert_eq!(
			last_event(),
			Event::ProposalClosed {
				community: C,
				proposal: p,
				passed: true,
				aye: 3,
				nay: 0,
				metadata: md(br#"{"v":1,"kind":"train"}"#),
			}
		);
	});
}

#[test]
fn modify_vote_moves_the_committed_cost_and_tally_including_side_switch() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		let p = push(1);
		assert_ok!(Voting::vote(signed(2), C, p, true, 3));
		assert_ok!(Voting::modify_vote(signed(2), C, p, true, 5));
		assert_eq!(committed(2), 25);
		assert_eq!(
			(Tallies::<Test>::get(C, p).unwrap().aye, Tallies::<Test>::get(C, p).unwrap().nay),
			(5, 0)
		);
		// Switch side and go down.
		assert_ok!(Voting::modify_vote(signed(2), C, p, false, 2));
		assert_eq!(committed(2), 4);
		assert_eq!(frozen(2), BUDGET);
		let open = Tallies::<Test>::get(C, p).unwrap();
		assert_eq!((open.aye, open.nay, open.voters), (0, 2, 1));
		assert_eq!(
			last_event(),
			Event::VoteModified {
				community: C,
				proposal: p,
				who: 2,
				aye: false,
				power: 2,
				cost: 4
			}
		);
		let vote = vote_of(2, p).unwrap();
		assert_eq!((vote.aye, vote.power, vote.cost, vote.deadline), (false, 2, 4, 11));
	});
}

#[test]
fn modify_vote_errors() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		let p = push(1);
		assert_noop!(Voting::modify_vote(signed(2), C, p, true, 1), Error::<Test>::NoVote);
		assert_noop!(Voting::modify_vote(signed(2), C, 9, true, 1), Error::<Test>::UnknownProposal);
		assert_noop!(Voting::modify_vote(signed(5), C, p, true, 1), Error::<Test>::NotMember);
		assert_ok!(Voting::vote(signed(2), C, p, true, 3));
		assert_noop!(Voting::modify_vote(signed(2), C, p, true, 0), Error::<Test>::ZeroPower);
		assert_noop!(
			Voting::modify_vote(signed(2), C, p, true, 8),
			Error::<Test>::InsufficientBudget
		);
		// Up to the whole budget (50) is fine: the old cost is released first.
		assert_ok!(Voting::modify_vote(signed(2), C, p, true, 7));
		assert_eq!(committed(2), 49);
	});
}

#[test]
fn retract_vote_returns_the_cost_to_the_budget_at_once() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		let p = push(1);
		assert_ok!(Voting::vote(signed(2), C, p, false, 4));
		assert_eq!(committed(2), 16);
		assert_ok!(Voting::retract_vote(signed(2), C, p));
		assert_eq!(committed(2), 0);
		assert_eq!(vote_of(2, p), None);
		assert_eq!(frozen(2), BUDGET);
		let open = Tallies::<Test>::get(C, p).unwrap();
		assert_eq!((open.aye, open.nay, open.voters), (0, 0, 0));
		assert_eq!(
			last_event(),
			Event::VoteRetracted { community: C, proposal: p, who: 2, released: 16 }
		);
		assert_noop!(Voting::retract_vote(signed(2), C, p), Error::<Test>::NoVote);
		assert_noop!(Voting::retract_vote(signed(5), C, p), Error::<Test>::NoVote);
		assert_noop!(Voting::retract_vote(signed(2), C, 9), Error::<Test>::UnknownProposal);
		// Voting again after a retraction is allowed.
		assert_ok!(Voting::vote(signed(2), C, p, true, 1));
	});
}

// ---------------------------------------------------------------- closing

#[test]
fn tie_rejects() {
	build_and_execute(|| {
		active_with(&[1, 2, 3]);
		let p = push(1);
		assert_ok!(Voting::vote(signed(2), C, p, true, 2));
		assert_ok!(Voting::vote(signed(3), C, p, false, 2));
		run_to_block(11);
		assert_ok!(Voting::close_proposal(signed(9), C, p));
		let outcome = Outcomes::<Test>::get(C, p).unwrap();
		assert_eq!(
			outcome,
			ProposalOutcome {
				proposer: 1,
				deposit: 1,
				passed: false,
				aye: 2,
				nay: 2,
				closed_at: 11
			}
		);
		assert!(matches!(
			last_event(),
			Event::ProposalClosed { passed: false, aye: 2, nay: 2, .. }
		));
	});
}

#[test]
fn no_votes_rejects() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		let p = push(1);
		run_to_block(20);
		assert_ok!(Voting::close_proposal(signed(9), C, p));
		assert!(!Outcomes::<Test>::get(C, p).unwrap().passed);
		assert_eq!(
			Voting::proposal_view(C, p).unwrap().status,
			ProposalStatus::Closed { passed: false }
		);
	});
}

#[test]
fn majority_of_power_not_of_voters_decides() {
	build_and_execute(|| {
		active_with(&[1, 2, 3, 4]);
		let p = push(1);
		// Two small aye votes against one strong nay vote.
		assert_ok!(Voting::vote(signed(2), C, p, true, 2));
		assert_ok!(Voting::vote(signed(3), C, p, true, 2));
		assert_ok!(Voting::vote(signed(4), C, p, false, 5));
		run_to_block(11);
		assert_ok!(Voting::close_proposal(signed(1), C, p));
		assert_eq!(
			Outcomes::<Test>::get(C, p).unwrap(),
			ProposalOutcome {
				proposer: 1,
				deposit: 1,
				passed: false,
				aye: 4,
				nay: 5,
				closed_at: 11
			}
		);
	});
}

#[test]
fn close_frees_slot_and_keeps_compact_record() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		let p = push(1);
		assert_ok!(Voting::vote(signed(2), C, p, true, 1));
		run_to_block(11);
		assert_ok!(Voting::close_proposal(signed(1), C, p));
		assert!(!Proposals::<Test>::contains_key(C, p));
		assert_eq!(Communities::<Test>::get(C).unwrap().open_proposals, 0);
		assert!(Outcomes::<Test>::get(C, p).unwrap().passed);
		// The vote is final: nothing of the budget is committed any more.
		assert_eq!(committed(2), 0);
		assert_eq!(frozen(2), BUDGET);
		assert_noop!(Voting::close_proposal(signed(1), C, p), Error::<Test>::UnknownProposal);
		assert_noop!(Voting::vote(signed(2), C, p, true, 1), Error::<Test>::UnknownProposal);
	});
}

#[test]
fn close_errors() {
	build_and_execute(|| {
		assert_noop!(Voting::close_proposal(signed(1), C, 0), Error::<Test>::UnknownCommunity);
		active_with(&[1, 2]);
		assert_noop!(Voting::close_proposal(signed(1), C, 0), Error::<Test>::UnknownProposal);
		let p = push(1);
		assert_noop!(Voting::close_proposal(signed(1), C, p), Error::<Test>::VotingStillOpen);
		assert_noop!(Voting::close_proposal(RuntimeOrigin::root(), C, p), DispatchError::BadOrigin);
	});
}

#[test]
fn force_close_ignores_deadline_and_uses_same_path() {
	build_and_execute(|| {
		active_with(&[1, 2]);
		let p = push(1);
		assert_ok!(Voting::vote(signed(2), C, p, true, 2));
		assert_noop!(Voting::force_close(signed(1), C, p), DispatchError::BadOrigin);
		assert_noop!(
			Voting::force_close(RuntimeOrigin::root(), C, 9),
			Error::<Test>::UnknownProposal
		);
		assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, p));
		assert_eq!(
			Outcomes::<Test>::get(C, p).unwrap(),
			ProposalOutcome { proposer: 1, deposit: 1, passed: true, aye: 2, nay: 0, closed_at: 1 }
		);
		assert_eq!(Communities::<Test>::get(C).unwrap().open_proposals, 0);
		// Closed early, the vote stays live (committed) until its deadline.
		assert_eq!(committed(2), 4);
		assert_noop!(Voting::set_vote_budget(signed(2), 0), Error::<Test>::BudgetBelowCommitted);
		assert_noop!(Voting::retract_vote(signed(2), C, p), Error::<Test>::UnknownProposal);
		run_to_block(11);
		assert_ok!(Voting::set_vote_budget(signed(2), 0));
		assert_eq!(frozen(2), 0);
	});
}

#[test]
fn a_vote_never_matches_a_later_proposal_with_the_same_ids() {
	build_and_execute(|| {
		// In one block: a proposal voted on and closed early by Root, its community dissolved,
		// cleaned up and created again, and a proposal pushed with the same ids and deadline.
		active_with(&[1, 2]);
		let p = push(1);
		assert_ok!(Voting::vote(signed(2), C, p, false, 3));
		assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, p));
		assert_ok!(Voting::dissolve_community(signed(1), C));
		assert_ok!(Voting::cleanup_community(signed(1), C, 10));
		assert!(!Communities::<Test>::contains_key(C));
		assert_ok!(Voting::create_community(signed(1), C, 2, 1, None, None));
		assert_ok!(Voting::join_community(signed(2), C));
		let again = push(1);
		assert_eq!(again, p);
		assert_eq!(Tallies::<Test>::get(C, again).unwrap().deadline, 11);
		// The old vote is still live (its deadline has not passed) but is not on this one.
		assert_eq!(committed(2), 9);
		assert_noop!(Voting::modify_vote(signed(2), C, again, true, 1), Error::<Test>::NoVote);
		assert_noop!(Voting::retract_vote(signed(2), C, again), Error::<Test>::NoVote);
		assert_ok!(Voting::vote(signed(2), C, again, true, 2));
		assert_eq!(committed(2), 13);
		let open = Tallies::<Test>::get(C, again).unwrap();
		assert_eq!((open.aye, open.nay, open.voters), (2, 0, 1));
	});
}

#[test]
fn close_refunds_unused_metadata_weight() {
	build_and_execute(|| {
		use crate::weights::WeightInfo;
		active_with(&[1, 2]);
		let p = push(1);
		run_to_block(11);
		let info = Voting::close_proposal(signed(1), C, p).unwrap();
		assert_eq!(
			info.actual_weight,
			Some(<() as WeightInfo>::close_proposal(br#"{"v":1,"kind":"train"}"#.len() as u32))
		);
	});
}

// ---------------------------------------------------------------- budgets

#[test]
fn lowering_the_budget_is_not_blocked_by_other_freezes_or_holds() {
	build_and_execute(|| {
		use frame_support::traits::fungible::{MutateFreeze, MutateHold};
		active_with(&[1, 2]);
		let p = push(1);
		assert_ok!(Voting::vote(signed(2), C, p, true, 5)); // 25
													  // Another pallet holds 40 and freezes 90 of the same account.
		assert_ok!(<Balances as MutateHold<_>>::hold(&other_hold(), &2, 40));
		assert_ok!(<Balances as MutateFreeze<_>>::set_freeze(&other_freeze(), &2, 90));
		run_to_block(11);
		assert_ok!(Voting::close_proposal(signed(1), C, p));
		assert_ok!(Voting::set_vote_budget(signed(2), 0));
		assert_eq!(frozen(2), 0);
		assert_eq!(Balances::balance_frozen(&other_freeze(), &2), 90);
		assert_eq!(Balances::balance_on_hold(&other_hold(), &2), 40);
	});
}

#[test]
fn budget_is_bounded_by_free_balance_not_held_funds() {
	build_and_execute(|| {
		use frame_support::traits::fungible::MutateHold;
		active_with(&[1, 2]);
		assert_ok!(<Balances as MutateHold<_>>::hold(&other_hold(), &2, 50));
		// 48 free (100 less 50 held here, 1 of membership and 1 of the voter's record), less
		// the existential deposit and the fee reserve: 45 may be frozen.
		assert_eq!(Voting::freezable(&2), 45);
		assert_noop!(Voting::set_vote_budget(signed(2), 51), Error::<Test>::InsufficientBalance);
		// Lowering is always allowed, even from above what may be frozen now.
		assert_ok!(Voting::set_vote_budget(signed(2), 46));
		assert_eq!(frozen(2), 46);
	});
}

#[test]
fn runtime_api_views() {
	build_and_execute(|| {
		assert_eq!(Voting::proposal_view(C, 0), None);
		assert_eq!(Voting::whitelist_progress(C, &9), None);
		active_with(&[1, 2]);
		let p = push(1);
		assert_ok!(Voting::vote(signed(2), C, p, true, 3));
		let view = Voting::proposal_view(C, p).unwrap();
		assert_eq!(view.status, ProposalStatus::Voting);
		assert_eq!((view.aye, view.nay, view.deadline), (3, 0, Some(11)));
		assert_eq!(view.metadata.as_deref(), Some(&br#"{"v":1,"kind":"train"}"#[..]));
		// 100 less 1 of membership and 1 of the voter's record held, 50 frozen: 49 of the
		// held and frozen overlap.
		assert_eq!(
			Voting::budget_view(&2),
			BudgetView { frozen: BUDGET, committed: 9, transferable: 50 }
		);
		assert!(!Voting::member_can_deregister(C, &2));
		assert!(Voting::member_can_deregister(C, &1));
		assert!(!Voting::member_can_deregister(C, &5));
	});
}

// ---------------------------------------------------------------- executors and receipts

/// The executor account of the tests' communities.
const EXECUTOR: AccountId = 7;
/// The command `push` proposes.
const COMMAND: &[u8] = br#"{"v":1,"kind":"train"}"#;

/// Pushes a proposal by 1, votes it through with 2's aye and closes it.
fn pass() -> ProposalId {
	let p = push(1);
	assert_ok!(Voting::vote(signed(2), C, p, true, 1));
	assert_ok!(Voting::force_close(RuntimeOrigin::root(), C, p));
	p
}

fn receipt_hash(n: u8) -> [u8; 32] {
	[n; 32]
}

/// Community `C` of `members` (the first creates it, proposing `EXECUTOR`), active, with
/// `EXECUTOR` accepted as its executor.
fn active_with_executor(members: &[AccountId]) {
	let (&creator, rest) = members.split_first().expect("at least the creator");
	let n = members.len() as u32;
	assert_ok!(Voting::create_community(signed(creator), C, n, 2, Some(EXECUTOR), None));
	for &m in rest {
		assert_ok!(Voting::join_community(signed(m), C));
	}
	for &m in members {
		budget(m, BUDGET);
	}
	assert_ok!(Voting::accept_executor(signed(EXECUTOR), C));
}

mod deposits;
mod dissolution;
mod execution;
mod funding;
mod jobs;
mod migration;
