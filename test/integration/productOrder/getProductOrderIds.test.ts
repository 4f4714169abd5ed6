/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { NaverCommerceEmulator } from '../../emulator/server';
import { runNaverCommerceNode } from '../../helpers/n8nHarness';

import { productOrderKit } from './productOrderKit';

describe('Product Order → Get Product Order IDs through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = productOrderKit();
	const { helper } = kit;

	before(async () => {
		emulator = await kit.start();
	});
	after(async () => await emulator.stop());
	beforeEach(() => emulator.resetStats());

	test('Get Product Order IDs lists the lines of an order; an unknown order is a clear error', async () => {
		const order = emulator.store.productOrders.find(
			(candidate, _, all) =>
				all.filter((other) => other.orderId === candidate.orderId).length === 2,
		)!;
		const result = await runNaverCommerceNode({
			credentialsHelper: helper(),
			continueOnFail: true,
			inputItems: [{ orderId: order.orderId }, { orderId: '2099010100000000' }],
			parameters: {
				resource: 'productOrder',
				operation: 'getProductOrderIds',
				orderId: '={{ $json.orderId }}',
			},
		});
		const first = result.items!.filter((item) => (item.pairedItem as { item: number }).item === 0);
		assert.equal(first.length, 2);
		assert.ok(first.every((item) => item.json.orderId === order.orderId));
		const second = result.items!.find((item) => (item.pairedItem as { item: number }).item === 1)!;
		assert.equal(second.json.code, '100003');
	});
});
