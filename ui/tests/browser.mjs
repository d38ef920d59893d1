// The app in a real browser: Debian's chromium driven by playwright-core, against a dev node
// (instant seal) this test starts and the production build (`npm run build`) served by
// `vite preview`. A member creates a community, joins another, pushes a proposal, votes with
// the quadratic control (the cost shown is what the chain commits of the budget), closes it and
// unfreezes; the metagraph shows a model with peers and their scores after an epoch.
// Screenshots of the main pages go to ui/test-artifacts/.
//
//   npm run build && node --experimental-websocket tests/browser.mjs
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { createClient } from 'polkadot-api';
import { getWsProvider } from 'polkadot-api/ws';
import { getPolkadotSigner } from 'polkadot-api/signer';
import { dao } from '@polkadot-api/descriptors';
import { sr25519CreateDerive } from '@polkadot-labs/hdkd';
import { DEV_PHRASE, entropyToMiniSecret, mnemonicToEntropy, ss58Address } from '@polkadot-labs/hdkd-helpers';
import { freePort, startNode } from '../../tests/js/node.mjs';

const UI = resolve(import.meta.dirname, '..');
const ARTIFACTS = join(UI, 'test-artifacts');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const DAO = 1_000_000_000_000n;
const TIMEOUT = 60_000;

const derive = sr25519CreateDerive(entropyToMiniSecret(mnemonicToEntropy(DEV_PHRASE)));
function dev(name) {
  const pair = derive(`//${name}`);
  return { name, address: ss58Address(pair.publicKey, 42), signer: getPolkadotSigner(pair.publicKey, 'Sr25519', pair.sign) };
}
const [alice, bob, charlie, dave, ferdie] = ['Alice', 'Bob', 'Charlie', 'Dave', 'Ferdie'].map(dev);

let passed = 0;
async function step(name, body) {
  const start = Date.now();
  await body();
  passed += 1;
  console.log(`ok ${passed} - ${name} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
}

/** Serves ui/dist with `vite preview` on a free port. */
async function preview() {
  const port = await freePort();
  const child = spawn(join(UI, 'node_modules', '.bin', 'vite'), ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: UI, stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('vite preview did not start')), 30_000);
    child.stdout.on('data', (chunk) => {
      if (chunk.toString().includes(`${port}`)) {
        clearTimeout(timer);
        ok();
      }
    });
    child.on('exit', (code) => fail(new Error(`vite preview exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill('SIGTERM') };
}

const node = await startNode(['--sealing', 'instant']);
const server = await preview();
const client = createClient(getWsProvider(node.url));
const api = client.getTypedApi(dao);
const seal = async (n) => {
  for (let i = 0; i < n; i++) await client._request('engine_createBlock', [true, true, null]);
};
const bestNumber = async () => (await api.query.System.Number.getValue({ at: 'best' }));
/** Signs `tx` from the test (what no member page does: Root, peers) and waits until finalized. */
const sendRaw = (tx, who) => new Promise((ok, fail) => {
  tx.signSubmitAndWatch(who.signer).subscribe({
    next: (e) => { if (e.type === 'finalized') (e.ok ? ok(e) : fail(new Error(JSON.stringify(e.dispatchError)))); },
    error: fail,
  });
});

