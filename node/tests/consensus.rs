//! End-to-end: pallet-consensus on a running dev node (instant seal). A model is registered,
//! four peers join in the peer window, submit scores by uid in the next epoch, and at the
//! epoch boundary consensus forms: the results, penalties and credited rewards are readable
//! through `ConsensusApi`, and a peer claims its reward.

mod common;

use common::{
	add_model_peer, event, model_peers, penalty_count, register_model, seal_blocks,
	seal_until_next_block_at, submit, DevNode,
};
use subxt::dynamic::Value;
use subxt_signer::sr25519::{dev, Keypair};

/// Runtime constants of pallet-consensus (see `runtime/src/configs`).
const EPOCH: u64 = 100;
const WINDOW: u64 = 20;

fn peer_id(name: &str) -> Vec<u8> {
	format!("peer-{name}").into_bytes()
}

/// A submission scoring peers by uid (sorted by uid).
fn scores(entries: &[(u16, u16)]) -> Value {
	let mut entries = entries.to_vec();
	entries.sort();
	Value::unnamed_composite(entries.iter().map(|(uid, score)| {
		Value::named_composite([
			("uid", Value::u128((*uid).into())),
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
	let views = model_peers(&api, &url, model).await;
	let uid = |name: &str| {
		views
			.iter()
			.find(|v| v.peer_id == peer_id(name))
			.map(|v| v.uid)
			.expect("a peer")
	};
	assert_eq!(
		["bob", "charlie", "dave", "eve"].map(uid),
		[0, 1, 2, 3],
		"uids in the order they joined"
	);
	seal_until_next_block_at(&url, EPOCH, &[0]).await;
	seal_until_next_block_at(&url, EPOCH, &[WINDOW]).await;
	for (name, key) in &peers {
		let bob_score = if *name == "eve" { 1_200 } else { 800 };
		let data = scores(&[
			(uid("bob"), bob_score),
			(uid("charlie"), 700),
			(uid("dave"), 600),
			(uid("eve"), 500),
		]);
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
		let (epoch, result) = view.result.as_ref().expect("every peer has a result");
		assert!(result.in_consensus, "{:?}", view.peer_id);
		assert!(*epoch >= 1);
		let expected = match view.peer_id.as_slice() {
			b"peer-bob" => 900,
			b"peer-charlie" => 700,
			b"peer-dave" => 600,
			_ => 500,
		};
		assert_eq!(result.score, Some(expected), "{:?}", String::from_utf8_lossy(&view.peer_id));
	}
	let eve = views.iter().find(|v| v.peer_id == b"peer-eve").expect("eve");
	let (_, eve_result) = eve.result.as_ref().expect("eve's result");
	assert_eq!(eve_result.penalties, 1, "eve's outlier score for bob is penalised");
	let bob = views.iter().find(|v| v.peer_id == b"peer-bob").expect("bob");
	let (_, bob_result) = bob.result.as_ref().expect("bob's result");
	assert_eq!(bob_result.penalties, 0);
	assert!(bob_result.reward > 0, "honest submitters are credited");
	assert_eq!(bob.unclaimed.native, bob_result.reward);

	let penalties = penalty_count(&api, &url, eve.account).await;
	assert_eq!(penalties, 1);

	// Bob claims what he was credited.
	let claim =
		subxt::dynamic::transaction("Consensus", "claim_rewards", vec![Value::u128(model.into())]);
	#[derive(Debug, scale_decode::DecodeAsType)]
	struct RewardsClaimed {
		native: u128,
	}
	let events = submit(&api, claim, &dev::bob()).await;
	let claimed = event::<RewardsClaimed>(&events, "Consensus", "RewardsClaimed");
	assert_eq!(claimed.native, bob_result.reward);
	let views = model_peers(&api, &url, model).await;
	let bob = views.iter().find(|v| v.peer_id == b"peer-bob").expect("bob");
	assert_eq!(bob.unclaimed.native, 0);

	node.stop();
}
