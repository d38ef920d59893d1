//! The agent talks to the chain with dynamic calls and decodes with its own types (see
//! `src/chain.rs`). These tests hold every one of them against the metadata of the runtime
//! itself, built from this workspace, so that they cannot drift from it: each call the agent
//! builds is encoded with the metadata and must decode as the runtime's own `RuntimeCall`, and
//! each runtime API result and event the agent reads is encoded by the runtime's types and must
//! decode into the agent's.

use codec::{Decode, Encode};
use dao_agent::chain;
use dao_runtime::{Runtime, RuntimeCall};
use pallet_consensus::PeerScore;
use pallet_voting::ExecutionOutcome;
use scale_decode::{DecodeAsFields, DecodeAsType, Field};
use sp_runtime::AccountId32;
use subxt::{dynamic::Value, Metadata};

fn metadata() -> Metadata {
	// Metadata reads the constants, the runtime's storage parameters among them.
	let opaque = sp_io::TestExternalities::default()
		.execute_with(|| Runtime::metadata_at_version(16))
		.expect("the runtime serves metadata v16");
	Metadata::decode(&mut &opaque[..]).expect("subxt reads the runtime's metadata")
}

/// Encodes a dynamic call with the metadata and decodes it as the runtime's `RuntimeCall`.
fn as_runtime_call(
	metadata: &Metadata,
	call: &subxt::tx::DynamicPayload<Vec<Value>>,
) -> RuntimeCall {
	let bytes = subxt::ext::frame_decode::extrinsics::encode_call_data(
		call.pallet_name(),
		call.call_name(),
		call.call_data(),
		metadata,
		metadata.types(),
	)
	.unwrap_or_else(|e| panic!("{}.{} encodes: {e}", call.pallet_name(), call.call_name()));
	let decoded = RuntimeCall::decode(&mut &bytes[..]).expect("the runtime decodes the call");
	assert!(bytes.len() == decoded.encoded_size(), "no trailing bytes");
	decoded
}

/// Encodes `value` with the runtime's type and decodes it as the agent's `T`, through the
/// output type of the runtime API method.
fn api_output<T: DecodeAsType>(
	metadata: &Metadata,
	api: &str,
	method: &str,
	value: impl Encode,
) -> T {
	let method_metadata = metadata
		.runtime_api_trait_by_name(api)
		.and_then(|t| t.method_by_name(method))
		.unwrap_or_else(|| panic!("{api}_{method} exists"));
	let bytes = value.encode();
	T::decode_as_type(&mut &bytes[..], method_metadata.output_ty(), metadata.types())
		.unwrap_or_else(|e| panic!("{api}_{method} decodes: {e}"))
}

fn account(byte: u8) -> AccountId32 {
	AccountId32::new([byte; 32])
}

#[test]
fn report_execution_call_is_the_runtimes() {
	let metadata = metadata();
	for (exit_code, outcome) in [
		(0, ExecutionOutcome::Succeeded),
		(3, ExecutionOutcome::Failed { exit_code: 3 }),
		(-2, ExecutionOutcome::Failed { exit_code: -2 }),
	] {
		assert_eq!(
			as_runtime_call(&metadata, &chain::report_execution_call(1, 2, exit_code, [7; 32])),
			RuntimeCall::Voting(pallet_voting::Call::report_execution {
				community: 1,
				proposal: 2,
				outcome,
				output_hash: [7; 32],
			})
		);
	}
}

#[test]
fn consensus_calls_are_the_runtimes() {
	let metadata = metadata();
	let scores = vec![(0u16, 800u16), (3, 10_000)];
	let data: Vec<_> = scores
		.iter()
		.map(|(uid, score)| PeerScore { uid: *uid, score: *score })
		.collect();
	assert_eq!(
		as_runtime_call(&metadata, &chain::submit_scores_call(4, &scores)),
		RuntimeCall::Consensus(pallet_consensus::Call::submit_consensus_data {
			model: 4,
			data: data.try_into().expect("few scores"),
		})
	);
	assert_eq!(
		as_runtime_call(&metadata, &chain::unconfirm_call(4)),
		RuntimeCall::Consensus(pallet_consensus::Call::unconfirm_consensus_data { model: 4 })
	);
}

