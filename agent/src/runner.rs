//! Running programs: the operator's allow-list of command kinds, and one program run with its
//! input on stdin, a timeout and an output cap. Never through a shell.

use crate::command;
use serde_json::Value;
use std::{
	collections::BTreeMap,
	path::{Path, PathBuf},
	process::{ExitStatus, Stdio},
	time::Duration,
};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt};

/// How much of a program's stderr is kept for the log.
const STDERR_KEPT: usize = 4 * 1024;

/// A program the operator allows, with its fixed arguments and limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgramSpec {
	/// The executable (run directly, never through a shell).
	pub program: PathBuf,
	/// Fixed arguments, from the operator's configuration only.
	pub args: Vec<String>,
	/// The program is killed after this long.
	pub timeout: Duration,
	/// The program is killed when its stdout grows beyond this many bytes.
	pub max_output: usize,
}

/// Why the executor reports a command as failed without a program exit code. On chain they are
/// the negative `exit_code`s of `ExecutionOutcome::Failed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureReason {
	/// The metadata is not a valid command (not UTF-8, not JSON of the format, wrong version).
	BadCommand,
	/// The operator did not allow this kind.
	KindNotAllowed,
	/// The program ran longer than its timeout and was killed.
	Timeout,
	/// The program wrote more than its output cap and was killed.
	OutputTooLarge,
	/// The program could not be started (missing, not executable, ...).
	SpawnFailed,
	/// The agent stopped while the program ran; the command is not run again.
	Interrupted,
}

impl FailureReason {
	/// The reason code reported on chain.
	pub fn code(self) -> i32 {
		match self {
			Self::BadCommand => -1,
			Self::KindNotAllowed => -2,
			Self::Timeout => -3,
			Self::OutputTooLarge => -4,
			Self::SpawnFailed => -5,
			Self::Interrupted => -6,
		}
	}
}

/// What one program run produced.
#[derive(Debug)]
pub struct ProgramOutput {
	/// The exit status, or 128 + the signal that killed it (as shells report it).
	pub exit_code: i32,
	/// Everything it wrote to stdout (at most the cap).
	pub stdout: Vec<u8>,
	/// The beginning of what it wrote to stderr.
	pub stderr: Vec<u8>,
}

/// Runs `spec` with `input` on stdin. `env` is the program's whole environment, besides `PATH`.
///
/// The program leads its own process group, and nothing of it outlives its run: when it exits,
/// times out or overflows its output, the whole group is killed. If the agent itself dies, the
/// kernel kills the program (`PR_SET_PDEATHSIG`); what the program started is killed by the
/// next agent from `group_file`, where the group is recorded while it runs (see
/// [`kill_leftover_group`]).
pub async fn run_program(
	spec: &ProgramSpec,
	input: &[u8],
	env: &[(&str, String)],
	group_file: Option<&Path>,
) -> Result<ProgramOutput, (FailureReason, String)> {
	let agent = libc::pid_t::try_from(std::process::id()).unwrap_or(0);
	let mut command = tokio::process::Command::new(&spec.program);
	command
		.args(&spec.args)
		.env_clear()
		.env("PATH", std::env::var_os("PATH").unwrap_or_else(|| "/usr/bin:/bin".into()))
		.envs(env.iter().map(|(k, v)| (k, v)))
		.stdin(Stdio::piped())
		.stdout(Stdio::piped())
		.stderr(Stdio::piped())
		// Its own process group, so that a timeout or the output cap stops everything it started.
		.process_group(0)
		.kill_on_drop(true);
	// SAFETY: the closure runs in the forked child before `exec` and only makes system calls
	// (async-signal-safe), allocating nothing.
	unsafe {
		command.pre_exec(move || {
			// Killed when the thread that started it ends: the agent's runtime threads live as
			// long as the agent. Then check the agent did not die before this was set.
			if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) != 0 {
				return Err(std::io::Error::last_os_error());
			}
			if libc::getppid() != agent {
				return Err(std::io::Error::from_raw_os_error(libc::ESRCH));
			}
			Ok(())
		});
	}
	let mut child = command.spawn().map_err(|e| {
		(FailureReason::SpawnFailed, format!("cannot start {}: {e}", spec.program.display()))
	})?;
	let group = child.id();
	if let (Some(path), Some(group)) = (group_file, group) {
		if let Err(e) = std::fs::write(path, format!("{group} {}\n", boot_id())) {
			tracing::warn!(path = %path.display(), error = %e, "cannot record the program's process group");
		}
	}
	let (Some(mut stdin), Some(stdout), Some(stderr)) =
		(child.stdin.take(), child.stdout.take(), child.stderr.take())
	else {
		kill_group(group, &mut child).await;
		return Err((FailureReason::SpawnFailed, "no pipes to the program".into()));
	};

	let feed = async move {
		// A program that does not read its input closes the pipe: that is its right.
		let _ = stdin.write_all(input).await;
		drop(stdin);
		Ok(())
	};
	let io = async {
		let (out, err, ()) = tokio::try_join!(
			read_capped(stdout, spec.max_output),
			async { Ok(read_prefix(stderr, STDERR_KEPT).await) },
			feed
		)?;
		let status = child.wait().await.map_err(|e| {
			(FailureReason::SpawnFailed, format!("cannot wait for the program: {e}"))
		})?;
		Ok::<_, (FailureReason, String)>((out, err, status))
	};
	let result = tokio::time::timeout(spec.timeout, io).await;
	// Whatever the program left running in its group goes with it.
	kill_group(group, &mut child).await;
	if let Some(path) = group_file {
		let _ = std::fs::remove_file(path);
	}
	let (stdout, stderr, status) = match result {
		Ok(Ok(done)) => done,
		Ok(Err(failure)) => return Err(failure),
		Err(_) => {
			return Err((
				FailureReason::Timeout,
				format!("killed after the timeout of {} s", spec.timeout.as_secs_f64()),
			));
		},
	};
	Ok(ProgramOutput { exit_code: exit_code(status), stdout, stderr })
}

