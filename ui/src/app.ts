// The app's shared state (chain, signer, latest blocks) and the parts every page uses: the
// header with the account picker, and the transaction button that shows a fee estimate before
// signing and the transaction's states after.

import type { Account } from "./accounts";
import type { Chain } from "./chain";
import { h } from "./dom";
import type { ErrorDocs } from "./errors";
import { units } from "./format";
import { estimateFee, submit, type AnyTx, type TxState } from "./tx";

export interface App {
  chain: Chain;
  docs: ErrorDocs;
  accounts: Account[];
  account: Account | undefined;
  /** Latest best and finalized block numbers. */
  best: number;
  finalized: number;
  /** Called on every new best block (pages refresh their data views). */
  onBlock: Set<() => void>;
  /** The transactions of this session, newest first: they outlive the page views' re-renders. */
  txLog: HTMLElement;
}

export function amount(app: App, planck: bigint): string {
  return `${units(planck, app.chain.decimals)} ${app.chain.symbol}`;
}

function describe(app: App, state: TxState): string {
  switch (state.stage) {
    case "estimating":
      return "estimating the fee…";
    case "ready":
      return `fee ≈ ${amount(app, state.fee)}`;
    case "signed":
      return "signed";
    case "broadcast":
      return "broadcast, waiting for a block…";
    case "in-block":
      return `in block #${state.block}, waiting for finality…`;
    case "finalized":
      return `finalized in block #${state.block}`;
    case "failed":
      return `failed: ${state.name}${state.docs ? ` — ${state.docs}` : ""}`;
  }
}

/**
 * A button that signs `build()` with the selected account: the fee estimate shows beside it
 * before signing, then each state of the transaction. `build` returns undefined (with a reason
 * shown) when the form is not valid.
 */
export function txButton(app: App, label: string, build: () => AnyTx | string, testid: string, done?: (ok: boolean) => void): HTMLElement {
  const status = h("span", { class: "tx-status", "data-testid": `${testid}-status` });
  const show = (state: TxState) => {
    status.textContent = describe(app, state);
    status.dataset.stage = state.stage;
  };
  const button = h("button", { "data-testid": testid }, label);
  // The transaction and its signer, or undefined with the reason shown.
  const prepare = (): { tx: AnyTx; account: Account } | undefined => {
    const account = app.account;
    const tx = build();
    if (typeof tx === "string" || !account) {
      status.textContent = typeof tx === "string" ? tx : "pick an account";
      status.dataset.stage = "invalid";
      return undefined;
    }
    return { tx, account };
  };
  let estimateFor: AnyTx | undefined;
  const estimate = async () => {
    const prepared = prepare();
    if (!prepared) return;
    const { tx, account } = prepared;
    estimateFor = tx;
    show({ stage: "estimating" });
    try {
      const fee = await estimateFee(tx, account.address);
      if (estimateFor === tx) show({ stage: "ready", fee });
    } catch (error) {
      show({ stage: "failed", name: "Cannot estimate the fee", docs: String(error) });
    }
  };
  button.addEventListener("mouseenter", estimate);
  button.addEventListener("focus", estimate);
  button.addEventListener("click", async () => {
    const prepared = prepare();
    if (!prepared) return;
    const { tx, account } = prepared;
    button.disabled = true;
    const entry = h("li", { "data-tx": testid });
    app.txLog.prepend(entry);
    // How many transactions this session sent (the log keeps the last 8).
    app.txLog.dataset.count = String(Number(app.txLog.dataset.count ?? "0") + 1);
    while (app.txLog.children.length > 8) app.txLog.lastElementChild?.remove();
    const track = (state: TxState) => {
      show(state);
      entry.textContent = `${label} (${account.name}): ${describe(app, state)}`;
      entry.dataset.stage = state.stage;
    };
    try {
      track({ stage: "ready", fee: await estimateFee(tx, account.address) });
    } catch {
      // The estimate is information; the node's own checks come with the submission.
    }
    const ok = await submit(tx, account.signer, app.docs, track);
    button.disabled = false;
    done?.(ok);
  });
  return h("span", { class: "tx" }, button, status);
}

/** A section that re-renders `render()` now and on every new best block. */
export function live(app: App, render: () => Promise<Node>, testid?: string): HTMLElement {
  const section = h("div", { class: "live", "data-testid": testid });
  let running = false;
  let shown = "";
  // Replaces the content only when it changed, so that a button is not swapped under a click.
  const show = (node: Node) => {
    const html = node instanceof Element ? node.outerHTML : (node.textContent ?? "");
    if (html === shown) return;
    shown = html;
    section.replaceChildren(node);
  };
  const update = async () => {
    if (running) return;
    running = true;
    try {
      show(await render());
    } catch (error) {
      show(h("p", { class: "error" }, String(error)));
    } finally {
      running = false;
    }
  };
  app.onBlock.add(update);
  void update();
  return section;
}
