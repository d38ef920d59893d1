// Display helpers: token amounts (planck to units) and block counts to time.

/** `amount` planck as a decimal with `decimals` places, trailing zeros dropped: 1.5, 9, 0.000001. */
export function units(amount: bigint, decimals: number): string {
  const negative = amount < 0n;
  const abs = negative ? -amount : amount;
  const base = 10n ** BigInt(decimals);
  const whole = abs / base;
  const fraction = (abs % base).toString().padStart(decimals, "0").replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole.toLocaleString("en-US")}${fraction ? "." + fraction : ""}`;
}

/** Parses a decimal amount of units into planck; throws on anything else. */
export function parseUnits(text: string, decimals: number): bigint {
  const trimmed = text.trim().replaceAll(",", "");
  const match = /^(\d+)(?:\.(\d*))?$/.exec(trimmed);
  if (!match) throw new RangeError(`not an amount: ${JSON.stringify(text)}`);
  const fraction = match[2] ?? "";
  if (fraction.length > decimals) throw new RangeError(`at most ${decimals} decimals`);
  return BigInt(match[1]) * 10n ** BigInt(decimals) + BigInt(fraction.padEnd(decimals, "0") || "0");
}

/** A block count as a duration at `blockMs` per block: "45 s", "9 min 30 s", "2 h 5 min", "3 d 4 h". */
export function blocksToTime(blocks: number, blockMs: number): string {
  const seconds = Math.max(0, Math.round((blocks * blockMs) / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

/** "12 blocks (1 min 12 s) left", or "closable" once the deadline has passed. */
export function countdown(deadline: number, now: number, blockMs: number): string {
  const left = deadline - now;
  if (left <= 0) return "voting ended: closable";
  return `${left} block${left === 1 ? "" : "s"} (${blocksToTime(left, blockMs)}) left`;
}

/** A shortened address: 5Grw…utQY. */
export function short(address: string): string {
  return address.length > 12 ? `${address.slice(0, 4)}…${address.slice(-4)}` : address;
}

/** Bytes as 0x-prefixed hex. */
export function toHex(bytes: Uint8Array): string {
  return "0x" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
