//! Shared helpers of the end-to-end tests: start a `dao-node`, connect subxt, make blocks.

#![allow(dead_code)]

use std::{
	io::{BufRead, BufReader},
	net::TcpListener,
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	sync::mpsc,
	time::{Duration, Instant},
};

use subxt::{OnlineClient, PolkadotConfig};

/// Connects with `connect`, retrying for 10 s: a node under load now and then resets the first
/// connections to its RPC server (seen right after it started, with every test running).
pub async fn connected<T, E, F>(url: &str, mut connect: impl FnMut() -> F) -> T
where
	E: std::fmt::Display,
	F: std::future::Future<Output = Result<T, E>>,
{
	let deadline = Instant::now() + Duration::from_secs(10);
	loop {
		match connect().await {
			Ok(client) => return client,
			Err(e) if Instant::now() < deadline => {
				eprintln!("connecting to {url} failed ({e}); retrying");
				tokio::time::sleep(Duration::from_millis(500)).await;
			},
			Err(e) => panic!("cannot connect to {url}: {e}"),
		}
	}
}

/// A JSON-RPC client of the node at `url` (see [`connected`]).
pub async fn rpc_client(url: &str) -> subxt::rpcs::client::RpcClient {
	connected(url, || subxt::rpcs::client::RpcClient::from_insecure_url(url)).await
}

/// The client configuration: dao-chain uses the same account, signature and extension types as
/// Polkadot's relay chain.
pub type Client = OnlineClient<PolkadotConfig>;

/// A free TCP port on 127.0.0.1 (bound, then released for the node to take).
pub fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0")
		.and_then(|l| l.local_addr())
		.map(|a| a.port())
		.expect("a free port on 127.0.0.1")
}

/// The `dao-node` binary: Cargo's path in the node's own tests; for the tests of other
/// workspace crates (which include this module too), the one in the same target directory.
pub fn node_binary() -> PathBuf {
	if let Some(path) = option_env!("CARGO_BIN_EXE_dao-node") {
		return path.into();
	}
	let exe = std::env::current_exe().expect("the test executable's path");
	// target/<profile>/deps/<test> -> target/<profile>/dao-node
	exe.parent()
		.and_then(Path::parent)
		.map(|dir| dir.join("dao-node"))
		.expect("the target directory")
}

/// A running `dao-node` child process. Dropping it kills the process.
pub struct DevNode {
	child: Option<Child>,
	/// The port of its JSON-RPC server.
	pub rpc_port: u16,
	log: mpsc::Receiver<String>,
}

impl DevNode {
	/// Starts `dao-node --dev` with its data in `base_path`, plus `extra` arguments, and waits
	/// until its RPC server listens.
	pub fn start(base_path: &Path, extra: &[&str]) -> Self {
		Self::start_on_port(base_path, free_port(), extra)
	}

	/// Like [`DevNode::start`], with the RPC server on `rpc_port` (to restart a node where its
	/// clients expect it).
	pub fn start_on_port(base_path: &Path, rpc_port: u16, extra: &[&str]) -> Self {
		let p2p_port = free_port();
		let mut child = Command::new(node_binary())
			.args(["--dev", "--no-prometheus", "--no-telemetry", "--no-mdns"])
			.args(["--rpc-port", &rpc_port.to_string()])
			.args(["--listen-addr", &format!("/ip4/127.0.0.1/tcp/{p2p_port}")])
			.arg("--base-path")
			.arg(base_path)
			.args(extra)
			.stdout(Stdio::null())
			.stderr(Stdio::piped())
			.spawn()
			.expect("dao-node starts");

		let stderr = child.stderr.take().expect("piped stderr");
		let (tx, rx) = mpsc::channel();
		std::thread::spawn(move || {
			for line in BufReader::new(stderr).lines().map_while(Result::ok) {
				if std::env::var_os("DAO_E2E_LOG").is_some() {
					eprintln!("[dao-node] {line}");
				}
				if tx.send(line).is_err() {
					break;
				}
			}
		});
		let node = Self { child: Some(child), rpc_port, log: rx };
		node.wait_for_log("Running JSON-RPC server", Duration::from_secs(120));
		node
	}

