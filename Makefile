# dao-chain. One cargo profile (dev, with the hot native crates and the node crate optimised)
# and one feature set (--workspace --features runtime-benchmarks) serve the node, the tests, the
# lints and the benchmark tests, so the tree is compiled once. Outside CI, `make release` builds
# the production profile without benchmarks (target/production) and `make weights` the
# production profile with them (target/bench), each in its own target directory.
#
# Clippy runs as the compiler of the workspace crates (RUSTC_WORKSPACE_WRAPPER=clippy-driver)
# during that one build: the same lints as `cargo clippy --all-targets -- -D warnings`, without
# a second, check-mode pass over the ~1,200 dependencies. `make lint` runs plain `cargo clippy`.

FEATURES := --workspace --features runtime-benchmarks
CLIPPY_DRIVER = $(shell rustup which clippy-driver 2>/dev/null)
LINTED = RUSTC_WORKSPACE_WRAPPER=$(CLIPPY_DRIVER) CLIPPY_ARGS=-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__
NODE := target/debug/dao-node

.PHONY: setup build run net agent ui ui-descriptors test test-js test-net test-ui lint fmt release weights fuzz clean

## Install what a fresh Debian/Ubuntu machine lacks (idempotent).
setup:
	@bash scripts/setup.sh

## Build the node, the runtime and every test target, linted (exactly what `make test` builds).
build: setup
	$(LINTED) cargo test $(FEATURES) --no-run

## Run a development chain (Aura + GRANDPA) on ws://127.0.0.1:9944. Extra flags: ARGS="...".
run: build
	$(NODE) --dev $(ARGS)

## Run the 4-validator local network (network/local.toml: Alice, Bob, Charlie and Dave of
## `local_testnet`, RPC on ws://127.0.0.1:9951-9954) with zombienet's native provider, from the
## `make build` node. Ctrl-C stops it and removes its data.
net: build
	cd network && npm ci --no-audit --no-fund
	cd network && DAO_NODE=$(CURDIR)/$(NODE) npx zombienet spawn --provider native local.toml

## Run the example executor (agent/dao-agent.example.toml, community 1) beside `make run`, as
## Ferdie unless DAO_AGENT_SURI says otherwise. Extra flags: ARGS="...".
agent: build
	DAO_AGENT_SURI=$${DAO_AGENT_SURI:-//Ferdie} target/debug/dao-agent --config agent/dao-agent.example.toml executor $(ARGS)

## Serve the community app (ui/) on http://127.0.0.1:5173 for the node of `make run`
## (ws://127.0.0.1:9944; another node: open the page with ?rpc=ws://host:port).
ui:
	cd ui && npm ci --no-audit --no-fund && npx vite --host 127.0.0.1

## Regenerate the app's typed API (ui/.papi: PAPI descriptors) from the runtime's metadata,
## after a runtime change (the runtime test the_app_descriptors_are_generated_from_this_runtime
## says when). Needs the `make build` runtime.
ui-descriptors:
	cd ui && npx papi add dao --wasm ../target/debug/wbuild/dao-runtime/dao_runtime.wasm \
		&& rm -f .papi/descriptors/.gitignore && npm install --no-audit --no-fund

## The whole test suite: formatting, the linted build, every Rust test (unit, property,
## benchmark, end-to-end, and the 4-validator network under faults and a live upgrade, which
## runs beside the others: scripts/test.sh), the polkadot.js tests, the app's tests and the
## `make net` check.
test: setup
	cargo fmt --all -- --check
	$(LINTED) cargo test $(FEATURES) --no-run
	FEATURES="$(FEATURES)" $(LINTED) bash scripts/test.sh

## polkadot.js compatibility test (needs target/debug/dao-node from `make build`/`make test`).
test-js:
	cd tests/js && npm ci --no-audit --no-fund && npm test

## `make net` works: zombienet starts network/local.toml and its four validators peer and
## finalize (needs target/debug/dao-node). The fault and upgrade tests are Rust tests.
test-net:
	cd network && npm ci --no-audit --no-fund && npm test

## The app's tests: unit tests (vitest), the production build (warnings fail it), and the
## browser test (Debian's chromium, playwright-core) against a dev node of `make build`, which
## ends with the Python example (examples/python, in a venv under target/) on the same node.
test-ui:
	cd ui && npm ci --no-audit --no-fund && npm test
	cd ui && npm run build >../target/ui-build.log 2>&1; status=$$?; cat ../target/ui-build.log; \
		[ $$status -eq 0 ] && ! grep -qi warn ../target/ui-build.log
	[ -x target/pyvenv/bin/python ] || python3 -m venv target/pyvenv
	target/pyvenv/bin/pip install -q --disable-pip-version-check -r examples/python/requirements.txt
	cd ui && node --experimental-websocket tests/browser.mjs

## Plain cargo clippy (a separate check-mode build of the dependencies).
lint:
	cargo clippy $(FEATURES) --all-targets -- -D warnings

fmt:
	cargo fmt --all

## The production build: dao-node and its runtime without `runtime-benchmarks` (no benchmark
## code on chain), profile production, in target/production/ (README, "Production build").
## Not part of CI.
release: setup
	cargo build --profile production -p dao-node

## Regenerate every weight the runtime charges (FRAME pallets, ours, block and extrinsic
## overhead, ParityDB) with a production-profile dao-node, built once for it: the one measuring
## stick (README, "Benchmarks and weights"). Not part of CI. Run nothing else meanwhile.
weights: setup
	cargo build --profile production -p dao-node --features runtime-benchmarks --target-dir target/bench
	bash scripts/benchmark-weights.sh

## Random testing at depth, outside CI: every pallet's property tests with 10,000 call
## sequences each (and 1,000 + 20 consensus matrices up to MaxModelPeers) on the `make build`
## tree; prints cases, times and any minimised failing case (README, "Figures").
fuzz: build
	bash scripts/fuzz.sh

clean:
	cargo clean
