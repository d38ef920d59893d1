//! The 4-validator network of `network/local.toml` (the file `make net` hands to zombienet),
//! run as `dao-node` processes the tests can kill and restart on their base paths.
//!
//! The topology comes from that file: node names, ports, the chain and the extra arguments.
//! The rest is what zombienet's native provider does with it: each node's libp2p key is
//! sha256(name), the first node is every other node's bootnode, and the validators' Aura and
//! GRANDPA keys are the well-known ones of their names (`--alice` inserts //Alice's).

use std::{
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};

use serde::Deserialize;
use subxt::rpcs::{client::RpcClient, rpc_params};

use super::node::{connected, node_binary, rpc_client, Client};

/// What the tests read of `network/local.toml`.
#[derive(Deserialize)]
struct Definition {
	relaychain: Chain,
}

#[derive(Deserialize)]
struct Chain {
	chain: String,
	#[serde(default)]
	default_args: Vec<String>,
	nodes: Vec<NodeDefinition>,
}

#[derive(Deserialize)]
struct NodeDefinition {
	name: String,
	validator: bool,
	rpc_port: u16,
	p2p_port: u16,
}

/// One validator process of the network.
pub struct Validator {
	/// Its name in the definition (`alice`, ...).
	pub name: String,
	/// The port of its JSON-RPC server on 127.0.0.1.
	pub rpc_port: u16,
	p2p_port: u16,
	args: Vec<String>,
	log: PathBuf,
	child: Option<Child>,
}

impl Validator {
	/// The WebSocket URL of its RPC server.
	pub fn url(&self) -> String {
		format!("ws://127.0.0.1:{}", self.rpc_port)
	}

	/// Whether its process runs.
	pub fn is_running(&self) -> bool {
		self.child.is_some()
	}

	/// Starts the process (again, on the same base path) and waits until its RPC server
	/// answers.
	pub async fn start(&mut self) {
		self.spawn(self.args.clone());
		self.wait_for_rpc().await;
	}

	/// Starts the process on its base path cut off from the network: no bootnode, another
	/// p2p port (the others know the usual one) and reserved-only peering with no reserved
	/// peer, forced to author: it authors in its own slots on a fork of its own, which it alone
	/// votes for, so nothing of it is finalized.
	pub async fn start_isolated(&mut self) {
		let mut args = Vec::new();
		let mut given = self.args.iter();
		while let Some(arg) = given.next() {
			match arg.as_str() {
				"--bootnodes" => {
					given.next();
				},
				"--listen-addr" => {
					given.next();
					args.push(arg.clone());
					args.push(format!("/ip4/127.0.0.1/tcp/{}/ws", self.p2p_port + 1000));
				},
				_ => args.push(arg.clone()),
			}
		}
		// Without peers, Aura authors only when forced (else it waits for the network).
		args.extend(["--reserved-only".into(), "--force-authoring".into()]);
		self.spawn(args);
		self.wait_for_rpc().await;
	}

	fn spawn(&mut self, args: Vec<String>) {
		assert!(self.child.is_none(), "{} already runs", self.name);
		let log = std::fs::OpenOptions::new()
			.create(true)
			.append(true)
			.open(&self.log)
			.expect("node log file");
		let child = Command::new(node_binary())
			.args(&args)
			.stdout(Stdio::null())
			.stderr(log)
			.spawn()
			.expect("dao-node starts");
		self.child = Some(child);
	}

	async fn wait_for_rpc(&self) {
		let deadline = Instant::now() + Duration::from_secs(120);
		while RpcClient::from_insecure_url(self.url()).await.is_err() {
			assert!(Instant::now() < deadline, "{} did not open its RPC port", self.name);
			tokio::time::sleep(Duration::from_millis(200)).await;
		}
	}

	/// Kills the process with SIGKILL (a crash: nothing is flushed or closed) and reaps it.
	pub fn kill(&mut self) {
		let mut child = self.child.take().expect("a running validator");
		child.kill().expect("SIGKILL delivered");
		child.wait().expect("dao-node reaped");
	}

	/// Its log so far.
	pub fn log(&self) -> String {
		std::fs::read_to_string(&self.log).unwrap_or_default()
	}

	/// A subxt client connected to it.
	pub async fn client(&self) -> Client {
		let url = self.url();
		connected(&url, || Client::from_insecure_url(&url)).await
	}
}

impl Drop for Validator {
	fn drop(&mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = child.kill();
			let _ = child.wait();
		}
	}
}

