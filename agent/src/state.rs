//! The executor's state file: its cursor in the finalized chain and the state of every job.
//! This is what makes execution exactly-once across restarts and crashes.
//!
//! A job goes `Seen` → `Running` → `Done` → `Reported` (or `Skipped` when it is not this
//! agent's to run); a paid job that succeeded goes on to `Paid` once its payment is claimed
//! after the payout delay (or `Refunded` if a dispute sent its budget back to the pot). Each transition is written to disk **before** the next step starts:
//! - `Running` is written before the program starts, so a crash during the run leaves `Running`
//!   behind. On restart such a job is never run again: it is reported as failed with the
//!   `Interrupted` reason code (at most once beats twice for commands with side effects).
//! - `Done` (with the exit code and the output hash) is written before the receipt is submitted,
//!   so a crash between the run and the report only repeats the report. Before reporting, the
//!   executor checks the chain for a receipt, so a report that did land is not sent again.
//!
//! Writes are atomic: the new state goes to a temporary file in the same directory, is
//! flushed to disk, and replaces the old file with a rename; the directory is synced too.
//! A state file that cannot be parsed stops the agent rather than being reset, since a reset
//! could run commands twice.

use anyhow::{bail, Context};
use serde::{Deserialize, Serialize};
use std::{
	collections::BTreeMap,
	fs,
	io::Write,
	ops::RangeInclusive,
	path::{Path, PathBuf},
};

/// The version of the state file's layout.
pub const STATE_VERSION: u32 = 1;
/// Settled jobs kept in the file (older ones are pruned: the chain has their receipts).
pub const KEPT_REPORTED_JOBS: usize = 1024;

/// Where a job is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobStatus {
	/// Known (from a `JobQueued` event or the pending queue), not started.
	Seen,
	/// Its program was started and has not finished (as far as the file knows).
	Running,
	/// It finished; the receipt is not confirmed on chain yet.
	Done,
	/// Its receipt is on chain.
	Reported,
	/// Not this agent's to run (it is not the community's executor).
	Skipped,
	/// Reported `Succeeded` with a budget, and the budget was paid to this agent.
	Paid,
	/// Reported `Succeeded` with a budget, and a dispute refunded the budget to the pot.
	Refunded,
}

/// One job (a passed proposal's command or a member's request) and what the agent did with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Job {
	/// The community.
	pub community: u32,
	/// The proposal.
	pub proposal: u32,
	/// Its command (the proposal's metadata), hex-encoded.
	pub command: String,
	/// What the executor is paid for it (payment asset units; 0: unpaid).
	#[serde(default)]
	pub budget: u128,
	/// Where it is.
	pub status: JobStatus,
	/// Once done: 0, the program's exit status, or a negative reason code.
	#[serde(default, skip_serializing_if = "Option::is_none")]
	pub exit_code: Option<i32>,
	/// Once done: the hex BLAKE2-256 hash of the output.
	#[serde(default, skip_serializing_if = "Option::is_none")]
	pub output_hash: Option<String>,
	/// A human-readable note on the last transition.
	#[serde(default)]
	pub note: String,
	/// The order it was first seen in, for pruning.
	pub seq: u64,
}

impl Job {
	/// The command bytes.
	pub fn command_bytes(&self) -> Vec<u8> {
		hex::decode(&self.command).unwrap_or_default()
	}

	/// The output hash, once done.
	pub fn output_hash_bytes(&self) -> Option<[u8; 32]> {
		let bytes = hex::decode(self.output_hash.as_deref()?).ok()?;
		bytes.try_into().ok()
	}

	/// Its program ran (or was interrupted): it has a result, and is never run again.
	pub fn has_run(&self) -> bool {
		self.exit_code.is_some()
	}

	/// Reported `Succeeded` with a budget, and its payment not settled yet.
	pub fn awaits_payment(&self) -> bool {
		self.status == JobStatus::Reported && self.budget > 0 && self.exit_code == Some(0)
	}

	/// Nothing more happens to it: the file may forget it.
	fn is_settled(&self) -> bool {
		matches!(self.status, JobStatus::Paid | JobStatus::Refunded)
			|| (self.status == JobStatus::Reported && !self.awaits_payment())
	}
}

