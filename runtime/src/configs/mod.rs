//! The `Config` of every pallet in the runtime, in `construct_runtime` order.

use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{
		AsEnsureOriginWithArg, ConstBool, ConstU128, ConstU32, ConstU64, ConstU8, Get,
		VariantCountOf,
	},
	weights::{
		constants::WEIGHT_REF_TIME_PER_SECOND, ConstantMultiplier, Weight, WeightToFeeCoefficient,
		WeightToFeeCoefficients, WeightToFeePolynomial,
	},
	PalletId,
};
use frame_system::{
	limits::{BlockLength, BlockWeights},
	EnsureRoot, EnsureSigned,
};
use pallet_transaction_payment::{FungibleAdapter, Multiplier, TargetedFeeAdjustment};
use smallvec::smallvec;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::{
	traits::{Bounded, One},
	FixedPointNumber, FixedU128, Perbill, Percent, Perquintill,
};
use sp_version::RuntimeVersion;

use super::{
	units::{
		deposit, DAYS, EXISTENTIAL_DEPOSIT, FEE_PER_BASE_WEIGHT, FEE_PER_BYTE, HOURS, MINUTES,
		NATIVE_PER_PAYMENT, PAYMENT_ASSET_ID, SLOT_DURATION, SS58_PREFIX, UNIT,
	},
	AccountId, Assets, Aura, Balance, Balances, Block, BlockNumber, Hash, Nonce, PalletInfo,
	Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason, RuntimeOrigin,
	RuntimeTask, System, Treasury, VERSION,
};
use crate::weights::{self, BlockExecutionWeight, ExtrinsicBaseWeight, ParityDbWeight};

/// Share of a block's weight and length that normal (user) extrinsics may use; the rest is kept
/// for operational ones.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// The compute of a block: two seconds, unbounded proof size (a solochain has no PoV).
const MAXIMUM_BLOCK_WEIGHT: Weight =
	Weight::from_parts(2u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX);

parameter_types! {
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: RuntimeVersion = VERSION;

	/// Two seconds of compute per 6-second block, to leave room for authoring and networking;
	/// normal extrinsics get `NORMAL_DISPATCH_RATIO` of it, operational ones the rest too. The
	/// base costs of a block and of an extrinsic are this machine's (`benchmark overhead`).
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::builder()
		.base_block(BlockExecutionWeight::get())
		.for_class(DispatchClass::all(), |weights| {
			weights.base_extrinsic = ExtrinsicBaseWeight::get();
		})
		.for_class(DispatchClass::Normal, |weights| {
			weights.max_total = Some(NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT);
		})
		.for_class(DispatchClass::Operational, |weights| {
			weights.max_total = Some(MAXIMUM_BLOCK_WEIGHT);
			weights.reserved =
				Some(MAXIMUM_BLOCK_WEIGHT.saturating_sub(NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT));
		})
		.avg_block_initialization(Perbill::from_percent(10))
		.build_or_panic();
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
	/// The node's database is ParityDB; its read and write costs are measured
	/// (`benchmark storage`).
	type DbWeight = ParityDbWeight;
	type SystemWeightInfo = weights::frame_system::WeightInfo<Runtime>;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
	type SingleBlockMigrations = super::Migrations;
	type MultiBlockMigrator = super::MultiBlockMigrations;
}

impl pallet_timestamp::Config for Runtime {
	/// A timestamp: milliseconds since the unix epoch.
	type Moment = u64;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = weights::pallet_timestamp::WeightInfo<Runtime>;
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
	type WeightInfo = weights::pallet_balances::WeightInfo<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

/// Weight to fee: linear in `ref_time`, so that `ExtrinsicBaseWeight` costs
/// `FEE_PER_BASE_WEIGHT` (0.001 DAO) at multiplier 1, as on Polkadot's relay chain. A full
/// block of normal weight (1.5 s) costs about 14 DAO.
pub struct WeightToFee;

impl WeightToFeePolynomial for WeightToFee {
	type Balance = Balance;

