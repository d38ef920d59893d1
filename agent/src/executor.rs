//! `dao-agent executor`: runs the commands of passed proposals exactly once and reports their
//! receipts.
//!
//! 1. At start-up, jobs the state file left `Running` (a crash during a run) are finished as
//!    failed with the `Interrupted` reason: they are never run twice.
//! 2. On each connection it reads the on-chain pending queue of every served community
//!    (`VotingApi::pending_executions`), so work that passed while it was offline is found
//!    from state alone, then follows **finalized** blocks only, from its cursor: each
//!    `ProposalClosed { passed: true }` of a served community becomes a job.
//! 3. A job is checked against the chain (no receipt yet, this agent is the community's
//!    executor), marked `Running`, run through the allow-list, marked `Done` with its exit code
//!    and output hash, and reported with `report_execution`; `Reported` once finalized. Every
//!    transition is saved atomically before the next step (see [`crate::state`]).
//! 4. When the node goes away it reconnects with exponential backoff. SIGINT/SIGTERM stop it
//!    between jobs.
//!
//! Outputs are kept as `<state_dir>/outputs/<community>-<proposal>.out`: the receipt's hash is
//! the BLAKE2-256 of that file.

use crate::{
	chain::{self, AccountId, Client},
	config::ExecutorConfig,
	metrics::Metrics,
	run_reconnecting,
	runner::{Execution, FailureReason, JobContext},
	state::{blocks_to_handle, Cursor, JobStatus, StateFile},
	Backoff, Fatal,
};
use anyhow::{bail, Context};
use std::time::Instant;
use subxt_signer::sr25519::Keypair;
use tokio::sync::watch;

/// The name of the state file in the state directory.
pub const STATE_FILE: &str = "state.json";
/// Test hook: with `DAO_AGENT_FAILPOINT=after-run` the agent aborts right after a command ran
/// and its result was saved, before the receipt is reported (the crash the exactly-once logic
/// must survive). `before-run` aborts after `Running` was saved, before the program starts.
pub const FAILPOINT_ENV: &str = "DAO_AGENT_FAILPOINT";

/// The executor and its state.
pub struct Executor {
	config: ExecutorConfig,
	key: Keypair,
	me: AccountId,
	state: StateFile,
	metrics: Option<Metrics>,
	failpoint: Option<String>,
}

impl Executor {
	/// Opens the state file in the configured directory.
	pub fn new(
		config: ExecutorConfig,
		key: Keypair,
		metrics: Option<Metrics>,
	) -> anyhow::Result<Self> {
		std::fs::create_dir_all(config.state_dir.join("outputs")).with_context(|| {
			format!("cannot create the state directory {}", config.state_dir.display())
		})?;
		let state = StateFile::open(&config.state_dir.join(STATE_FILE))?;
		let me = chain::account_of(&key);
		Ok(Self { config, key, me, state, metrics, failpoint: std::env::var(FAILPOINT_ENV).ok() })
	}

	/// Runs until `shutdown` turns true, reconnecting with backoff whenever the node goes away.
	pub async fn run(mut self, mut shutdown: watch::Receiver<bool>) -> anyhow::Result<()> {
		tracing::info!(
			account = %hex::encode(self.me),
			communities = ?self.config.communities,
			kinds = ?self.config.allow_list.kinds.keys().collect::<Vec<_>>(),
			state = %self.state.path().display(),
			"executor starting"
		);
		self.finish_interrupted_jobs()?;
		run_reconnecting(&mut shutdown, async |backoff, shutdown| {
			self.session(backoff, shutdown).await
		})
		.await
	}

	/// Jobs left `Running` by a crash: their programs may or may not have finished, so they
	/// are not run again but reported as failed with the `Interrupted` reason.
	fn finish_interrupted_jobs(&mut self) -> anyhow::Result<()> {
		for (community, proposal) in self.state.jobs_in(JobStatus::Running) {
			let execution = Execution::failed(
				FailureReason::Interrupted,
				"the agent stopped while the command ran; it is not run again".into(),
			);
			tracing::warn!(
				community,
				proposal,
				"job was interrupted by a crash; reporting it as failed"
			);
			self.save_output(community, proposal, &execution)?;
			self.state.finish(
				community,
				proposal,
				execution.exit_code,
				execution.output_hash(),
				execution.summary,
			)?;
		}
		Ok(())
	}

