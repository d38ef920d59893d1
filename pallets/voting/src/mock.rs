//! A minimal runtime for the pallet's tests: system, balances (with freezes), assets (the
//! payment asset), the community treasury (the pots jobs are paid from) and voting.

use crate as pallet_voting;
use crate::CommunityId;
use frame_support::{
	derive_impl, parameter_types,
	traits::{AsEnsureOriginWithArg, ConstU32, ConstU64, VariantCountOf},
	PalletId,
};
use frame_system::{EnsureRoot, EnsureSigned};
use sp_runtime::{BuildStorage, FixedU128, Perbill, Percent};

type Block = frame_system::mocking::MockBlock<Test>;

/// Account ids are plain numbers in the mock: 128 bits, so that the pots' sub-accounts
/// (`modl` + pallet id + community id, 16 bytes) stay distinct.
pub type AccountId = u128;
/// Balances are plain numbers in the mock; one token is 1.
pub type Balance = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assets: pallet_assets,
		Treasury: pallet_community_treasury,
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
	type AccountId = AccountId;
	type Lookup = sp_runtime::traits::IdentityLookup<AccountId>;
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

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config for Test {
	type Balance = Balance;
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type Freezer = ();
	type Holder = ();
}

/// The payment asset's id in the mock.
pub const PAYMENT: u32 = 1;
/// The payment asset's minimum balance in the mock (a pot's existential balance).
pub const MIN_PAYMENT: Balance = 2;
/// Accounts 1..=10 start with this much of the payment asset.
pub const START_PAYMENT: Balance = 10_000;

/// pallet-voting, as the treasury sees it.
pub struct VotingCommunities;

impl pallet_community_treasury::Communities<CommunityId, AccountId> for VotingCommunities {
	fn exists(community: CommunityId) -> bool {
		pallet_voting::Communities::<Test>::contains_key(community)
	}
	fn is_member(community: CommunityId, who: &AccountId) -> bool {
		Voting::is_member(community, who)
	}
	fn has_outstanding_votes(community: CommunityId, who: &AccountId) -> bool {
		pallet_voting::Pallet::<Test>::has_live_vote_in(community, who)
	}
}

parameter_types! {
	pub const TreasuryPalletId: PalletId = PalletId(*b"dao/trsy");
	pub const PaymentAssetId: u32 = PAYMENT;
	/// One native token minted per payment unit contributed.
	pub NativePerPayment: FixedU128 = FixedU128::from_u32(1);
}

impl pallet_community_treasury::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Assets = Assets;
	type PaymentAssetId = PaymentAssetId;
	type CommunityId = CommunityId;
	type Communities = VotingCommunities;
	type PalletId = TreasuryPalletId;
	type DefaultNativePerPayment = NativePerPayment;
	type MaxSharesPerValue = ConstU32<10>;
	type DepositBase = DepositBase;
	type DepositPerByte = ConstU64<0>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
}

