//! End-to-end: `dao-agent executor` beside a dev node (instant seal). Passed proposals run
//! their allowed command once and get a receipt with the output's hash; rejected ones run
//! nothing; unknown kinds get a failed receipt; a crash between the run and the report, or
//! during the run, never runs the command twice and leaves exactly one receipt. Paid jobs (voted
//! with a budget, or requested with credits) are paid to the agent after the payout delay, a
//! failed one is refunded, and one with no agent running expires and slashes the bond.

mod support;

use std::time::Duration;
use subxt::dynamic::Value;
use subxt_signer::sr25519::dev;
use support::{
	dao::*,
	node::{balances, event, payment_balance, seal_blocks, submit, Client, DevNode},
	script, wait_until, Agent,
};

const WAIT: Duration = Duration::from_secs(90);

/// The community's pot, as `TreasuryApi::pot` shows it.
#[derive(Debug, scale_decode::DecodeAsType)]
struct Pot {
	account: [u8; 32],
	value: u128,
	reserved: u128,
}

async fn pot(api: &Client) -> Pot {
	let at = api.at_current_block().await.expect("current block");
	let pot: Option<Pot> = at
		.runtime_apis()
		.call(subxt::dynamic::runtime_api_call::<_, Option<Pot>>(
			"TreasuryApi",
			"pot",
			(COMMUNITY,),
		))
		.await
		.expect("TreasuryApi_pot");
	pot.expect("the community has a pot")
}

/// The test's environment: a node, the `append` program and a config serving community 1.
struct Setup {
	dir: tempfile::TempDir,
	node: Option<DevNode>,
	api: Client,
}

impl Setup {
	async fn new() -> Self {
		let dir = tempfile::tempdir().expect("temp dir");
		let node = DevNode::start(&dir.path().join("node"), &["--sealing", "instant"]);
		let api = node.client().await;
		community_with_executor(&api, &node.url()).await;
		// `append` appends its input (the command's args) to a file and prints what it did.
		let program = script(
			dir.path(),
			"append.sh",
			r#"input=$(cat); printf '%s\n' "$input" >> "$1"; printf 'ran %s' "$input""#,
		);
		// `linger` starts a background process, records both pids and then waits 5 minutes.
		let linger = script(
			dir.path(),
			"linger.sh",
			r#"sleep 300 >/dev/null 2>&1 & echo $! > "$1.child"; echo $$ > "$1.pid"; exec sleep 300"#,
		);
		let config = format!(
			r#"
url = "{url}"

[executor]
communities = [{COMMUNITY}]
state_dir = "{state}"
timeout_secs = 30

[executor.kinds.append]
program = "{program}"
args = ["{runs}"]

[executor.kinds.linger]
program = "{linger}"
args = ["{pids}"]
"#,
			url = node.url(),
			state = dir.path().join("state").display(),
			program = program.display(),
			runs = dir.path().join("runs.log").display(),
			linger = linger.display(),
			pids = dir.path().join("linger").display(),
		);
		std::fs::write(dir.path().join("agent.toml"), config).expect("config written");
		Self { dir, node: Some(node), api }
	}

	/// The running node's WebSocket URL.
	fn url(&self) -> String {
		self.node.as_ref().expect("a running node").url()
	}

	/// Stops the node (SIGINT) and returns its RPC port.
	fn stop_node(&mut self) -> u16 {
		let node = self.node.take().expect("a running node");
		let port = node.rpc_port;
		node.stop();
		port
	}

	/// Starts the node again on its base path and RPC port.
	async fn restart_node(&mut self, port: u16) {
		let node =
			DevNode::start_on_port(&self.dir.path().join("node"), port, &["--sealing", "instant"]);
		self.api = node.client().await;
		self.node = Some(node);
	}

	fn agent(&self, env: &[(&str, &str)]) -> Agent {
		self.agent_with_args(&[], env)
	}

