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
});
