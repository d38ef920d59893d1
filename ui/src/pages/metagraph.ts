// The metagraph: per model, its peers (uid, peer id, stake, latest score, in consensus,
// penalties, reward, leaving), sortable; the epoch's progress (peer window, submission window,
// consensus at the next boundary); and a chart of a peer's score and reward over the last
// epochs whose state the node still keeps.

import { dao } from "@polkadot-api/descriptors";
import { getTypedCodecs } from "polkadot-api";
import { amount, live, type App } from "../app";
import { h, table } from "../dom";
import { blocksToTime, short, toHex } from "../format";
import { epochProgress, type EpochProgress } from "../epoch";

const HISTORY_EPOCHS = 8;

function text(bytes: Uint8Array): string {
  const decoded = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  return /^[\x20-\x7e]+$/.test(decoded) ? decoded : toHex(bytes);
}

function progressBar(app: App, p: EpochProgress): HTMLElement {
  const { epochLength, peerWindow, blockMs } = app.chain;
  const windowShare = (100 * peerWindow) / epochLength;
  const at = (100 * p.position) / epochLength;
  return h(
    "div",
    { class: "epoch", "data-testid": "epoch-progress" },
    h("p", {}, `Epoch ${p.epoch}, block ${p.position + 1} of ${epochLength}: `, h("b", { "data-testid": "epoch-phase" }, p.phase === "peer-window" ? "peer window (peers join and leave)" : "submission window (peers submit scores)"), `; consensus forms in ${p.untilConsensus} blocks (${blocksToTime(p.untilConsensus, blockMs)}).`),
    h(
      "div",
      { class: "bar" },
      h("div", { class: "window", style: `width:${windowShare}%` }, "peers"),
      h("div", { class: "submission", style: `width:${100 - windowShare}%` }, "submissions"),
      h("div", { class: "cursor", style: `left:${at}%` }),
    ),
  );
}

interface Sample {
  epoch: number;
  score: number | undefined;
  reward: bigint;
}

/** A peer's results at the first block of each of the last epochs the node keeps state of. */
async function history(app: App, model: number, uid: number): Promise<Sample[]> {
  const codecs = await getTypedCodecs(dao);
  const call = codecs.apis.ConsensusApi.model_peers;
  const { client, epochLength } = app.chain;
  const current = Math.floor(app.finalized / epochLength);
  const samples: Sample[] = [];
  for (let epoch = Math.max(1, current - HISTORY_EPOCHS + 1); epoch <= current; epoch++) {
    // The first block of `epoch` formed the consensus of `epoch - 1`; read just after it.
    const block = epoch * epochLength + 1;
    if (block > app.finalized) break;
    try {
      const hash = await client._request<string, [number]>("chain_getBlockHash", [block]);
      const bytes = await client._request<string, [string, string, string]>("state_call", ["ConsensusApi_model_peers", toHex(call.args.enc([model])), hash]);
      const peer = call.value.dec(bytes).find((p) => p.uid === uid);
      if (peer?.result && peer.result[0] === epoch - 1) samples.push({ epoch: epoch - 1, score: peer.result[1].score, reward: peer.result[1].reward });
    } catch {
      // State pruned at that block: the chart starts later.
    }
  }
  return samples;
}

/** A small SVG line chart of two series over epochs. */
function chart(app: App, samples: Sample[]): Node {
  if (samples.length === 0) return h("p", { class: "empty", "data-testid": "chart-empty" }, "No result of this peer in the epochs whose state the node keeps.");
  const width = 520;
  const height = 160;
  const pad = 30;
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("class", "chart");
  svg.setAttribute("data-testid", "chart");
  const epochs = samples.map((s) => s.epoch);
  const [first, last] = [Math.min(...epochs), Math.max(...epochs)];
  const x = (epoch: number) => pad + ((epoch - first) / Math.max(1, last - first)) * (width - 2 * pad);
  const series = (values: number[], color: string, label: string, row: number) => {
    const max = Math.max(1, ...values);
    const y = (v: number) => height - pad - (v / max) * (height - 2 * pad);
    const line = document.createElementNS(ns, "polyline");
    line.setAttribute("points", samples.map((s, i) => `${x(s.epoch)},${y(values[i])}`).join(" "));
    line.setAttribute("fill", "none");
    line.setAttribute("stroke", color);
    line.setAttribute("stroke-width", "2");
    svg.append(line);
    samples.forEach((s, i) => {
      const dot = document.createElementNS(ns, "circle");
      dot.setAttribute("cx", String(x(s.epoch)));
      dot.setAttribute("cy", String(y(values[i])));
      dot.setAttribute("r", "3");
      dot.setAttribute("fill", color);
      svg.append(dot);
    });
    const legend = document.createElementNS(ns, "text");
    legend.setAttribute("x", String(pad));
    legend.setAttribute("y", String(14 * row));
    legend.setAttribute("fill", color);
    legend.textContent = `${label} (max ${label === "reward" ? amount(app, BigInt(Math.round(max))) : max})`;
    svg.append(legend);
  };
  series(samples.map((s) => s.score ?? 0), "#2563eb", "score", 1);
  series(samples.map((s) => Number(s.reward)), "#16a34a", "reward", 2);
  for (const s of samples) {
    const tick = document.createElementNS(ns, "text");
    tick.setAttribute("x", String(x(s.epoch) - 6));
    tick.setAttribute("y", String(height - 8));
    tick.textContent = String(s.epoch);
    svg.append(tick);
  }
  return svg;
}

