// Starts a dao-node for a test and stops it afterwards; signs and watches transactions.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
export const NODE_BIN = process.env.DAO_NODE_BIN ?? join(ROOT, 'target', 'debug', 'dao-node');

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

/** Starts `dao-node --dev` with `extra` arguments; resolves once its RPC server listens. */
export async function startNode(extra = []) {
  const rpcPort = await freePort();
  const p2pPort = await freePort();
  const basePath = mkdtempSync(join(tmpdir(), 'dao-node-js-'));
  const args = ['--dev', '--no-prometheus', '--no-telemetry', '--no-mdns',
    '--rpc-port', String(rpcPort), '--listen-addr', `/ip4/127.0.0.1/tcp/${p2pPort}`,
    '--base-path', basePath, ...extra];
  const child = spawn(NODE_BIN, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('dao-node did not start in 120 s')), 120_000);
    let buffer = '';
    child.stderr.on('data', (chunk) => {
      buffer += chunk.toString();
      if (process.env.DAO_E2E_LOG) process.stderr.write(chunk);
      if (buffer.includes('Running JSON-RPC server')) {
        clearTimeout(timer);
        ok();
      }
    });
    child.on('exit', (code) => { clearTimeout(timer); fail(new Error(`dao-node exited with ${code}`)); });
  });
  child.stderr.resume();
  return {
    url: `ws://127.0.0.1:${rpcPort}`,
    async stop() {
      const exited = new Promise((ok) => child.once('exit', (code, signal) => ok({ code, signal })));
      child.kill('SIGINT');
      const result = await exited;
      rmSync(basePath, { recursive: true, force: true });
      return result;
    },
  };
}

/** Signs `tx` with `signer` and resolves with its events once its block is finalized. */
export function send(api, tx, signer) {
  return new Promise((ok, fail) => {
    tx.signAndSend(signer, ({ status, events, dispatchError }) => {
      if (status.isFinalized) ok({ events, dispatchError });
    }).catch(fail);
  });
}

/** The error name of a failed dispatch, e.g. `treasury.OutstandingVotes`. */
export function errorName(api, dispatchError) {
  const { section, name } = api.registry.findMetaError(dispatchError.asModule);
  return `${section}.${name}`;
}
