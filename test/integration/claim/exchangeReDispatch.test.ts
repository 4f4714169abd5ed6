/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { claimOf } from '../../emulator/routes/claims';
import type { NaverCommerceEmulator } from '../../emulator/server';

import { claimKit } from './claimKit';

describe('Claim → Re-Dispatch Exchange through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = claimKit();
	const { run, exchangesRequested, exchangesCollected } = kit;

	before(async () => {
		emulator = await kit.start();
	});
	after(async () => await emulator.stop());
	beforeEach(() => emulator.resetStats());

	// The exchange flow ends with Re-Dispatch, the last step it asserts: it lives here.
	test('the exchange flow: no re-dispatch before collection, then Approve Collection, then Re-Dispatch', async () => {
		const [order] = exchangesRequested(1);
		const reDispatch = {
			reDeliveryMethod: 'DELIVERY',
			reDeliveryCompany: 'CJGLS',
			reDeliveryTrackingNumber: '1111111115',
		};

		const tooEarly = await run(
			'exchangeReDispatch',
			[{ id: order.productOrderId }],
			reDispatch,
			true,
		);
		assert.deepEqual(
			[tooEarly.items?.[0].json.success, tooEarly.items?.[0].json.code],
			[false, '104417'],
			'Naver answers 200 with the product order in failProductOrderInfos',
		);
		assert.equal(order.claimStatus, 'EXCHANGE_REQUEST');

		let startedMs = Date.now();
		const collected = await run('exchangeApproveCollection', [{ id: order.productOrderId }]);
		assert.equal(collected.error, undefined, collected.error?.message);
		assert.equal(collected.items?.[0].json.success, true);
		assert.equal(order.claimStatus, 'COLLECT_DONE');
		assert.equal(order.lastChangedType, 'COLLECT_DONE');
		assert.ok(order.lastChangedMs >= startedMs);

		const collectedAgain = await run(
			'exchangeApproveCollection',
			[{ id: order.productOrderId }],
			{},
			true,
		);
		assert.equal(collectedAgain.items?.[0].json.code, '105306');

		startedMs = Date.now();
		const shipped = await run('exchangeReDispatch', [{ id: order.productOrderId }], reDispatch);
		assert.equal(shipped.error, undefined, shipped.error?.message);
		assert.deepEqual(
			[shipped.items?.[0].json.success, shipped.items?.[0].pairedItem],
			[true, { item: 0 }],
		);
		assert.equal(order.claimType, 'EXCHANGE');
		assert.equal(order.claimStatus, 'EXCHANGE_REDELIVERING');
		assert.equal(order.lastChangedType, 'CLAIM_REDELIVERING');
		assert.ok(order.lastChangedMs >= startedMs);
		const claim = claimOf(emulator.store, order.productOrderId);
		assert.deepEqual(
			[claim?.reDeliveryMethod, claim?.reDeliveryCompany, claim?.reDeliveryTrackingNumber],
			['DELIVERY', 'CJGLS', '1111111115'],
		);
		assert.equal(emulator.stats.byRoute['claims.exchangeReDispatch'], 2);
	});

	test('Re-Dispatch: a reused tracking number and an unknown courier fail per item; the good one ships', async () => {
		const [first, second, third, handed] = await exchangesCollected(4);
		const result = await run(
			'exchangeReDispatch',
			[
				{ id: first.productOrderId, courier: 'HANJIN', tracking: '520098765432' },
				{ id: second.productOrderId, courier: 'HANJIN', tracking: '520098765432' },
				{ id: third.productOrderId, courier: 'NO_SUCH_COURIER', tracking: '520011112222' },
				{ id: handed.productOrderId, method: 'DIRECT_DELIVERY' },
			],
			{
				reDeliveryMethod: '={{ $json.method ?? "DELIVERY" }}',
				reDeliveryCompany: '={{ $json.courier }}',
				reDeliveryTrackingNumber: '={{ $json.tracking }}',
			},
			true,
		);

		assert.equal(result.error, undefined);
		assert.deepEqual(
			result.items?.map((item) => [
				item.json.productOrderId,
				item.json.success,
				item.json.code,
				item.pairedItem,
			]),
			[
				[first.productOrderId, true, undefined, { item: 0 }],
				[second.productOrderId, false, '104121', { item: 1 }],
				[third.productOrderId, false, '104119', { item: 2 }],
				[handed.productOrderId, true, undefined, { item: 3 }],
			],
		);
		assert.equal(first.claimStatus, 'EXCHANGE_REDELIVERING');
		assert.equal(second.claimStatus, 'COLLECT_DONE');
		assert.equal(third.claimStatus, 'COLLECT_DONE');
		assert.equal(handed.claimStatus, 'EXCHANGE_REDELIVERING');
		assert.equal(
			claimOf(emulator.store, handed.productOrderId)?.reDeliveryCompany,
			undefined,
			'no courier is sent for a hand-over',
		);
	});

	test('a 200 whose failProductOrderInfos holds the product order stops the node without continue on fail', async () => {
		const [collected, requested] = [...(await exchangesCollected(1)), ...exchangesRequested(1)];
		const result = await run(
			'exchangeReDispatch',
			[{ id: collected.productOrderId }, { id: requested.productOrderId }],
			{ reDeliveryCompany: 'EPOST', reDeliveryTrackingNumber: '={{ "6" + $json.id.slice(-12) }}' },
		);
		assert.match(
			String(result.error?.message),
			new RegExp(
				`^1 of 2 product orders were not re-dispatched for exchange: ${requested.productOrderId} \\(104417: `,
			),
		);
		assert.match(String(result.error?.description), new RegExp(collected.productOrderId));
		assert.equal(collected.claimStatus, 'EXCHANGE_REDELIVERING');
		assert.equal(requested.claimStatus, 'EXCHANGE_REQUEST');
	});
});
