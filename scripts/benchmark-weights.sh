#!/usr/bin/env bash
# Regenerates every weight the runtime charges, with one binary and one runtime (`make weights`):
# - runtime/src/weights/<pallet>.rs for the FRAME pallets (the CLI's own template);
# - pallets/*/src/weights.rs for dao-chain's pallets (.maintain/frame-weight-template.hbs);
# - runtime/src/weights/{block,extrinsic}_weights.rs (`benchmark overhead`);
# - runtime/src/weights/paritydb_weights.rs (`benchmark storage` on a dev chain's ParityDB).
#
#   bash scripts/benchmark-weights.sh                    # everything, 20 steps x 10 repeats
#   bash scripts/benchmark-weights.sh pallet_voting      # some pallets (or `overhead`, `storage`)
#   STEPS=2 REPEAT=1 bash scripts/benchmark-weights.sh pallet_voting   # quick smoke run
#
# NODE and WASM pick the binary and the runtime measured: by default the production-profile build
# that `make weights` makes in target/bench (`cargo build --profile production -p dao-node
# --features runtime-benchmarks --target-dir target/bench`); the README's "Benchmarks and weights" says why not the dev binary.
set -euo pipefail
cd "$(dirname "$0")/.."

NODE=${NODE:-target/bench/production/dao-node}
WASM=${WASM:-target/bench/production/wbuild/dao-runtime/dao_runtime.compact.compressed.wasm}
STEPS=${STEPS:-20}
REPEAT=${REPEAT:-10}
FRAME_PALLETS=(frame_system pallet_balances pallet_timestamp pallet_sudo pallet_transaction_payment
	pallet_assets)
OWN_PALLETS=(pallet_voting pallet_consensus pallet_community_treasury)
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=("${FRAME_PALLETS[@]}" "${OWN_PALLETS[@]}" overhead storage)

pallet() {
	local pallet=$1 output=$2
	shift 2
	echo "benchmarking ${pallet} -> ${output}"
	"$NODE" benchmark pallet \
		--runtime "$WASM" \
		--genesis-builder=runtime \
		--pallet "$pallet" \
		--extrinsic '*' \
		--steps "$STEPS" \
		--repeat "$REPEAT" \
		--wasm-execution compiled \
		--heap-pages 4096 \
		--header .maintain/HEADER \
		--output "$output" "$@"
}

for target in "${TARGETS[@]}"; do
	case "$target" in
		overhead)
			echo "benchmarking the block and extrinsic overhead -> runtime/src/weights/"
			"$NODE" benchmark overhead \
				--runtime "$WASM" \
				--genesis-builder=runtime \
				--wasm-execution compiled \
				--header .maintain/HEADER \
				--weight-path runtime/src/weights
			;;
		storage)
			# On the dev chain with ACCOUNTS more endowed accounts, so the trie has a realistic
			# depth (the bare dev genesis has 58 keys, one of them the 7 MB runtime).
			echo "benchmarking ParityDB reads and writes -> runtime/src/weights/paritydb_weights.rs"
			base=$(mktemp -d)
			"$NODE" export-chain-spec --chain dev --output "$base/dev.json" 2>/dev/null
			python3 - "$base/dev.json" "${ACCOUNTS:-50000}" <<-'PY'
				import json, sys
				path, accounts = sys.argv[1], int(sys.argv[2])
				spec = json.load(open(path))
				patch = spec["genesis"]["runtimeGenesis"]["patch"]
				patch.setdefault("balances", {})["devAccounts"] = [accounts, 10**15, None]
				json.dump(spec, open(path, "w"))
			PY
			"$NODE" benchmark storage \
				--chain "$base/dev.json" \
				--base-path "$base/db" \
				--database paritydb \
				--state-version 1 \
				--batch-size 1 \
				--metric "${STORAGE_METRIC:-average}" \
				--header .maintain/HEADER \
				--weight-path runtime/src/weights
			rm -rf "$base"
			;;
		pallet_voting | pallet_consensus | pallet_community_treasury)
			dir=${target#pallet_}
			pallet "$target" "pallets/${dir#community_}/src/weights.rs" \
				--template .maintain/frame-weight-template.hbs
			;;
		*)
			pallet "$target" "runtime/src/weights/${target}.rs"
			;;
	esac
done