	/// Waits until the node logs a line containing `needle`.
	pub fn wait_for_log(&self, needle: &str, timeout: Duration) -> String {
		let deadline = Instant::now() + timeout;
		loop {
			let left = deadline.saturating_duration_since(Instant::now());
			match self.log.recv_timeout(left) {
				Ok(line) if line.contains(needle) => return line,
				Ok(_) => continue,
				Err(e) => panic!("dao-node did not log {needle:?} in {timeout:?}: {e}"),
			}
		}
	}

	/// The WebSocket URL of its RPC server.
	pub fn url(&self) -> String {
		format!("ws://127.0.0.1:{}", self.rpc_port)
	}

	/// A subxt client connected to the node.
	pub async fn client(&self) -> Client {
		let url = self.url();
		connected(&url, || Client::from_insecure_url(&url)).await
	}

	/// Stops the node with SIGINT, as Ctrl-C would, and checks that it exits cleanly.
	pub fn stop(mut self) {
		let mut child = self.child.take().expect("a running node");
		let status = Command::new("kill")
			.args(["-INT", &child.id().to_string()])
			.status()
			.expect("kill runs");
		assert!(status.success(), "SIGINT delivered");
		let deadline = Instant::now() + Duration::from_secs(60);
		loop {
			if let Some(status) = child.try_wait().expect("wait on dao-node") {
				assert!(status.success(), "dao-node exits cleanly on SIGINT, got {status}");
				return;
			}
			assert!(Instant::now() < deadline, "dao-node did not stop within 60 s of SIGINT");
			std::thread::sleep(Duration::from_millis(100));
		}
	}
}

impl Drop for DevNode {
	fn drop(&mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = child.kill();
			let _ = child.wait();
		}
	}
}

/// Waits (up to `timeout`) until the client's finalized block stream reaches block `number`.
pub async fn wait_for_finalized(api: &Client, number: u64, timeout: Duration) {
	let mut finalized = api.stream_blocks().await.expect("finalized block stream");
	let reached = tokio::time::timeout(timeout, async {
		while let Some(block) = finalized.next().await {
			if block.expect("finalized block").number() >= number {
				return true;
			}
		}
		false
	})
	.await
	.unwrap_or_else(|_| panic!("block {number} is not finalized within {timeout:?}"));
	assert!(reached, "the finalized block stream ended before block {number}");
}

/// Seals `count` empty blocks through the manual-seal RPC (`--sealing instant|manual`).
pub async fn seal_blocks(url: &str, count: u32) {
	use jsonrpsee_client::seal_empty_block;
	for _ in 0..count {
		seal_empty_block(url).await;
	}
}

mod jsonrpsee_client {
	use subxt::rpcs::rpc_params;

	/// Calls `engine_createBlock(create_empty = true, finalize = true)`.
	pub async fn seal_empty_block(url: &str) {
		let client = super::rpc_client(url).await;
		let _: serde_json::Value = client
			.request("engine_createBlock", rpc_params![true, true, Option::<String>::None])
			.await
			.expect("engine_createBlock succeeds");
	}
}

/// The free balance of `who` at the current finalized block.
pub async fn free_balance(api: &Client, who: [u8; 32]) -> u128 {
	balances(api, who).await.0
}

/// The payment asset (dUSD) of the dev chains.
pub const PAYMENT_ASSET: u32 = 1984;

