/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { DAY_MS, kstDate, settlement, settlementKit } from './settlementKit';

const perOrder = settlement('getManyPerOrder');

describe('Settlement → Get Many Per Order through n8n-core', () => {
	const kit = settlementKit();
	const { run } = kit;
	const caseRequests = () => kit.requestsOf('settlements.case');

	test('by settlement basis date (the default): one item per record of that day, no decision type sent', async () => {
		const day = kstDate(Date.now() - 30 * DAY_MS);
		const expected = kit.state.cases.filter((settlement) => settlement.settleBasisDate === day);
		assert.ok(expected.length > 1);

		// A decision type left set from a pay-date search must not travel with another date type.
		const result = await run({
			parameters: perOrder({ searchDate: day, settleDecisionType: 'SETTLED', returnAll: true }),
		});

		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => [item.json.productOrderId, item.json.settleBasisDate]),
			expected.map((settlement) => [settlement.productOrderId, day]),
		);
		assert.deepEqual(caseRequests()[0].query, {
			searchDate: day,
			periodType: 'SETTLE_CASEBYCASE_SETTLE_BASIS_DATE',
			pageNumber: '1',
			pageSize: '1000',
		});
		const first = result.items![0].json;
		for (const field of ['orderId', 'productOrderType', 'settleType', 'settleExpectAmount']) {
			assert.ok(field in first, field);
		}
	});

	test('by pay date with a settlement decision: Unsettled returns only payments not yet paid out', async () => {
		const day = kstDate(Date.now() - 5 * DAY_MS);
		const result = await run({
			parameters: perOrder({
				searchDate: day,
				periodType: 'SETTLE_CASEBYCASE_PAY_DATE',
				settleDecisionType: 'UNSETTLED',
				returnAll: true,
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		const expected = kit.state.cases.filter(
			(settlement) =>
				settlement.payDate === day &&
				settlement.settleCompleteDate === null &&
				settlement.settleType !== 'NORMAL_SETTLE_BEFORE_CANCEL',
		);
		assert.ok(expected.length > 0);
		assert.deepEqual(
			result.items?.map((item) => item.json.productOrderId),
			expected.map((settlement) => settlement.productOrderId),
		);
		assert.equal(caseRequests()[0].query.settleDecisionType, 'UNSETTLED');
	});

	test('filters: order ID and settlement type are sent and narrow the result', async () => {
		const withDelivery = kit.state.cases.find(
			(settlement) =>
				settlement.productOrderType === 'DELIVERY' &&
				settlement.settleType === 'NORMAL_SETTLE_ORIGINAL',
		)!;
		const result = await run({
			parameters: perOrder({
				searchDate: withDelivery.payDate,
				periodType: 'SETTLE_CASEBYCASE_PAY_DATE',
				filters: { orderId: withDelivery.orderId, settleType: 'NORMAL_SETTLE_ORIGINAL' },
				returnAll: true,
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(result.items?.map((item) => item.json.productOrderType).sort(), [
			'DELIVERY',
			'PROD_ORDER',
		]);
		assert.ok(result.items!.every((item) => item.json.orderId === withDelivery.orderId));
		assert.equal(caseRequests()[0].query.orderId, withDelivery.orderId);
		assert.equal(caseRequests()[0].query.settleType, 'NORMAL_SETTLE_ORIGINAL');
	});

	test('Return All with Page Size 3 walks every page; Limit stops early', async () => {
		const day = kstDate(Date.now() - 60 * DAY_MS);
		const expected = kit.state.cases.filter((settlement) => settlement.settleBasisDate === day);
		assert.ok(expected.length > 6);

		const all = await run({
			parameters: perOrder({ searchDate: day, returnAll: true, options: { pageSize: 3 } }),
		});
		assert.deepEqual(
			all.items?.map((item) => item.json.productOrderId),
			expected.map((settlement) => settlement.productOrderId),
		);
		assert.deepEqual(
			caseRequests().map((request) => request.query.pageNumber),
			Array.from({ length: Math.ceil(expected.length / 3) }, (_, index) => String(index + 1)),
		);

		kit.state.requests.length = 0;
		const limited = await run({
			parameters: perOrder({ searchDate: day, limit: 4, options: { pageSize: 3 } }),
		});
		assert.equal(limited.items?.length, 4);
		assert.deepEqual(
			caseRequests().map((request) => [request.query.pageNumber, request.query.pageSize]),
			[
				['1', '3'],
				['2', '3'],
			],
		);
	});

	test('each input item searches its own day; results are paired; an invalid date is an error item', async () => {
		const days = [
			kstDate(Date.now() - 40 * DAY_MS),
			'not a date',
			kstDate(Date.now() - 41 * DAY_MS),
		];
		const result = await run({
			continueOnFail: true,
			inputItems: days.map((day) => ({ day })),
			parameters: perOrder({ searchDate: '={{ $json.day }}', returnAll: true }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		const pairs = result.items!.map((item) => (item.pairedItem as { item: number }).item);
		const countFor = (day: string) =>
			kit.state.cases.filter((settlement) => settlement.settleBasisDate === day).length;
		assert.deepEqual(pairs, [
			...Array(countFor(days[0])).fill(0),
			1,
			...Array(countFor(days[2])).fill(2),
		]);
		const failed = result.items!.find(
			(item) => item.pairedItem && (item.pairedItem as { item: number }).item === 1,
		)!;
		assert.match(String(failed.json.error), /Search Date is not a valid date/);
		assert.equal(caseRequests().length, 2);
	});
});
