//! The `Config` of every pallet in the runtime, in `construct_runtime` order.

use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstBool, ConstU128, ConstU32, ConstU64, ConstU8, VariantCountOf},
	weights::{
		constants::{RocksDbWeight, WEIGHT_REF_TIME_PER_SECOND},
		IdentityFee, Weight,
	},
};
use frame_system::{
	limits::{BlockLength, BlockWeights},
	EnsureRoot,
};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::{traits::One, Perbill, Percent};
use sp_version::RuntimeVersion;

use super::{
	units::{EXISTENTIAL_DEPOSIT, MINUTES, SLOT_DURATION, SS58_PREFIX, UNIT},
	AccountId, Aura, Balance, Balances, Block, BlockNumber, Hash, Nonce, PalletInfo, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason, RuntimeOrigin, RuntimeTask,
	System, VERSION,
};

/// Share of a block's weight and length that normal (user) extrinsics may use; the rest is kept
/// for operational ones.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

parameter_types! {
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: RuntimeVersion = VERSION;

	/// Two seconds of compute per 6-second block, to leave room for authoring and networking.
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::with_sensible_defaults(
		Weight::from_parts(2u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX),
		NORMAL_DISPATCH_RATIO,
	);
	/// 5 MiB per block, of which normal extrinsics may use `NORMAL_DISPATCH_RATIO`.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(5 * 1024 * 1024)
		.modify_max_length_for_class(frame_support::dispatch::DispatchClass::Normal, |max| {
			*max = NORMAL_DISPATCH_RATIO * *max
		})
		.build();
	pub const SS58Prefix: u16 = SS58_PREFIX;
}

/// The default types come from `SolochainDefaultConfig`; only the ones we change are listed.
#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	type DbWeight = RocksDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
	type SingleBlockMigrations = super::Migrations;
}

impl pallet_timestamp::Config for Runtime {
	/// A timestamp: milliseconds since the unix epoch.
	type Moment = u64;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = ();
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<32>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<32>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ();
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

parameter_types! {
	pub FeeMultiplier: Multiplier = Multiplier::one();
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = IdentityFee<Balance>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// One token per unit of `power²`: a vote of power 3 freezes 9 DAO.
	pub const VotePrice: Balance = UNIT;
	/// Proposals accept votes for 100 blocks (10 minutes at 6 s blocks).
	pub const VotingPeriod: BlockNumber = 10 * MINUTES;
}

impl pallet_voting::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type ForceOrigin = EnsureRoot<AccountId>;
	type VotePrice = VotePrice;
	type VotingPeriod = VotingPeriod;
	type MaxMetadataLen = ConstU32<1024>;
	type MaxOpenProposals = ConstU32<16>;
	type MaxWhitelistThreshold = ConstU32<32>;
	type WeightInfo = pallet_voting::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Epochs of 20 blocks (two minutes at 6 s blocks).
	pub const EpochLength: BlockNumber = 20;
	/// Peers join and leave in the first 5 blocks of each epoch.
	pub const PeerChangeWindow: BlockNumber = 5;
	pub const MinStake: Balance = 10 * UNIT;
	pub const EpochReward: Balance = UNIT;
	pub const SubmitPercentRequirement: Percent = Percent::from_percent(51);
	pub const UnconfirmedThreshold: Percent = Percent::from_percent(51);
	pub const PeerRemovalThreshold: Percent = Percent::from_percent(75);
	pub const AgainstConsensusRemovalThreshold: Percent = Percent::from_percent(50);
	/// The consensus step may use 10% of a block; more models wait for the next block.
	pub MaxConsensusWeight: Weight = Perbill::from_percent(10) * RuntimeBlockWeights::get().max_block;
}

impl pallet_consensus::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ModelOrigin = EnsureRoot<AccountId>;
	type EpochLength = EpochLength;
	type PeerChangeWindow = PeerChangeWindow;
	type MinStake = MinStake;
	type StakeCooldownEpochs = ConstU32<2>;
	type MaxModels = ConstU32<16>;
	type MaxModelPeers = ConstU32<64>;
	type MaxPathLen = ConstU32<128>;
	type MaxPeerIdLen = ConstU32<64>;
	type MinModelPeers = ConstU32<3>;
	type MinRequiredPeerConsensusInclusionEpochs = ConstU32<1>;
	type MinRequiredPeerConsensusSubmitEpochs = ConstU32<1>;
	type MinRequiredModelConsensusSubmitEpochs = ConstU32<1>;
	type ModelPeerConsensusSubmitPercentRequirement = SubmitPercentRequirement;
	type ModelConsensusUnconfirmedThreshold = UnconfirmedThreshold;
	type PeerRemovalThreshold = PeerRemovalThreshold;
	type PeerAgainstConsensusRemovalThreshold = AgainstConsensusRemovalThreshold;
	type MaximumOutlierDeltaPercent = ConstU32<25>;
	type MaxAccountPenaltyCount = ConstU32<10>;
	type PenaltyDecayEpochs = ConstU32<3>;
	type EpochReward = EpochReward;
	type MaxConsensusWeight = MaxConsensusWeight;
	type WeightInfo = pallet_consensus::weights::SubstrateWeight<Runtime>;
}
