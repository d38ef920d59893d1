# dao-chain: one cargo profile (dev, with the hot crates optimised) and one feature set
# (runtime-benchmarks) serve the node, the tests, clippy and the benchmarks, so the tree is
# compiled once.

CARGO_FEATURES := --workspace --features runtime-benchmarks
NODE := target/debug/dao-node
# The runtime wasm the benchmark CLI measures (built in release mode even in a debug build).
RUNTIME_WASM := target/debug/wbuild/dao-runtime/dao_runtime.wasm

.PHONY: setup build run test test-rust test-js lint fmt weights clean

## Install what a fresh Debian/Ubuntu machine lacks (idempotent).
setup:
	@bash scripts/setup.sh

## Build the node, the runtime and every test target (exactly what `make test` builds).
build: setup
	cargo test $(CARGO_FEATURES) --no-run

## Run a development chain (Aura + GRANDPA) on ws://127.0.0.1:9944.
run: build
	$(NODE) --dev $(ARGS)

## The whole test suite: formatting, clippy, Rust tests (unit, property, benchmark, e2e) and
## the polkadot.js compatibility test.
test: setup
	cargo fmt --all -- --check
	cargo test $(CARGO_FEATURES)
	cargo clippy $(CARGO_FEATURES) --all-targets -- -D warnings
	$(MAKE) test-js

test-js:
	cd tests/js && npm ci --no-audit --no-fund && npm test

fmt:
	cargo fmt --all

## Regenerate the pallets' weights.rs with the benchmark CLI.
weights: build
	bash scripts/benchmark-weights.sh

clean:
	cargo clean
