//! `dao-agent validator`: takes part in pallet-consensus for one model, as one of its peers.
//!
//! On every finalized block it asks the chain whether its account may submit for the model now
//! (`ConsensusApi::submit_status`: inside the submission window, a mature peer of a mature
//! model, no consensus in progress) and whether it has submitted or unconfirmed this epoch
//! already (`ConsensusApi::participation`). If it may and has not, it runs the operator's
//! scorer once for the epoch:
//!
//! - stdin: `{"model":0,"epoch":7,"peers":[{"uid":0,"peer_id":"peer-a","account":"0x.."},...]}`;
//! - exit 0 with stdout `{"peer-a": 800, "peer-b": 750}` (scores `1..=10000` by peer id):
//!   the scores are submitted with `submit_consensus_data`, by uid (the chain's index of each
//!   peer in the model), sorted by uid;
//! - exit `model_error_exit_code` (default 2): the model is in an error state, and
//!   `unconfirm_consensus_data` is called instead;
//! - anything else (another exit code, bad JSON, a timeout): nothing is submitted, the error is
//!   logged, and the scorer runs again at the next block of the window.
//!
//! Peer ids are written as UTF-8 text, or as `0x`-hex when they are not UTF-8. Since the chain
//! is asked before every submission, it never submits twice in an epoch, across restarts too.

use crate::{
	chain::{self, AccountId, Client, ModelPeer, SubmitStatus},
	config::ValidatorConfig,
	metrics::Metrics,
	run_reconnecting,
	runner::run_program,
	Backoff,
};
use anyhow::{bail, Context};
use serde_json::{json, Map, Value};
use subxt_signer::sr25519::Keypair;
use tokio::sync::watch;

/// The highest score pallet-consensus accepts.
pub const MAX_SCORE: u64 = 10_000;

/// What the scorer decided for an epoch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
	/// Submit these scores (uid, score), sorted by uid.
	Scores(Vec<(u16, u16)>),
	/// The model is in an error state: unconfirm.
	ModelError,
}

/// A peer id as text for the scorer: UTF-8 if it is, else `0x`-hex.
pub fn peer_id_text(peer_id: &[u8]) -> String {
	match std::str::from_utf8(peer_id) {
		Ok(text) if !text.starts_with("0x") => text.to_string(),
		_ => format!("0x{}", hex::encode(peer_id)),
	}
}

/// The scorer's stdin for an epoch.
pub fn scorer_input(model: u32, epoch: u32, peers: &[ModelPeer]) -> Value {
	let peers: Vec<Value> = peers
		.iter()
		.map(|p| json!({"uid": p.uid, "peer_id": peer_id_text(&p.peer_id), "account": format!("0x{}", hex::encode(p.account))}))
		.collect();
	json!({"model": model, "epoch": epoch, "peers": peers})
}

/// Reads the scorer's result: its exit code and stdout.
pub fn verdict(
	exit_code: i32,
	stdout: &[u8],
	peers: &[ModelPeer],
	model_error_exit_code: i32,
) -> anyhow::Result<Verdict> {
	if exit_code == model_error_exit_code {
		return Ok(Verdict::ModelError);
	}
	if exit_code != 0 {
		bail!("the scorer exited with {exit_code}");
	}
	let scores: Map<String, Value> =
		serde_json::from_slice(stdout).context("the scorer's output is not a JSON object")?;
	let mut entries = Vec::new();
	for (id, score) in scores {
		let Some(peer) = peers.iter().find(|p| peer_id_text(&p.peer_id) == id) else {
			tracing::warn!(peer_id = %id, "the scorer scored an unknown peer; left out");
			continue;
		};
		let score = score
			.as_u64()
			.filter(|s| (1..=MAX_SCORE).contains(s))
			.with_context(|| format!("score of {id} must be an integer in 1..={MAX_SCORE}"))?;
		entries.push((peer.uid, u16::try_from(score)?));
	}
	if entries.is_empty() {
		bail!("the scorer scored no peer of the model");
	}
	entries.sort();
	Ok(Verdict::Scores(entries))
}

/// The validator.
pub struct Validator {
	config: ValidatorConfig,
	key: Keypair,
	me: AccountId,
	metrics: Option<Metrics>,
	/// The epoch the chain last showed this account's submission (or unconfirm) in.
	acted_in: Option<u32>,
}

impl Validator {
	/// A validator for `config.model`, signing with `key`.
	pub fn new(config: ValidatorConfig, key: Keypair, metrics: Option<Metrics>) -> Self {
		let me = chain::account_of(&key);
		Self { config, key, me, metrics, acted_in: None }
	}

	/// Runs until `shutdown` turns true, reconnecting with backoff.
	pub async fn run(mut self, mut shutdown: watch::Receiver<bool>) -> anyhow::Result<()> {
		tracing::info!(account = %hex::encode(self.me), model = self.config.model, "validator starting");
		run_reconnecting(&mut shutdown, async |backoff, shutdown| {
			self.session(backoff, shutdown).await
		})
		.await
	}

