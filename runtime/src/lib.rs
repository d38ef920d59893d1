//! # dao-chain runtime
//!
//! The runtime of dao-chain: FRAME's system pallets (system, timestamp, Aura, GRANDPA, balances,
//! transaction payment, sudo, multi-block migrations) plus the two pallets of this project:
//!
//! - [`pallet_voting`]: communities steer a shared AI compute instance with quadratic votes.
//! - [`pallet_consensus`]: peers hosting AI models score each other; the chain forms consensus.
//!
//! Layout: this file holds the basic types and `construct_runtime`; [`configs`] holds every
//! pallet's `Config`; [`apis`] implements the runtime APIs; [`genesis_config_presets`] holds the
//! `development` and `local_testnet` presets.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime!` does a lot of recursion and requires us to increase the limit.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod genesis_config_presets;
#[cfg(test)]
mod tests;
pub mod weights;

use alloc::vec::Vec;
use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use frame_support::{genesis_builder_helper::build_state, weights::Weight};
pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Opaque types. These are used by the CLI to instantiate machinery that don't need to know the
/// specifics of the runtime. They can then be made to be agnostic over specific formats of data
/// like extrinsics, allowing for them to continue syncing the network through upgrades to even
/// the core data structures.
pub mod opaque {
	use super::*;
	use sp_runtime::{
		generic,
		traits::{BlakeTwo256, Hash as HashT},
	};

	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block identifier type.
	pub type BlockId = generic::BlockId<Block>;
	/// Opaque block hash type.
	pub type Hash = <BlakeTwo256 as HashT>::Output;
}

impl_opaque_keys! {
	/// The session keys of a validator: one Aura key and one GRANDPA key.
	pub struct SessionKeys {
		pub aura: Aura,
		pub grandpa: Grandpa,
	}
}

/// Declares [`VERSION`] with the given `spec_version`: `runtime_version` reads the number as a
/// literal, so the upgrade-test variant passes its own.
macro_rules! runtime_version {
	($spec_version:tt) => {
		/// The runtime version. Bump `spec_version` on every change of runtime logic.
		#[sp_version::runtime_version]
		pub const VERSION: RuntimeVersion = RuntimeVersion {
			spec_name: alloc::borrow::Cow::Borrowed("dao-runtime"),
			impl_name: alloc::borrow::Cow::Borrowed("dao-runtime"),
			authoring_version: 1,
			spec_version: $spec_version,
			impl_version: 1,
			apis: apis::RUNTIME_API_VERSIONS,
			transaction_version: 5,
			system_version: 1,
		};
	};
}
#[cfg(not(feature = "increment-spec-version"))]
runtime_version!(106);
// The live-upgrade test's variant: always the number above + 1 (the test checks it).
#[cfg(feature = "increment-spec-version")]
runtime_version!(107);

/// Time and token units.
pub mod units {
	use super::{Balance, BlockNumber};

	/// Target block time. Aura authors one block per slot of this length.
	pub const MILLI_SECS_PER_BLOCK: u64 = 6000;
	/// Slot duration of Aura: one block per slot.
	pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;

	/// Blocks per minute at the target block time.
	pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
	/// Blocks per hour.
	pub const HOURS: BlockNumber = MINUTES * 60;
	/// Blocks per day.
	pub const DAYS: BlockNumber = HOURS * 24;

	/// Decimals of the native token (shown by wallets through the chain spec properties).
	pub const TOKEN_DECIMALS: u8 = 12;
	/// Symbol of the native token.
	pub const TOKEN_SYMBOL: &str = "DAO";
	/// SS58 address prefix (the generic Substrate prefix).
	pub const SS58_PREFIX: u16 = 42;

	/// One whole token.
	pub const UNIT: Balance = 1_000_000_000_000;
	/// A thousandth of a token.
	pub const MILLI_UNIT: Balance = 1_000_000_000;
	/// A millionth of a token.
	pub const MICRO_UNIT: Balance = 1_000_000;
	/// The existential deposit.
	pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

