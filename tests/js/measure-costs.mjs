// Prints what the README's "Costs and deposits" attack vectors cost on a running dev node, from
// payment_queryInfo (fees) and balances.holds (deposits):
//   node tests/js/measure-costs.mjs [ws://127.0.0.1:9944]
// Use a fresh `dao-node --dev --sealing instant` (community 4242 must be free).
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';

const UNIT = 1_000_000_000_000n;
const dao = (planck) => `${planck / UNIT}.${String((planck % UNIT) / 1_000_000n).padStart(6, '0')} DAO`;

const api = await ApiPromise.create({
  provider: new WsProvider(process.argv[2] ?? 'ws://127.0.0.1:9944'),
  noInitWarn: true,
});
const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
const alice = keyring.addFromUri('//Alice');
const bob = keyring.addFromUri('//Bob');
const fee = async (tx) => (await tx.paymentInfo(alice)).partialFee.toBigInt();
const held = async (who) =>
  (await api.query.balances.holds(who)).reduce((sum, h) => sum + h.amount.toBigInt(), 0n);
/** Submits `tx`, waits for finality, resolves with the fee actually paid (after refunds). */
const paid = (tx, signer) => new Promise((ok, fail) => {
  tx.signAndSend(signer, ({ status, events, dispatchError }) => {
    if (dispatchError) fail(new Error(dispatchError.toString()));
    if (status.isFinalized) {
      const feePaid = events.find(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event));
      ok(feePaid.event.data[1].toBigInt());
    }
  }).catch(fail);
});

console.log('transfer fee                   ', dao(await fee(api.tx.balances.transferKeepAlive(bob.address, UNIT))));
console.log('1 MiB system.remark fee        ', dao(await fee(api.tx.system.remark('0x' + '00'.repeat(1 << 20)))));
const before = await held(alice.address);
const createFee = await paid(api.tx.voting.createCommunity(4242, 1024, 1, null, null), alice);
console.log('createCommunity fee paid       ', dao(createFee));
console.log('createCommunity holds          ', dao((await held(alice.address)) - before));
const bobBefore = await held(bob.address);
const joinFee = await paid(api.tx.voting.joinCommunity(4242), bob);
console.log('joinCommunity fee paid         ', dao(joinFee));
console.log('joinCommunity holds            ', dao((await held(bob.address)) - bobBefore));
try {
  await api.tx.voting.pushProposal(4242, '0x' + '78'.repeat(3 << 20), null).signAndSend(alice);
  console.log('3 MiB pushProposal             ', 'ACCEPTED by the pool (unexpected)');
} catch (e) {
  console.log('3 MiB pushProposal             ', `refused by the pool: ${String(e.message).slice(0, 60)}…`);
}
await api.disconnect();
