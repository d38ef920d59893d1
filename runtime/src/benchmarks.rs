//! The pallets whose benchmarks `dao-node benchmark pallet` runs: every pallet of the runtime
//! with dispatchables or hooks that it charges, so that all of its weights come from one
//! measuring stick (`make weights`). Left out: pallet-aura (no calls); pallet-grandpa, whose
//! two calls cannot run here (`report_equivocation` needs a key-owner proof, and the runtime's
//! `KeyOwnerProof` is `Void`; `note_stalled` is Root's) and whose `WeightInfo` is not the one its
//! benchmarks produce; and pallet-migrations, whose benchmarks need `MockedMigrations` in place
//! of the real migrations, which the one build that also runs the node cannot have (it keeps
//! Parity's published weights: the README says so).

frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_sudo, Sudo]
	[pallet_transaction_payment, TransactionPayment]
	[pallet_assets, Assets]
	[pallet_voting, Voting]
	[pallet_consensus, Consensus]
	[pallet_community_treasury, Treasury]
);

impl pallet_transaction_payment::BenchmarkConfig for crate::Runtime {}
