//! Helpers of the agent's end-to-end tests: the dev node (shared with the node's tests), the
//! `dao-agent` process, and polling the chain.

#![allow(dead_code)]

#[path = "../../../node/tests/common/mod.rs"]
pub mod node;

pub mod dao;
pub mod network;
pub mod validators;

use std::{
	future::Future,
	path::{Path, PathBuf},
	process::{Child, Command, ExitStatus, Stdio},
	time::{Duration, Instant},
};

/// A running `dao-agent`, logging to a file. Dropping it kills the process.
pub struct Agent {
	child: Option<Child>,
	log: PathBuf,
}

impl Agent {
	/// Starts `dao-agent --config <config> <subcommand>` signing with `suri`, with extra
	/// environment variables. Its log goes to `<log>`.
	pub fn start(
		subcommand: &str,
		config: &Path,
		suri: &str,
		env: &[(&str, &str)],
		log: &Path,
	) -> Self {
		Self::start_with_args(subcommand, &[], config, suri, env, log)
	}

	/// Like [`Agent::start`], with extra flags after the subcommand.
	pub fn start_with_args(
		subcommand: &str,
		args: &[&str],
		config: &Path,
		suri: &str,
		env: &[(&str, &str)],
		log: &Path,
	) -> Self {
		let file = std::fs::OpenOptions::new()
			.create(true)
			.append(true)
			.open(log)
			.expect("agent log file");
		let child = Command::new(env!("CARGO_BIN_EXE_dao-agent"))
			.arg("--config")
			.arg(config)
			.arg(subcommand)
			.args(args)
			.env("DAO_AGENT_SURI", suri)
			.env("RUST_LOG", "info")
			.envs(env.iter().copied())
			.stdout(Stdio::null())
			.stderr(file)
			.spawn()
			.expect("dao-agent starts");
		Self { child: Some(child), log: log.to_path_buf() }
	}

	/// The agent's log so far.
	pub fn log(&self) -> String {
		std::fs::read_to_string(&self.log).unwrap_or_default()
	}

	/// Waits for the process to exit on its own.
	pub fn wait_exit(mut self, timeout: Duration) -> ExitStatus {
		let mut child = self.child.take().expect("a running agent");
		let deadline = Instant::now() + timeout;
		loop {
			if let Some(status) = child.try_wait().expect("wait on dao-agent") {
				return status;
			}
			if Instant::now() > deadline {
				let _ = child.kill();
				panic!("dao-agent did not exit within {timeout:?}; log:\n{}", self.log());
			}
			std::thread::sleep(Duration::from_millis(100));
		}
	}

	/// The agent's process id.
	pub fn pid(&self) -> u32 {
		self.child.as_ref().expect("a running agent").id()
	}

	/// Kills the agent with SIGKILL (a crash: no cleanup of its own) and reaps it.
	pub fn kill(mut self) {
		let mut child = self.child.take().expect("a running agent");
		child.kill().expect("SIGKILL delivered");
		child.wait().expect("dao-agent reaped");
	}

	/// Stops the agent with SIGINT and checks that it exits cleanly.
	pub fn stop(self) {
		let pid = self.child.as_ref().expect("a running agent").id();
		let status = Command::new("kill")
			.args(["-INT", &pid.to_string()])
			.status()
			.expect("kill runs");
		assert!(status.success(), "SIGINT delivered");
		let log = self.log.clone();
		let status = self.wait_exit(Duration::from_secs(30));
		assert!(
			status.success(),
			"dao-agent exits cleanly on SIGINT, got {status}; log:\n{}",
			std::fs::read_to_string(&log).unwrap_or_default()
		);
	}
}

impl Drop for Agent {
	fn drop(&mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = child.kill();
			let _ = child.wait();
		}
	}
}

/// Polls `check` every 200 ms until it returns `Some`, or panics after `timeout` with
/// `what` and `context()` (an agent's log, say).
pub async fn wait_until<T, F, Fut>(
	what: &str,
	timeout: Duration,
	context: impl Fn() -> String,
	mut check: F,
) -> T
where
	F: FnMut() -> Fut,
	Fut: Future<Output = Option<T>>,
{
	let deadline = Instant::now() + timeout;
	loop {
		if let Some(value) = check().await {
			return value;
		}
		if Instant::now() > deadline {
			panic!("timed out after {timeout:?} waiting for {what}; context:\n{}", context());
		}
		tokio::time::sleep(Duration::from_millis(200)).await;
	}
}

/// A text file's content, empty if it does not exist (yet).
pub fn read_or_empty(path: &Path) -> String {
	std::fs::read_to_string(path).unwrap_or_default()
}

/// The lines of a text file, none if it does not exist: the runs an `append` program recorded.
pub fn lines_of(path: &Path) -> Vec<String> {
	read_or_empty(path).lines().map(str::to_string).collect()
}

/// Writes an executable shell script.
pub fn script(dir: &Path, name: &str, body: &str) -> PathBuf {
	use std::os::unix::fs::PermissionsExt;
	let path = dir.join(name);
	std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).expect("script written");
	std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
	path
}
