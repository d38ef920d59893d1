// The versioned command format of a proposal's metadata (README, "Command format"):
// UTF-8 JSON `{"v":1,"kind":"train","args":{...}}`, the same rules the agent applies.

import { toHex } from "./format";

export type Command =
  | { valid: true; kind: string; args: Record<string, unknown> }
  | { valid: false; reason: string; text: string };

const KIND = /^[a-z0-9_-]{1,64}$/;

/** Decodes a proposal's metadata bytes into its command, or says why it is not one. */
export function decodeCommand(bytes: Uint8Array): Command {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { valid: false, reason: "not UTF-8", text: toHex(bytes) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { valid: false, reason: "not JSON", text };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { valid: false, reason: "not a JSON object", text };
  }
  const fields = value as Record<string, unknown>;
  const extra = Object.keys(fields).filter((k) => !["v", "kind", "args"].includes(k));
  if (extra.length > 0) return { valid: false, reason: `unknown field ${extra[0]}`, text };
  if (fields.v !== 1) return { valid: false, reason: `unsupported version ${JSON.stringify(fields.v)}`, text };
  if (typeof fields.kind !== "string" || !KIND.test(fields.kind)) {
    return { valid: false, reason: "kind must be 1 to 64 of a-z, 0-9, - and _", text };
  }
  const args = fields.args ?? {};
  if (typeof args !== "object" || args === null || Array.isArray(args)) {
    return { valid: false, reason: "args must be a JSON object", text };
  }
  return { valid: true, kind: fields.kind, args: args as Record<string, unknown> };
}

/** Encodes a command as the metadata bytes `push_proposal` takes. */
export function encodeCommand(kind: string, args: Record<string, unknown>): Uint8Array {
  if (!KIND.test(kind)) throw new RangeError("kind must be 1 to 64 of a-z, 0-9, - and _");
  return new TextEncoder().encode(JSON.stringify({ v: 1, kind, args }));
}