/// The last finalized block whose events were handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cursor {
	/// Its number.
	pub number: u64,
}

/// Everything in the state file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
	/// [`STATE_VERSION`].
	pub version: u32,
	/// The genesis hash of the chain this state belongs to (hex), once connected.
	#[serde(default)]
	pub genesis: Option<String>,
	/// Where event handling resumes.
	pub cursor: Option<Cursor>,
	/// Jobs by `"<community>/<proposal>"`.
	pub jobs: BTreeMap<String, Job>,
	/// The next job's `seq`.
	pub next_seq: u64,
}

impl Default for State {
	fn default() -> Self {
		Self {
			version: STATE_VERSION,
			genesis: None,
			cursor: None,
			jobs: BTreeMap::new(),
			next_seq: 0,
		}
	}
}

/// The key of a job in [`State::jobs`].
pub fn job_key(community: u32, proposal: u32) -> String {
	format!("{community}/{proposal}")
}

/// The finalized blocks to handle when the chain has finalized `finalized`: the ones after the
/// cursor, at most `max_catch_up` of them (the newest). Without a cursor (first start) only
/// `finalized` itself: older work is found in the on-chain pending queue, not in history.
pub fn blocks_to_handle(
	cursor: Option<Cursor>,
	finalized: u64,
	max_catch_up: u64,
) -> RangeInclusive<u64> {
	let first = match cursor {
		None => finalized,
		Some(cursor) => cursor.number.saturating_add(1),
	};
	let oldest_allowed = finalized.saturating_sub(max_catch_up.saturating_sub(1));
	first.max(oldest_allowed)..=finalized
}

/// The state and the file it lives in.
#[derive(Debug)]
pub struct StateFile {
	path: PathBuf,
	/// The current state (write it back with [`StateFile::save`]).
	pub state: State,
}

impl StateFile {
	/// Opens the state file at `path`, or starts an empty state if there is none.
	pub fn open(path: &Path) -> anyhow::Result<Self> {
		let state = match fs::read(path) {
			Ok(bytes) => {
				let state: State = serde_json::from_slice(&bytes).with_context(|| {
					format!("state file {} is corrupt; refusing to start", path.display())
				})?;
				if state.version != STATE_VERSION {
					bail!(
						"state file {} has version {}, expected {STATE_VERSION}",
						path.display(),
						state.version
					);
				}
				state
			},
			Err(e) if e.kind() == std::io::ErrorKind::NotFound => State::default(),
			Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
		};
		Ok(Self { path: path.to_path_buf(), state })
	}

	/// The file's path.
	pub fn path(&self) -> &Path {
		&self.path
	}

	/// Writes the state atomically (temporary file, fsync, rename, directory fsync).
	pub fn save(&self) -> anyhow::Result<()> {
		let dir = self
			.path
			.parent()
			.filter(|d| !d.as_os_str().is_empty())
			.unwrap_or(Path::new("."));
		fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
		let tmp = self.path.with_extension("json.tmp");
		let bytes = serde_json::to_vec_pretty(&self.state)?;
		{
			let mut file = fs::File::create(&tmp)
				.with_context(|| format!("cannot write {}", tmp.display()))?;
			file.write_all(&bytes)?;
			file.sync_all()?;
		}
		fs::rename(&tmp, &self.path)
			.with_context(|| format!("cannot replace {}", self.path.display()))?;
		fs::File::open(dir)?.sync_all()?;
		Ok(())
	}

	/// The job for a proposal, if known.
	pub fn job(&self, community: u32, proposal: u32) -> Option<&Job> {
		self.state.jobs.get(&job_key(community, proposal))
	}

	fn job_mut(&mut self, community: u32, proposal: u32) -> anyhow::Result<&mut Job> {
		self.state
			.jobs
			.get_mut(&job_key(community, proposal))
			.with_context(|| format!("no job {community}/{proposal}"))
	}

	/// Records a queued job as `Seen`, unless it is known already. Returns whether it was
	/// new. Does not save.
	pub fn note_seen(
		&mut self,
		community: u32,
		proposal: u32,
		command: &[u8],
		budget: u128,
	) -> bool {
		let key = job_key(community, proposal);
		if self.state.jobs.contains_key(&key) {
			return false;
		}
		let seq = self.state.next_seq;
		self.state.next_seq = seq.saturating_add(1);
		self.state.jobs.insert(
			key,
			Job {
				community,
				proposal,
				command: hex::encode(command),
				budget,
				status: JobStatus::Seen,
				exit_code: None,
				output_hash: None,
				note: String::new(),
				seq,
			},
		);
		true
	}