	fn polynomial() -> WeightToFeeCoefficients<Balance> {
		let numerator = FEE_PER_BASE_WEIGHT;
		let denominator = Balance::from(ExtrinsicBaseWeight::get().ref_time()).max(1);
		smallvec![WeightToFeeCoefficient {
			degree: 1,
			negative: false,
			coeff_frac: Perbill::from_rational(numerator % denominator, denominator),
			coeff_integer: numerator / denominator,
		}]
	}
}

parameter_types! {
	/// Fee per byte of a transaction (0.0001 DAO): block space is priced by length, whatever the
	/// call's weight, and is not scaled by the multiplier.
	pub const TransactionByteFee: Balance = FEE_PER_BYTE;
	/// The multiplier rises while normal blocks are more than a quarter full...
	pub const TargetBlockFullness: Perquintill = Perquintill::from_percent(25);
	/// ... slowly: at most about 0.0075% per block (Polkadot's rate).
	pub AdjustmentVariable: Multiplier = Multiplier::saturating_from_rational(75, 1_000_000);
	/// Fees never drop below the base prices (the figures in the README).
	pub MinimumMultiplier: Multiplier = Multiplier::one();
	/// No upper bound: a congested chain keeps getting more expensive.
	pub MaximumMultiplier: Multiplier = Bounded::max_value();
}

/// The fee multiplier: `TargetedFeeAdjustment` with Polkadot's slow rate, never below 1.
pub type SlowAdjustingFeeUpdate<R> = TargetedFeeAdjustment<
	R,
	TargetBlockFullness,
	AdjustmentVariable,
	MinimumMultiplier,
	MaximumMultiplier,
>;

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = WeightToFee;
	type LengthToFee = ConstantMultiplier<Balance, TransactionByteFee>;
	type FeeMultiplierUpdate = SlowAdjustingFeeUpdate<Self>;
	type WeightInfo = weights::pallet_transaction_payment::WeightInfo<Runtime>;
}

parameter_types! {
	/// A multi-block migration may use half of a block; transactions wait while one runs.
	pub MbmServiceWeight: Weight = Perbill::from_percent(50) * RuntimeBlockWeights::get().max_block;
}

impl pallet_migrations::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Migrations = MultiBlockMigrationList;
	type CursorMaxLen = ConstU32<65_536>;
	type IdentifierMaxLen = ConstU32<256>;
	type MigrationStatusHandler = ();
	type FailedMigrationHandler = frame_support::migrations::FreezeChainOnFailedMigration;
	type MaxServiceWeight = MbmServiceWeight;
	type WeightInfo = pallet_migrations::weights::SubstrateWeight<Runtime>;
}

/// The runtime's multi-block migrations, in order.
type MultiBlockMigrationTuple = (
	pallet_voting::migrations::v1::MigrateToV1<Runtime>,
	pallet_voting::migrations::v2::MigrateToV2<Runtime>,
	pallet_voting::migrations::v3::MigrateToV3<Runtime>,
	pallet_voting::migrations::v4::MigrateToV4<Runtime>,
);

/// The runtime's multi-block migrations ([`MultiBlockMigrationTuple`]), run by
/// `pallet-migrations`. A named type so that the one build (with `runtime-benchmarks`, where
/// `pallet-migrations` asks for `MockedMigrations`) runs the real migrations too.
pub struct MultiBlockMigrationList;

