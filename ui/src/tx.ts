// Every transaction the app sends: its fee estimate before signing, then its states (signed,
// broadcast, in a best block, finalized) and, if it fails, the pallet's error name and docs.

import type { PolkadotSigner, Transaction } from "polkadot-api";
import { describeError, type DispatchErrorLike, type ErrorDocs } from "./errors";

/** What a transaction went through, for the page to show. */
export type TxState =
  | { stage: "estimating" }
  | { stage: "ready"; fee: bigint }
  | { stage: "signed" }
  | { stage: "broadcast" }
  | { stage: "in-block"; block: number }
  | { stage: "finalized"; block: number }
  | { stage: "failed"; name: string; docs: string; block?: number };

/** Any typed transaction of the runtime. */
export type AnyTx = Transaction;

/** The fee `address` would pay for `tx` now (`TransactionPaymentApi`). */
export function estimateFee(tx: AnyTx, address: string): Promise<bigint> {
  return tx.getEstimatedFees(address);
}

/**
 * Signs and submits `tx`, reporting each state to `on`; resolves once it is finalized (with
 * whether it succeeded) or rejected.
 */
export function submit(tx: AnyTx, signer: PolkadotSigner, docs: ErrorDocs, on: (s: TxState) => void): Promise<boolean> {
  return new Promise((resolve) => {
    const subscription = tx.signSubmitAndWatch(signer).subscribe({
      next(event) {
        switch (event.type) {
          case "signed":
            on({ stage: "signed" });
            break;
          case "broadcasted":
            on({ stage: "broadcast" });
            break;
          case "txBestBlocksState":
            if (event.found) {
              if (event.ok) on({ stage: "in-block", block: event.block.number });
              else on({ stage: "failed", ...describeError(event.dispatchError as DispatchErrorLike, docs), block: event.block.number });
            }
            break;
          case "finalized":
            if (event.ok) on({ stage: "finalized", block: event.block.number });
            else on({ stage: "failed", ...describeError(event.dispatchError as DispatchErrorLike, docs), block: event.block.number });
            subscription.unsubscribe();
            resolve(event.ok);
            break;
        }
      },
      error(error: unknown) {
        const message = error instanceof Error ? error.message : String(error);
        on({ stage: "failed", name: "Invalid transaction", docs: message });
        resolve(false);
      },
    });
  });
}
