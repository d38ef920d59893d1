#!/usr/bin/env bash
# Regenerates pallets/*/src/weights.rs with `dao-node benchmark pallet`, measuring the runtime
# wasm built by `make build` (runtime-benchmarks enabled) with the `development` genesis preset.
#
#   bash scripts/benchmark-weights.sh              # all dao-chain pallets, 20 steps x 10 repeats
#   STEPS=2 REPEAT=1 bash scripts/benchmark-weights.sh pallet_voting   # quick smoke run
set -euo pipefail
cd "$(dirname "$0")/.."

NODE=${NODE:-target/debug/dao-node}
# The dev build writes the plain (release-built) wasm; a release build also writes a compressed one.
WASM=${WASM:-target/debug/wbuild/dao-runtime/dao_runtime.wasm}
STEPS=${STEPS:-20}
REPEAT=${REPEAT:-10}
PALLETS=("$@")
[ ${#PALLETS[@]} -gt 0 ] || PALLETS=(pallet_voting pallet_consensus pallet_community_treasury)

for pallet in "${PALLETS[@]}"; do
	case "$pallet" in
		pallet_community_treasury) dir=pallets/treasury ;;
		*) dir=pallets/${pallet#pallet_} ;;
	esac
	echo "benchmarking ${pallet} -> ${dir}/src/weights.rs"
	"$NODE" benchmark pallet \
		--runtime "$WASM" \
		--genesis-builder=runtime \
		--pallet "$pallet" \
		--extrinsic '*' \
		--steps "$STEPS" \
		--repeat "$REPEAT" \
		--wasm-execution compiled \
		--heap-pages 4096 \
		--template .maintain/frame-weight-template.hbs \
		--output "${dir}/src/weights.rs"
done
