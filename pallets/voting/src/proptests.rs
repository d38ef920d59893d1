//! Property test: random sequences of every call, by several accounts across several
//! communities, with pots funded and paid jobs. After each step the pallet's and the
//! treasury's invariants (`do_try_state`) hold, every account's holds equal its recorded
//! deposits, a failed call leaves the state untouched, native tokens are created only by
//! contributions (as many as their events say) and the payment asset never; no job is paid
//! twice, and only a job reported `Succeeded` is paid.

use crate::{mock::*, types::*};
use frame_support::{
	dispatch::RawOrigin,
	traits::{fungible::Mutate, tokens::Preservation},
};
use frame_support::{traits::fungibles::Inspect as _, BoundedVec};
use proptest::prelude::*;
use sp_runtime::StateVersion;

#[derive(Debug, Clone)]
enum Op {
	Create {
		who: AccountId,
		community: CommunityId,
		n: u32,
		w: u32,
		executor: Option<AccountId>,
		turnout: Option<u8>,
	},
	AcceptExecutor {
		who: AccountId,
		community: CommunityId,
	},
	PushExecutorChange {
		who: AccountId,
		community: CommunityId,
		executor: Option<AccountId>,
	},
	Join {
		who: AccountId,
		community: CommunityId,
	},
	Whitelist {
		who: AccountId,
		community: CommunityId,
		candidate: AccountId,
	},
	Deregister {
		who: AccountId,
		community: CommunityId,
	},
	Push {
		who: AccountId,
		community: CommunityId,
		len: usize,
	},
	Vote {
		who: AccountId,
		community: CommunityId,
		proposal: ProposalId,
		aye: bool,
		power: u32,
	},
	Modify {
		who: AccountId,
		community: CommunityId,
		proposal: ProposalId,
		aye: bool,
		power: u32,
	},
	Retract {
		who: AccountId,
		community: CommunityId,
		proposal: ProposalId,
	},
	Close {
		who: AccountId,
		community: CommunityId,
		proposal: ProposalId,
	},
	SetBudget {
		who: AccountId,
		budget: u64,
	},
	StartProposing {
		community: CommunityId,
	},
	ForceMember {
		community: CommunityId,
		who: AccountId,
	},
	ForceClose {
		community: CommunityId,
		proposal: ProposalId,
	},
	SetExecutor {
		who: Option<AccountId>,
		community: CommunityId,
		executor: Option<AccountId>,
	},
	Report {
		who: AccountId,
		community: CommunityId,
		proposal: ProposalId,
		exit_code: i32,
	},
	WithdrawVouch {
		who: AccountId,
		community: CommunityId,
		candidate: AccountId,
	},
	PruneOutcome {
		who: AccountId,
		community: CommunityId,
		proposal: ProposalId,
	},
	PruneReceipt {
		who: AccountId,
		community: CommunityId,
		proposal: ProposalId,
	},
	Dissolve {
		who: Option<AccountId>,
		community: CommunityId,
	},
	Cleanup {
		who: AccountId,
		community: CommunityId,
		limit: u32,
	},
	Advance {
		blocks: u64,
	},
	Contribute {
		who: AccountId,
		community: CommunityId,
		amount: Balance,
	},
	PushPaid {
		who: AccountId,
		community: CommunityId,
		budget: Balance,
	},
	RequestJob {
		who: AccountId,
		community: CommunityId,
		budget: Balance,
	},
	Dispute {
		who: AccountId,
		community: CommunityId,
		job: ProposalId,
	},
	Resolve {
		community: CommunityId,
		job: ProposalId,
		pay: bool,
	},
	Claim {
		community: CommunityId,
		job: ProposalId,
	},
	Expire {
		community: CommunityId,
		job: ProposalId,
	},
	/// The executor reports the `pick`-th queued job (of all communities).
	ReportQueued {
		pick: usize,
		exit_code: i32,
	},
	/// `who` disputes the `pick`-th payment.
	DisputePayment {
		who: AccountId,
		pick: usize,
	},
	/// Root decides the `pick`-th payment.
	ResolvePayment {
		pick: usize,
		pay: bool,
	},
	/// Anyone claims the `pick`-th payment.
	ClaimPayment {
		pick: usize,
	},
	Transfer {
		from: AccountId,
		to: AccountId,
		amount: Balance,
	},
}

