//! The command format: what a proposal's metadata says the compute instance should do.
//!
//! A command is UTF-8 JSON, readable as text in polkadot.js apps:
//!
//! ```json
//! {"v":1,"kind":"train","args":{"epochs":3,"dataset":"s3://bucket/set"}}
//! ```
//!
//! - `v` (required): the format version, `1`.
//! - `kind` (required): what to run, 1 to 64 characters of `a-z`, `0-9`, `-` and `_`. The agent
//!   runs only kinds its operator mapped to a program.
//! - `args` (optional, default `{}`): a JSON object handed to the program on stdin. Its schema is
//!   the program's business.
//!
//! Any other field makes the command invalid, so that a later version can add fields without
//! an old agent misreading them.

use serde::Deserialize;
use serde_json::{Map, Value};

/// The command format version this agent understands.
pub const COMMAND_VERSION: u64 = 1;
/// The longest `kind`.
pub const MAX_KIND_LEN: usize = 64;

/// A parsed command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Command {
	/// What to run.
	pub kind: String,
	/// The program's input.
	pub args: Map<String, Value>,
}

/// Why a proposal's metadata is not a valid command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommandError {
	/// The metadata is not UTF-8.
	NotUtf8,
	/// Not a JSON object of the format (a syntax error, a missing or unknown field, a wrong type).
	Malformed(String),
	/// A version other than [`COMMAND_VERSION`].
	UnsupportedVersion(u64),
	/// `kind` is empty, too long, or has characters outside `a-z0-9-_`.
	InvalidKind(String),
}

impl std::fmt::Display for CommandError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			Self::NotUtf8 => write!(f, "the command is not UTF-8"),
			Self::Malformed(e) => write!(f, "the command is not valid JSON of the format: {e}"),
			Self::UnsupportedVersion(v) => {
				write!(f, "command version {v} is not supported (expected {COMMAND_VERSION})")
			},
			Self::InvalidKind(kind) => write!(f, "invalid command kind {kind:?}"),
		}
	}
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Wire {
	v: u64,
	kind: String,
	#[serde(default)]
	args: Map<String, Value>,
}

/// Whether `kind` is a well-formed kind name.
pub fn is_valid_kind(kind: &str) -> bool {
	!kind.is_empty()
		&& kind.len() <= MAX_KIND_LEN
		&& kind
			.bytes()
			.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// Parses a proposal's metadata as a command.
pub fn parse(metadata: &[u8]) -> Result<Command, CommandError> {
	let text = std::str::from_utf8(metadata).map_err(|_| CommandError::NotUtf8)?;
	let wire: Wire =
		serde_json::from_str(text).map_err(|e| CommandError::Malformed(e.to_string()))?;
	if wire.v != COMMAND_VERSION {
		return Err(CommandError::UnsupportedVersion(wire.v));
	}
	if !is_valid_kind(&wire.kind) {
		return Err(CommandError::InvalidKind(wire.kind));
	}
	Ok(Command { kind: wire.kind, args: wire.args })
}

#[cfg(test)]
mod tests {
	use super::*;
	use serde_json::json;

	#[test]
	fn parses_a_full_command() {
		let command = parse(br#"{"v":1,"kind":"train","args":{"epochs":3,"tags":["a"]}}"#).unwrap();
		assert_eq!(command.kind, "train");
		assert_eq!(Value::Object(command.args), json!({"epochs":3,"tags":["a"]}));
	}

	#[test]
	fn args_default_to_an_empty_object() {
		let command = parse(br#"{"kind":"report-status_2","v":1}"#).unwrap();
		assert_eq!(command.kind, "report-status_2");
		assert!(command.args.is_empty());
	}

	#[test]
	fn rejects_non_utf8_and_non_json() {
		assert_eq!(parse(&[0xff, 0xfe]), Err(CommandError::NotUtf8));
		assert!(matches!(parse(b"train --epochs 3"), Err(CommandError::Malformed(_))));
		assert!(matches!(parse(b""), Err(CommandError::Malformed(_))));
		assert!(matches!(parse(b"[1,2]"), Err(CommandError::Malformed(_))));
	}

	#[test]
	fn rejects_missing_unknown_and_mistyped_fields() {
		for bad in [
			&br#"{"kind":"train"}"#[..],
			br#"{"v":1}"#,
			br#"{"v":1,"kind":"train","extra":true}"#,
			br#"{"v":"1","kind":"train"}"#,
			br#"{"v":1,"kind":7}"#,
			br#"{"v":1,"kind":"train","args":[1]}"#,
			br#"{"v":1,"kind":"train","args":"x"}"#,
		] {
			assert!(
				matches!(parse(bad), Err(CommandError::Malformed(_))),
				"{}",
				String::from_utf8_lossy(bad)
			);
		}
	}

	#[test]
	fn rejects_other_versions() {
		assert_eq!(parse(br#"{"v":2,"kind":"train"}"#), Err(CommandError::UnsupportedVersion(2)));
		assert_eq!(parse(br#"{"v":0,"kind":"train"}"#), Err(CommandError::UnsupportedVersion(0)));
	}

	#[test]
	fn rejects_bad_kinds() {
		let long = "k".repeat(MAX_KIND_LEN + 1);
		for kind in ["", "Train", "rm -rf /", "../bin/sh", "a;b", "ü", long.as_str()] {
			let metadata = json!({"v":1,"kind":kind}).to_string();
			assert_eq!(
				parse(metadata.as_bytes()),
				Err(CommandError::InvalidKind(kind.to_string())),
				"{kind:?}"
			);
		}
		assert!(is_valid_kind(&"k".repeat(MAX_KIND_LEN)));
	}
}
