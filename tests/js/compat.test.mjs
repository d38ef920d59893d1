// polkadot.js compatibility: @polkadot/api 16.5.x decodes dao-node's metadata with no custom
// types, reads the chain properties, signs a transfer from Alice and sees it finalized.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { startNode } from './node.mjs';

test('polkadot.js connects, decodes metadata, transfers and sees finality', async () => {
  const node = await startNode(['--sealing', 'instant']);
  const api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true });
  try {
    // Metadata decodes with no custom type definitions: pallets, calls and our own pallets.
    assert.ok(api.tx.balances.transferKeepAlive, 'balances.transferKeepAlive is known');
    assert.ok(api.tx.voting.createCommunity, 'voting.createCommunity is known');
    assert.ok(api.query.voting.tallies, 'voting.tallies storage is known');
    assert.ok(!api.query.voting.frozenBudget, 'voting.frozenBudget is gone (the freeze is the budget)');
    assert.equal(api.runtimeVersion.specName.toString(), 'dao-runtime');

    // The executor's calls and the runtime API views that apps and the agent read.
    assert.ok(api.tx.voting.setExecutor, 'voting.setExecutor is known');
    assert.ok(api.tx.voting.reportExecution, 'voting.reportExecution is known');
    assert.ok(api.tx.voting.acceptExecutor, 'voting.acceptExecutor is known');
    assert.ok(api.tx.voting.pushExecutorProposal, 'voting.pushExecutorProposal is known');
    assert.equal(
      api.tx.voting.createCommunity.meta.args.map((a) => a.name.toString()).join(','),
      'community,bootstrapLimit,whitelistThreshold,executor,minTurnout',
    );
    const pending = await api.call.votingApi.pendingExecutions(1);
    assert.equal(pending.length, 0, 'no pending executions on a fresh chain');
    const receipt = await api.call.votingApi.executionReceipt(1, 0);
    assert.ok(receipt.isNone, 'no receipt on a fresh chain');

    // Chain properties shown by wallets.
    const props = await api.rpc.system.properties();
    assert.equal(props.tokenSymbol.unwrap()[0].toString(), 'DAO');
    assert.equal(props.tokenDecimals.unwrap()[0].toNumber(), 12);
    assert.equal(props.ss58Format.unwrap().toNumber(), 42);
    assert.equal(api.registry.chainSS58, 42);

    // A signed transfer from Alice, followed to finality.
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    const alice = keyring.addFromUri('//Alice');
    const dest = keyring.addFromUri('//JsCompatDest').address;
    const amount = 2_000_000_000_000n;
    const { events, blockHash } = await new Promise((ok, fail) => {
      api.tx.balances.transferKeepAlive(dest, amount)
        .signAndSend(alice, ({ status, events, dispatchError }) => {
          if (dispatchError) fail(new Error(dispatchError.toString()));
          if (status.isFinalized) ok({ events, blockHash: status.asFinalized });
        })
        .catch(fail);
    });
    const transfer = events.find(({ event }) => api.events.balances.Transfer.is(event));
    assert.ok(transfer, 'Balances.Transfer emitted');
    assert.equal(transfer.event.data[2].toBigInt(), amount);
    const finalizedHead = await api.rpc.chain.getFinalizedHead();
    const finalizedNumber = (await api.rpc.chain.getHeader(finalizedHead)).number.toNumber();
    const txNumber = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
    assert.ok(finalizedNumber >= txNumber, 'the transfer block is finalized');
    const account = await api.query.system.account(dest);
    assert.equal(account.data.free.toBigInt(), amount);
  } finally {
    await api.disconnect();
    const { code } = await node.stop();
    assert.equal(code, 0, 'dao-node exits cleanly');
  }
});
