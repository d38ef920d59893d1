//! # dao-agent
//!
//! The off-chain side of dao-chain. It only listens to the chain (finalized blocks), and it
//! has two jobs:
//!
//! - [`executor`]: the compute instance of one or more communities. It runs the commands of
//!   passed proposals ([`command`] format, operator allow-list in [`runner`]) exactly once, even
//!   across crashes and restarts ([`state`]), and reports an execution receipt on chain
//!   (`Voting::report_execution`).
//! - [`validator`]: a model peer of pallet-consensus. Every epoch, inside the submission window,
//!   it runs the operator's scorer and submits its scores (or reports the model in an error
//!   state) once.
//!
//! [`chain`] holds every chain access (subxt, dynamic calls checked against the runtime's
//! metadata by the crate's tests), [`config`] the TOML configuration and CLI flags.

pub mod chain;
pub mod command;
pub mod config;
pub mod executor;
pub mod logging;
pub mod metrics;
pub mod runner;
pub mod state;
pub mod validator;

use std::time::Duration;

/// Exponential backoff between reconnection attempts: 1 s, 2 s, 4 s, ... up to `max`.
#[derive(Debug, Clone)]
pub struct Backoff {
	next: Duration,
	initial: Duration,
	max: Duration,
}

impl Backoff {
	/// A backoff that starts at `initial` and doubles up to `max`.
	pub fn new(initial: Duration, max: Duration) -> Self {
		Self { next: initial, initial, max }
	}

	/// The delay to wait now; the next one doubles (up to the maximum).
	pub fn next_delay(&mut self) -> Duration {
		let delay = self.next;
		self.next = (self.next * 2).min(self.max);
		delay
	}

	/// Back to the initial delay, after a connection that worked.
	pub fn reset(&mut self) {
		self.next = self.initial;
	}
}

/// An error that reconnecting cannot cure (the node runs another chain than the state file's,
/// say): the agent stops with it instead of retrying.
#[derive(Debug)]
pub struct Fatal(pub String);

impl std::fmt::Display for Fatal {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		f.write_str(&self.0)
	}
}

impl std::error::Error for Fatal {}

/// Runs `session` (one connection to the node) until it returns `Ok` (a requested shutdown) or
/// a [`Fatal`] error. After any other error it logs, waits the backoff's delay (1 s doubling to
/// 60 s; a session resets it once connected) and starts a new session; a shutdown during the
/// wait ends it.
pub async fn run_reconnecting(
	shutdown: &mut tokio::sync::watch::Receiver<bool>,
	mut session: impl AsyncFnMut(
		&mut Backoff,
		&mut tokio::sync::watch::Receiver<bool>,
	) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
	let mut backoff = Backoff::new(Duration::from_secs(1), Duration::from_secs(60));
	loop {
		let Err(e) = session(&mut backoff, shutdown).await else { return Ok(()) };
		if e.downcast_ref::<Fatal>().is_some() {
			return Err(e);
		}
		let delay = backoff.next_delay();
		tracing::warn!(error = %format!("{e:#}"), retry_in = ?delay, "lost the node; reconnecting");
		tokio::select! {
			_ = tokio::time::sleep(delay) => {},
			_ = shutdown_requested(shutdown) => return Ok(()),
		}
	}
}

/// Waits until `shutdown` turns true (or its sender is gone).
pub async fn shutdown_requested(shutdown: &mut tokio::sync::watch::Receiver<bool>) {
	let _ = shutdown.wait_for(|stop| *stop).await;
}

#[cfg(test)]
mod tests {
	use super::*;

	#[tokio::test]
	async fn sessions_are_retried_until_they_end_but_fatal_errors_stop_at_once() {
		let (_stop, mut shutdown) = tokio::sync::watch::channel(false);
		let mut calls = 0;
		let result = run_reconnecting(&mut shutdown, async |_, _| {
			calls += 1;
			if calls < 2 {
				anyhow::bail!("connection refused")
			} else {
				Ok(())
			}
		})
		.await;
		assert!(result.is_ok());
		assert_eq!(calls, 2, "one retry after the error");

		let mut calls = 0;
		let result = run_reconnecting(&mut shutdown, async |_, _| {
			calls += 1;
			Err(Fatal("another chain".into()).into())
		})
		.await;
		assert_eq!(result.unwrap_err().to_string(), "another chain");
		assert_eq!(calls, 1, "no retry");
	}

	#[tokio::test]
	async fn a_shutdown_during_the_backoff_ends_the_retries() {
		let (stop, mut shutdown) = tokio::sync::watch::channel(false);
		let result = run_reconnecting(&mut shutdown, async |_, _| {
			let _ = stop.send(true);
			anyhow::bail!("connection refused")
		})
		.await;
		assert!(result.is_ok());
	}

	#[test]
	fn backoff_doubles_up_to_the_maximum_and_resets() {
		let mut backoff = Backoff::new(Duration::from_secs(1), Duration::from_secs(5));
		let delays: Vec<u64> = (0..5).map(|_| backoff.next_delay().as_secs()).collect();
		assert_eq!(delays, vec![1, 2, 4, 5, 5]);
		backoff.reset();
		assert_eq!(backoff.next_delay(), Duration::from_secs(1));
	}
}