fn who() -> impl Strategy<Value = AccountId> {
	1u128..=5
}
fn community() -> impl Strategy<Value = CommunityId> {
	1u32..=2
}
fn proposal() -> impl Strategy<Value = ProposalId> {
	0u32..4
}

fn op() -> impl Strategy<Value = Op> {
	prop_oneof![
		1 => (who(), community(), 0u32..4, 0u32..4, proptest::option::of(who()), proptest::option::of(0u8..=100))
			.prop_map(|(who, community, n, w, executor, turnout)| {
				Op::Create { who, community, n, w, executor, turnout }
			}),
		2 => (who(), community()).prop_map(|(who, community)| Op::AcceptExecutor { who, community }),
		1 => (who(), community(), proptest::option::weighted(0.8, who())).prop_map(
			|(who, community, executor)| Op::PushExecutorChange { who, community, executor }
		),
		1 => (proptest::option::of(who()), community(), proptest::option::weighted(0.8, who()))
			.prop_map(|(who, community, executor)| Op::SetExecutor { who, community, executor }),
		4 => (prop_oneof![3 => Just(4), 1 => who()], community(), proposal(), -1i32..3).prop_map(
			|(who, community, proposal, exit_code)| Op::Report { who, community, proposal, exit_code }
		),
		3 => (who(), community()).prop_map(|(who, community)| Op::Join { who, community }),
		2 => (who(), community(), who())
			.prop_map(|(who, community, candidate)| Op::Whitelist { who, community, candidate }),
		1 => (who(), community()).prop_map(|(who, community)| Op::Deregister { who, community }),
		2 => (who(), community(), 0usize..=64)
			.prop_map(|(who, community, len)| Op::Push { who, community, len }),
		5 => (who(), community(), proposal(), any::<bool>(), 0u32..12).prop_map(
			|(who, community, proposal, aye, power)| Op::Vote { who, community, proposal, aye, power }
		),
		2 => (who(), community(), proposal(), any::<bool>(), 0u32..12).prop_map(
			|(who, community, proposal, aye, power)| Op::Modify { who, community, proposal, aye, power }
		),
		1 => (who(), community(), proposal())
			.prop_map(|(who, community, proposal)| Op::Retract { who, community, proposal }),
		2 => (who(), community(), proposal())
			.prop_map(|(who, community, proposal)| Op::Close { who, community, proposal }),
		3 => (who(), 0u64..120).prop_map(|(who, budget)| Op::SetBudget { who, budget }),
		1 => community().prop_map(|community| Op::StartProposing { community }),
		1 => (community(), who()).prop_map(|(community, who)| Op::ForceMember { community, who }),
		1 => (community(), proposal())
			.prop_map(|(community, proposal)| Op::ForceClose { community, proposal }),
		1 => (who(), community(), who()).prop_map(|(who, community, candidate)| {
			Op::WithdrawVouch { who, community, candidate }
		}),
		1 => (who(), community(), proposal())
			.prop_map(|(who, community, proposal)| Op::PruneOutcome { who, community, proposal }),
		1 => (who(), community(), proposal())
			.prop_map(|(who, community, proposal)| Op::PruneReceipt { who, community, proposal }),
		1 => (proptest::option::weighted(0.7, who()), community())
			.prop_map(|(who, community)| Op::Dissolve { who, community }),
		2 => (who(), community(), 0u32..4)
			.prop_map(|(who, community, limit)| Op::Cleanup { who, community, limit }),
		2 => (1u64..25).prop_map(|blocks| Op::Advance { blocks }),
		2 => (who(), community(), 0u64..400)
			.prop_map(|(who, community, amount)| Op::Contribute { who, community, amount }),
		2 => (who(), community(), 0u64..150)
			.prop_map(|(who, community, budget)| Op::PushPaid { who, community, budget }),
		2 => (who(), community(), 0u64..150)
			.prop_map(|(who, community, budget)| Op::RequestJob { who, community, budget }),
		2 => (who(), community(), proposal())
			.prop_map(|(who, community, job)| Op::Dispute { who, community, job }),
		1 => (community(), proposal(), any::<bool>())
			.prop_map(|(community, job, pay)| Op::Resolve { community, job, pay }),
		3 => (community(), proposal()).prop_map(|(community, job)| Op::Claim { community, job }),
		1 => (community(), proposal()).prop_map(|(community, job)| Op::Expire { community, job }),
		1 => (who(), who(), 0u64..120).prop_map(|(from, to, amount)| Op::Transfer { from, to, amount }),
	]
}

