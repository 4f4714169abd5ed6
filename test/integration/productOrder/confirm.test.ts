/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import { credentialsFor, runNaverCommerceNode } from '../../helpers/n8nHarness';

const op = {
	resource: 'productOrder',
	operation: 'confirm',
	productOrderIds: '={{ $json.productOrderId }}',
};

describe('Product Order → Confirm', () => {
	let emulator: NaverCommerceEmulator;
	before(async () => {
		emulator = await startEmulator({ productOrders: 600 });
	});
	after(async () => await emulator.stop());
	beforeEach(() => emulator.resetStats());

	const unconfirmedPaid = () =>
		emulator.store.productOrders.filter(
			(order) =>
				order.productOrderStatus === 'PAYED' &&
				order.placeOrderStatus === 'NOT_YET' &&
				!order.claimStatus,
		);

	test('70 items are confirmed in three requests (30, 30, 10), one result item each', async () => {
		const targets = unconfirmedPaid().slice(0, 70);
		assert.equal(targets.length, 70);
		const result = await runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			inputItems: targets.map((order) => ({ productOrderId: order.productOrderId })),
			parameters: op,
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(emulator.stats.byRoute['productOrders.confirm'], 3);
		assert.equal(result.items!.length, 70);
		result.items!.forEach((item, index) => {
			assert.equal(item.json.productOrderId, targets[index].productOrderId);
			assert.equal(item.json.success, true);
			assert.equal(item.json.isReceiverAddressChanged, targets[index].receiverAddressChanged);
			assert.match(String(item.json.traceId), /^emu-/);
			assert.deepEqual(item.pairedItem, { item: index });
		});
		assert.ok(targets.every((order) => order.placeOrderStatus === 'OK'));
	});

	test("Naver's successProductOrderInfos: each confirmed item says whether the buyer changed the address", async () => {
		// Naver answers Confirm with objects, not the IDs other actions answer with; reading IDs
		// here reported every confirmed order as failed (NOT_REPORTED).
		const changed = unconfirmedPaid().find((order) => order.receiverAddressChanged)!;
		const unchanged = unconfirmedPaid().find((order) => !order.receiverAddressChanged)!;
		const result = await runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			inputItems: [changed, unchanged].map((order) => ({ productOrderId: order.productOrderId })),
			parameters: op,
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items!.map((item) => [
				item.json.productOrderId,
				item.json.success,
				item.json.isReceiverAddressChanged,
				item.json.code,
			]),
			[
				[changed.productOrderId, true, true, undefined],
				[unchanged.productOrderId, true, false, undefined],
			],
		);
	});

	test('a 200 with failures is never success: items say which failed and why (continue on fail)', async () => {
		const [first, second, confirmedBefore] = unconfirmedPaid();
		confirmedBefore.placeOrderStatus = 'OK';
		const fresh = [first.productOrderId, second.productOrderId];
		const already = confirmedBefore.productOrderId;
		const cancelled = emulator.store.productOrders.find(
			(order) => order.productOrderStatus === 'CANCELED',
		)!.productOrderId;
		const result = await runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			continueOnFail: true,
			inputItems: [fresh[0], already, cancelled, fresh[1]].map((productOrderId) => ({
				productOrderId,
			})),
			parameters: op,
		});
		assert.equal(emulator.stats.byRoute['productOrders.confirm'], 1);
		assert.deepEqual(
			result.items!.map((item) => [
				item.json.productOrderId,
				item.json.success,
				item.json.code ?? null,
			]),
			[
				[fresh[0], true, null],
				[already, false, '105306'],
				[cancelled, false, '104442'],
				[fresh[1], true, null],
			],
		);
		assert.deepEqual(
			result.items!.map((item) => item.pairedItem),
			[0, 1, 2, 3].map((item) => ({ item })),
		);
	});

	test('without continue on fail, a partial failure stops the node and says what was done', async () => {
		const [first, confirmedBefore] = unconfirmedPaid();
		confirmedBefore.placeOrderStatus = 'OK';
		const fresh = first.productOrderId;
		const already = confirmedBefore.productOrderId;
		const result = await runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			inputItems: [{ productOrderId: fresh }, { productOrderId: already }],
			parameters: op,
		});
		assert.match(
			String(result.error?.message),
			new RegExp(`^1 of 2 product orders were not confirmed: ${already} \\(105306`),
		);
		assert.match(String(result.error?.description), new RegExp(`were confirmed: ${fresh}`));
		assert.equal((result.error as { context?: { itemIndex?: number } }).context?.itemIndex, 1);
	});

	test('a confirm that fails with a server error is not repeated', async () => {
		const id = unconfirmedPaid()[0].productOrderId;
		emulator.faults.push({
			pathPrefix: '/v1/pay-order/seller/product-orders/confirm',
			status: 500,
			code: 'GW.PROXY.03',
			remaining: 5,
		});
		try {
			const result = await runNaverCommerceNode({
				credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
				inputItems: [{ productOrderId: id }],
				parameters: op,
			});
			assert.match(String(result.error?.message), /GW\.PROXY\.03/);
			assert.equal(emulator.faults[0].remaining, 4, 'one attempt');
		} finally {
			emulator.faults.length = 0;
		}
	});
});