	/// A passed proposal the chain still lists as waiting for a receipt: new jobs are noted
	/// `Seen`, and jobs skipped earlier (when this agent was not the executor) are revived:
	/// to `Seen` if they never ran, to `Done` (to be reported, never run again) if they have a
	/// result. Returns whether the job is (again) work to do. Does not save.
	pub fn note_pending(
		&mut self,
		community: u32,
		proposal: u32,
		command: &[u8],
		budget: u128,
	) -> bool {
		if self.note_seen(community, proposal, command, budget) {
			return true;
		}
		match self.state.jobs.get_mut(&job_key(community, proposal)) {
			Some(job) if job.status == JobStatus::Skipped => {
				job.status = if job.has_run() { JobStatus::Done } else { JobStatus::Seen };
				job.note = "pending on chain again".into();
				true
			},
			_ => false,
		}
	}

	/// Moves a job to `status` with `note`, and saves.
	pub fn transition(
		&mut self,
		community: u32,
		proposal: u32,
		status: JobStatus,
		note: impl Into<String>,
	) -> anyhow::Result<()> {
		let job = self.job_mut(community, proposal)?;
		job.status = status;
		job.note = note.into();
		self.prune_settled();
		self.save()
	}

	/// Marks a job `Done` with its result, and saves.
	pub fn finish(
		&mut self,
		community: u32,
		proposal: u32,
		exit_code: i32,
		output_hash: [u8; 32],
		note: impl Into<String>,
	) -> anyhow::Result<()> {
		let job = self.job_mut(community, proposal)?;
		job.exit_code = Some(exit_code);
		job.output_hash = Some(hex::encode(output_hash));
		self.transition(community, proposal, JobStatus::Done, note)
	}

	/// Keys of the jobs in `status`, oldest first.
	pub fn jobs_in(&self, status: JobStatus) -> Vec<(u32, u32)> {
		let mut jobs: Vec<&Job> = self.state.jobs.values().filter(|j| j.status == status).collect();
		jobs.sort_by_key(|j| j.seq);
		jobs.into_iter().map(|j| (j.community, j.proposal)).collect()
	}

	/// Number of jobs per status.
	pub fn counts(&self) -> BTreeMap<JobStatus, usize> {
		let mut counts = BTreeMap::new();
		for job in self.state.jobs.values() {
			*counts.entry(job.status).or_default() += 1;
		}
		counts
	}

	/// Keys of the jobs awaiting their payment, oldest first.
	pub fn jobs_awaiting_payment(&self) -> Vec<(u32, u32)> {
		let mut jobs: Vec<&Job> = self.state.jobs.values().filter(|j| j.awaits_payment()).collect();
		jobs.sort_by_key(|j| j.seq);
		jobs.into_iter().map(|j| (j.community, j.proposal)).collect()
	}

