#!/usr/bin/env bash
# Seals N empty blocks on a node started with `--sealing instant|manual` (each is finalized),
# through its `engine_createBlock` RPC: how a dev chain skips a voting period or a payout delay.
#
#   bash scripts/seal-blocks.sh 100                          # 100 blocks on 127.0.0.1:9944
#   bash scripts/seal-blocks.sh 600 http://127.0.0.1:9945    # another node
set -euo pipefail
count=${1:?usage: seal-blocks.sh COUNT [HTTP_URL]}
url=${2:-http://127.0.0.1:9944}
for _ in $(seq "$count"); do
	curl -sf -H 'Content-Type: application/json' \
		-d '{"jsonrpc":"2.0","id":1,"method":"engine_createBlock","params":[true,true,null]}' \
		"$url" >/dev/null
done
echo "sealed $count blocks"
