//! Logging with `tracing`: human-readable lines by default, one JSON object per line with
//! `--log-format json`. The level filter comes from `RUST_LOG` (default `info`).

use crate::config::LogFormat;
use serde_json::{Map, Value};
use std::fmt;
use tracing::{
	field::{Field, Visit},
	Event, Subscriber,
};
use tracing_subscriber::{
	fmt::{
		format::Writer,
		time::{FormatTime, SystemTime},
		FmtContext, FormatEvent, FormatFields,
	},
	registry::LookupSpan,
	EnvFilter,
};

/// Installs the global subscriber. Logs go to stderr.
pub fn init(format: LogFormat) {
	let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
	// Colours only on a terminal, not in files or journald.
	let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
	let builder = tracing_subscriber::fmt()
		.with_env_filter(filter)
		.with_writer(std::io::stderr)
		.with_ansi(ansi);
	// A second initialisation (tests) keeps the first subscriber.
	let _ = match format {
		LogFormat::Text => builder.try_init(),
		LogFormat::Json => builder.event_format(JsonLines).try_init(),
	};
}

/// Formats each event as one JSON object: `timestamp`, `level`, `target`, `message` and the
/// event's fields.
pub struct JsonLines;

impl<S, N> FormatEvent<S, N> for JsonLines
where
	S: Subscriber + for<'a> LookupSpan<'a>,
	N: for<'a> FormatFields<'a> + 'static,
{
	fn format_event(
		&self,
		_ctx: &FmtContext<'_, S, N>,
		mut writer: Writer<'_>,
		event: &Event<'_>,
	) -> fmt::Result {
		writeln!(writer, "{}", json_line(event))
	}
}

/// The JSON object of one event.
fn json_line(event: &Event<'_>) -> Value {
	let mut timestamp = String::new();
	let _ = SystemTime.format_time(&mut Writer::new(&mut timestamp));
	let metadata = event.metadata();
	let mut fields = Fields(Map::new());
	event.record(&mut fields);
	let mut object = Map::new();
	object.insert("timestamp".into(), Value::String(timestamp));
	object.insert("level".into(), Value::String(metadata.level().to_string()));
	object.insert("target".into(), Value::String(metadata.target().to_string()));
	object.extend(fields.0);
	Value::Object(object)
}

struct Fields(Map<String, Value>);

impl Visit for Fields {
	fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
		self.0.insert(field.name().into(), Value::String(format!("{value:?}")));
	}
	fn record_str(&mut self, field: &Field, value: &str) {
		self.0.insert(field.name().into(), Value::String(value.into()));
	}
	fn record_i64(&mut self, field: &Field, value: i64) {
		self.0.insert(field.name().into(), value.into());
	}
	fn record_u64(&mut self, field: &Field, value: u64) {
		self.0.insert(field.name().into(), value.into());
	}
	fn record_bool(&mut self, field: &Field, value: bool) {
		self.0.insert(field.name().into(), value.into());
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use std::sync::{Arc, Mutex};
	use tracing_subscriber::fmt::MakeWriter;

	#[derive(Clone, Default)]
	struct Buffer(Arc<Mutex<Vec<u8>>>);

	impl std::io::Write for Buffer {
		fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
			self.0.lock().unwrap().extend_from_slice(buf);
			Ok(buf.len())
		}
		fn flush(&mut self) -> std::io::Result<()> {
			Ok(())
		}
	}

	impl<'a> MakeWriter<'a> for Buffer {
		type Writer = Buffer;
		fn make_writer(&'a self) -> Self::Writer {
			self.clone()
		}
	}

	#[test]
	fn json_lines_carry_level_message_and_fields() {
		let buffer = Buffer::default();
		let subscriber = tracing_subscriber::fmt()
			.with_writer(buffer.clone())
			.event_format(JsonLines)
			.finish();
		tracing::subscriber::with_default(subscriber, || {
			tracing::info!(community = 3u32, proposal = 9u32, kind = "train", "job done");
			tracing::warn!(ok = false, "second \"quoted\" line");
		});
		let text = String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap();
		let lines: Vec<Value> = text
			.lines()
			.map(|l| serde_json::from_str(l).expect("each line is JSON"))
			.collect();
		assert_eq!(lines.len(), 2);
		assert_eq!(lines[0]["level"], "INFO");
		assert_eq!(lines[0]["message"], "job done");
		assert_eq!(lines[0]["community"], 3);
		assert_eq!(lines[0]["kind"], "train");
		assert!(lines[0]["timestamp"].as_str().is_some_and(|t| !t.is_empty()));
		assert_eq!(lines[1]["message"], "second \"quoted\" line");
		assert_eq!(lines[1]["ok"], false);
	}
}
