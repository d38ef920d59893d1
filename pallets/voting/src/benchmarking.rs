//! Benchmarks of every call of pallet-voting, each in its worst case.

use super::*;
use crate::{
	community::{Admission, CommunitySettings},
	Pallet as Voting,
};
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::{fungible::Mutate, Get};
use frame_system::RawOrigin;
use sp_runtime::traits::Saturating;

const SEED: u32 = 0;
const COMMUNITY: CommunityId = 7;

/// Gives `who` enough to vote with power 10 many times over.
fn fund<T: Config>(who: &T::AccountId) {
	let amount = T::VotePrice::get().saturating_mul(1_000_000u32.into());
	T::Currency::set_balance(who, amount);
}

/// Gives `who` a voting budget for many votes of power 10 (a tenth of what [`fund`] gives).
fn budgeted<T: Config>(who: &T::AccountId) {
	let budget = T::VotePrice::get().saturating_mul(100_000u32.into());
	assert!(Voting::<T>::do_set_vote_budget(who.clone(), budget).is_ok());
}

/// Fills `who`'s record with `n` live votes of power 1 on proposals of another community
/// (written directly: no call reads them back but to count their costs).
fn live_votes<T: Config>(who: &T::AccountId, n: u32) {
	let mut voter = Voters::<T>::get(who).unwrap_or_else(|| VoterOf::<T>::new(0u32.into()));
	let deadline = frame_system::Pallet::<T>::block_number()
		.saturating_add(T::VotingPeriod::get())
		.saturating_add(T::VotingPeriod::get());
	for proposal in 0..n {
		let vote = CastVote {
			community: COMMUNITY.saturating_add(1),
			proposal,
			serial: u64::MAX.saturating_sub(proposal.into()),
			deadline,
			aye: true,
			power: 1,
			cost: T::VotePrice::get(),
		};
		assert!(voter.votes.try_push(vote).is_ok());
	}
	Voters::<T>::insert(who, voter);
}

/// The executor of the benchmarks' community (funded for its receipt deposits).
fn executor<T: Config>() -> T::AccountId {
	let executor = account("executor", 0, SEED);
	fund::<T>(&executor);
	executor
}

/// The settings of a community with `n` places, threshold `w`, `executor` proposed and the
/// default quorum.
fn settings<T: Config>(
	n: u32,
	w: u32,
	executor: Option<T::AccountId>,
) -> CommunitySettings<T::AccountId> {
	CommunitySettings {
		bootstrap_limit: n,
		whitelist_threshold: w,
		proposed_executor: executor,
		min_turnout: T::DefaultMinTurnout::get(),
	}
}

/// The budget of the benchmarks' paid jobs.
fn budget<T: Config>() -> BudgetOf<T> {
	1_000_000u32.into()
}

/// An active community with `members` members (the creator first), threshold `threshold`,
/// an executor that accepted, and a pot the creator funded for many budgets (so it has as
/// many access credits).
fn active_community<T: Config>(members: u32, threshold: u32) -> Vec<T::AccountId> {
	let creator: T::AccountId = account("creator", 0, SEED);
	fund::<T>(&creator);
	budgeted::<T>(&creator);
	let settings = settings::<T>(1, threshold, Some(executor::<T>()));
	assert!(Voting::<T>::do_create_community(creator.clone(), COMMUNITY, settings).is_ok());
	assert!(Voting::<T>::do_accept_executor(COMMUNITY, executor::<T>()).is_ok());
	let pot = budget::<T>().saturating_mul(1_000u32.into());
	T::BenchmarkHelper::fund_pot(COMMUNITY, &creator, pot);
	let mut all = vec![creator];
	for i in 1..members {
		let member: T::AccountId = account("member", i, SEED);
		fund::<T>(&member);
		budgeted::<T>(&member);
		assert!(Voting::<T>::do_join(COMMUNITY, member.clone(), Admission::Creator).is_ok());
		all.push(member);
	}
	all
}

/// Pushes a paid command with `len` bytes of metadata; returns its id.
fn proposal<T: Config>(proposer: &T::AccountId, len: u32) -> ProposalId {
	let id = Communities::<T>::get(COMMUNITY).map(|c| c.next_proposal_id).unwrap_or_default();
	let metadata = vec![b'x'; len.max(1) as usize].try_into().unwrap_or_default();
	let action = ProposalAction::PaidCommand { budget: budget::<T>() };
	assert!(Voting::<T>::do_push_proposal(COMMUNITY, proposer.clone(), action, metadata).is_ok());
	id
}

