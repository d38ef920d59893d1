//! A minimal runtime for the pallet's tests: system, balances (with freezes) and voting.

use crate as pallet_voting;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, VariantCountOf},
};
use frame_system::EnsureRoot;
use sp_runtime::{BuildStorage, Percent};

type Block = frame_system::mocking::MockBlock<Test>;

/// Account ids are plain numbers in the mock.
pub type AccountId = u64;
/// Balances are plain numbers in the mock; one token is 1.
pub type Balance = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Voting: pallet_voting,
		Other: other,
	}
);

/// Stands for the other pallets of a runtime that hold and freeze the same funds.
#[frame_support::pallet]
pub mod other {
	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {}

	/// A hold of another pallet.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A stake.
		Stake,
	}

	/// A freeze of another pallet.
	#[pallet::composite_enum]
	pub enum FreezeReason {
		/// A lock.
		Lock,
	}
}

impl other::Config for Test {}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type AccountStore = System;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type RuntimeHoldReason = RuntimeHoldReason;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
}

parameter_types! {
	pub const VotePrice: Balance = 1;
	pub const VotingPeriod: u64 = 10;
	/// Deposits in the mock: 1 per item, nothing per byte unless a test sets it.
	pub const DepositBase: Balance = 1;
	pub static DepositPerByte: Balance = 0;
	pub const RetentionPeriod: u64 = 20;
	pub const FeeReserve: Balance = 2;
	pub const DefaultMinTurnout: Percent = Percent::from_percent(DEFAULT_MIN_TURNOUT);
}

/// Longest metadata in the mock.
pub const MAX_METADATA_LEN: u32 = 64;
/// Most open proposals per community in the mock.
pub const MAX_OPEN_PROPOSALS: u32 = 3;
/// Highest whitelist threshold in the mock.
pub const MAX_WHITELIST_THRESHOLD: u32 = 4;
/// Highest bootstrap limit in the mock.
pub const MAX_BOOTSTRAP_MEMBERS: u32 = 8;
/// The default quorum in the mock, in percent.
pub const DEFAULT_MIN_TURNOUT: u8 = 20;
/// Most open proposals per member and community in the mock.
pub const MAX_PROPOSALS_PER_MEMBER: u32 = 2;

impl pallet_voting::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ForceOrigin = EnsureRoot<AccountId>;
	type VotePrice = VotePrice;
	type VotingPeriod = VotingPeriod;
	type MaxMetadataLen = ConstU32<MAX_METADATA_LEN>;
	type MaxOpenProposals = ConstU32<MAX_OPEN_PROPOSALS>;
	type MaxWhitelistThreshold = ConstU32<MAX_WHITELIST_THRESHOLD>;
	type MaxBootstrapMembers = ConstU32<MAX_BOOTSTRAP_MEMBERS>;
	type MaxProposalsPerMember = ConstU32<MAX_PROPOSALS_PER_MEMBER>;
	type DepositBase = DepositBase;
	type DepositPerByte = DepositPerByte;
	type RetentionPeriod = RetentionPeriod;
	type FeeReserve = FeeReserve;
	type DefaultMinTurnout = DefaultMinTurnout;
	type WeightInfo = ();
}

/// Accounts 1..=10 start with 100 tokens each; 99 starts with 1_000_000.
pub const RICH: AccountId = 99;

/// Test externalities with the standard endowments, at block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut balances: Vec<(AccountId, Balance)> = (1..=10).map(|a| (a, 100)).collect();
	balances.push((RICH, 1_000_000));
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut t)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` and then checks the pallet's invariants.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Voting::do_try_state().expect("try_state invariants hold after the test");
	});
}

/// Moves to block `n`.
pub fn run_to_block(n: u64) {
	System::set_block_number(n);
}
