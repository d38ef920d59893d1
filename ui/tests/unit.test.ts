import { describe, expect, it } from "vitest";
import { cost, maxPower, preview, type Budget } from "../src/quadratic";
import { decodeCommand, encodeCommand } from "../src/command";
import { blocksToTime, countdown, parseUnits, units } from "../src/format";

const DAO = 1_000_000_000_000n;
const text = (s: string) => new TextEncoder().encode(s);

describe("quadratic cost", () => {
  it("is power squared times the price", () => {
    expect(cost(0, DAO)).toBe(0n);
    expect(cost(1, DAO)).toBe(DAO);
    expect(cost(3, DAO)).toBe(9n * DAO);
    expect(cost(6, DAO)).toBe(36n * DAO);
  });
  it("rejects negative and fractional powers", () => {
    expect(() => cost(-1, DAO)).toThrow(RangeError);
    expect(() => cost(1.5, DAO)).toThrow(RangeError);
  });
  it("finds the largest power that fits", () => {
    expect(maxPower(0n, DAO)).toBe(0);
    expect(maxPower(DAO - 1n, DAO)).toBe(0);
    expect(maxPower(DAO, DAO)).toBe(1);
    expect(maxPower(8n * DAO, DAO)).toBe(2);
    expect(maxPower(9n * DAO, DAO)).toBe(3);
    expect(maxPower(10_000n * DAO + 1n, DAO)).toBe(100);
    expect(maxPower(5n * DAO, 0n)).toBe(0);
  });
});

describe("vote preview (the README's example: a budget of 50 DAO)", () => {
  const budget: Budget = { frozen: 50n * DAO, committed: 9n * DAO, transferable: 100n * DAO };
  it("commits the new cost and shows what is left", () => {
    const p = preview(budget, DAO, 0, 6);
    expect(p.cost).toBe(36n * DAO);
    expect(p.delta).toBe(36n * DAO);
    expect(p.committed).toBe(45n * DAO);
    expect(p.free).toBe(5n * DAO);
    expect(p.raiseBy).toBe(0n);
    expect(p.affordable).toBe(true);
  });
  it("frees budget when lowering or retracting", () => {
    const lower = preview(budget, DAO, 3, 2);
    expect(lower.delta).toBe(-5n * DAO);
    expect(lower.committed).toBe(4n * DAO);
    const retract = preview(budget, DAO, 3, 0);
    expect(retract.delta).toBe(-9n * DAO);
    expect(retract.free).toBe(50n * DAO);
  });
  it("says how much budget to add when the vote does not fit", () => {
    const p = preview(budget, DAO, 0, 7);
    expect(p.free).toBe(-8n * DAO);
    expect(p.raiseBy).toBe(8n * DAO);
    expect(p.affordable).toBe(true);
    const poor = preview({ ...budget, transferable: 7n * DAO }, DAO, 0, 7);
    expect(poor.affordable).toBe(false);
  });
});

describe("command decoding", () => {
  it("decodes a full command", () => {
    expect(decodeCommand(text('{"v":1,"kind":"train","args":{"epochs":3}}'))).toEqual({
      valid: true,
      kind: "train",
      args: { epochs: 3 },
    });
  });
  it("defaults args to an empty object", () => {
    expect(decodeCommand(text('{"kind":"report-status_2","v":1}'))).toEqual({
      valid: true,
      kind: "report-status_2",
      args: {},
    });
  });
  it("says why other metadata is not a command", () => {
    const reason = (s: string | Uint8Array) => {
      const c = decodeCommand(typeof s === "string" ? text(s) : s);
      return c.valid ? "valid" : c.reason;
    };
    expect(reason("train")).toBe("not JSON");
    expect(reason("[1]")).toBe("not a JSON object");
    expect(reason('{"kind":"train"}')).toBe("unsupported version undefined");
    expect(reason('{"v":2,"kind":"train"}')).toBe("unsupported version 2");
    expect(reason('{"v":1,"kind":"Train"}')).toMatch(/^kind must be/);
    expect(reason('{"v":1,"kind":""}')).toMatch(/^kind must be/);
    expect(reason(`{"v":1,"kind":"${"a".repeat(65)}"}`)).toMatch(/^kind must be/);
    expect(reason('{"v":1,"kind":"train","extra":true}')).toBe("unknown field extra");
    expect(reason('{"v":1,"kind":"train","args":[1]}')).toBe("args must be a JSON object");
    expect(reason(new Uint8Array([0xff, 0xfe]))).toBe("not UTF-8");
  });
  it("round-trips what the app encodes", () => {
    const bytes = encodeCommand("append", { line: "hello" });
    expect(new TextDecoder().decode(bytes)).toBe('{"v":1,"kind":"append","args":{"line":"hello"}}');
    expect(decodeCommand(bytes)).toEqual({ valid: true, kind: "append", args: { line: "hello" } });
    expect(() => encodeCommand("Bad Kind", {})).toThrow(RangeError);
  });
});

describe("formatting", () => {
  it("shows planck as units", () => {
    expect(units(0n, 12)).toBe("0");
    expect(units(9n * DAO, 12)).toBe("9");
    expect(units(1_500_000_000_000n, 12)).toBe("1.5");
    expect(units(1_234_000n * DAO, 12)).toBe("1,234,000");
    expect(units(1n, 12)).toBe("0.000000000001");
    expect(units(-5n * DAO, 12)).toBe("-5");
  });
  it("parses units into planck", () => {
    expect(parseUnits("1.5", 12)).toBe(1_500_000_000_000n);
    expect(parseUnits("10", 12)).toBe(10n * DAO);
    expect(parseUnits("1,000", 12)).toBe(1000n * DAO);
    expect(() => parseUnits("abc", 12)).toThrow(RangeError);
    expect(() => parseUnits("-1", 12)).toThrow(RangeError);
    expect(() => parseUnits("0.0000000000001", 12)).toThrow(RangeError);
  });
  it("turns blocks into time at 6 s blocks", () => {
    expect(blocksToTime(5, 6000)).toBe("30 s");
    expect(blocksToTime(100, 6000)).toBe("10 min");
    expect(blocksToTime(95, 6000)).toBe("9 min 30 s");
    expect(blocksToTime(14_400, 6000)).toBe("1 d");
    expect(countdown(110, 98, 6000)).toBe("12 blocks (1 min 12 s) left");
    expect(countdown(100, 99, 6000)).toBe("1 block (6 s) left");
    expect(countdown(100, 100, 6000)).toBe("voting ended: closable");
  });
});
