//! The migrations: v0 → v1 (every v0 record comes back in its v1 form with a zero deposit, the
//! members' open-proposal counts are filled in, and the version moves to 1, only once), then
//! v1 → v2 (queued jobs get their kind, depositor, zero budget and queuing block; receipts
//! their settlement), then v2 → v3 (each open proposal's tally moves to its own record and
//! `FrozenBudget` goes, the freezes staying as they were), then v3 → v4 (tallies get serial
//! numbers, live votes move into their voters' records, final ones and the ledgers go, the
//! freezes become the budgets).

use super::*;
use crate::{
	migrations::{v0, v1, v2, v3, v4},
	weights::WeightInfo,
};
use frame_support::{
	migrations::{SteppedMigration, SteppedMigrationError},
	traits::{ConstU32, GetStorageVersion, StorageVersion},
	weights::WeightMeter,
	BoundedVec,
};

/// Runs the v0 → v1 migration to its end, `entries` entries' weight per step (a block's
/// budget); returns the number of steps.
fn migrate_in_steps(entries: u64) -> u32 {
	run_in_steps::<v1::MigrateToV1<Test>>(<() as WeightInfo>::migrate_v1_step(), entries)
}

/// Runs the v1 → v2 migration to its end, like [`migrate_in_steps`].
fn migrate_v2_in_steps(entries: u64) -> u32 {
	run_in_steps::<v2::MigrateToV2<Test>>(<() as WeightInfo>::migrate_v2_step(), entries)
}

/// Runs the v2 → v3 migration to its end, like [`migrate_in_steps`].
fn migrate_v3_in_steps(entries: u64) -> u32 {
	run_in_steps::<v3::MigrateToV3<Test>>(<() as WeightInfo>::migrate_v3_step(), entries)
}

/// Runs the v3 → v4 migration to its end, like [`migrate_in_steps`].
fn migrate_v4_in_steps(entries: u64) -> u32 {
	run_in_steps::<v4::MigrateToV4<Test>>(<() as WeightInfo>::migrate_v4_step(), entries)
}

fn run_in_steps<M: SteppedMigration>(
	per_entry: frame_support::weights::Weight,
	entries: u64,
) -> u32 {
	let mut cursor = None;
	let mut steps = 0;
	loop {
		let budget = per_entry.saturating_mul(entries);
		let mut meter = WeightMeter::with_limit(budget);
		cursor = M::step(cursor, &mut meter).expect("the step works");
		assert!(meter.consumed().all_lte(budget), "a step stays in its budget");
		steps += 1;
		match cursor {
			None => return steps,
			Some(_) => assert!(steps < 100, "the migration ends"),
		}
	}
}

fn bounded_vouchers(accounts: &[AccountId]) -> BoundedVec<AccountId, ConstU32<4>> {
	accounts.to_vec().try_into().unwrap()
}

/// Writes a v0 chain: community C (creator 1, members 1 and 2, executor 7) with an open
/// proposal of 2, a rejected proposal, a passed one waiting for its receipt, one with a
/// receipt, and vouches of 1 for 9.
fn v0_state() {
	StorageVersion::new(0).put::<Voting>();
	v0::Communities::<Test>::insert(
		C,
		v0::Community {
			creator: 1,
			bootstrap_limit: 2,
			whitelist_threshold: 1,
			status: CommunityStatus::Active,
			member_count: 2,
			open_proposals: 1,
			next_proposal_id: 4,
			executor: Some(EXECUTOR),
			pending_executions: 1,
		},
	);
	v0::Members::<Test>::insert(C, 1, ());
	v0::Members::<Test>::insert(C, 2, ());
	v0::Vouches::<Test>::insert(C, 9, bounded_vouchers(&[1]));
	v0::Proposals::<Test>::insert(
		C,
		3,
		v0::Proposal {
			proposer: 2,
			metadata: md(COMMAND),
			deadline: 11,
			aye: 0,
			nay: 0,
			voters: 0,
		},
	);
	let outcome = |passed| v0::ProposalOutcome { passed, aye: 1, nay: 0, closed_at: 1 };
	v0::Outcomes::<Test>::insert(C, 0, outcome(false));
	v0::Outcomes::<Test>::insert(C, 1, outcome(true));
	v0::Outcomes::<Test>::insert(C, 2, outcome(true));
	v0::PendingExecutions::<Test>::insert(C, 1, md(COMMAND));
	v0::Receipts::<Test>::insert(
		C,
		2,
		v0::ExecutionReceipt {
			executor: EXECUTOR,
			outcome: ExecutionOutcome::Succeeded,
			output_hash: [3; 32],
			reported_at: 1,
		},
	);
}