impl frame_support::migrations::SteppedMigrations for MultiBlockMigrationList {
	fn len() -> u32 {
		MultiBlockMigrationTuple::len()
	}
	fn nth_id(n: u32) -> Option<alloc::vec::Vec<u8>> {
		MultiBlockMigrationTuple::nth_id(n)
	}
	fn nth_max_steps(n: u32) -> Option<Option<u32>> {
		MultiBlockMigrationTuple::nth_max_steps(n)
	}
	fn nth_step(
		n: u32,
		cursor: Option<alloc::vec::Vec<u8>>,
		meter: &mut frame_support::weights::WeightMeter,
	) -> Option<Result<Option<alloc::vec::Vec<u8>>, frame_support::migrations::SteppedMigrationError>>
	{
		MultiBlockMigrationTuple::nth_step(n, cursor, meter)
	}
	fn nth_transactional_step(
		n: u32,
		cursor: Option<alloc::vec::Vec<u8>>,
		meter: &mut frame_support::weights::WeightMeter,
	) -> Option<Result<Option<alloc::vec::Vec<u8>>, frame_support::migrations::SteppedMigrationError>>
	{
		MultiBlockMigrationTuple::nth_transactional_step(n, cursor, meter)
	}
	fn nth_migrating_prefixes(n: u32) -> Option<Option<alloc::vec::Vec<alloc::vec::Vec<u8>>>> {
		MultiBlockMigrationTuple::nth_migrating_prefixes(n)
	}
	#[cfg(feature = "try-runtime")]
	fn nth_pre_upgrade(n: u32) -> Option<Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError>> {
		MultiBlockMigrationTuple::nth_pre_upgrade(n)
	}
	#[cfg(feature = "try-runtime")]
	fn nth_post_upgrade(
		n: u32,
		state: alloc::vec::Vec<u8>,
	) -> Option<Result<(), sp_runtime::TryRuntimeError>> {
		MultiBlockMigrationTuple::nth_post_upgrade(n, state)
	}
	fn cursor_max_encoded_len() -> usize {
		MultiBlockMigrationTuple::cursor_max_encoded_len()
	}
	fn identifier_max_encoded_len() -> usize {
		MultiBlockMigrationTuple::identifier_max_encoded_len()
	}
}

/// `pallet-migrations` wants mockable migrations with `runtime-benchmarks` for its own
/// benchmarks, which this runtime does not run: the real list serves, and the mocking knobs do
/// nothing.
#[cfg(feature = "runtime-benchmarks")]
impl pallet_migrations::MockedMigrations for MultiBlockMigrationList {
	fn set_fail_after(_steps: u32) {}
	fn set_success_after(_steps: u32) {}
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = weights::pallet_sudo::WeightInfo<Runtime>;
}

parameter_types! {
	/// One token per unit of `power²`: a vote of power 3 freezes 9 DAO.
	pub const VotePrice: Balance = UNIT;
	/// Proposals accept votes for 100 blocks (10 minutes at 6 s blocks).
	pub const VotingPeriod: BlockNumber = 10 * MINUTES;
}

parameter_types! {
	/// Every storage item a caller writes holds `deposit(1, 0)`...
	pub const DepositBase: Balance = deposit(1, 0);
	/// ... plus `deposit(0, 1)` per byte of its key and value.
	pub const DepositPerByte: Balance = deposit(0, 1);
	/// Outcomes and receipts are kept for 30 days before anyone may prune them.
	pub const RetentionPeriod: BlockNumber = 30 * DAYS;
	/// A voting budget never freezes the last 0.2 DAO: the fees of lowering it, many times over.
	pub const VoteFeeReserve: Balance = UNIT / 5;
	/// A proposal passes only if at least 20% of the members voted on it (unless its community
	/// chose another quorum).
	pub const DefaultMinTurnout: Percent = Percent::from_percent(20);
	/// An executor holds 100 DAO per community it serves...
	pub const ExecutorBond: Balance = 100 * UNIT;
	/// ... and each job it lets expire slashes 10% of what is left to the community's pot.
	pub const ExpirySlash: Perbill = Perbill::from_percent(10);
	/// A queued job has an hour for its receipt (from its queuing, or from the executor's
	/// acceptance if later) before anyone may expire it.
	pub const ExecutionTimeout: BlockNumber = HOURS;
	/// A succeeded job's payment is claimable 10 minutes after the receipt: the window for
	/// disputes (as long as a vote, so a dispute can be put to one at once).
	pub const PayoutDelay: BlockNumber = 10 * MINUTES;
	/// A dispute holds 10 DAO: back if it wins, to the pot if it loses.
	pub const DisputeDeposit: Balance = 10 * UNIT;
}