/// Kills the program's process group (the program and whatever it started), then reaps the
/// program if it still runs.
async fn kill_group(group: Option<u32>, child: &mut tokio::process::Child) {
	if let Some(pid) = group.and_then(|pid| libc::pid_t::try_from(pid).ok()) {
		// SAFETY: `kill` has no memory effects. `-pid` addresses the group the child leads
		// (`process_group(0)`); Linux does not give a group's id to a new process while the
		// group has members, so this reaches the program's group or nothing.
		unsafe {
			libc::kill(-pid, libc::SIGKILL);
		}
	}
	let _ = child.kill().await;
}

/// This boot's id: a process group recorded in another boot is not ours.
fn boot_id() -> String {
	std::fs::read_to_string("/proc/sys/kernel/random/boot_id")
		.map(|id| id.trim().to_string())
		.unwrap_or_default()
}

/// Kills the process group recorded in `group_file` by an agent that died while its program
/// ran (the program itself died with the agent; this reaches what it started), if it was
/// recorded in this boot, and removes the file. Returns the group's id if one was recorded.
pub fn kill_leftover_group(group_file: &Path) -> Option<u32> {
	let recorded = std::fs::read_to_string(group_file).ok()?;
	let _ = std::fs::remove_file(group_file);
	let (group, boot) = recorded.trim().split_once(' ')?;
	let group: u32 = group.parse().ok()?;
	if boot != boot_id() || boot.is_empty() {
		return None;
	}
	if let Ok(pid) = libc::pid_t::try_from(group) {
		// SAFETY: as in `kill_group`: the id reaches the recorded group while it has members.
		unsafe {
			libc::kill(-pid, libc::SIGKILL);
		}
	}
	Some(group)
}

fn exit_code(status: ExitStatus) -> i32 {
	use std::os::unix::process::ExitStatusExt;
	status
		.code()
		.or_else(|| status.signal().map(|signal| 128 + signal))
		.unwrap_or(i32::MIN)
}

/// Reads all of `reader`, failing as soon as it exceeds `cap` bytes.
async fn read_capped(
	mut reader: impl AsyncRead + Unpin,
	cap: usize,
) -> Result<Vec<u8>, (FailureReason, String)> {
	let mut out = Vec::new();
	let mut chunk = [0u8; 8192];
	loop {
		let n = reader.read(&mut chunk).await.map_err(|e| {
			(FailureReason::SpawnFailed, format!("cannot read the program's output: {e}"))
		})?;
		if n == 0 {
			return Ok(out);
		}
		if out.len().saturating_add(n) > cap {
			return Err((
				FailureReason::OutputTooLarge,
				format!("the output exceeded the cap of {cap} bytes"),
			));
		}
		out.extend_from_slice(chunk.get(..n).unwrap_or_default());
	}
}