#[test]
fn v0_records_become_v1_records_with_zero_deposits() {
	build_and_execute(|| {
		v0_state();
		let before = v1::MigrateToV1::<Test>::entry_counts();
		assert_eq!(before, vec![1, 2, 1, 1, 3, 1, 1]);

		// Two entries' weight per block: 10 entries and 7 ends of a map take 9 steps.
		assert_eq!(migrate_in_steps(2), 9);
		assert_eq!(Voting::on_chain_storage_version(), StorageVersion::new(1));
		assert_eq!(
			v1::PendingExecutions::<Test>::get(C, 1),
			Some(v1::QueuedCommand { command: md(COMMAND), deposit: 0 })
		);
		let receipt = v1::Receipts::<Test>::get(C, 2).unwrap();
		assert_eq!(
			(receipt.executor, receipt.deposit, receipt.output_hash),
			(EXECUTOR, 0, [3; 32])
		);

		// Then v1 → v2: one queued job and one receipt (2 entries, 2 ends: 2 steps).
		let before_v2 = v2::MigrateToV2::<Test>::entry_counts();
		assert_eq!(before_v2, vec![1, 1]);
		assert_eq!(migrate_v2_in_steps(2), 2);
		v2::MigrateToV2::<Test>::check(before_v2).expect("nothing lost");
		let v2_open = v2::Proposals::<Test>::get(C, 3).unwrap();
		assert_eq!((v2_open.deadline, v2_open.voters), (11, 0));

		// Then v2 → v3: one open proposal and no budget (1 entry, 2 ends: 2 steps).
		let before_v3 = v3::MigrateToV3::<Test>::entry_counts();
		assert_eq!(before_v3, vec![1, 0]);
		assert_eq!(migrate_v3_in_steps(2), 2);
		v3::MigrateToV3::<Test>::check(before_v3).expect("nothing lost");
		assert_eq!(Voting::on_chain_storage_version(), StorageVersion::new(3));

		// Then v3 → v4: one tally numbered, no votes (1 entry, 3 ends: 2 steps).
		let before_v4 = v4::MigrateToV4::<Test>::entry_counts();
		assert_eq!(before_v4, vec![1, 0, 0]);
		assert_eq!(migrate_v4_in_steps(2), 2);
		v4::MigrateToV4::<Test>::check(before_v4).expect("nothing lost, invariants hold");
		assert_eq!(Voting::on_chain_storage_version(), StorageVersion::new(4));
		assert_eq!(v1::MigrateToV1::<Test>::entry_counts(), before, "no entry lost in all");
		assert_eq!(Tallies::<Test>::get(C, 3), Some(ProposalTally::open_until(0, 11)));
		assert_eq!(NextProposalSerial::<Test>::get(), 1);

		let info = Communities::<Test>::get(C).unwrap();
		assert_eq!((info.creator, info.deposit, info.next_proposal_id), (1, 0, 4));
		assert_eq!(info.executor, Some(EXECUTOR));
		assert_eq!(Members::<Test>::get(C, 1), Some(Membership { deposit: 0, open_proposals: 0 }));
		assert_eq!(Members::<Test>::get(C, 2), Some(Membership { deposit: 0, open_proposals: 1 }));
		assert_eq!(Vouches::<Test>::get(C, 9).into_inner(), vec![Vouch { voucher: 1, deposit: 0 }]);
		let open = Proposals::<Test>::get(C, 3).unwrap();
		assert_eq!((open.proposer, open.metadata.clone()), (2, md(COMMAND)));
		assert_eq!(open.deposit, ProposalDeposit { command: 0, outcome: 0 });
		let outcome = Outcomes::<Test>::get(C, 1).unwrap();
		assert_eq!((outcome.proposer, outcome.deposit, outcome.passed), (1, 0, true));
		// The proposer of the queued command is its outcome's (the creator, for v0 ones).
		assert_eq!(
			PendingExecutions::<Test>::get(C, 1),
			Some(QueuedCommand {
				command: md(COMMAND),
				kind: JobKind::Voted,
				depositor: 1,
				deposit: 0,
				budget: 0,
				queued_at: 1,
			})
		);
		let receipt = Receipts::<Test>::get(C, 2).unwrap();
		assert_eq!(
			(receipt.executor, receipt.deposit, receipt.output_hash, receipt.settlement),
			(EXECUTOR, 0, [3; 32], Settlement::Unpaid)
		);

		// The migrated chain works on: a zero deposit releases nothing.
		assert_ok!(Voting::report_execution(
			signed(EXECUTOR),
			C,
			1,
			ExecutionOutcome::Succeeded,
			receipt_hash(4)
		));
		assert_eq!(Balances::total_balance_on_hold(&1), 0);
	});
}