/// The whitelisted caller, funded, with a voting budget, and made a member of the benchmark
/// community: a signed call's fee reads and writes its signer's account anyway, so its
/// benchmark does not count that account again (as `pallet_balances`' do).
fn whitelisted_member<T: Config>() -> T::AccountId {
	let who: T::AccountId = whitelisted_caller();
	fund::<T>(&who);
	budgeted::<T>(&who);
	assert!(Voting::<T>::do_join(COMMUNITY, who.clone(), Admission::Creator).is_ok());
	who
}

/// Pushes a proposal with `len` bytes of metadata that funds the benchmark model with one
/// budget over 10 epochs; returns its id.
fn funding_proposal<T: Config>(proposer: &T::AccountId, len: u32) -> ProposalId {
	let id = Communities::<T>::get(COMMUNITY).map(|c| c.next_proposal_id).unwrap_or_default();
	let metadata = vec![b'x'; len.max(1) as usize].try_into().unwrap_or_default();
	let model = T::BenchmarkHelper::model();
	let action = ProposalAction::FundModel { model, amount: budget::<T>(), epochs: 10 };
	assert!(Voting::<T>::do_push_proposal(COMMUNITY, proposer.clone(), action, metadata).is_ok());
	id
}

fn past_retention<T: Config>() {
	let now = frame_system::Pallet::<T>::block_number();
	frame_system::Pallet::<T>::set_block_number(now.saturating_add(T::RetentionPeriod::get()));
}

fn past_payout_delay<T: Config>() {
	let now = frame_system::Pallet::<T>::block_number();
	frame_system::Pallet::<T>::set_block_number(now.saturating_add(T::PayoutDelay::get()));
}

/// Passes a paid command and reports it `Succeeded`: its payment waits out the delay.
fn succeeded_job<T: Config>(proposer: &T::AccountId) -> ProposalId {
	let id = passed_proposals::<T>(proposer, 1)[0];
	let outcome = ExecutionOutcome::Succeeded;
	assert!(
		Voting::<T>::do_report_execution(executor::<T>(), COMMUNITY, id, outcome, [7; 32]).is_ok()
	);
	id
}

fn past_deadline<T: Config>() {
	let now = frame_system::Pallet::<T>::block_number();
	frame_system::Pallet::<T>::set_block_number(now.saturating_add(T::VotingPeriod::get()));
}