	/// One connection: pending queue, catch-up from the cursor, then new finalized blocks.
	async fn session(
		&mut self,
		backoff: &mut Backoff,
		shutdown: &mut watch::Receiver<bool>,
	) -> anyhow::Result<()> {
		let api = chain::connect(&self.config.url).await?;
		self.check_genesis(&api)?;
		// Subscribe first, so that no block finalized from now on is missed.
		let mut blocks = chain::follow_finalized(&api).await?;
		backoff.reset();
		let head = chain::finalized(&api).await?;
		tracing::info!(url = %self.config.url, finalized = head.block_number(), "connected");
		if let Some(cursor) = self.state.state.cursor.filter(|c| c.number > head.block_number()) {
			// Finality never goes back: this is a new chain from the same genesis (a dev chain
			// started again), whose proposal ids would collide with the state's jobs.
			return Err(Fatal(format!(
				"the state file {} has handled block {} but the chain has finalized only {}: \
				 was the chain started again? Use another state_dir",
				self.state.path().display(),
				cursor.number,
				head.block_number()
			))
			.into());
		}

		for community in self.config.communities.clone() {
			for pending in chain::pending_executions(&head, community).await? {
				if self.state.note_pending(community, pending.proposal, &pending.command) {
					tracing::info!(
						community,
						proposal = pending.proposal,
						"found pending work on chain"
					);
				}
			}
		}
		self.catch_up(&api, head.block_number()).await?;
		self.work(&api).await?;

		while let Some(finalized) = chain::next_finalized(&mut blocks, shutdown).await? {
			self.catch_up(&api, finalized).await?;
			self.work(&api).await?;
		}
		Ok(())
	}

	/// Refuses a state file of another chain (a dev chain restarted from genesis, say).
	fn check_genesis(&mut self, api: &Client) -> anyhow::Result<()> {
		let genesis = hex::encode(api.genesis_hash());
		match &self.state.state.genesis {
			Some(known) if *known != genesis => Err(Fatal(format!(
				"the state file {} belongs to chain {known}, the node runs {genesis}; use another state_dir",
				self.state.path().display()
			))
			.into()),
			Some(_) => Ok(()),
			None => {
				self.state.state.genesis = Some(genesis);
				self.state.save()
			},
		}
	}

	/// Handles the events of the finalized blocks after the cursor up to `finalized`.
	async fn catch_up(&mut self, api: &Client, finalized: u64) -> anyhow::Result<()> {
		let range =
			blocks_to_handle(self.state.state.cursor, finalized, self.config.max_catch_up_blocks);
		if let Some(cursor) = self.state.state.cursor {
			if *range.start() > cursor.number.saturating_add(1) {
				tracing::warn!(
					from = cursor.number + 1,
					to = range.start() - 1,
					"skipping old blocks beyond max_catch_up_blocks; the pending queue covers them"
				);
			}
		}
		let mut unsaved = false;
		for number in range {
			if let Some(metrics) = &self.metrics {
				metrics.set_finalized_lag(finalized.saturating_sub(number.saturating_sub(1)));
			}
			let at = chain::at_number(api, number).await?;
			let mut noted = false;
			for closed in chain::proposals_closed(&at).await? {
				if closed.passed
					&& self.config.communities.contains(&closed.community)
					&& self.state.note_seen(closed.community, closed.proposal, &closed.metadata)
				{
					noted = true;
					tracing::info!(
						community = closed.community,
						proposal = closed.proposal,
						block = number,
						"proposal passed"
					);
				}
			}
			self.state.state.cursor = Some(Cursor { number });
			// New jobs are saved with their block; otherwise the cursor is saved once at the
			// end (a crash in between only replays blocks, and jobs are never noted twice).
			unsaved = !noted;
			if noted {
				self.state.save()?;
			}
		}
		if unsaved {
			self.state.save()?;
		}
		if let Some(metrics) = &self.metrics {
			metrics.set_finalized_lag(0);
		}
		Ok(())
	}

	/// Runs every `Seen` job and reports every `Done` one, oldest first.
	async fn work(&mut self, api: &Client) -> anyhow::Result<()> {
		for (community, proposal) in self.state.jobs_in(JobStatus::Seen) {
			self.run_job(api, community, proposal).await?;
		}
		for (community, proposal) in self.state.jobs_in(JobStatus::Done) {
			self.report(api, community, proposal).await?;
		}
		if let Some(metrics) = &self.metrics {
			metrics.set_jobs(&self.state.counts());
		}
		Ok(())
	}