	async fn session(
		&mut self,
		backoff: &mut Backoff,
		shutdown: &mut watch::Receiver<bool>,
	) -> anyhow::Result<()> {
		let api = chain::connect(&self.config.url).await?;
		let mut blocks = chain::follow_finalized(&api).await?;
		backoff.reset();
		tracing::info!(url = %self.config.url, "connected");
		while let Some(finalized) = chain::next_finalized(&mut blocks, shutdown).await? {
			if let Err(e) = self.on_block(&api).await {
				tracing::warn!(block = finalized, error = %format!("{e:#}"), "no submission at this block");
			}
		}
		Ok(())
	}

	/// Submits for the current epoch if the chain allows it and this account has not yet.
	async fn on_block(&mut self, api: &Client) -> anyhow::Result<()> {
		let at = chain::finalized(api).await?;
		let model = self.config.model;
		let epoch = chain::current_epoch(&at).await?;
		if self.acted_in == Some(epoch) {
			return Ok(());
		}
		if let SubmitStatus::Denied(reason) = chain::submit_status(&at, model, self.me).await? {
			tracing::debug!(epoch, reason = %String::from_utf8_lossy(&reason), "may not submit now");
			return Ok(());
		}
		if chain::has_acted(&at, model, self.me).await? {
			self.acted_in = Some(epoch);
			return Ok(());
		}

		let peers = chain::model_peers(&at, model).await?;
		let input = scorer_input(model, epoch, &peers).to_string();
		let env = [("DAO_MODEL", model.to_string()), ("DAO_EPOCH", epoch.to_string())];
		let output = run_program(&self.config.scorer, input.as_bytes(), &env, None).await.map_err(
			|(reason, message)| anyhow::anyhow!("scorer failed ({reason:?}): {message}"),
		)?;
		match verdict(output.exit_code, &output.stdout, &peers, self.config.model_error_exit_code)?
		{
			Verdict::Scores(scores) => {
				chain::submit_scores(api, &self.key, model, &scores).await?;
				tracing::info!(epoch, model, peers = scores.len(), "scores submitted");
				self.count("submit");
			},
			Verdict::ModelError => {
				chain::unconfirm(api, &self.key, model).await?;
				tracing::info!(epoch, model, "model reported in an error state");
				self.count("unconfirm");
			},
		}
		self.acted_in = Some(epoch);
		Ok(())
	}

	fn count(&self, kind: &str) {
		if let Some(metrics) = &self.metrics {
			metrics.count_submission(kind);
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn peers() -> Vec<ModelPeer> {
		vec![
			ModelPeer { uid: 1, account: [1; 32], peer_id: b"peer-a".to_vec() },
			ModelPeer { uid: 0, account: [2; 32], peer_id: vec![0xff, 0x00] },
		]
	}

	#[test]
	fn peer_ids_are_text_or_hex() {
		assert_eq!(peer_id_text(b"peer-a"), "peer-a");
		assert_eq!(peer_id_text(&[0xff, 0x00]), "0xff00");
		assert_eq!(peer_id_text(b"0xab"), "0x30786162", "text that looks like hex is hex-encoded");
	}

	#[test]
	fn scorer_input_lists_the_peers() {
		let input = scorer_input(3, 7, &peers());
		assert_eq!(input["model"], 3);
		assert_eq!(input["epoch"], 7);
		assert_eq!(input["peers"][0]["peer_id"], "peer-a");
		assert_eq!(input["peers"][0]["uid"], 1);
		assert_eq!(input["peers"][1]["peer_id"], "0xff00");
		assert_eq!(input["peers"][0]["account"], format!("0x{}", "01".repeat(32)));
	}

	#[test]
	fn scores_map_back_to_uids_in_uid_order() {
		let verdict =
			verdict(0, br#"{"peer-a": 800, "0xff00": 10000, "stranger": 5}"#, &peers(), 2);
		assert_eq!(verdict.unwrap(), Verdict::Scores(vec![(0, 10_000), (1, 800)]));
	}

	#[test]
	fn model_error_exit_code_means_unconfirm() {
		assert_eq!(verdict(2, b"", &peers(), 2).unwrap(), Verdict::ModelError);
		assert_eq!(verdict(5, b"", &peers(), 5).unwrap(), Verdict::ModelError);
	}

	#[test]
	fn bad_scorer_results_submit_nothing() {
		for (code, out) in [
			(1, &br#"{"peer-a": 5}"#[..]),
			(0, b"not json"),
			(0, b"[1,2]"),
			(0, br#"{"peer-a": 0}"#),
			(0, br#"{"peer-a": 10001}"#),
			(0, br#"{"peer-a": 1.5}"#),
			(0, br#"{"peer-a": "800"}"#),
			(0, br#"{}"#),
			(0, br#"{"stranger": 5}"#),
		] {
			assert!(
				verdict(code, out, &peers(), 2).is_err(),
				"{code} {}",
				String::from_utf8_lossy(out)
			);
		}
	}
}
