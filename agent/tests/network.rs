//! End-to-end on a real network: the four validators of `network/local.toml` (Aura + GRANDPA,
//! 6 s slots, consensus epochs of 10 blocks), the executor agent on a node that stays up, and
//! faults. In order:
//!
//! 1. all four validators author blocks and the network finalizes them;
//! 2. one validator is killed: finality continues, and a proposal voted and closed meanwhile is
//!    run once by the agent, its receipt finalized. The validator comes back cut off from the
//!    others and authors a fork of its own, where a proposal is closed: an agent following that
//!    node sees the job in its best blocks and does not run it, for they are never finalized;
//! 3. it restarts on its base path among the others: it catches up with the finalized head,
//!    drops its fork, and its state root at a finalized height equals the others';
//! 4. two validators are killed: block production continues, finality stalls (2 of 4 is below
//!    GRANDPA's 2/3 + 1), and a proposal closed in a block that is not finalized is not run;
//! 5. one restarts: finality resumes, nothing finalized before is reverted, and the job of step 4
//!    runs once;
//! 6. a live runtime upgrade (`sudo(system.set_code)`) to the same runtime with
//!    `spec_version + 1`: every node runs it, the communities, proposals, votes, freezes, holds,
//!    models and pots written before are unchanged, and new calls (and the agent) work;
//! 7. four model peers join a model and run `dao-agent validator`, each on another node: they
//!    score each other from finalized blocks, and consensus forms with the dishonest score
//!    filtered out and penalised.
//!
//! Each step prints how long it took (`network: ...`), the README's figures. One test, one
//! network: four nodes on two cores take a while to start, and the steps build on each other.
//! The network's chain is `local_testnet` with one change in its genesis storage: epochs of
//! [`SCHEDULE`] blocks instead of 100 (`EpochSchedule` in `runtime/src/configs`), so that step
//! 7 takes minutes, not half an hour.

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
	node::{add_model_peer, model_peers, register_model, submit, submit_in_best_block, Client},
	script,
	validators::{
		assert_consensus, consensus_score, key, scorer, scores_of, start_validator, suri, PEERS,
	},
	wait_until, Agent,
};

/// The validators of `local_testnet`, in the order of its Aura authorities.
const VALIDATORS: [&str; 4] = ["alice", "bob", "charlie", "dave"];
const WAIT: Duration = Duration::from_secs(180);
/// The network's consensus epochs: (length, peer window) in blocks.
const SCHEDULE: (u32, u32) = (10, 4);
const EPOCH: u64 = SCHEDULE.0 as u64;

