//! Configuration: a TOML file (`--config`) and CLI flags, which override the file.
//!
//! ```toml
//! url = "ws://127.0.0.1:9944"        # the node (finalized blocks only are used)
//! suri_file = "/etc/dao-agent/key"   # the signing key's secret URI; or $DAO_AGENT_SURI
//! log_format = "text"                # or "json"
//! metrics_addr = "127.0.0.1:9616"    # optional Prometheus endpoint
//!
//! [executor]
//! communities = [1]                  # the communities this instance executes for
//! state_dir = "/var/lib/dao-agent"   # the state file and the outputs live here
//! timeout_secs = 600                 # default per-command limits
//! max_output_bytes = 1048576
//!
//! [executor.kinds.train]             # command kind "train" runs this program
//! program = "/opt/ai/bin/train"
//! args = ["--device", "cuda:0"]      # fixed arguments; the command's args come on stdin
//! timeout_secs = 3600                # overrides the default
//!
//! [validator]
//! model = 0
//! scorer = "/opt/ai/bin/score"
//! scorer_args = []
//! timeout_secs = 120
//! model_error_exit_code = 2          # the scorer's exit code for "model in error state"
//! ```

use crate::runner::{AllowList, ProgramSpec};
use anyhow::{bail, Context};
use serde::Deserialize;
use std::{
	collections::BTreeMap,
	net::SocketAddr,
	path::{Path, PathBuf},
	time::Duration,
};

/// The default node URL.
pub const DEFAULT_URL: &str = "ws://127.0.0.1:9944";
/// The environment variable that may hold the signing key's secret URI.
pub const SURI_ENV: &str = "DAO_AGENT_SURI";
/// Default timeout of a command or scorer run.
pub const DEFAULT_TIMEOUT_SECS: u64 = 600;
/// Default stdout cap of a command or scorer run.
pub const DEFAULT_MAX_OUTPUT_BYTES: usize = 1024 * 1024;
/// Default for the finalized blocks replayed after a restart (older ones: the pending queue).
pub const DEFAULT_MAX_CATCH_UP_BLOCKS: u64 = 14_400;
/// Default exit code with which a scorer says the model is in an error state.
pub const DEFAULT_MODEL_ERROR_EXIT_CODE: i32 = 2;

/// How logs are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
	/// Human-readable lines.
	#[default]
	Text,
	/// One JSON object per line.
	Json,
}

/// The TOML file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
	/// The node's WebSocket URL.
	pub url: Option<String>,
	/// Accept a plain `ws://` URL to another host (see [`check_url`]).
	pub allow_insecure_url: Option<bool>,
	/// A file holding the signing key's secret URI.
	pub suri_file: Option<PathBuf>,
	/// Text or JSON logs.
	pub log_format: Option<LogFormat>,
	/// Where to serve Prometheus metrics.
	pub metrics_addr: Option<SocketAddr>,
	/// The `executor` subcommand's settings.
	pub executor: Option<ExecutorSection>,
	/// The `validator` subcommand's settings.
	pub validator: Option<ValidatorSection>,
}

/// `[executor]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExecutorSection {
	/// The communities served.
	#[serde(default)]
	pub communities: Vec<u32>,
	/// The state directory.
	pub state_dir: Option<PathBuf>,
	/// Default timeout, seconds.
	pub timeout_secs: Option<u64>,
	/// Default stdout cap, bytes.
	pub max_output_bytes: Option<usize>,
	/// Finalized blocks replayed at most after a restart.
	pub max_catch_up_blocks: Option<u64>,
	/// The allow-list.
	#[serde(default)]
	pub kinds: BTreeMap<String, KindSection>,
}

/// `[executor.kinds.<kind>]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindSection {
	/// The executable.
	pub program: PathBuf,
	/// Its fixed arguments.
	#[serde(default)]
	pub args: Vec<String>,
	/// Timeout, seconds (default: the executor's).
	pub timeout_secs: Option<u64>,
	/// Stdout cap, bytes (default: the executor's).
	pub max_output_bytes: Option<usize>,
}

