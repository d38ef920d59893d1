//! End-to-end: the `dao-node` binary produces and finalizes blocks, accepts a signed transfer
//! from a real client (subxt), stops cleanly, and keeps its chain across restarts.

mod common;

use std::time::Duration;

use common::{event, free_balance, submit, DevNode};
use subxt::dynamic::Value;
use subxt_signer::sr25519::dev;

/// Transfers `amount` from Alice to `dest`, waits for finality and returns the `Transfer`
/// event's fields (from, to, amount).
async fn transfer_from_alice(
	api: &common::Client,
	dest: [u8; 32],
	amount: u128,
) -> ([u8; 32], [u8; 32], u128) {
	#[derive(Debug, scale_decode::DecodeAsType)]
	struct Transfer {
		from: [u8; 32],
		to: [u8; 32],
		amount: u128,
	}
	let tx = subxt::dynamic::transaction(
		"Balances",
		"transfer_keep_alive",
		vec![Value::unnamed_variant("Id", [Value::from_bytes(dest)]), Value::u128(amount)],
	);
	let events = submit(api, tx, &dev::alice()).await;
	let transfer: Transfer = event(&events, "Balances", "Transfer");
	(transfer.from, transfer.to, transfer.amount)
}

#[tokio::test(flavor = "multi_thread")]
async fn aura_dev_chain_finalizes_and_transfers() {
	let dir = tempfile::tempdir().expect("temp dir");
	let node = DevNode::start(dir.path(), &[]);
	let api = node.client().await;

	// Blocks are produced and finalized: the finalized stream reaches block 1.
	common::wait_for_finalized(&api, 1, Duration::from_secs(120)).await;

	let dest = [7u8; 32];
	let amount = 5_000_000_000_000u128; // 5 DAO
	let alice: [u8; 32] = dev::alice().public_key().0;
	let (from, to, moved) = transfer_from_alice(&api, dest, amount).await;
	assert_eq!((from, to, moved), (alice, dest, amount));
	assert_eq!(free_balance(&api, dest).await, amount);

	node.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn restart_continues_the_same_chain() {
	let dir = tempfile::tempdir().expect("temp dir");
	let dest = [9u8; 32];
	let amount = 3_000_000_000_000u128;

	let (best_before, alice_before) = {
		let node = DevNode::start(dir.path(), &["--sealing", "instant"]);
		let api = node.client().await;
		transfer_from_alice(&api, dest, amount).await;
		assert_eq!(free_balance(&api, dest).await, amount);
		let best = api.at_current_block().await.expect("current block").block_number();
		let alice = free_balance(&api, dev::alice().public_key().0).await;
		node.stop();
		(best, alice)
	};

	let node = DevNode::start(dir.path(), &["--sealing", "instant"]);
	let api = node.client().await;
	let best_after = api.at_current_block().await.expect("current block").block_number();
	assert!(best_after >= best_before, "best block {best_after} went back from {best_before}");
	assert_eq!(free_balance(&api, dest).await, amount);
	assert_eq!(free_balance(&api, dev::alice().public_key().0).await, alice_before);

	// The chain goes on after the restart (the next block's slot follows the last one).
	transfer_from_alice(&api, dest, amount).await;
	assert_eq!(free_balance(&api, dest).await, 2 * amount);
	node.stop();
}
