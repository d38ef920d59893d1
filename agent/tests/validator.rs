//! End-to-end: four model peers run `dao-agent validator` beside a dev node (instant seal),
//! each with its own scorer script.
//! - One scores dishonestly: the validators submit once in the epoch's submission window,
//!   consensus forms at the epoch boundary, and the dishonest peer is penalised on chain while
//!   the honest ones are paid.
//! - The scorers report the model in an error state: the validators unconfirm instead, and the
//!   epoch is skipped without penalties.

mod support;

use std::time::Duration;
use subxt_signer::sr25519::{dev, Keypair};
use support::{
	node::{
		add_model_peer, at_best, block_number, model_peers, penalty_count, register_model,
		seal_blocks, seal_until_next_block_at, Client, DevNode,
	},
	script, wait_until, Agent,
};

/// Runtime constants of pallet-consensus (see `runtime/src/configs`).
const EPOCH: u64 = 20;
const WINDOW: u64 = 5;
const PEERS: [&str; 4] = ["bob", "charlie", "dave", "eve"];

fn key(name: &str) -> Keypair {
	match name {
		"bob" => dev::bob(),
		"charlie" => dev::charlie(),
		"dave" => dev::dave(),
		_ => dev::eve(),
	}
}

/// A model whose four peers each run `dao-agent validator`.
struct Model {
	dir: tempfile::TempDir,
	node: DevNode,
	api: Client,
	url: String,
	model: u32,
	agents: Vec<Agent>,
}

impl Model {
	/// Registers a model, lets the four peers join in a peer window, and starts a validator per
	/// peer whose scorer script does `scorer_body(name)` after logging its input to
	/// `<name>.runs`. Returns when every validator follows the chain, before the peers' first
	/// submission window.
	async fn with_validators(scorer_body: impl Fn(&str) -> String) -> Self {
		let dir = tempfile::tempdir().expect("temp dir");
		let node = DevNode::start(&dir.path().join("node"), &["--sealing", "instant"]);
		let api = node.client().await;
		let url = node.url();
		let model = register_model(&api, b"models/agent-e2e").await;
		seal_until_next_block_at(&url, EPOCH, &[0]).await;
		for name in PEERS {
			add_model_peer(&api, model, format!("peer-{name}").as_bytes(), &key(name)).await;
		}

		let mut agents = Vec::new();
		for name in PEERS {
			let runs = dir.path().join(format!("{name}.runs"));
			let scorer = script(
				dir.path(),
				&format!("score-{name}.sh"),
				&format!(
					"cat >> {runs}; echo >> {runs}; {}",
					scorer_body(name),
					runs = runs.display()
				),
			);
			let config = dir.path().join(format!("{name}.toml"));
			std::fs::write(
				&config,
				format!(
					"url = \"{url}\"\n[validator]\nmodel = {model}\nscorer = \"{}\"\ntimeout_secs = 30\n",
					scorer.display()
				),
			)
			.expect("config written");
			let suri = format!("//{}{}", name[..1].to_uppercase(), &name[1..]);
			agents.push(Agent::start(
				"validator",
				&config,
				&suri,
				&[],
				&dir.path().join(format!("{name}.log")),
			));
		}
		let setup = Self { dir, node, api, url, model, agents };
		wait_until(
			"four connected validators",
			Duration::from_secs(60),
			|| setup.logs(),
			|| async {
				PEERS.iter().all(|name| setup.log(name).contains("connected")).then_some(())
			},
		)
		.await;
		setup
	}

	fn log(&self, name: &str) -> String {
		std::fs::read_to_string(self.dir.path().join(format!("{name}.log"))).unwrap_or_default()
	}

	fn logs(&self) -> String {
		PEERS.iter().map(|name| format!("--- {name}\n{}", self.log(name))).collect()
	}

	/// This epoch's (submissions, unconfirms) for the model.
	async fn participation(&self) -> (u32, u32) {
		let at = at_best(&self.api, &self.url).await;
		let addr = subxt::dynamic::storage::<(u32,), (u32, u32)>("Consensus", "EpochParticipation");
		match at.storage().try_fetch(addr, (self.model,)).await.expect("storage read") {
			Some(value) => value.decode().expect("(u32, u32)"),
			None => (0, 0),
		}
	}

