// Prints how many transfers and how many quadratic votes a dev node includes per block and per
// second, in one run: the same accounts submit the same number of pre-signed transfers, then of
// votes, all at once, and the blocks that include them are counted.
//
//   node tests/js/throughput.mjs [ws://127.0.0.1:9944]      (scripts/throughput.sh starts a node)
//
// Setup (not measured): Alice funds VOTERS accounts, creates community 77 with a bootstrap limit
// of VOTERS + 1, every account joins (the last join activates it) and sets a voting budget of
// 16 DAO, and four members push 4 proposals each. Measured: VOTERS × PROPOSALS `balances.transferKeepAlive` (1 DAO to Alice),
// then VOTERS × PROPOSALS `voting.vote` (power 1 on each proposal), immortal and pre-signed.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';

const UNIT = 1_000_000_000_000n;
const VOTERS = Number(process.env.VOTERS ?? 188);
const PROPOSALS = 16; // MaxOpenProposals
const COMMUNITY = 77;

const api = await ApiPromise.create({
  provider: new WsProvider(process.argv[2] ?? 'ws://127.0.0.1:9944'),
  noInitWarn: true,
});
const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
const alice = keyring.addFromUri('//Alice');
const voters = Array.from({ length: VOTERS }, (_, i) => keyring.addFromUri(`//throughput//${i}`));

/** Signs `build(account, i)` for every account with consecutive nonces (immortal). */
async function presign(accounts, count, build) {
  const nonces = await Promise.all(accounts.map(async (a) =>
    (await api.rpc.system.accountNextIndex(a.address)).toNumber()));
  const signed = [];
  // Round by round, so that each account's transactions arrive in nonce order.
  for (let round = 0; round < count; round++) {
    for (const [k, account] of accounts.entries()) {
      signed.push(await build(account, round).signAsync(account, { nonce: nonces[k] + round, era: 0 }));
    }
  }
  return signed;
}

/** Submits `signed` in order and counts, block by block, the included extrinsics of `method`
 * (`section.method`) until all of them are in. */
async function submitAndCount(signed, method) {
  const blocks = [];
  let included = 0;
  const done = new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`${method}: ${included}/${signed.length} in 10 min`)), 600_000);
    api.rpc.chain.subscribeNewHeads(async (header) => {
      const block = await api.rpc.chain.getBlock(header.hash);
      const count = block.block.extrinsics.filter(
        (x) => `${x.method.section}.${x.method.method}` === method).length;
      if (count === 0 && blocks.length === 0) return;
      blocks.push({ number: header.number.toNumber(), count });
      included += count;
      if (included >= signed.length) { clearTimeout(timer); ok(); }
    }).then((unsub) => done.finally(unsub));
  });
  for (let i = 0; i < signed.length; i += 250) {
    await Promise.all(signed.slice(i, i + 250).map((tx) => api.rpc.author.submitExtrinsic(tx)));
  }
  await done;
  return blocks;
}

/** Pre-signs `count` of `build`'s transactions for each account, submits them and waits until
 * all are in a block. */
async function setup(label, accounts, count, build) {
  const signed = await presign(accounts, count, build);
  const method = `${signed[0].method.section}.${signed[0].method.method}`;
  await submitAndCount(signed, method);
  process.stderr.write(`setup: ${label} (${signed.length})\n`);
}

await setup('fund', [alice], VOTERS, (_, i) =>
  api.tx.balances.transferKeepAlive(voters[i].address, 100n * UNIT));
await setup('create', [alice], 1, () =>
  api.tx.voting.createCommunity(COMMUNITY, VOTERS + 1, 1, null, null));
await setup('join', voters, 1, () => api.tx.voting.joinCommunity(COMMUNITY));
await setup('budget', voters, 1, () => api.tx.voting.setVoteBudget(BigInt(PROPOSALS) * UNIT));
await setup('propose', voters.slice(0, PROPOSALS / 4), 4, (_, round) =>
  api.tx.voting.pushProposal(COMMUNITY, `{"command":"noop ${round}"}`, null));
const proposals = (await api.query.voting.proposals.keys(COMMUNITY)).map((k) => k.args[1].toNumber());
if (proposals.length !== PROPOSALS) throw new Error(`expected ${PROPOSALS} open proposals, got ${proposals.length}`);

const blockTime = Number(api.consts.aura?.slotDuration ?? 6000) / 1000;
const transfers = await submitAndCount(
  await presign(voters, PROPOSALS, () => api.tx.balances.transferKeepAlive(alice.address, UNIT)),
  'balances.transferKeepAlive');
const votes = await submitAndCount(
  await presign(voters, PROPOSALS, (_, round) => api.tx.voting.vote(COMMUNITY, proposals[round], true, 1)),
  'voting.vote');

const summary = (blocks) => {
  const full = Math.max(...blocks.map((b) => b.count));
  return { blocks: blocks.map((b) => b.count).join(' + '), perBlock: full, perSecond: full / blockTime };
};
const t = summary(transfers);
const v = summary(votes);
console.log(`${VOTERS * PROPOSALS} of each, ${VOTERS} accounts, ${blockTime} s blocks`);
console.log(`transfers: ${t.blocks}; fullest block ${t.perBlock} (${t.perSecond.toFixed(0)}/s)`);
console.log(`votes:     ${v.blocks}; fullest block ${v.perBlock} (${v.perSecond.toFixed(0)}/s)`);
console.log(`votes per block / transfers per block: ${(100 * v.perBlock / t.perBlock).toFixed(0)}%`);
await api.disconnect();
