import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { formatKst } from '../../emulator/kst';
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import { credentialsFor, runNaverCommerceNode } from '../../helpers/n8nHarness';

const DAY = 24 * 3600_000;

describe('Product Order → Search, Get Product Order IDs, Delay Dispatch', () => {
	let emulator: NaverCommerceEmulator;
	before(async () => {
		emulator = await startEmulator({ productOrders: 900, spanHours: 72 });
	});
	after(async () => await emulator.stop());
	beforeEach(() => emulator.resetStats());
	const helper = () => credentialsFor(emulator.baseUrl, DEFAULT_APP);

	test('Search pages through every window and page, with status filters', async () => {
		const fromMs = Date.now() - 3 * DAY;
		const result = await runNaverCommerceNode({
			credentialsHelper: helper(),
			parameters: {
				resource: 'productOrder',
				operation: 'search',
				rangeType: 'PAYED_DATETIME',
				from: formatKst(fromMs),
				returnAll: true,
				filters: { productOrderStatuses: ['PAYED', 'DELIVERING'] },
			},
		});
		assert.equal(result.error, undefined, result.error?.message);
		const expected = emulator.store.productOrders.filter(
			(order) =>
				order.paymentMs >= fromMs && ['PAYED', 'DELIVERING'].includes(order.productOrderStatus),
		);
		assert.equal(result.items!.length, expected.length);
		assert.ok(
			result.items!.every((item) =>
				['PAYED', 'DELIVERING'].includes(
					String((item.json.productOrder as { productOrderStatus: string }).productOrderStatus),
				),
			),
		);
		assert.equal(
			new Set(result.items!.map((item) => item.json.productOrderId)).size,
			expected.length,
		);
		assert.ok(
			emulator.stats.byRoute['productOrders.search'] >= 4,
			'three days = at least four windows',
		);
	});

	test('Search takes every date type Naver documents and the fulfillment filter', async () => {
		const search = (extra: Record<string, unknown>) =>
			runNaverCommerceNode({
				credentialsHelper: helper(),
				parameters: {
					resource: 'productOrder',
					operation: 'search',
					from: formatKst(Date.now() - 3 * DAY),
					returnAll: true,
					...extra,
				},
			});
		const byType = {
			COLLECT_COMPLETED_DATETIME: 'COLLECT_DONE',
			GIFT_RECEIVED_DATETIME: 'GIFT_RECEIVED',
			HOPE_DELIVERY_INFO_CHANGED_DATETIME: 'HOPE_DELIVERY_INFO_CHANGED',
		};
		// The seed has no collected, gift or hope-delivery changes: give one product order each.
		const paid = emulator.store.productOrders.filter(
			(order) => order.productOrderStatus === 'PAYED' && order.paymentMs >= Date.now() - 2 * DAY,
		);
		Object.values(byType).forEach((changeType, index) => {
			paid[index].lastChangedType = changeType;
		});
		for (const [rangeType, changeType] of Object.entries(byType)) {
			const result = await search({ rangeType });
			assert.equal(result.error, undefined, `${rangeType}: ${result.error?.message}`);
			const expected = emulator.store.productOrders.filter(
				(order) =>
					order.lastChangedType === changeType && order.lastChangedMs >= Date.now() - 3 * DAY,
			);
			assert.ok(expected.length > 0, rangeType);
			assert.deepEqual(
				result.items!.map((item) => item.json.productOrderId).sort(),
				expected.map((order) => order.productOrderId).sort(),
				rangeType,
			);
		}

		const all = await search({ rangeType: 'PAYED_DATETIME' });
		const fulfilled = await search({ rangeType: 'PAYED_DATETIME', filters: { fulfillment: true } });
		const others = await search({ rangeType: 'PAYED_DATETIME', filters: { fulfillment: false } });
		for (const result of [all, fulfilled, others]) assert.equal(result.error, undefined);
		const fulfilledIds = new Set(
			emulator.store.productOrders
				.filter((order) => order.fulfillment)
				.map((order) => order.productOrderId),
		);
		assert.ok(fulfilled.items!.length > 0 && others.items!.length > 0);
		assert.ok(fulfilled.items!.every((item) => fulfilledIds.has(String(item.json.productOrderId))));
		assert.ok(others.items!.every((item) => !fulfilledIds.has(String(item.json.productOrderId))));
		assert.equal(fulfilled.items!.length + others.items!.length, all.items!.length);
	});

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