impl pallet_voting::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ForceOrigin = EnsureRoot<AccountId>;
	type VotePrice = VotePrice;
	type VotingPeriod = VotingPeriod;
	type MaxMetadataLen = ConstU32<1024>;
	type MaxOpenProposals = ConstU32<16>;
	type MaxWhitelistThreshold = ConstU32<32>;
	type MaxBootstrapMembers = ConstU32<1024>;
	type MaxProposalsPerMember = ConstU32<4>;
	type MaxVotesPerVoter = ConstU32<32>;
	type DepositBase = DepositBase;
	type DepositPerByte = DepositPerByte;
	type RetentionPeriod = RetentionPeriod;
	type FeeReserve = VoteFeeReserve;
	type DefaultMinTurnout = DefaultMinTurnout;
	type PaymentBalance = Balance;
	type Pots = Treasury;
	type Models = ConsensusFunding;
	type ExecutorBond = ExecutorBond;
	type ExpirySlash = ExpirySlash;
	type ExecutionTimeout = ExecutionTimeout;
	type PayoutDelay = PayoutDelay;
	type DisputeDeposit = DisputeDeposit;
	type WeightInfo = pallet_voting::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TreasuryBenchmarkHelper;
}

parameter_types! {
	/// The consensus epochs' schedule: (`EpochLength`, `PeerChangeWindow`) below.
	///
	/// A `storage` parameter (the well-known key `twox_128(":EpochSchedule:")`), like the epoch
	/// durations of polkadot-sdk's test relay chains: a chain spec may set shorter epochs in its
	/// genesis storage, as the network test does (`agent/tests/support/network.rs`). It is a
	/// genesis choice: epochs are numbered `block / EpochLength`, so changing it on a live chain
	/// would renumber them. pallet-consensus reads it in every block's `on_initialize` (so its
	/// benchmarks whitelist the key, as they do the block number).
	pub storage EpochSchedule: (BlockNumber, BlockNumber) = (100, 20);
	pub const MinStake: Balance = 10 * UNIT;
	pub const EpochReward: Balance = UNIT;
	pub const SubmitPercentRequirement: Percent = Percent::from_percent(51);
	pub const UnconfirmedThreshold: Percent = Percent::from_percent(51);
	pub const PeerRemovalThreshold: Percent = Percent::from_percent(75);
	pub const AgainstConsensusRemovalThreshold: Percent = Percent::from_percent(50);
	/// The consensus step may use 10% of a block; more models wait for the next block.
	pub MaxConsensusWeight: Weight = Perbill::from_percent(10) * RuntimeBlockWeights::get().max_block;
	/// The consensus reward pot's account is this id's.
	pub const ConsensusPalletId: PalletId = PalletId(*b"dao/cons");
	/// Each penalty slashes 1% of the peer's stake in the model...
	pub const PenaltySlash: Perbill = Perbill::from_percent(1);
	/// ... and a removal by consensus 10% of what is left.
	pub const RemovalSlash: Perbill = Perbill::from_percent(10);
}

/// Epochs of 100 blocks (ten minutes at 6 s blocks): the submission window then holds a
/// full-row submission from every peer of `MaxModels` models of `MaxModelPeers` peers (README,
/// "Consensus at 1,024 peers"). Set by [`EpochSchedule`].
pub struct EpochLength;

impl Get<BlockNumber> for EpochLength {
	fn get() -> BlockNumber {
		EpochSchedule::get().0
	}
}

