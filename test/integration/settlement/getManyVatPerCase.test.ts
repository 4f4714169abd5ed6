/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
	dayBefore,
	kstDate,
	lastDayOfPreviousMonth,
	settlement,
	settlementKit,
} from './settlementKit';

const vatPerCase = settlement('getManyVatPerCase');

describe('Settlement → Get Many VAT Per Case through n8n-core', () => {
	const kit = settlementKit();
	const { run } = kit;
	const casesBetween = (start: string, end: string) =>
		kit.state.vatCases.filter(
			(row) => (row.settleBasisDate as string) >= start && (row.settleBasisDate as string) <= end,
		);
	const caseRequests = () => kit.requestsOf('settlements.vatCase');

	test('Return All: one item per declared sale or cancellation of the period, from its settlement', async () => {
		const end = lastDayOfPreviousMonth();
		const start = dayBefore(end, 30);
		const result = await run({
			parameters: vatPerCase({ startDate: start, endDate: end, returnAll: true }),
		});

		assert.equal(result.error, undefined, result.error?.message);
		const expected = casesBetween(start, end);
		assert.ok(expected.length > 100);
		assert.deepEqual(
			result.items?.map((item) => item.json),
			expected,
		);
		assert.ok(result.items!.every((item) => (item.pairedItem as { item: number }).item === 0));
		assert.deepEqual(
			caseRequests().map((request) => request.query),
			[{ startDate: start, endDate: end, pageNumber: '1', pageSize: '1000' }],
		);

		const byId = new Map(result.items!.map((item) => [item.json.productOrderId, item.json]));
		for (const settlement of kit.state.cases) {
			if (settlement.taxReturnDate < start || settlement.taxReturnDate > end) continue;
			const record = byId.get(settlement.productOrderId);
			if (settlement.settleType === 'NORMAL_SETTLE_BEFORE_CANCEL') {
				assert.equal(record, undefined, 'a payment cancelled before settlement is no sale');
				continue;
			}
			assert.ok(record, settlement.productOrderId);
			assert.deepEqual(
				[record.orderId, record.productOrderType, record.productName, record.totalSalesAmount],
				[
					settlement.orderId,
					settlement.productOrderType,
					settlement.productName,
					settlement.paySettleAmount,
				],
			);
			// A cancellation after settlement is declared as such, taking the amount back.
			assert.equal(
				record.status,
				settlement.settleType === 'NORMAL_SETTLE_AFTER_CANCEL'
					? 'VOUCH_CANCEL'
					: 'VOUCH_PUBLICATION',
			);
			// Tangerines and rice are unprocessed farm produce, exempt from VAT; the rest is taxed.
			const exempt = ['제주 감귤 5kg', '유기농 현미 10kg'].includes(String(settlement.productName));
			assert.deepEqual(
				[record.taxationSalesAmount, record.taxExemptionSalesAmount],
				exempt ? [0, settlement.paySettleAmount] : [settlement.paySettleAmount, 0],
			);
		}
		assert.ok(result.items!.some((item) => item.json.status === 'VOUCH_CANCEL'));
		assert.ok(result.items!.some((item) => item.json.productOrderType === 'DELIVERY'));
	});

	test('Limit over several pages: pageNumber from 1 with the chosen Page Size, then it stops', async () => {
		const end = lastDayOfPreviousMonth();
		const start = dayBefore(end, 60);
		const expected = casesBetween(start, end);
		const result = await run({
			parameters: vatPerCase({
				startDate: start,
				endDate: end,
				limit: 45,
				options: { pageSize: 20 },
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => item.json.productOrderId),
			expected.slice(0, 45).map((row) => row.productOrderId),
		);
		assert.deepEqual(
			caseRequests().map((request) => [request.query.pageNumber, request.query.pageSize]),
			[
				['1', '20'],
				['2', '20'],
				['3', '20'],
			],
		);
	});

	test('a date that is no date, a Start after End or an End in this month is refused before any request', async () => {
		const end = lastDayOfPreviousMonth();
		const today = kstDate(Date.now());
		const result = await run({
			continueOnFail: true,
			inputItems: [
				{ from: '2026-02-30', to: end },
				{ from: end, to: dayBefore(end, 1) },
				{ from: dayBefore(end, 2), to: today },
				{ from: dayBefore(end, 2), to: end },
			],
			parameters: vatPerCase({
				startDate: '={{ $json.from }}',
				endDate: '={{ $json.to }}',
				returnAll: true,
			}),
		});

		assert.equal(result.error, undefined, result.error?.message);
		const errors = result.items!.slice(0, 3);
		assert.match(String(errors[0].json.error), /^Start Date is not a valid date: "2026-02-30"/);
		assert.equal(
			errors[1].json.error,
			`Start Date (${end}) is after End Date (${dayBefore(end, 1)})`,
		);
		assert.match(
			String(errors[2].json.error),
			new RegExp(`^End Date \\(${today}\\) is after ${end}`),
		);
		assert.deepEqual(
			errors.map((item) => item.pairedItem),
			[{ item: 0 }, { item: 1 }, { item: 2 }],
		);
		const valid = result.items!.slice(3);
		assert.equal(valid.length, casesBetween(dayBefore(end, 2), end).length);
		assert.ok(valid.every((item) => (item.pairedItem as { item: number }).item === 3));
		assert.equal(caseRequests().length, 1, 'only the valid item was sent');
	});

	test("Naver's refusal: BAD_REQUEST for a period reaching past last month's end and missing paging (direct call)", async () => {
		const result = await run({
			continueOnFail: true,
			parameters: {
				resource: 'apiRequest',
				operation: 'send',
				method: 'GET',
				path: '/v1/pay-settle/vat/case',
				query: JSON.stringify({ startDate: kstDate(Date.now()), endDate: kstDate(Date.now()) }),
			},
		});
		const error = result.items![0].json;
		assert.deepEqual([error.success, error.code, error.httpStatus], [false, 'BAD_REQUEST', 400]);
		assert.deepEqual(
			(error.invalidInputs as Array<{ name: string; type: string }>).map(
				(input) => `${input.name}:${input.type}`,
			),
			['pageNumber:NotNull', 'pageSize:NotNull', 'startDate:InvalidRange', 'endDate:InvalidRange'],
		);
	});
});
