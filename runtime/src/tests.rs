//! Runtime-level checks of the pallets' configuration.

use crate::{configs::MaxConsensusWeight, configs::RuntimeBlockWeights, Runtime};
use frame_support::traits::Get;
use pallet_consensus::WeightInfo;

/// pallet-consensus at scale, from the generated weights (ref time plus the runtime's database
/// weights): forming one model's consensus per model size (all peers submitting full rows)
/// against the block and the consensus budget; a full-row submission; a full epoch of
/// submissions of the largest model against the submission window; and `MaxModels` models all
/// due at once. Prints the tables the README quotes:
/// `cargo test --workspace --features runtime-benchmarks consensus_cost -- --nocapture`.
#[test]
fn consensus_cost_at_scale_fits_the_budget() {
	// The epoch schedule is a storage parameter: read it from a (default) genesis state.
	sp_io::TestExternalities::default().execute_with(consensus_cost_at_scale);
}

fn consensus_cost_at_scale() {
	use frame_support::dispatch::DispatchClass;
	type Weights = pallet_consensus::weights::SubstrateWeight<Runtime>;
	type Formation = pallet_consensus::Pallet<Runtime>;
	type C = Runtime;
	let weights = RuntimeBlockWeights::get();
	let block = weights.max_block;
	let budget = MaxConsensusWeight::get();
	let max_peers = <C as pallet_consensus::Config>::MaxModelPeers::get();
	let fundings: u32 = <C as pallet_consensus::Config>::MaxFundingsPerModel::get();
	let ms = |w: frame_support::weights::Weight| w.ref_time() as f64 / 1e9;
	let share =
		|w: frame_support::weights::Weight| 100.0 * w.ref_time() as f64 / block.ref_time() as f64;

	println!("peers (all submitting) | form_consensus (ms) | + {fundings} fundings (ms) | proof (KiB) | share of a block");
	for peers in [16u32, 64, 256, 1024].into_iter().filter(|p| *p <= max_peers) {
		let form = Formation::formation_weight(peers, peers, peers * peers, 0);
		let with_fundings = Formation::formation_weight(peers, peers, peers * peers, fundings);
		println!(
			"{peers:>22} | {:>19.2} | {:>19.2} | {:>11.1} | {:>15.2}%",
			ms(form),
			ms(with_fundings),
			with_fundings.proof_size() as f64 / 1024.0,
			share(with_fundings),
		);
		if peers == 256 {
			assert!(share(with_fundings) <= 2.0, "256 peers within 2% of a block");
		}
		if peers == 1024 {
			assert!(share(with_fundings) <= 10.0, "1,024 peers within 10% of a block");
		}
	}
	let worst = Formation::formation_weight(max_peers, max_peers, max_peers * max_peers, fundings);
	assert!(worst.all_lte(budget), "the largest model must fit in MaxConsensusWeight");

	// A full row: O(entries) work, a constant number of reads.
	let row = Weights::submit_consensus_data(max_peers);
	println!(
		"submit_consensus_data, {max_peers} entries: {:.3} ms, proof {:.1} KiB",
		ms(row),
		row.proof_size() as f64 / 1024.0
	);

	// Submissions against the submission window, at the normal class's share of each block
	// (weight and length) and at most `MaxFreeCallsPerBlock` free calls a block: a full epoch
	// of the largest model (the target) and of `MaxModels` such models at once (what
	// the configuration allows).
	let models = <<C as pallet_consensus::Config>::MaxModels as Get<u32>>::get();
	let normal = weights.get(DispatchClass::Normal).max_total.unwrap_or(block);
	let per_call = row.saturating_add(crate::weights::ExtrinsicBaseWeight::get());
	let by_weight = normal.ref_time() / per_call.ref_time().max(1);
	let full_row = crate::RuntimeCall::Consensus(pallet_consensus::Call::submit_consensus_data {
		model: 0,
		data: frame_support::BoundedVec::truncate_from(
			(0..max_peers)
				.map(|uid| pallet_consensus::PeerScore { uid: uid as u16, score: 10_000 })
				.collect(),
		),
	});
	let length = signed_len(&full_row);
	let normal_length = *crate::configs::RuntimeBlockLength::get().max.get(DispatchClass::Normal);
	let by_length = u64::from(normal_length / length.max(1));
	let cap = u64::from(<<C as pallet_consensus::Config>::MaxFreeCallsPerBlock as Get<u32>>::get());
	let per_block = by_weight.min(by_length).min(cap);
	let window =
		u64::from(crate::configs::EpochLength::get() - crate::configs::PeerChangeWindow::get());
	println!(
		"full-row submission: {:.3} ms with the extrinsic base, {length} bytes → {per_block} per block ({by_weight} by weight, {by_length} by length, cap {cap})",
		ms(per_call)
	);
	for (label, calls) in [
		("the largest model", u64::from(max_peers)),
		("MaxModels models", u64::from(max_peers) * u64::from(models)),
	] {
		let needed = calls.div_ceil(per_block);
		println!(
			"a full epoch of {label}: {calls} submissions → {needed} of the {window} blocks of the submission window ({} to spare)",
			window.saturating_sub(needed)
		);
		assert!(needed < window, "{label}: the submissions fit in the window with room to spare");
	}

	// `MaxModels` models of `MaxModelPeers` peers all due at once, formation and effects
	// (all honest, or every peer penalised over the limit), two ways: the cursor (every
	// model at the one boundary, as much per block as `MaxConsensusWeight` holds: the blocks
	// after the boundary) and staggered boundaries (a model's boundary every
	// `EpochLength / MaxModels` blocks, each model's step alone: the blocks it takes).
	let epoch = u64::from(crate::configs::EpochLength::get());
	let peer_window = u64::from(crate::configs::PeerChangeWindow::get());
	let stride = epoch / u64::from(models).max(1);
	let effects = Weights::apply_penalty_effect().saturating_mul(u64::from(max_peers));
	let honest = Weights::apply_honest_effect().saturating_mul(u64::from(max_peers));
	println!("{models} models × {max_peers} peers | work (ms) | cursor: blocks from the boundary | staggered: blocks per model (boundary every {stride})");
	for (label, per_model) in [
		("all honest", worst.saturating_add(honest)),
		("every peer penalised", worst.saturating_add(effects)),
	] {
		let total = per_model.saturating_mul(u64::from(models));
		let cursor = total.ref_time().div_ceil(budget.ref_time());
		let staggered = per_model.ref_time().div_ceil(budget.ref_time());
		println!("{label} | {:.1} | {cursor} | {staggered}", ms(total));
		if label == "all honest" {
			assert!(cursor <= peer_window, "an honest step ends within the peer window");
		}
	}
}