/// `[validator]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValidatorSection {
	/// The model this peer hosts.
	pub model: Option<u32>,
	/// The scorer program.
	pub scorer: Option<PathBuf>,
	/// Its fixed arguments.
	#[serde(default)]
	pub scorer_args: Vec<String>,
	/// Scorer timeout, seconds.
	pub timeout_secs: Option<u64>,
	/// Scorer stdout cap, bytes.
	pub max_output_bytes: Option<usize>,
	/// The scorer's exit code for "the model is in an error state".
	pub model_error_exit_code: Option<i32>,
}

impl FileConfig {
	/// Reads and parses a TOML file.
	pub fn load(path: &Path) -> anyhow::Result<Self> {
		let text = std::fs::read_to_string(path)
			.with_context(|| format!("cannot read config {}", path.display()))?;
		Self::parse(&text).with_context(|| format!("invalid config {}", path.display()))
	}

	/// Parses TOML text.
	pub fn parse(text: &str) -> anyhow::Result<Self> {
		Ok(toml::from_str(text)?)
	}
}

/// Everything the executor needs, after merging file and flags.
#[derive(Debug, Clone)]
pub struct ExecutorConfig {
	/// The node.
	pub url: String,
	/// The communities served.
	pub communities: Vec<u32>,
	/// The state directory.
	pub state_dir: PathBuf,
	/// The allow-list.
	pub allow_list: AllowList,
	/// Finalized blocks replayed at most after a restart.
	pub max_catch_up_blocks: u64,
}

impl ExecutorConfig {
	/// Merges the file's `[executor]` with flags (flags win when given).
	pub fn resolve(
		url: String,
		section: ExecutorSection,
		communities: Vec<u32>,
		state_dir: Option<PathBuf>,
	) -> anyhow::Result<Self> {
		let communities = if communities.is_empty() { section.communities } else { communities };
		if communities.is_empty() {
			bail!("no community to serve: set [executor] communities or --community");
		}
		let state_dir = state_dir
			.or(section.state_dir)
			.context("no state directory: set [executor] state_dir or --state-dir")?;
		let timeout = section.timeout_secs.unwrap_or(DEFAULT_TIMEOUT_SECS);
		let max_output = section.max_output_bytes.unwrap_or(DEFAULT_MAX_OUTPUT_BYTES);
		let mut allow_list = AllowList::default();
		for (kind, spec) in section.kinds {
			if !crate::command::is_valid_kind(&kind) {
				bail!("[executor.kinds.{kind}]: a kind is 1 to 64 characters of a-z, 0-9, - and _");
			}
			let timeout_secs = spec.timeout_secs.unwrap_or(timeout);
			if timeout_secs == 0 {
				bail!("[executor.kinds.{kind}]: timeout_secs must be at least 1");
			}
			allow_list.kinds.insert(
				kind,
				ProgramSpec {
					program: spec.program,
					args: spec.args,
					timeout: Duration::from_secs(timeout_secs),
					max_output: spec.max_output_bytes.unwrap_or(max_output),
				},
			);
		}
		Ok(Self {
			url,
			communities,
			state_dir,
			allow_list,
			max_catch_up_blocks: section.max_catch_up_blocks.unwrap_or(DEFAULT_MAX_CATCH_UP_BLOCKS),
		})
	}
}

/// Everything the validator needs, after merging file and flags.
#[derive(Debug, Clone)]
pub struct ValidatorConfig {
	/// The node.
	pub url: String,
	/// The model.
	pub model: u32,
	/// The scorer.
	pub scorer: ProgramSpec,
	/// The scorer's exit code for "the model is in an error state".
	pub model_error_exit_code: i32,
}

