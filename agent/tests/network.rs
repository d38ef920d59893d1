//! End-to-end on a real network: the four validators of `network/local.toml` (Aura + GRANDPA,
//! 6 s slots), the executor agent on a node that stays up, and faults. In order:
//!
//! 1. all four validators author blocks and the network finalizes them;
//! 2. one validator is killed: finality continues, and a proposal voted and closed meanwhile is
//!    run once by the agent, its receipt finalized;
//! 3. it restarts on its base path, catches up with the finalized head, and its state root at a
//!    finalized height equals the others';
//! 4. two validators are killed: block production continues, finality stalls (2 of 4 is below
//!    GRANDPA's 2/3 + 1), and a proposal closed in a block that is not finalized is not run;
//! 5. one restarts: finality resumes, nothing finalized before is reverted, and the job of step 4
//!    runs once;
//! 6. a live runtime upgrade (`sudo(system.set_code)`) to the same runtime with
//!    `spec_version + 1`: every node runs it, the communities, proposals, votes, freezes, holds,
//!    models and pots written before are unchanged, and new calls (and the agent) work.
//!
//! Each step prints how long it took (`network: ...`), the README's figures. One test, one
//! network: four nodes on two cores take a while to start, and the steps build on each other.

mod support;

use std::{
	collections::BTreeSet,
	time::{Duration, Instant},
};
use subxt::dynamic::Value;
use subxt_signer::sr25519::dev;
use support::{
	dao::*,
	network::*,
	node::{register_model, submit, Client},
	script, wait_until, Agent,
};

/// The validators of `local_testnet`, in the order of its Aura authorities.
const VALIDATORS: [&str; 4] = ["alice", "bob", "charlie", "dave"];
const WAIT: Duration = Duration::from_secs(180);

fn figure(what: &str, took: Duration) {
	eprintln!("network: {what}: {:.1} s", took.as_secs_f64());
}

/// Waits until every running validator has finalized block `number`.
async fn all_finalized(net: &Network, number: u64) -> Duration {
	let start = Instant::now();
	for validator in net.validators.iter().filter(|v| v.is_running()) {
		let url = validator.url();
		wait_until(
			&format!("{} to finalize #{number}", validator.name),
			WAIT,
			|| net.logs(),
			|| async { (finalized(&url).await >= number).then_some(()) },
		)
		.await;
	}
	start.elapsed()
}

/// The executor's environment: the `append` program and a config for community 1 that
/// connects to `url`.
struct Executor {
	dir: tempfile::TempDir,
}

impl Executor {
	fn new(url: &str) -> Self {
		let dir = tempfile::tempdir().expect("temp dir");
		let program = script(
			dir.path(),
			"append.sh",
			r#"input=$(cat); printf '%s\n' "$input" >> "$1"; printf 'ran %s' "$input""#,
		);
		let config = format!(
			"url = \"{url}\"\n\n[executor]\ncommunities = [{COMMUNITY}]\nstate_dir = \"{state}\"\n\
			 timeout_secs = 30\n\n[executor.kinds.append]\nprogram = \"{program}\"\nargs = [\"{runs}\"]\n",
			state = dir.path().join("state").display(),
			program = program.display(),
			runs = dir.path().join("runs.log").display(),
		);
		std::fs::write(dir.path().join("agent.toml"), config).expect("config written");
		Self { dir }
	}

	fn start(&self) -> Agent {
		Agent::start(
			"executor",
			&self.dir.path().join("agent.toml"),
			"//Ferdie",
			&[],
			&self.dir.path().join("agent.log"),
		)
	}

	fn log(&self) -> String {
		support::read_or_empty(&self.dir.path().join("agent.log"))
	}

	/// The lines the `append` program wrote: one per run.
	fn runs(&self) -> Vec<String> {
		support::lines_of(&self.dir.path().join("runs.log"))
	}
}

/// The receipt of `proposal` at the finalized head, once there is one.
async fn finalized_receipt(api: &Client, proposal: u32, context: impl Fn() -> String) -> Receipt {
	wait_until(&format!("the receipt of proposal {proposal}"), WAIT, context, || {
		receipt(api, proposal)
	})
	.await
}

/// The storage the upgrade must keep: whole pallets, and the balances' holds and freezes
/// (accounts' free balances change with every fee).
fn kept_prefixes() -> Vec<(&'static str, String)> {
	let pallet = |name: &str| hex::encode(sp_crypto_hashing::twox_128(name.as_bytes()));
	let item = |p: &str, i: &str| format!("{}{}", pallet(p), pallet(i));
	vec![
		("Voting", format!("0x{}", pallet("Voting"))),
		("Consensus", format!("0x{}", pallet("Consensus"))),
		("Treasury", format!("0x{}", pallet("Treasury"))),
		("Assets", format!("0x{}", pallet("Assets"))),
		("Balances.Holds", format!("0x{}", item("Balances", "Holds"))),
		("Balances.Freezes", format!("0x{}", item("Balances", "Freezes"))),
	]
}

