//! Genesis presets: `development` (one authority) and `local_testnet` (four authorities).
//!
//! Presets are JSON patches merged over the default `RuntimeGenesisConfig`. The node's chain specs
//! (`--dev`, `--chain local`) are built from them, and so is the benchmark CLI's genesis
//! (`--genesis-builder=runtime` uses `development`).

use crate::{
	units::{
		PAYMENT_ASSET_ID, PAYMENT_DECIMALS, PAYMENT_MIN_BALANCE, PAYMENT_SYMBOL, PAYMENT_UNIT, UNIT,
	},
	AccountId, AssetsConfig, Balance, BalancesConfig, Consensus, RuntimeGenesisConfig, SudoConfig,
};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// What every well-known dev account (Alice, Bob, ... and their stash accounts) starts with.
pub const ENDOWMENT: Balance = 1_000_000 * UNIT;
/// What the consensus reward pot starts with on development chains: 10,000 epoch rewards.
/// Consensus never mints; the pot grows with slashes and transfers into it.
pub const REWARD_POT_ENDOWMENT: Balance = 10_000 * UNIT;
/// What every well-known dev account starts with of the payment asset (dUSD).
pub const PAYMENT_ENDOWMENT: Balance = 100_000 * PAYMENT_UNIT;

/// A genesis configuration with the given authorities, endowed accounts and sudo key. The
/// payment asset (dUSD, 6 decimals, sufficient) is owned by the sudo key, and every endowed
/// account holds [`PAYMENT_ENDOWMENT`] of it.
fn testnet_genesis(
	initial_authorities: Vec<(AuraId, GrandpaId)>,
	endowed_accounts: Vec<AccountId>,
	root: AccountId,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed_accounts
				.iter()
				.cloned()
				.map(|k| (k, ENDOWMENT))
				.chain([(Consensus::reward_pot(), REWARD_POT_ENDOWMENT)])
				.collect::<Vec<_>>(),
		},
		aura: pallet_aura::GenesisConfig {
			authorities: initial_authorities.iter().map(|x| x.0.clone()).collect::<Vec<_>>(),
		},
		grandpa: pallet_grandpa::GenesisConfig {
			authorities: initial_authorities.iter().map(|x| (x.1.clone(), 1)).collect::<Vec<_>>(),
		},
		assets: AssetsConfig {
			assets: vec![(PAYMENT_ASSET_ID, root.clone(), true, PAYMENT_MIN_BALANCE)],
			metadata: vec![(
				PAYMENT_ASSET_ID,
				b"Dev USD".to_vec(),
				PAYMENT_SYMBOL.as_bytes().to_vec(),
				PAYMENT_DECIMALS
			)],
			accounts: endowed_accounts
				.iter()
				.cloned()
				.map(|k| (PAYMENT_ASSET_ID, k, PAYMENT_ENDOWMENT))
				.collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: Some(root) },
	})
}

/// The Aura (sr25519) and GRANDPA (ed25519) keys of a well-known dev authority.
fn authority_keys(aura: Sr25519Keyring, grandpa: Ed25519Keyring) -> (AuraId, GrandpaId) {
	(aura.public().into(), grandpa.public().into())
}

/// `development`: Alice is the only authority and the sudo key; all dev accounts are endowed.
pub fn development_config_genesis() -> Value {
	testnet_genesis(
		vec![authority_keys(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		Sr25519Keyring::iter().map(|k| k.to_account_id()).collect(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// `local_testnet`: Alice, Bob, Charlie and Dave are authorities; Alice is sudo.
pub fn local_config_genesis() -> Value {
	testnet_genesis(
		vec![
			authority_keys(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			authority_keys(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			authority_keys(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
			authority_keys(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
		],
		Sr25519Keyring::iter().map(|k| k.to_account_id()).collect(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// The preset with the given id, as JSON bytes.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		_ => return None,
	};
	Some(serde_json::to_string(&patch).map(|s| s.into_bytes()).unwrap_or_default())
}

/// The ids of the presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}
