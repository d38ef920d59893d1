//! PLACEHOLDER: replaced by `make weights` output.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

pub trait WeightInfo {
	fn create_community() -> Weight;
	fn join_community(w: u32) -> Weight;
	fn whitelist_account(w: u32) -> Weight;
	fn deregister() -> Weight;
	fn push_proposal(m: u32) -> Weight;
	fn vote() -> Weight;
	fn modify_vote() -> Weight;
	fn retract_vote() -> Weight;
	fn close_proposal(m: u32) -> Weight;
	fn unfreeze() -> Weight;
	fn start_proposing() -> Weight;
	fn force_member() -> Weight;
	fn force_close(m: u32) -> Weight;
}

pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn create_community() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn join_community(_w: u32) -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn whitelist_account(_w: u32) -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn deregister() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn push_proposal(_m: u32) -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn vote() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn modify_vote() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn retract_vote() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn close_proposal(_m: u32) -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn unfreeze() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn start_proposing() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn force_member() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
	fn force_close(_m: u32) -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(T::DbWeight::get().reads_writes(4, 4))
	}
}

impl WeightInfo for () {
	fn create_community() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn join_community(_w: u32) -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn whitelist_account(_w: u32) -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn deregister() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn push_proposal(_m: u32) -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn vote() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn modify_vote() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn retract_vote() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn close_proposal(_m: u32) -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn unfreeze() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn start_proposing() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn force_member() -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
	fn force_close(_m: u32) -> Weight {
		Weight::from_parts(50_000_000, 4000).saturating_add(RocksDbWeight::get().reads_writes(4, 4))
	}
}