fn apply(op: &Op) -> Result<(), sp_runtime::DispatchError> {
	let signed = |who: AccountId| RuntimeOrigin::from(RawOrigin::Signed(who));
	let root = RuntimeOrigin::root;
	match op.clone() {
		Op::Create { who, community, n, w, executor, turnout } => Voting::create_community(
			signed(who),
			community,
			n,
			w,
			executor,
			turnout.map(sp_runtime::Percent::from_percent),
		),
		Op::SetExecutor { who, community, executor } => {
			Voting::set_executor(who.map_or_else(root, signed), community, executor)
		},
		Op::AcceptExecutor { who, community } => Voting::accept_executor(signed(who), community),
		Op::PushExecutorChange { who, community, executor } => Voting::push_executor_proposal(
			signed(who),
			community,
			executor,
			BoundedVec::truncate_from(b"why".to_vec()),
		),
		Op::Report { who, community, proposal, exit_code } => {
			let outcome = if exit_code == 0 {
				ExecutionOutcome::Succeeded
			} else {
				ExecutionOutcome::Failed { exit_code }
			};
			Voting::report_execution(signed(who), community, proposal, outcome, [1; 32])
		},
		Op::Join { who, community } => {
			Voting::join_community(signed(who), community).map(|_| ()).map_err(|e| e.error)
		},
		Op::Whitelist { who, community, candidate } => {
			Voting::whitelist_account(signed(who), community, candidate)
		},
		Op::Deregister { who, community } => Voting::deregister(signed(who), community),
		Op::Push { who, community, len } => Voting::push_proposal(
			signed(who),
			community,
			BoundedVec::truncate_from(vec![b'c'; len]),
			None,
		),
		Op::Vote { who, community, proposal, aye, power } => {
			Voting::vote(signed(who), community, proposal, aye, power)
		},
		Op::Modify { who, community, proposal, aye, power } => {
			Voting::modify_vote(signed(who), community, proposal, aye, power)
		},
		Op::Retract { who, community, proposal } => {
			Voting::retract_vote(signed(who), community, proposal)
		},
		Op::Close { who, community, proposal } => {
			Voting::close_proposal(signed(who), community, proposal)
				.map(|_| ())
				.map_err(|e| e.error)
		},
		Op::SetBudget { who, budget } => Voting::set_vote_budget(signed(who), budget),
		Op::StartProposing { community } => Voting::start_proposing(root(), community),
		Op::ForceMember { community, who } => Voting::force_member(root(), community, who),
		Op::ForceClose { community, proposal } => Voting::force_close(root(), community, proposal)
			.map(|_| ())
			.map_err(|e| e.error),
		Op::WithdrawVouch { who, community, candidate } => {
			Voting::withdraw_vouch(signed(who), community, candidate)
		},
		Op::PruneOutcome { who, community, proposal } => {
			Voting::prune_outcome(signed(who), community, proposal)
		},
		Op::PruneReceipt { who, community, proposal } => {
			Voting::prune_receipt(signed(who), community, proposal)
		},
		Op::Dissolve { who, community } => {
			Voting::dissolve_community(who.map_or_else(root, signed), community)
		},
		Op::Cleanup { who, community, limit } => {
			Voting::cleanup_community(signed(who), community, limit)
				.map(|_| ())
				.map_err(|e| e.error)
		},
		Op::Advance { blocks } => {
			run_to_block(System::block_number() + blocks);
			Ok(())
		},
		Op::Contribute { who, community, amount } => {
			Treasury::contribute(signed(who), community, amount)
		},
		Op::PushPaid { who, community, budget } => Voting::push_proposal(
			signed(who),
			community,
			BoundedVec::truncate_from(b"paid".to_vec()),
			Some(budget),
		),
		Op::RequestJob { who, community, budget } => Voting::request_job(
			signed(who),
			community,
			BoundedVec::truncate_from(b"use".to_vec()),
			budget,
		),
		Op::Dispute { who, community, job } => Voting::dispute_payment(signed(who), community, job),
		Op::Resolve { community, job, pay } => Voting::resolve_dispute(root(), community, job, pay),
		Op::Claim { community, job } => Voting::claim_payment(signed(1), community, job),
		Op::Expire { community, job } => Voting::expire_job(signed(1), community, job),
		Op::ReportQueued { pick, exit_code } => {
			let (community, job) = nth_key(crate::PendingExecutions::<Test>::iter_keys(), pick);
			let executor = crate::Communities::<Test>::get(community).and_then(|c| c.executor);
			let outcome = if exit_code == 0 {
				ExecutionOutcome::Succeeded
			} else {
				ExecutionOutcome::Failed { exit_code }
			};
			Voting::report_execution(
				signed(executor.unwrap_or(4)),
				community,
				job,
				outcome,
				[2; 32],
			)
		},
		Op::DisputePayment { who, pick } => {
			let (community, job) = nth_key(crate::Payments::<Test>::iter_keys(), pick);
			Voting::dispute_payment(signed(who), community, job)
		},
		Op::ResolvePayment { pick, pay } => {
			let (community, job) = nth_key(crate::Payments::<Test>::iter_keys(), pick);
			Voting::resolve_dispute(root(), community, job, pay)
		},
		Op::ClaimPayment { pick } => {
			let (community, job) = nth_key(crate::Payments::<Test>::iter_keys(), pick);
			Voting::claim_payment(signed(1), community, job)
		},
		Op::Transfer { from, to, amount } => {
			<Balances as Mutate<_>>::transfer(&from, &to, amount, Preservation::Expendable)
				.map(|_| ())
		},
	}
}

