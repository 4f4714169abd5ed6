/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { formatKst } from '../../emulator/kst';
import type { NaverCommerceEmulator } from '../../emulator/server';
import { runNaverCommerceNode } from '../../helpers/n8nHarness';

import { DAY, productOrderKit } from './productOrderKit';

describe('Product Order → Search through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = productOrderKit();
	const { helper } = kit;

	before(async () => {
		emulator = await kit.start();
	});
	after(async () => await emulator.stop());
	beforeEach(() => emulator.resetStats());

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
});