#[test]
fn voting_api_results_decode_into_the_agents_types() {
	let metadata = metadata();
	let pending: Vec<chain::PendingExecution> = api_output(
		&metadata,
		"VotingApi",
		"pending_executions",
		vec![pallet_voting::PendingExecution {
			proposal: 3,
			command: b"{}".to_vec(),
			budget: 5u128,
			kind: pallet_voting::JobKind::Requested,
		}],
	);
	assert_eq!(
		pending,
		vec![chain::PendingExecution { proposal: 3, command: b"{}".to_vec(), budget: 5 }]
	);

	for (status, expected) in [
		(pallet_voting::JobStatus::Unknown, chain::JobOnChain::Unknown),
		(
			pallet_voting::JobStatus::Queued {
				budget: 4u128,
				kind: pallet_voting::JobKind::Voted,
				expires_at: Some(9u32),
			},
			chain::JobOnChain::Queued { budget: 4 },
		),
		(
			pallet_voting::JobStatus::AwaitingPayout {
				executor: account(1),
				amount: 4,
				claimable_at: 8,
			},
			chain::JobOnChain::AwaitingPayout { executor: [1; 32], amount: 4, claimable_at: 8 },
		),
		(
			pallet_voting::JobStatus::Disputed {
				executor: account(1),
				amount: 4,
				disputer: account(2),
			},
			chain::JobOnChain::Disputed { amount: 4 },
		),
		(
			pallet_voting::JobStatus::Settled {
				outcome: ExecutionOutcome::Expired,
				settlement: pallet_voting::Settlement::Refunded { amount: 4 },
			},
			chain::JobOnChain::Settled { settlement: chain::Settlement::Refunded { amount: 4 } },
		),
		(
			pallet_voting::JobStatus::Settled {
				outcome: ExecutionOutcome::Succeeded,
				settlement: pallet_voting::Settlement::Paid { amount: 4 },
			},
			chain::JobOnChain::Settled { settlement: chain::Settlement::Paid { amount: 4 } },
		),
	] {
		let decoded: chain::JobOnChain = api_output(&metadata, "VotingApi", "job_status", status);
		assert_eq!(decoded, expected);
	}

	let receipt: Option<chain::Receipt> = api_output(
		&metadata,
		"VotingApi",
		"execution_receipt",
		Some(pallet_voting::ExecutionReceipt {
			executor: account(1),
			deposit: 7u128,
			outcome: ExecutionOutcome::Failed { exit_code: -4 },
			output_hash: [2; 32],
			reported_at: 5u32,
			settlement: pallet_voting::Settlement::<u128>::Unpaid,
		}),
	);
	assert_eq!(receipt, Some(chain::Receipt { executor: [1; 32], output_hash: [2; 32] }));

	let community: Option<chain::CommunityExecutor> = api_output(
		&metadata,
		"VotingApi",
		"community",
		Some(pallet_voting::Community {
			creator: account(1),
			deposit: 5u128,
			bootstrap_limit: 2,
			whitelist_threshold: 1,
			status: pallet_voting::CommunityStatus::Active,
			member_count: 2,
			open_proposals: 0,
			next_proposal_id: 4,
			min_turnout: sp_runtime::Percent::from_percent(20),
			executor: Some(account(9)),
			proposed_executor: Some(account(8)),
			pending_executions: 1,
		}),
	);
	assert_eq!(community, Some(chain::CommunityExecutor { executor: Some([9; 32]) }));
}