fn set_code(code: &[u8]) -> subxt::tx::DynamicPayload<Vec<Value>> {
	let call = Value::unnamed_variant(
		"System",
		[Value::unnamed_variant("set_code", [Value::from_bytes(code)])],
	);
	let no_weight =
		Value::named_composite([("ref_time", Value::u128(0)), ("proof_size", Value::u128(0))]);
	subxt::dynamic::transaction("Sudo", "sudo_unchecked_weight", vec![call, no_weight])
}

#[tokio::test(flavor = "multi_thread")]
async fn four_validators_finalize_through_faults_and_a_live_upgrade() {
	let whole = Instant::now();

	// 1. All four validators author blocks, and the network finalizes them.
	let mut net = Network::start().await;
	let names: Vec<&str> = net.validators.iter().map(|v| v.name.as_str()).collect();
	assert_eq!(names, VALIDATORS, "network/local.toml runs the four authorities of local_testnet");
	let alice = net.validator("alice").url();
	let bob = net.validator("bob").url();
	// The authors of the first blocks, until each validator has authored one.
	let mut authors = BTreeSet::new();
	let mut checked = 0;
	let deadline = Instant::now() + WAIT;
	while authors.len() < VALIDATORS.len() {
		let (best, _) = heads(&alice).await;
		while checked < best {
			checked += 1;
			authors.insert(aura_author(&header(&alice, checked).await, VALIDATORS.len() as u64));
		}
		assert!(
			Instant::now() < deadline,
			"authors of blocks 1..={checked}: {authors:?}\n{}",
			net.logs()
		);
		tokio::time::sleep(Duration::from_secs(1)).await;
	}
	// ... and every validator finalizes those blocks.
	all_finalized(&net, checked).await;
	figure("start: all 4 validators author blocks and all 4 finalize them", whole.elapsed());

	// The state the later steps use: community 1 with Ferdie as its executor, a model, and
	// Ferdie's agent on Bob's node (which stays up throughout).
	let api = net.validator("alice").client().await;
	community_with_executor(&api, &alice).await;
	register_model(&api, b"models/network-test").await;
	let executor = Executor::new(&bob);
	let agent = executor.start();

	// 2. One validator down: finality continues, and the agent runs a job decided meanwhile.
	let down = Instant::now();
	net.validator("dave").kill();
	let finalized_at_kill = finalized(&alice).await;
	let first =
		decide(&api, &alice, r#"{"v":1,"kind":"append","args":{"line":"one down"}}"#, true).await;
	let ran = finalized_receipt(&api, first, || executor.log()).await;
	assert_eq!(ran.outcome, Outcome::Succeeded);
	assert_eq!(ran.executor, dev::ferdie().public_key().0);
	assert_eq!(executor.runs(), vec![r#"{"line":"one down"}"#.to_string()]);
	let finalized_since = finalized(&alice).await - finalized_at_kill;
	assert!(finalized_since >= 3, "3 of 4 validators finalized only {finalized_since} blocks");
	figure(
		&format!("1 of 4 down: proposal pushed, voted, closed, run and its receipt finalized ({finalized_since} blocks finalized)"),
		down.elapsed(),
	);

	// 3. The killed validator restarts on its base path and catches up.
	let head = finalized(&alice).await;
	let restart = Instant::now();
	net.validator("dave").start().await;
	let dave = net.validator("dave").url();
	wait_until(
		"dave to catch up with the finalized head",
		WAIT,
		|| net.logs(),
		|| async { (finalized(&dave).await >= head).then_some(()) },
	)
	.await;
	figure(&format!("restart: dave caught up with finalized #{head}"), restart.elapsed());
	let root = header(&alice, head).await["stateRoot"].clone();
	for validator in &net.validators {
		assert_eq!(
			header(&validator.url(), head).await["stateRoot"],
			root,
			"{} has another state root at finalized #{head}",
			validator.name
		);
	}

	// 4. Two validators down: blocks go on, finality stalls, and a job closed meanwhile waits.
	let stall = Instant::now();
	net.validator("charlie").kill();
	net.validator("dave").kill();
	// GRANDPA may still finalize what the killed validators had voted for.
	let (best, _) = heads(&alice).await;
	wait_until(
		"two more blocks",
		WAIT,
		|| net.logs(),
		|| async { (heads(&alice).await.0 >= best + 2).then_some(()) },
	)
	.await;
	let (_, stalled) = heads(&alice).await;
	let stalled_hash = block_hash(&alice, stalled).await.expect("the stalled finalized block");
	let command = r#"{"v":1,"kind":"append","args":{"line":"two down"}}"#;
	let second = push(&api, &alice, command, None).await;
	vote(&api, &alice, second, true).await;
	close(&api, &alice, second).await;
	let closed_at = heads(&alice).await.0;
	// Five more blocks (30 s) with nothing finalized, and the job not run.
	wait_until(
		"five blocks after the close",
		WAIT,
		|| net.logs(),
		|| async { (heads(&alice).await.0 >= closed_at + 5).then_some(()) },
	)
	.await;
	let (best, still) = heads(&alice).await;
	assert_eq!(still, stalled, "2 of 4 validators finalized blocks");
	assert!(best >= stalled + 6, "blocks are produced while finality stalls: best #{best}");
	assert_eq!(executor.runs().len(), 1, "a job closed in a block that is not finalized ran");
	figure(
		&format!("2 of 4 down: {} blocks produced, finality stalled at #{stalled}", best - stalled),
		stall.elapsed(),
	);

	// 5. One of them restarts: finality resumes, the stalled head stays, the job runs once.
	let resume = Instant::now();
	net.validator("charlie").start().await;
	wait_until(
		"finality to pass the stalled blocks",
		WAIT,
		|| net.logs(),
		|| async { (finalized(&alice).await >= best).then_some(()) },
	)
	.await;
	figure(&format!("restart of 1 of 2: finality resumed past #{best}"), resume.elapsed());
	assert_eq!(
		block_hash(&alice, stalled).await.as_deref(),
		Some(stalled_hash.as_str()),
		"the block finalized before the stall was reverted"
	);
	let ran = finalized_receipt(&api, second, || executor.log()).await;
	assert_eq!(ran.outcome, Outcome::Succeeded);
	assert_eq!(
		executor.runs(),
		vec![r#"{"line":"one down"}"#.to_string(), r#"{"line":"two down"}"#.to_string()]
	);
	figure("the job closed during the stall ran after finality resumed", resume.elapsed());
	net.validator("dave").start().await;
	all_finalized(&net, finalized(&alice).await).await;

	// 6. A live runtime upgrade to the same runtime with spec_version + 1.
	let upgrade = Instant::now();
	let before = spec_version(&alice).await;
	let pre_hash = rpc(&alice, "chain_getFinalizedHead", subxt::rpcs::rpc_params![]).await;
	let pre_hash = pre_hash.as_str().expect("a hash").to_string();
	let mut kept = Vec::new();
	for (name, prefix) in kept_prefixes() {
		kept.push((name, prefix.clone(), storage_under(&alice, &prefix, &pre_hash).await));
	}
	assert!(kept.iter().all(|(_, _, pairs)| !pairs.is_empty()), "every kept prefix holds state");
	let wasm = dao_runtime_upgrade::WASM_BINARY.expect("the upgrade runtime is built");
	let code = sp_maybe_compressed_blob::compress_weakly(
		wasm,
		sp_maybe_compressed_blob::CODE_BLOB_BOMB_LIMIT,
	)
	.expect("the runtime compresses");
	let events = submit(&api, set_code(&code), &dev::alice()).await;
	assert!(
		events
			.iter()
			.filter_map(Result::ok)
			.any(|e| e.pallet_name() == "System" && e.event_name() == "CodeUpdated"),
		"set_code emitted System.CodeUpdated"
	);
	for validator in &net.validators {
		let url = validator.url();
		wait_until(
			&format!("{} to run the new runtime", validator.name),
			WAIT,
			|| net.logs(),
			|| async { (spec_version(&url).await == before + 1).then_some(()) },
		)
		.await;
	}
	figure(
		&format!("upgrade: spec_version {before} -> {} live on all 4 validators", before + 1),
		upgrade.elapsed(),
	);
	// A block finalized on the new runtime (its migrations ran in its first block).
	let head = finalized(&alice).await;
	all_finalized(&net, head + 1).await;
	let post_hash = block_hash(&alice, head + 1).await.expect("a finalized block");
	for (name, prefix, pairs) in &kept {
		assert_eq!(
			&storage_under(&alice, prefix, &post_hash).await,
			pairs,
			"{name} changed in the upgrade"
		);
	}
	// New calls work, and the agent (connected throughout) runs a job on the new runtime.
	let third =
		decide(&api, &alice, r#"{"v":1,"kind":"append","args":{"line":"upgraded"}}"#, true).await;
	let ran = finalized_receipt(&api, third, || executor.log()).await;
	assert_eq!(ran.outcome, Outcome::Succeeded);
	assert_eq!(executor.runs().len(), 3, "every job ran exactly once");
	figure(
		"upgrade: state kept, a new proposal decided and run on the new runtime",
		upgrade.elapsed(),
	);
	agent.stop();
	figure("whole scenario", whole.elapsed());
}