/// The network: its validators, in the definition's order, with their data under `dir`.
pub struct Network {
	pub validators: Vec<Validator>,
	_dir: tempfile::TempDir,
}

impl Network {
	/// Starts every node of `network/local.toml` and waits until all RPC servers answer.
	///
	/// `genesis` is raw storage (key, SCALE-encoded value) the test sets in the genesis of the
	/// definition's chain, such as a shorter epoch schedule; the nodes then run the raw chain
	/// spec `dao-node export-chain-spec --raw` gives, with those keys added.
	pub async fn start(genesis: &[(Vec<u8>, Vec<u8>)]) -> Self {
		let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("../network/local.toml");
		let text = std::fs::read_to_string(&file).expect("network/local.toml");
		let definition: Definition = toml::from_str(&text).expect("network/local.toml parses");
		let mut chain = definition.relaychain;
		let dir = tempfile::tempdir().expect("temp dir");
		let keep = std::env::var_os("DAO_NETWORK_KEEP").is_some();
		if !genesis.is_empty() {
			chain.chain = raw_spec_with(&chain.chain, genesis, dir.path()).display().to_string();
		}

		let mut bootnode = None;
		let mut validators = Vec::new();
		for node in chain.nodes {
			assert!(node.validator, "every node of the network is a validator");
			let key = hex::encode(sp_crypto_hashing::sha2_256(node.name.as_bytes()));
			let base = dir.path().join(&node.name);
			let mut args: Vec<String> = vec![
				"--chain".into(),
				chain.chain.clone(),
				format!("--{}", node.name),
				"--base-path".into(),
				base.display().to_string(),
				"--node-key".into(),
				key.clone(),
				"--rpc-port".into(),
				node.rpc_port.to_string(),
				"--listen-addr".into(),
				format!("/ip4/127.0.0.1/tcp/{}/ws", node.p2p_port),
				"--no-mdns".into(),
				"--no-telemetry".into(),
				"--no-prometheus".into(),
			];
			args.extend(chain.default_args.iter().cloned());
			match &bootnode {
				None => {
					bootnode = Some(format!(
						"/ip4/127.0.0.1/tcp/{}/ws/p2p/{}",
						node.p2p_port,
						peer_id(&key, dir.path())
					))
				},
				Some(address) => args.extend(["--bootnodes".into(), address.clone()]),
			}
			validators.push(Validator {
				log: dir.path().join(format!("{}.log", node.name)),
				name: node.name,
				rpc_port: node.rpc_port,
				p2p_port: node.p2p_port,
				args,
				child: None,
			});
		}
		for validator in &mut validators {
			validator.spawn(validator.args.clone());
		}
		for validator in &validators {
			validator.wait_for_rpc().await;
		}
		if keep {
			eprintln!("network data and logs: {}", dir.path().display());
		}
		let mut dir = dir;
		dir.disable_cleanup(keep);
		Self { validators, _dir: dir }
	}

	/// The validator called `name`.
	pub fn validator(&mut self, name: &str) -> &mut Validator {
		self.validators
			.iter_mut()
			.find(|v| v.name == name)
			.unwrap_or_else(|| panic!("no validator {name}"))
	}

	/// The logs of every validator, for a failing test's message.
	pub fn logs(&self) -> String {
		self.validators
			.iter()
			.map(|v| {
				let log = v.log();
				let tail: Vec<&str> = log.lines().rev().take(30).collect();
				let tail: Vec<&str> = tail.into_iter().rev().collect();
				format!("--- {} ---\n{}", v.name, tail.join("\n"))
			})
			.collect::<Vec<_>>()
			.join("\n")
	}
}

impl Drop for Network {
	/// A failing test keeps the network's data and prints the end of every validator's log.
	fn drop(&mut self) {
		if std::thread::panicking() {
			self._dir.disable_cleanup(true);
			eprintln!(
				"network data and logs kept in {}\n{}",
				self._dir.path().display(),
				self.logs()
			);
		}
	}
}

/// Writes the raw chain spec of `chain` with the `genesis` storage added to `dir`; its path.
fn raw_spec_with(chain: &str, genesis: &[(Vec<u8>, Vec<u8>)], dir: &Path) -> PathBuf {
	let output = Command::new(node_binary())
		.args(["export-chain-spec", "--raw", "--chain", chain])
		.output()
		.expect("dao-node export-chain-spec runs");
	assert!(output.status.success(), "export-chain-spec: {output:?}");
	let mut spec: serde_json::Value =
		serde_json::from_slice(&output.stdout).expect("a JSON chain spec");
	let top = spec["genesis"]["raw"]["top"].as_object_mut().expect("a raw chain spec");
	for (key, value) in genesis {
		top.insert(
			format!("0x{}", hex::encode(key)),
			serde_json::Value::String(format!("0x{}", hex::encode(value))),
		);
	}
	let path = dir.join("chain-spec.json");
	std::fs::write(&path, serde_json::to_vec(&spec).expect("JSON")).expect("chain spec written");
	path
}