/// Reads all of `reader`, keeping its first `keep` bytes (so the program never blocks on it).
async fn read_prefix(mut reader: impl AsyncRead + Unpin, keep: usize) -> Vec<u8> {
	let mut kept = Vec::new();
	let mut chunk = [0u8; 4096];
	while let Ok(n) = reader.read(&mut chunk).await {
		if n == 0 {
			break;
		}
		let room = keep.saturating_sub(kept.len()).min(n);
		kept.extend_from_slice(chunk.get(..room).unwrap_or_default());
	}
	kept
}

/// The operator's allow-list: command kinds and the program each one runs.
#[derive(Debug, Clone, Default)]
pub struct AllowList {
	/// Programs by kind.
	pub kinds: BTreeMap<String, ProgramSpec>,
}

/// The result of one command, ready to be reported: the exit code (0 for success, the program's
/// status, or a negative [`FailureReason`] code) and the output whose hash goes on chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Execution {
	/// 0, the program's exit status, or a negative reason code.
	pub exit_code: i32,
	/// The program's stdout, or the agent's failure message when it did not finish.
	pub output: Vec<u8>,
	/// A one-line summary for the log and the state file.
	pub summary: String,
}

impl Execution {
	/// A failure of the agent's own: the output is the message.
	pub fn failed(reason: FailureReason, message: String) -> Self {
		Self { exit_code: reason.code(), output: message.clone().into_bytes(), summary: message }
	}

	/// The BLAKE2-256 hash of the output, as reported on chain.
	pub fn output_hash(&self) -> [u8; 32] {
		sp_crypto_hashing::blake2_256(&self.output)
	}
}

/// The environment a command's program gets: which proposal it runs for.
#[derive(Debug, Clone, Copy)]
pub struct JobContext {
	/// The community.
	pub community: u32,
	/// The passed proposal.
	pub proposal: u32,
}

