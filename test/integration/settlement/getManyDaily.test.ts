/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { DAY_MS, kstDate, settlement, settlementKit } from './settlementKit';

const daily = settlement('getManyDaily');

describe('Settlement → Get Many Daily through n8n-core', () => {
	const kit = settlementKit();
	const { run } = kit;
	const dailyBetween = (start: string, end: string) =>
		kit.state.daily.filter(
			(row) => (row.settleExpectDate as string) >= start && (row.settleExpectDate as string) <= end,
		);
	const pagesRequested = () => kit.pagesRequested('settlements.daily');

	test('Return All: one request of up to 1000 records with the dates as yyyy-MM-dd', async () => {
		const start = kstDate(Date.now() - 120 * DAY_MS);
		const end = kstDate(Date.now());
		const result = await run({
			parameters: daily({ startDate: start, endDate: end, returnAll: true }),
		});

		assert.equal(result.error, undefined, result.error?.message);
		const expected = dailyBetween(start, end);
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
	});

	test('Return All with a smaller Page Size walks every page, by pageNumber from 1', async () => {
		const start = kstDate(Date.now() - 90 * DAY_MS);
		const end = kstDate(Date.now());
		const expected = dailyBetween(start, end);
		const result = await run({
			parameters: daily({
				startDate: start,
				endDate: end,
				returnAll: true,
				options: { pageSize: 25 },
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => item.json.settleExpectDate),
			expected.map((row) => row.settleExpectDate),
		);
		const pages = Math.ceil(expected.length / 25);
		assert.ok(pages >= 3);
		assert.deepEqual(
			pagesRequested(),
			Array.from({ length: pages }, (_, index) => [String(index + 1), '25']),
		);
	});

	test('Limit: page size follows the limit, and paging stops once the limit is met', async () => {
		const start = kstDate(Date.now() - 150 * DAY_MS);
		const end = kstDate(Date.now());
		const expected = dailyBetween(start, end);

		const one = await run({ parameters: daily({ startDate: start, endDate: end, limit: 10 }) });
		assert.deepEqual(
			one.items?.map((item) => item.json.settleExpectDate),
			expected.slice(0, 10).map((row) => row.settleExpectDate),
		);
		assert.deepEqual(pagesRequested(), [['1', '10']]);

		kit.state.requests.length = 0;
		const several = await run({
			parameters: daily({ startDate: start, endDate: end, limit: 60, options: { pageSize: 25 } }),
		});
		assert.equal(several.items?.length, 60);
		assert.deepEqual(pagesRequested(), [
			['1', '25'],
			['2', '25'],
			['3', '25'],
		]);
	});

	test('Start after End is refused before any request; continue on fail keeps the other items', async () => {
		const today = kstDate(Date.now());
		const weekAgo = kstDate(Date.now() - 7 * DAY_MS);
		const result = await run({
			continueOnFail: true,
			inputItems: [
				{ from: today, to: weekAgo },
				{ from: weekAgo, to: today },
			],
			parameters: daily({
				startDate: '={{ $json.from }}',
				endDate: '={{ $json.to }}',
				returnAll: true,
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(result.items![0].pairedItem, { item: 0 });
		assert.equal(
			result.items![0].json.error,
			`Start Date (${today}) is after End Date (${weekAgo})`,
		);
		assert.equal(result.items!.length - 1, dailyBetween(weekAgo, today).length);
		assert.ok(
			result.items!.slice(1).every((item) => (item.pairedItem as { item: number }).item === 1),
		);
		assert.equal(kit.state.requests.length, 1);
	});

	test("the emulator reports every invalid input in Naver's BAD_REQUEST envelope (direct call)", async () => {
		const result = await run({
			continueOnFail: true,
			parameters: {
				resource: 'apiRequest',
				operation: 'send',
				method: 'GET',
				path: '/v1/pay-settle/settle/daily',
				query: JSON.stringify({ endDate: '2025-13-01', pageNumber: 0, pageSize: 1001 }),
			},
		});
		const error = result.items![0].json;
		assert.equal(error.code, 'BAD_REQUEST');
		assert.equal(error.httpStatus, 400);
		assert.deepEqual(
			(error.invalidInputs as Array<{ name: string; type: string }>).map(
				(input) => `${input.name}:${input.type}`,
			),
			['startDate:NotNull', 'endDate:typeMismatch', 'pageNumber:Min', 'pageSize:Max'],
		);
		assert.match(String(error.description), /Invalid input: pageSize – 1000 이하여야 합니다\./);
	});

	test('a read is retried after a server error, up to twice, then reported as an error item', async () => {
		kit.emulator.faults.push({
			method: 'GET',
			pathPrefix: '/v1/pay-settle/settle/daily',
			status: 500,
			code: 'GW.PROXY.01',
			remaining: 3,
		});
		const result = await run({
			continueOnFail: true,
			parameters: daily({ startDate: '2025-01-01', endDate: '2025-01-31', limit: 5 }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(result.items?.length, 1);
		assert.equal(result.items![0].json.code, 'GW.PROXY.01');
		assert.equal(result.items![0].json.httpStatus, 500);
		assert.equal(kit.emulator.faults.length, 0);
	});
});
