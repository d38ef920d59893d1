//! End-to-end: a testnet with new keys instead of the dev keys, the way the README's "A testnet
//! with your own keys" launches one. Fresh Aura, GRANDPA and sudo keys (`dao-node key
//! generate`), a raw chain spec from `scripts/testnet-spec.sh`, the validator's keys put into
//! its keystore with `dao-node key insert`, and a validator started without `--dev` or dev keys:
//! it authors and finalizes blocks, and the sudo key is the new one.

mod common;

use std::{
	path::Path,
	process::{Command, Stdio},
	time::{Duration, Instant},
};

use common::{free_port, node_binary, Client};

/// A new key: its secret phrase and its public key as SS58, for `scheme`.
fn generate(scheme: &str) -> (String, String) {
	let output = Command::new(node_binary())
		.args(["key", "generate", "--scheme", scheme, "--output-type", "json"])
		.output()
		.expect("dao-node key generate runs");
	assert!(output.status.success(), "key generate: {output:?}");
	let key: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON key");
	(
		key["secretPhrase"].as_str().expect("phrase").into(),
		key["ss58Address"].as_str().expect("ss58").into(),
	)
}

/// The SS58 public key of `phrase` for `scheme`.
fn inspect(phrase: &str, scheme: &str) -> String {
	let output = Command::new(node_binary())
		.args(["key", "inspect", "--scheme", scheme, "--output-type", "json", phrase])
		.output()
		.expect("dao-node key inspect runs");
	assert!(output.status.success(), "key inspect: {output:?}");
	let key: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON key");
	key["ss58Address"].as_str().expect("ss58").into()
}

fn insert_key(base: &Path, spec: &Path, phrase: &str, scheme: &str, key_type: &str) {
	let status = Command::new(node_binary())
		.args(["key", "insert", "--scheme", scheme, "--key-type", key_type, "--suri", phrase])
		.arg("--chain")
		.arg(spec)
		.arg("--base-path")
		.arg(base)
		.status()
		.expect("dao-node key insert runs");
	assert!(status.success(), "key insert {key_type}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_testnet_with_new_authority_and_sudo_keys_authors_and_finalizes() {
	let dir = tempfile::tempdir().expect("temp dir");
	let (validator, aura) = generate("sr25519");
	let grandpa = inspect(&validator, "ed25519");
	let (_, sudo) = generate("sr25519");

	let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
	let status = Command::new("bash")
		.arg(root.join("scripts/testnet-spec.sh"))
		.args(["--sudo", &sudo, "--authority", &format!("{aura}:{grandpa}"), "--endow", &sudo])
		.arg("--node")
		.arg(node_binary())
		.arg("--out")
		.arg(dir.path())
		.stdout(Stdio::null())
		.status()
		.expect("testnet-spec.sh runs");
	assert!(status.success(), "testnet-spec.sh");
	let spec = dir.path().join("dao-testnet.raw.json");
	let raw: serde_json::Value =
		serde_json::from_slice(&std::fs::read(&spec).expect("raw spec")).expect("JSON spec");
	assert_eq!(raw["id"], "dao_testnet");
	assert!(raw["genesis"]["raw"]["top"].is_object(), "the spec is raw");

	let base = dir.path().join("validator");
	insert_key(&base, &spec, &validator, "sr25519", "aura");
	insert_key(&base, &spec, &validator, "ed25519", "gran");
	// A validator of a live chain needs its libp2p key made beforehand.
	let status = Command::new(node_binary())
		.args(["key", "generate-node-key", "--chain"])
		.arg(&spec)
		.arg("--base-path")
		.arg(&base)
		.stderr(Stdio::null())
		.status()
		.expect("dao-node key generate-node-key runs");
	assert!(status.success(), "key generate-node-key");

	let rpc_port = free_port();
	let p2p_port = free_port();
	let mut child = Command::new(node_binary())
		.arg("--chain")
		.arg(&spec)
		.arg("--base-path")
		.arg(&base)
		.args(["--validator", "--no-prometheus", "--no-telemetry", "--no-mdns"])
		.args(["--rpc-port", &rpc_port.to_string()])
		.args(["--listen-addr", &format!("/ip4/127.0.0.1/tcp/{p2p_port}")])
		.stdout(Stdio::null())
		.stderr(std::fs::File::create(dir.path().join("validator.log")).expect("log file"))
		.spawn()
		.expect("dao-node starts");
	let log = || std::fs::read_to_string(dir.path().join("validator.log")).unwrap_or_default();

	let url = format!("ws://127.0.0.1:{rpc_port}");
	let deadline = Instant::now() + Duration::from_secs(120);
	let api = loop {
		if let Ok(api) = Client::from_insecure_url(&url).await {
			break api;
		}
		assert!(Instant::now() < deadline, "the validator's RPC server did not open:\n{}", log());
		tokio::time::sleep(Duration::from_millis(200)).await;
	};
	// The new authority's keys author and finalize: the finalized head reaches block 2.
	common::wait_for_finalized(&api, 2, Duration::from_secs(120)).await;

	// The sudo key is the new one, and it holds the endowment; Alice holds nothing.
	let at = api.at_current_block().await.expect("current block");
	let key = at
		.storage()
		.try_fetch(subxt::dynamic::storage::<(), [u8; 32]>("Sudo", "Key"), ())
		.await
		.expect("storage read")
		.expect("a sudo key")
		.decode()
		.expect("an account id");
	let sudo_id: subxt::utils::AccountId32 = sudo.parse().expect("an SS58 account");
	assert_eq!(key, sudo_id.0);
	assert!(common::free_balance(&api, key).await > 0, "the endowed sudo account has funds");
	let alice = subxt_signer::sr25519::dev::alice().public_key().0;
	assert_eq!(common::free_balance(&api, alice).await, 0, "the dev accounts are not endowed");

	let _ = child.kill();
	let _ = child.wait();
}
