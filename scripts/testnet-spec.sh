#!/usr/bin/env bash
# A testnet's chain spec with your own authorities and sudo key instead of the dev keys: the
# `local_testnet` preset of the node's runtime, patched, then made raw (README, "A testnet with
# your own keys").
#
#   scripts/testnet-spec.sh --sudo <ss58> --authority <aura-ss58>:<grandpa-ss58> [--authority ...] \
#       [--endow <ss58>]... [--node target/production/dao-node] [--out target/testnet]
#
# Writes <out>/dao-testnet.json (plain, to review) and <out>/dao-testnet.raw.json (to run).
# - --authority: one validator's Aura (sr25519) and GRANDPA (ed25519) public keys, as SS58;
#   repeat it per validator. The order is the Aura slot order.
# - --sudo: the sudo key, also the owner of the payment asset (dUSD).
# - --endow: an account that starts with 1,000,000 DAO and 100,000 dUSD. With at least one,
#   the well-known dev accounts (Alice, ...) get nothing; without, they keep their endowment
#   (fine for a private testnet, not for a public one).
# The consensus reward pot keeps its 10,000 DAO. The chain id is `dao_testnet`.
set -euo pipefail

node=target/production/dao-node
out=target/testnet
sudo=
authorities=()
endowed=()
while [ $# -gt 0 ]; do
	case "$1" in
		--sudo) sudo=$2; shift 2 ;;
		--authority) authorities+=("$2"); shift 2 ;;
		--endow) endowed+=("$2"); shift 2 ;;
		--node) node=$2; shift 2 ;;
		--out) out=$2; shift 2 ;;
		*) echo "unknown argument: $1 (see the header of $0)" >&2; exit 2 ;;
	esac
done
[ -n "$sudo" ] || { echo "--sudo is required" >&2; exit 2; }
[ ${#authorities[@]} -gt 0 ] || { echo "at least one --authority is required" >&2; exit 2; }
[ -x "$node" ] || { echo "no dao-node at $node (make release, or --node)" >&2; exit 2; }

mkdir -p "$out"
plain="$out/dao-testnet.json"
raw="$out/dao-testnet.raw.json"
"$node" export-chain-spec --chain local >"$out/local.json" 2>/dev/null

SUDO="$sudo" AUTHORITIES="${authorities[*]}" ENDOWED="${endowed[*]:-}" \
	python3 - "$out/local.json" "$plain" <<'EOF'
import json, os, sys

source, target = sys.argv[1], sys.argv[2]
spec = json.load(open(source))
patch = spec["genesis"]["runtimeGenesis"]["patch"]
sudo = os.environ["SUDO"]

aura, grandpa = [], []
for pair in os.environ["AUTHORITIES"].split():
    if pair.count(":") != 1:
        sys.exit(f"--authority {pair}: expected <aura-ss58>:<grandpa-ss58>")
    a, g = pair.split(":")
    aura.append(a)
    grandpa.append([g, 1])
patch["aura"]["authorities"] = aura
patch["grandpa"]["authorities"] = grandpa
patch["sudo"]["key"] = sudo
# The payment asset is owned by the sudo key, as in the preset.
for asset in patch["assets"]["assets"]:
    asset[1] = sudo

endowed = os.environ["ENDOWED"].split()
if endowed:
    balances = patch["balances"]["balances"]
    endowment = max(amount for _, amount in balances)
    # The reward pot is the one account the preset endows with less than the dev accounts.
    pots = [entry for entry in balances if entry[1] != endowment]
    patch["balances"]["balances"] = [[who, endowment] for who in endowed] + pots
    accounts = patch["assets"]["accounts"]
    asset_id, payment = accounts[0][0], accounts[0][2]
    patch["assets"]["accounts"] = [[asset_id, who, payment] for who in endowed]

spec["name"] = "dao-chain testnet"
spec["id"] = "dao_testnet"
spec["chainType"] = "Live"
spec["bootNodes"] = []
json.dump(spec, open(target, "w"), indent=2)
EOF

"$node" export-chain-spec --chain "$plain" --raw --output "$raw" 2>/dev/null
echo "plain: $plain"
echo "raw:   $raw"