/// `who`'s balance of the payment asset, at the current block.
pub async fn payment_balance(api: &Client, who: [u8; 32]) -> u128 {
	#[derive(Debug, scale_decode::DecodeAsType)]
	struct AssetAccount {
		balance: u128,
	}
	let addr = subxt::dynamic::storage::<(u32, [u8; 32]), AssetAccount>("Assets", "Account");
	let at = api.at_current_block().await.expect("current block");
	match at.storage().try_fetch(addr, (PAYMENT_ASSET, who)).await.expect("storage read") {
		Some(value) => value.decode().expect("AssetAccount decodes").balance,
		None => 0,
	}
}

/// The free and the held (reserved) balance of `who`, at the current block.
pub async fn balances(api: &Client, who: [u8; 32]) -> (u128, u128) {
	#[derive(Debug, scale_decode::DecodeAsType)]
	struct AccountInfo {
		data: AccountData,
	}
	#[derive(Debug, scale_decode::DecodeAsType)]
	struct AccountData {
		free: u128,
		reserved: u128,
	}
	let addr = subxt::dynamic::storage::<([u8; 32],), AccountInfo>("System", "Account");
	let at = api.at_current_block().await.expect("current block");
	match at.storage().try_fetch(addr, (who,)).await.expect("storage read") {
		Some(value) => {
			let data = value.decode().expect("AccountInfo decodes").data;
			(data.free, data.reserved)
		},
		None => (0, 0),
	}
}

/// The parameters of the tests' transactions: valid for 1,024 blocks from the block they are
/// built at (subxt's default is 32). A node sealing a block every 250 ms passes 32 blocks in 8 s,
/// less than a busy machine may take between building a transaction and its validation.
fn long_lived() -> <<PolkadotConfig as subxt::config::Config>::TransactionExtensions as subxt::config::TransactionExtensions<PolkadotConfig>>::Params{
	subxt::config::PolkadotExtrinsicParamsBuilder::<PolkadotConfig>::new()
		.mortal(1024)
		.build()
}

/// Signs `call` with `signer` and waits until it is finalized: its events, or the error it
/// failed with.
async fn finalize(
	api: &Client,
	call: subxt::tx::DynamicPayload<Vec<subxt::dynamic::Value>>,
	signer: &subxt_signer::sr25519::Keypair,
) -> Result<subxt::extrinsics::ExtrinsicEvents<PolkadotConfig>, String> {
	let finalized = async {
		api.tx()
			.await
			.expect("transactions client")
			.sign_and_submit_then_watch(&call, signer, long_lived())
			.await
			.expect("transaction submitted")
			.wait_for_finalized_success()
			.await
			.map_err(|e| e.to_string())
	};
	tokio::time::timeout(TX_TIMEOUT, finalized).await.unwrap_or_else(|_| {
		panic!("{}.{} not finalized in {TX_TIMEOUT:?}", call.pallet_name(), call.call_name())
	})
}

/// How long a test waits for its transaction's block: a missing status event fails the test
/// instead of leaving it waiting for ever.
const TX_TIMEOUT: Duration = Duration::from_secs(180);

/// Signs `call` with `signer`, waits until it is finalized and successful, and returns its
/// events.
pub async fn submit(
	api: &Client,
	call: subxt::tx::DynamicPayload<Vec<subxt::dynamic::Value>>,
	signer: &subxt_signer::sr25519::Keypair,
) -> subxt::extrinsics::ExtrinsicEvents<PolkadotConfig> {
	finalize(api, call, signer).await.expect("transaction finalized and successful")
}

/// Signs `call` with `signer`, waits until it is finalized, and returns the error it failed
/// with (it must fail), which names the pallet error.
pub async fn submit_failing(
	api: &Client,
	call: subxt::tx::DynamicPayload<Vec<subxt::dynamic::Value>>,
	signer: &subxt_signer::sr25519::Keypair,
) -> String {
	match finalize(api, call, signer).await {
		Ok(_) => panic!("the transaction succeeded"),
		Err(error) => error,
	}
}