/// The libp2p peer id of a node key (hex), as `dao-node key inspect-node-key` prints it.
fn peer_id(key: &str, dir: &Path) -> String {
	let file = dir.join("bootnode.key");
	std::fs::write(&file, key).expect("node key written");
	let output = Command::new(node_binary())
		.args(["key", "inspect-node-key", "--file"])
		.arg(&file)
		.output()
		.expect("dao-node key inspect-node-key runs");
	assert!(output.status.success(), "inspect-node-key: {output:?}");
	String::from_utf8(output.stdout).expect("utf-8 peer id").trim().to_string()
}

/// A JSON-RPC request to the node at `url`.
pub async fn rpc(
	url: &str,
	method: &str,
	params: subxt::rpcs::client::RpcParams,
) -> serde_json::Value {
	let client = rpc_client(url).await;
	client
		.request(method, params)
		.await
		.unwrap_or_else(|e| panic!("{method} at {url}: {e}"))
}

fn hex_number(value: &serde_json::Value) -> u64 {
	let text = value.as_str().expect("a hex number");
	u64::from_str_radix(text.trim_start_matches("0x"), 16).expect("a hex number")
}

/// The node's best and finalized block numbers.
pub async fn heads(url: &str) -> (u64, u64) {
	let best = rpc(url, "chain_getHeader", rpc_params![]).await;
	let finalized_hash = rpc(url, "chain_getFinalizedHead", rpc_params![]).await;
	let finalized = rpc(url, "chain_getHeader", rpc_params![finalized_hash]).await;
	(hex_number(&best["number"]), hex_number(&finalized["number"]))
}

/// The finalized block number of the node.
pub async fn finalized(url: &str) -> u64 {
	heads(url).await.1
}

/// The hash of the node's canonical block `number`, if it has it.
pub async fn block_hash(url: &str, number: u64) -> Option<String> {
	rpc(url, "chain_getBlockHash", rpc_params![number])
		.await
		.as_str()
		.map(str::to_string)
}

/// The header of the node's canonical block `number`.
pub async fn header(url: &str, number: u64) -> serde_json::Value {
	let hash = block_hash(url, number).await.expect("the node has the block");
	rpc(url, "chain_getHeader", rpc_params![hash]).await
}

/// The index of the Aura authority that authored the header: its slot modulo `authorities`
/// (the pre-runtime digest `aura` carries the slot).
pub fn aura_author(header: &serde_json::Value, authorities: u64) -> u64 {
	let logs = header["digest"]["logs"].as_array().expect("digest logs");
	// PreRuntime (6), engine `aura`, compact length 8, the slot (u64, little endian).
	let slot = logs
		.iter()
		.filter_map(|log| log.as_str())
		.find_map(|log| log.strip_prefix("0x066175726120"))
		.expect("an Aura pre-runtime digest");
	let bytes = hex::decode(slot).expect("hex slot");
	let slot = u64::from_le_bytes(bytes.try_into().expect("8 bytes of slot"));
	slot % authorities
}

/// The `specVersion` of the runtime at block `at` (default: the node's best block).
pub async fn spec_version(url: &str, at: Option<&str>) -> u64 {
	rpc(url, "state_getRuntimeVersion", rpc_params![at]).await["specVersion"]
		.as_u64()
		.expect("specVersion")
}

/// Every storage key and value under `prefix` (hex) at block `hash`, sorted by key.
pub async fn storage_under(url: &str, prefix: &str, hash: &str) -> Vec<(String, String)> {
	let mut pairs = Vec::new();
	let mut start: Option<String> = None;
	loop {
		let keys =
			rpc(url, "state_getKeysPaged", rpc_params![prefix, 1000, start.clone(), hash]).await;
		let keys: Vec<String> = keys
			.as_array()
			.expect("keys")
			.iter()
			.filter_map(|k| k.as_str().map(String::from))
			.collect();
		if keys.is_empty() {
			return pairs;
		}
		for key in &keys {
			let value = rpc(url, "state_getStorage", rpc_params![key, hash]).await;
			pairs.push((key.clone(), value.as_str().unwrap_or_default().to_string()));
		}
		start = keys.last().cloned();
	}
}
