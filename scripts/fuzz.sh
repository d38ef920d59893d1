#!/usr/bin/env bash
# Random testing at depth (`make fuzz`, not in CI): every pallet's property tests with many
# more cases than the test command runs, on the same build (`make build`'s profile, features
# and clippy wrapper, so nothing is recompiled). Prints, per property, the cases run, the wall
# time and the result; a failure prints proptest's minimised failing case (and proptest saves
# it under the pallet's `proptest-regressions/`, where the next run replays it first).
#
#   bash scripts/fuzz.sh      FUZZ_CASES=10000 FUZZ_MATRICES=1000 FUZZ_LARGE_MATRICES=20 by default
set -uo pipefail
cd "$(dirname "$0")/.."
export FUZZ_CASES=${FUZZ_CASES:-10000}
export FUZZ_MATRICES=${FUZZ_MATRICES:-1000}
export FUZZ_LARGE_MATRICES=${FUZZ_LARGE_MATRICES:-20}
CLIPPY_DRIVER=$(rustup which clippy-driver)
export RUSTC_WORKSPACE_WRAPPER=$CLIPPY_DRIVER CLIPPY_ARGS=-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__

# crate | its folder | property | the env var that sets its cases
PROPERTIES="
pallet-voting pallets/voting proptests::random_call_sequences_keep_invariants FUZZ_CASES
pallet-voting pallets/voting proptests::random_job_sequences_pay_only_succeeded_jobs_once FUZZ_CASES
pallet-community-treasury pallets/treasury proptests::random_sequences_keep_the_books FUZZ_CASES
pallet-consensus pallets/consensus proptests::random_call_sequences_keep_invariants FUZZ_CASES
pallet-consensus pallets/consensus proptests::filter_matches_reference FUZZ_CASES
pallet-consensus pallets/consensus proptests::random_matrices_agree_with_the_reference FUZZ_MATRICES
pallet-consensus pallets/consensus proptests::large_random_matrices_agree_with_the_reference FUZZ_LARGE_MATRICES
"
# The lib test binary of each pallet, as the test command built it (the same command: a `--lib`
# build would resolve other features and rebuild much of the tree).
BINARIES=$(cargo test --workspace --features runtime-benchmarks --no-run \
	--message-format=json 2>/dev/null | python3 -c '
import json, sys
for line in sys.stdin:
    msg = json.loads(line)
    if (msg.get("reason") == "compiler-artifact" and msg.get("executable")
            and msg["profile"]["test"] and "lib" in msg["target"]["kind"]):
        print(msg["target"]["name"].replace("_", "-"), msg["executable"])
') || exit 1
printf '| crate | property | cases | wall time | result |\n| --- | --- | --- | --- | --- |\n'
failed=0
LOG=$(mktemp)
while read -r crate dir property var; do
	[ -n "$crate" ] || continue
	binary=$(awk -v c="$crate" '$1 == c { print $2 }' <<<"$BINARIES")
	[ -n "$binary" ] || { echo "no test binary for $crate" >&2; exit 1; }
	start=$(date +%s)
	# From the crate's folder, as cargo runs it (proptest keeps regressions beside the source).
	if (cd "$dir" && "$binary" --exact "$property") >"$LOG" 2>&1 && grep -q "1 passed" "$LOG"; then
		result=passed
	else
		result=FAILED
		failed=1
	fi
	printf '| %s | `%s` | %s | %s s | %s |\n' "$crate" "${property#proptests::}" "${!var}" \
		"$(($(date +%s) - start))" "$result"
	if [ "$result" = FAILED ]; then
		grep -B2 -A20 "minimal failing input\|panicked" "$LOG" | head -80 >&2
	fi
done <<<"$PROPERTIES"
rm -f "$LOG"
exit $failed
