"""Read a model's metagraph from dao-chain, as Bittensor users read subtensor's, and vote.

    python metagraph.py --url ws://127.0.0.1:9944 --model 0
    python metagraph.py --url ws://127.0.0.1:9944 --model 0 --vote 1 0 aye 2 --suri //Bob

The metagraph is two storage items of pallet-consensus: `Peers` (model, account) -> uid,
peer id, stake, joined epoch; and `Metagraphs` (model) -> the latest epoch's results by uid
(score, in consensus, penalties, reward). Voting is `Voting.vote(community, proposal, aye,
power)`: power v commits v^2 x VotePrice of the voter's budget, which `set_vote_budget`
freezes first when it does not cover the cost (README, "pallet-voting").
"""

import argparse
import json
import sys

from substrateinterface import Keypair, SubstrateInterface


def metagraph(substrate, model):
    """The model's peers in uid order, each with its latest result (or None)."""
    latest = substrate.query("Consensus", "Metagraphs", [model]).value
    results = latest["results"] if latest else []
    epoch = latest["epoch"] if latest else None
    peers = []
    for account, peer in substrate.query_map("Consensus", "Peers", [model]):
        peer = peer.value
        uid = peer["uid"]
        result = results[uid] if uid < len(results) else None
        peers.append(
            {
                "uid": uid,
                "account": account.value,
                "peer_id": bytes.fromhex(peer["peer_id"][2:]).decode("utf-8", "replace")
                if isinstance(peer["peer_id"], str) and peer["peer_id"].startswith("0x")
                else peer["peer_id"],
                "stake": peer["stake"],
                "score": result["score"] if result else None,
                "in_consensus": result["in_consensus"] if result else None,
                "penalties": result["penalties"] if result else None,
                "reward": result["reward"] if result else None,
            }
        )
    peers.sort(key=lambda p: p["uid"])
    return epoch, peers


def vote(substrate, keypair, community, proposal, aye, power):
    """Votes, raising the voter's budget first if it does not cover the cost; returns the cost."""
    price = substrate.get_constant("Voting", "VotePrice").value
    cost = power * power * price
    frozen, committed = budget(substrate, keypair.ss58_address)
    free = frozen - committed
    if free < cost:
        submit(substrate, keypair, "set_vote_budget", {"budget": frozen + cost - free})
    submit(
        substrate,
        keypair,
        "vote",
        {"community": community, "proposal": proposal, "aye": aye, "power": power},
    )
    return cost


def budget(substrate, who):
    """(frozen, committed): the voter's budget, the pallet's one freeze on the account, and what
    its live votes (deadline not reached) commit of it, from storage as VotingApi.frozen_budget
    computes them (substrate-interface has no type definitions for the runtime's own APIs)."""
    freezes = substrate.query("Balances", "Freezes", [who]).value or []
    frozen = sum(f["amount"] for f in freezes if f["id"] == {"Voting": "Voting"} or f["id"] == "Voting")
    now = substrate.query("System", "Number").value
    voter = substrate.query("Voting", "Voters", [who]).value
    votes = voter["votes"] if voter else []
    committed = sum(v["cost"] for v in votes if v["deadline"] > now)
    return frozen, committed


def submit(substrate, keypair, call, params):
    extrinsic = substrate.create_signed_extrinsic(
        call=substrate.compose_call("Voting", call, params), keypair=keypair
    )
    receipt = substrate.submit_extrinsic(extrinsic, wait_for_finalization=True)
    if not receipt.is_success:
        raise SystemExit(f"Voting.{call} failed: {receipt.error_message}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="ws://127.0.0.1:9944")
    parser.add_argument("--model", type=int, default=0)
    parser.add_argument("--vote", nargs=4, metavar=("COMMUNITY", "PROPOSAL", "AYE|NAY", "POWER"))
    parser.add_argument("--suri", default="//Alice", help="the voter's secret URI (dev: //Alice)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()

    substrate = SubstrateInterface(url=args.url)
    epoch, peers = metagraph(substrate, args.model)
    if args.json:
        print(json.dumps({"model": args.model, "epoch": epoch, "peers": peers}))
    else:
        print(f"model {args.model}, results of epoch {epoch}")
        print(f"{'uid':>3} {'peer id':<16} {'stake':>20} {'score':>6} {'in':>3} {'pen':>3} {'reward':>20}")
        for p in peers:
            print(
                f"{p['uid']:>3} {p['peer_id']:<16} {p['stake']:>20} {str(p['score']):>6} "
                f"{'yes' if p['in_consensus'] else 'no':>3} {str(p['penalties']):>3} {str(p['reward']):>20}"
            )
    if args.vote:
        community, proposal, side, power = args.vote
        if side not in ("aye", "nay"):
            raise SystemExit("the side is aye or nay")
        keypair = Keypair.create_from_uri(args.suri)
        cost = vote(substrate, keypair, int(community), int(proposal), side == "aye", int(power))
        print(f"voted {side} x {power} on proposal {proposal} of community {community}: cost {cost}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