impl ValidatorConfig {
	/// Merges the file's `[validator]` with flags (flags win when given).
	pub fn resolve(
		url: String,
		section: ValidatorSection,
		model: Option<u32>,
		scorer: Option<PathBuf>,
	) -> anyhow::Result<Self> {
		let model =
			model.or(section.model).context("no model: set [validator] model or --model")?;
		let program = scorer
			.or(section.scorer)
			.context("no scorer: set [validator] scorer or --scorer")?;
		Ok(Self {
			url,
			model,
			scorer: ProgramSpec {
				program,
				args: section.scorer_args,
				timeout: Duration::from_secs(
					section.timeout_secs.unwrap_or(DEFAULT_TIMEOUT_SECS).max(1),
				),
				max_output: section.max_output_bytes.unwrap_or(DEFAULT_MAX_OUTPUT_BYTES),
			},
			model_error_exit_code: section
				.model_error_exit_code
				.unwrap_or(DEFAULT_MODEL_ERROR_EXIT_CODE),
		})
	}
}

/// Loads the signing key: from `suri_file` if given, else from `$DAO_AGENT_SURI`. Accepts any
/// secret URI (`//Alice` for dev chains, a mnemonic with a derivation path, a hex seed). A key
/// file that its group or others may read (or write) is refused, as ssh refuses such a key.
pub fn load_key(
	suri_file: Option<&Path>,
	env: Option<String>,
) -> anyhow::Result<subxt_signer::sr25519::Keypair> {
	let suri = match (suri_file, env) {
		(Some(path), _) => {
			ensure_private(path)?;
			std::fs::read_to_string(path)
				.with_context(|| format!("cannot read the key file {}", path.display()))?
		},
		(None, Some(suri)) => suri,
		(None, None) => bail!("no signing key: set suri_file, --suri-file or ${SURI_ENV}"),
	};
	let uri: subxt_signer::SecretUri =
		suri.trim().parse().map_err(|e| anyhow::anyhow!("invalid secret URI: {e:?}"))?;
	subxt_signer::sr25519::Keypair::from_uri(&uri)
		.map_err(|e| anyhow::anyhow!("cannot derive the key from the secret URI: {e:?}"))
}

/// Takes the secret URI out of `$DAO_AGENT_SURI`: returns it, overwrites its bytes in the
/// process's original environment block (what `/proc/<pid>/environ` shows to the same user and
/// root) and removes the variable, so that neither the programs the agent runs nor anything
/// reading its environment later finds it.
///
/// Call it before any other thread starts: the C environment is not thread-safe.
pub fn take_secret_from_env() -> Option<String> {
	let secret = std::env::var(SURI_ENV).ok();
	if secret.is_some() {
		wipe_env_value(SURI_ENV);
		std::env::remove_var(SURI_ENV);
	}
	secret
}

/// Overwrites with zeros the value of `name` in the C environment, in place.
fn wipe_env_value(name: &str) {
	extern "C" {
		static mut environ: *mut *mut libc::c_char;
	}
	let prefix = format!("{name}=");
	// SAFETY: single-threaded (see `take_secret_from_env`); `environ` is the C runtime's
	// null-terminated array of NUL-terminated strings, which stay valid while nothing changes
	// the environment, and each string is writable memory (the initial block on the stack, or
	// a buffer `setenv` allocated). Only bytes before each string's NUL are written.
	unsafe {
		let mut entry = environ;
		while !entry.is_null() && !(*entry).is_null() {
			let string = *entry;
			let bytes = std::ffi::CStr::from_ptr(string).to_bytes();
			if bytes.starts_with(prefix.as_bytes()) {
				let value = string.add(prefix.len());
				std::ptr::write_bytes(value, 0, bytes.len() - prefix.len());
			}
			entry = entry.add(1);
		}
	}
}