/// Signs `call` with `signer` against the node's best block (`url`; the nonce is read there)
/// and waits until it is in a best block and successful: for a chain whose finality stalls.
pub async fn submit_in_best_block(
	api: &Client,
	url: &str,
	call: subxt::tx::DynamicPayload<Vec<subxt::dynamic::Value>>,
	signer: &subxt_signer::sr25519::Keypair,
) -> subxt::extrinsics::ExtrinsicEvents<PolkadotConfig> {
	use subxt::transactions::TransactionStatus;
	let in_block = async {
		let mut progress = at_best(api, url)
			.await
			.tx()
			.sign_and_submit_then_watch(&call, signer, long_lived())
			.await
			.expect("transaction submitted");
		while let Some(status) = progress.next().await {
			match status.expect("transaction status") {
				TransactionStatus::InBestBlock(in_block)
				| TransactionStatus::InFinalizedBlock(in_block) => {
					return in_block.wait_for_success().await.expect("transaction successful")
				},
				TransactionStatus::Error { message }
				| TransactionStatus::Invalid { message }
				| TransactionStatus::Dropped { message } => panic!("transaction failed: {message}"),
				_ => continue,
			}
		}
		panic!("the transaction status stream ended before a block")
	};
	tokio::time::timeout(TX_TIMEOUT, in_block).await.unwrap_or_else(|_| {
		panic!("{}.{} in no best block in {TX_TIMEOUT:?}", call.pallet_name(), call.call_name())
	})
}

/// Decodes the first `pallet.name` event of `events` into `E`.
pub fn event<E: scale_decode::DecodeAsFields>(
	events: &subxt::extrinsics::ExtrinsicEvents<PolkadotConfig>,
	pallet: &str,
	name: &str,
) -> E {
	events
		.iter()
		.filter_map(Result::ok)
		.find(|e| e.pallet_name() == pallet && e.event_name() == name)
		.unwrap_or_else(|| panic!("no {pallet}.{name} event"))
		.decode_fields_unchecked_as()
		.unwrap_or_else(|e| panic!("{pallet}.{name} decodes: {e}"))
}

/// The best (= finalized, in the seal modes) block number, straight from the node
/// (`chain_getHeader`): a subxt client's view of the finalized head may lag a block behind.
pub async fn block_number(url: &str) -> u64 {
	use subxt::rpcs::rpc_params;
	let client = rpc_client(url).await;
	let header: serde_json::Value =
		client.request("chain_getHeader", rpc_params![]).await.expect("chain_getHeader");
	let number = header["number"].as_str().expect("a hex block number");
	u64::from_str_radix(number.trim_start_matches("0x"), 16).expect("a hex block number")
}

/// A view of the chain at its best block (see [`block_number`]).
pub async fn at_best(
	api: &Client,
	url: &str,
) -> subxt::client::ClientAtBlock<
	PolkadotConfig,
	subxt::client::OnlineClientAtBlockImpl<PolkadotConfig>,
> {
	api.at_block(block_number(url).await).await.expect("a view at the best block")
}

/// Seals empty blocks until the *next* block has number `n` with `n % length` in `positions`.
pub async fn seal_until_next_block_at(url: &str, length: u64, positions: &[u64]) {
	loop {
		let next = block_number(url).await + 1;
		if positions.contains(&(next % length)) {
			return;
		}
		seal_blocks(url, 1).await;
	}
}

/// A peer's latest consensus result, as `ConsensusApi::model_peers` serves it.
#[derive(Debug, scale_decode::DecodeAsType)]
pub struct PeerResult {
	pub score: Option<u16>,
	pub in_consensus: bool,
	pub penalties: u16,
	pub reward: u128,
}

/// Rewards credited to a peer and not claimed yet.
#[derive(Debug, scale_decode::DecodeAsType)]
pub struct Owed {
	pub native: u128,
	pub payment: u128,
}