/// Pots and members for the benchmarks run against the mock.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_community_treasury::BenchmarkHelper<CommunityId, AccountId, Balance>
	for MockBenchmarkHelper
{
	fn community() -> CommunityId {
		1
	}
	fn make_member(community: CommunityId, who: &AccountId) {
		if !pallet_voting::Communities::<Test>::contains_key(community) {
			let _ =
				Voting::create_community(RuntimeOrigin::signed(RICH), community, 1, 1, None, None);
		}
		let _ = Voting::force_member(RuntimeOrigin::root(), community, *who);
	}
	fn fund_payment(who: &AccountId, amount: Balance) {
		use frame_support::traits::fungibles::Mutate;
		let _ = <Assets as Mutate<_>>::mint_into(PAYMENT, who, amount);
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_voting::BenchmarkHelper<AccountId, Balance> for MockBenchmarkHelper {
	fn fund_pot(community: CommunityId, who: &AccountId, amount: Balance) {
		use frame_support::traits::fungibles::Mutate;
		let _ = <Assets as Mutate<_>>::mint_into(PAYMENT, who, amount.saturating_add(MIN_PAYMENT));
		let _ = Treasury::contribute(RuntimeOrigin::signed(*who), community, amount);
	}
	fn model() -> u32 {
		0
	}
}

thread_local! {
	static FUNDINGS: core::cell::RefCell<std::collections::BTreeMap<(u32, CommunityId), Balance>> =
		const { core::cell::RefCell::new(std::collections::BTreeMap::new()) };
}

/// The models that exist in the mock (pallet-consensus stands behind this in the runtime).
pub const MODELS: u32 = 2;

/// pallet-consensus's model funding, mocked: models below `MODELS` take fundings; each has the
/// funding account `5_000 + model`.
pub struct MockModels;

impl MockModels {
	/// What `community` has left in `model`'s funding.
	pub fn funding(model: u32, community: CommunityId) -> Option<Balance> {
		FUNDINGS.with(|f| f.borrow().get(&(model, community)).copied())
	}

	/// Pays `amount` of `community`'s funding of `model` to `peer`, as a formed epoch does.
	pub fn pay_out(model: u32, community: CommunityId, peer: AccountId, amount: Balance) {
		use frame_support::traits::{fungibles::Mutate, tokens::Preservation};
		use pallet_voting::ModelFunding;
		let from = Self::funding_account(model);
		<Assets as Mutate<_>>::transfer(PAYMENT, &from, &peer, amount, Preservation::Expendable)
			.expect("the funding account holds it");
		FUNDINGS.with(|f| {
			if let Some(left) = f.borrow_mut().get_mut(&(model, community)) {
				*left -= amount;
			}
		});
	}
}

impl pallet_voting::ModelFunding<AccountId, Balance> for MockModels {
	fn funding_account(model: u32) -> AccountId {
		5_000 + AccountId::from(model)
	}
	fn fund(
		model: u32,
		community: CommunityId,
		amount: Balance,
		_epochs: u32,
	) -> sp_runtime::DispatchResult {
		frame_support::ensure!(model < MODELS, sp_runtime::DispatchError::Other("UnknownModel"));
		FUNDINGS.with(|f| *f.borrow_mut().entry((model, community)).or_default() += amount);
		Ok(())
	}
	fn withdraw(
		model: u32,
		community: CommunityId,
		to: &AccountId,
	) -> Result<Balance, sp_runtime::DispatchError> {
		use frame_support::traits::{fungibles::Mutate, tokens::Preservation};
		let amount = FUNDINGS
			.with(|f| f.borrow_mut().remove(&(model, community)))
			.ok_or(sp_runtime::DispatchError::Other("NoFunding"))?;
		<Assets as Mutate<_>>::transfer(
			PAYMENT,
			&Self::funding_account(model),
			to,
			amount,
			Preservation::Expendable,
		)?;
		Ok(amount)
	}
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
	pub const ExpirySlash: Perbill = Perbill::from_percent(10);
}

/// The executor bond in the mock.
pub const EXECUTOR_BOND: Balance = 10;
/// Blocks a job has for its receipt in the mock.
pub const EXECUTION_TIMEOUT: u64 = 30;
/// Blocks a payment waits before it is claimable in the mock.
pub const PAYOUT_DELAY: u64 = 5;
/// A dispute's deposit in the mock.
pub const DISPUTE_DEPOSIT: Balance = 3;

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
/// Most live votes per voter in the mock.
pub const MAX_VOTES_PER_VOTER: u32 = 4;

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
	type MaxVotesPerVoter = ConstU32<MAX_VOTES_PER_VOTER>;
	type DepositBase = DepositBase;
	type DepositPerByte = DepositPerByte;
	type RetentionPeriod = RetentionPeriod;
	type FeeReserve = FeeReserve;
	type DefaultMinTurnout = DefaultMinTurnout;
	type PaymentBalance = Balance;
	type Pots = Treasury;
	type Models = MockModels;
	type ExecutorBond = ConstU64<EXECUTOR_BOND>;
	type ExpirySlash = ExpirySlash;
	type ExecutionTimeout = ConstU64<EXECUTION_TIMEOUT>;
	type PayoutDelay = ConstU64<PAYOUT_DELAY>;
	type DisputeDeposit = ConstU64<DISPUTE_DEPOSIT>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
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
	pallet_assets::GenesisConfig::<Test> {
		assets: vec![(PAYMENT, RICH, true, MIN_PAYMENT)],
		metadata: vec![(PAYMENT, b"Dev USD".to_vec(), b"dUSD".to_vec(), 6)],
		accounts: (1..=10).map(|a| (PAYMENT, a, START_PAYMENT)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	FUNDINGS.with(|f| f.borrow_mut().clear());
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` and then checks the pallet's invariants.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Voting::do_try_state().expect("try_state invariants hold after the test");
		Treasury::do_try_state().expect("the treasury's invariants hold after the test");
		assert_no_freeze_without_voter();
	});
}

/// No account has a `Voting` freeze without a voter's record (the pallet's `try_state` checks
/// each record's budget; only the balances pallet can list every freeze).
pub fn assert_no_freeze_without_voter() {
	let reason = RuntimeFreezeReason::Voting(pallet_voting::FreezeReason::Voting);
	for (who, freezes) in pallet_balances::Freezes::<Test>::iter() {
		if freezes.iter().any(|freeze| freeze.id == reason && freeze.amount > 0) {
			assert!(
				pallet_voting::Voters::<Test>::contains_key(who),
				"account {who} has a voting freeze without a voter's record"
			);
		}
	}
}

/// Moves to block `n`.
pub fn run_to_block(n: u64) {
	System::set_block_number(n);
}