/// Both communities start active (members 1, 2, 3; executor 4 accepted) with pots that 1
/// and 2 funded, so that random sequences reach votes, closes, paid jobs and payments.
fn funded_communities() {
	let signed = |who: AccountId| RuntimeOrigin::from(RawOrigin::Signed(who));
	for community in [1, 2] {
		let created = Voting::create_community(signed(1), community, 3, 1, Some(4), None);
		assert!(created.is_ok());
		for who in [2, 3] {
			assert!(Voting::join_community(signed(who), community).is_ok());
		}
		assert!(Voting::accept_executor(signed(4), community).is_ok());
		for who in [1, 2] {
			assert!(Treasury::contribute(signed(who), community, 300).is_ok());
		}
	}
}

/// The `pick`-th of `keys` (wrapping), or a key nothing has.
fn nth_key(
	keys: impl Iterator<Item = (CommunityId, ProposalId)>,
	pick: usize,
) -> (CommunityId, ProposalId) {
	let keys: Vec<_> = keys.collect();
	if keys.is_empty() {
		return (1, 0);
	}
	keys[pick % keys.len()]
}

/// Runs `ops` from [`funded_communities`], checking after each one everything the module
/// docs list.
fn check_sequence(ops: &[Op]) -> Result<(), TestCaseError> {
	new_test_ext().execute_with(|| {
		funded_communities();
		let mut issuance = Balances::total_issuance();
		let payment_issuance = Assets::total_issuance(PAYMENT);
		let mut paid = std::collections::BTreeSet::new();
		for op in ops {
			System::reset_events();
			let before = sp_io::storage::root(StateVersion::V1);
			let result = frame_support::storage::with_storage_layer(|| apply(op));
			if result.is_err() {
				prop_assert_eq!(
					before,
					sp_io::storage::root(StateVersion::V1),
					"failed {:?} changed state",
					op
				);
			}
			if let Err(e) = Voting::do_try_state() {
				return Err(TestCaseError::fail(format!("after {op:?}: {e:?}")));
			}
			// Every account's holds equal its recorded deposits, also once it has none.
			let recorded = Voting::recorded_deposits()
				.map_err(|e| TestCaseError::fail(format!("after {op:?}: {e:?}")))?;
			for who in 1..=5 {
				if let Err(e) = Voting::check_deposits_of(&who, &recorded) {
					return Err(TestCaseError::fail(format!("{who} after {op:?}: {e:?}")));
				}
			}
			if let Err(e) = Treasury::do_try_state() {
				return Err(TestCaseError::fail(format!("treasury after {op:?}: {e:?}")));
			}
			for record in System::events() {
				match record.event {
					RuntimeEvent::Treasury(pallet_community_treasury::Event::Contributed {
						native_minted,
						..
					}) => issuance += native_minted,
					RuntimeEvent::Voting(crate::Event::JobPaid { community, job, .. }) => {
						prop_assert!(paid.insert((community, job)), "{community}/{job} paid twice");
						let receipt = crate::Receipts::<Test>::get(community, job);
						prop_assert_eq!(
							receipt.map(|r| r.outcome),
							Some(ExecutionOutcome::Succeeded),
							"a job paid without a success"
						);
					},
					// Ids start again in a community created anew.
					RuntimeEvent::Voting(crate::Event::CommunityDissolved { community }) => {
						paid.retain(|(c, _)| *c != community)
					},
					_ => {},
				}
			}
			prop_assert_eq!(Balances::total_issuance(), issuance);
			prop_assert_eq!(Assets::total_issuance(PAYMENT), payment_issuance);
		}
		Ok(())
	})
}

