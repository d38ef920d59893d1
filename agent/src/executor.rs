//! `dao-agent executor`: runs the queued jobs (passed proposals' commands and members'
//! requests paid with credits) exactly once, reports their receipts, and claims the payments of
//! paid jobs once their payout delay is over.
//!
//! 1. At start-up, jobs the state file left `Running` (a crash during a run) are finished as
//!    failed with the `Interrupted` reason: they are never run twice. The program died with
//!    the agent (the kernel kills it); the processes it started, in its process group, are
//!    killed now, from the group recorded in `<state_dir>/running.group`.
//! 2. On each connection it reads the on-chain pending queue of every served community
//!    (`VotingApi::pending_executions`), so work that passed while it was offline is found
//!    from state alone, then follows **finalized** blocks only, from its cursor: each
//!    `JobQueued` of a served community (voted or requested, with its budget) becomes a job,
//!    and an `ExecutorChanged` that makes this agent a served community's executor reads that
//!    community's pending queue again (jobs given up while another account was the executor
//!    come back: to be run if they never ran, to be reported if they did).
//! 3. A job is checked against the chain at the finalized head (no receipt yet, this agent is
//!    the community's executor, the pending queue holds it with the command and budget the
//!    agent noted: anything else is skipped, never run), marked `Running`, run through the allow-list, marked `Done` with its exit code
//!    and output hash, and reported with `report_execution`; `Reported` once finalized. Every
//!    transition is saved atomically before the next step (see [`crate::state`]).
//! 4. A reported job that succeeded with a budget waits for its payment: on each finalized block
//!    the agent reads `VotingApi::job_status`; once the payout delay is over it calls
//!    `claim_payment` and marks the job `Paid` (also when someone else claimed it), or
//!    `Refunded` if a dispute sent the budget back. Claims are idempotent (the chain pays a job
//!    once) and the state file remembers which jobs still await their payment, so restarts
//!    neither lose nor repeat a claim.
//! 5. When the node goes away it reconnects with exponential backoff. SIGINT/SIGTERM stop it
//!    between jobs.
//!
//! Outputs are kept as `<state_dir>/outputs/<community>-<proposal>.out`: the receipt's hash is
//! the BLAKE2-256 of that file.

use crate::{
	chain::{self, AccountId, AtBlock, Client},
	config::ExecutorConfig,
	metrics::Metrics,
	run_reconnecting,
	runner::{self, Execution, FailureReason, JobContext},
	state::{blocks_to_handle, Cursor, JobStatus, StateFile},
	Backoff, Fatal,
};
use anyhow::{bail, Context};
use std::time::Instant;
use subxt_signer::sr25519::Keypair;
use tokio::sync::watch;