#[test]
fn each_migration_runs_only_on_its_version() {
	build_and_execute(|| {
		StorageVersion::new(4).put::<Voting>();
		active_with_executor(&[1, 2]);
		pass();
		let before = PendingExecutions::<Test>::iter().collect::<Vec<_>>();
		let voters = Voters::<Test>::iter().collect::<Vec<_>>();
		assert_eq!(migrate_in_steps(2), 1, "done at once");
		assert_eq!(migrate_v2_in_steps(2), 1, "done at once");
		assert_eq!(migrate_v3_in_steps(2), 1, "done at once");
		assert_eq!(migrate_v4_in_steps(2), 1, "done at once");
		assert_eq!(PendingExecutions::<Test>::iter().collect::<Vec<_>>(), before);
		assert_eq!(Voters::<Test>::iter().collect::<Vec<_>>(), voters);
		assert_eq!(Voting::on_chain_storage_version(), StorageVersion::new(4));
	});
}

#[test]
fn a_step_without_room_for_one_entry_asks_for_more() {
	build_and_execute(|| {
		v0_state();
		let mut meter = WeightMeter::with_limit(frame_support::weights::Weight::zero());
		assert_eq!(
			v1::MigrateToV1::<Test>::step(None, &mut meter),
			Err(SteppedMigrationError::InsufficientWeight {
				required: <() as WeightInfo>::migrate_v1_step()
			})
		);
		assert_eq!(Voting::on_chain_storage_version(), StorageVersion::new(0));
		// Finish all, so the invariants checked after the test hold.
		migrate_in_steps(4);
		migrate_v2_in_steps(4);
		migrate_v3_in_steps(4);
		migrate_v4_in_steps(4);
	});
}

