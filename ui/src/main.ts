// The app's entry: connect to the node, pick an account, route between the pages.

import "./style.css";
import { devAccounts, extensionAccounts, extensions, type Account } from "./accounts";
import type { App } from "./app";
import { connect, isDevChain, nodeUrl } from "./chain";
import { h } from "./dom";
import { errorDocs } from "./errors";
import { communitiesPage } from "./pages/communities";
import { communityPage } from "./pages/community";
import { metagraphPage } from "./pages/metagraph";

const root = document.getElementById("app")!;

function route(app: App): HTMLElement {
  const [, page, arg] = window.location.hash.replace(/^#/, "").split("/");
  app.onBlock.clear();
  if (page === "community" && arg !== undefined) return communityPage(app, Number(arg));
  if (page === "metagraph") return metagraphPage(app, arg === undefined || arg === "" ? undefined : Number(arg));
  return communitiesPage(app);
}

function accountPicker(app: App, rerender: () => void): HTMLElement {
  const select = h("select", { "data-testid": "account" });
  const fill = (accounts: Account[]) => {
    select.replaceChildren(h("option", { value: "" }, "— pick an account —"), ...accounts.map((a) => h("option", { value: a.address }, `${a.name} (${a.source}) ${a.address.slice(0, 6)}…`)));
    select.value = app.account?.address ?? "";
  };
  fill(app.accounts);
  select.addEventListener("change", () => {
    app.account = app.accounts.find((a) => a.address === select.value);
    if (app.account) localStorage.setItem("dao-chain.account", app.account.address);
    rerender();
  });
  const connectors = extensions().map((name) =>
    h("button", {
      class: "secondary",
      onclick: async () => {
        const found = await extensionAccounts(name);
        app.accounts = [...app.accounts.filter((a) => a.source !== name), ...found];
        fill(app.accounts);
      },
    }, `Connect ${name}`),
  );
  return h("span", { class: "picker" }, select, ...connectors);
}

async function start(): Promise<void> {
  const url = nodeUrl();
  root.replaceChildren(h("p", { class: "connecting" }, `Connecting to ${url}…`));
  const chain = await connect(url);
  const metadata = await chain.api.apis.Metadata.metadata_at_version(16);
  const app: App = {
    chain,
    docs: metadata ? errorDocs(metadata) : new Map(),
    accounts: isDevChain(chain) ? devAccounts() : [],
    account: undefined,
    best: 0,
    finalized: 0,
    onBlock: new Set(),
    txLog: h("ol", { class: "tx-log", "data-testid": "tx-log" }),
  };
  const saved = localStorage.getItem("dao-chain.account");
  app.account = app.accounts.find((a) => a.address === saved);

  const blocks = h("span", { class: "blocks", "data-testid": "blocks" });
  const page = h("div", { id: "page" });
  const render = () => page.replaceChildren(route(app));
  const header = h(
    "header",
    {},
    h("a", { href: "#/", class: "brand" }, "dao-chain"),
    h("nav", {}, h("a", { href: "#/" }, "Communities"), h("a", { href: "#/metagraph" }, "Metagraph")),
    accountPicker(app, render),
    blocks,
  );
  const notice = isDevChain(chain) ? [] : [h("p", { class: "hint" }, "Not a development chain: connect a browser extension to sign.")];
  root.replaceChildren(header, ...notice, app.txLog, page);
  chain.client.bestBlocks$.subscribe((best) => {
    const number = best[0]?.number ?? app.best;
    if (number === app.best) return;
    app.best = number;
    blocks.textContent = `best #${app.best} · finalized #${app.finalized}`;
    blocks.dataset.best = String(app.best);
    for (const update of app.onBlock) update();
  });
  chain.client.finalizedBlock$.subscribe((block) => {
    app.finalized = block.number;
    blocks.textContent = `best #${app.best} · finalized #${app.finalized}`;
  });
  window.addEventListener("hashchange", render);
  render();
}

start().catch((error) => {
  root.replaceChildren(h("p", { class: "error" }, `Cannot connect to ${nodeUrl()}: ${String(error)}. Start a node (make run) or pass ?rpc=ws://host:port.`));
});
