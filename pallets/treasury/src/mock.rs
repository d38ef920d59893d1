//! A minimal runtime for the pallet's tests: system, balances, assets (the payment asset) and
//! the treasury, with a mock of the communities pallet.

use crate as pallet_community_treasury;
use crate::Communities;
use alloc::collections::btree_set::BTreeSet;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{AsEnsureOriginWithArg, ConstU32, VariantCountOf},
	PalletId,
};
use frame_system::{EnsureRoot, EnsureSigned};
use sp_runtime::{BuildStorage, FixedU128};

type Block = frame_system::mocking::MockBlock<Test>;

/// Account ids are plain numbers in the mock: 128 bits, so that the pots' sub-accounts
/// (`modl` + pallet id + community id, 16 bytes) stay distinct.
pub type AccountId = u128;
/// Balances are plain numbers in the mock.
pub type Balance = u64;
/// Community ids as pallet-voting has them.
pub type CommunityId = u32;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Assets: pallet_assets,
		Treasury: pallet_community_treasury,
		Other: other,
	}
);

/// Stands for the other pallets of a runtime that freeze the same funds (votes).
#[frame_support::pallet]
pub mod other {
	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {}

	/// A freeze of another pallet.
	#[pallet::composite_enum]
	pub enum FreezeReason {
		/// Votes.
		Voting,
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
/// The payment asset's minimum balance in the mock: the pot's existential balance.
pub const MIN_BALANCE: Balance = 2;
/// The communities that exist in the mock.
pub const COMMUNITY: CommunityId = 1;
/// A second community.
pub const OTHER: CommunityId = 2;
/// Accounts 1..=10 start with this much native and payment asset.
pub const START_NATIVE: Balance = 100;
/// Accounts 1..=10 start with this much of the payment asset.
pub const START_PAYMENT: Balance = 10_000;
/// The asset's owner; rich in both.
pub const RICH: AccountId = 99;
/// The mint rate in the mock: 2 native per payment unit.
pub const RATE: u32 = 2;

thread_local! {
	static COMMUNITIES: RefCell<BTreeSet<CommunityId>> = RefCell::new([COMMUNITY, OTHER].into());
	static MEMBERS: RefCell<BTreeSet<(CommunityId, AccountId)>> = const { RefCell::new(BTreeSet::new()) };
	static VOTERS: RefCell<BTreeSet<(CommunityId, AccountId)>> = const { RefCell::new(BTreeSet::new()) };
}

/// The communities pallet, mocked: communities 1 and 2 exist; accounts 1..=10 are members of
/// both until a test says otherwise.
pub struct MockCommunities;

impl Communities<CommunityId, AccountId> for MockCommunities {
	fn exists(community: CommunityId) -> bool {
		COMMUNITIES.with(|c| c.borrow().contains(&community))
	}
	fn is_member(community: CommunityId, who: &AccountId) -> bool {
		MEMBERS.with(|m| m.borrow().contains(&(community, *who)))
	}
	fn has_outstanding_votes(community: CommunityId, who: &AccountId) -> bool {
		VOTERS.with(|v| v.borrow().contains(&(community, *who)))
	}
}

/// Makes `who` a member of `community` (or not).
pub fn set_member(community: CommunityId, who: AccountId, member: bool) {
	MEMBERS.with(|m| {
		if member {
			m.borrow_mut().insert((community, who));
		} else {
			m.borrow_mut().remove(&(community, who));
		}
	});
}

/// Gives `who` an outstanding vote in `community` (or takes it away).
pub fn set_voting(community: CommunityId, who: AccountId, voting: bool) {
	VOTERS.with(|v| {
		if voting {
			v.borrow_mut().insert((community, who));
		} else {
			v.borrow_mut().remove(&(community, who));
		}
	});
}

/// Removes `community` (as if it was dissolved).
pub fn remove_community(community: CommunityId) {
	COMMUNITIES.with(|c| c.borrow_mut().remove(&community));
}

parameter_types! {
	pub const TreasuryPalletId: PalletId = PalletId(*b"dao/trsy");
	pub const PaymentAssetId: u32 = PAYMENT;
	pub DefaultRate: FixedU128 = FixedU128::from_u32(RATE);
	/// Deposits in the mock: 1 per item, nothing per byte.
	pub const DepositBase: Balance = 1;
	pub const DepositPerByte: Balance = 0;
}

impl pallet_community_treasury::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Assets = Assets;
	type PaymentAssetId = PaymentAssetId;
	type CommunityId = CommunityId;
	type Communities = MockCommunities;
	type PalletId = TreasuryPalletId;
	type DefaultNativePerPayment = DefaultRate;
	type MaxSharesPerValue = ConstU32<10>;
	type DepositBase = DepositBase;
	type DepositPerByte = DepositPerByte;
	type ForceOrigin = EnsureRoot<AccountId>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
}

/// Members and money for the benchmarks run against the mock.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<CommunityId, AccountId, Balance> for MockBenchmarkHelper {
	fn community() -> CommunityId {
		COMMUNITY
	}
	fn make_member(community: CommunityId, who: &AccountId) {
		set_member(community, *who, true);
	}
	fn fund_payment(who: &AccountId, amount: Balance) {
		use frame_support::traits::fungibles::Mutate;
		let _ = <Assets as Mutate<_>>::mint_into(PAYMENT, who, amount);
	}
}

/// Test externalities: accounts 1..=10 hold `START_NATIVE` native and `START_PAYMENT` of the
/// payment asset and are members of both communities; `RICH` owns the asset.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut balances: Vec<(AccountId, Balance)> = (1..=10).map(|a| (a, START_NATIVE)).collect();
	balances.push((RICH, 1_000_000));
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut t)
		.unwrap();
	pallet_assets::GenesisConfig::<Test> {
		assets: vec![(PAYMENT, RICH, true, MIN_BALANCE)],
		metadata: vec![(PAYMENT, b"Dev USD".to_vec(), b"dUSD".to_vec(), 6)],
		accounts: (1..=10).map(|a| (PAYMENT, a, START_PAYMENT)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	COMMUNITIES.with(|c| *c.borrow_mut() = [COMMUNITY, OTHER].into());
	VOTERS.with(|v| v.borrow_mut().clear());
	MEMBERS.with(|m| m.borrow_mut().clear());
	ext.execute_with(|| {
		System::set_block_number(1);
		for community in [COMMUNITY, OTHER] {
			for who in 1..=10 {
				set_member(community, who, true);
			}
		}
	});
	ext
}

/// Runs `test` and then checks the pallet's invariants.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Treasury::do_try_state().expect("try_state invariants hold after the test");
	});
}
