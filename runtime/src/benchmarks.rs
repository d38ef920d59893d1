//! The pallets whose benchmarks `dao-node benchmark pallet` runs.

frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_sudo, Sudo]
	[pallet_voting, Voting]
	[pallet_consensus, Consensus]
	[pallet_community_treasury, Treasury]
);
