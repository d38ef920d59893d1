//! End-to-end: four model peers run `dao-agent validator` beside a dev node (instant seal),
//! each with its own scorer script; one scores dishonestly. The validators submit once in the
//! epoch's submission window, consensus forms at the epoch boundary, and the dishonest peer is
//! penalised on chain while the honest ones are paid.

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

async fn participation(api: &Client, url: &str, model: u32) -> (u32, u32) {
	let at = at_best(api, url).await;
	let addr = subxt::dynamic::storage::<(u32,), (u32, u32)>("Consensus", "EpochParticipation");
	match at.storage().try_fetch(addr, (model,)).await.expect("storage read") {
		Some(value) => value.decode().expect("(u32, u32)"),
		None => (0, 0),
	}
}

#[tokio::test(flavor = "multi_thread")]
async fn validators_submit_once_and_the_dishonest_peer_is_penalised() {
	let dir = tempfile::tempdir().expect("temp dir");
	let node = DevNode::start(&dir.path().join("node"), &["--sealing", "instant"]);
	let api = node.client().await;
	let url = node.url();

	let model = register_model(&api, b"models/agent-e2e").await;

	let peers: [(&str, Keypair, &str); 4] = [
		("bob", dev::bob(), "//Bob"),
		("charlie", dev::charlie(), "//Charlie"),
		("dave", dev::dave(), "//Dave"),
		("eve", dev::eve(), "//Eve"),
	];
	seal_until_next_block_at(&url, EPOCH, &[0]).await;
	for (name, key, _) in &peers {
		add_model_peer(&api, model, format!("peer-{name}").as_bytes(), key).await;
	}

	// Honest scorers agree; eve's scores bob 1_200 instead of 800 (an outlier for bob's
	// consensus score of 900). Every scorer also logs its runs, to check "once per epoch".
	let mut agents = Vec::new();
	for (name, _, suri) in &peers {
		let bob = if *name == "eve" { 1_200 } else { 800 };
		let scores =
			format!(r#"{{"peer-bob":{bob},"peer-charlie":700,"peer-dave":600,"peer-eve":500}}"#);
		let runs = dir.path().join(format!("{name}.runs"));
		let scorer = script(
			dir.path(),
			&format!("score-{name}.sh"),
			&format!(
				"cat >> {runs}; echo >> {runs}; printf '%s' '{scores}'",
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
		agents.push(Agent::start(
			"validator",
			&config,
			suri,
			&[],
			&dir.path().join(format!("{name}.log")),
		));
	}
	let logs = || {
		peers
			.iter()
			.map(|(name, _, _)| {
				let log = std::fs::read_to_string(dir.path().join(format!("{name}.log")))
					.unwrap_or_default();
				format!("--- {name}\n{log}")
			})
			.collect::<String>()
	};

	// Every validator follows the chain before the window opens.
	wait_until("four connected validators", Duration::from_secs(60), logs, || async {
		let connected = peers
			.iter()
			.filter(|(name, _, _)| {
				std::fs::read_to_string(dir.path().join(format!("{name}.log")))
					.is_ok_and(|log| log.contains("connected"))
			})
			.count();
		(connected == peers.len()).then_some(())
	})
	.await;

	// The next epoch's submission window: the validators submit on their own (each submission
	// seals a block, which wakes the others). An empty block now and then keeps the chain
	// moving, as Aura would, well inside the window.
	seal_until_next_block_at(&url, EPOCH, &[0]).await;
	seal_until_next_block_at(&url, EPOCH, &[WINDOW]).await;
	seal_blocks(&url, 1).await;
	let window_epoch = block_number(&url).await / EPOCH;
	let mut polls = 0u32;
	wait_until("four submissions", Duration::from_secs(120), logs, || {
		polls += 1;
		let nudge = polls.is_multiple_of(10);
		let (api, url) = (&api, &url);
		async move {
			if participation(api, url, model).await.0 == 4 {
				return Some(());
			}
			let next = block_number(url).await + 1;
			if nudge && next % EPOCH > WINDOW && next % EPOCH < EPOCH - 5 {
				seal_blocks(url, 1).await;
			}
			None
		}
	})
	.await;
	assert_eq!(
		block_number(&url).await / EPOCH,
		window_epoch,
		"all four submitted in the first window"
	);
	// More blocks in the same window: nobody submits twice.
	seal_blocks(&url, 3).await;
	tokio::time::sleep(Duration::from_secs(2)).await;
	assert_eq!(participation(&api, &url, model).await, (4, 0));

	// The next epoch's first block forms consensus.
	seal_until_next_block_at(&url, EPOCH, &[1]).await;
	seal_blocks(&url, 1).await;

	let views = model_peers(&api, &url, model).await;
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
	assert_eq!(penalty_count(&api, &url, dev::eve().public_key().0).await, 1);
	assert_eq!(penalty_count(&api, &url, dev::bob().public_key().0).await, 0);

	for agent in agents {
		agent.stop();
	}
	for (name, _, _) in &peers {
		let runs =
			std::fs::read_to_string(dir.path().join(format!("{name}.runs"))).unwrap_or_default();
		assert_eq!(runs.lines().count(), 1, "{name}'s scorer ran once in the epoch:\n{runs}");
		assert!(
			runs.contains(r#""peer_id":"peer-eve""#),
			"the scorer got the model's peers: {runs}"
		);
	}
	node.stop();
}
