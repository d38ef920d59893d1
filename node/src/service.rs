//! The node service: client, network, transaction pool, RPC and block authoring.
//!
//! Block authoring is chosen with `--sealing`:
//! - `aura` (default): Aura authors a block per slot and GRANDPA finalizes.
//! - `instant`: a block is sealed and finalized whenever a transaction enters the pool.
//! - `manual`: blocks are sealed and finalized on `engine_createBlock` only.
//!
//! The seal modes still put an Aura pre-digest into each block and a timestamp one slot after
//! the parent's slot, so the runtime's Aura and timestamp pallets see a valid slot sequence.

use std::{sync::Arc, time::Duration};

use dao_runtime::{self, apis::RuntimeApi, opaque::Block};
use futures::{channel::mpsc, StreamExt};
use sc_client_api::BlockBackend;
use sc_consensus_aura::{ImportQueueParams, SlotProportion, StartAuraParams};
use sc_consensus_grandpa::SharedVoterState;
use sc_consensus_manual_seal::{
	consensus::aura::AuraConsensusDataProvider, EngineCommand, ManualSealParams,
};
use sc_service::{error::Error as ServiceError, Configuration, TaskManager, WarpSyncConfig};
use sc_telemetry::{Telemetry, TelemetryWorker};
use sc_transaction_pool_api::{OffchainTransactionPoolFactory, TransactionPool};
use sp_consensus_aura::sr25519::{AuthorityPair as AuraPair, AuthoritySignature as AuraSignature};

use crate::cli::Sealing;

/// The host functions the runtime may call. A runtime built with `runtime-benchmarks` also
/// imports the benchmarking host functions.
#[cfg(not(feature = "runtime-benchmarks"))]
type HostFunctions = sp_io::SubstrateHostFunctions;
#[cfg(feature = "runtime-benchmarks")]
type HostFunctions =
	(sp_io::SubstrateHostFunctions, frame_benchmarking::benchmarking::HostFunctions);

/// The full client, running the runtime as wasm.
pub(crate) type FullClient =
	sc_service::TFullClient<Block, RuntimeApi, sc_executor::WasmExecutor<HostFunctions>>;
type FullBackend = sc_service::TFullBackend<Block>;
type FullSelectChain = sc_consensus::LongestChain<FullBackend, Block>;
type GrandpaBlockImport =
	sc_consensus_grandpa::GrandpaBlockImport<FullBackend, Block, FullClient, FullSelectChain>;
type GrandpaLinkHalf = sc_consensus_grandpa::LinkHalf<Block, FullClient, FullSelectChain>;

/// The minimum period of blocks on which justifications will be imported and generated.
const GRANDPA_JUSTIFICATION_PERIOD: u32 = 512;

/// The parts of a node that subcommands (check-block, import-blocks, ...) need too.
pub type Service = sc_service::PartialComponents<
	FullClient,
	FullBackend,
	FullSelectChain,
	sc_consensus::DefaultImportQueue<Block>,
	sc_transaction_pool::TransactionPoolHandle<Block, FullClient>,
	(GrandpaBlockImport, GrandpaLinkHalf, Option<Telemetry>),
>;

