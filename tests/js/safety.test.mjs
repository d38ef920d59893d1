// Safe in public, seen from polkadot.js: block space and state have a price (fees from
// payment_queryInfo, deposits from balances.holds), an oversized argument is refused by the
// transaction pool, an executor serves only after accepting, and dissolving a community returns
// every deposit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { errorName, send, startNode } from './node.mjs';

const UNIT = 1_000_000_000_000n;

/** `who`'s holds as `{ "Voting.Membership": amount, ... }`. */
async function holds(api, who) {
  const list = await api.query.balances.holds(who);
  const out = {};
  for (const hold of list) {
    const id = hold.id.toJSON();
    const [pallet, reason] = Object.entries(id)[0];
    out[`${pallet[0].toUpperCase()}${pallet.slice(1)}.${reason}`] = hold.amount.toBigInt();
  }
  return out;
}

test('fees price block space, deposits price state, the pool refuses oversized arguments', async () => {
  const node = await startNode(['--sealing', 'instant']);
  const api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true });
  try {
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    const alice = keyring.addFromUri('//Alice');
    const bob = keyring.addFromUri('//Bob');

    // 1 MiB of remark: was 0.012 DAO, now over 100 DAO. A transfer stays under 0.1 DAO.
    const remark = api.tx.system.remark('0x' + '00'.repeat(1 << 20));
    const remarkFee = (await remark.paymentInfo(alice)).partialFee.toBigInt();
    assert.ok(remarkFee >= 100n * UNIT, `1 MiB of block data costs ${remarkFee}`);
    const transfer = api.tx.balances.transferKeepAlive(bob.address, UNIT);
    const transferFee = (await transfer.paymentInfo(alice)).partialFee.toBigInt();
    assert.ok(transferFee > 0n && transferFee < UNIT / 10n, `a transfer costs ${transferFee}`);

    // 3 MiB of proposal metadata: was included in a block, now refused before any block.
    const nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const oversized = api.tx.voting.pushProposal(1, '0x' + '78'.repeat(3 << 20), null);
    await assert.rejects(oversized.signAndSend(alice), 'the pool refuses the transaction');
    assert.equal((await api.rpc.system.accountNextIndex(alice.address)).toNumber(), nonce);
    assert.equal((await api.rpc.chain.getHeader()).number.toNumber(), head, 'no block took it');

    // A community of u32::MAX free places: refused (BootstrapLimitTooHigh), its fee paid.
    const huge = await send(api, api.tx.voting.createCommunity(1, 4294967295, 1, null, null), alice);
    assert.equal(errorName(api, huge.dispatchError), 'voting.BootstrapLimitTooHigh');

    // Creating holds the community's and the creator's deposits; joining holds Bob's.
    assert.deepEqual(await holds(api, alice.address), {});
    const created = await send(api, api.tx.voting.createCommunity(7, 3, 1, null, null), alice);
    assert.equal(created.dispatchError, undefined);
    const depositEvents = created.events.filter(({ event }) => api.events.voting.DepositHeld.is(event));
    assert.equal(depositEvents.length, 2);
    const aliceHolds = await holds(api, alice.address);
    assert.deepEqual(Object.keys(aliceHolds).sort(), ['Voting.Community', 'Voting.Membership']);
    assert.ok(aliceHolds['Voting.Community'] > UNIT / 10n, 'a tenth of a token and more per record');
    const community = (await api.query.voting.communities(7)).unwrap();
    assert.equal(community.deposit.toBigInt(), aliceHolds['Voting.Community']);

    const bobFree = (await api.query.system.account(bob.address)).data.free.toBigInt();
    await send(api, api.tx.voting.joinCommunity(7), bob);
    const bobHolds = await holds(api, bob.address);
    assert.deepEqual(Object.keys(bobHolds), ['Voting.Membership']);
    await send(api, api.tx.voting.deregister(7), bob);
    assert.deepEqual(await holds(api, bob.address), {}, 'leaving returns the deposit');
    const bobAfter = (await api.query.system.account(bob.address)).data.free.toBigInt();
    assert.ok(bobFree - bobAfter < UNIT / 10n, 'Bob lost only fees');

    // An executor only by consent: proposed by the creator, it becomes the executor when it
    // accepts; until then it may not report.
    const ferdie = keyring.addFromUri('//Ferdie');
    const proposed = await send(api, api.tx.voting.setExecutor(7, ferdie.address), alice);
    assert.ok(proposed.events.some(({ event }) => api.events.voting.ExecutorProposed.is(event)));
    let info = (await api.query.voting.communities(7)).unwrap();
    assert.ok(info.executor.isNone);
    assert.equal(info.proposedExecutor.unwrap().toString(), ferdie.address);
    const stranger = await send(api, api.tx.voting.acceptExecutor(7), bob);
    assert.equal(errorName(api, stranger.dispatchError), 'voting.NotProposedExecutor');
    const accepted = await send(api, api.tx.voting.acceptExecutor(7), ferdie);
    assert.equal(accepted.dispatchError, undefined);
    assert.ok(accepted.events.some(({ event }) => api.events.voting.ExecutorChanged.is(event)));
    info = (await api.query.voting.communities(7)).unwrap();
    assert.equal(info.executor.unwrap().toString(), ferdie.address);
    assert.ok(info.proposedExecutor.isNone);

    // Dissolving in bounded steps returns every deposit and removes the community.
    await send(api, api.tx.voting.joinCommunity(7), bob);
    const dissolving = await send(api, api.tx.voting.dissolveCommunity(7), alice);
    assert.equal(dissolving.dispatchError, undefined);
    const step = await send(api, api.tx.voting.cleanupCommunity(7, 1), bob);
    assert.ok(step.events.some(({ event }) => api.events.voting.CommunityCleaned.is(event)));
    const done = await send(api, api.tx.voting.cleanupCommunity(7, 10), bob);
    assert.ok(done.events.some(({ event }) => api.events.voting.CommunityDissolved.is(event)));
    assert.ok((await api.query.voting.communities(7)).isNone);
    assert.deepEqual(await holds(api, alice.address), {});
    assert.deepEqual(await holds(api, bob.address), {});
  } finally {
    await api.disconnect();
    const { code } = await node.stop();
    assert.equal(code, 0, 'dao-node exits cleanly');
  }
});