export function metagraphPage(app: App, selected: number | undefined): HTMLElement {
  const { api } = app.chain;
  const chartBox = h("div", { class: "chart-box", "data-testid": "chart-box" });
  const showHistory = async (model: number, uid: number, label: string) => {
    chartBox.replaceChildren(h("p", {}, `Loading the history of ${label}…`));
    chartBox.replaceChildren(h("h3", {}, `${label}: score and reward by epoch`), chart(app, await history(app, model, uid)));
  };

  const models = live(app, async () => {
    const entries = await api.query.Consensus.Models.getEntries({ at: "best" });
    if (entries.length === 0) return h("p", { class: "empty" }, "No model registered yet (Root registers models).");
    return h("p", { class: "models" }, "Models: ", ...entries.map((e) => h("a", { href: `#/metagraph/${e.keyArgs[0]}`, class: e.keyArgs[0] === selected ? "selected" : "", "data-testid": `model-${e.keyArgs[0]}` }, `#${e.keyArgs[0]} ${text(e.value.path)} (${e.value.peer_count} peers)`)));
  }, "models");

  const epoch = live(app, async () => progressBar(app, epochProgress(app.best, app.chain.epochLength, app.chain.peerWindow)));

  const peers =
    selected === undefined
      ? h("p", { class: "hint" }, "Pick a model.")
      : live(app, async () => {
          const views = await api.apis.ConsensusApi.model_peers(selected, { at: "best" });
          if (views.length === 0) return h("p", { class: "empty" }, "No peer in this model yet.");
          return table(
            [
              { title: "uid", cell: (p) => p.uid, sort: (p) => p.uid },
              { title: "peer id", cell: (p) => h("code", {}, text(p.peer_id)), sort: (p) => text(p.peer_id) },
              { title: "account", cell: (p) => h("code", { title: p.account }, short(p.account)) },
              { title: "stake", cell: (p) => amount(app, p.stake), sort: (p) => Number(p.stake) },
              { title: "joined", cell: (p) => `epoch ${p.joined_epoch}`, sort: (p) => p.joined_epoch },
              { title: "score", cell: (p) => h("span", { "data-testid": `score-${p.uid}` }, p.result?.[1].score ?? "—"), sort: (p) => p.result?.[1].score ?? -1 },
              { title: "of epoch", cell: (p) => (p.result ? p.result[0] : "—"), sort: (p) => p.result?.[0] ?? -1 },
              { title: "in consensus", cell: (p) => (p.result ? (p.result[1].in_consensus ? "yes" : "no") : "—") },
              { title: "penalties", cell: (p) => p.result?.[1].penalties ?? 0, sort: (p) => p.result?.[1].penalties ?? 0 },
              { title: "reward", cell: (p) => amount(app, p.result?.[1].reward ?? 0n), sort: (p) => Number(p.result?.[1].reward ?? 0n) },
              { title: "unclaimed", cell: (p) => amount(app, p.unclaimed.native), sort: (p) => Number(p.unclaimed.native) },
              { title: "status", cell: (p) => (p.leaving ? "leaving" : "active") },
              { title: "", cell: (p) => h("button", { "data-testid": `history-${p.uid}`, onclick: () => void showHistory(selected, p.uid, text(p.peer_id)) }, "History") },
            ],
            views,
            "peers",
          );
        }, "peers-list");

  return h(
    "main",
    {},
    h("h1", {}, "Metagraph"),
    h("p", { class: "hint" }, "Peers hosting a model score each other every epoch; consensus keeps the scores within the interquartile range, penalises outliers and absent peers, and pays the honest ones."),
    models,
    epoch,
    selected === undefined ? null : h("h2", {}, `Model #${selected}`),
    peers,
    chartBox,
  );
}
