/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import { credentialsFor, runNaverCommerceNode } from '../../helpers/n8nHarness';

const op = {
	resource: 'productOrder',
	operation: 'dispatch',
	productOrderIds: '={{ $json.productOrderId }}',
	deliveryMethod: 'DELIVERY',
	deliveryCompanyCode: '={{ $json.courier ?? "CJGLS" }}',
	trackingNumber: '={{ $json.tracking }}',
};

describe('Product Order → Dispatch', () => {
	let emulator: NaverCommerceEmulator;
	before(async () => {
		emulator = await startEmulator({ productOrders: 600 });
	});
	after(async () => await emulator.stop());
	beforeEach(() => emulator.resetStats());

	const dispatchable = () =>
		emulator.store.productOrders.filter(
			(order) => order.productOrderStatus === 'PAYED' && !order.claimStatus,
		);

	test('45 items with their own tracking numbers: two requests (30 + 15), orders become DELIVERING', async () => {
		const targets = dispatchable().slice(0, 45);
		const result = await runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			inputItems: targets.map((order, index) => ({
				productOrderId: order.productOrderId,
				tracking: String(600000000000 + index),
			})),
			parameters: { ...op, dispatchDate: '2026-01-02T10:00:00+09:00' },
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(emulator.stats.byRoute['productOrders.dispatch'], 2);
		assert.equal(result.items!.filter((item) => item.json.success === true).length, 45);
		targets.forEach((order, index) => {
			assert.equal(order.productOrderStatus, 'DELIVERING');
			assert.equal(order.lastChangedType, 'DISPATCHED');
			assert.deepEqual(order.delivery, {
				deliveryMethod: 'DELIVERY',
				deliveryCompany: 'CJGLS',
				trackingNumber: String(600000000000 + index),
				sendDate: '2026-01-02T10:00:00.000+09:00',
			});
		});
	});

	test("Naver's per-order refusals come back per item; a missing tracking number fails before any request", async () => {
		const [ok, badCourier, reused] = dispatchable();
		const alreadyShipped = emulator.store.productOrders.find(
			(order) => order.productOrderStatus === 'DELIVERING',
		)!;
		const result = await runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			continueOnFail: true,
			inputItems: [
				{ productOrderId: ok.productOrderId, tracking: '700000000001' },
				{ productOrderId: badCourier.productOrderId, tracking: '700000000002', courier: 'NOPE' },
				{ productOrderId: reused.productOrderId, tracking: '700000000001' },
				{ productOrderId: alreadyShipped.productOrderId, tracking: '700000000003' },
				{ productOrderId: ok.productOrderId, tracking: '' },
			],
			parameters: op,
		});
		assert.equal(emulator.stats.byRoute['productOrders.dispatch'], 1);
		const byItem = (index: number) =>
			result.items!.find((item) => (item.pairedItem as { item: number }).item === index)!.json;
		assert.equal(byItem(0).success, true);
		assert.equal(byItem(1).code, '104119');
		assert.equal(byItem(2).code, '104121');
		assert.equal(byItem(3).code, '105306');
		assert.equal(byItem(4).success, false);
		assert.match(String(byItem(4).error), /Tracking Number is empty/);
		assert.equal(result.items!.length, 5);
	});

	test('delivery methods without a courier need no tracking number', async () => {
		const order = dispatchable()[0];
		const result = await runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			inputItems: [{ productOrderId: order.productOrderId }],
			parameters: {
				resource: 'productOrder',
				operation: 'dispatch',
				productOrderIds: '={{ $json.productOrderId }}',
				deliveryMethod: 'DIRECT_DELIVERY',
			},
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(order.delivery?.deliveryMethod, 'DIRECT_DELIVERY');
	});
});