mkdirSync(ARTIFACTS, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const consoleErrors = [];
page.on('pageerror', (e) => consoleErrors.push(String(e)));
const shot = (name) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
const testid = (id) => `[data-testid="${id}"]`;

/** Picks the dev account `who` in the header. */
const as = async (who) => page.selectOption(testid('account'), who.address);
/** Clicks the transaction button `id` and waits for its entry in the transaction log to be finalized. */
async function sign(id) {
  const count = () => page.evaluate(() => Number(document.querySelector('[data-testid="tx-log"]')?.dataset.count ?? '0'));
  const before = await count();
  await page.click(testid(id));
  // A click lands on a button of a view re-rendered by a new block at worst: click again.
  const logged = () => page.waitForFunction((n) => Number(document.querySelector('[data-testid="tx-log"]')?.dataset.count ?? '0') > n, before, { timeout: 5_000 });
  await logged().catch(async () => {
    await page.click(testid(id));
    await logged();
  });
  assert.equal(await count(), before + 1, `${id}: one transaction sent`);
  const entry = page.locator('[data-testid="tx-log"] li').first();
  assert.equal(await entry.getAttribute('data-tx'), id);
  await page.waitForFunction(() => ['finalized', 'failed'].includes(document.querySelector('[data-testid="tx-log"] li')?.dataset.stage), null, { timeout: TIMEOUT });
  const text = await entry.textContent();
  assert.equal(await entry.getAttribute('data-stage'), 'finalized', `${id}: ${text}`);
  return text;
}
const textOf = (id) => page.locator(testid(id)).textContent();

try {
  await step('the app connects and offers the dev accounts', async () => {
    await page.goto(`${server.url}?rpc=${encodeURIComponent(node.url)}#/`);
    await page.waitForSelector(testid('communities-list'), { timeout: TIMEOUT });
    const options = await page.locator(`${testid('account')} option`).allTextContents();
    for (const name of ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']) assert.ok(options.some((o) => o.startsWith(name)), `${name} in ${options}`);
  });

  await step('Alice creates community 1 (N = 2, W = 1, Ferdie its executor), Bob creates community 2', async () => {
    await as(alice);
    await page.fill(testid('create-id'), '1');
    await page.fill(testid('create-n'), '2');
    await page.fill(testid('create-w'), '1');
    await page.fill(testid('create-executor'), ferdie.address);
    await page.hover(testid('create-community'));
    await page.waitForFunction(() => /fee ≈/.test(document.querySelector('[data-testid="create-community-status"]')?.textContent ?? ''), null, { timeout: TIMEOUT });
    const fee = await textOf('create-community-status');
    const text = await sign('create-community');
    assert.match(fee, /^fee ≈ [\d.]+ DAO$/, 'the fee estimate shows before signing');
    assert.match(text, /finalized in block #\d+/);
    await as(bob);
    await page.fill(testid('create-id'), '2');
    await sign('create-community');
    const c1 = await api.query.Voting.Communities.getValue(1);
    assert.equal(c1.creator, alice.address);
    assert.equal(c1.status.type, 'Bootstrapping');
    assert.equal(c1.proposed_executor, ferdie.address);
    // Ferdie's compute instance accepts (its agent would; no page does it).
    await sendRaw(api.tx.Voting.accept_executor({ community: 1 }), ferdie);
    assert.equal((await api.query.Voting.Communities.getValue(2)).creator, bob.address);
  });

  await step('Bob joins community 1 (it activates), Alice joins community 2', async () => {
    await as(bob);
    await page.waitForSelector(testid('join-1'));
    await sign('join-1');
    await as(alice);
    await page.waitForSelector(testid('join-2'));
    await sign('join-2');
    assert.equal((await api.query.Voting.Communities.getValue(1)).status.type, 'Active');
    assert.ok(await api.query.Voting.Members.getValue(2, alice.address));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="communities"] tbody tr').length === 2);
    await page.waitForFunction(() => /5CiP…/.test(document.querySelector('[data-testid="communities"]')?.textContent ?? ''));
    await shot('communities');
  });

  await step('community 1 is active: Alice vouches for Charlie, who joins with the vouch and leaves again', async () => {
    await page.click(testid('open-community-1'));
    await page.waitForSelector(testid('vouch-candidate'));
    await page.fill(testid('vouch-candidate'), charlie.address);
    await page.dispatchEvent(testid('vouch-candidate'), 'change');
    await page.waitForFunction(() => document.querySelector('[data-testid="vouch-progress"]')?.textContent === '0 of 1 vouches');
    await sign('vouch');
    await as(charlie);
    await page.waitForFunction(() => /1 of 1 vouches: you may join/.test(document.querySelector('[data-testid="membership"]')?.textContent ?? ''), null, { timeout: TIMEOUT });
    await sign('join');
    assert.ok(await api.query.Voting.Members.getValue(1, charlie.address), 'Charlie is a member');
    assert.equal((await api.query.Voting.Communities.getValue(1)).member_count, 3);
    await page.waitForSelector(testid('deregister'), { timeout: TIMEOUT });
    await sign('deregister');
    assert.equal(await api.query.Voting.Members.getValue(1, charlie.address), undefined);
    assert.equal((await api.query.Voting.Communities.getValue(1)).member_count, 2);
    await as(alice);
  });

  await step('Alice pushes a proposal; its command shows decoded', async () => {
    await page.waitForSelector(testid('community-summary'));
    await page.fill(testid('push-kind'), 'train');
    await page.fill(testid('push-args'), '{"epochs": 3, "dataset": "s3://bucket/set"}');
    await sign('push');
    await page.waitForSelector(testid('command-0'));
    assert.equal(await textOf('command-0'), 'trainepochs: 3dataset: "s3://bucket/set"');
    assert.match(await textOf('deadline-0'), /blocks \(\d+ min( \d+ s)?\) left/);
  });

  await step('Alice sets a budget and votes with power 3: the cost shown is what the chain commits', async () => {
    await page.fill(testid('budget-input'), '50');
    await sign('set-budget');
    await page.click(testid('vote-0'));
    await page.fill(testid('vote-power'), '3');
    await page.waitForFunction(() => /9 DAO/.test(document.querySelector('[data-testid="vote-cost"]')?.textContent ?? ''));
    const shown = await textOf('vote-cost');
    assert.equal(shown, '9 DAO');
    assert.match(await textOf('vote-preview'), /commits 9 DAO more; committed afterwards 9 DAO of 50 DAO/);
    await sign('vote-submit');
    const budget = await api.apis.VotingApi.frozen_budget(alice.address);
    assert.equal(budget.committed, 9n * DAO, 'the chain commits the shown cost');
    assert.equal(budget.frozen, 50n * DAO);
    const freezes = await api.query.Balances.Freezes.getValue(alice.address);
    assert.deepEqual(freezes.map((f) => f.amount), [50n * DAO], 'the budget is the one freeze');
    await page.waitForSelector(testid('my-vote-0'));
    assert.equal(await textOf('my-vote-0'), 'aye × 3 (9 DAO)');
    // The open panel now shows the vote as the one to change.
    await page.waitForFunction(() => /From power 3 to 3: commits 0 DAO more; committed afterwards 9 DAO of 50 DAO/.test(document.querySelector('[data-testid="vote-preview"]')?.textContent ?? ''), null, { timeout: TIMEOUT });
    assert.equal(await page.locator(`${testid('vote-submit')}`).textContent(), 'Change vote');
    assert.equal(await textOf('tally-0'), '3 / 0');
    // Retracting frees the cost at once; then the vote again, changed to power 2 and back.
    await sign('retract-0');
    assert.equal((await api.apis.VotingApi.frozen_budget(alice.address)).committed, 0n);
    assert.equal((await api.query.Voting.Tallies.getValue(1, 0)).aye, 0n);
    await page.click(testid('vote-0'));
    await page.fill(testid('vote-power'), '2');
    await sign('vote-submit');
    await page.waitForFunction(() => document.querySelector('[data-testid="my-vote-0"]')?.textContent === 'aye × 2 (4 DAO)', null, { timeout: TIMEOUT });
    await page.click(testid('vote-0'));
    await page.fill(testid('vote-power'), '3');
    await page.waitForFunction(() => /From power 2 to 3: commits 5 DAO more/.test(document.querySelector('[data-testid="vote-preview"]')?.textContent ?? ''));
    await sign('vote-submit');
    assert.equal((await api.apis.VotingApi.frozen_budget(alice.address)).committed, 9n * DAO);
    await page.waitForFunction(() => document.querySelector('[data-testid="my-vote-0"]')?.textContent === 'aye × 3 (9 DAO)', null, { timeout: TIMEOUT });
    await shot('community');
  });

  await step('after the deadline Alice closes it and lowers her budget to zero (unfreezes)', async () => {
    const tally = await api.query.Voting.Tallies.getValue(1, 0);
    await seal(tally.deadline - (await bestNumber()));
    await page.waitForSelector(testid('close-0'), { timeout: TIMEOUT });
    await sign('close-0');
    assert.equal(await api.query.Voting.Proposals.getValue(1, 0), undefined);
    assert.equal((await api.query.Voting.Outcomes.getValue(1, 0)).passed, true);
    // The passed command waits for the executor; Ferdie reports it, and the receipt shows.
    await page.waitForSelector(`${testid('pending')} tbody tr`, { timeout: TIMEOUT });
    assert.match(await page.locator(testid('pending')).textContent(), /#0trainepochs: 3/);
    const outputHash = `0x${'ab'.repeat(32)}`;
    await sendRaw(api.tx.Voting.report_execution({ community: 1, proposal: 0, outcome: { type: 'Succeeded', value: undefined }, output_hash: outputHash }), ferdie);
    await page.waitForSelector(`${testid('receipts')} tbody tr`, { timeout: TIMEOUT });
    assert.match(await page.locator(testid('receipts')).textContent(), /#0succeeded0xab…abab5CiP…/);
    await page.fill(testid('budget-input'), '0');
    await sign('set-budget');
    const budget = await api.apis.VotingApi.frozen_budget(alice.address);
    assert.equal(budget.frozen, 0n);
    assert.deepEqual(await api.query.Balances.Freezes.getValue(alice.address), []);
  });

  await step('a vote beyond the budget fails with the pallet error and its docs; the control raises the budget', async () => {
    // No open proposal any more: push another and vote with no budget left.
    await page.fill(testid('push-kind'), 'report');
    await page.fill(testid('push-args'), '');
    await sign('push');
    await page.waitForSelector(testid('vote-1'));
    await page.click(testid('vote-1'));
    await page.fill(testid('vote-power'), '2');
    await page.click(testid('vote-submit'));
    const entry = page.locator('[data-tx="vote-submit"]').first();
    await page.waitForFunction(() => document.querySelector('[data-tx="vote-submit"]')?.dataset.stage === 'failed', null, { timeout: TIMEOUT });
    assert.match(await entry.textContent(), /failed: Voting\.InsufficientBudget — \S/);
    assert.match(await textOf('vote-raise'), /4 DAO short: raise it to 4 DAO first/);
    // The control raises the budget itself; then the vote goes through.
    await sign('vote-raise-budget');
    assert.equal((await api.apis.VotingApi.frozen_budget(alice.address)).frozen, 4n * DAO);
    await sign('vote-submit');
    assert.equal((await api.apis.VotingApi.frozen_budget(alice.address)).committed, 4n * DAO);
  });

  await step('Bob contributes 100 dUSD to the pot with the quote first, then withdraws his shares', async () => {
    await as(bob);
    await page.waitForSelector(testid('contribute-amount'), { timeout: TIMEOUT });
    await page.fill(testid('contribute-amount'), '100');
    await page.waitForFunction(() => /You would get/.test(document.querySelector('[data-testid="contribute-quote"]')?.textContent ?? ''), null, { timeout: TIMEOUT });
    assert.match(await textOf('contribute-quote'), /^You would get 99990000 shares, 99\.99 DAO minted \(voting power in any community\) and 99\.99 dUSD of credits; 0\.01 dUSD stays in the pot/);
    await sign('contribute');
    const position = await api.apis.TreasuryApi.position(1, bob.address);
    assert.equal(position.shares, 99_990_000n);
    await page.waitForFunction(() => /99990000 shares/.test(document.querySelector('[data-testid="my-shares"]')?.textContent ?? ''), null, { timeout: TIMEOUT });
    assert.match(await textOf('pot-value'), /^99\.99 dUSD$/);
    await shot('treasury');
    await page.fill(testid('withdraw-shares'), '99990000');
    await page.waitForFunction(() => /You would get/.test(document.querySelector('[data-testid="withdraw-quote"]')?.textContent ?? ''), null, { timeout: TIMEOUT });
    assert.match(await textOf('withdraw-quote'), /^You would get 99\.99 dUSD; 99\.99 DAO and 99\.99 dUSD of credits burned/);
    await sign('withdraw');
    assert.equal(await api.apis.TreasuryApi.position(1, bob.address), undefined, 'no shares left');
  });

  await step('the metagraph shows a model with its peers and their scores after an epoch', async () => {
    const epoch = await api.constants.Consensus.EpochLength();
    const window = await api.constants.Consensus.PeerChangeWindow();
    await sendRaw(api.tx.Sudo.sudo({ call: api.tx.Consensus.register_model({ path: new TextEncoder().encode('models/llama-demo') }).decodedCall }), alice);
    // Join in the next peer window; submit in the next epoch's submission window.
    await seal(epoch - ((await bestNumber()) % epoch));
    const peers = [bob, charlie, dave];
    for (const [i, p] of peers.entries()) {
      await sendRaw(api.tx.Consensus.add_model_peer({ model: 0, peer_id: new TextEncoder().encode(`peer-${p.name.toLowerCase()}`), stake: 10n * DAO + BigInt(i) * DAO }), p);
    }
    await seal(epoch - ((await bestNumber()) % epoch) + window);
    const scores = { bob: [800, 700, 600], charlie: [800, 700, 600], dave: [800, 700, 600] };
    for (const p of peers) {
      const row = scores[p.name.toLowerCase()].map((score, uid) => ({ uid, score }));
      await sendRaw(api.tx.Consensus.submit_consensus_data({ model: 0, data: row }), p);
    }
    await seal(epoch - ((await bestNumber()) % epoch) + 1);
    await page.goto(`${server.url}?rpc=${encodeURIComponent(node.url)}#/metagraph/0`);
    await page.waitForSelector(`${testid('peers')} tbody tr`, { timeout: TIMEOUT });
    assert.equal(await page.locator(`${testid('peers')} tbody tr`).count(), 3);
    assert.equal(await textOf('score-0'), '800');
    assert.equal(await textOf('score-1'), '700');
    assert.match(await textOf('epoch-phase'), /peer window|submission window/);
    await page.click(testid('history-0'));
    await page.waitForSelector(`${testid('chart')}, ${testid('chart-empty')}`, { timeout: TIMEOUT });
    assert.equal(await page.locator(testid('chart')).count(), 1, 'the chart of peer 0');
    await shot('metagraph');
  });

  await step('the Python example (examples/python) reads the same metagraph and votes', async () => {
    const python = process.env.PYTHON ?? join(UI, '..', 'target', 'pyvenv', 'bin', 'python');
    const script = join(UI, '..', 'examples', 'python', 'metagraph.py');
    const run = (args) => new Promise((ok, fail) => {
      const child = spawn(python, [script, '--url', node.url, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (c) => { out += c; });
      child.stderr.on('data', (c) => { err += c; });
      child.on('exit', (code) => (code === 0 ? ok(out) : fail(new Error(`metagraph.py ${args.join(' ')}: exit ${code}\n${err}`))));
    });
    const graph = JSON.parse(await run(['--model', '0', '--json']));
    assert.deepEqual(graph.peers.map((p) => [p.uid, p.peer_id, p.score, p.in_consensus]), [[0, 'peer-bob', 800, true], [1, 'peer-charlie', 700, true], [2, 'peer-dave', 600, true]]);
    const views = await api.apis.ConsensusApi.model_peers(0);
    assert.deepEqual(graph.peers.map((p) => BigInt(p.reward)), views.map((v) => v.result[1].reward), 'the same rewards as ConsensusApi');
    // A fresh proposal (the metagraph step outlived the others' voting period).
    await sendRaw(api.tx.Voting.push_proposal({ community: 1, metadata: new TextEncoder().encode('{"v":1,"kind":"report"}'), budget: undefined }), alice);
    const out = await run(['--model', '0', '--vote', '1', '2', 'aye', '2', '--suri', '//Bob']);
    assert.match(out, /voted aye x 2 on proposal 2 of community 1: cost 4000000000000/);
    const voter = await api.query.Voting.Voters.getValue(bob.address);
    assert.deepEqual(voter.votes.map((v) => [v.community, v.proposal, v.aye, v.power, v.cost]), [[1, 2, true, 2, 4n * DAO]]);
    assert.equal((await api.apis.VotingApi.frozen_budget(bob.address)).frozen, 4n * DAO, 'the example raised the budget to the cost');
    assert.equal((await api.query.Voting.Tallies.getValue(1, 2)).aye, 2n);
  });

  assert.deepEqual(consoleErrors, [], 'no uncaught error in the page');
  console.log(`# ${passed} browser steps passed; screenshots in ${ARTIFACTS}`);
} catch (error) {
  await shot('failure').catch(() => {});
  console.error(error);
  process.exitCode = 1;
} finally {
  await browser.close();
  client.destroy();
  server.stop();
  await node.stop();
}