	/// Checks the chain, then runs a `Seen` job: `Running` is saved before the program starts
	/// and `Done` right after it ends.
	async fn run_job(&mut self, api: &Client, community: u32, proposal: u32) -> anyhow::Result<()> {
		if !self.still_ours(api, community, proposal).await? {
			return Ok(());
		}
		let command = self
			.state
			.job(community, proposal)
			.map(|job| job.command_bytes())
			.unwrap_or_default();
		self.state.transition(community, proposal, JobStatus::Running, "running")?;
		self.failpoint("before-run");

		let started = Instant::now();
		let execution = self
			.config
			.allow_list
			.execute(&command, JobContext { community, proposal })
			.await;
		if let Some(metrics) = &self.metrics {
			metrics.observe_job_duration(started.elapsed().as_secs_f64());
		}
		self.save_output(community, proposal, &execution)?;
		tracing::info!(
			community,
			proposal,
			exit_code = execution.exit_code,
			output_hash = %hex::encode(execution.output_hash()),
			summary = %execution.summary,
			"command finished"
		);
		self.state.finish(
			community,
			proposal,
			execution.exit_code,
			execution.output_hash(),
			execution.summary.clone(),
		)?;
		self.failpoint("after-run");
		Ok(())
	}

	/// Reports a `Done` job, unless the chain has its receipt already.
	async fn report(&mut self, api: &Client, community: u32, proposal: u32) -> anyhow::Result<()> {
		if !self.still_ours(api, community, proposal).await? {
			return Ok(());
		}
		let Some(job) = self.state.job(community, proposal).cloned() else { return Ok(()) };
		let (Some(exit_code), Some(output_hash)) = (job.exit_code, job.output_hash_bytes()) else {
			bail!("job {community}/{proposal} is done without a result in the state file");
		};
		match chain::report_execution(api, &self.key, community, proposal, exit_code, output_hash)
			.await
		{
			Ok(()) => {
				tracing::info!(community, proposal, exit_code, "receipt reported");
				self.state
					.transition(community, proposal, JobStatus::Reported, "receipt finalized")
			},
			Err(e) => {
				// It may have landed anyway (a lost connection after submitting): ask the chain.
				let head = chain::finalized(api).await?;
				if chain::execution_receipt(&head, community, proposal).await?.is_some() {
					return self.state.transition(
						community,
						proposal,
						JobStatus::Reported,
						"receipt on chain",
					);
				}
				Err(e.context(format!("cannot report the receipt of {community}/{proposal}")))
			},
		}
	}

	/// Whether a job is still this agent's to run or report: it has no receipt on chain, this
	/// agent is the community's executor, and the chain queued the proposal's command (a
	/// passed proposal that changed the executor is not a command). Otherwise the job is
	/// closed accordingly.
	async fn still_ours(
		&mut self,
		api: &Client,
		community: u32,
		proposal: u32,
	) -> anyhow::Result<bool> {
		let head = chain::finalized(api).await?;
		if let Some(receipt) = chain::execution_receipt(&head, community, proposal).await? {
			tracing::info!(
				community,
				proposal,
				by = %hex::encode(receipt.executor),
				"the receipt is on chain already"
			);
			self.state
				.transition(community, proposal, JobStatus::Reported, "receipt on chain")?;
			return Ok(false);
		}
		if chain::community_executor(&head, community).await? != Some(self.me) {
			tracing::warn!(
				community,
				proposal,
				"this agent is not the community's executor; skipping"
			);
			self.state
				.transition(community, proposal, JobStatus::Skipped, "not the executor")?;
			return Ok(false);
		}
		let queued = chain::pending_executions(&head, community).await?;
		if !queued.iter().any(|pending| pending.proposal == proposal) {
			tracing::info!(
				community,
				proposal,
				"not queued for execution (not a command); skipping"
			);
			self.state.transition(community, proposal, JobStatus::Skipped, "not queued")?;
			return Ok(false);
		}
		Ok(true)
	}

	fn save_output(
		&self,
		community: u32,
		proposal: u32,
		execution: &Execution,
	) -> anyhow::Result<()> {
		let path = self
			.config
			.state_dir
			.join("outputs")
			.join(format!("{community}-{proposal}.out"));
		std::fs::write(&path, &execution.output)
			.with_context(|| format!("cannot write {}", path.display()))
	}

	fn failpoint(&self, name: &str) {
		if self.failpoint.as_deref() == Some(name) {
			tracing::error!(failpoint = name, "failpoint reached; aborting");
			std::process::abort();
		}
	}
}