	fn prune_settled(&mut self) {
		let mut reported: Vec<(u64, String)> = self
			.state
			.jobs
			.iter()
			.filter(|(_, j)| j.is_settled())
			.map(|(k, j)| (j.seq, k.clone()))
			.collect();
		if reported.len() <= KEPT_REPORTED_JOBS {
			return;
		}
		reported.sort();
		let excess = reported.len() - KEPT_REPORTED_JOBS;
		for (_, key) in reported.into_iter().take(excess) {
			self.state.jobs.remove(&key);
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn missing_file_starts_empty_and_saves_atomically() {
		let dir = tempfile::tempdir().unwrap();
		let path = dir.path().join("sub/state.json");
		let mut file = StateFile::open(&path).unwrap();
		assert_eq!(file.state, State::default());
		assert!(file.note_seen(1, 0, b"{}", 0));
		file.state.cursor = Some(Cursor { number: 7 });
		file.save().unwrap();
		assert!(!path.with_extension("json.tmp").exists(), "the temporary file is renamed");
		let reopened = StateFile::open(&path).unwrap();
		assert_eq!(reopened.state, file.state);
	}

	#[test]
	fn corrupt_or_foreign_files_are_refused_not_reset() {
		let dir = tempfile::tempdir().unwrap();
		let path = dir.path().join("state.json");
		std::fs::write(&path, b"{ half a file").unwrap();
		let error = StateFile::open(&path).unwrap_err().to_string();
		assert!(error.contains("corrupt"), "{error}");
		let future = State { version: STATE_VERSION + 1, ..State::default() };
		std::fs::write(&path, serde_json::to_vec(&future).unwrap()).unwrap();
		assert!(StateFile::open(&path).is_err());
		// The file is left as it was for the operator to look at.
		assert_eq!(std::fs::read(&path).unwrap(), serde_json::to_vec(&future).unwrap());
	}

	#[test]
	fn a_stale_temporary_file_does_not_matter() {
		let dir = tempfile::tempdir().unwrap();
		let path = dir.path().join("state.json");
		let mut file = StateFile::open(&path).unwrap();
		file.note_seen(1, 2, b"x", 0);
		file.save().unwrap();
		// A crash in the middle of a later write leaves a partial temporary file behind.
		std::fs::write(path.with_extension("json.tmp"), b"{ partial").unwrap();
		let reopened = StateFile::open(&path).unwrap();
		assert_eq!(reopened.state, file.state);
		reopened.save().unwrap();
		assert_eq!(StateFile::open(&path).unwrap().state, file.state);
	}

	#[test]
	fn jobs_move_through_their_states_and_survive_reopening() {
		let dir = tempfile::tempdir().unwrap();
		let path = dir.path().join("state.json");
		let mut file = StateFile::open(&path).unwrap();
		assert!(file.note_seen(1, 4, b"cmd", 0));
		assert!(!file.note_seen(1, 4, b"other", 0), "a known job is not reset");
		file.transition(1, 4, JobStatus::Running, "started").unwrap();
		assert_eq!(StateFile::open(&path).unwrap().job(1, 4).unwrap().status, JobStatus::Running);
		file.finish(1, 4, 0, [9; 32], "ok").unwrap();

		let mut reopened = StateFile::open(&path).unwrap();
		let job = reopened.job(1, 4).unwrap().clone();
		assert_eq!(job.status, JobStatus::Done);
		assert_eq!(job.exit_code, Some(0));
		assert_eq!(job.output_hash_bytes(), Some([9; 32]));
		assert_eq!(job.command_bytes(), b"cmd".to_vec());
		assert_eq!(reopened.jobs_in(JobStatus::Done), vec![(1, 4)]);
		reopened.transition(1, 4, JobStatus::Reported, "on chain").unwrap();
		assert!(reopened.jobs_in(JobStatus::Done).is_empty());
		assert_eq!(reopened.counts().get(&JobStatus::Reported), Some(&1));
		assert!(reopened.transition(2, 0, JobStatus::Done, "").is_err(), "unknown job");
	}

	#[test]
	fn pending_work_revives_skipped_jobs_only() {
		let mut file = StateFile::open(Path::new("/nonexistent/never-saved.json")).unwrap();
		assert!(file.note_pending(1, 0, b"a", 0), "new");
		assert!(!file.note_pending(1, 0, b"a", 0), "known and not skipped");
		file.state.jobs.get_mut(&job_key(1, 0)).unwrap().status = JobStatus::Skipped;
		assert!(file.note_pending(1, 0, b"a", 0), "skipped jobs are revived");
		assert_eq!(file.job(1, 0).unwrap().status, JobStatus::Seen);
		file.state.jobs.get_mut(&job_key(1, 0)).unwrap().status = JobStatus::Done;
		assert!(!file.note_pending(1, 0, b"a", 0), "done jobs are never reset");
		assert_eq!(file.job(1, 0).unwrap().status, JobStatus::Done);
	}

	/// The executor switched away and back while a job that ran was pending: it comes back to
	/// be reported with its result, never to be run again.
	#[test]
	fn a_skipped_job_that_ran_is_revived_to_be_reported_not_run() {
		let mut file = StateFile::open(Path::new("/nonexistent/never-saved.json")).unwrap();
		assert!(file.note_pending(1, 0, b"a", 0));
		let job = file.job_mut(1, 0).unwrap();
		job.exit_code = Some(0);
		job.output_hash = Some(hex::encode([7; 32]));
		job.status = JobStatus::Skipped;
		assert!(file.note_pending(1, 0, b"a", 0), "pending again: work to do");
		let job = file.job(1, 0).unwrap();
		assert_eq!(job.status, JobStatus::Done, "to be reported");
		assert_eq!((job.exit_code, job.output_hash_bytes()), (Some(0), Some([7; 32])));
		assert!(file.jobs_in(JobStatus::Seen).is_empty(), "never to be run again");
	}

	#[test]
	fn jobs_are_listed_in_the_order_they_were_seen() {
		let mut file = StateFile::open(Path::new("/nonexistent/never-saved.json")).unwrap();
		file.note_seen(2, 9, b"", 0);
		file.note_seen(1, 10, b"", 0);
		file.note_seen(1, 2, b"", 0);
		assert_eq!(file.jobs_in(JobStatus::Seen), vec![(2, 9), (1, 10), (1, 2)]);
	}

	#[test]
	fn reported_jobs_are_pruned_oldest_first() {
		let dir = tempfile::tempdir().unwrap();
		let mut file = StateFile::open(&dir.path().join("state.json")).unwrap();
		let total = KEPT_REPORTED_JOBS as u32 + 2;
		for p in 0..total {
			file.note_seen(1, p, b"", 0);
		}
		file.note_seen(2, 0, b"", 0);
		for p in 0..total {
			file.state.jobs.get_mut(&job_key(1, p)).unwrap().status = JobStatus::Reported;
		}
		file.transition(1, 0, JobStatus::Reported, "").unwrap();
		assert_eq!(file.counts().get(&JobStatus::Reported), Some(&KEPT_REPORTED_JOBS));
		assert!(file.job(1, 0).is_none() && file.job(1, 1).is_none());
		assert!(file.job(1, 2).is_some());
		assert_eq!(file.job(2, 0).unwrap().status, JobStatus::Seen, "unreported jobs stay");
	}

	#[test]
	fn jobs_awaiting_their_payment_are_kept_until_settled() {
		let dir = tempfile::tempdir().unwrap();
		let mut file = StateFile::open(&dir.path().join("state.json")).unwrap();
		file.note_seen(1, 0, b"paid", 5);
		file.note_seen(1, 1, b"failed", 5);
		file.note_seen(1, 2, b"unpaid", 0);
		for (p, code) in [(0, 0), (1, 3), (2, 0)] {
			file.finish(1, p, code, [0; 32], "").unwrap();
			file.transition(1, p, JobStatus::Reported, "").unwrap();
		}
		assert_eq!(file.jobs_awaiting_payment(), vec![(1, 0)], "only the paid success");
		assert!(file.job(1, 0).unwrap().awaits_payment());
		file.transition(1, 0, JobStatus::Paid, "claimed").unwrap();
		assert!(file.jobs_awaiting_payment().is_empty());
		let reopened = StateFile::open(file.path()).unwrap();
		assert_eq!(reopened.job(1, 0).unwrap().status, JobStatus::Paid, "saved");
		assert_eq!(reopened.job(1, 0).unwrap().budget, 5);
	}

	#[test]
	fn cursor_logic() {
		let at = |n| Some(Cursor { number: n });
		// First start: only the finalized head; the pending queue covers the past.
		assert_eq!(blocks_to_handle(None, 50, 100), 50..=50);
		// Resume right after the cursor.
		assert_eq!(blocks_to_handle(at(40), 50, 100), 41..=50);
		assert_eq!(blocks_to_handle(at(49), 50, 100), 50..=50);
		// Nothing new (or a finalized head behind the cursor after a reconnect): empty.
		assert!(blocks_to_handle(at(50), 50, 100).is_empty());
		assert!(blocks_to_handle(at(60), 50, 100).is_empty());
		// A long gap is cut to the newest `max_catch_up` blocks.
		assert_eq!(blocks_to_handle(at(10), 1_000, 100), 901..=1_000);
		assert_eq!(blocks_to_handle(at(0), 5, 1), 5..=5);
		assert!(blocks_to_handle(at(0), 0, 100).is_empty());
	}
}
