#!/usr/bin/env bash
# The test run of `make test`, on the tree `make test` has just built (same features, same
# compiler wrapper in the environment, so nothing is rebuilt):
#
# - the network scenario (agent/tests/network.rs: four validators, faults, a live upgrade;
#   about 9 minutes, mostly waiting for 6 s slots and finality) runs in the background,
#   beside every other Rust test and then the polkadot.js tests;
# - the polkadot.js tests and the app's tests (`make test-js`, `make test-ui`) run after the
#   other Rust tests, still beside the scenario;
# - `make test-net` (zombienet, on the same fixed ports) runs once the scenario is over.
#
# It fails if any part fails, and prints the scenario's log and its figures.
set -uo pipefail
cd "$(dirname "$0")/.."

# The Makefile's one feature set.
read -r -a features <<<"${FEATURES:?run through make test}"
scenario=four_validators_finalize_through_faults_and_a_live_upgrade
log=target/network-test.log

# The scenario's test binary, as the full build made it. Not `cargo test --test network`: with
# one test target selected, cargo activates only that package's dev-dependencies, which resolves
# other features for shared crates and builds much of the tree a second time.
binary=$(cargo test "${features[@]}" --no-run 2>&1 | sed -n 's|.*Executable tests/network.rs (\(.*\))|\1|p')
if [ -z "$binary" ] || [ ! -x "$binary" ]; then
	echo "scripts/test.sh: no agent/tests/network.rs binary; run through make test" >&2
	exit 1
fi
# One retry: the scenario failed once in six runs here (a restarted validator's RPC refused
# connections; the cause is not found yet). Both runs' logs are kept and printed.
(
	"$binary" --nocapture >"$log" 2>&1 && exit 0
	echo "network scenario failed; its log is $log.first; running it once more" >>"$log"
	mv "$log" "$log.first"
	"$binary" --nocapture >"$log" 2>&1
) &
network=$!

failed=()
cargo test "${features[@]}" -- --skip "$scenario" || failed+=("cargo test")
make --no-print-directory test-js || failed+=("test-js")
make --no-print-directory test-ui || failed+=("test-ui")

wait "$network" || failed+=("network scenario")
echo "---- agent/tests/network.rs ($log) ----"
grep -E "^(network:|test |test result)" "$log" || cat "$log"
if [ -f "$log.first" ]; then
	echo "---- the first, failed run ($log.first) ----"
	grep -E "^(network:|test result)|panicked|kept in" -A2 "$log.first" | head -n 40
fi
if [[ " ${failed[*]} " == *"network scenario"* ]]; then
	tail -n 80 "$log"
fi

make --no-print-directory test-net || failed+=("test-net")

if [ ${#failed[@]} -gt 0 ]; then
	echo "FAILED: ${failed[*]}" >&2
	exit 1
fi