	/// What one storage item holds as deposit, whatever its size.
	pub const DEPOSIT_PER_ITEM: Balance = UNIT / 10;
	/// What one byte of state holds as deposit: 0.001 DAO, the price Polkadot's relay chain
	/// sets for itself (1 GiB of state holds over 1,000,000 DAO).
	pub const DEPOSIT_PER_BYTE: Balance = MILLI_UNIT;
	/// The fee per byte of a transaction: 0.0001 DAO, the relay chain's price (1 GiB of block
	/// data costs over 100,000 DAO).
	pub const FEE_PER_BYTE: Balance = UNIT / 10_000;
	/// The fee of the base weight of one extrinsic (`ExtrinsicBaseWeight`) at multiplier 1.
	pub const FEE_PER_BASE_WEIGHT: Balance = MILLI_UNIT;

	/// The payment asset's id in `pallet-assets` (1984, as the most used stable coin on
	/// Polkadot's Asset Hub).
	pub const PAYMENT_ASSET_ID: u32 = 1984;
	/// Decimals of the payment asset (a stable coin's 6).
	pub const PAYMENT_DECIMALS: u8 = 6;
	/// Symbol of the payment asset on development chains.
	pub const PAYMENT_SYMBOL: &str = "dUSD";
	/// One whole unit of the payment asset.
	pub const PAYMENT_UNIT: Balance = 1_000_000;
	/// The payment asset's minimum balance: 0.01 dUSD.
	pub const PAYMENT_MIN_BALANCE: Balance = PAYMENT_UNIT / 100;
	/// Native base units minted per payment base unit: one DAO per dUSD contributed.
	pub const NATIVE_PER_PAYMENT: Balance = UNIT / PAYMENT_UNIT;

	/// The deposit that `items` storage items of `bytes` bytes in all (keys and values) hold.
	/// Every pallet that keeps state for a caller sizes its deposits with this one function.
	pub const fn deposit(items: u32, bytes: u32) -> Balance {
		(items as Balance)
			.saturating_mul(DEPOSIT_PER_ITEM)
			.saturating_add((bytes as Balance).saturating_mul(DEPOSIT_PER_BYTE))
	}
}

/// An index to a block.
pub type BlockNumber = u32;
/// Alias to 512-bit hash when used in the context of a transaction signature on the chain.
pub type Signature = MultiSignature;
/// Some way of identifying an account on the chain.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// Balance of an account.
pub type Balance = u128;
/// Index of a transaction in the chain.
pub type Nonce = u32;
/// A hash of some data used by the chain.
pub type Hash = sp_core::H256;
/// The address format for describing accounts.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header type as expected by this runtime.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block type as expected by this runtime.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// A Block signed with a Justification.
pub type SignedBlock = generic::SignedBlock<Block>;
/// BlockId type as expected by this runtime.
pub type BlockId = generic::BlockId<Block>;

/// The transaction extensions that are added to every transaction.
pub type TxExtension = (
	frame_system::AuthorizeCall<Runtime>,
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	pallet_consensus::extension::CheckConsensusSubmission<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// Unchecked extrinsic type as expected by this runtime.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// The payload being signed in transactions.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// The runtime's single-block migrations, run by `frame_system` at a runtime upgrade: those of
/// storage bounded small enough for one block (pallet-consensus v1 touches at most the 16 × 64
/// peers its v0 allowed); every migration of unbounded storage is multi-block, see
/// [`configs::MultiBlockMigrationList`].
type Migrations = (pallet_consensus::migrations::v1::MigrateToV1<Runtime>,);

/// Executive: handles dispatch to the various pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;

	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;

	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;

	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;

	#[runtime::pallet_index(6)]
	pub type Sudo = pallet_sudo;

	#[runtime::pallet_index(7)]
	pub type MultiBlockMigrations = pallet_migrations;

	#[runtime::pallet_index(10)]
	pub type Voting = pallet_voting;

	#[runtime::pallet_index(11)]
	pub type Consensus = pallet_consensus;

	#[runtime::pallet_index(12)]
	pub type Assets = pallet_assets;

	#[runtime::pallet_index(13)]
	pub type Treasury = pallet_community_treasury;
}