/// The raw genesis storage that gives the network's chain the epochs of [`SCHEDULE`].
fn short_epochs() -> Vec<(Vec<u8>, Vec<u8>)> {
	let key = sp_crypto_hashing::twox_128(b":EpochSchedule:").to_vec();
	let value = [SCHEDULE.0.to_le_bytes(), SCHEDULE.1.to_le_bytes()].concat();
	vec![(key, value)]
}

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
	let mut net = Network::start(&short_epochs()).await;
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
	// Ferdie's agent on Bob's node (which stays up throughout); a proposal pushed and voted,
	// which step 2 closes on a fork only.
	let api = net.validator("alice").client().await;
	community_with_executor(&api, &alice).await;
	let model = register_model(&api, b"models/network-test").await;
	let executor = Executor::new(&bob);
	let agent = executor.start();
	let never =
		push(&api, &alice, r#"{"v":1,"kind":"append","args":{"line":"never"}}"#, None).await;
	vote(&api, &alice, never, true).await;
	all_finalized(&net, heads(&alice).await.0).await;

	// 2. One validator down: finality continues, and the agent runs a job decided meanwhile.
	let down = Instant::now();
	net.validator("dave").kill();
	let finalized_at_kill = finalized(&alice).await;
	// Dave comes back alone, with Ferdie's agent (its own state) following his node.
	net.validator("dave").start_isolated().await;
	let dave = net.validator("dave").url();
	let dave_api = net.validator("dave").client().await;
	let on_fork = Executor::new(&dave);
	let fork_agent = on_fork.start();
	let decided = async {
		let first =
			decide(&api, &alice, r#"{"v":1,"kind":"append","args":{"line":"one down"}}"#, true)
				.await;
		finalized_receipt(&api, first, || executor.log()).await
	};
	// Root closes `never` on Dave's fork. Alice's nonce there is the one her next transaction
	// on the others' chain uses, so once Dave rejoins, the close is stale everywhere.
	let forked = async {
		wait_until(
			"the agent on the isolated validator to connect",
			WAIT,
			|| on_fork.log(),
			|| async { on_fork.log().contains("connected").then_some(()) },
		)
		.await;
		let root = dev::alice();
		let close = submit_in_best_block(&dave_api, &dave, force_close(never), &root);
		tokio::time::timeout(WAIT, close).await.unwrap_or_else(|_| {
			panic!("dave's fork did not include the close in {WAIT:?}:\n{}", net.logs())
		});
		let (number, _) = heads(&dave).await;
		let hash = block_hash(&dave, number).await.expect("the fork's best block");
		assert_eq!(pending(&dave_api, &dave).await, vec![never], "the job is due on the fork");
		(number, hash)
	};
	let (ran, (fork_number, fork_hash)) = tokio::join!(decided, forked);
	assert_eq!(ran.outcome, Outcome::Succeeded);
	assert_eq!(ran.executor, dev::ferdie().public_key().0);
	assert_eq!(executor.runs(), vec![r#"{"line":"one down"}"#.to_string()]);
	let finalized_since = finalized(&alice).await - finalized_at_kill;
	assert!(finalized_since >= 3, "3 of 4 validators finalized only {finalized_since} blocks");
	figure(
		&format!("1 of 4 down: proposal pushed, voted, closed, run and its receipt finalized ({finalized_since} blocks finalized)"),
		down.elapsed(),
	);
	assert!(finalized(&dave).await <= finalized_at_kill, "the isolated validator finalized");
	assert!(on_fork.runs().is_empty(), "a job closed in a block never finalized ran");
	fork_agent.stop();
	figure(
		&format!(
			"isolated: dave's fork closed a proposal at #{fork_number}, not finalized, not run"
		),
		down.elapsed(),
	);

	// 3. The killed validator restarts on its base path among the others and catches up.
	let head = finalized(&alice).await;
	assert!(head >= fork_number, "the others finalized past the fork");
	let restart = Instant::now();
	net.validator("dave").kill();
	net.validator("dave").start().await;
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
	let canonical = block_hash(&alice, fork_number).await;
	assert_eq!(block_hash(&dave, fork_number).await, canonical, "dave follows the others");
	assert_ne!(canonical.as_deref(), Some(fork_hash.as_str()), "the fork was finalized");
	assert!(!pending(&api, &alice).await.contains(&never), "the fork's close reached the chain");

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
	let before = spec_version(&alice, None).await;
	let submitted_after = finalized(&alice).await;
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
			|| async { (spec_version(&url, None).await == before + 1).then_some(()) },
		)
		.await;
	}
	figure(
		&format!("upgrade: spec_version {before} -> {} live on all 4 validators", before + 1),
		upgrade.elapsed(),
	);
	// The first block on the new runtime (its migrations ran first in it), once finalized,
	// against its parent, the last block on the old one.
	let mut first = submitted_after + 1;
	loop {
		all_finalized(&net, first).await;
		let hash = block_hash(&alice, first).await.expect("a finalized block");
		if spec_version(&alice, Some(&hash)).await == before + 1 {
			break;
		}
		first += 1;
	}
	let pre_hash = block_hash(&alice, first - 1).await.expect("the last old-runtime block");
	let post_hash = block_hash(&alice, first).await.expect("the first new-runtime block");
	// At an epoch boundary the consensus step rewrites each model's latest outcome (the
	// model here has no peers, so nothing else of it changes).
	let outcomes = {
		let pallet = sp_crypto_hashing::twox_128(b"Consensus");
		let item = sp_crypto_hashing::twox_128(b"ModelOutcomes");
		format!("0x{}{}", hex::encode(pallet), hex::encode(item))
	};
	let boundary = first % EPOCH == 0;
	for (name, prefix) in kept_prefixes() {
		let changed = |pairs: Vec<(String, String)>| -> Vec<(String, String)> {
			pairs
				.into_iter()
				.filter(|(key, _)| !(boundary && key.starts_with(&outcomes)))
				.collect()
		};
		let pre = changed(storage_under(&alice, &prefix, &pre_hash).await);
		assert!(!pre.is_empty(), "{name} holds state before the upgrade");
		let post = changed(storage_under(&alice, &prefix, &post_hash).await);
		assert_eq!(post, pre, "{name} changed in the upgrade (block #{first})");
	}
	figure(
		&format!(
			"upgrade: storage the same in #{} and #{first}, the first new-runtime block",
			first - 1
		),
		upgrade.elapsed(),
	);
	// 7. Validators: the four model peers join `model` in one peer window and each runs
	// `dao-agent validator` on another node. They score each other from finalized blocks in
	// the next epoch; consensus forms at the start of the one after.
	let scoring = Instant::now();
	let peers_dir = tempfile::tempdir().expect("temp dir");
	let window = wait_until(
		"an epoch's last block",
		WAIT,
		|| net.logs(),
		|| async {
			let best = heads(&alice).await.0;
			(best % EPOCH == EPOCH - 1).then_some((best + 1) / EPOCH)
		},
	)
	.await;
	let joins: Vec<_> = PEERS
		.iter()
		.map(|name| {
			let api = api.clone();
			tokio::spawn(async move {
				add_model_peer(&api, model, format!("peer-{name}").as_bytes(), &key(name)).await
			})
		})
		.collect();
	for join in joins {
		join.await.expect("a peer joins in the window");
	}
	let mut validators = Vec::new();
	for (name, node) in PEERS.iter().zip(&net.validators) {
		let scorer = scorer(peers_dir.path(), name, &scores_of(name));
		let url = node.url();
		validators.push(start_validator(peers_dir.path(), name, &url, model, &scorer, &suri(name)));
	}
	let log = |name: &str| support::read_or_empty(&peers_dir.path().join(format!("{name}.log")));
	let logs = || {
		PEERS
			.iter()
			.map(|name| format!("--- {name}\n{}", log(name)))
			.collect::<String>()
	};
	// Meanwhile (the consensus is two epochs away), new calls work on the new runtime, and the
	// executor agent, connected throughout the upgrade, runs a job.
	let job = Instant::now();
	let third =
		decide(&api, &alice, r#"{"v":1,"kind":"append","args":{"line":"upgraded"}}"#, true).await;
	let ran = finalized_receipt(&api, third, || executor.log()).await;
	assert_eq!(ran.outcome, Outcome::Succeeded);
	assert_eq!(executor.runs().len(), 3, "every job ran exactly once");
	assert!(receipt(&api, never).await.is_none(), "the job closed on a fork only ran");
	figure("new runtime: a proposal decided and run, beside the validators", job.elapsed());
	agent.stop();
	let scored = window as u32 + 1;
	let views = wait_until("the consensus of the peers' first epoch", WAIT * 2, logs, || async {
		let views = model_peers(&api, &alice, model).await;
		(views.len() == PEERS.len()
			&& views
				.iter()
				.all(|v| v.result.as_ref().is_some_and(|(epoch, _)| *epoch == scored)))
		.then_some(views)
	})
	.await;
	for validator in validators {
		validator.stop();
	}
	assert_consensus(&views, consensus_score, "peer-eve");
	for name in PEERS {
		let submitted = log(name).lines().filter(|l| l.contains("scores submitted")).count();
		assert_eq!(submitted, 1, "{name} submitted once in epoch {scored}:\n{}", log(name));
	}
	figure(
		&format!("validators: 4 peers joined in epoch {window}, scored in epoch {scored}, consensus formed"),
		scoring.elapsed(),
	);
	figure("whole scenario", whole.elapsed());
}