/// Writes a v3 chain with votes: community C (members 1, 2, 3) with two open proposals of 1
/// (deadline 11), voted on by 2 (power 3 on both: 18 frozen) and 3 (power 2 on the second:
/// 4 frozen), with their voter ledgers; no budget records.
fn v3_state_with_votes() -> (ProposalId, ProposalId) {
	use frame_support::traits::fungible::MutateFreeze;
	assert_ok!(Voting::create_community(signed(1), C, 3, 2, None, None));
	assert_ok!(Voting::join_community(signed(2), C));
	assert_ok!(Voting::join_community(signed(3), C));
	let (first, second) = (push(1), push(1));
	let tallies = [(first, 3, 0, 1), (second, 2, 3, 2)];
	for (id, aye, nay, voters) in tallies {
		let tally = Tallies::<Test>::take(C, id).unwrap();
		v3::Tallies::<Test>::insert(
			C,
			id,
			v3::ProposalTally { deadline: tally.deadline, aye, nay, voters },
		);
	}
	NextProposalSerial::<Test>::kill();
	let votes = [(first, 2, true, 3), (second, 2, false, 3), (second, 3, true, 2)];
	for (id, who, aye, power) in votes {
		let cost = (power * power) as Balance;
		v3::Votes::<Test>::insert((C, id), who, v3::Vote { aye, power, cost });
	}
	v3::VoterLedgers::<Test>::insert(C, 2, v3::VoterLedger { outstanding: 2, latest_deadline: 11 });
	v3::VoterLedgers::<Test>::insert(C, 3, v3::VoterLedger { outstanding: 1, latest_deadline: 11 });
	for (who, amount) in [(2, 18), (3, 4)] {
		assert_ok!(<Balances as MutateFreeze<_>>::set_freeze(
			&FreezeReason::Voting.into(),
			&who,
			amount
		));
	}
	StorageVersion::new(3).put::<Voting>();
	(first, second)
}

/// Writes the same chain in its v2 form: the tallies inside the proposals, the budgets also
/// in `FrozenBudget`.
fn v2_state_with_votes() -> (ProposalId, ProposalId) {
	let (first, second) = v3_state_with_votes();
	for id in [first, second] {
		let open = Proposals::<Test>::take(C, id).unwrap();
		let tally = v3::Tallies::<Test>::take(C, id).unwrap();
		v2::Proposals::<Test>::insert(
			C,
			id,
			v2::Proposal {
				proposer: open.proposer,
				action: open.action,
				deposit: open.deposit,
				metadata: open.metadata,
				deadline: tally.deadline,
				aye: tally.aye,
				nay: tally.nay,
				voters: tally.voters,
			},
		);
	}
	v2::FrozenBudget::<Test>::insert(2, 18);
	v2::FrozenBudget::<Test>::insert(3, 4);
	StorageVersion::new(2).put::<Voting>();
	(first, second)
}

#[test]
fn v2_tallies_move_to_their_records_and_budgets_go_freezes_stay() {
	build_and_execute(|| {
		let (first, second) = v2_state_with_votes();
		let before = v3::MigrateToV3::<Test>::entry_counts();
		assert_eq!(before, vec![2, 0], "two proposals, every budget equal to its freeze");

		// One entry per step: 2 proposals, 2 budgets and 2 ends of a map.
		assert_eq!(migrate_v3_in_steps(1), 6);
		v3::MigrateToV3::<Test>::check(before).expect("nothing lost");
		assert_eq!(v2::FrozenBudget::<Test>::iter().count(), 0);
		let first_tally = v3::Tallies::<Test>::get(C, first).unwrap();
		assert_eq!((first_tally.aye, first_tally.nay, first_tally.voters), (3, 0, 1));
		let second_tally = v3::Tallies::<Test>::get(C, second).unwrap();
		assert_eq!((second_tally.aye, second_tally.nay, second_tally.voters), (2, 3, 2));
		assert_eq!((frozen(2), frozen(3)), (18, 4), "the freezes are untouched");
		migrate_v4_in_steps(4);
	});
}

#[test]
fn a_budget_that_differs_from_its_freeze_is_reported_before_the_migration() {
	build_and_execute(|| {
		v2_state_with_votes();
		v2::FrozenBudget::<Test>::insert(2, 17);
		let before = v3::MigrateToV3::<Test>::entry_counts();
		assert_eq!(before, vec![2, 1]);
		migrate_v3_in_steps(4);
		assert!(v3::MigrateToV3::<Test>::check(before).is_err());
		migrate_v4_in_steps(4);
	});
}

