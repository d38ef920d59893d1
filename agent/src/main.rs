//! `dao-agent`: the off-chain compute instance of dao-chain. See the crate docs and the README.

use anyhow::Context;
use clap::{Parser, Subcommand};
use dao_agent::{
	config::{self, ExecutorConfig, FileConfig, LogFormat, ValidatorConfig},
	executor::Executor,
	logging, metrics,
	validator::Validator,
};
use std::{net::SocketAddr, path::PathBuf};

/// The off-chain compute instance of dao-chain.
#[derive(Debug, Parser)]
#[command(name = "dao-agent", version, about)]
struct Cli {
	/// A TOML configuration file (flags override it).
	#[arg(long, global = true)]
	config: Option<PathBuf>,
	/// The node's WebSocket RPC URL [default: ws://127.0.0.1:9944].
	#[arg(long, global = true)]
	url: Option<String>,
	/// Accept a plain `ws://` URL to a host other than this machine (the signed traffic and
	/// the finalized blocks it trusts then travel unencrypted and unauthenticated).
	#[arg(long, global = true)]
	allow_insecure_url: bool,
	/// A file holding the signing key's secret URI (else $DAO_AGENT_SURI).
	#[arg(long, global = true)]
	suri_file: Option<PathBuf>,
	/// Log format [default: text].
	#[arg(long, global = true, value_enum)]
	log_format: Option<LogFormat>,
	/// Serve Prometheus metrics on this address (for example 127.0.0.1:9616).
	#[arg(long, global = true)]
	metrics_addr: Option<SocketAddr>,
	#[command(subcommand)]
	command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
	/// Run the commands of passed proposals and report their receipts.
	Executor {
		/// A community to serve (repeatable; replaces the file's list).
		#[arg(long = "community")]
		communities: Vec<u32>,
		/// The directory of the state file and the outputs.
		#[arg(long)]
		state_dir: Option<PathBuf>,
	},
	/// Score a model's peers every epoch and submit the scores.
	Validator {
		/// The model this peer hosts.
		#[arg(long)]
		model: Option<u32>,
		/// The scorer program.
		#[arg(long)]
		scorer: Option<PathBuf>,
	},
}

fn main() -> std::process::ExitCode {
	// Before any thread starts (the environment is not thread-safe): the secret leaves the
	// environment at once, whether or not it is used.
	let secret = config::take_secret_from_env();
	let cli = Cli::parse();
	let file = match cli.config.as_deref().map(FileConfig::load).transpose() {
		Ok(file) => file.unwrap_or_default(),
		Err(e) => {
			eprintln!("dao-agent: {e:#}");
			return std::process::ExitCode::from(2);
		},
	};
	logging::init(cli.log_format.or(file.log_format).unwrap_or_default());
	let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
		Ok(runtime) => runtime,
		Err(e) => {
			tracing::error!(error = %e, "cannot start the async runtime");
			return std::process::ExitCode::FAILURE;
		},
	};
	match runtime.block_on(run(cli, file, secret)) {
		Ok(()) => std::process::ExitCode::SUCCESS,
		Err(e) => {
			tracing::error!(error = %format!("{e:#}"), "dao-agent failed");
			std::process::ExitCode::FAILURE
		},
	}
}

async fn run(cli: Cli, file: FileConfig, secret: Option<String>) -> anyhow::Result<()> {
	let url = cli.url.or(file.url).unwrap_or_else(|| config::DEFAULT_URL.to_string());
	config::check_url(&url, cli.allow_insecure_url || file.allow_insecure_url.unwrap_or(false))?;
	let key = config::load_key(cli.suri_file.as_deref().or(file.suri_file.as_deref()), secret)?;
	let metrics = match cli.metrics_addr.or(file.metrics_addr) {
		Some(addr) => {
			let metrics = metrics::serve(addr).context("cannot register the metrics")?;
			tracing::info!(%addr, "serving Prometheus metrics");
			Some(metrics)
		},
		None => None,
	};

	let (stop, shutdown) = tokio::sync::watch::channel(false);
	tokio::spawn(async move {
		wait_for_signal().await;
		let _ = stop.send(true);
	});

	match cli.command {
		Command::Executor { communities, state_dir } => {
			let config = ExecutorConfig::resolve(
				url,
				file.executor.unwrap_or_default(),
				communities,
				state_dir,
			)?;
			Executor::new(config, key, metrics)?.run(shutdown).await
		},
		Command::Validator { model, scorer } => {
			let config =
				ValidatorConfig::resolve(url, file.validator.unwrap_or_default(), model, scorer)?;
			Validator::new(config, key, metrics).run(shutdown).await
		},
	}
}

/// SIGINT (Ctrl-C) or SIGTERM.
async fn wait_for_signal() {
	use tokio::signal::unix::{signal, SignalKind};
	match signal(SignalKind::terminate()) {
		Ok(mut term) => {
			tokio::select! {
				_ = tokio::signal::ctrl_c() => {},
				_ = term.recv() => {},
			}
		},
		Err(_) => {
			let _ = tokio::signal::ctrl_c().await;
		},
	}
}
