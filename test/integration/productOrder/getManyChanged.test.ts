/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { formatKst } from '../../emulator/kst';
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import { credentialsFor, runNaverCommerceNode } from '../../helpers/n8nHarness';

const DAY = 24 * 3600_000;
const op = (parameters: Record<string, unknown>) => ({
	resource: 'productOrder',
	operation: 'getManyChanged',
	...parameters,
});

describe('Product Order → Get Many Changed', () => {
	let emulator: NaverCommerceEmulator;
	const helper = () => credentialsFor(emulator.baseUrl, DEFAULT_APP);

	before(async () => {
		// A week of changes, 1,200 of them, many sharing a timestamp.
		emulator = await startEmulator({ productOrders: 1200, spanHours: 7 * 24 });
	});
	after(async () => await emulator.stop());
	beforeEach(() => emulator.resetStats());

	test('a week is one node call: 24-hour windows, each paged with more, every change once, oldest first', async () => {
		const fromMs = Date.now() - 7 * DAY - 3600_000;
		const result = await runNaverCommerceNode({
			credentialsHelper: helper(),
			parameters: op({ lastChangedFrom: new Date(fromMs).toISOString(), returnAll: true }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		const expected = emulator.store.productOrders
			.filter((order) => order.lastChangedMs >= fromMs)
			.sort(
				(a, b) =>
					a.lastChangedMs - b.lastChangedMs || a.productOrderId.localeCompare(b.productOrderId),
			)
			.map((order) => order.productOrderId);
		assert.equal(expected.length, 1200);
		assert.deepEqual(
			result.items!.map((item) => item.json.productOrderId),
			expected,
		);
		assert.ok(
			result.items!.every(
				(item) => item.pairedItem && (item.pairedItem as { item: number }).item === 0,
			),
		);
		// 8 windows (7 days and an hour), each with ceil(n/300) pages; never a range error.
		const requests = emulator.stats.byRoute['productOrders.lastChangedStatuses'];
		assert.ok(requests >= 8 && requests <= 8 + Math.ceil(1200 / 300), `requests: ${requests}`);
	});

	test('dates in any zone and Luxon expressions are sent as KST with the "+" intact', async () => {
		const result = await runNaverCommerceNode({
			credentialsHelper: helper(),
			parameters: op({
				lastChangedFrom: '={{ $now.minus({ hours: 5 }) }}',
				lastChangedTo: new Date(Date.now() - 3600_000).toISOString(),
				returnAll: true,
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		const expected = emulator.store.productOrders.filter(
			(order) =>
				order.lastChangedMs >= Date.now() - 5 * 3600_000 - 5000 &&
				order.lastChangedMs <= Date.now() - 3600_000,
		).length;
		assert.ok(
			Math.abs(result.items!.length - expected) <= 2,
			`${result.items!.length} vs ${expected}`,
		);
		assert.ok(result.items!.every((item) => String(item.json.lastChangedDate).endsWith('+09:00')));
	});

	test('one change type is filtered by Naver; several are filtered locally; both exact', async () => {
		const fromMs = Date.now() - 2 * DAY;
		const count = (types: string[]) =>
			emulator.store.productOrders.filter(
				(order) => order.lastChangedMs >= fromMs && types.includes(order.lastChangedType),
			).length;
		const one = await runNaverCommerceNode({
			credentialsHelper: helper(),
			parameters: op({
				lastChangedFrom: formatKst(fromMs),
				lastChangedTypes: ['PAYED'],
				returnAll: true,
			}),
		});
		assert.equal(one.items!.length, count(['PAYED']));
		assert.ok(one.items!.every((item) => item.json.lastChangedType === 'PAYED'));
		const several = await runNaverCommerceNode({
			credentialsHelper: helper(),
			parameters: op({
				lastChangedFrom: formatKst(fromMs),
				lastChangedTypes: ['DISPATCHED', 'CLAIM_REQUESTED'],
				returnAll: true,
			}),
		});
		assert.equal(several.items!.length, count(['DISPATCHED', 'CLAIM_REQUESTED']));
	});

	test('Limit stops paging early', async () => {
		const result = await runNaverCommerceNode({
			credentialsHelper: helper(),
			parameters: op({ lastChangedFrom: formatKst(Date.now() - 7 * DAY), limit: 10 }),
		});
		assert.equal(result.items!.length, 10);
		assert.equal(emulator.stats.byRoute['productOrders.lastChangedStatuses'], 1);
	});

	test('per-item periods, paired; bad dates and reversed periods are clear errors', async () => {
		const result = await runNaverCommerceNode({
			credentialsHelper: helper(),
			continueOnFail: true,
			inputItems: [
				{ from: formatKst(Date.now() - 3600_000) },
				{ from: 'not a date' },
				{ from: formatKst(Date.now() + DAY) },
			],
			parameters: op({ lastChangedFrom: '={{ $json.from }}', returnAll: true }),
		});
		const byItem = (index: number) =>
			result.items!.filter((item) => (item.pairedItem as { item: number }).item === index);
		assert.ok(byItem(0).every((item) => item.json.productOrderId));
		assert.match(String(byItem(1)[0].json.error), /Changed From is not a valid date/);
		assert.match(String(byItem(2)[0].json.error), /^Changed From \(.+\) is after Changed To \(/);
	});
});