/// Builds the client, backend, transaction pool and the import queue for `sealing`.
pub fn new_partial(config: &Configuration, sealing: Sealing) -> Result<Service, ServiceError> {
	let telemetry = config
		.telemetry_endpoints
		.clone()
		.filter(|x| !x.is_empty())
		.map(|endpoints| -> Result<_, sc_telemetry::Error> {
			let worker = TelemetryWorker::new(16)?;
			let telemetry = worker.handle().new_telemetry(endpoints);
			Ok((worker, telemetry))
		})
		.transpose()?;

	let executor = sc_service::new_wasm_executor::<HostFunctions>(&config.executor);
	let (client, backend, keystore_container, task_manager) =
		sc_service::new_full_parts::<Block, RuntimeApi, _>(
			config,
			telemetry.as_ref().map(|(_, telemetry)| telemetry.handle()),
			executor,
			Vec::new(),
		)?;
	let client = Arc::new(client);

	let telemetry = telemetry.map(|(worker, telemetry)| {
		task_manager.spawn_handle().spawn("telemetry", None, worker.run());
		telemetry
	});

	let select_chain = sc_consensus::LongestChain::new(backend.clone());

	let transaction_pool = Arc::from(
		sc_transaction_pool::Builder::new(
			task_manager.spawn_essential_handle(),
			client.clone(),
			config.role.is_authority().into(),
		)
		.with_options(config.transaction_pool.clone())
		.with_prometheus(config.prometheus_registry())
		.build(),
	);

	let (grandpa_block_import, grandpa_link) = sc_consensus_grandpa::block_import(
		client.clone(),
		GRANDPA_JUSTIFICATION_PERIOD,
		&client,
		select_chain.clone(),
		telemetry.as_ref().map(|x| x.handle()),
	)?;

	let import_queue = match sealing {
		Sealing::Aura => {
			let cidp_client = client.clone();
			sc_consensus_aura::import_queue::<AuraPair, _, _, _, _, _>(ImportQueueParams {
				block_import: grandpa_block_import.clone(),
				justification_import: Some(Box::new(grandpa_block_import.clone())),
				client: client.clone(),
				create_inherent_data_providers: move |parent_hash, _| {
					let cidp_client = cidp_client.clone();
					async move {
						let slot_duration = sc_consensus_aura::standalone::slot_duration_at(
							&*cidp_client,
							parent_hash,
						)?;
						let timestamp = sp_timestamp::InherentDataProvider::from_system_time();
						let slot =
							sp_consensus_aura::inherents::InherentDataProvider::from_timestamp_and_slot_duration(
								*timestamp,
								slot_duration,
							);
						Ok((slot, timestamp))
					}
				},
				spawner: &task_manager.spawn_essential_handle(),
				registry: config.prometheus_registry(),
				check_for_equivocation: Default::default(),
				telemetry: telemetry.as_ref().map(|x| x.handle()),
				compatibility_mode: Default::default(),
			})
			.map_err::<ServiceError, _>(Into::into)?
		},
		Sealing::Instant | Sealing::Manual => sc_consensus_manual_seal::import_queue(
			Box::new(client.clone()),
			&task_manager.spawn_essential_handle(),
			config.prometheus_registry(),
		),
	};

	Ok(sc_service::PartialComponents {
		client,
		backend,
		task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other: (grandpa_block_import, grandpa_link, telemetry),
	})
}

/// The timestamp a sealed block gets: the wall clock, but at least one slot after the parent's
/// slot, so that Aura's "slot must increase" rule holds however fast blocks are sealed and
/// across restarts.
fn seal_timestamp(
	client: &FullClient,
	parent: <Block as sp_runtime::traits::Block>::Hash,
	slot_duration: u64,
) -> sp_timestamp::Timestamp {
	let now = sp_timestamp::Timestamp::current().as_millis();
	let parent_slot = client
		.header(parent)
		.ok()
		.flatten()
		.and_then(|header| sc_consensus_aura::find_pre_digest::<Block, AuraSignature>(&header).ok())
		.map(u64::from)
		.unwrap_or_default();
	let earliest = parent_slot.saturating_add(1).saturating_mul(slot_duration);
	sp_timestamp::Timestamp::new(now.max(earliest))
}

/// Builds and starts a full node.
pub fn new_full<
	N: sc_network::NetworkBackend<Block, <Block as sp_runtime::traits::Block>::Hash>,
