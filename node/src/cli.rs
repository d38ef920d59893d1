//! Command-line types of `dao-node`.

/// How the node authors blocks.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Sealing {
	/// Aura block production with GRANDPA finality (a real, multi-validator capable chain).
	#[default]
	Aura,
	/// A block is sealed and finalized as soon as a transaction enters the pool. Blocks can
	/// also be sealed on demand through the `engine_createBlock` RPC.
	Instant,
	/// Blocks are sealed and finalized only on demand, through the `engine_createBlock` RPC.
	Manual,
}

/// The `dao-node` command line.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	/// A subcommand; without one the node runs.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	#[clap(flatten)]
	pub run: sc_cli::RunCmd,

	/// Block authoring: `aura` (Aura + GRANDPA, the default), `instant` or `manual` seal. The
	/// two seal modes finalize every block they seal; they are for development chains only.
	#[arg(long, value_enum, default_value_t = Sealing::Aura)]
	pub sealing: Sealing,
}

/// The subcommands of `dao-node`.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management CLI utilities.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Build a chain specification. Deprecated: use `export-chain-spec`.
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Export the chain specification of `--chain`.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Sub-commands concerned with benchmarking (`pallet`, `overhead`, `block`, `storage`,
	/// `machine`). `pallet` needs a node built with `--features runtime-benchmarks`.
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),

	/// Db meta columns information.
	ChainInfo(sc_cli::ChainInfoCmd),
}