/// A model's peer, as `ConsensusApi::model_peers` serves it.
#[derive(Debug, scale_decode::DecodeAsType)]
pub struct PeerView {
	pub uid: u16,
	pub account: [u8; 32],
	pub peer_id: Vec<u8>,
	/// The epoch of its latest result, and the result.
	pub result: Option<(u32, PeerResult)>,
	pub unclaimed: Owed,
	pub leaving: bool,
}

/// Registers a model through sudo (Alice) and returns its id.
pub async fn register_model(api: &Client, path: &[u8]) -> u32 {
	#[derive(Debug, scale_decode::DecodeAsType)]
	struct ModelRegistered {
		model: u32,
	}
	let register = subxt::dynamic::transaction(
		"Sudo",
		"sudo",
		vec![subxt::dynamic::Value::unnamed_variant(
			"Consensus",
			[subxt::dynamic::Value::unnamed_variant(
				"register_model",
				[subxt::dynamic::Value::from_bytes(path)],
			)],
		)],
	);
	let events = submit(api, register, &subxt_signer::sr25519::dev::alice()).await;
	event::<ModelRegistered>(&events, "Consensus", "ModelRegistered").model
}

/// `ConsensusApi::model_peers` at the best block.
pub async fn model_peers(api: &Client, url: &str, model: u32) -> Vec<PeerView> {
	at_best(api, url)
		.await
		.runtime_apis()
		.call(subxt::dynamic::runtime_api_call::<_, Vec<PeerView>>(
			"ConsensusApi",
			"model_peers",
			(model,),
		))
		.await
		.expect("ConsensusApi_model_peers")
}

/// A model's current-epoch participation (`Consensus::Participants`) at the best block, as
/// (submitters, unconfirmers): the bits set in each uid set.
pub async fn participation(api: &Client, url: &str, model: u32) -> (u32, u32) {
	#[derive(Debug, scale_decode::DecodeAsType)]
	struct Bits(Vec<u8>);
	#[derive(Debug, scale_decode::DecodeAsType)]
	struct Participation {
		epoch: u32,
		submitted: Bits,
		unconfirmed: Bits,
	}
	let at = at_best(api, url).await;
	let epoch: u32 = at
		.runtime_apis()
		.call(subxt::dynamic::runtime_api_call::<_, u32>("ConsensusApi", "current_epoch", ()))
		.await
		.expect("ConsensusApi_current_epoch");
	let addr = subxt::dynamic::storage::<(u32,), Participation>("Consensus", "Participants");
	let ones = |bits: &Bits| bits.0.iter().map(|b| b.count_ones()).sum::<u32>();
	match at.storage().try_fetch(addr, (model,)).await.expect("storage read") {
		Some(value) => {
			let p: Participation = value.decode().expect("a participation record");
			if p.epoch == epoch {
				(ones(&p.submitted), ones(&p.unconfirmed))
			} else {
				(0, 0)
			}
		},
		None => (0, 0),
	}
}

/// `ConsensusApi::penalty_count` at the best block.
pub async fn penalty_count(api: &Client, url: &str, who: [u8; 32]) -> u32 {
	at_best(api, url)
		.await
		.runtime_apis()
		.call(subxt::dynamic::runtime_api_call::<_, u32>("ConsensusApi", "penalty_count", (who,)))
		.await
		.expect("ConsensusApi_penalty_count")
}

/// `key` joins `model` as the peer `peer_id`, staking 10 DAO (must be in a peer window).
pub async fn add_model_peer(
	api: &Client,
	model: u32,
	peer_id: &[u8],
	key: &subxt_signer::sr25519::Keypair,
) {
	use subxt::dynamic::Value;
	const STAKE: u128 = 10 * 1_000_000_000_000;
	let add = subxt::dynamic::transaction(
		"Consensus",
		"add_model_peer",
		vec![Value::u128(model.into()), Value::from_bytes(peer_id), Value::u128(STAKE)],
	);
	submit(api, add, key).await;
}