/// The vote path against a transfer, from the generated weights: each call's weight (ref time
/// plus the runtime's database weights), its ratio to `transfer_keep_alive`'s, and how many fit
/// in a block's normal share with `ExtrinsicBaseWeight` each. Prints the table the README
/// quotes: `cargo test --workspace --features runtime-benchmarks vote_path -- --nocapture`.
/// The consensus epochs' schedule is a storage parameter: 100 and 20 blocks unless a chain
/// spec's genesis sets `:EpochSchedule:` (as the network test's does), and the pallet's epochs
/// and peer window follow it.
#[test]
fn the_epoch_schedule_comes_from_genesis_storage() {
	use crate::configs::{EpochLength, EpochSchedule, PeerChangeWindow};
	type Consensus = pallet_consensus::Pallet<Runtime>;
	sp_io::TestExternalities::default().execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(123);
		assert_eq!((EpochLength::get(), PeerChangeWindow::get()), (100, 20));
		assert_eq!(Consensus::current_epoch(), 1);
		assert!(!Consensus::in_peer_window());

		frame_support::storage::unhashed::put(&EpochSchedule::key(), &(10u32, 4u32));
		assert_eq!((EpochLength::get(), PeerChangeWindow::get()), (10, 4));
		assert_eq!(Consensus::current_epoch(), 12);
		assert!(Consensus::in_peer_window());
		frame_system::Pallet::<Runtime>::set_block_number(124);
		assert!(!Consensus::in_peer_window());
	});
}

/// The app's typed API (`ui/.papi`, PAPI descriptors) is generated from this runtime's
/// metadata and committed: when the runtime's metadata changes, `make ui-descriptors`
/// regenerates it, and this test says so until then.
#[test]
fn the_app_descriptors_are_generated_from_this_runtime() {
	let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../ui/.papi/metadata/dao.scale");
	let committed = std::fs::read(path).expect("ui/.papi/metadata/dao.scale");
	// Metadata reads the constants, the storage parameters among them.
	let metadata = sp_io::TestExternalities::default()
		.execute_with(|| Runtime::metadata_at_version(16))
		.expect("the runtime serves metadata v16");
	assert!(
		committed == *metadata,
		"ui/.papi/metadata/dao.scale ({} bytes) is not this runtime's metadata ({} bytes): run `make ui-descriptors`",
		committed.len(),
		metadata.len()
	);
}

