//! Runtime-level checks of the pallets' configuration.

use crate::{configs::MaxConsensusWeight, configs::RuntimeBlockWeights, Runtime};
use frame_support::traits::Get;
use pallet_consensus::WeightInfo;

/// The benchmarked cost of forming one model's consensus, per model size (all peers
/// submitting), against the consensus budget (10% of a block). Prints the table the README
/// quotes: `cargo test --workspace --features runtime-benchmarks consensus_cost -- --nocapture`.
#[test]
fn consensus_cost_per_model_size_fits_the_budget() {
	type Weights = pallet_consensus::weights::SubstrateWeight<Runtime>;
	let block = RuntimeBlockWeights::get().max_block;
	let budget = MaxConsensusWeight::get();
	let max_peers = <Runtime as pallet_consensus::Config>::MaxModelPeers::get();
	println!("peers (all submitting) | ref_time (ms) | proof (KiB) | share of a block");
	for peers in [3u32, 8, 16, 32, 64].into_iter().filter(|p| *p <= max_peers) {
		let w = Weights::form_consensus(peers, peers);
		println!(
			"{peers:>22} | {:>13.2} | {:>11.1} | {:>15.2}%",
			w.ref_time() as f64 / 1e9,
			w.proof_size() as f64 / 1024.0,
			100.0 * w.ref_time() as f64 / block.ref_time() as f64,
		);
	}
	let worst = Weights::form_consensus(max_peers, max_peers);
	assert!(
		worst.all_lte(budget),
		"the largest model ({max_peers} peers) must fit in MaxConsensusWeight: {worst:?} > {budget:?}"
	);
}
