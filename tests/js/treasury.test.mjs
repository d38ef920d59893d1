// The community treasury, seen from polkadot.js: a newcomer with only dUSD (and 2 DAO for its fees and
// deposits) quotes and makes a contribution, reads its position and the pot through
// TreasuryApi, votes with the minted tokens, is refused a withdrawal while its vote is
// outstanding, and withdraws after unfreezing: its dUSD come back, the minted tokens are burned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { errorName, send, startNode } from './node.mjs';

const UNIT = 1_000_000_000_000n;
const PAYMENT_UNIT = 1_000_000n;
const PAYMENT_ASSET = 1984;
const MIN_BALANCE = PAYMENT_UNIT / 100n;
const COMMUNITY = 5;

async function dusd(api, who) {
  const account = await api.query.assets.account(PAYMENT_ASSET, who);
  return account.isSome ? account.unwrap().balance.toBigInt() : 0n;
}

test('contribute, read TreasuryApi, vote with the minted tokens, withdraw', async () => {
  const node = await startNode(['--sealing', 'instant']);
  const api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true });
  try {
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    const alice = keyring.addFromUri('//Alice');
    const newcomer = keyring.addFromUri('//Newcomer');

    // The payment asset as wallets show it.
    const metadata = await api.query.assets.metadata(PAYMENT_ASSET);
    assert.equal(metadata.symbol.toUtf8(), 'dUSD');
    assert.equal(metadata.decimals.toNumber(), 6);

    await send(api, api.tx.balances.transferKeepAlive(newcomer.address, 2n * UNIT), alice); // fees and deposits
    await send(api, api.tx.assets.transfer(PAYMENT_ASSET, newcomer.address, 200n * PAYMENT_UNIT), alice);
    await send(api, api.tx.voting.createCommunity(COMMUNITY, 2, 1, null, null), alice);
    await send(api, api.tx.voting.joinCommunity(COMMUNITY), newcomer);

    const amount = 100n * PAYMENT_UNIT;
    const valued = amount - MIN_BALANCE;
    const quote = await api.call.treasuryApi.quoteContribute(COMMUNITY, newcomer.address, amount);
    assert.ok(quote.isOk, 'the contribution would succeed');
    const q = quote.asOk;
    assert.equal(q.shares.toBigInt(), valued);
    assert.equal(q.native.toBigInt(), valued * (UNIT / PAYMENT_UNIT));
    assert.equal(q.endowment.toBigInt(), MIN_BALANCE);

    const contributed = await send(api, api.tx.treasury.contribute(COMMUNITY, amount), newcomer);
    assert.equal(contributed.dispatchError, undefined);
    const event = contributed.events.find(({ event }) => api.events.treasury.Contributed.is(event)).event;
    assert.equal(event.data.shares.toBigInt(), valued);
    assert.equal(event.data.nativeMinted.toBigInt(), q.native.toBigInt());
    assert.equal(event.data.credits.toBigInt(), valued);

    const position = (await api.call.treasuryApi.position(COMMUNITY, newcomer.address)).unwrap();
    assert.equal(position.shares.toBigInt(), valued);
    assert.equal(position.value.toBigInt(), valued);
    assert.equal(position.credits.toBigInt(), valued);
    assert.equal(position.contributed.toBigInt(), amount);
    const pot = (await api.call.treasuryApi.pot(COMMUNITY)).unwrap();
    assert.equal(pot.balance.toBigInt(), amount);
    assert.equal(pot.value.toBigInt(), valued);
    assert.equal(await dusd(api, pot.account), amount, 'the pot is an ordinary account of dUSD');
    const holds = (await api.query.balances.holds(newcomer.address)).map((h) => Object.values(h.id.toJSON())[0]);
    assert.ok(holds.includes('Position') && holds.includes('Pot'), `deposits held: ${holds}`);

    // Power 9 needs a budget of 81 DAO: only the minted tokens make that possible.
    await send(api, api.tx.voting.pushProposal(COMMUNITY, '{"v":1,"kind":"train","args":{}}', null), alice);
    const budget = await send(api, api.tx.voting.setVoteBudget(81n * UNIT), newcomer);
    assert.equal(budget.dispatchError, undefined);
    const voted = await send(api, api.tx.voting.vote(COMMUNITY, 0, true, 9), newcomer);
    assert.equal(voted.dispatchError, undefined);
    const refused = await send(api, api.tx.treasury.withdraw(COMMUNITY, valued), newcomer);
    assert.equal(errorName(api, refused.dispatchError), 'treasury.OutstandingVotes');

    for (let i = 0; i < 100; i++) await api.rpc.engine.createBlock(true, true);
    await send(api, api.tx.voting.closeProposal(COMMUNITY, 0), alice);
    // The vote is final; the budget still freezes the minted tokens until it is lowered.
    const frozen = await send(api, api.tx.treasury.withdraw(COMMUNITY, valued), newcomer);
    assert.equal(errorName(api, frozen.dispatchError), 'treasury.NativeTokensFrozen');
    await send(api, api.tx.voting.setVoteBudget(0), newcomer);

    const wq = (await api.call.treasuryApi.quoteWithdraw(COMMUNITY, newcomer.address, valued)).asOk;
    assert.equal(wq.amount.toBigInt(), valued);
    assert.equal(wq.nativeBurned.toBigInt(), q.native.toBigInt());
    const withdrawn = await send(api, api.tx.treasury.withdraw(COMMUNITY, valued), newcomer);
    assert.equal(withdrawn.dispatchError, undefined);
    const burned = withdrawn.events.find(({ event }) => api.events.balances.Burned.is(event)).event;
    assert.equal(burned.data.amount.toBigInt(), q.native.toBigInt(), 'exactly the minted tokens burn');
    assert.equal(await dusd(api, newcomer.address), 200n * PAYMENT_UNIT - MIN_BALANCE);
    assert.ok((await api.call.treasuryApi.position(COMMUNITY, newcomer.address)).isNone);
    assert.deepEqual((await api.query.balances.holds(newcomer.address)).length, 1, 'only the membership deposit is left');
  } finally {
    await api.disconnect();
    const { code } = await node.stop();
    assert.equal(code, 0, 'dao-node exits cleanly');
  }
});
