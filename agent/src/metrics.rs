//! Optional Prometheus metrics (`metrics_addr` / `--metrics-addr`), served at `/metrics`:
//! - `dao_agent_finalized_lag_blocks`: finalized blocks the agent has not handled yet;
//! - `dao_agent_jobs{state}`: the executor's jobs by state (seen, running, done, reported,
//!   skipped);
//! - `dao_agent_job_duration_seconds`: how long command programs ran;
//! - `dao_agent_jobs_paid_total`: paid jobs whose budget reached this executor (since start);
//! - `dao_agent_payments_claimable`: this executor's payments waiting (for the payout delay
//!   or a dispute);
//! - `dao_agent_submissions_total{kind}`: the validator's submissions and unconfirms.

use crate::state::JobStatus;
use std::{collections::BTreeMap, net::SocketAddr};
use substrate_prometheus_endpoint::{
	register, Counter, CounterVec, Gauge, GaugeVec, Histogram, HistogramOpts, Opts,
	PrometheusError, Registry, U64,
};

/// The agent's metrics. Cheap to clone.
#[derive(Clone)]
pub struct Metrics {
	finalized_lag: Gauge<U64>,
	jobs: GaugeVec<U64>,
	job_duration: Histogram,
	jobs_paid: Counter<U64>,
	payments_claimable: Gauge<U64>,
	submissions: CounterVec<U64>,
}

impl Metrics {
	/// Registers the metrics in `registry`.
	pub fn register(registry: &Registry) -> Result<Self, PrometheusError> {
		Ok(Self {
			finalized_lag: register(
				Gauge::new(
					"dao_agent_finalized_lag_blocks",
					"Finalized blocks the agent has not handled yet",
				)?,
				registry,
			)?,
			jobs: register(
				GaugeVec::new(Opts::new("dao_agent_jobs", "Executor jobs by state"), &["state"])?,
				registry,
			)?,
			job_duration: register(
				Histogram::with_opts(
					HistogramOpts::new(
						"dao_agent_job_duration_seconds",
						"How long command programs ran",
					)
					.buckets(vec![0.1, 0.5, 1.0, 5.0, 30.0, 120.0, 600.0, 3600.0]),
				)?,
				registry,
			)?,
			jobs_paid: register(
				Counter::new(
					"dao_agent_jobs_paid_total",
					"Paid jobs whose budget reached this executor",
				)?,
				registry,
			)?,
			payments_claimable: register(
				Gauge::new(
					"dao_agent_payments_claimable",
					"This executor's payments waiting for the payout delay or a dispute",
				)?,
				registry,
			)?,
			submissions: register(
				CounterVec::new(
					Opts::new("dao_agent_submissions_total", "Validator submissions by kind"),
					&["kind"],
				)?,
				registry,
			)?,
		})
	}

	/// Sets the finalized lag.
	pub fn set_finalized_lag(&self, blocks: u64) {
		self.finalized_lag.set(blocks);
	}

	/// Sets the job gauges from the state's counts.
	pub fn set_jobs(&self, counts: &BTreeMap<JobStatus, usize>) {
		for status in [
			JobStatus::Seen,
			JobStatus::Running,
			JobStatus::Done,
			JobStatus::Reported,
			JobStatus::Skipped,
			JobStatus::Paid,
			JobStatus::Refunded,
		] {
			let label = format!("{status:?}").to_lowercase();
			let count = counts.get(&status).copied().unwrap_or(0) as u64;
			self.jobs.with_label_values(&[label.as_str()]).set(count);
		}
	}

	/// Records one program run.
	pub fn observe_job_duration(&self, seconds: f64) {
		self.job_duration.observe(seconds);
	}

	/// Counts a paid job.
	pub fn count_paid_job(&self) {
		self.jobs_paid.inc();
	}

	/// Sets the number of payments waiting.
	pub fn set_payments_claimable(&self, payments: u64) {
		self.payments_claimable.set(payments);
	}

	/// Counts a validator submission (`submit` or `unconfirm`).
	pub fn count_submission(&self, kind: &str) {
		self.submissions.with_label_values(&[kind]).inc();
	}
}

/// Registers the metrics and serves them on `addr` in the background.
pub fn serve(addr: SocketAddr) -> Result<Metrics, PrometheusError> {
	let registry = Registry::new();
	let metrics = Metrics::register(&registry)?;
	tokio::spawn(async move {
		if let Err(e) = substrate_prometheus_endpoint::init_prometheus(addr, registry).await {
			tracing::error!(error = %e, %addr, "the metrics endpoint stopped");
		}
	});
	Ok(metrics)
}

#[cfg(test)]
mod tests {
	use super::*;
	use substrate_prometheus_endpoint::prometheus::{Encoder, TextEncoder};

	#[test]
	fn metrics_are_exported() {
		let registry = Registry::new();
		let metrics = Metrics::register(&registry).unwrap();
		metrics.set_finalized_lag(3);
		metrics.set_jobs(&[(JobStatus::Reported, 2)].into_iter().collect());
		metrics.observe_job_duration(0.2);
		metrics.count_submission("submit");
		metrics.count_paid_job();
		metrics.set_payments_claimable(2);
		let mut text = Vec::new();
		TextEncoder::new().encode(&registry.gather(), &mut text).unwrap();
		let text = String::from_utf8(text).unwrap();
		assert!(text.contains("dao_agent_finalized_lag_blocks 3"), "{text}");
		assert!(text.contains(r#"dao_agent_jobs{state="reported"} 2"#), "{text}");
		assert!(text.contains(r#"dao_agent_jobs{state="running"} 0"#), "{text}");
		assert!(text.contains("dao_agent_job_duration_seconds_count 1"), "{text}");
		assert!(text.contains(r#"dao_agent_submissions_total{kind="submit"} 1"#), "{text}");
		assert!(text.contains("dao_agent_jobs_paid_total 1"), "{text}");
		assert!(text.contains("dao_agent_payments_claimable 2"), "{text}");
	}
}