#[test]
fn vote_path_weights_against_a_transfer() {
	use frame_support::dispatch::DispatchClass;
	use pallet_balances::WeightInfo as _;
	use pallet_voting::weights::WeightInfo as _;
	type Voting = pallet_voting::weights::SubstrateWeight<Runtime>;
	type Balances = crate::weights::pallet_balances::WeightInfo<Runtime>;
	let weights = RuntimeBlockWeights::get();
	let base = crate::weights::ExtrinsicBaseWeight::get().ref_time();
	let normal = weights
		.get(DispatchClass::Normal)
		.max_total
		.unwrap_or(weights.max_block)
		.ref_time();
	let transfer = Balances::transfer_keep_alive().ref_time();
	let per_block = |w: u64| normal / (base + w);
	println!("call | weight (µs) | × transfer | per block (normal share, base included)");
	let rows = [
		("balances::transfer_keep_alive", transfer),
		("voting::vote", Voting::vote().ref_time()),
		("voting::modify_vote", Voting::modify_vote().ref_time()),
		("voting::retract_vote", Voting::retract_vote().ref_time()),
		("voting::set_vote_budget", Voting::set_vote_budget().ref_time()),
	];
	for (name, w) in rows {
		println!(
			"{name} | {:.1} | {:.2} | {}",
			w as f64 / 1e6,
			w as f64 / transfer as f64,
			per_block(w)
		);
	}
	// Issue 14's target: a vote and a change of vote weigh at most two transfers.
	for (name, w) in [("vote", Voting::vote()), ("modify_vote", Voting::modify_vote())] {
		assert!(
			w.ref_time() <= transfer.saturating_mul(2),
			"{name} weighs {} ps, more than 2 × transfer_keep_alive ({transfer} ps)",
			w.ref_time()
		);
	}
}

/// `call` as a signed transaction (sr25519 signature, mortal as wallets send them, tip 0): its
/// length is what the length fee is charged on, and its extensions add their weight.
fn signed(call: &crate::RuntimeCall) -> crate::UncheckedExtrinsic {
	use sp_runtime::{generic::Era, MultiAddress, MultiSignature};
	let extension: crate::TxExtension = (
		frame_system::AuthorizeCall::new(),
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(Era::mortal(64, 1)),
		frame_system::CheckNonce::from(0),
		frame_system::CheckWeight::new(),
		pallet_transaction_payment::ChargeTransactionPayment::from(0),
		frame_metadata_hash_extension::CheckMetadataHash::new(false),
		pallet_consensus::extension::CheckConsensusSubmission::new(),
		frame_system::WeightReclaim::new(),
	);
	let signature = MultiSignature::Sr25519(sp_core::sr25519::Signature::from_raw([0; 64]));
	crate::UncheckedExtrinsic::new_signed(
		call.clone(),
		MultiAddress::Id(crate::AccountId::new([1; 32])),
		signature,
		extension,
	)
}

/// The encoded length of `call` as a signed transaction.
fn signed_len(call: &crate::RuntimeCall) -> u32 {
	use codec::Encode;
	signed(call).encoded_size() as u32
}

/// The fee of `call` as a signed transaction at multiplier 1 (a fresh chain), as
/// `payment_queryInfo` reports it: length, the call's weight and its extensions' weight.
fn fee_of(call: &crate::RuntimeCall) -> crate::Balance {
	use sp_runtime::BuildStorage;
	let storage = frame_system::GenesisConfig::<Runtime>::default()
		.build_storage()
		.expect("system genesis builds");
	sp_io::TestExternalities::new(storage).execute_with(|| {
		crate::TransactionPayment::query_info(signed(call), signed_len(call)).partial_fee
	})
}

/// `amount` in DAO with three decimals, for the printed tables.
fn dao(amount: crate::Balance) -> String {
	use crate::units::{MILLI_UNIT, UNIT};
	format!("{}.{:03}", amount / UNIT, (amount % UNIT) / MILLI_UNIT)
}

/// The prices that make the chain safe in public: writing 1 GiB of state holds over 1,000,000
/// DAO, 1 GiB of block data costs over 100,000 DAO in fees, and a transfer still costs a small
/// fraction of a token. Prints the figures the README quotes:
/// `cargo test --workspace --features runtime-benchmarks chain_prices -- --nocapture`.
#[test]
fn chain_prices() {
	use crate::{
		units::{deposit, UNIT},
		Balance, RuntimeCall,
	};
	use sp_runtime::MultiAddress;
	const GIB: u32 = 1 << 30;

	let state = deposit(0, GIB);
	let block_data = crate::TransactionPayment::length_to_fee(GIB);
	let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_allow_death {
		dest: MultiAddress::Id(crate::AccountId::new([2; 32])),
		value: UNIT,
	});
	let transfer_fee = fee_of(&transfer);
	let remark_fee = fee_of(&RuntimeCall::System(frame_system::Call::remark {
		remark: alloc::vec![0u8; 1 << 20],
	}));
	println!("1 GiB of state holds             {} DAO", dao(state));
	println!("1 GiB of block data costs        {} DAO in fees", dao(block_data));
	println!("a 1 MiB system.remark costs      {} DAO (was 0.012)", dao(remark_fee));
	println!(
		"a transfer costs                 {} DAO ({} bytes)",
		dao(transfer_fee),
		signed_len(&transfer)
	);

	assert!(state >= 1_000_000 * UNIT, "1 GiB of state must hold at least 1,000,000 DAO");
	assert!(block_data >= 100_000 * UNIT, "1 GiB of block data must cost at least 100,000 DAO");
	assert!(remark_fee >= 100 * UNIT, "1 MiB of block data must cost at least 100 DAO");
	let (low, high): (Balance, Balance) = (UNIT / 1_000, UNIT / 10);
	assert!(
		(low..high).contains(&transfer_fee),
		"a transfer must cost a small fraction of a token: {}",
		dao(transfer_fee)
	);
}

