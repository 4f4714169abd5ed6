/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
	DAY_MS,
	dayBefore,
	kstDate,
	lastDayOfPreviousMonth,
	settlement,
	settlementKit,
} from './settlementKit';

const vatDaily = settlement('getManyVatDaily');

describe('Settlement → Get Many VAT Daily through n8n-core', () => {
	const kit = settlementKit();
	const { run } = kit;
	const daysBetween = (start: string, end: string) =>
		kit.state.vatDaily.filter(
			(row) => (row.settleBasisDate as string) >= start && (row.settleBasisDate as string) <= end,
		);
	const pagesRequested = () => kit.pagesRequested('settlements.vatDaily');

	test('Return All: one request of up to 1000 days; each day sums the settlements it declares', async () => {
		const end = lastDayOfPreviousMonth();
		const start = dayBefore(end, 120);
		const result = await run({
			parameters: vatDaily({ startDate: start, endDate: end, returnAll: true }),
		});

		assert.equal(result.error, undefined, result.error?.message);
		const expected = daysBetween(start, end);
		assert.ok(expected.length > 100);
		assert.deepEqual(
			result.items?.map((item) => item.json),
			expected,
		);
		assert.ok(result.items!.every((item) => (item.pairedItem as { item: number }).item === 0));
		assert.deepEqual(
			kit.state.requests.map((request) => request.query),
			[{ startDate: start, endDate: end, pageNumber: '1', pageSize: '1000' }],
		);
		// Every day: what buyers paid for the settlements based on it (a cancellation after
		// settlement takes its amount back; one cancelled before settlement was never a sale),
		// split by taxation and, separately, by the evidence each payment left.
		for (const item of result.items!) {
			const day = item.json;
			const declared = kit.state.cases.filter(
				(settlement) =>
					settlement.taxReturnDate === day.settleBasisDate &&
					settlement.settleType !== 'NORMAL_SETTLE_BEFORE_CANCEL',
			);
			const paid = declared.reduce((sum, settlement) => sum + settlement.paySettleAmount, 0);
			assert.equal(day.totalSalesAmount, paid, String(day.settleBasisDate));
			assert.equal(
				Number(day.taxationSalesAmount) + Number(day.taxExemptionSalesAmount),
				day.totalSalesAmount,
			);
			assert.equal(
				Number(day.creditCardAmount) +
					Number(day.cashInComeDeductionAmount) +
					Number(day.cashOutGoingEvidenceAmount) +
					Number(day.cashExclusionIssuanceAmount) +
					Number(day.otherAmount),
				day.totalSalesAmount,
			);
			assert.equal(day.merchantName, '에뮬레이터 스토어');
		}
		assert.ok(result.items!.some((item) => Number(item.json.taxExemptionSalesAmount) > 0));
	});

	test('Page Size and Limit: pages by pageNumber from 1, and paging stops once the limit is met', async () => {
		const end = lastDayOfPreviousMonth();
		const start = dayBefore(end, 90);
		const expected = daysBetween(start, end);

		const all = await run({
			parameters: vatDaily({
				startDate: start,
				endDate: end,
				returnAll: true,
				options: { pageSize: 25 },
			}),
		});
		assert.deepEqual(
			all.items?.map((item) => item.json.settleBasisDate),
			expected.map((row) => row.settleBasisDate),
		);
		const pages = Math.ceil(expected.length / 25);
		assert.ok(pages >= 3);
		assert.deepEqual(
			pagesRequested(),
			Array.from({ length: pages }, (_, index) => [String(index + 1), '25']),
		);

		kit.state.requests.length = 0;
		const limited = await run({
			parameters: vatDaily({ startDate: start, endDate: end, limit: 10 }),
		});
		assert.deepEqual(
			limited.items?.map((item) => item.json.settleBasisDate),
			expected.slice(0, 10).map((row) => row.settleBasisDate),
		);
		assert.deepEqual(pagesRequested(), [['1', '10']]);
	});

	test('an End Date in this month or a Start after End is refused before any request', async () => {
		const end = lastDayOfPreviousMonth();
		const today = kstDate(Date.now());
		const result = await run({
			continueOnFail: true,
			inputItems: [
				{ from: dayBefore(end, 10), to: today },
				{ from: end, to: dayBefore(end, 3) },
				{ from: dayBefore(end, 6), to: end },
			],
			parameters: vatDaily({
				startDate: '={{ $json.from }}',
				endDate: '={{ $json.to }}',
				returnAll: true,
			}),
		});

		assert.equal(result.error, undefined, result.error?.message);
		const [thisMonth, reversed, ...valid] = result.items!;
		assert.equal(
			thisMonth.json.error,
			`End Date (${today}) is after ${end}: Naver keeps VAT records up to the last day of the previous month`,
		);
		assert.deepEqual(thisMonth.pairedItem, { item: 0 });
		assert.equal(
			reversed.json.error,
			`Start Date (${end}) is after End Date (${dayBefore(end, 3)})`,
		);
		assert.deepEqual(reversed.pairedItem, { item: 1 });
		assert.equal(valid.length, daysBetween(dayBefore(end, 6), end).length);
		assert.ok(valid.every((item) => (item.pairedItem as { item: number }).item === 2));
		assert.equal(kit.state.requests.length, 1, 'only the valid item was sent');
	});

	test("Naver's refusal: BAD_REQUEST naming every invalid input, a date after last month's end among them (direct call)", async () => {
		const result = await run({
			continueOnFail: true,
			parameters: {
				resource: 'apiRequest',
				operation: 'send',
				method: 'GET',
				path: '/v1/pay-settle/vat/daily',
				query: JSON.stringify({
					startDate: lastDayOfPreviousMonth(),
					endDate: kstDate(Date.now() + DAY_MS),
					pageNumber: 0,
					pageSize: 1001,
				}),
			},
		});
		const error = result.items![0].json;
		assert.deepEqual([error.code, error.httpStatus], ['BAD_REQUEST', 400]);
		assert.deepEqual(
			(error.invalidInputs as Array<{ name: string; type: string }>).map(
				(input) => `${input.name}:${input.type}`,
			),
			['pageNumber:Min', 'pageSize:Max', 'endDate:InvalidRange'],
		);
		assert.match(
			String(error.description),
			new RegExp(
				`Invalid input: endDate – 전월 말일\\(${lastDayOfPreviousMonth()}\\)까지 조회 가능합니다\\.`,
			),
		);
	});

	test('a read is retried after a server error, up to twice, then reported as an error item', async () => {
		kit.emulator.faults.push({
			method: 'GET',
			pathPrefix: '/v1/pay-settle/vat/daily',
			status: 500,
			code: 'GW.PROXY.01',
			remaining: 3,
		});
		const end = lastDayOfPreviousMonth();
		const result = await run({
			continueOnFail: true,
			parameters: vatDaily({ startDate: dayBefore(end, 5), endDate: end, limit: 5 }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => [item.json.code, item.json.httpStatus]),
			[['GW.PROXY.01', 500]],
		);
		assert.equal(kit.emulator.faults.length, 0, 'three attempts');
	});
});
