/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { NaverCommerceEmulator } from '../../emulator/server';
import { runNaverCommerceNode } from '../../helpers/n8nHarness';

import { DAY, productOrderKit } from './productOrderKit';

describe('Product Order → Delay Dispatch through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = productOrderKit();
	const { helper } = kit;

	before(async () => {
		emulator = await kit.start();
	});
	after(async () => await emulator.stop());
	beforeEach(() => emulator.resetStats());

	test('Delay Dispatch sets a new due date, one request per product order; past dates are refused', async () => {
		const [a, b] = emulator.store.productOrders.filter(
			(order) => order.productOrderStatus === 'PAYED' && !order.claimStatus,
		);
		const due = Date.now() + 3 * DAY;
		const result = await runNaverCommerceNode({
			credentialsHelper: helper(),
			continueOnFail: true,
			inputItems: [
				{ ids: [a.productOrderId, b.productOrderId], due: new Date(due).toISOString() },
				{ ids: [a.productOrderId], due: new Date(Date.now() - DAY).toISOString() },
			],
			parameters: {
				resource: 'productOrder',
				operation: 'delayDispatch',
				productOrderIds: '={{ $json.ids }}',
				dispatchDueDate: '={{ $json.due }}',
				delayedDispatchReason: 'PRODUCT_PREPARE',
				dispatchDelayedDetailedReason: '재고 입고 지연',
			},
		});
		assert.equal(emulator.stats.byRoute['productOrders.delay'], 3);
		assert.deepEqual(
			result.items!.map((item) => [
				item.json.productOrderId,
				item.json.success,
				item.json.code ?? null,
			]),
			[
				[a.productOrderId, true, null],
				[b.productOrderId, true, null],
				[a.productOrderId, false, '104105'],
			],
		);
		assert.equal(a.shippingDueMs, Math.floor(due));
	});

	test('the detailed reason is optional (the delay page does not mark it required): left empty, it is not sent and the delay is done', async () => {
		const order = emulator.store.productOrders.filter(
			(candidate) => candidate.productOrderStatus === 'PAYED' && !candidate.claimStatus,
		)[2];
		const due = Date.now() + 2 * DAY;
		const result = await runNaverCommerceNode({
			credentialsHelper: helper(),
			inputItems: [{ id: order.productOrderId, due: new Date(due).toISOString() }],
			parameters: {
				resource: 'productOrder',
				operation: 'delayDispatch',
				productOrderIds: '={{ $json.id }}',
				dispatchDueDate: '={{ $json.due }}',
				delayedDispatchReason: 'CUSTOMER_REQUEST',
				dispatchDelayedDetailedReason: '  ',
			},
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items!.map((item) => [item.json.productOrderId, item.json.success]),
			[[order.productOrderId, true]],
		);
		assert.equal(emulator.stats.byRoute['productOrders.delay'], 1);
		assert.equal(order.shippingDueMs, Math.floor(due));
		assert.equal(order.delayedDispatchReason, 'CUSTOMER_REQUEST');
		// The emulator keeps the detailed reason as sent: none, not even an empty string, was sent.
		assert.equal(order.delayedDispatchDetailedReason, undefined);
	});
});
