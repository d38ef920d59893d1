//! PLACEHOLDER: replaced by `make weights` output.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

pub trait WeightInfo {
	fn register_model() -> Weight;
	fn add_model_peer() -> Weight;
	fn remove_model_peer() -> Weight;
	fn release_stake() -> Weight;
	fn submit_consensus_data(p: u32, d: u32) -> Weight;
	fn unconfirm_consensus_data(p: u32) -> Weight;
	fn form_consensus(p: u32, s: u32) -> Weight;
}

pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn register_model() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn add_model_peer() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn remove_model_peer() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn release_stake() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn submit_consensus_data(_p: u32, _d: u32) -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn unconfirm_consensus_data(_p: u32) -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn form_consensus(_p: u32, _s: u32) -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
}

impl WeightInfo for () {
	fn register_model() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn add_model_peer() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn remove_model_peer() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn release_stake() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn submit_consensus_data(_p: u32, _d: u32) -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn unconfirm_consensus_data(_p: u32) -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn form_consensus(_p: u32, _s: u32) -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
}
