//! `dao-node`: the dao-chain node.

#![warn(missing_docs)]
// `sc_cli::Error` and `sc_service::Error` are large by design; boxing them everywhere would
// only add noise to the node code.
#![allow(clippy::result_large_err)]

mod chain_spec;
mod cli;
mod command;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