/// Only the calls that move a job's money, and the executor changes around them.
fn job_op() -> impl Strategy<Value = Op> {
	let executor = || prop_oneof![4 => Just(4), 1 => who()];
	prop_oneof![
		2 => (who(), community(), 0u64..400)
			.prop_map(|(who, community, amount)| Op::Contribute { who, community, amount }),
		3 => (who(), community(), 0u64..250)
			.prop_map(|(who, community, budget)| Op::PushPaid { who, community, budget }),
		2 => (who(), 10u64..60).prop_map(|(who, budget)| Op::SetBudget { who, budget }),
		4 => (who(), community(), proposal(), 1u32..4).prop_map(
			|(who, community, proposal, power)| Op::Vote { who, community, proposal, aye: true, power }
		),
		3 => (community(), proposal())
			.prop_map(|(community, proposal)| Op::ForceClose { community, proposal }),
		3 => (who(), community(), 0u64..150)
			.prop_map(|(who, community, budget)| Op::RequestJob { who, community, budget }),
		5 => (executor(), community(), proposal(), -1i32..2).prop_map(
			|(who, community, proposal, exit_code)| Op::Report { who, community, proposal, exit_code }
		),
		3 => (who(), community(), proposal())
			.prop_map(|(who, community, job)| Op::Dispute { who, community, job }),
		2 => (community(), proposal(), any::<bool>())
			.prop_map(|(community, job, pay)| Op::Resolve { community, job, pay }),
		6 => (community(), proposal()).prop_map(|(community, job)| Op::Claim { community, job }),
		2 => (community(), proposal()).prop_map(|(community, job)| Op::Expire { community, job }),
		1 => (community(), proptest::option::weighted(0.7, executor()))
			.prop_map(|(community, executor)| Op::SetExecutor { who: None, community, executor }),
		2 => (executor(), community()).prop_map(|(who, community)| Op::AcceptExecutor { who, community }),
		3 => (1u64..12).prop_map(|blocks| Op::Advance { blocks }),
		4 => (any::<usize>(), -1i32..2)
			.prop_map(|(pick, exit_code)| Op::ReportQueued { pick, exit_code }),
		2 => (who(), any::<usize>()).prop_map(|(who, pick)| Op::DisputePayment { who, pick }),
		1 => (any::<usize>(), any::<bool>()).prop_map(|(pick, pay)| Op::ResolvePayment { pick, pay }),
		4 => any::<usize>().prop_map(|pick| Op::ClaimPayment { pick }),
	]
}

/// Cases per property: `default`, or the count in `$var` (`make fuzz` runs many more).
fn cases(var: &str, default: u32) -> u32 {
	std::env::var(var).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

proptest! {
	#![proptest_config(ProptestConfig {
		cases: cases("FUZZ_CASES", 500),
		..ProptestConfig::default()
	})]

	#[test]
	fn random_call_sequences_keep_invariants(ops in proptest::collection::vec(op(), 1..40)) {
		check_sequence(&ops)?;
	}

	#[test]
	fn random_job_sequences_pay_only_succeeded_jobs_once(
		ops in proptest::collection::vec(job_op(), 1..60)
	) {
		check_sequence(&ops)?;
	}
}