#[test]
fn consensus_api_results_decode_into_the_agents_types() {
	let metadata = metadata();
	let epoch: u32 = api_output(&metadata, "ConsensusApi", "current_epoch", 12u32);
	assert_eq!(epoch, 12);
	let status: chain::SubmitStatus = api_output(
		&metadata,
		"ConsensusApi",
		"submit_status",
		pallet_consensus::SubmitStatus::Denied(b"InPeerWindow".to_vec()),
	);
	assert_eq!(status, chain::SubmitStatus::Denied(b"InPeerWindow".to_vec()));
	let allowed: chain::SubmitStatus = api_output(
		&metadata,
		"ConsensusApi",
		"submit_status",
		pallet_consensus::SubmitStatus::Allowed,
	);
	assert_eq!(allowed, chain::SubmitStatus::Allowed);
	let peers: Vec<chain::ModelPeer> = api_output(
		&metadata,
		"ConsensusApi",
		"model_peers",
		vec![pallet_consensus::PeerView::<AccountId32, u128, u128> {
			uid: 5,
			account: account(3),
			peer_id: b"peer-c".to_vec(),
			stake: 10,
			joined_epoch: 1,
			result: None,
			unclaimed: pallet_consensus::Owed { native: 1, payment: 2 },
			leaving: false,
		}],
	);
	assert_eq!(
		peers,
		vec![chain::ModelPeer { uid: 5, account: [3; 32], peer_id: b"peer-c".to_vec() }]
	);
	let participation: chain::Participation = api_output(
		&metadata,
		"ConsensusApi",
		"participation",
		pallet_consensus::ParticipationView { submitted: true, unconfirmed: false },
	);
	assert_eq!(participation, chain::Participation { submitted: true, unconfirmed: false });
}

#[test]
fn claim_payment_call_is_the_runtimes() {
	let metadata = metadata();
	assert_eq!(
		as_runtime_call(&metadata, &chain::claim_payment_call(1, 2)),
		RuntimeCall::Voting(pallet_voting::Call::claim_payment { community: 1, job: 2 })
	);
}

/// `event` encoded by the runtime, checked to be the metadata's variant `name` of pallet-voting
/// and decoded as the agent's `T`.
fn voting_event_as<T: DecodeAsFields>(
	metadata: &Metadata,
	event: pallet_voting::Event<Runtime>,
	name: &str,
) -> T {
	let bytes = event.encode();
	let (index, fields) = bytes.split_first().expect("a variant index");
	let variant = metadata
		.pallet_by_name("Voting")
		.and_then(|p| p.event_variant_by_index(*index))
		.expect("the event is in the metadata");
	assert_eq!(variant.name, name);
	let mut field_iter = variant.fields.iter().map(|f| Field::new(f.ty.id, f.name.as_deref()));
	T::decode_as_fields(&mut &fields[..], &mut field_iter, metadata.types())
		.expect("the agent's type decodes the event")
}

#[test]
fn job_queued_event_decodes_into_the_agents_type() {
	let metadata = metadata();
	let event = pallet_voting::Event::<Runtime>::JobQueued {
		community: 1,
		job: 2,
		kind: pallet_voting::JobKind::Requested,
		budget: 3_000_000,
		command: b"{\"v\":1}".to_vec().try_into().expect("short"),
	};
	assert_eq!(
		voting_event_as::<chain::JobQueued>(&metadata, event, "JobQueued"),
		chain::JobQueued {
			community: 1,
			job: 2,
			kind: chain::JobKind::Requested,
			budget: 3_000_000,
			command: b"{\"v\":1}".to_vec()
		}
	);
}

#[test]
fn executor_changed_event_decodes_into_the_agents_type() {
	let metadata = metadata();
	for executor in [Some(account(7)), None] {
		let event = pallet_voting::Event::<Runtime>::ExecutorChanged {
			community: 3,
			executor: executor.clone(),
		};
		let expected: Option<[u8; 32]> = executor.map(|a| a.into());
		assert_eq!(
			voting_event_as::<chain::ExecutorChanged>(&metadata, event, "ExecutorChanged"),
			chain::ExecutorChanged { community: 3, executor: expected }
		);
	}
}
