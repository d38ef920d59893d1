// The communities: every community with its phase, members, whitelist threshold and executor;
// join a bootstrapping one, open one, or create one.

import { live, txButton, type App } from "../app";
import { field, h, table } from "../dom";
import { short } from "../format";

export type Phase = "Bootstrapping" | "Active" | "Dissolving";

export function communitiesPage(app: App): HTMLElement {
  const { api } = app.chain;
  const list = live(app, async () => {
    const entries = await api.query.Voting.Communities.getEntries({ at: "best" });
    const me = app.account?.address;
    const memberships = me
      ? await Promise.all(entries.map((e) => api.query.Voting.Members.getValue(e.keyArgs[0], me, { at: "best" })))
      : entries.map(() => undefined);
    const progress = me
      ? await Promise.all(entries.map((e, i) => (memberships[i] === undefined && e.value.status.type === "Active" ? api.apis.VotingApi.whitelist_progress(e.keyArgs[0], me, { at: "best" }) : Promise.resolve(undefined))))
      : entries.map(() => undefined);
    const rows = entries
      .map((e, i) => ({ id: e.keyArgs[0], c: e.value, member: memberships[i] !== undefined, vouches: progress[i]?.votes ?? 0 }))
      .sort((a, b) => a.id - b.id);
    if (rows.length === 0) return h("p", { class: "empty" }, "No community yet: create the first one below.");
    return table(
      [
        { title: "id", cell: (r) => h("a", { href: `#/community/${r.id}`, "data-testid": `open-community-${r.id}` }, `#${r.id}`), sort: (r) => r.id },
        { title: "phase", cell: (r) => h("span", { class: `phase ${r.c.status.type}` }, r.c.status.type), sort: (r) => r.c.status.type },
        { title: "members", cell: (r) => `${r.c.member_count}${r.c.status.type === "Bootstrapping" ? ` of ${r.c.bootstrap_limit}` : ""}`, sort: (r) => r.c.member_count },
        { title: "vouches to join (W)", cell: (r) => r.c.whitelist_threshold },
        { title: "executor", cell: (r) => (r.c.executor ? h("code", { title: r.c.executor }, short(r.c.executor)) : "none") },
        { title: "open proposals", cell: (r) => r.c.open_proposals, sort: (r) => r.c.open_proposals },
        {
          title: "you",
          cell: (r) =>
            r.member
              ? "member"
              : r.c.status.type === "Bootstrapping" || (r.c.status.type === "Active" && r.vouches >= r.c.whitelist_threshold)
                ? txButton(app, "Join", () => api.tx.Voting.join_community({ community: r.id }), `join-${r.id}`)
                : r.c.status.type === "Active"
                  ? `${r.vouches} of ${r.c.whitelist_threshold} vouches`
                  : "dissolving",
        },
      ],
      rows,
      "communities",
    );
  }, "communities-list");

  // Create: the next free id, N, W, an optional executor and quorum.
  const id = h("input", { type: "number", min: 0, value: 1, "data-testid": "create-id" });
  const n = h("input", { type: "number", min: 1, value: 3, "data-testid": "create-n" });
  const w = h("input", { type: "number", min: 1, value: 2, "data-testid": "create-w" });
  const executor = h("input", { placeholder: "account (optional)", "data-testid": "create-executor" });
  const turnout = h("input", { type: "number", min: 0, max: 100, placeholder: "20 (default)", "data-testid": "create-turnout" });
  void api.query.Voting.Communities.getEntries().then((entries) => {
    id.value = String(entries.reduce((next, e) => Math.max(next, e.keyArgs[0] + 1), 1));
  });
  const create = txButton(app, "Create community", () => {
    const community = Number(id.value);
    if (!Number.isInteger(community) || community < 0) return "the id is a whole number";
    return api.tx.Voting.create_community({
      community,
      bootstrap_limit: Number(n.value),
      whitelist_threshold: Number(w.value),
      executor: executor.value.trim() || undefined,
      min_turnout: turnout.value === "" ? undefined : Number(turnout.value),
    });
  }, "create-community");

  return h(
    "main",
    {},
    h("h1", {}, "Communities"),
    h("p", { class: "hint" }, "A community is bootstrapping until N members have joined (anyone may join), then active: a newcomer needs W vouches from members. Members push proposals and vote on them quadratically."),
    list,
    h("h2", {}, "Create a community"),
    h(
      "div",
      { class: "form" },
      field("id", id),
      field("members to activate (N)", n),
      field("vouches to join later (W)", w),
      field("executor (its compute instance)", executor),
      field("quorum, % of members", turnout),
      create,
    ),
    h("p", { class: "hint" }, "Creating holds a storage deposit (returned when the community is dissolved); the fee shows before you sign. With N = 1 the community is active at once."),
  );
}
