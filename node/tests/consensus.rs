//! End-to-end: pallet-consensus on a running dev node (instant seal). A model is registered,
//! four peers join in the peer window, submit scores in the next epoch, and at the epoch
//! boundary consensus forms: the results and penalties are readable through `ConsensusApi`.

mod common;

use common::{
	add_model_peer, model_peers, penalty_count, register_model, seal_blocks,
	seal_until_next_block_at, submit, DevNode,
};
use subxt::dynamic::Value;
use subxt_signer::sr25519::{dev, Keypair};

/// Runtime constants of pallet-consensus (see `runtime/src/configs`).
const EPOCH: u64 = 20;
const WINDOW: u64 = 5;

fn peer_id(name: &str) -> Vec<u8> {
	format!("peer-{name}").into_bytes()
}

fn scores(entries: &[(&str, u32)]) -> Value {
	Value::unnamed_composite(entries.iter().map(|(name, score)| {
		Value::named_composite([
			("peer_id", Value::from_bytes(peer_id(name))),
			("score", Value::u128((*score).into())),
		])
	}))
}

#[tokio::test(flavor = "multi_thread")]
async fn peers_submit_and_consensus_forms_on_chain() {
	let dir = tempfile::tempdir().expect("temp dir");
	let node = DevNode::start(dir.path(), &["--sealing", "instant"]);
	let api = node.client().await;
	let url = node.url();

	let model = register_model(&api, b"models/e2e-llm").await;

	// Four peers join in the peer window (one block each with instant seal).
	let peers: [(&str, Keypair); 4] = [
		("bob", dev::bob()),
		("charlie", dev::charlie()),
		("dave", dev::dave()),
		("eve", dev::eve()),
	];
	seal_until_next_block_at(&url, EPOCH, &[0]).await;
	for (name, key) in &peers {
		add_model_peer(&api, model, &peer_id(name), key).await;
	}

	// Next epoch's submission window: three peers agree; eve scores bob 1_200 instead of 800.
	// Bob's scores [800, 800, 800, 1_200] pass the filter and average to 900: the honest 800s
	// are within 25% of it, eve's 1_200 is not.
	seal_until_next_block_at(&url, EPOCH, &[0]).await;
	seal_until_next_block_at(&url, EPOCH, &[WINDOW]).await;
	for (name, key) in &peers {
		let bob_score = if *name == "eve" { 1_200 } else { 800 };
		let data = scores(&[("bob", bob_score), ("charlie", 700), ("dave", 600), ("eve", 500)]);
		let submit_call = subxt::dynamic::transaction(
			"Consensus",
			"submit_consensus_data",
			vec![Value::u128(model.into()), data],
		);
		submit(&api, submit_call, key).await;
	}

	// The next epoch's first block forms consensus.
	seal_until_next_block_at(&url, EPOCH, &[1]).await;
	seal_blocks(&url, 1).await;

	let views = model_peers(&api, &url, model).await;
	assert_eq!(views.len(), 4);
	for view in &views {
		let result = view.result.as_ref().expect("every peer has a result");
		assert!(result.in_consensus, "{:?}", view.peer_id);
		let expected = match view.peer_id.as_slice() {
			b"peer-bob" => 900,
			b"peer-charlie" => 700,
			b"peer-dave" => 600,
			_ => 500,
		};
		assert_eq!(result.score, Some(expected), "{:?}", String::from_utf8_lossy(&view.peer_id));
		assert!(result.epoch >= 1);
	}
	let eve = views.iter().find(|v| v.peer_id == b"peer-eve").expect("eve");
	let eve_result = eve.result.as_ref().expect("eve's result");
	assert_eq!(eve_result.penalties, 1, "eve's outlier score for bob is penalised");
	let bob = views.iter().find(|v| v.peer_id == b"peer-bob").expect("bob");
	let bob_result = bob.result.as_ref().expect("bob's result");
	assert_eq!(bob_result.penalties, 0);
	assert!(bob_result.reward > 0, "honest submitters are paid");

	let penalties = penalty_count(&api, &url, eve.account).await;
	assert_eq!(penalties, 1);

	node.stop();
}