/// Pushes `count` proposals of the longest metadata and passes them: they wait for a receipt.
fn passed_proposals<T: Config>(proposer: &T::AccountId, count: u32) -> Vec<ProposalId> {
	(0..count)
		.map(|_| {
			let id = proposal::<T>(proposer, T::MaxMetadataLen::get());
			assert!(Voting::<T>::do_vote(COMMUNITY, id, proposer.clone(), true, 1).is_ok());
			assert!(Voting::<T>::do_close(COMMUNITY, id, true).is_ok());
			id
		})
		.collect()
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_community() {
		let caller: T::AccountId = whitelisted_caller();
		fund::<T>(&caller);
		let threshold = T::MaxWhitelistThreshold::get();
		let turnout = Some(sp_runtime::Percent::from_percent(50));

		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller.clone()),
			COMMUNITY,
			2,
			threshold,
			Some(executor::<T>()),
			turnout,
		);

		assert!(Members::<T>::contains_key(COMMUNITY, &caller));
	}

	/// `w` vouches from current members are checked.
	#[benchmark]
	fn join_community(w: Linear<1, { T::MaxWhitelistThreshold::get() }>) {
		let members = active_community::<T>(w, w);
		let candidate: T::AccountId = whitelisted_caller();
		fund::<T>(&candidate);
		for member in &members {
			assert!(Voting::<T>::do_whitelist(COMMUNITY, member.clone(), candidate.clone()).is_ok());
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(candidate.clone()), COMMUNITY);

		assert!(Members::<T>::contains_key(COMMUNITY, &candidate));
	}

	/// The candidate holds `w` vouches of members who have left; at the maximum they are
	/// pruned to make room.
	#[benchmark]
	fn whitelist_account(w: Linear<0, { T::MaxWhitelistThreshold::get() }>) {
		let members = active_community::<T>(1, 1);
		let candidate: T::AccountId = account("candidate", 0, SEED);
		for i in 0..w {
			let former: T::AccountId = account("former", i, SEED);
			fund::<T>(&former);
			assert!(Voting::<T>::do_join(COMMUNITY, former.clone(), Admission::Creator).is_ok());
			assert!(Voting::<T>::do_whitelist(COMMUNITY, former.clone(), candidate.clone()).is_ok());
			assert!(Voting::<T>::do_deregister(COMMUNITY, former).is_ok());
		}
		let voucher = members[0].clone();

		#[extrinsic_call]
		_(RawOrigin::Signed(voucher.clone()), COMMUNITY, candidate.clone());

		assert!(Vouches::<T>::get(COMMUNITY, &candidate).iter().any(|v| v.voucher == voucher));
	}

	/// The member still has a vote here, on a proposal whose deadline has passed, and a full
	/// record of live votes elsewhere, all looked at.
	#[benchmark]
	fn deregister() {
		let members = active_community::<T>(2, 1);
		let id = proposal::<T>(&members[0], 1);
		assert!(Voting::<T>::do_vote(COMMUNITY, id, members[1].clone(), true, 1).is_ok());
		past_deadline::<T>();
		live_votes::<T>(&members[1], T::MaxVotesPerVoter::get().saturating_sub(1));

		#[extrinsic_call]
		_(RawOrigin::Signed(members[1].clone()), COMMUNITY);

		assert!(!Members::<T>::contains_key(COMMUNITY, &members[1]));
	}

	/// `m` bytes of metadata.
	#[benchmark]
	fn push_proposal(m: Linear<1, { T::MaxMetadataLen::get() }>) {
		let members = active_community::<T>(1, 1);
		let metadata = vec![b'x'; m as usize].try_into().unwrap_or_default();

		#[extrinsic_call]
		_(RawOrigin::Signed(members[0].clone()), COMMUNITY, metadata, Some(budget::<T>()));

		assert!(Proposals::<T>::contains_key(COMMUNITY, 0));
	}

	/// The voter's record holds `MaxVotesPerVoter - 1` live votes: this one fills it.
	#[benchmark]
	fn vote() {
		active_community::<T>(1, 1);
		let voter = whitelisted_member::<T>();
		let id = proposal::<T>(&voter, 1);
		live_votes::<T>(&voter, T::MaxVotesPerVoter::get().saturating_sub(1));

		#[extrinsic_call]
		_(RawOrigin::Signed(voter.clone()), COMMUNITY, id, false, 10);

		let voter = Voters::<T>::get(&voter).unwrap_or_else(|| VoterOf::<T>::new(0u32.into()));
		assert_eq!(voter.votes.len() as u32, T::MaxVotesPerVoter::get());
	}

	/// Switches side and raises power; the vote is the last of a full record.
	#[benchmark]
	fn modify_vote() {
		active_community::<T>(1, 1);
		let voter = whitelisted_member::<T>();
		let id = proposal::<T>(&voter, 1);
		live_votes::<T>(&voter, T::MaxVotesPerVoter::get().saturating_sub(1));
		assert!(Voting::<T>::do_vote(COMMUNITY, id, voter.clone(), true, 3).is_ok());

		#[extrinsic_call]
		_(RawOrigin::Signed(voter.clone()), COMMUNITY, id, false, 10);

		let record = Voters::<T>::get(&voter).unwrap_or_else(|| VoterOf::<T>::new(0u32.into()));
		assert_eq!(record.votes.last().map(|v| v.power), Some(10));
	}

	/// The vote is the last of a full record.
	#[benchmark]
	fn retract_vote() {
		active_community::<T>(1, 1);
		let voter = whitelisted_member::<T>();
		let id = proposal::<T>(&voter, 1);
		live_votes::<T>(&voter, T::MaxVotesPerVoter::get().saturating_sub(1));
		assert!(Voting::<T>::do_vote(COMMUNITY, id, voter.clone(), true, 10).is_ok());

		#[extrinsic_call]
		_(RawOrigin::Signed(voter.clone()), COMMUNITY, id);

		let record = Voters::<T>::get(&voter).unwrap_or_else(|| VoterOf::<T>::new(0u32.into()));
		assert_eq!(record.votes.len() as u32, T::MaxVotesPerVoter::get().saturating_sub(1));
	}

	/// `m` bytes of metadata are emitted; the proposal passes and funds a model, the costliest
	/// action: the amount leaves the pot for the model's funding account (a new asset account)
	/// and the funding is recorded (heavier than reserving a paid command's budget).
	#[benchmark]
	fn close_proposal(m: Linear<1, { T::MaxMetadataLen::get() }>) {
		let members = active_community::<T>(1, 1);
		let id = funding_proposal::<T>(&members[0], m);
		assert!(Voting::<T>::do_vote(COMMUNITY, id, members[0].clone(), true, 1).is_ok());
		past_deadline::<T>();
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), COMMUNITY, id);

		assert!(Outcomes::<T>::get(COMMUNITY, id).is_some_and(|o| o.passed));
	}

	/// The first budget: the record is created with its deposit held, and the freeze set.
	#[benchmark]
	fn set_vote_budget() {
		let caller: T::AccountId = whitelisted_caller();
		fund::<T>(&caller);
		let budget = T::VotePrice::get().saturating_mul(100u32.into());

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), budget);

		assert_eq!(Voting::<T>::frozen_budget(&caller), budget);
		assert!(Voters::<T>::contains_key(&caller));
	}

	#[benchmark]
	fn start_proposing() {
		let creator: T::AccountId = account("creator", 0, SEED);
		fund::<T>(&creator);
		assert!(
			Voting::<T>::do_create_community(creator, COMMUNITY, settings::<T>(2, 1, None)).is_ok()
		);

		#[extrinsic_call]
		_(RawOrigin::Root, COMMUNITY);

		assert_eq!(
			Communities::<T>::get(COMMUNITY).map(|c| c.status),
			Some(CommunityStatus::Active)
		);
	}

	/// The forced member completes the bootstrap, so the community activates too.
	#[benchmark]
	fn force_member() {
		let creator: T::AccountId = account("creator", 0, SEED);
		fund::<T>(&creator);
		assert!(
			Voting::<T>::do_create_community(creator, COMMUNITY, settings::<T>(2, 1, None)).is_ok()
		);
		let who: T::AccountId = account("member", 1, SEED);

		#[extrinsic_call]
		_(RawOrigin::Root, COMMUNITY, who.clone());

		assert!(Members::<T>::contains_key(COMMUNITY, &who));
	}

	/// `m` bytes of metadata are emitted; the proposal passes and funds a model (see
	/// `close_proposal`).
	#[benchmark]
	fn force_close(m: Linear<1, { T::MaxMetadataLen::get() }>) {
		let members = active_community::<T>(1, 1);
		let id = funding_proposal::<T>(&members[0], m);
		assert!(Voting::<T>::do_vote(COMMUNITY, id, members[0].clone(), true, 1).is_ok());

		#[extrinsic_call]
		_(RawOrigin::Root, COMMUNITY, id);

		assert!(Outcomes::<T>::get(COMMUNITY, id).is_some_and(|o| o.passed));
	}

	/// The creator of a bootstrapping community proposes an executor.
	#[benchmark]
	fn set_executor() {
		let creator: T::AccountId = account("creator", 0, SEED);
		fund::<T>(&creator);
		let settings = settings::<T>(2, 1, None);
		assert!(Voting::<T>::do_create_community(creator.clone(), COMMUNITY, settings).is_ok());
		let proposed = executor::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(creator), COMMUNITY, Some(proposed.clone()));

		assert_eq!(
			Communities::<T>::get(COMMUNITY).and_then(|c| c.proposed_executor),
			Some(proposed)
		);
	}

	/// The new executor replaces one whose bond is returned (it has nothing to settle).
	#[benchmark]
	fn accept_executor() {
		let creator: T::AccountId = account("creator", 0, SEED);
		fund::<T>(&creator);
		let previous = executor::<T>();
		let settings = settings::<T>(2, 1, Some(previous.clone()));
		assert!(Voting::<T>::do_create_community(creator, COMMUNITY, settings).is_ok());
		assert!(Voting::<T>::do_accept_executor(COMMUNITY, previous.clone()).is_ok());
		let proposed: T::AccountId = account("next executor", 0, SEED);
		fund::<T>(&proposed);
		assert!(Voting::<T>::do_set_executor(None, COMMUNITY, Some(proposed.clone())).is_ok());

		#[extrinsic_call]
		_(RawOrigin::Signed(proposed.clone()), COMMUNITY);

		assert_eq!(Communities::<T>::get(COMMUNITY).and_then(|c| c.executor), Some(proposed));
		assert!(!ExecutorBonds::<T>::contains_key(COMMUNITY, &previous));
	}

	/// A paid job succeeds: its payment is recorded (with its deposit) and counted in the bond.
	#[benchmark]
	fn report_execution() {
		let members = active_community::<T>(1, 1);
		let ids = passed_proposals::<T>(&members[0], T::MaxOpenProposals::get());
		let id = ids.last().copied().unwrap_or_default();
		let outcome = ExecutionOutcome::Succeeded;

		#[extrinsic_call]
		_(RawOrigin::Signed(executor::<T>()), COMMUNITY, id, outcome, [7u8; 32]);

		assert!(Receipts::<T>::contains_key(COMMUNITY, id));
		assert!(Payments::<T>::contains_key(COMMUNITY, id));
		assert!(!PendingExecutions::<T>::contains_key(COMMUNITY, id));
	}

	/// `m` bytes of command; credits are spent and the budget reserved.
	#[benchmark]
	fn request_job(m: Linear<1, { T::MaxMetadataLen::get() }>) {
		let members = active_community::<T>(1, 1);
		let command: MetadataOf<T> = vec![b'x'; m as usize].try_into().unwrap_or_default();

		#[extrinsic_call]
		_(RawOrigin::Signed(members[0].clone()), COMMUNITY, command, budget::<T>());

		assert!(PendingExecutions::<T>::contains_key(COMMUNITY, 0));
	}

	/// The payment is the last of a former executor: its bond is returned too.
	#[benchmark]
	fn claim_payment() {
		let members = active_community::<T>(1, 1);
		let id = passed_proposals::<T>(&members[0], 1)[0];
		let outcome = ExecutionOutcome::Succeeded;
		assert!(Voting::<T>::do_report_execution(executor::<T>(), COMMUNITY, id, outcome, [7; 32])
			.is_ok());
		assert!(Voting::<T>::do_set_executor(None, COMMUNITY, None).is_ok());
		past_payout_delay::<T>();
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), COMMUNITY, id);

		assert!(!Payments::<T>::contains_key(COMMUNITY, id));
		assert!(!ExecutorBonds::<T>::contains_key(COMMUNITY, executor::<T>()));
	}

	#[benchmark]
	fn dispute_payment() {
		let members = active_community::<T>(1, 1);
		let id = succeeded_job::<T>(&members[0]);

		#[extrinsic_call]
		_(RawOrigin::Signed(members[0].clone()), COMMUNITY, id);

		assert!(Payments::<T>::get(COMMUNITY, id).is_some_and(|p| p.dispute.is_some()));
	}

	/// The dispute loses: the disputer's deposit goes to the pot and the executor is paid.
	#[benchmark]
	fn resolve_dispute() {
		let members = active_community::<T>(1, 1);
		let id = succeeded_job::<T>(&members[0]);
		assert!(Voting::<T>::do_dispute(COMMUNITY, id, members[0].clone()).is_ok());

		#[extrinsic_call]
		_(RawOrigin::Root, COMMUNITY, id, true);

		assert!(!Payments::<T>::contains_key(COMMUNITY, id));
	}

	/// A paid job expires: refund, slash to the pot, and an expired receipt from the bond.
	#[benchmark]
	fn expire_job() {
		let members = active_community::<T>(1, 1);
		let id = passed_proposals::<T>(&members[0], 1)[0];
		let now = frame_system::Pallet::<T>::block_number();
		frame_system::Pallet::<T>::set_block_number(now.saturating_add(T::ExecutionTimeout::get()));
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), COMMUNITY, id);

		assert!(!PendingExecutions::<T>::contains_key(COMMUNITY, id));
		assert!(Receipts::<T>::get(COMMUNITY, id)
			.is_some_and(|r| r.outcome == ExecutionOutcome::Expired));
	}

	/// The caller's vouch is the last of a full list of `w`.
	#[benchmark]
	fn withdraw_vouch(w: Linear<1, { T::MaxWhitelistThreshold::get() }>) {
		let members = active_community::<T>(w, 1);
		let candidate: T::AccountId = account("candidate", 0, SEED);
		for member in &members {
			assert!(Voting::<T>::do_whitelist(COMMUNITY, member.clone(), candidate.clone()).is_ok());
		}
		let voucher = members.last().cloned().unwrap_or_else(|| members[0].clone());

		#[extrinsic_call]
		_(RawOrigin::Signed(voucher.clone()), COMMUNITY, candidate.clone());

		assert!(!Vouches::<T>::get(COMMUNITY, &candidate).iter().any(|v| v.voucher == voucher));
	}

	/// A rejected proposal's outcome, once the retention period is over.
	#[benchmark]
	fn prune_outcome() {
		let members = active_community::<T>(1, 1);
		let id = proposal::<T>(&members[0], T::MaxMetadataLen::get());
		assert!(Voting::<T>::do_close(COMMUNITY, id, true).is_ok());
		past_retention::<T>();
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), COMMUNITY, id);

		assert!(!Outcomes::<T>::contains_key(COMMUNITY, id));
	}

	#[benchmark]
	fn prune_receipt() {
		let members = active_community::<T>(1, 1);
		let id = passed_proposals::<T>(&members[0], 1)[0];
		let outcome = ExecutionOutcome::Failed { exit_code: 1 };
		assert!(Voting::<T>::do_report_execution(executor::<T>(), COMMUNITY, id, outcome, [7; 32])
			.is_ok());
		past_retention::<T>();
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), COMMUNITY, id);

		assert!(!Receipts::<T>::contains_key(COMMUNITY, id));
	}

	#[benchmark]
	fn dissolve_community() {
		let members = active_community::<T>(1, 1);

		#[extrinsic_call]
		_(RawOrigin::Signed(members[0].clone()), COMMUNITY);

		assert!(Communities::<T>::get(COMMUNITY).is_some_and(|c| c.is_dissolving()));
	}

	/// `n` proposal ids, each with an outcome and a receipt (the costliest kind of entry: two
	/// records removed and two deposits returned).
	#[benchmark]
	fn cleanup_community(n: Linear<1, 256>) {
		let members = active_community::<T>(1, 1);
		for _ in 0..n {
			let id = passed_proposals::<T>(&members[0], 1)[0];
			let outcome = ExecutionOutcome::Succeeded;
			assert!(Voting::<T>::do_report_execution(
				executor::<T>(),
				COMMUNITY,
				id,
				outcome,
				[7; 32]
			)
			.is_ok());
			past_payout_delay::<T>();
			// The vote is final after its deadline: it leaves the proposer's record.
			past_deadline::<T>();
			assert!(Voting::<T>::do_claim_payment(COMMUNITY, id).is_ok());
		}
		assert!(Voting::<T>::do_dissolve(None, COMMUNITY).is_ok());
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), COMMUNITY, n);

		assert_eq!(Outcomes::<T>::iter_prefix(COMMUNITY).count(), 0);
		assert_eq!(Receipts::<T>::iter_prefix(COMMUNITY).count(), 0);
	}

	/// One entry of the v0 → v1 migration, the costliest kind: an open proposal with the
	/// longest command, whose proposer's membership is counted up.
	#[benchmark]
	fn migrate_v1_step() {
		use crate::migrations::{v0, v1};
		let proposer: T::AccountId = account("proposer", 0, SEED);
		Members::<T>::insert(
			COMMUNITY,
			&proposer,
			Membership { deposit: 0u32.into(), open_proposals: 0 },
		);
		let metadata: MetadataOf<T> =
			vec![b'x'; T::MaxMetadataLen::get() as usize].try_into().unwrap_or_default();
		v0::Proposals::<T>::insert(
			COMMUNITY,
			0,
			v0::Proposal {
				proposer: proposer.clone(),
				metadata,
				deadline: 1u32.into(),
				aye: 0,
				nay: 0,
				voters: 0,
			},
		);
		let cursor = v1::Cursor { stage: v1::Stage::Proposals, last: None };
		let key;

		#[block]
		{
			key = v1::MigrateToV1::<T>::migrate_next(&cursor);
		}

		assert!(key.is_some());
		assert_eq!(Members::<T>::get(COMMUNITY, &proposer).map(|m| m.open_proposals), Some(1));
	}

	/// One entry of the v1 → v2 migration, the costliest kind: a queued command with the
	/// longest command, whose depositor is read from its outcome.
	#[benchmark]
	fn migrate_v2_step() {
		use crate::migrations::{v1, v2};
		let proposer: T::AccountId = account("proposer", 0, SEED);
		Outcomes::<T>::insert(
			COMMUNITY,
			0,
			ProposalOutcome {
				proposer: proposer.clone(),
				deposit: 0u32.into(),
				passed: true,
				aye: 1,
				nay: 0,
				closed_at: 1u32.into(),
			},
		);
		let command: MetadataOf<T> =
			vec![b'x'; T::MaxMetadataLen::get() as usize].try_into().unwrap_or_default();
		v1::PendingExecutions::<T>::insert(
			COMMUNITY,
			0,
			v1::QueuedCommand { command, deposit: 0u32.into() },
		);
		let cursor = v2::Cursor { stage: v2::Stage::PendingExecutions, last: None };
		let key;

		#[block]
		{
			key = v2::MigrateToV2::<T>::migrate_next(&cursor);
		}

		assert!(key.is_some());
		assert_eq!(PendingExecutions::<T>::get(COMMUNITY, 0).map(|q| q.depositor), Some(proposer));
	}

	/// One entry of the v2 → v3 migration, the costliest kind: an open proposal with the
	/// longest command, split into its record and its tally.
	#[benchmark]
	fn migrate_v3_step() {
		use crate::migrations::{v2, v3};
		let proposer: T::AccountId = account("proposer", 0, SEED);
		let metadata: MetadataOf<T> =
			vec![b'x'; T::MaxMetadataLen::get() as usize].try_into().unwrap_or_default();
		v2::Proposals::<T>::insert(
			COMMUNITY,
			0,
			v2::Proposal {
				proposer,
				action: ProposalAction::Command,
				deposit: ProposalDeposit { command: 0u32.into(), outcome: 0u32.into() },
				metadata,
				deadline: 7u32.into(),
				aye: 3,
				nay: 1,
				voters: 2,
			},
		);
		let cursor = v3::Cursor { stage: v3::Stage::Proposals, last: None };
		let key;

		#[block]
		{
			key = v3::MigrateToV3::<T>::migrate_next(&cursor);
		}

		assert!(key.is_some());
		assert_eq!(
			v3::Tallies::<T>::get(COMMUNITY, 0).map(|t| (t.aye, t.nay, t.voters)),
			Some((3, 1, 2))
		);
	}

	/// One entry of the v3 → v4 migration, the costliest kind: a live vote moved into a
	/// voter's record that it fills.
	#[benchmark]
	fn migrate_v4_step() {
		use crate::migrations::{v3, v4};
		let voter: T::AccountId = account("voter", 0, SEED);
		live_votes::<T>(&voter, T::MaxVotesPerVoter::get().saturating_sub(1));
		let deadline = frame_system::Pallet::<T>::block_number().saturating_add(7u32.into());
		v3::Tallies::<T>::insert(
			COMMUNITY,
			0,
			v3::ProposalTally { deadline, aye: 3, nay: 0, voters: 1 },
		);
		v3::Votes::<T>::insert(
			(COMMUNITY, 0),
			&voter,
			v3::Vote { aye: true, power: 3, cost: T::VotePrice::get().saturating_mul(9u32.into()) },
		);
		// The tallies' stage ran before.
		assert!(v4::MigrateToV4::<T>::migrate_next(&v4::Cursor {
			stage: v4::Stage::Tallies,
			last: None
		})
		.is_some());
		let cursor = v4::Cursor { stage: v4::Stage::Votes, last: None };
		let key;

		#[block]
		{
			key = v4::MigrateToV4::<T>::migrate_next(&cursor);
		}

		assert!(key.is_some());
		let record = Voters::<T>::get(&voter).unwrap_or_else(|| VoterOf::<T>::new(0u32.into()));
		assert_eq!(record.votes.len() as u32, T::MaxVotesPerVoter::get());
	}

	impl_benchmark_test_suite!(Voting, crate::mock::new_test_ext(), crate::mock::Test);
}