#[test]
fn v3_votes_move_into_their_voters_records_and_the_freezes_become_budgets() {
	build_and_execute(|| {
		let (first, second) = v3_state_with_votes();
		// A vote on a proposal closed already (its tally gone): final, so it is dropped.
		v3::Votes::<Test>::insert((C, 9), 3, v3::Vote { aye: true, power: 1, cost: 1 });
		let before = v4::MigrateToV4::<Test>::entry_counts();
		assert_eq!(before, vec![2, 3, 0], "2 open proposals, 3 live votes, every freeze covers");

		// One entry per step: 2 tallies, 4 votes, 2 ledgers and 3 ends of a map.
		assert_eq!(migrate_v4_in_steps(1), 11);
		v4::MigrateToV4::<Test>::check(before).expect("nothing lost, invariants hold");
		assert_eq!(Voting::on_chain_storage_version(), StorageVersion::new(4));
		assert_eq!(v3::Votes::<Test>::iter().count(), 0);
		assert_eq!(v3::VoterLedgers::<Test>::iter().count(), 0);
		let (first_tally, second_tally) =
			(Tallies::<Test>::get(C, first).unwrap(), Tallies::<Test>::get(C, second).unwrap());
		// Numbered in storage order, each once.
		let (s1, s2) = (first_tally.serial, second_tally.serial);
		assert!((s1, s2) == (0, 1) || (s1, s2) == (1, 0));
		assert_eq!(NextProposalSerial::<Test>::get(), 2);
		let votes_of = |who| {
			let mut votes = Voters::<Test>::get(who).unwrap().votes.into_inner();
			votes.sort_by_key(|vote| vote.serial);
			votes
				.iter()
				.map(|v| (v.proposal, v.serial, v.aye, v.power, v.cost))
				.collect::<Vec<_>>()
		};
		let mut two = vec![(first, s1, true, 3, 9), (second, s2, false, 3, 9)];
		two.sort_by_key(|vote| vote.1);
		assert_eq!(votes_of(2), two);
		assert_eq!(votes_of(3), vec![(second, s2, true, 2, 4)]);
		// Migrated records hold no deposit; the freezes are the budgets, untouched.
		assert_eq!(Voters::<Test>::get(2).unwrap().deposit, 0);
		assert_eq!((frozen(2), frozen(3)), (18, 4));
		assert_eq!((committed(2), committed(3)), (18, 4));

		// The migrated chain votes on: retracting returns the cost to the budget, and a
		// member with live votes cannot leave.
		assert_ok!(Voting::retract_vote(signed(2), C, second));
		assert_eq!((committed(2), frozen(2)), (9, 18));
		assert_eq!(Tallies::<Test>::get(C, second).map(|t| (t.nay, t.voters)), Some((0, 1)));
		assert_noop!(Voting::deregister(signed(3), C), Error::<Test>::HasOutstandingVotes);
		assert_noop!(
			Voting::modify_vote(signed(3), C, second, true, 4),
			Error::<Test>::InsufficientBudget
		);
		budget(3, 16);
		assert_ok!(Voting::modify_vote(signed(3), C, second, true, 4));
		assert_eq!(Tallies::<Test>::get(C, second).map(|t| t.aye), Some(4));
		// At the deadline the votes are final and the budget can go.
		run_to_block(11);
		assert_ok!(Voting::set_vote_budget(signed(2), 0));
		assert_eq!(frozen(2), 0);
	});
}

