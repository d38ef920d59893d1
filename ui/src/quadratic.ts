// Quadratic voting arithmetic, as pallet-voting applies it (README, "pallet-voting"):
// a vote of power `v` commits `v² × VotePrice` of the voter's budget, and the costs of all of
// the voter's live votes, in every community, stack. The budget is what `set_vote_budget`
// froze; only that call changes the freeze. Everything here is bigint planck.

/** A voter's budget, as `VotingApi::frozen_budget` returns it. */
export interface Budget {
  /** Frozen for votes by `set_vote_budget`. */
  frozen: bigint;
  /** What the voter's live votes commit of it. */
  committed: bigint;
  /** What the account can still transfer (and so add to the budget), keeping it alive. */
  transferable: bigint;
}

/** The budget a vote of `power` commits. */
export function cost(power: number, price: bigint): bigint {
  if (!Number.isInteger(power) || power < 0) throw new RangeError(`power must be a whole number, got ${power}`);
  const v = BigInt(power);
  return v * v * price;
}

/** The largest power whose cost fits in `available`. */
export function maxPower(available: bigint, price: bigint): number {
  if (price <= 0n || available < price) return 0;
  // Integer square root of available / price (Newton's method on bigints).
  const n = available / price;
  let x = n;
  let y = (x + 1n) / 2n;
  while (y < x) {
    x = y;
    y = (x + n / x) / 2n;
  }
  return Number(x);
}

/** What changing one vote from power `from` to power `to` does to the budget (0 = no vote). */
export interface VotePreview {
  /** The new vote's cost. */
  cost: bigint;
  /** Committed budget after the change, minus before: > 0 commits more, < 0 frees. */
  delta: bigint;
  /** Committed budget after the change. */
  committed: bigint;
  /** Budget left for other votes after the change (negative: the budget is too small). */
  free: bigint;
  /** Budget to add with `set_vote_budget` before the vote fits (0 if it fits). */
  raiseBy: bigint;
  /** Whether the raise fits in what the account can transfer. */
  affordable: boolean;
}

/** Previews changing a vote from power `from` to `to` against `budget`, before signing. */
export function preview(budget: Budget, price: bigint, from: number, to: number): VotePreview {
  const before = cost(from, price);
  const after = cost(to, price);
  const delta = after - before;
  const committed = budget.committed + delta;
  const free = budget.frozen - committed;
  const raiseBy = free < 0n ? -free : 0n;
  return { cost: after, delta, committed, free, raiseBy, affordable: raiseBy <= budget.transferable };
}
