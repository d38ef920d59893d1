// Dispatch errors as the pallet's own error name and doc text, from the runtime's metadata.

import { decAnyMetadata, unifyMetadata } from "@polkadot-api/substrate-bindings";

/** "Voting.InsufficientBudget" → its doc comment, for every pallet error of the runtime. */
export type ErrorDocs = Map<string, string>;

/** Reads every pallet error's name and docs from SCALE-encoded metadata (v14 to v16). */
export function errorDocs(metadata: Uint8Array): ErrorDocs {
  const unified = unifyMetadata(decAnyMetadata(metadata));
  const docs: ErrorDocs = new Map();
  for (const pallet of unified.pallets) {
    const id = pallet.errors?.type;
    if (id === undefined) continue;
    const entry = unified.lookup.find((t) => t.id === id);
    if (!entry || entry.def.tag !== "variant") continue;
    for (const variant of entry.def.value) {
      docs.set(`${pallet.name}.${variant.name}`, variant.docs.join(" ").trim());
    }
  }
  return docs;
}

/** A failed dispatch as PAPI reports it: `{type: "Module", value: {type: pallet, value: {type: error}}}`, ... */
export interface DispatchErrorLike {
  type: string;
  value?: unknown;
}

/** "Voting.InsufficientBudget: <docs>" for a module error, else the error's kind ("BadOrigin", "Token.FundsUnavailable"). */
export function describeError(error: DispatchErrorLike, docs: ErrorDocs): { name: string; docs: string } {
  if (error.type === "Module") {
    const module = error.value as { type: string; value?: { type: string } } | undefined;
    const name = module?.value ? `${module.type}.${module.value.type}` : String(module?.type ?? "Module");
    return { name, docs: docs.get(name) ?? "" };
  }
  const inner = error.value as { type?: string } | undefined;
  const name = inner && typeof inner === "object" && typeof inner.type === "string" ? `${error.type}.${inner.type}` : error.type;
  return { name, docs: "" };
}
