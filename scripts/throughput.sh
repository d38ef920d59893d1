#!/usr/bin/env bash
# Prints transfers and votes included per block and per second on a fresh dev node, in one run
# (tests/js/throughput.mjs). Needs target/debug/dao-node (`make build`); NODE=... picks another
# binary, VOTERS=... the number of accounts (each sends 16 of each).
#
#   bash scripts/throughput.sh
set -euo pipefail
cd "$(dirname "$0")/.."
NODE=${NODE:-target/debug/dao-node}
PORT=${PORT:-9977}
(cd tests/js && npm ci --no-audit --no-fund --silent)
BASE=$(mktemp -d)
"$NODE" --dev --base-path "$BASE" --rpc-port "$PORT" --no-prometheus --no-telemetry --no-mdns \
	--listen-addr /ip4/127.0.0.1/tcp/0 --pool-limit 16384 --pool-kbytes 65536 2>"$BASE/node.log" &
NODE_PID=$!
trap 'kill $NODE_PID 2>/dev/null; wait $NODE_PID 2>/dev/null; rm -rf "$BASE"' EXIT
for _ in $(seq 120); do grep -q "Running JSON-RPC server" "$BASE/node.log" && break; sleep 1; done
node tests/js/throughput.mjs "ws://127.0.0.1:$PORT"
