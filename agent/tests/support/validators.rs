//! Model peers running `dao-agent validator`, shared by the dev-node tests (`validator.rs`) and
//! the network scenario (`network.rs`): the four peers' keys, their agents, their scorers and
//! the check of one epoch's consensus.

use std::path::Path;

use subxt_signer::sr25519::{dev, Keypair};

use super::{node::PeerView, script, Agent};

/// The four model peers' accounts, by name (their dev keys).
pub const PEERS: [&str; 4] = ["bob", "charlie", "dave", "eve"];

/// The dev key of a peer of [`PEERS`].
pub fn key(name: &str) -> Keypair {
	match name {
		"bob" => dev::bob(),
		"charlie" => dev::charlie(),
		"dave" => dev::dave(),
		_ => dev::eve(),
	}
}

/// The secret URI of a peer of [`PEERS`]: `//Bob`, ...
pub fn suri(name: &str) -> String {
	let mut chars = name.chars();
	let first = chars.next().map(|c| c.to_ascii_uppercase()).unwrap_or_default();
	format!("//{first}{}", chars.as_str())
}

/// Starts `dao-agent validator` as `suri` for `model` on the node at `url`, with `scorer`; its
/// config is `<name>.toml` and its log `<name>.log` in `dir`.
pub fn start_validator(
	dir: &Path,
	name: &str,
	url: &str,
	model: u32,
	scorer: &Path,
	suri: &str,
) -> Agent {
	let config = dir.join(format!("{name}.toml"));
	std::fs::write(
		&config,
		format!(
			"url = \"{url}\"\n[validator]\nmodel = {model}\nscorer = \"{}\"\ntimeout_secs = 30\n",
			scorer.display()
		),
	)
	.expect("config written");
	Agent::start("validator", &config, suri, &[], &dir.join(format!("{name}.log")))
}

/// A scorer script for peer `name` in `dir` that appends its input to `<name>.runs` and then
/// runs `body`.
pub fn scorer(dir: &Path, name: &str, body: &str) -> std::path::PathBuf {
	let runs = dir.join(format!("{name}.runs"));
	script(
		dir,
		&format!("score-{name}.sh"),
		&format!("cat >> {runs}; echo >> {runs}; {body}", runs = runs.display()),
	)
}

/// The scorer body of peer `name`: honest scorers agree, Eve scores Bob 1,200 instead of 800
/// (an outlier for Bob's consensus score, [`consensus_score`]).
pub fn scores_of(name: &str) -> String {
	let bob = if name == "eve" { 1_200 } else { 800 };
	format!(
		r#"printf '%s' '{{"peer-bob":{bob},"peer-charlie":700,"peer-dave":600,"peer-eve":500}}'"#
	)
}

/// The consensus scores [`scores_of`] gives, by peer id.
pub fn consensus_score(peer_id: &str) -> u16 {
	match peer_id {
		"peer-bob" => 900,
		"peer-charlie" => 700,
		"peer-dave" => 600,
		_ => 500,
	}
}

/// Checks one epoch's results of a model: every peer in consensus with `score(peer id)`, the
/// `dishonest` peer penalised once, every other credited (and its credit unclaimed).
pub fn assert_consensus(views: &[PeerView], score: impl Fn(&str) -> u16, dishonest: &str) {
	for view in views {
		let name = String::from_utf8_lossy(&view.peer_id).to_string();
		let (_, result) = view.result.as_ref().unwrap_or_else(|| panic!("{name} has a result"));
		assert!(result.in_consensus, "{name}");
		assert_eq!(result.score, Some(score(&name)), "{name}: the outlier is filtered");
		let is_dishonest = name == dishonest;
		assert_eq!(result.penalties, u16::from(is_dishonest), "{name}");
		assert!(is_dishonest || result.reward > 0, "{name}: honest submitters are credited");
		assert_eq!(view.unclaimed.native, result.reward, "{name}");
	}
}
