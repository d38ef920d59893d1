// A community's treasury: its pot, the member's position (shares, their value, credits), and
// contribute and withdraw with the runtime's own quote shown before signing; the jobs' budgets
// and the executor's payments.

import { amount, live, txButton, type App } from "../app";
import { field, h, table } from "../dom";
import { describeError, type DispatchErrorLike } from "../errors";
import { parseUnits, short, units } from "../format";

/** The payment asset's symbol and decimals (pallet-assets metadata of `PaymentAssetId`). */
export interface PaymentAsset {
  id: number;
  symbol: string;
  decimals: number;
}

export async function paymentAsset(app: App): Promise<PaymentAsset> {
  const { api } = app.chain;
  const id = await api.constants.Treasury.PaymentAssetId();
  const metadata = await api.query.Assets.Metadata.getValue(id);
  return { id, symbol: new TextDecoder().decode(metadata.symbol) || `asset ${id}`, decimals: metadata.decimals };
}

/** An amount of the payment asset: "99.99 dUSD". */
export const pay = (asset: PaymentAsset, planck: bigint) => `${units(planck, asset.decimals)} ${asset.symbol}`;

/** A quote's error (`Err(DispatchError)` of `quote_contribute` / `quote_withdraw`), as a failed transaction shows it. */
function quoteError(app: App, error: DispatchErrorLike): string {
  const { name, docs } = describeError(error, app.docs);
  return docs ? `${name} — ${docs}` : name;
}

export function treasuryPanel(app: App, community: number): HTMLElement {
  const { api } = app.chain;
  const box = h("div", { class: "treasury", "data-testid": "treasury" }, h("p", {}, "Loading the treasury…"));
  void paymentAsset(app).then((asset) => {
    const view = live(app, async () => {
      const me = app.account?.address;
      const [pot, position, reserved, mine] = await Promise.all([
        api.apis.TreasuryApi.pot(community, { at: "best" }),
        me ? api.apis.TreasuryApi.position(community, me, { at: "best" }) : Promise.resolve(undefined),
        api.apis.VotingApi.reserved(community, { at: "best" }),
        me ? api.query.Assets.Account.getValue(asset.id, me, { at: "best" }) : Promise.resolve(undefined),
      ]);
      return h(
        "div",
        {},
        pot
          ? h("p", { "data-testid": "pot" }, `Pot `, h("code", { title: pot.account }, short(pot.account)), `: value `, h("b", { "data-testid": "pot-value" }, pay(asset, pot.value)), ` (free to withdraw), reserved for jobs ${pay(asset, reserved)}, ${pot.total_shares} shares in all${pot.paused ? " · paused" : ""}.`)
          : h("p", { class: "empty", "data-testid": "pot" }, "No pot yet: the first contribution opens it."),
        position
          ? h("p", { "data-testid": "position" }, `Your position: `, h("b", { "data-testid": "my-shares" }, `${position.shares} shares`), ` worth ${pay(asset, position.value)}; credits ${pay(asset, position.credits)}; contributed ${pay(asset, position.contributed)}; DAO minted for you ${amount(app, position.native_minted)}.`)
          : h("p", { "data-testid": "position" }, "You hold no shares here."),
        mine !== undefined || me ? h("p", { class: "hint" }, `Your ${asset.symbol}: ${pay(asset, mine?.balance ?? 0n)}.`) : null,
      );
    }, "treasury-view");

    // Contribute: the quote of what it gives, then the transaction.
    const give = h("input", { placeholder: `amount of ${asset.symbol}`, "data-testid": "contribute-amount" });
    const giveQuote = h("p", { class: "quote", "data-testid": "contribute-quote" });
    give.addEventListener("input", async () => {
      const me = app.account?.address;
      let planck: bigint;
      try {
        planck = parseUnits(give.value, asset.decimals);
      } catch (error) {
        giveQuote.textContent = (error as Error).message;
        return;
      }
      if (!me) return;
      const quote = await api.apis.TreasuryApi.quote_contribute(community, me, planck, { at: "best" });
      giveQuote.textContent = quote.success
        ? `You would get ${quote.value.shares} shares, ${amount(app, quote.value.native)} minted (voting power in any community) and ${pay(asset, quote.value.credits)} of credits${quote.value.endowment ? `; ${pay(asset, quote.value.endowment)} stays in the pot as its minimum balance` : ""}; deposit held ${amount(app, quote.value.deposit)}.`
        : `It would fail: ${quoteError(app, quote.value as DispatchErrorLike)}.`;
    });
    const contribute = txButton(app, "Contribute", () => {
      try {
        return api.tx.Treasury.contribute({ community, amount: parseUnits(give.value, asset.decimals) });
      } catch (error) {
        return (error as Error).message;
      }
    }, "contribute");

    // Withdraw: shares back to the payment asset.
    const back = h("input", { placeholder: "shares", "data-testid": "withdraw-shares" });
    const backQuote = h("p", { class: "quote", "data-testid": "withdraw-quote" });
    back.addEventListener("input", async () => {
      const me = app.account?.address;
      if (!me || !/^\d+$/.test(back.value.trim())) {
        backQuote.textContent = "shares are a whole number";
        return;
      }
      const quote = await api.apis.TreasuryApi.quote_withdraw(community, me, BigInt(back.value.trim()), { at: "best" });
      backQuote.textContent = quote.success
        ? `You would get ${pay(asset, quote.value.amount)}; ${amount(app, quote.value.native_burned)} and ${pay(asset, quote.value.credits_burned)} of credits burned; ${amount(app, quote.value.deposit_released)} of deposit back.`
        : `It would fail: ${quoteError(app, quote.value as DispatchErrorLike)}.`;
    });
    const withdraw = txButton(app, "Withdraw", () => (/^\d+$/.test(back.value.trim()) ? api.tx.Treasury.withdraw({ community, shares: BigInt(back.value.trim()) }) : "shares are a whole number"), "withdraw");

    // Jobs: budgets queued and payments to claim.
    const payments = live(app, async () => {
      const entries = await api.query.Voting.Payments.getEntries(community, { at: "best" });
      if (entries.length === 0) return h("p", { class: "empty" }, "No payment to an executor pending.");
      return table(
        [
          { title: "job", cell: (e) => `#${e.keyArgs[1]}`, sort: (e) => e.keyArgs[1] },
          { title: "executor", cell: (e) => h("code", { title: e.value.executor }, short(e.value.executor)) },
          { title: "amount", cell: (e) => pay(asset, e.value.amount), sort: (e) => Number(e.value.amount) },
          { title: "claimable at", cell: (e) => `#${e.value.claimable_at}`, sort: (e) => e.value.claimable_at },
          { title: "dispute", cell: (e) => (e.value.dispute ? `disputed by ${short(e.value.dispute.disputer)}` : "none") },
        ],
        entries,
        "payments",
      );
    }, "payments");

    box.replaceChildren(
      view,
      h("div", { class: "form" }, field(`contribute (${asset.symbol})`, give), contribute),
      giveQuote,
      h("div", { class: "form" }, field("withdraw (shares)", back), withdraw),
      backQuote,
      h("h3", {}, "Payments to the executor"),
      payments,
    );
  });
  return box;
}