/// Peers join and leave in the first 20 blocks of each epoch, while the previous epoch's
/// consensus step runs (all honest, `MaxModels` full models take 14 of them). Set by
/// [`EpochSchedule`].
pub struct PeerChangeWindow;

impl Get<BlockNumber> for PeerChangeWindow {
	fn get() -> BlockNumber {
		EpochSchedule::get().1
	}
}

impl pallet_consensus::Config for Runtime {
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
	type MaxModels = ConstU32<16>;
	type MaxModelPeers = ConstU32<1024>;
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
	type MaxFreeCallsPerBlock = ConstU32<256>;
	type PaymentAssets = Assets;
	type PaymentAssetId = PaymentAssetId;
	type MaxFundingsPerModel = ConstU32<3>;
	type WeightInfo = pallet_consensus::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TreasuryBenchmarkHelper;
}

/// pallet-consensus, as pallet-voting's `FundModel` proposals see it.
pub struct ConsensusFunding;

impl pallet_voting::ModelFunding<AccountId, Balance> for ConsensusFunding {
	fn funding_account(model: pallet_voting::ModelId) -> AccountId {
		pallet_consensus::Pallet::<Runtime>::funding_account(model)
	}
	fn fund(
		model: pallet_voting::ModelId,
		community: pallet_voting::CommunityId,
		amount: Balance,
		epochs: u32,
	) -> sp_runtime::DispatchResult {
		pallet_consensus::Pallet::<Runtime>::add_funding(model, community, amount, epochs)
	}
	fn withdraw(
		model: pallet_voting::ModelId,
		community: pallet_voting::CommunityId,
		to: &AccountId,
	) -> Result<Balance, sp_runtime::DispatchError> {
		pallet_consensus::Pallet::<Runtime>::withdraw_funding(model, community, to)
	}
}

parameter_types! {
	/// Creating an asset holds the deposit of its record (as on Polkadot's Asset Hub)...
	pub const AssetDeposit: Balance = deposit(1, 190);
	/// ... an account of a non-sufficient asset the deposit of its record...
	pub const AssetAccountDeposit: Balance = deposit(1, 16);
	/// ... and metadata the deposit of its bytes.
	pub const MetadataDepositBase: Balance = deposit(1, 68);
	pub const MetadataDepositPerByte: Balance = deposit(0, 1);
	pub const ApprovalDeposit: Balance = deposit(1, 0);
}

/// The payment asset and any other asset live here. Anyone may create an asset for the
/// deposits above; the payment asset ([`PAYMENT_ASSET_ID`]) is created at genesis, sufficient
/// (its holders need no native tokens, so pots are plain accounts of it).
impl pallet_assets::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type RemoveItemsLimit = ConstU32<1_000>;
	type AssetId = u32;
	type AssetIdParameter = codec::Compact<u32>;
	type ReserveData = ();
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type AssetDeposit = AssetDeposit;
	type AssetAccountDeposit = AssetAccountDeposit;
	type MetadataDepositBase = MetadataDepositBase;
	type MetadataDepositPerByte = MetadataDepositPerByte;
	type ApprovalDeposit = ApprovalDeposit;
	type StringLimit = ConstU32<50>;
	type Freezer = ();
	type Holder = ();
	type Extra = ();
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	type WeightInfo = weights::pallet_assets::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

/// pallet-voting, as the treasury sees it: which communities exist, who is a member, who has
/// votes there that can still change.
pub struct VotingCommunities;

impl pallet_community_treasury::Communities<pallet_voting::CommunityId, AccountId>
	for VotingCommunities
{
	fn exists(community: pallet_voting::CommunityId) -> bool {
		pallet_voting::Communities::<Runtime>::contains_key(community)
	}
	fn is_member(community: pallet_voting::CommunityId, who: &AccountId) -> bool {
		pallet_voting::Pallet::<Runtime>::is_member(community, who)
	}
	fn has_outstanding_votes(community: pallet_voting::CommunityId, who: &AccountId) -> bool {
		pallet_voting::Pallet::<Runtime>::has_live_vote_in(community, who)
	}
}

