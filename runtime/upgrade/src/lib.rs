//! The live-upgrade test's runtime: dao-runtime built with `spec_version + 1` (its feature
//! `increment-spec-version`) and nothing else changed. Natively this crate is only
//! [`WASM_BINARY`]; no chain starts from it.

#![cfg_attr(not(feature = "std"), no_std)]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

#[cfg(not(feature = "std"))]
pub use dao_runtime::*;