	fn agent_with_args(&self, args: &[&str], env: &[(&str, &str)]) -> Agent {
		Agent::start_with_args(
			"executor",
			args,
			&self.dir.path().join("agent.toml"),
			"//Ferdie",
			env,
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

	fn job_status(&self, proposal: u32) -> Option<String> {
		let path = self.dir.path().join("state/state.json");
		let state: serde_json::Value =
			serde_json::from_slice(&std::fs::read(path).ok()?).expect("state file is JSON");
		state["jobs"][format!("{COMMUNITY}/{proposal}")]["status"]
			.as_str()
			.map(str::to_string)
	}

	async fn receipt_of(&self, proposal: u32) -> Receipt {
		wait_until(
			&format!("the receipt of proposal {proposal}"),
			WAIT,
			|| self.log(),
			|| receipt(&self.api, proposal),
		)
		.await
	}

	fn output_file(&self, proposal: u32) -> Vec<u8> {
		std::fs::read(self.dir.path().join(format!("state/outputs/{COMMUNITY}-{proposal}.out")))
			.expect("output kept")
	}
}

/// A plain HTTP/1.0 GET: the whole response.
fn http_get(addr: &str, path: &str) -> String {
	use std::io::{Read, Write};
	let mut stream = std::net::TcpStream::connect(addr).expect("metrics endpoint listens");
	write!(stream, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n").expect("request sent");
	let mut response = String::new();
	stream.read_to_string(&mut response).expect("response read");
	assert!(response.contains(" 200 "), "{response}");
	response
}

fn hash(bytes: &[u8]) -> [u8; 32] {
	sp_crypto_hashing::blake2_256(bytes)
}

async fn wait_for_log(setup: &Setup, needle: &str) {
	wait_until(
		needle,
		WAIT,
		|| setup.log(),
		|| async { setup.log().contains(needle).then_some(()) },
	)
	.await
}

#[tokio::test(flavor = "multi_thread")]
async fn passed_commands_run_once_with_receipts_rejected_run_nothing_unknown_kinds_fail() {
	let mut setup = Setup::new().await;
	// With JSON logs and the metrics endpoint, to check both.
	let metrics = format!("127.0.0.1:{}", support::node::free_port());
	let agent = setup.agent_with_args(&["--log-format", "json", "--metrics-addr", &metrics], &[]);
	wait_for_log(&setup, "connected").await;

	let passed = decide(
		&setup.api,
		&setup.url(),
		r#"{"v":1,"kind":"append","args":{"line":"hello"}}"#,
		true,
	)
	.await;
	let rejected = decide(
		&setup.api,
		&setup.url(),
		r#"{"v":1,"kind":"append","args":{"line":"never"}}"#,
		false,
	)
	.await;
	let unknown =
		decide(&setup.api, &setup.url(), r#"{"v":1,"kind":"mine-crypto","args":{}}"#, true).await;

	let ran = setup.receipt_of(passed).await;
	assert_eq!(ran.outcome, Outcome::Succeeded);
	assert_eq!(ran.executor, dev::ferdie().public_key().0);
	assert_eq!(ran.output_hash, hash(br#"ran {"line":"hello"}"#));
	assert_eq!(setup.output_file(passed), br#"ran {"line":"hello"}"#.to_vec());

	let refused = setup.receipt_of(unknown).await;
	assert_eq!(refused.outcome, Outcome::Failed { exit_code: -2 });
	assert_eq!(refused.output_hash, hash(br#"command kind "mine-crypto" is not allowed here"#));

	// The unknown kind was closed after the rejected proposal, so the agent has seen both.
	assert!(receipt(&setup.api, rejected).await.is_none());
	assert_eq!(
		setup.runs(),
		vec![r#"{"line":"hello"}"#.to_string()],
		"only the passed command ran"
	);
	assert!(pending(&setup.api, &setup.url()).await.is_empty());
	assert_eq!(setup.job_status(passed).as_deref(), Some("reported"));
	assert_eq!(setup.job_status(unknown).as_deref(), Some("reported"));
	assert_eq!(setup.job_status(rejected), None);

	// Once the agent is idle (it may still be handling the block of its last receipt).
	let expected = [
		r#"dao_agent_jobs{state="reported"} 2"#,
		r#"dao_agent_jobs{state="running"} 0"#,
		"dao_agent_job_duration_seconds_count 2",
		"dao_agent_finalized_lag_blocks 0",
	];
	wait_until(
		"the metrics of an idle agent",
		WAIT,
		|| http_get(&metrics, "/metrics"),
		|| async {
			let exported = http_get(&metrics, "/metrics");
			expected.iter().all(|line| exported.contains(line)).then_some(())
		},
	)
	.await;
	for line in setup.log().lines() {
		let object: serde_json::Value = serde_json::from_str(line)
			.unwrap_or_else(|e| panic!("not a JSON log line ({e}): {line}"));
		assert!(object["level"].is_string() && object["message"].is_string(), "{line}");
	}

	agent.stop();
	setup.stop_node();
}

#[tokio::test(flavor = "multi_thread")]
async fn crash_after_the_run_and_before_the_report_gives_one_receipt_and_no_rerun() {
	let mut setup = Setup::new().await;
	// The proposal passes while no agent runs: the restarted agent finds it in the queue.
	let proposal =
		decide(&setup.api, &setup.url(), r#"{"v":1,"kind":"append","args":{"n":1}}"#, true).await;
	assert_eq!(pending(&setup.api, &setup.url()).await, vec![proposal]);

	let crashing = setup.agent(&[("DAO_AGENT_FAILPOINT", "after-run")]);
	let status = crashing.wait_exit(WAIT);
	assert!(!status.success(), "the failpoint aborts the agent");
	assert_eq!(setup.runs().len(), 1, "the command ran");
	assert!(receipt(&setup.api, proposal).await.is_none(), "and was not reported");
	assert_eq!(setup.job_status(proposal).as_deref(), Some("done"));

	let agent = setup.agent(&[]);
	let receipt = setup.receipt_of(proposal).await;
	assert_eq!(receipt.outcome, Outcome::Succeeded);
	assert_eq!(receipt.output_hash, hash(br#"ran {"n":1}"#));
	wait_for_log(&setup, "receipt reported").await;
	agent.stop();

	assert_eq!(setup.runs(), vec![r#"{"n":1}"#.to_string()], "the command ran exactly once");
	assert_eq!(setup.log().matches("command finished").count(), 1);
	assert_eq!(setup.log().matches("receipt reported").count(), 1);
	assert!(pending(&setup.api, &setup.url()).await.is_empty());
	assert_eq!(setup.job_status(proposal).as_deref(), Some("reported"));
	setup.stop_node();
}

/// Root proposes `who` as community 1's executor and `who` accepts (holding its bond).
async fn switch_executor(api: &Client, who: &subxt_signer::sr25519::Keypair) {
	let call = Value::unnamed_variant(
		"Voting",
		[Value::unnamed_variant(
			"set_executor",
			[
				Value::u128(COMMUNITY.into()),
				Value::unnamed_variant("Some", [Value::from_bytes(who.public_key().0)]),
			],
		)],
	);
	submit(api, subxt::dynamic::transaction("Sudo", "sudo", vec![call]), &dev::alice()).await;
	submit(api, voting("accept_executor", vec![Value::u128(COMMUNITY.into())]), who).await;
}

/// The command ran and the agent crashed before reporting; the executor was switched to Eve
/// (the restarted agent gives the job up) and back to Ferdie while that agent runs: it notices
/// from the finalized `ExecutorChanged`, without a restart, reports the first run's result
/// and never runs the command again.
#[tokio::test(flavor = "multi_thread")]
async fn switching_the_executor_away_and_back_reports_the_result_without_a_rerun() {
	let mut setup = Setup::new().await;
	let proposal =
		decide(&setup.api, &setup.url(), r#"{"v":1,"kind":"append","args":{"n":3}}"#, true).await;
	let crashing = setup.agent(&[("DAO_AGENT_FAILPOINT", "after-run")]);
	assert!(!crashing.wait_exit(WAIT).success());
	assert_eq!(setup.job_status(proposal).as_deref(), Some("done"));

	switch_executor(&setup.api, &dev::eve()).await;
	let agent = setup.agent(&[]);
	wait_for_log(&setup, "not the community's executor; skipping").await;
	assert_eq!(setup.job_status(proposal).as_deref(), Some("skipped"));
	assert!(receipt(&setup.api, proposal).await.is_none());

	switch_executor(&setup.api, &dev::ferdie()).await;
	let receipt = setup.receipt_of(proposal).await;
	assert!(setup.log().contains("this agent is the community's executor now"));
	wait_for_log(&setup, "receipt reported").await;
	agent.stop();
	assert_eq!(receipt.outcome, Outcome::Succeeded);
	assert_eq!(receipt.output_hash, hash(br#"ran {"n":3}"#));
	assert_eq!(setup.runs(), vec![r#"{"n":3}"#.to_string()], "the command ran exactly once");
	assert_eq!(setup.log().matches("command finished").count(), 1);
	assert_eq!(setup.job_status(proposal).as_deref(), Some("reported"));
	setup.stop_node();
}

#[tokio::test(flavor = "multi_thread")]
async fn crash_during_the_run_is_reported_as_interrupted_and_not_rerun() {
	let mut setup = Setup::new().await;
	let proposal =
		decide(&setup.api, &setup.url(), r#"{"v":1,"kind":"append","args":{"n":2}}"#, true).await;

	let crashing = setup.agent(&[("DAO_AGENT_FAILPOINT", "before-run")]);
	assert!(!crashing.wait_exit(WAIT).success());
	assert_eq!(setup.job_status(proposal).as_deref(), Some("running"));

	let agent = setup.agent(&[]);
	let receipt = setup.receipt_of(proposal).await;
	agent.stop();
	assert_eq!(receipt.outcome, Outcome::Failed { exit_code: -6 });
	assert_eq!(
		receipt.output_hash,
		hash(b"the agent stopped while the command ran; it is not run again")
	);
	assert!(setup.runs().is_empty(), "an interrupted command is never run again");
	setup.stop_node();
}

/// The agent runs a job only as the chain queued it at the finalized head: a state file whose
/// noted command differs (tampered with here) makes it refuse the job, not run it.
#[tokio::test(flavor = "multi_thread")]
async fn a_command_that_differs_from_the_queued_one_is_not_run() {
	let mut setup = Setup::new().await;
	let proposal =
		decide(&setup.api, &setup.url(), r#"{"v":1,"kind":"append","args":{"n":3}}"#, true).await;
	let crashing = setup.agent(&[("DAO_AGENT_FAILPOINT", "before-run")]);
	assert!(!crashing.wait_exit(WAIT).success());

	let path = setup.dir.path().join("state/state.json");
	let mut state: serde_json::Value =
		serde_json::from_slice(&std::fs::read(&path).expect("state file")).expect("JSON");
	let job = &mut state["jobs"][format!("{COMMUNITY}/{proposal}")];
	job["status"] = "seen".into();
	job["command"] = hex::encode(br#"{"v":1,"kind":"append","args":{"n":666}}"#).into();
	std::fs::write(&path, serde_json::to_vec(&state).expect("JSON")).expect("state written");

	let agent = setup.agent(&[]);
	wait_for_log(&setup, "the chain queued another command or budget than the agent noted").await;
	agent.stop();
	assert!(setup.runs().is_empty(), "neither command ran");
	assert_eq!(setup.job_status(proposal).as_deref(), Some("skipped"));
	assert!(receipt(&setup.api, proposal).await.is_none());
	assert_eq!(
		pending(&setup.api, &setup.url()).await,
		vec![proposal],
		"the job still waits on chain"
	);
	setup.stop_node();
}

/// Whether process `pid` has ended (gone, or a zombie nobody reaped yet).
fn ended(pid: u32) -> bool {
	match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
		Ok(stat) => stat.rsplit_once(") ").is_some_and(|(_, rest)| rest.starts_with('Z')),
		Err(_) => true,
	}
}

fn pid_in(path: std::path::PathBuf) -> Option<u32> {
	std::fs::read_to_string(path).ok()?.trim().parse().ok()
}

/// An agent killed (SIGKILL) while its program runs leaves nothing running: the kernel kills
/// the program with the agent, and the restarted agent kills what the program started before
/// it reports the job as interrupted, without running it again.
#[tokio::test(flavor = "multi_thread")]
async fn a_crashed_agent_leaves_no_process_of_its_job_running() {
	let mut setup = Setup::new().await;
	let proposal =
		decide(&setup.api, &setup.url(), r#"{"v":1,"kind":"linger","args":{}}"#, true).await;
	let agent = setup.agent(&[]);
	let base = setup.dir.path().join("linger");
	let (program, child) = wait_until(
		"the program to start",
		WAIT,
		|| setup.log(),
		|| async {
			Some((pid_in(base.with_extension("pid"))?, pid_in(base.with_extension("child"))?))
		},
	)
	.await;
	assert!(!ended(program) && !ended(child));
	agent.kill();
	wait_until(
		"the program to die with the agent",
		WAIT,
		|| setup.log(),
		|| async { ended(program).then_some(()) },
	)
	.await;
	assert!(!ended(child), "what the program started is only the next agent's to kill");
	assert_eq!(setup.job_status(proposal).as_deref(), Some("running"));

	let agent = setup.agent(&[]);
	let receipt = setup.receipt_of(proposal).await;
	agent.stop();
	assert!(ended(child), "the restarted agent killed the program's background process");
	assert!(setup.log().contains("killed the process group a crashed run left behind"));
	assert_eq!(receipt.outcome, Outcome::Failed { exit_code: -6 });
	setup.stop_node();
}

/// The agent reads its secret URI from `$DAO_AGENT_SURI` and removes it from its environment:
/// `/proc/<pid>/environ` no longer shows it.
#[tokio::test(flavor = "multi_thread")]
async fn the_secret_leaves_the_agents_environment() {
	let mut setup = Setup::new().await;
	let agent = setup.agent(&[]);
	wait_for_log(&setup, "connected").await;
	let environ = std::fs::read(format!("/proc/{}/environ", agent.pid())).expect("environ");
	agent.stop();
	assert!(
		!environ.windows(b"//Ferdie".len()).any(|w| w == b"//Ferdie"),
		"the secret is gone from the environment"
	);
	assert!(environ.windows(b"RUST_LOG=info".len()).any(|w| w == b"RUST_LOG=info"));
	setup.stop_node();
}

#[test]
fn a_corrupt_state_file_stops_the_agent() {
	let dir = tempfile::tempdir().expect("temp dir");
	std::fs::create_dir_all(dir.path().join("state")).expect("state dir");
	std::fs::write(dir.path().join("state/state.json"), b"{ not json").expect("state file");
	let config = dir.path().join("agent.toml");
	std::fs::write(
		&config,
		format!(
			"url = \"ws://127.0.0.1:1\"\n[executor]\ncommunities = [1]\nstate_dir = \"{}\"\n",
			dir.path().join("state").display()
		),
	)
	.expect("config");
	let agent = Agent::start("executor", &config, "//Ferdie", &[], &dir.path().join("agent.log"));
	let log_path = dir.path().join("agent.log");
	let status = agent.wait_exit(Duration::from_secs(30));
	assert_eq!(status.code(), Some(1));
	let log = std::fs::read_to_string(log_path).unwrap_or_default();
	assert!(log.contains("corrupt"), "{log}");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_executor_reconnects_when_the_node_comes_back() {
	let mut setup = Setup::new().await;
	let agent = setup.agent(&[]);
	wait_for_log(&setup, "connected").await;

	let port = setup.stop_node();
	wait_for_log(&setup, "lost the node; reconnecting").await;
	setup.restart_node(port).await;

	// Work that passes after the restart is picked up by the reconnected agent.
	let proposal = decide(
		&setup.api,
		&setup.url(),
		r#"{"v":1,"kind":"append","args":{"after":"restart"}}"#,
		true,
	)
	.await;
	let receipt = setup.receipt_of(proposal).await;
	assert_eq!(receipt.outcome, Outcome::Succeeded);
	assert_eq!(receipt.output_hash, hash(br#"ran {"after":"restart"}"#));
	assert!(setup.log().matches("connected").count() >= 2, "{}", setup.log());
	agent.stop();
	assert_eq!(setup.runs().len(), 1);
	setup.stop_node();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_state_file_ahead_of_the_chain_stops_the_agent() {
	let mut setup = Setup::new().await;
	let proposal =
		decide(&setup.api, &setup.url(), r#"{"v":1,"kind":"append","args":{}}"#, true).await;
	let agent = setup.agent(&[]);
	setup.receipt_of(proposal).await;
	wait_for_log(&setup, "receipt reported").await;
	agent.stop();

	// A dev chain started again from the same genesis, on the same port: its proposal ids
	// would collide with the state file's jobs, so the agent refuses it.
	let port = setup.stop_node();
	let fresh =
		DevNode::start_on_port(&setup.dir.path().join("fresh"), port, &["--sealing", "instant"]);
	let status = setup.agent(&[]).wait_exit(WAIT);
	assert_eq!(status.code(), Some(1));
	assert!(setup.log().contains("was the chain started again"), "{}", setup.log());
	assert_eq!(setup.runs().len(), 1);
	fresh.stop();
}

/// The payment asset's unit (dUSD has 6 decimals).
const PAYMENT_UNIT: u128 = 1_000_000;
/// The budget of each paid job here.
const BUDGET: u128 = 5 * PAYMENT_UNIT;
/// The runtime's `PayoutDelay` and `ExecutionTimeout` (blocks).
const PAYOUT_DELAY: u32 = 100;
const EXECUTION_TIMEOUT: u32 = 600;

#[derive(Debug, scale_decode::DecodeAsType)]
struct Queued {
	job: u32,
}

#[derive(Debug, scale_decode::DecodeAsType)]
struct Expired {
	job: u32,
	slashed: u128,
}

#[tokio::test(flavor = "multi_thread")]
async fn paid_jobs_are_paid_after_the_delay_refunded_on_failure_and_expire_without_an_agent() {
	let setup = Setup::new().await;
	let api = &setup.api;
	let ferdie = dev::ferdie().public_key().0;
	// Alice puts 100 dUSD in the pot (plus its existential 0.01): 100 dUSD of value and credits.
	let contribute = vec![Value::u128(COMMUNITY.into()), Value::u128(100 * PAYMENT_UNIT + 10_000)];
	submit(api, subxt::dynamic::transaction("Treasury", "contribute", contribute), &dev::alice())
		.await;
	let funded = pot(api).await;
	assert_eq!((funded.value, funded.reserved), (100 * PAYMENT_UNIT, 0));

	let metrics = format!("127.0.0.1:{}", support::node::free_port());
	let agent = setup.agent_with_args(&["--metrics-addr", &metrics], &[]);
	wait_for_log(&setup, "connected").await;

	let paid = decide_paid(
		api,
		&setup.url(),
		r#"{"v":1,"kind":"append","args":{"line":"paid"}}"#,
		true,
		Some(BUDGET),
	)
	.await;
	let failing = decide_paid(
		api,
		&setup.url(),
		r#"{"v":1,"kind":"mine-crypto","args":{}}"#,
		true,
		Some(BUDGET),
	)
	.await;
	// A direct-use job, paid with Alice's credits, without a vote.
	let request = vec![
		Value::u128(COMMUNITY.into()),
		Value::from_bytes(r#"{"v":1,"kind":"append","args":{"line":"direct"}}"#),
		Value::u128(BUDGET),
	];
	let events = submit(api, voting("request_job", request), &dev::alice()).await;
	let requested = event::<Queued>(&events, "Voting", "JobQueued").job;
	assert_eq!(setup.receipt_of(paid).await.outcome, Outcome::Succeeded);
	assert_eq!(setup.receipt_of(failing).await.outcome, Outcome::Failed { exit_code: -2 });
	assert_eq!(setup.receipt_of(requested).await.outcome, Outcome::Succeeded);
	assert_eq!(
		setup.runs(),
		vec![r#"{"line":"paid"}"#.to_string(), r#"{"line":"direct"}"#.to_string()]
	);
	// The failed job's budget is back in the pot at once; the other two stay reserved.
	let reported = pot(api).await;
	assert_eq!(reported.value, 100 * PAYMENT_UNIT - 2 * BUDGET);
	assert_eq!(reported.reserved, 2 * BUDGET);
	let (ferdie_before, pot_before) =
		(payment_balance(api, ferdie).await, payment_balance(api, funded.account).await);

	// After the payout delay the agent claims both payments.
	seal_blocks(&setup.node.as_ref().expect("node").url(), PAYOUT_DELAY).await;
	wait_until(
		"both payments claimed",
		WAIT,
		|| setup.log(),
		|| async {
			let paid = setup.job_status(paid).as_deref() == Some("paid");
			let direct = setup.job_status(requested).as_deref() == Some("paid");
			(paid && direct).then_some(())
		},
	)
	.await;
	assert_eq!(payment_balance(api, ferdie).await, ferdie_before + 2 * BUDGET);
	assert_eq!(payment_balance(api, funded.account).await, pot_before - 2 * BUDGET);
	let settled = pot(api).await;
	assert_eq!((settled.value, settled.reserved), (100 * PAYMENT_UNIT - 2 * BUDGET, 0));
	assert!(setup.log().contains("payment received"), "{}", setup.log());
	wait_until(
		"the payment metrics",
		WAIT,
		|| http_get(&metrics, "/metrics"),
		|| async {
			let exported = http_get(&metrics, "/metrics");
			(exported.contains("dao_agent_jobs_paid_total 2")
				&& exported.contains("dao_agent_payments_claimable 0"))
			.then_some(())
		},
	)
	.await;
	agent.stop();

	// No agent runs: a paid job expires after the timeout and a tenth of the bond goes to
	// the pot (in native tokens), the budget back to its free value.
	let expiring = decide_paid(
		api,
		&setup.url(),
		r#"{"v":1,"kind":"append","args":{"line":"late"}}"#,
		true,
		Some(BUDGET),
	)
	.await;
	assert_eq!(pot(api).await.reserved, BUDGET);
	let (free, held) = balances(api, ferdie).await;
	seal_blocks(&setup.node.as_ref().expect("node").url(), EXECUTION_TIMEOUT).await;
	let events = submit(
		api,
		voting("expire_job", vec![Value::u128(COMMUNITY.into()), Value::u128(expiring.into())]),
		&dev::bob(),
	)
	.await;
	let expired = event::<Expired>(&events, "Voting", "JobExpired");
	assert_eq!((expired.job, expired.slashed), (expiring, 10 * UNIT));
	let (free_after, held_after) = balances(api, ferdie).await;
	assert_eq!(free_after + held_after, free + held - 10 * UNIT, "exactly the slash");
	assert_eq!(balances(api, funded.account).await.0, 10 * UNIT);
	let after = pot(api).await;
	assert_eq!((after.value, after.reserved), (100 * PAYMENT_UNIT - 2 * BUDGET, 0));
	assert!(setup.runs().iter().all(|line| !line.contains("late")), "it never ran");
}