impl AllowList {
	/// Parses `metadata` as a command and runs it if its kind is allowed. Never fails: every
	/// problem becomes a failed [`Execution`] with its reason code.
	/// `group_file` is where the program's process group is recorded while it runs (see
	/// [`run_program`]).
	pub async fn execute(
		&self,
		metadata: &[u8],
		job: JobContext,
		group_file: Option<&Path>,
	) -> Execution {
		let command = match command::parse(metadata) {
			Ok(command) => command,
			Err(e) => return Execution::failed(FailureReason::BadCommand, e.to_string()),
		};
		let Some(spec) = self.kinds.get(&command.kind) else {
			return Execution::failed(
				FailureReason::KindNotAllowed,
				format!("command kind {:?} is not allowed here", command.kind),
			);
		};
		let input = Value::Object(command.args).to_string();
		let env = [
			("DAO_COMMUNITY", job.community.to_string()),
			("DAO_PROPOSAL", job.proposal.to_string()),
			("DAO_KIND", command.kind.clone()),
		];
		match run_program(spec, input.as_bytes(), &env, group_file).await {
			Ok(out) => {
				let summary = if out.exit_code == 0 {
					format!("{} exited with 0", command.kind)
				} else {
					format!(
						"{} exited with {}: {}",
						command.kind,
						out.exit_code,
						String::from_utf8_lossy(&out.stderr).trim()
					)
				};
				Execution { exit_code: out.exit_code, output: out.stdout, summary }
			},
			Err((reason, message)) => Execution::failed(reason, message),
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use std::io::Write;

	fn script(dir: &tempfile::TempDir, name: &str, body: &str) -> PathBuf {
		use std::os::unix::fs::PermissionsExt;
		let path = dir.path().join(name);
		let mut file = std::fs::File::create(&path).unwrap();
		writeln!(file, "#!/bin/sh\n{body}").unwrap();
		drop(file);
		std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
		path
	}

	fn spec(program: PathBuf, args: &[&str]) -> ProgramSpec {
		ProgramSpec {
			program,
			args: args.iter().map(|a| a.to_string()).collect(),
			timeout: Duration::from_secs(10),
			max_output: 1024,
		}
	}

	const JOB: JobContext = JobContext { community: 3, proposal: 9 };

	fn allow(kind: &str, spec: ProgramSpec) -> AllowList {
		AllowList { kinds: [(kind.to_string(), spec)].into_iter().collect() }
	}

	#[tokio::test]
	async fn allowed_kind_runs_with_args_on_stdin_fixed_args_and_job_env() {
		let dir = tempfile::tempdir().unwrap();
		let program = script(
			&dir,
			"echo.sh",
			r#"printf '%s|%s|%s/%s/%s|' "$1" "$(cat)" "$DAO_COMMUNITY" "$DAO_PROPOSAL" "$DAO_KIND""#,
		);
		let list = allow("train", spec(program, &["--fixed"]));
		let run = list.execute(br#"{"v":1,"kind":"train","args":{"epochs":3}}"#, JOB, None).await;
		assert_eq!(run.exit_code, 0, "{}", run.summary);
		assert_eq!(run.output, br#"--fixed|{"epochs":3}|3/9/train|"#.to_vec());
		assert_eq!(run.output_hash(), sp_crypto_hashing::blake2_256(&run.output));
	}

	#[tokio::test]
	async fn shell_syntax_in_args_is_data_not_code() {
		let dir = tempfile::tempdir().unwrap();
		let marker = dir.path().join("pwned");
		let program = script(&dir, "cat.sh", "cat");
		let list = allow("train", spec(program, &[]));
		let args =
			format!(r#"{{"v":1,"kind":"train","args":{{"x":"$(touch {})"}}}}"#, marker.display());
		let run = list.execute(args.as_bytes(), JOB, None).await;
		assert_eq!(run.exit_code, 0);
		assert!(!marker.exists());
	}

	#[tokio::test]
	async fn non_zero_exit_is_reported_with_its_code_and_output() {
		let dir = tempfile::tempdir().unwrap();
		let program = script(&dir, "fail.sh", "echo partial; echo boom >&2; exit 3");
		let run = allow("train", spec(program, &[]))
			.execute(br#"{"v":1,"kind":"train"}"#, JOB, None)
			.await;
		assert_eq!(run.exit_code, 3);
		assert_eq!(run.output, b"partial\n".to_vec());
		assert!(run.summary.contains("boom"), "{}", run.summary);
	}

	#[tokio::test]
	async fn unknown_kind_and_bad_command_fail_with_reason_codes() {
		let dir = tempfile::tempdir().unwrap();
		let marker = dir.path().join("ran");
		let program = script(&dir, "touch.sh", &format!("touch {}", marker.display()));
		let list = allow("train", spec(program, &[]));

		let unknown = list.execute(br#"{"v":1,"kind":"mine-crypto"}"#, JOB, None).await;
		assert_eq!(unknown.exit_code, FailureReason::KindNotAllowed.code());
		assert_eq!(unknown.output, unknown.summary.as_bytes().to_vec());
		for bad in
			[&b"not json"[..], br#"{"v":2,"kind":"train"}"#, &[0xff], br#"{"v":1,"kind":"Train"}"#]
		{
			let run = list.execute(bad, JOB, None).await;
			assert_eq!(run.exit_code, FailureReason::BadCommand.code(), "{}", run.summary);
		}
		assert!(!marker.exists(), "nothing ran");
	}

	#[tokio::test]
	async fn timeout_kills_the_program_and_what_it_started() {
		let dir = tempfile::tempdir().unwrap();
		let marker = dir.path().join("late");
		let program =
			script(&dir, "sleep.sh", &format!("(sleep 1; touch {}) & sleep 30", marker.display()));
		let mut slow = spec(program, &[]);
		slow.timeout = Duration::from_millis(300);
		let started = std::time::Instant::now();
		let run = allow("train", slow).execute(br#"{"v":1,"kind":"train"}"#, JOB, None).await;
		assert_eq!(run.exit_code, FailureReason::Timeout.code());
		assert!(started.elapsed() < Duration::from_secs(20));
		tokio::time::sleep(Duration::from_millis(1500)).await;
		assert!(!marker.exists(), "the background child was killed with the group");
	}

	#[tokio::test]
	async fn output_over_the_cap_fails_and_output_at_the_cap_passes() {
		let dir = tempfile::tempdir().unwrap();
		let program = script(&dir, "yes.sh", r#"head -c "$1" /dev/zero"#);
		let at_cap = allow("train", spec(program.clone(), &["1024"]));
		let run = at_cap.execute(br#"{"v":1,"kind":"train"}"#, JOB, None).await;
		assert_eq!((run.exit_code, run.output.len()), (0, 1024));
		let over = allow("train", spec(program, &["1025"]));
		let run = over.execute(br#"{"v":1,"kind":"train"}"#, JOB, None).await;
		assert_eq!(run.exit_code, FailureReason::OutputTooLarge.code());
	}

	#[tokio::test]
	async fn missing_program_fails_to_spawn() {
		let list = allow("train", spec(PathBuf::from("/nonexistent/dao-agent-test"), &[]));
		let run = list.execute(br#"{"v":1,"kind":"train"}"#, JOB, None).await;
		assert_eq!(run.exit_code, FailureReason::SpawnFailed.code());
	}

	/// Whether process `pid` has ended (gone, or a zombie nobody reaped yet).
	fn ended(pid: u32) -> bool {
		match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
			// The state follows the parenthesised command name.
			Ok(stat) => stat.rsplit_once(") ").is_some_and(|(_, rest)| rest.starts_with('Z')),
			Err(_) => true,
		}
	}

	/// Waits up to 5 s for `pid` to end.
	async fn ends(pid: u32) -> bool {
		for _ in 0..50 {
			if ended(pid) {
				return true;
			}
			tokio::time::sleep(Duration::from_millis(100)).await;
		}
		false
	}

	#[tokio::test]
	async fn what_a_program_leaves_running_is_killed_when_it_exits() {
		let dir = tempfile::tempdir().unwrap();
		let pid_file = dir.path().join("background.pid");
		let program = script(
			&dir,
			"daemonize.sh",
			r#"sleep 300 >/dev/null 2>&1 & echo $! > "$1"; echo started"#,
		);
		let group_file = dir.path().join("running.group");
		let list = allow("train", spec(program, &[pid_file.to_str().unwrap()]));
		let run = list.execute(br#"{"v":1,"kind":"train"}"#, JOB, Some(&group_file)).await;
		assert_eq!((run.exit_code, run.output.as_slice()), (0, &b"started\n"[..]));
		let background: u32 = std::fs::read_to_string(&pid_file).unwrap().trim().parse().unwrap();
		assert!(ends(background).await, "the background process {background} was killed");
		assert!(!group_file.exists(), "the group record goes with the run");
	}

	#[tokio::test]
	async fn a_group_left_by_a_crashed_agent_is_killed_if_recorded_in_this_boot() {
		use std::os::unix::process::CommandExt;
		let dir = tempfile::tempdir().unwrap();
		let group_file = dir.path().join("running.group");
		let start =
			|| std::process::Command::new("sleep").arg("300").process_group(0).spawn().unwrap();

		// Another boot's record is only removed.
		let mut other = start();
		std::fs::write(&group_file, format!("{} not-this-boot\n", other.id())).unwrap();
		assert_eq!(kill_leftover_group(&group_file), None);
		assert!(!group_file.exists());
		assert!(other.try_wait().unwrap().is_none(), "a group of another boot is left alone");
		other.kill().unwrap();
		other.wait().unwrap();

		let mut leftover = start();
		std::fs::write(&group_file, format!("{} {}\n", leftover.id(), boot_id())).unwrap();
		assert_eq!(kill_leftover_group(&group_file), Some(leftover.id()));
		assert!(!group_file.exists());
		let status = leftover.wait().unwrap();
		use std::os::unix::process::ExitStatusExt;
		assert_eq!(status.signal(), Some(libc::SIGKILL));
		assert_eq!(kill_leftover_group(&group_file), None, "nothing recorded");
	}

	#[test]
	fn reason_codes_are_distinct_and_negative() {
		let reasons = [
			FailureReason::BadCommand,
			FailureReason::KindNotAllowed,
			FailureReason::Timeout,
			FailureReason::OutputTooLarge,
			FailureReason::SpawnFailed,
			FailureReason::Interrupted,
		];
		let codes: std::collections::BTreeSet<i32> = reasons.iter().map(|r| r.code()).collect();
		assert_eq!(codes.len(), reasons.len());
		assert!(codes.iter().all(|c| *c < 0));
	}
}