	/// Opens the peers' first submission window and waits until all four validators acted in
	/// it: `expected` is (submissions, unconfirms). The validators act on their own (each
	/// transaction seals a block, which wakes the others); an empty block now and then keeps
	/// the chain moving, as Aura would, well inside the window. More blocks in the window then
	/// bring no second action.
	async fn all_act_once(&self, expected: (u32, u32)) {
		seal_until_next_block_at(&self.url, EPOCH, &[0]).await;
		seal_until_next_block_at(&self.url, EPOCH, &[WINDOW]).await;
		seal_blocks(&self.url, 1).await;
		let window_epoch = block_number(&self.url).await / EPOCH;
		let mut polls = 0u32;
		wait_until(
			"four validators acting",
			Duration::from_secs(120),
			|| self.logs(),
			|| {
				polls += 1;
				let nudge = polls.is_multiple_of(10);
				async move {
					if self.participation().await == expected {
						return Some(());
					}
					let next = block_number(&self.url).await + 1;
					if nudge && next % EPOCH > WINDOW && next % EPOCH < EPOCH - 5 {
						seal_blocks(&self.url, 1).await;
					}
					None
				}
			},
		)
		.await;
		assert_eq!(block_number(&self.url).await / EPOCH, window_epoch, "all acted in one window");
		seal_blocks(&self.url, 3).await;
		tokio::time::sleep(Duration::from_secs(2)).await;
		assert_eq!(self.participation().await, expected, "nobody acts twice in an epoch");
	}

	/// Seals up to the next epoch's second block: its first formed the consensus.
	async fn close_epoch(&self) {
		seal_until_next_block_at(&self.url, EPOCH, &[1]).await;
		seal_blocks(&self.url, 1).await;
	}

	/// Stops the validators and the node; checks that each scorer ran once, with the peers.
	fn stop(self) {
		for agent in self.agents {
			agent.stop();
		}
		for name in PEERS {
			let runs = std::fs::read_to_string(self.dir.path().join(format!("{name}.runs")))
				.unwrap_or_default();
			assert_eq!(runs.lines().count(), 1, "{name}'s scorer ran once in the epoch:\n{runs}");
			assert!(runs.contains(r#""peer_id":"peer-eve""#), "the scorer got the peers: {runs}");
		}
		self.node.stop();
	}
}

#[tokio::test(flavor = "multi_thread")]
async fn validators_submit_once_and_the_dishonest_peer_is_penalised() {
	// Honest scorers agree; eve's scores bob 1_200 instead of 800 (an outlier for bob's
	// consensus score of 900).
	let model = Model::with_validators(|name| {
		let bob = if name == "eve" { 1_200 } else { 800 };
		format!(
			r#"printf '%s' '{{"peer-bob":{bob},"peer-charlie":700,"peer-dave":600,"peer-eve":500}}'"#
		)
	})
	.await;
	model.all_act_once((4, 0)).await;
	model.close_epoch().await;

	let views = model_peers(&model.api, &model.url, model.model).await;
	assert_eq!(views.len(), 4);
	for view in &views {
		let name = String::from_utf8_lossy(&view.peer_id).to_string();
		let result = view.result.as_ref().unwrap_or_else(|| panic!("{name} has a result"));
		assert!(result.in_consensus, "{name}");
		let expected = match name.as_str() {
			"peer-bob" => 900,
			"peer-charlie" => 700,
			"peer-dave" => 600,
			_ => 500,
		};
		assert_eq!(result.score, Some(expected), "{name}");
		let dishonest = name == "peer-eve";
		assert_eq!(result.penalties, u32::from(dishonest), "{name}");
		assert!(dishonest || result.reward > 0, "{name}: honest submitters are paid");
	}
	for name in PEERS {
		let penalties = penalty_count(&model.api, &model.url, key(name).public_key().0).await;
		assert_eq!(penalties, u32::from(name == "eve"), "{name}");
	}
	model.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_model_in_an_error_state_is_unconfirmed_and_nobody_is_penalised() {
	// Every scorer exits with the default model-error code 2.
	let model = Model::with_validators(|_| "exit 2".to_string()).await;
	model.all_act_once((0, 4)).await;
	model.close_epoch().await;

	for view in model_peers(&model.api, &model.url, model.model).await {
		assert!(view.result.is_none(), "a skipped epoch stores no result");
	}
	for name in PEERS {
		assert_eq!(penalty_count(&model.api, &model.url, key(name).public_key().0).await, 0);
		assert!(model.log(name).contains("model reported in an error state"), "{name}");
	}
	model.stop();
}
