// One community: its members' actions (join, vouch, deregister), its proposals with decoded
// commands, countdowns, tallies and the quadratic vote control, the voter's budget, and the
// execution queue with receipts.

import { amount, live, txButton, type App } from "../app";
import { decodeCommand, encodeCommand } from "../command";
import { field, h, table } from "../dom";
import { countdown, parseUnits, short } from "../format";
import { cost, maxPower, preview, type Budget } from "../quadratic";
import { pay, paymentAsset, treasuryPanel, type PaymentAsset } from "./treasury";

/** The voter's live vote on a proposal, from its `Voters` record. */
interface MyVote {
  aye: boolean;
  power: number;
  cost: bigint;
}

export function commandView(bytes: Uint8Array): HTMLElement {
  const command = decodeCommand(bytes);
  if (!command.valid) return h("span", { class: "invalid-command", title: command.reason }, `invalid command (${command.reason}): ${command.text}`);
  const args = Object.entries(command.args);
  return h(
    "span",
    { class: "command" },
    h("b", { class: "kind" }, command.kind),
    args.length ? h("span", { class: "args" }, ...args.map(([k, v]) => h("span", { class: "arg" }, `${k}: ${JSON.stringify(v)}`))) : " (no arguments)",
  );
}

export function communityPage(app: App, community: number): HTMLElement {
  const { api } = app.chain;
  const me = () => app.account?.address;

  const summary = live(app, async () => {
    const c = await api.apis.VotingApi.community(community, { at: "best" });
    if (!c) return h("p", { class: "error" }, `Community #${community} does not exist.`);
    const address = me();
    const [member, canLeave] = address
      ? await Promise.all([
          api.query.Voting.Members.getValue(community, address, { at: "best" }),
          api.apis.VotingApi.can_deregister(community, address, { at: "best" }),
        ])
      : [undefined, false];
    const actions: (Node | string)[] = [];
    if (!member && c.status.type === "Bootstrapping") actions.push(txButton(app, "Join", () => api.tx.Voting.join_community({ community }), "join"));
    if (!member && c.status.type === "Active" && address) {
      const progress = await api.apis.VotingApi.whitelist_progress(community, address, { at: "best" });
      const votes = progress?.votes ?? 0;
      if (votes >= c.whitelist_threshold) actions.push(`${votes} of ${c.whitelist_threshold} vouches: you may join. `, txButton(app, "Join", () => api.tx.Voting.join_community({ community }), "join"));
      else actions.push(`${votes} of ${c.whitelist_threshold} vouches from members: ask members to vouch for you (below), then join.`);
    }
    if (member) actions.push(canLeave ? txButton(app, "Leave (deregister)", () => api.tx.Voting.deregister({ community }), "deregister") : "member (you can leave once your votes here are final or retracted)");
    return h(
      "div",
      { class: "summary" },
      h("p", {}, h("span", { class: `phase ${c.status.type}`, "data-testid": "phase" }, c.status.type), ` · ${c.member_count} member${c.member_count === 1 ? "" : "s"}`, c.status.type === "Bootstrapping" ? ` of ${c.bootstrap_limit} to activate` : "", ` · W = ${c.whitelist_threshold} · quorum ${c.min_turnout}% · executor `, c.executor ? h("code", { title: c.executor }, short(c.executor)) : "none", ` · creator `, h("code", { title: c.creator }, short(c.creator))),
      h("p", { class: "actions", "data-testid": "membership" }, ...actions),
    );
  }, "community-summary");

  // Vouch: a candidate's progress toward W, then whitelist_account.
  const candidate = h("input", { placeholder: "candidate's address", "data-testid": "vouch-candidate" });
  const progress = h("span", { class: "hint", "data-testid": "vouch-progress" });
  candidate.addEventListener("change", async () => {
    const p = candidate.value.trim() ? await api.apis.VotingApi.whitelist_progress(community, candidate.value.trim()).catch(() => undefined) : undefined;
    progress.textContent = p ? `${p.votes} of ${p.threshold} vouches` : "";
  });
  const vouch = txButton(app, "Vouch", () => (candidate.value.trim() ? api.tx.Voting.whitelist_account({ community, candidate: candidate.value.trim() }) : "enter the candidate's address"), "vouch");

  // The vote panel: one proposal at a time, outside the live views so that typing survives new blocks.
  const votePanel = h("div", { class: "vote-panel", "data-testid": "vote-panel", hidden: true });
  const openVote = (proposal: number, mine: MyVote | undefined) => {
    votePanel.hidden = false;
    votePanel.replaceChildren(voteControl(app, community, proposal, mine));
    votePanel.scrollIntoView({ block: "nearest" });
  };

  const proposals = live(app, async () => {
    const [entries, tallies, voter] = await Promise.all([
      api.query.Voting.Proposals.getEntries(community, { at: "best" }),
      api.query.Voting.Tallies.getEntries(community, { at: "best" }),
      me() ? api.query.Voting.Voters.getValue(me()!, { at: "best" }) : Promise.resolve(undefined),
    ]);
    const tally = new Map(tallies.map((t) => [t.keyArgs[1], t.value]));
    const rows = entries.map((e) => {
      const t = tally.get(e.keyArgs[1]);
      const vote = voter?.votes.find((v) => v.community === community && v.proposal === e.keyArgs[1] && v.serial === t?.serial);
      return { id: e.keyArgs[1], p: e.value, t, mine: vote ? { aye: vote.aye, power: vote.power, cost: vote.cost } : undefined };
    });
    if (rows.length === 0) return h("p", { class: "empty" }, "No open proposal.");
    return table(
      [
        { title: "id", cell: (r) => `#${r.id}`, sort: (r) => r.id },
        { title: "command", cell: (r) => h("span", { "data-testid": `command-${r.id}` }, commandView(r.p.metadata), r.p.action.type === "PaidCommand" ? h("span", { class: "budget" }, ` budget ${asset ? pay(asset, r.p.action.value.budget) : r.p.action.value.budget}`) : r.p.action.type !== "Command" ? ` (${r.p.action.type})` : "") },
        { title: "proposer", cell: (r) => h("code", { title: r.p.proposer }, short(r.p.proposer)) },
        { title: "deadline", cell: (r) => (r.t ? h("span", { "data-testid": `deadline-${r.id}` }, `#${r.t.deadline}: ${countdown(r.t.deadline, app.best, app.chain.blockMs)}`) : "") },
        { title: "aye / nay (power)", cell: (r) => h("span", { "data-testid": `tally-${r.id}` }, `${r.t?.aye ?? 0n} / ${r.t?.nay ?? 0n}`), sort: (r) => Number((r.t?.aye ?? 0n) - (r.t?.nay ?? 0n)) },
        { title: "voters", cell: (r) => r.t?.voters ?? 0 },
        { title: "your vote", cell: (r) => (r.mine ? h("span", { "data-testid": `my-vote-${r.id}` }, `${r.mine.aye ? "aye" : "nay"} × ${r.mine.power} (${amount(app, r.mine.cost)})`) : "—") },
        {
          title: "",
          cell: (r) => {
            const open = r.t !== undefined && app.best < r.t.deadline;
            if (open) return h("span", { class: "row-actions" }, h("button", { "data-testid": `vote-${r.id}`, onclick: () => openVote(r.id, r.mine) }, r.mine ? "Change vote" : "Vote"), r.mine ? txButton(app, "Retract", () => api.tx.Voting.retract_vote({ community, proposal: r.id }), `retract-${r.id}`) : null);
            return txButton(app, "Close", () => api.tx.Voting.close_proposal({ community, proposal: r.id }), `close-${r.id}`);
          },
        },
      ],
      rows,
      "proposals",
    );
  }, "proposals-list");

  // Push: a command of the versioned format, an optional budget for a paid job (in the payment asset).
  let asset: PaymentAsset | undefined;
  void paymentAsset(app).then((a) => {
    asset = a;
    budget.placeholder = `none, or an amount of ${a.symbol}`;
  });
  const kind = h("input", { placeholder: "kind, e.g. train", "data-testid": "push-kind" });
  const args = h("textarea", { placeholder: '{"epochs": 3}', rows: 2, "data-testid": "push-args" });
  const budget = h("input", { placeholder: "none", "data-testid": "push-budget" });
  const push = txButton(app, "Push proposal", () => {
    let parsed: unknown = {};
    try {
      parsed = args.value.trim() ? JSON.parse(args.value) : {};
    } catch {
      return "the arguments are not JSON";
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return "the arguments are a JSON object";
    let metadata: Uint8Array;
    try {
      metadata = encodeCommand(kind.value.trim(), parsed as Record<string, unknown>);
    } catch (error) {
      return (error as Error).message;
    }
    let paid: bigint | undefined;
    if (budget.value.trim()) {
      try {
        if (!asset) return "loading the payment asset…";
        paid = parseUnits(budget.value, asset.decimals);
      } catch (error) {
        return (error as Error).message;
      }
    }
    return api.tx.Voting.push_proposal({ community, metadata, budget: paid });
  }, "push");

  const execution = live(app, async () => {
    const [pending, receipts] = await Promise.all([
      api.apis.VotingApi.pending_executions(community, { at: "best" }),
      api.query.Voting.Receipts.getEntries(community, { at: "best" }),
    ]);
    return h(
      "div",
      {},
      h("h3", {}, "Waiting for the executor"),
      pending.length === 0
        ? h("p", { class: "empty" }, "Nothing queued.")
        : table([{ title: "proposal", cell: (j) => `#${j.proposal}` }, { title: "command", cell: (j) => commandView(j.command) }, { title: "kind", cell: (j) => j.kind.type }, { title: "budget", cell: (j) => (asset ? pay(asset, j.budget) : String(j.budget)) }], pending, "pending"),
      h("h3", {}, "Receipts"),
      receipts.length === 0
        ? h("p", { class: "empty" }, "No receipt yet.")
        : table(
            [
              { title: "proposal", cell: (r) => `#${r.keyArgs[1]}`, sort: (r) => r.keyArgs[1] },
              { title: "outcome", cell: (r) => (r.value.outcome.type === "Failed" ? `failed (exit ${(r.value.outcome.value as { exit_code: number }).exit_code})` : r.value.outcome.type.toLowerCase()) },
              { title: "output hash", cell: (r) => h("code", { title: r.value.output_hash }, short(r.value.output_hash)) },
              { title: "executor", cell: (r) => h("code", { title: r.value.executor }, short(r.value.executor)) },
              { title: "block", cell: (r) => `#${r.value.reported_at}`, sort: (r) => r.value.reported_at },
              { title: "payment", cell: (r) => r.value.settlement.type },
            ],
            receipts,
            "receipts",
          ),
    );
  }, "execution");

  return h(
    "main",
    {},
    h("p", {}, h("a", { href: "#/" }, "← communities")),
    h("h1", {}, `Community #${community}`),
    summary,
    h("div", { class: "form" }, field("vouch for a candidate", candidate), progress, vouch),
    h("h2", {}, "Proposals"),
    proposals,
    votePanel,
    budgetPanel(app),
    h("h3", {}, "Push a proposal"),
    h("div", { class: "form" }, field("kind", kind), field("arguments (JSON object)", args), field("job budget", budget), push),
    h("h2", {}, "Execution"),
    execution,
    h("h2", {}, "Treasury"),
    treasuryPanel(app, community),
  );
}

/** The voter's budget across all communities, and `set_vote_budget` (raise, or lower to free tokens). */
function budgetPanel(app: App): HTMLElement {
  const { api } = app.chain;
  const input = h("input", { placeholder: "new budget", "data-testid": "budget-input" });
  const view = live(app, async () => {
    const address = app.account?.address;
    if (!address) return h("p", {}, "Pick an account to see its voting budget.");
    const b = await api.apis.VotingApi.frozen_budget(address, { at: "best" });
    return h(
      "p",
      { "data-testid": "budget" },
      `Your voting budget (frozen, shared by all communities): ${amount(app, b.frozen)}; committed by live votes: `,
      h("span", { "data-testid": "budget-committed" }, amount(app, b.committed)),
      `; free for votes: ${amount(app, b.frozen - b.committed)}; transferable: ${amount(app, b.transferable)}.`,
    );
  });
  const set = txButton(app, "Set budget", () => {
    try {
      return api.tx.Voting.set_vote_budget({ budget: parseUnits(input.value, app.chain.decimals) });
    } catch (error) {
      return (error as Error).message;
    }
  }, "set-budget");
  return h("div", { class: "budget-panel" }, h("h3", {}, "Voting budget"), view, h("div", { class: "form" }, field(`budget (${app.chain.symbol}); lower it to unfreeze what votes no longer commit`, input), set));
}

/** The quadratic vote control for one proposal: power → cost, and what the change frees or freezes. */
function voteControl(app: App, community: number, proposal: number, mine: MyVote | undefined): HTMLElement {
  const { api } = app.chain;
  const price = app.chain.votePrice;
  const aye = h("select", { "data-testid": "vote-side" }, h("option", { value: "aye" }, "aye"), h("option", { value: "nay" }, "nay"));
  if (mine && !mine.aye) aye.value = "nay";
  const power = h("input", { type: "number", min: 1, value: mine?.power ?? 1, "data-testid": "vote-power" });
  const shown = h("div", { class: "preview", "data-testid": "vote-preview" });
  // When the budget is short, the raise it needs, signed from here before the vote.
  let raiseTo: bigint | undefined;
  let budget: Budget | undefined;
  // Reads the budget and this proposal's live vote again (after a transaction of this panel).
  const reload = async () => {
    const address = app.account?.address;
    if (!address) return;
    const [b, voter] = await Promise.all([api.apis.VotingApi.frozen_budget(address, { at: "best" }), api.query.Voting.Voters.getValue(address, { at: "best" })]);
    budget = b;
    const vote = voter?.votes.find((v) => v.community === community && v.proposal === proposal && v.deadline > app.best);
    mine = vote ? { aye: vote.aye, power: vote.power, cost: vote.cost } : undefined;
    const label = send.querySelector("button");
    if (label) label.textContent = mine ? "Change vote" : "Vote";
    render();
  };
  const raise = txButton(app, "Raise the budget", () => (raiseTo === undefined ? "the budget covers this vote" : api.tx.Voting.set_vote_budget({ budget: raiseTo })), "vote-raise-budget", (ok) => {
    if (ok) void reload();
  });
  const render = () => {
    const v = Number(power.value);
    if (!Number.isInteger(v) || v < 1) {
      shown.textContent = "power is a whole number, at least 1";
      return;
    }
    const c = cost(v, price);
    const lines: (Node | string)[] = [h("p", {}, `power ${v} costs ${v}² × ${amount(app, price)} = `, h("b", { "data-testid": "vote-cost" }, amount(app, c)), " of your budget, committed until the deadline.")];
    if (budget) {
      const p = preview(budget, price, mine?.power ?? 0, v);
      raiseTo = p.raiseBy > 0n ? budget.frozen + p.raiseBy : undefined;
      lines.push(
        h("p", {}, mine ? `From power ${mine.power} to ${v}: ` : "", p.delta >= 0n ? `commits ${amount(app, p.delta)} more` : `frees ${amount(app, -p.delta)}`, `; committed afterwards ${amount(app, p.committed)} of ${amount(app, budget.frozen)}.`),
        p.raiseBy > 0n
          ? h("p", { class: "warn", "data-testid": "vote-raise" }, `Your budget is ${amount(app, p.raiseBy)} short: raise it to ${amount(app, budget.frozen + p.raiseBy)} first${p.affordable ? "" : " (more than you can transfer)"}. `, raise)
          : h("p", {}, `Left for other votes: ${amount(app, p.free)} (at most power ${maxPower(p.free + c, price)} here).`),
      );
    }
    shown.replaceChildren(...lines);
  };
  power.addEventListener("input", render);
  const send = txButton(app, mine ? "Change vote" : "Vote", () => {
    const v = Number(power.value);
    if (!Number.isInteger(v) || v < 1) return "power is a whole number, at least 1";
    const args = { community, proposal, aye: aye.value === "aye", power: v };
    return mine ? api.tx.Voting.modify_vote(args) : api.tx.Voting.vote(args);
  }, "vote-submit", (ok) => {
    if (ok) void reload();
  });
  render();
  void reload();
  return h("div", {}, h("h3", {}, `Vote on proposal #${proposal}`), h("div", { class: "form" }, field("side", aye), field("power", power), send), shown);
}