#[test]
fn a_freeze_below_its_votes_is_reported_before_the_v4_migration() {
	build_and_execute(|| {
		use frame_support::traits::fungible::MutateFreeze;
		v3_state_with_votes();
		assert_ok!(<Balances as MutateFreeze<_>>::set_freeze(&FreezeReason::Voting.into(), &3, 3));
		let before = v4::MigrateToV4::<Test>::entry_counts();
		assert_eq!(before, vec![2, 3, 1]);
		migrate_v4_in_steps(4);
		assert!(v4::MigrateToV4::<Test>::check(before).is_err());
		// Put it right, so the invariants checked after the test hold.
		assert_ok!(<Balances as MutateFreeze<_>>::set_freeze(&FreezeReason::Voting.into(), &3, 4));
	});
}

/// A v3 voter with more live votes than `MaxVotesPerVoter` (4 here; v3 had no bound): the
/// migration keeps the first 4 in its record and retracts the fifth, taken off its tally, so
/// that voting on it again counts once.
#[test]
fn live_votes_over_the_bound_are_retracted_by_the_v4_migration() {
	build_and_execute(|| {
		use frame_support::traits::fungible::MutateFreeze;
		const D: CommunityId = C + 1;
		let mut proposals = Vec::new();
		for community in [C, D] {
			assert_ok!(Voting::create_community(signed(1), community, 3, 2, None, None));
			assert_ok!(Voting::join_community(signed(2), community));
			assert_ok!(Voting::join_community(signed(3), community));
			// Three open proposals in C (the bound), two in D.
			let pushers: &[AccountId] = if community == C { &[1, 1, 3] } else { &[1, 3] };
			for &who in pushers {
				let id = Communities::<Test>::get(community).unwrap().next_proposal_id;
				assert_ok!(Voting::push_proposal(signed(who), community, md(b"run"), None));
				proposals.push((community, id));
			}
		}
		// Voter 2 voted aye with power 1 on all five, in v3's layout.
		for &(community, id) in &proposals {
			let tally = Tallies::<Test>::take(community, id).unwrap();
			let old = v3::ProposalTally { deadline: tally.deadline, aye: 1, nay: 0, voters: 1 };
			v3::Tallies::<Test>::insert(community, id, old);
			v3::Votes::<Test>::insert(
				(community, id),
				2,
				v3::Vote { aye: true, power: 1, cost: 1 },
			);
		}
		NextProposalSerial::<Test>::kill();
		assert_ok!(<Balances as MutateFreeze<_>>::set_freeze(&FreezeReason::Voting.into(), &2, 5));
		StorageVersion::new(3).put::<Voting>();

		let before = v4::MigrateToV4::<Test>::entry_counts();
		assert_eq!(before, vec![5, 4, 0], "five live votes, four of them kept");
		migrate_v4_in_steps(4);
		v4::MigrateToV4::<Test>::check(before).expect("the kept votes are all there");

		let record = Voters::<Test>::get(2).unwrap();
		assert_eq!(record.votes.len(), 4);
		let counted: Vec<_> = proposals
			.iter()
			.filter(|(community, id)| Tallies::<Test>::get(community, id).unwrap().aye == 1)
			.collect();
		assert_eq!(counted.len(), 4, "every tally counts exactly the votes in the record");
		let &(community, dropped) = proposals
			.iter()
			.find(|(community, id)| Tallies::<Test>::get(community, id).unwrap().voters == 0)
			.expect("one vote retracted");
		assert_eq!((committed(2), frozen(2)), (4, 5));

		// The record is full; after a retraction the dropped proposal takes a vote again, once.
		assert_noop!(
			Voting::vote(signed(2), community, dropped, true, 1),
			Error::<Test>::TooManyVotes
		);
		let &(other_community, other) = counted[0];
		assert_ok!(Voting::retract_vote(signed(2), other_community, other));
		assert_ok!(Voting::vote(signed(2), community, dropped, true, 1));
		let tally = Tallies::<Test>::get(community, dropped).unwrap();
		assert_eq!((tally.aye, tally.voters), (1, 1));
		assert_eq!(committed(2), 4);
	});
}