/// Test externalities in which every dev account holds the development preset's endowment.
fn dev_ext() -> sp_io::TestExternalities {
	use sp_runtime::BuildStorage;
	let endowment = crate::genesis_config_presets::ENDOWMENT;
	let balances = sp_keyring::Sr25519Keyring::iter()
		.map(|k| (k.to_account_id(), endowment))
		.collect::<alloc::vec::Vec<_>>();
	let mut storage = frame_system::GenesisConfig::<Runtime>::default()
		.build_storage()
		.expect("system genesis builds");
	pallet_balances::GenesisConfig::<Runtime> { balances, ..Default::default() }
		.assimilate_storage(&mut storage)
		.expect("balances genesis builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| frame_system::Pallet::<Runtime>::set_block_number(1));
	ext
}

/// What each pallet-voting action costs in fees (at multiplier 1) and holds as deposit at the
/// runtime's prices, and the attack vectors measured against c923fc3 with their new cost.
/// Prints the README's "Costs and deposits" table:
/// `cargo test --workspace --features runtime-benchmarks costs_and_deposits -- --nocapture`.
#[test]
fn costs_and_deposits() {
	use crate::{
		units::{DEPOSIT_PER_BYTE, DEPOSIT_PER_ITEM},
		AccountId, Balance, RuntimeCall, RuntimeOrigin, Voting,
	};
	use frame_support::traits::fungible::InspectHold;
	use pallet_voting::{Call as VotingCall, HoldReason, Proposal, ProposalDeposit};
	use sp_keyring::Sr25519Keyring;

	dev_ext().execute_with(|| {
		let alice: AccountId = Sr25519Keyring::Alice.to_account_id();
		let bob: AccountId = Sr25519Keyring::Bob.to_account_id();
		let voting = |call: VotingCall<crate::Runtime>| RuntimeCall::Voting(call);
		let command: pallet_voting::MetadataOf<crate::Runtime> =
			alloc::vec![b'x'; 1024].try_into().expect("1 KiB fits MaxMetadataLen");
		let open = Proposal {
			proposer: alice.clone(),
			action: pallet_voting::ProposalAction::PaidCommand {
				budget: crate::units::PAYMENT_UNIT,
			},
			deposit: ProposalDeposit { command: 0, outcome: 0 },
			metadata: command.clone(),
		};
		let proposal = Voting::proposal_deposit(1, 0, &open);
		let requested = pallet_voting::QueuedCommand {
			command: command.clone(),
			kind: pallet_voting::JobKind::Requested,
			depositor: alice.clone(),
			deposit: 0,
			budget: crate::units::PAYMENT_UNIT,
			queued_at: 0,
		};
		let create =
			Voting::community_deposit(1).saturating_add(Voting::membership_deposit(1, &alice));
		let membership = Voting::membership_deposit(1, &bob);
		let rows: alloc::vec::Vec<(&str, RuntimeCall, Balance, &str)> = alloc::vec![
			(
				"voting.createCommunity",
				voting(VotingCall::create_community {
					community: 1,
					bootstrap_limit: 1024,
					whitelist_threshold: 1,
					executor: None,
					min_turnout: None,
				}),
				create,
				"dissolveCommunity + cleanupCommunity",
			),
			(
				"voting.joinCommunity",
				voting(VotingCall::join_community { community: 1 }),
				membership,
				"deregister",
			),
			(
				"voting.whitelistAccount",
				voting(VotingCall::whitelist_account { community: 1, candidate: bob.clone() }),
				Voting::vouch_deposit(1, &bob),
				"the candidate joins, withdrawVouch",
			),
			(
				"voting.pushProposal (1 KiB command, 1 dUSD budget)",
				voting(VotingCall::push_proposal {
					community: 1,
					metadata: command.clone(),
					budget: Some(crate::units::PAYMENT_UNIT),
				}),
				proposal.command.saturating_add(proposal.outcome),
				"closeProposal (or the receipt) + pruneOutcome",
			),
			(
				"voting.setVoteBudget (the first: opens the voting record)",
				voting(VotingCall::set_vote_budget { budget: 100 * crate::units::UNIT }),
				Voting::voter_deposit(&bob),
				"setVoteBudget(0) with no live vote (the budget itself is a freeze)",
			),
			(
				"voting.vote",
				voting(VotingCall::vote { community: 1, proposal: 0, aye: true, power: 3 }),
				0,
				"(commits power² DAO of the budget until the deadline; retractVote)",
			),
			(
				"voting.reportExecution",
				voting(VotingCall::report_execution {
					community: 1,
					proposal: 0,
					outcome: pallet_voting::ExecutionOutcome::Succeeded,
					output_hash: [0; 32],
				}),
				Voting::receipt_deposit(1, 0),
				"pruneReceipt",
			),
			(
				"voting.acceptExecutor",
				voting(VotingCall::accept_executor { community: 1 }),
				crate::configs::ExecutorBond::get(),
				"(the bond) leaving the role with no payment to settle",
			),
			(
				"voting.requestJob (1 KiB command)",
				voting(VotingCall::request_job {
					community: 1,
					command: command.clone(),
					budget: crate::units::PAYMENT_UNIT,
				}),
				Voting::job_deposit(1, 0, &requested),
				"the receipt (or the expiry)",
			),
			(
				"voting.disputePayment",
				voting(VotingCall::dispute_payment { community: 1, job: 0 }),
				crate::configs::DisputeDeposit::get(),
				"the decision (to the pot if the dispute loses)",
			),
			(
				"voting.claimPayment",
				voting(VotingCall::claim_payment { community: 1, job: 0 }),
				0,
				"",
			),
			("voting.expireJob", voting(VotingCall::expire_job { community: 1, job: 0 }), 0, "",),
		];
		let treasury =
			|call: pallet_community_treasury::Call<crate::Runtime>| RuntimeCall::Treasury(call);
		let dusd = 100 * crate::units::PAYMENT_UNIT;
		let mut rows = rows;
		rows.push((
			"treasury.contribute (first: opens the pot)",
			treasury(pallet_community_treasury::Call::contribute { community: 1, amount: dusd }),
			crate::Treasury::pot_deposit(1)
				.saturating_add(crate::Treasury::position_deposit(1, &alice)),
			"the last withdraw (position; the pot record when it is empty)",
		));
		rows.push((
			"treasury.contribute (a member's first)",
			treasury(pallet_community_treasury::Call::contribute { community: 1, amount: dusd }),
			crate::Treasury::position_deposit(1, &bob),
			"withdrawing all its shares",
		));
		rows.push((
			"treasury.withdraw",
			treasury(pallet_community_treasury::Call::withdraw { community: 1, shares: dusd }),
			0,
			"",
		));
		println!("| action | fee | holds | returned by |");
		println!("| --- | --- | --- | --- |");
		for (name, call, held, back) in &rows {
			println!("| `{name}` | {} DAO | {} DAO | {back} |", dao(fee_of(call)), dao(*held));
		}
		println!(
			"| (the proposal part / the outcome part) | | {} / {} DAO | |",
			dao(proposal.command),
			dao(proposal.outcome)
		);
		// Joining charges the weight of the vouches the candidate really had.
		let join = voting(VotingCall::join_community { community: 1 });
		let joined = {
			use frame_support::dispatch::{GetDispatchInfo, Pays, PostDispatchInfo};
			use pallet_voting::WeightInfo;
			type Weights = pallet_voting::weights::SubstrateWeight<crate::Runtime>;
			let info = signed(&join).get_dispatch_info();
			let post = PostDispatchInfo {
				actual_weight: Some(
					Weights::join_community(0).saturating_add(info.extension_weight),
				),
				pays_fee: Pays::Yes,
			};
			crate::TransactionPayment::compute_actual_fee(signed_len(&join), &info, &post, 0)
		};
		println!(
			"| `voting.joinCommunity`, no vouches (after the refund) | {} DAO | | |",
			dao(joined)
		);
		assert!(joined < fee_of(&join));

		// A budget never locks the voter out: what it may not freeze pays for getting it back.
		let retract = voting(VotingCall::retract_vote { community: 1, proposal: 0 });
		let release = voting(VotingCall::set_vote_budget { budget: 0 });
		let get_back = fee_of(&retract).saturating_add(fee_of(&release));
		let reserve = crate::configs::VoteFeeReserve::get();
		println!(
			"retract + setVoteBudget(0): {} DAO of the {} DAO fee reserve",
			dao(get_back),
			dao(reserve)
		);
		assert!(get_back.saturating_mul(2) <= reserve, "the reserve pays both, twice over");

		// Before: a community for 0.0012 DAO in fees and nothing held, N = u32::MAX.
		assert_eq!(
			Voting::create_community(
				RuntimeOrigin::signed(alice.clone()),
				1,
				u32::MAX,
				1,
				None,
				None
			),
			Err(pallet_voting::Error::<crate::Runtime>::BootstrapLimitTooHigh.into())
		);
		// Now a community holds over 0.4 DAO (two records of a tenth of a token each and 0.001
		// DAO per byte): about 2 per DAO instead of ~820.
		assert!(create >= 2 * DEPOSIT_PER_ITEM + 200 * DEPOSIT_PER_BYTE);
		frame_support::assert_ok!(Voting::create_community(
			RuntimeOrigin::signed(alice.clone()),
			1,
			1024,
			1,
			None,
			None
		));
		let held = crate::Balances::total_balance_on_hold(&alice);
		assert_eq!(held, create);
		// Before: joining a bootstrapping community for 0.0031 DAO and nothing held.
		frame_support::assert_ok!(Voting::join_community(RuntimeOrigin::signed(bob.clone()), 1));
		assert!(membership >= DEPOSIT_PER_ITEM + 100 * DEPOSIT_PER_BYTE);
		assert_eq!(
			crate::Balances::balance_on_hold(&HoldReason::Membership.into(), &bob),
			membership
		);
		// Before: 1 KiB of command with no deposit; now per byte of it, on top of the record.
		assert!(proposal.command >= 1024 * DEPOSIT_PER_BYTE);
	});
}

/// pallet-voting's v0 → v1 → v2 → v3 → v4 migrations run through `pallet-migrations` as the
/// runtime wires them: an upgrade starts them, blocks step them (transactions wait), and they
/// end at version 4 with every record translated.
#[test]
fn the_voting_migration_runs_through_pallet_migrations() {
	use crate::{MultiBlockMigrations, Voting};
	use frame_support::{
		migrations::MultiStepMigrator,
		traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
	};
	use pallet_voting::migrations::v0;
	type Migrator = <Runtime as frame_system::Config>::MultiBlockMigrator;

	dev_ext().execute_with(|| {
		let alice: crate::AccountId = sp_keyring::Sr25519Keyring::Alice.to_account_id();
		StorageVersion::new(0).put::<Voting>();
		v0::Communities::<Runtime>::insert(
			1,
			v0::Community {
				creator: alice.clone(),
				bootstrap_limit: 1,
				whitelist_threshold: 1,
				status: pallet_voting::CommunityStatus::Active,
				member_count: 1,
				open_proposals: 1,
				next_proposal_id: 2,
				executor: None,
				pending_executions: 1,
			},
		);
		v0::Members::<Runtime>::insert(1, &alice, ());
		v0::Outcomes::<Runtime>::insert(
			1,
			0,
			v0::ProposalOutcome { passed: true, aye: 1, nay: 0, closed_at: 3 },
		);
		let command: pallet_voting::MetadataOf<Runtime> =
			b"run".to_vec().try_into().expect("short");
		v0::PendingExecutions::<Runtime>::insert(1, 0, command.clone());
		v0::Proposals::<Runtime>::insert(
			1,
			1,
			v0::Proposal {
				proposer: alice.clone(),
				metadata: command.clone(),
				deadline: 50,
				aye: 0,
				nay: 0,
				voters: 0,
			},
		);
		assert!(!Migrator::ongoing());

		MultiBlockMigrations::on_runtime_upgrade();
		let mut blocks = 0;
		while Migrator::ongoing() {
			Migrator::step();
			blocks += 1;
			assert!(blocks < 10, "the migration ends");
		}
		assert!(blocks >= 1);
		assert_eq!(Voting::on_chain_storage_version(), StorageVersion::new(4));
		// The one open proposal gets the first serial number.
		assert_eq!(
			pallet_voting::Tallies::<Runtime>::get(1, 1),
			Some(pallet_voting::ProposalTally::open_until(0, 50))
		);
		assert_eq!(pallet_voting::NextProposalSerial::<Runtime>::get(), 1);
		assert_eq!(
			pallet_voting::Proposals::<Runtime>::get(1, 1).map(|open| open.metadata),
			Some(command.clone())
		);
		assert_eq!(
			pallet_voting::PendingExecutions::<Runtime>::get(1, 0),
			Some(pallet_voting::QueuedCommand {
				command,
				kind: pallet_voting::JobKind::Voted,
				depositor: alice.clone(),
				deposit: 0,
				budget: 0,
				queued_at: 3,
			})
		);
		let community = pallet_voting::Communities::<Runtime>::get(1).expect("migrated");
		assert_eq!((community.creator, community.deposit), (alice.clone(), 0));
		assert_eq!(
			pallet_voting::Members::<Runtime>::get(1, &alice),
			Some(pallet_voting::Membership { deposit: 0, open_proposals: 1 })
		);
	});
}

/// `a` with `b` merged over it, as the node merges a preset over the default genesis config.
fn merge(a: &mut serde_json::Value, b: serde_json::Value) {
	match (a, b) {
		(serde_json::Value::Object(a), serde_json::Value::Object(b)) => {
			for (key, value) in b {
				merge(a.entry(key).or_insert(serde_json::Value::Null), value);
			}
		},
		(a, b) => *a = b,
	}
}

/// Test externalities built from the `development` preset, as `--dev` builds them.
fn preset_ext(preset: &str) -> sp_io::TestExternalities {
	let mut config = serde_json::to_value(crate::RuntimeGenesisConfig::default())
		.expect("the default genesis config serializes");
	let patch =
		crate::genesis_config_presets::get_preset(&preset.into()).expect("the preset exists");
	merge(&mut config, serde_json::from_slice(&patch).expect("the preset is JSON"));
	let json = serde_json::to_vec(&config).expect("serializes");
	let mut ext = sp_io::TestExternalities::new_empty();
	ext.execute_with(|| {
		frame_support::genesis_builder_helper::build_state::<crate::RuntimeGenesisConfig>(json)
			.expect("the preset builds");
		frame_system::Pallet::<Runtime>::set_block_number(1);
	});
	ext
}

/// The treasury as the runtime wires it, from the development preset: the payment asset is
/// there and endowed; a newcomer who holds only dUSD (and a little DAO for the membership
/// deposit) contributes, votes with the minted tokens, cannot withdraw while its vote is live
/// or its budget freezes them, and gets its dUSD back afterwards with the native issuance where
/// it started.
#[test]
fn the_treasury_funds_votes_in_the_runtime() {
	use crate::{
		genesis_config_presets::PAYMENT_ENDOWMENT,
		units::{PAYMENT_ASSET_ID, PAYMENT_MIN_BALANCE, PAYMENT_UNIT, UNIT},
		AccountId, Assets, Balances, RuntimeOrigin, Treasury, Voting,
	};
	use frame_support::{
		assert_noop, assert_ok,
		traits::fungibles::{metadata::Inspect as _, Inspect as _},
	};
	use sp_keyring::Sr25519Keyring;

	for preset in
		[sp_genesis_builder::DEV_RUNTIME_PRESET, sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET]
	{
		preset_ext(preset).execute_with(|| {
			let alice: AccountId = Sr25519Keyring::Alice.to_account_id();
			let bob: AccountId = Sr25519Keyring::Bob.to_account_id();
			assert_eq!(Assets::symbol(PAYMENT_ASSET_ID), b"dUSD".to_vec());
			assert_eq!(Assets::decimals(PAYMENT_ASSET_ID), 6);
			assert_eq!(Assets::balance(PAYMENT_ASSET_ID, &bob), PAYMENT_ENDOWMENT);
			assert_eq!(Assets::minimum_balance(PAYMENT_ASSET_ID), PAYMENT_MIN_BALANCE);

			// 2 DAO for its deposits (membership, voter, pot and position).
			let newcomer = AccountId::new([7; 32]);
			assert_ok!(Balances::transfer_keep_alive(
				RuntimeOrigin::signed(alice.clone()),
				newcomer.clone().into(),
				2 * UNIT
			));
			assert_ok!(Assets::transfer(
				RuntimeOrigin::signed(alice.clone()),
				PAYMENT_ASSET_ID.into(),
				newcomer.clone().into(),
				200 * PAYMENT_UNIT
			));
			assert_ok!(Voting::create_community(
				RuntimeOrigin::signed(alice.clone()),
				1,
				2,
				1,
				None,
				None
			));
			assert_noop!(
				Treasury::contribute(
					RuntimeOrigin::signed(newcomer.clone()),
					1,
					100 * PAYMENT_UNIT
				),
				pallet_community_treasury::Error::<Runtime>::NotMember
			);
			assert_ok!(Voting::join_community(RuntimeOrigin::signed(newcomer.clone()), 1));

			let issuance = Balances::total_issuance();
			assert_ok!(Treasury::contribute(
				RuntimeOrigin::signed(newcomer.clone()),
				1,
				100 * PAYMENT_UNIT
			));
			let pot = Treasury::pot_account(1);
			assert_eq!(Assets::balance(PAYMENT_ASSET_ID, &pot), 100 * PAYMENT_UNIT);
			let valued = 100 * PAYMENT_UNIT - PAYMENT_MIN_BALANCE;
			let minted = valued * (UNIT / PAYMENT_UNIT);
			assert_eq!(Balances::total_issuance(), issuance + minted);
			let position = Treasury::position_view(1, &newcomer).expect("a position");
			assert_eq!(
				(position.shares, position.credits, position.value),
				(valued, valued, valued)
			);

			// 99.99 DAO minted: power 9 (81 DAO) is now within reach, which 2 DAO were not.
			assert_ok!(Voting::push_proposal(
				RuntimeOrigin::signed(alice.clone()),
				1,
				b"run".to_vec().try_into().expect("fits"),
				None
			));
			assert_ok!(Voting::set_vote_budget(RuntimeOrigin::signed(newcomer.clone()), 81 * UNIT));
			assert_ok!(Voting::vote(RuntimeOrigin::signed(newcomer.clone()), 1, 0, true, 9));
			assert_noop!(
				Treasury::withdraw(RuntimeOrigin::signed(newcomer.clone()), 1, valued),
				pallet_community_treasury::Error::<Runtime>::OutstandingVotes
			);
			let deadline = 1 + crate::configs::VotingPeriod::get();
			frame_system::Pallet::<Runtime>::set_block_number(deadline);
			assert_ok!(Voting::close_proposal(RuntimeOrigin::signed(bob.clone()), 1, 0));
			assert_noop!(
				Treasury::withdraw(RuntimeOrigin::signed(newcomer.clone()), 1, valued),
				pallet_community_treasury::Error::<Runtime>::NativeTokensFrozen
			);
			assert_ok!(Voting::set_vote_budget(RuntimeOrigin::signed(newcomer.clone()), 0));
			assert_ok!(Treasury::withdraw(RuntimeOrigin::signed(newcomer.clone()), 1, valued));

			assert_eq!(Balances::total_issuance(), issuance);
			assert_eq!(
				Assets::balance(PAYMENT_ASSET_ID, &newcomer),
				200 * PAYMENT_UNIT - PAYMENT_MIN_BALANCE
			);
			assert_eq!(Assets::balance(PAYMENT_ASSET_ID, &pot), PAYMENT_MIN_BALANCE);
			assert_eq!(Treasury::pot_view(1), None);
		});
	}
}

/// A community funds a model's peers from its pot through a passed proposal, in the runtime:
/// the money reaches pallet-consensus's funding account of the model, `ConsensusApi`'s view
/// shows the community as its funder, and a second passed proposal returns what is left.
#[test]
fn a_community_funds_a_model_and_takes_the_rest_back() {
	use crate::{
		units::{PAYMENT_ASSET_ID, PAYMENT_MIN_BALANCE, PAYMENT_UNIT},
		AccountId, Assets, Consensus, RuntimeOrigin, Treasury, Voting,
	};
	use frame_support::{assert_ok, traits::fungibles::Inspect as _};
	use sp_keyring::Sr25519Keyring;

	preset_ext(sp_genesis_builder::DEV_RUNTIME_PRESET).execute_with(|| {
		let alice: AccountId = Sr25519Keyring::Alice.to_account_id();
		let bob: AccountId = Sr25519Keyring::Bob.to_account_id();
		let path = b"models/llm".to_vec().try_into().expect("short");
		assert_ok!(Consensus::register_model(RuntimeOrigin::root(), path));
		assert_ok!(Voting::create_community(
			RuntimeOrigin::signed(alice.clone()),
			1,
			2,
			1,
			None,
			None
		));
		assert_ok!(Voting::join_community(RuntimeOrigin::signed(bob.clone()), 1));
		assert_ok!(Treasury::contribute(
			RuntimeOrigin::signed(alice.clone()),
			1,
			100 * PAYMENT_UNIT + PAYMENT_MIN_BALANCE
		));
		// Root closes early, so each vote stays committed to its deadline: a budget for two.
		assert_ok!(Voting::set_vote_budget(
			RuntimeOrigin::signed(bob.clone()),
			2 * crate::configs::VotePrice::get()
		));
		let issuance = Assets::total_issuance(PAYMENT_ASSET_ID);
		let decide = |amount: Option<u128>, epochs: u32| {
			let id = pallet_voting::Communities::<Runtime>::get(1)
				.expect("community")
				.next_proposal_id;
			let why = b"pay the hosts".to_vec().try_into().expect("short");
			assert_ok!(Voting::push_model_funding_proposal(
				RuntimeOrigin::signed(alice.clone()),
				1,
				0,
				amount,
				epochs,
				why
			));
			assert_ok!(Voting::vote(RuntimeOrigin::signed(bob.clone()), 1, id, true, 1));
			assert_ok!(Voting::force_close(RuntimeOrigin::root(), 1, id));
		};

		decide(Some(30 * PAYMENT_UNIT), 10);
		let view = Consensus::funding_view(0);
		assert_eq!(view.balance, 30 * PAYMENT_UNIT);
		assert_eq!(
			view.fundings,
			vec![pallet_consensus::ModelFunding {
				community: 1,
				remaining: 30 * PAYMENT_UNIT,
				epochs_left: 10
			}]
		);
		assert_eq!(Assets::balance(PAYMENT_ASSET_ID, &view.account), 30 * PAYMENT_UNIT);
		assert_eq!(Treasury::pot_view(1).expect("pot").value, 70 * PAYMENT_UNIT);

		decide(None, 0);
		assert!(Consensus::funding_view(0).fundings.is_empty());
		assert_eq!(Treasury::pot_view(1).expect("pot").value, 100 * PAYMENT_UNIT);
		assert_eq!(Assets::total_issuance(PAYMENT_ASSET_ID), issuance);
	});
}