/// The name of the state file in the state directory.
pub const STATE_FILE: &str = "state.json";
/// Where the process group of the running program is recorded, in the state directory: an
/// agent that restarts after a crash kills what its program left running.
pub const GROUP_FILE: &str = "running.group";
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
		// The program died with the agent; what it started dies now.
		if let Some(group) = runner::kill_leftover_group(&self.config.state_dir.join(GROUP_FILE)) {
			tracing::warn!(group, "killed the process group a crashed run left behind");
		}
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
			self.note_pending_work(&head, community).await?;
		}
		self.catch_up(&api, head.block_number()).await?;
		self.work(&api).await?;

		while let Some(finalized) = chain::next_finalized(&mut blocks, shutdown).await? {
			self.catch_up(&api, finalized).await?;
			self.work(&api).await?;
		}
		Ok(())
	}

	/// Notes `community`'s jobs waiting for a receipt at block `at` (new ones, and ones given
	/// up while this agent was not the executor). Returns whether any is (again) work to do.
	/// Does not save.
	async fn note_pending_work(&mut self, at: &AtBlock, community: u32) -> anyhow::Result<bool> {
		let mut noted = false;
		for pending in chain::pending_executions(at, community).await? {
			if self.state.note_pending(
				community,
				pending.proposal,
				&pending.command,
				pending.budget,
			) {
				noted = true;
				tracing::info!(
					community,
					proposal = pending.proposal,
					budget = pending.budget,
					"found pending work on chain"
				);
			}
		}
		Ok(noted)
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
			let events = chain::voting_events(&at).await?;
			for queued in events.queued {
				if self.config.communities.contains(&queued.community)
					&& self.state.note_seen(
						queued.community,
						queued.job,
						&queued.command,
						queued.budget,
					) {
					noted = true;
					tracing::info!(
						community = queued.community,
						proposal = queued.job,
						kind = ?queued.kind,
						budget = queued.budget,
						block = number,
						"job queued"
					);
				}
			}
			// Becoming a community's executor (again) makes its pending queue this agent's.
			for change in events.executor_changes {
				if change.executor == Some(self.me)
					&& self.config.communities.contains(&change.community)
				{
					tracing::info!(
						community = change.community,
						block = number,
						"this agent is the community's executor now"
					);
					noted |= self.note_pending_work(&at, change.community).await?;
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

	/// Runs every `Seen` job, reports every `Done` one and claims every payment that is due,
	/// oldest first.
	async fn work(&mut self, api: &Client) -> anyhow::Result<()> {
		for (community, proposal) in self.state.jobs_in(JobStatus::Seen) {
			self.run_job(api, community, proposal).await?;
		}
		for (community, proposal) in self.state.jobs_in(JobStatus::Done) {
			self.report(api, community, proposal).await?;
		}
		self.settle_payments(api).await?;
		if let Some(metrics) = &self.metrics {
			metrics.set_jobs(&self.state.counts());
		}
		Ok(())
	}

	/// Claims the payments whose delay is over; notes payments settled by others or refunded
	/// by a dispute. Sets the `payments_claimable` gauge to the payments still waiting.
	async fn settle_payments(&mut self, api: &Client) -> anyhow::Result<()> {
		let mut waiting = 0u64;
		for (community, job) in self.state.jobs_awaiting_payment() {
			let head = chain::finalized(api).await?;
			let now = head.block_number();
			match chain::job_status(&head, community, job).await? {
				chain::JobOnChain::AwaitingPayout { executor, amount, claimable_at }
					if executor == self.me =>
				{
					if now < u64::from(claimable_at) {
						waiting += 1;
						continue;
					}
					if let Err(e) = chain::claim_payment(api, &self.key, community, job).await {
						// Someone else may have claimed it meanwhile: the chain decides below.
						tracing::warn!(community, proposal = job, error = %e, "claim failed");
					}
					let head = chain::finalized(api).await?;
					match chain::job_status(&head, community, job).await? {
						chain::JobOnChain::Settled {
							settlement: chain::Settlement::Paid { .. },
						} => self.paid(community, job, amount)?,
						_ => waiting += 1,
					}
				},
				chain::JobOnChain::Disputed { amount } => {
					tracing::info!(community, proposal = job, amount, "payment disputed; waiting");
					waiting += 1;
				},
				chain::JobOnChain::Settled { settlement: chain::Settlement::Paid { amount } } => {
					self.paid(community, job, amount)?
				},
				chain::JobOnChain::Settled {
					settlement: chain::Settlement::Refunded { amount },
				} => {
					tracing::warn!(
						community,
						proposal = job,
						amount,
						"payment refunded by a dispute"
					);
					self.state.transition(community, job, JobStatus::Refunded, "refunded")?;
				},
				other => {
					tracing::warn!(community, proposal = job, status = ?other, "no payment on chain");
					self.state.transition(community, job, JobStatus::Skipped, "no payment")?;
				},
			}
		}
		if let Some(metrics) = &self.metrics {
			metrics.set_payments_claimable(waiting);
		}
		Ok(())
	}

	fn paid(&mut self, community: u32, job: u32, amount: u128) -> anyhow::Result<()> {
		tracing::info!(community, proposal = job, amount, "payment received");
		if let Some(metrics) = &self.metrics {
			metrics.count_paid_job();
		}
		self.state.transition(community, job, JobStatus::Paid, format!("paid {amount}"))
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
			.execute(
				&command,
				JobContext { community, proposal },
				Some(&self.config.state_dir.join(GROUP_FILE)),
			)
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

	/// Whether a job is still this agent's to run or report, at the finalized head: it has no
	/// receipt on chain, this agent is the community's executor, and the chain's pending queue
	/// holds the job with the command and budget the agent noted (a passed proposal that
	/// changed the executor is not a command). Otherwise the job is closed accordingly.
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
			// A job that ran keeps its result (it is reported if this agent is the executor
			// again: `note_pending` brings it back as `Done`); only a job that never started is
			// given up.
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
		let Some(pending) = queued.iter().find(|pending| pending.proposal == proposal) else {
			tracing::info!(
				community,
				proposal,
				"not queued for execution (not a command); skipping"
			);
			self.state.transition(community, proposal, JobStatus::Skipped, "not queued")?;
			return Ok(false);
		};
		// The job runs (and is reported) only as the chain queued it at the finalized head:
		// a command or budget that differs from what the agent noted is never run.
		let noted = self.state.job(community, proposal);
		if noted.map(|job| (job.command_bytes(), job.budget))
			!= Some((pending.command.clone(), pending.budget))
		{
			tracing::error!(
				community,
				proposal,
				at = head.block_number(),
				"the chain queued another command or budget than the agent noted; not running it"
			);
			self.state.transition(
				community,
				proposal,
				JobStatus::Skipped,
				"differs from the queued command",
			)?;
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