>(
	config: Configuration,
	sealing: Sealing,
) -> Result<TaskManager, ServiceError> {
	let sc_service::PartialComponents {
		client,
		backend,
		mut task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other: (block_import, grandpa_link, mut telemetry),
	} = new_partial(&config, sealing)?;

	let mut net_config = sc_network::config::FullNetworkConfiguration::<
		Block,
		<Block as sp_runtime::traits::Block>::Hash,
		N,
	>::new(&config.network, config.prometheus_registry().cloned());
	let metrics = N::register_notification_metrics(config.prometheus_registry());
	let peer_store_handle = net_config.peer_store_handle();
	let grandpa_protocol_name = sc_consensus_grandpa::protocol_standard_name(
		&client.block_hash(0u32).ok().flatten().ok_or("genesis hash is missing")?,
		&config.chain_spec,
	);
	let (grandpa_protocol_config, grandpa_notification_service) =
		sc_consensus_grandpa::grandpa_peers_set_config::<_, N>(
			grandpa_protocol_name.clone(),
			metrics.clone(),
			peer_store_handle,
		);
	net_config.add_notification_protocol(grandpa_protocol_config);

	let warp_sync = Arc::new(sc_consensus_grandpa::warp_proof::NetworkProvider::new(
		backend.clone(),
		grandpa_link.shared_authority_set().clone(),
		Vec::default(),
	));

	let (network, system_rpc_tx, tx_handler_controller, sync_service, _bitswap) =
		sc_service::build_network(sc_service::BuildNetworkParams {
			config: &config,
			net_config,
			client: client.clone(),
			transaction_pool: transaction_pool.clone(),
			spawn_handle: task_manager.spawn_handle(),
			spawn_essential_handle: task_manager.spawn_essential_handle(),
			import_queue,
			block_announce_validator_builder: None,
			warp_sync_config: Some(WarpSyncConfig::WithProvider(warp_sync)),
			block_relay: None,
			metrics,
			gap_sync_body_policy: None,
		})?;

	let role = config.role;
	let force_authoring = config.force_authoring;
	let backoff_authoring_blocks: Option<()> = None;
	let name = config.network.node_name.clone();
	let enable_grandpa = !config.disable_grandpa && sealing == Sealing::Aura;
	let prometheus_registry = config.prometheus_registry().cloned();

	// The seal modes take their commands from this channel: the RPC `engine_*` methods feed it.
	let (seal_sender, seal_commands) = if sealing == Sealing::Aura {
		(None, None)
	} else {
		let (sender, receiver) = mpsc::channel::<EngineCommand<dao_runtime::Hash>>(1024);
		(Some(sender), Some(receiver))
	};

	let rpc_extensions_builder = {
		let client = client.clone();
		let pool = transaction_pool.clone();
		let seal_sender = seal_sender.clone();

		Box::new(move |_| {
			let deps = crate::rpc::FullDeps {
				client: client.clone(),
				pool: pool.clone(),
				manual_seal: seal_sender.clone(),
			};
			crate::rpc::create_full(deps).map_err(Into::into)
		})
	};

	let _rpc_handlers = sc_service::spawn_tasks(sc_service::SpawnTasksParams {
		network: network.clone(),
		client: client.clone(),
		keystore: keystore_container.keystore(),
		task_manager: &mut task_manager,
		transaction_pool: transaction_pool.clone(),
		rpc_builder: rpc_extensions_builder,
		backend,
		system_rpc_tx,
		tx_handler_controller,
		sync_service: sync_service.clone(),
		config,
		telemetry: telemetry.as_mut(),
		tracing_execute_block: None,
	})?;

	let proposer_factory = sc_basic_authorship::ProposerFactory::new(
		task_manager.spawn_handle(),
		client.clone(),
		transaction_pool.clone(),
		prometheus_registry.as_ref(),
		telemetry.as_ref().map(|x| x.handle()),
	);
	let slot_duration = sc_consensus_aura::slot_duration(&*client)?;

	if let Some(rpc_commands) = seal_commands {
		// Every seal finalizes its block, whatever the RPC caller asked for.
		let rpc_commands = rpc_commands.map(|command| match command {
			EngineCommand::SealNewBlock { create_empty, parent_hash, sender, .. } => {
				EngineCommand::SealNewBlock { create_empty, finalize: true, parent_hash, sender }
			},
			other => other,
		});
		// One empty block at start-up gives the transaction pool its first view.
		let first_block =
			futures::stream::once(futures::future::ready(EngineCommand::SealNewBlock {
				create_empty: true,
				finalize: true,
				parent_hash: None,
				sender: None,
			}));
		let commands_stream: std::pin::Pin<
			Box<dyn futures::Stream<Item = EngineCommand<dao_runtime::Hash>> + Send>,
		> = match sealing {
			Sealing::Instant => {
				let on_transaction = transaction_pool.import_notification_stream().map(|_| {
					EngineCommand::SealNewBlock {
						create_empty: false,
						finalize: true,
						parent_hash: None,
						sender: None,
					}
				});
				Box::pin(first_block.chain(futures::stream::select(on_transaction, rpc_commands)))
			},
			_ => Box::pin(first_block.chain(rpc_commands)),
		};

		let cidp_client = client.clone();
		let authorship = sc_consensus_manual_seal::run_manual_seal(ManualSealParams {
			block_import: client.clone(),
			env: proposer_factory,
			client: client.clone(),
			pool: transaction_pool.clone(),
			commands_stream,
			select_chain,
			consensus_data_provider: Some(Box::new(
				AuraConsensusDataProvider::new_with_slot_duration(slot_duration),
			)),
			create_inherent_data_providers: move |parent, ()| {
				let timestamp = seal_timestamp(&cidp_client, parent, slot_duration.as_millis());
				async move { Ok(sp_timestamp::InherentDataProvider::new(timestamp)) }
			},
		});
		task_manager.spawn_essential_handle().spawn_blocking(
			"manual-seal",
			Some("block-authoring"),
			authorship,
		);
		return Ok(task_manager);
	}

	if role.is_authority() {
		let aura = sc_consensus_aura::start_aura::<AuraPair, _, _, _, _, _, _, _, _, _, _>(
			StartAuraParams {
				slot_duration,
				client,
				select_chain,
				block_import,
				proposer_factory,
				create_inherent_data_providers: move |_, ()| async move {
					let timestamp = sp_timestamp::InherentDataProvider::from_system_time();

					let slot =
						sp_consensus_aura::inherents::InherentDataProvider::from_timestamp_and_slot_duration(
							*timestamp,
							slot_duration,
						);

					Ok((slot, timestamp))
				},
				force_authoring,
				backoff_authoring_blocks,
				keystore: keystore_container.keystore(),
				sync_oracle: sync_service.clone(),
				justification_sync_link: sync_service.clone(),
				block_proposal_slot_portion: SlotProportion::new(2f32 / 3f32),
				max_block_proposal_slot_portion: None,
				telemetry: telemetry.as_ref().map(|x| x.handle()),
				compatibility_mode: Default::default(),
			},
		)?;

		// Authoring is essential: if it stops, the node stops.
		task_manager
			.spawn_essential_handle()
			.spawn_blocking("aura", Some("block-authoring"), aura);
	}

	if enable_grandpa {
		// Only an authority votes, so only an authority needs its keys.
		let keystore = if role.is_authority() { Some(keystore_container.keystore()) } else { None };

		let grandpa_config = sc_consensus_grandpa::Config {
			gossip_duration: Duration::from_millis(333),
			justification_generation_period: GRANDPA_JUSTIFICATION_PERIOD,
			name: Some(name),
			observer_enabled: false,
			keystore,
			local_role: role,
			telemetry: telemetry.as_ref().map(|x| x.handle()),
			protocol_name: grandpa_protocol_name,
		};

		// Every node runs the full voter (non-authorities only follow), as the observer
		// protocol is not production-ready.
		let grandpa_config = sc_consensus_grandpa::GrandpaParams {
			config: grandpa_config,
			link: grandpa_link,
			network,
			sync: Arc::new(sync_service),
			notification_service: grandpa_notification_service,
			voting_rule: sc_consensus_grandpa::VotingRulesBuilder::default().build(),
			prometheus_registry,
			shared_voter_state: SharedVoterState::empty(),
			telemetry: telemetry.as_ref().map(|x| x.handle()),
			offchain_tx_pool_factory: OffchainTransactionPoolFactory::new(transaction_pool),
		};

		// Finality is essential: if the voter stops, the node stops.
		task_manager.spawn_essential_handle().spawn_blocking(
			"grandpa-voter",
			None,
			sc_consensus_grandpa::run_grandpa_voter(grandpa_config)?,
		);
	}

	Ok(task_manager)
}