/// Accepts `wss://` URLs, and `ws://` ones to this machine (`localhost`, `127.0.0.0/8`,
/// `[::1]`); a `ws://` URL to any other host only with `allow_insecure`, since the agent would
/// trust unauthenticated blocks from it.
pub fn check_url(url: &str, allow_insecure: bool) -> anyhow::Result<()> {
	if url.starts_with("wss://") {
		return Ok(());
	}
	let Some(rest) = url.strip_prefix("ws://") else {
		bail!("the node URL {url} is neither ws:// nor wss://");
	};
	let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
	let host = match authority.strip_prefix('[') {
		Some(v6) => v6.split(']').next().unwrap_or_default(),
		None => authority.rsplit_once(':').map_or(authority, |(host, _)| host),
	};
	let loopback = host.eq_ignore_ascii_case("localhost")
		|| host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
	if loopback || allow_insecure {
		return Ok(());
	}
	bail!(
		"refusing the unencrypted URL {url} to another host: use wss://, or allow_insecure_url 		 (--allow-insecure-url) if the network between them is trusted"
	)
}

/// Fails if the file at `path` grants its group or others any access.
fn ensure_private(path: &Path) -> anyhow::Result<()> {
	use std::os::unix::fs::PermissionsExt;
	let mode = std::fs::metadata(path)
		.with_context(|| format!("cannot read the key file {}", path.display()))?
		.permissions()
		.mode();
	if mode & 0o077 != 0 {
		bail!(
			"the key file {} is accessible to other users (mode {:o}): chmod 600 it",
			path.display(),
			mode & 0o777
		);
	}
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;

	const EXAMPLE: &str = r#"
		url = "ws://127.0.0.1:9999"
		log_format = "json"
		metrics_addr = "127.0.0.1:9616"

		[executor]
		communities = [1, 2]
		state_dir = "/var/lib/dao-agent"
		timeout_secs = 30

		[executor.kinds.train]
		program = "/opt/train"
		args = ["--fast"]
		timeout_secs = 3600

		[executor.kinds.report]
		program = "/opt/report"
		max_output_bytes = 10

		[validator]
		model = 4
		scorer = "/opt/score"
		model_error_exit_code = 7
	"#;

	#[test]
	fn example_config_parses_and_resolves() {
		let file = FileConfig::parse(EXAMPLE).unwrap();
		assert_eq!(file.url.as_deref(), Some("ws://127.0.0.1:9999"));
		assert_eq!(file.log_format, Some(LogFormat::Json));
		let executor = ExecutorConfig::resolve(
			file.url.clone().unwrap(),
			file.executor.clone().unwrap(),
			vec![],
			None,
		)
		.unwrap();
		assert_eq!(executor.communities, vec![1, 2]);
		assert_eq!(executor.state_dir, PathBuf::from("/var/lib/dao-agent"));
		let train = &executor.allow_list.kinds["train"];
		assert_eq!((train.timeout.as_secs(), train.args.clone()), (3600, vec!["--fast".into()]));
		let report = &executor.allow_list.kinds["report"];
		assert_eq!((report.timeout.as_secs(), report.max_output), (30, 10));

		let validator =
			ValidatorConfig::resolve(DEFAULT_URL.into(), file.validator.unwrap(), None, None)
				.unwrap();
		assert_eq!((validator.model, validator.model_error_exit_code), (4, 7));
	}

	#[test]
	fn the_example_config_in_the_repository_is_valid() {
		let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
		let file = FileConfig::load(&root.join("agent/dao-agent.example.toml")).unwrap();
		let url = file.url.clone().unwrap();
		let executor =
			ExecutorConfig::resolve(url.clone(), file.executor.unwrap(), vec![], None).unwrap();
		assert!(root.join(&executor.allow_list.kinds["train"].program).is_file());
		let validator = ValidatorConfig::resolve(url, file.validator.unwrap(), None, None).unwrap();
		assert!(root.join(&validator.scorer.program).is_file());
	}

	#[test]
	fn flags_override_the_file() {
		let file = FileConfig::parse(EXAMPLE).unwrap();
		let executor = ExecutorConfig::resolve(
			DEFAULT_URL.into(),
			file.executor.unwrap(),
			vec![9],
			Some("/tmp/x".into()),
		)
		.unwrap();
		assert_eq!((executor.communities, executor.state_dir), (vec![9], PathBuf::from("/tmp/x")));
		let validator = ValidatorConfig::resolve(
			DEFAULT_URL.into(),
			file.validator.unwrap(),
			Some(1),
			Some("/bin/true".into()),
		)
		.unwrap();
		assert_eq!((validator.model, validator.scorer.program), (1, PathBuf::from("/bin/true")));
	}

	#[test]
	fn bad_configs_are_refused_with_a_reason() {
		assert!(FileConfig::parse("unknown_key = 1").is_err());
		assert!(FileConfig::parse("[executor]\nkinds = 3").is_err());
		let no_communities = ExecutorSection { state_dir: Some("/x".into()), ..Default::default() };
		assert!(ExecutorConfig::resolve(DEFAULT_URL.into(), no_communities, vec![], None).is_err());
		let no_dir = ExecutorSection { communities: vec![1], ..Default::default() };
		assert!(ExecutorConfig::resolve(DEFAULT_URL.into(), no_dir, vec![], None).is_err());
		let bad_kind =
			FileConfig::parse("[executor]\n[executor.kinds.\"Bad Kind\"]\nprogram = \"/x\"")
				.unwrap();
		let error = ExecutorConfig::resolve(
			DEFAULT_URL.into(),
			bad_kind.executor.unwrap(),
			vec![1],
			Some("/x".into()),
		)
		.unwrap_err();
		assert!(error.to_string().contains("a-z"), "{error}");
		assert!(
			ValidatorConfig::resolve(DEFAULT_URL.into(), Default::default(), None, None).is_err()
		);
	}

	#[test]
	fn plain_ws_is_accepted_only_to_this_machine_or_when_allowed() {
		for ok in [
			"ws://127.0.0.1:9944",
			"ws://127.8.0.1",
			"ws://localhost:9944/path",
			"ws://[::1]:9944",
			"wss://rpc.example.org",
			"wss://10.0.0.5:443",
		] {
			assert!(check_url(ok, false).is_ok(), "{ok}");
		}
		for remote in ["ws://10.0.0.5:9944", "ws://rpc.example.org", "ws://[2001:db8::1]:9944"] {
			let err = check_url(remote, false).err().map(|e| e.to_string()).unwrap_or_default();
			assert!(err.contains("refusing the unencrypted URL"), "{remote}: {err}");
			assert!(check_url(remote, true).is_ok(), "{remote} when allowed");
		}
		assert!(check_url("http://127.0.0.1:9944", true).is_err());
	}

	#[test]
	fn keys_come_from_a_file_or_the_environment() {
		let alice = subxt_signer::sr25519::dev::alice().public_key().0;
		let from_env = load_key(None, Some("//Alice".into())).unwrap();
		assert_eq!(from_env.public_key().0, alice);
		let dir = tempfile::tempdir().unwrap();
		let file = dir.path().join("key");
		std::fs::write(&file, "//Alice\n").unwrap();
		use std::os::unix::fs::PermissionsExt;
		for mode in [0o644, 0o640, 0o604, 0o620] {
			std::fs::set_permissions(&file, std::fs::Permissions::from_mode(mode)).unwrap();
			let Err(refused) = load_key(Some(&file), None) else { panic!("mode {mode:o} refused") };
			assert!(refused.to_string().contains("accessible to other users"), "{mode:o}");
		}
		std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
		let from_file = load_key(Some(&file), Some("//Bob".into())).unwrap();
		assert_eq!(from_file.public_key().0, alice, "the file wins over the environment");
		assert!(load_key(None, None).is_err());
		assert!(load_key(None, Some("not a uri at all //".into())).is_err());
		assert!(load_key(Some(&dir.path().join("missing")), None).is_err());
	}
}
