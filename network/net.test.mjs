// `make net` works: zombienet (native provider) starts network/local.toml from the built
// dao-node, and all four validators are connected to each other and finalize blocks. The fault
// and upgrade tests drive the same topology from Rust (agent/tests/network.rs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const node = process.env.DAO_NODE ?? path.join(here, "../target/debug/dao-node");
// The RPC ports of Alice, Bob, Charlie and Dave in local.toml.
const ports = [9951, 9952, 9953, 9954];

async function rpc(port, method, params = []) {
  const response = await fetch(`http://127.0.0.1:${port}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = await response.json();
  if (body.error) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.result;
}

async function finalizedNumber(port) {
  const hash = await rpc(port, "chain_getFinalizedHead");
  const header = await rpc(port, "chain_getHeader", [hash]);
  return parseInt(header.number, 16);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test("make net: four validators peer with each other and finalize", { timeout: 300_000 }, async () => {
  const started = Date.now();
  const zombienet = spawn("npx", ["zombienet", "spawn", "--provider", "native", "local.toml"], {
    cwd: here,
    env: { ...process.env, DAO_NODE: node },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  zombienet.stdout.on("data", (chunk) => (output += chunk));
  zombienet.stderr.on("data", (chunk) => (output += chunk));
  let exited = null;
  zombienet.on("exit", (code) => (exited = code));
  try {
    const target = 3;
    let state = [];
    for (;;) {
      assert.equal(exited, null, `zombienet exited early:\n${output}`);
      assert.ok(Date.now() - started < 240_000, `not finalized in 240 s: ${JSON.stringify(state)}\n${output}`);
      state = await Promise.all(
        ports.map(async (port) => {
          try {
            const health = await rpc(port, "system_health");
            return { port, peers: health.peers, finalized: await finalizedNumber(port) };
          } catch {
            return { port, peers: 0, finalized: 0 };
          }
        }),
      );
      if (state.every((s) => s.peers === ports.length - 1 && s.finalized >= target)) break;
      await sleep(1000);
    }
    const roles = await Promise.all(ports.map((port) => rpc(port, "system_nodeRoles")));
    assert.deepEqual(roles, ports.map(() => ["Authority"]));
    console.log(`net: 4 validators peered and finalized #${target} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    // zombienet stops its nodes when interrupted; the process group catches anything left.
    try {
      process.kill(-zombienet.pid, "SIGINT");
    } catch {}
    for (let i = 0; i < 100 && exited === null; i++) await sleep(100);
    try {
      process.kill(-zombienet.pid, "SIGKILL");
    } catch {}
  }
});
