/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import { credentialsFor, runNaverCommerceNode } from '../../helpers/n8nHarness';

const op = { resource: 'productOrder', operation: 'get', productOrderIds: '={{ $json.ids }}' };

describe('Product Order → Get', () => {
	let emulator: NaverCommerceEmulator;
	before(async () => {
		emulator = await startEmulator({ productOrders: 700 });
	});
	after(async () => await emulator.stop());
	beforeEach(() => emulator.resetStats());

	test('650 IDs from three items: three requests of at most 300, each detail paired with its item', async () => {
		const ids = emulator.store.productOrders.slice(0, 650).map((order) => order.productOrderId);
		const groups = [ids.slice(0, 200), ids.slice(200, 450), ids.slice(450)];
		const result = await runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			inputItems: groups.map((group, index) => ({ ids: index === 1 ? group.join(', ') : group })),
			parameters: op,
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(emulator.stats.byRoute['productOrders.query'], 3);
		assert.equal(result.items!.length, 650);
		result.items!.forEach((item, position) => {
			const id = (item.json.productOrder as { productOrderId: string }).productOrderId;
			assert.equal(id, ids[position]);
			const expectedItem = position < 200 ? 0 : position < 450 ? 1 : 2;
			assert.deepEqual(item.pairedItem, { item: expectedItem });
		});
	});

	test('an unknown ID stops the node with its number, or becomes an error item', async () => {
		const known = emulator.store.productOrders[0].productOrderId;
		const inputItems = [{ ids: [known] }, { ids: ['2099010199999999'] }];
		const stopped = await runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			inputItems,
			parameters: op,
		});
		assert.match(String(stopped.error?.message), /Naver knows no product order 2099010199999999/);

		const continued = await runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			continueOnFail: true,
			inputItems,
			parameters: op,
		});
		assert.equal(continued.items!.length, 2);
		assert.equal(
			(continued.items![0].json.productOrder as { productOrderId: string }).productOrderId,
			known,
		);
		assert.deepEqual(continued.items![1].json, {
			productOrderId: '2099010199999999',
			success: false,
			error: 'Product order not found',
		});
		assert.deepEqual(continued.items![1].pairedItem, { item: 1 });
	});

	test('an item without a usable ID becomes an error item in its place; the others are fetched', async () => {
		const known = emulator.store.productOrders[0].productOrderId;
		const result = await runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			continueOnFail: true,
			inputItems: [{ ids: 'ORDER-12' }, { ids: [known] }, { ids: '' }],
			parameters: op,
		});
		assert.equal(result.items!.length, 3);
		assert.deepEqual(
			result.items!.map((item) => item.pairedItem),
			[{ item: 0 }, { item: 1 }, { item: 2 }],
		);
		assert.match(String(result.items![0].json.error), /"ORDER-12" is not a product order ID/);
		assert.equal(
			(result.items![1].json.productOrder as { productOrderId: string }).productOrderId,
			known,
		);
		assert.match(String(result.items![2].json.error), /No product order ID given/);
		assert.equal(emulator.stats.byRoute['productOrders.query'], 1);
	});
});
