//! A minimal runtime for the pallet's tests: system, balances (with holds), assets (the payment
//! asset communities fund models with) and consensus, with short epochs. Accounts are `u64`, so
//! the pallet's derived accounts (reward pot, models' funding accounts) all truncate to one
//! account: it holds the native reward pot and the payment asset of every funding.

use crate as pallet_consensus;
use frame_support::{
	derive_impl, parameter_types,
	traits::{AsEnsureOriginWithArg, ConstU32, Hooks},
	weights::Weight,
	PalletId,
};
use frame_system::{EnsureRoot, EnsureSigned};
use sp_runtime::{BuildStorage, Perbill, Percent};

type Block = frame_system::mocking::MockBlock<Test>;

/// Account ids are plain numbers in the mock.
pub type AccountId = u64;
/// Balances are plain numbers in the mock.
pub type Balance = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assets: pallet_assets,
		Consensus: pallet_consensus,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config for Test {
	type Balance = Balance;
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type Freezer = ();
	type Holder = ();
}

/// The payment asset's id in the mock (sufficient, minimum balance `MIN_PAYMENT`).
pub const PAYMENT: u32 = 1;
/// The payment asset's minimum balance in the mock.
pub const MIN_PAYMENT: Balance = 2;

/// Blocks per epoch in the mock.
pub const EPOCH: u64 = 10;
/// Peer window at the start of each epoch, in blocks.
pub const WINDOW: u64 = 2;
/// The least stake.
pub const MIN_STAKE: Balance = 100;
/// Reward per model and epoch.
pub const REWARD: Balance = 1_000;
/// Most peers per model in the mock.
pub const MAX_PEERS: u32 = 1_024;
/// Most free calls per block in the mock.
pub const MAX_FREE_CALLS: u32 = 3;

parameter_types! {
	pub const EpochLength: u64 = EPOCH;
	pub const PeerChangeWindow: u64 = WINDOW;
	pub const MinStake: Balance = MIN_STAKE;
	pub const EpochReward: Balance = REWARD;
	pub const SubmitRequirement: Percent = Percent::from_percent(51);
	pub const UnconfirmedThreshold: Percent = Percent::from_percent(51);
	pub const RemovalThreshold: Percent = Percent::from_percent(75);
	pub const AgainstThreshold: Percent = Percent::from_percent(50);
	pub static MaxConsensusWeight: Weight = Weight::from_parts(u64::MAX / 2, u64::MAX / 2);
	pub const ConsensusPalletId: PalletId = PalletId(*b"dao/cons");
	pub const PenaltySlash: Perbill = Perbill::from_percent(PENALTY_SLASH_PERCENT);
	pub const RemovalSlash: Perbill = Perbill::from_percent(REMOVAL_SLASH_PERCENT);
	pub const PaymentAssetId: u32 = PAYMENT;
}

/// Share of the stake slashed per penalty in the mock.
pub const PENALTY_SLASH_PERCENT: u32 = 1;
/// Share of the remaining stake slashed at a removal by consensus in the mock.
pub const REMOVAL_SLASH_PERCENT: u32 = 10;
/// What the reward pot holds at genesis in the mock: a hundred epochs' rewards.
pub const POT_ENDOWMENT: Balance = 100 * REWARD;

impl pallet_consensus::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ModelOrigin = EnsureRoot<AccountId>;
	type PalletId = ConsensusPalletId;
	type PenaltySlash = PenaltySlash;
	type RemovalSlash = RemovalSlash;
	type EpochLength = EpochLength;
	type PeerChangeWindow = PeerChangeWindow;
	type MinStake = MinStake;
	type StakeCooldownEpochs = ConstU32<2>;
	type MaxModels = ConstU32<4>;
	type MaxModelPeers = ConstU32<MAX_PEERS>;
	type MaxPathLen = ConstU32<32>;
	type MaxPeerIdLen = ConstU32<16>;
	type MinModelPeers = ConstU32<3>;
	type MinRequiredPeerConsensusInclusionEpochs = ConstU32<1>;
	type MinRequiredPeerConsensusSubmitEpochs = ConstU32<1>;
	type MinRequiredModelConsensusSubmitEpochs = ConstU32<1>;
	type ModelPeerConsensusSubmitPercentRequirement = SubmitRequirement;
	type ModelConsensusUnconfirmedThreshold = UnconfirmedThreshold;
	type PeerRemovalThreshold = RemovalThreshold;
	type PeerAgainstConsensusRemovalThreshold = AgainstThreshold;
	type MaximumOutlierDeltaPercent = ConstU32<25>;
	type MaxAccountPenaltyCount = ConstU32<5>;
	type PenaltyDecayEpochs = ConstU32<3>;
	type EpochReward = EpochReward;
	type MaxConsensusWeight = MaxConsensusWeight;
	type MaxFreeCallsPerBlock = ConstU32<MAX_FREE_CALLS>;
	type PaymentAssets = Assets;
	type PaymentAssetId = PaymentAssetId;
	type MaxFundingsPerModel = ConstU32<MAX_FUNDINGS>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
}

/// Most fundings per model in the mock.
pub const MAX_FUNDINGS: u32 = 2;

/// Mints the payment asset for the benchmarks run against the mock.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId, Balance> for MockBenchmarkHelper {
	fn fund_payment(who: &AccountId, amount: Balance) {
		use frame_support::traits::fungibles::Mutate;
		let _ = <Assets as Mutate<_>>::mint_into(PAYMENT, who, amount);
	}
}

/// Accounts 1..=80 start with 10_000 each; the reward pot with `POT_ENDOWMENT`.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut balances: Vec<(AccountId, Balance)> = (1..=80).map(|a| (a, 10_000)).collect();
	balances.push((Consensus::reward_pot(), POT_ENDOWMENT));
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut t)
		.unwrap();
	pallet_assets::GenesisConfig::<Test> {
		assets: vec![(PAYMENT, 99, true, MIN_PAYMENT)],
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test`, then checks the pallet's invariants.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Consensus::do_try_state().expect("try_state invariants hold after the test");
	});
}

/// Runs blocks up to `n`, calling the pallet's `on_initialize` at each, as the executive does.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Consensus::on_initialize(next);
	}
}

/// The first block of epoch `e` plus `offset`.
pub fn block_of(e: u64, offset: u64) -> u64 {
	e * EPOCH + offset
}
