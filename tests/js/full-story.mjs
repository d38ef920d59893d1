// The README's full story as a script: against a fresh `make run ARGS="--sealing instant"` with
// `make agent` beside it, it funds community 1, passes a paid job, waits for the agent to run
// it and claim its payment, then queues a direct-use job with credits, and prints what the
// README says you will see.
//
//   node tests/js/full-story.mjs [ws://127.0.0.1:9944]
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { send, errorName } from './node.mjs';

const url = process.argv[2] ?? 'ws://127.0.0.1:9944';
const api = await ApiPromise.create({ provider: new WsProvider(url), noInitWarn: true });
const keyring = new Keyring({ type: 'sr25519' });
const [alice, bob, ferdie] = ['//Alice', '//Bob', '//Ferdie'].map((uri) => keyring.addFromUri(uri));
const DUSD = 1984;

async function step(label, tx, signer) {
  const { events, dispatchError } = await send(api, tx, signer);
  if (dispatchError) throw new Error(`${label}: ${errorName(api, dispatchError)}`);
  const names = events.map(({ event }) => `${event.section}.${event.method}`)
    .filter((name) => !name.startsWith('system.') && !name.startsWith('transactionPayment.'));
  console.log(`${label}: ${names.join(', ')}`);
  return events;
}
const dusd = async (who) => (await api.query.assets.account(DUSD, who)).unwrap().balance.toBigInt();
const pot = async () => (await api.call.treasuryApi.pot(1)).unwrap();
const status = async (job) => (await api.call.votingApi.jobStatus(1, job)).toHuman();
async function sealUntil(done, label) {
  for (let i = 0; i < 400; i += 1) {
    if (await done()) return;
    await api.rpc.engine.createBlock(true, true);
    await new Promise((ok) => setTimeout(ok, 200));
  }
  throw new Error(`timed out: ${label}`);
}

await step('1. createCommunity', api.tx.voting.createCommunity(1, 2, 1, ferdie.address, null), alice);
await step('   acceptExecutor', api.tx.voting.acceptExecutor(1), ferdie);
await step('   joinCommunity', api.tx.voting.joinCommunity(1), bob);
await step('2. contribute', api.tx.treasury.contribute(1, 100_010_000), alice);
console.log('   pot:', (await pot()).toHuman());
await step('3. pushProposal', api.tx.voting.pushProposal(1, '{"v":1,"kind":"train","args":{"epochs":3}}', 5_000_000), alice);
await step('   setVoteBudget (9 DAO)', api.tx.voting.setVoteBudget(9_000_000_000_000n), bob);
await step('   vote', api.tx.voting.vote(1, 0, true, 3), bob);
await step('4. forceClose (sudo)', api.tx.sudo.sudo(api.tx.voting.forceClose(1, 0)), alice);
console.log('   pot:', (await pot()).toHuman(), 'job 0:', JSON.stringify(await status(0)));
const ferdieBefore = await dusd(ferdie.address);
// 5. The agent runs and reports it; 6. after the payout delay it claims the payment.
await sealUntil(async () => JSON.stringify(await status(0)).includes('AwaitingPayout'), 'the receipt');
console.log('5. job 0:', JSON.stringify(await status(0)));
await sealUntil(async () => JSON.stringify(await status(0)).includes('Paid'), 'the payment');
console.log('6. job 0:', JSON.stringify(await status(0)));
console.log('   Ferdie dUSD +', (await dusd(ferdie.address)) - ferdieBefore, 'pot:', (await pot()).toHuman());
await step('7. requestJob', api.tx.voting.requestJob(1, '{"v":1,"kind":"train","args":{"epochs":1}}', 2_000_000), alice);
await sealUntil(async () => JSON.stringify(await status(1)).includes('Paid'), 'the direct job paid');
console.log('   job 1:', JSON.stringify(await status(1)));
console.log('   Ferdie dUSD +', (await dusd(ferdie.address)) - ferdieBefore,
  'Alice credits:', (await api.call.treasuryApi.position(1, alice.address)).unwrap().credits.toHuman());
await api.disconnect();