parameter_types! {
	/// The pots' accounts are sub-accounts of this id.
	pub const TreasuryPalletId: PalletId = PalletId(*b"dao/trsy");
	pub const PaymentAssetId: u32 = PAYMENT_ASSET_ID;
	/// One DAO per dUSD until Root sets another rate.
	pub DefaultNativePerPayment: FixedU128 = FixedU128::saturating_from_integer(NATIVE_PER_PAYMENT);
}

impl pallet_community_treasury::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Assets = Assets;
	type PaymentAssetId = PaymentAssetId;
	type CommunityId = pallet_voting::CommunityId;
	type Communities = VotingCommunities;
	type PalletId = TreasuryPalletId;
	type DefaultNativePerPayment = DefaultNativePerPayment;
	type MaxSharesPerValue = ConstU32<10>;
	type DepositBase = DepositBase;
	type DepositPerByte = DepositPerByte;
	type ForceOrigin = EnsureRoot<AccountId>;
	type WeightInfo = pallet_community_treasury::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TreasuryBenchmarkHelper;
}

/// Members and payment asset for the treasury's benchmarks, through the real pallets.
#[cfg(feature = "runtime-benchmarks")]
pub struct TreasuryBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_community_treasury::BenchmarkHelper<pallet_voting::CommunityId, AccountId, Balance>
	for TreasuryBenchmarkHelper
{
	fn community() -> pallet_voting::CommunityId {
		42
	}
	fn make_member(community: pallet_voting::CommunityId, who: &AccountId) {
		use frame_support::traits::fungible::Mutate;
		if !pallet_voting::Communities::<Runtime>::contains_key(community) {
			let creator: AccountId = frame_benchmarking::account("creator", 0, 0);
			let _ = Balances::set_balance(&creator, 1_000 * UNIT);
			let _ = super::Voting::create_community(
				RuntimeOrigin::signed(creator),
				community,
				1,
				1,
				None,
				None,
			);
		}
		let _ = super::Voting::force_member(RuntimeOrigin::root(), community, who.clone());
	}
	fn fund_payment(who: &AccountId, amount: Balance) {
		use frame_support::traits::fungibles::{Inspect, Mutate};
		if !Assets::asset_exists(PAYMENT_ASSET_ID) {
			let _ = Assets::force_create(
				RuntimeOrigin::root(),
				PAYMENT_ASSET_ID.into(),
				who.clone().into(),
				true,
				super::units::PAYMENT_MIN_BALANCE,
			);
		}
		let _ = <Assets as Mutate<_>>::mint_into(PAYMENT_ASSET_ID, who, amount);
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_consensus::BenchmarkHelper<AccountId, Balance> for TreasuryBenchmarkHelper {
	fn fund_payment(who: &AccountId, amount: Balance) {
		<Self as pallet_community_treasury::BenchmarkHelper<_, _, _>>::fund_payment(who, amount)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_voting::BenchmarkHelper<AccountId, Balance> for TreasuryBenchmarkHelper {
	fn model() -> pallet_voting::ModelId {
		let model = pallet_consensus::NextModelId::<Runtime>::get();
		let path = alloc::vec![b'b'; 8].try_into().unwrap_or_default();
		let _ = pallet_consensus::Pallet::<Runtime>::register_model(RuntimeOrigin::root(), path);
		model
	}
	fn fund_pot(community: pallet_voting::CommunityId, who: &AccountId, amount: Balance) {
		use pallet_community_treasury::BenchmarkHelper;
		Self::fund_payment(who, amount.saturating_add(super::units::PAYMENT_MIN_BALANCE));
		let _ = super::Treasury::contribute(RuntimeOrigin::signed(who.clone()), community, amount);
	}
}
