/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { formatKst } from '../../emulator/kst';
import { inquiryStateOf, type InquiryState } from '../../emulator/routes/inquiries';
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import { credentialsFor, runNaverCommerceNode } from '../../helpers/n8nHarness';

const DAY_MS = 24 * 60 * 60 * 1000;
const kstDate = (ms: number) => formatKst(ms).slice(0, 10);

const getAll = (parameters: Record<string, unknown>) => ({
	resource: 'customerInquiry',
	operation: 'getAll',
	...parameters,
});

describe('Customer Inquiry → Get Many through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	let state: InquiryState;
	const run = (options: Omit<Parameters<typeof runNaverCommerceNode>[0], 'credentialsHelper'>) =>
		runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			...options,
		});
	/** The seeded inquiries registered on KST days from `start` to `end`, newest first. */
	const inquiriesBetween = (start: string, end: string, answered?: boolean) =>
		state.inquiries
			.filter((inquiry) => {
				const day = kstDate(inquiry.registeredMs);
				const isAnswered = inquiry.answerContentId !== undefined;
				return day >= start && day <= end && (answered === undefined || isAnswered === answered);
			})
			.sort((a, b) => b.registeredMs - a.registeredMs || b.inquiryNo - a.inquiryNo);
	const listRequests = () => state.requests.filter((request) => request.route === 'inquiries.list');

	before(async () => {
		emulator = await startEmulator();
		state = inquiryStateOf(emulator.store);
	});
	after(async () => {
		await emulator.stop();
	});
	beforeEach(() => {
		emulator.resetStats();
		state.requests.length = 0;
	});

	test('Return All over 365 days: every inquiry of the period, newest first, in pages of 200', async () => {
		// 365 days with both ends included: the longest period Naver allows.
		const start = kstDate(Date.now() - 364 * DAY_MS);
		const end = kstDate(Date.now());
		const expected = inquiriesBetween(start, end);
		// The seed spans 400 days: the period must leave some out and need more than one page.
		assert.ok(expected.length > 200 && expected.length < state.inquiries.length);

		const result = await run({
			parameters: getAll({ startDate: start, endDate: end, returnAll: true }),
		});

		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => item.json.inquiryNo),
			expected.map((inquiry) => inquiry.inquiryNo),
		);
		assert.ok(result.items!.every((item) => (item.pairedItem as { item: number }).item === 0));
		assert.deepEqual(
			listRequests().map((request) => request.query),
			[1, 2].map((page) => ({
				startSearchDate: [start],
				endSearchDate: [end],
				size: ['200'],
				page: [String(page)],
			})),
		);
		const first = result.items![0].json;
		assert.equal(typeof first.inquiryRegistrationDateTime, 'string');
		assert.equal(typeof first.answered, 'boolean');
	});

	test("Limit: one page sized to the limit, never below Naver's minimum of 10", async () => {
		const start = kstDate(Date.now() - 200 * DAY_MS);
		const end = kstDate(Date.now());
		const expected = inquiriesBetween(start, end);

		const small = await run({ parameters: getAll({ startDate: start, endDate: end, limit: 5 }) });
		assert.equal(small.error, undefined, small.error?.message);
		assert.deepEqual(
			small.items?.map((item) => item.json.inquiryNo),
			expected.slice(0, 5).map((inquiry) => inquiry.inquiryNo),
		);
		assert.deepEqual(
			listRequests().map((request) => [request.query.size[0], request.query.page[0]]),
			[['10', '1']],
		);

		state.requests.length = 0;
		const medium = await run({ parameters: getAll({ startDate: start, endDate: end, limit: 37 }) });
		assert.equal(medium.items?.length, 37);
		assert.deepEqual(
			listRequests().map((request) => request.query.size[0]),
			['37'],
		);
	});

	test('a limit above 200 takes pages of 200 until it is met, and no further', async () => {
		const start = kstDate(Date.now() - 364 * DAY_MS);
		const end = kstDate(Date.now());
		const result = await run({
			parameters: getAll({ startDate: start, endDate: end, limit: 250 }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => item.json.inquiryNo),
			inquiriesBetween(start, end)
				.slice(0, 250)
				.map((inquiry) => inquiry.inquiryNo),
		);
		assert.deepEqual(
			listRequests().map((request) => [request.query.size[0], request.query.page[0]]),
			[
				['200', '1'],
				['200', '2'],
			],
		);
	});

	test('Answer Status sends answered=true/false and returns only those inquiries', async () => {
		const start = kstDate(Date.now() - 120 * DAY_MS);
		const end = kstDate(Date.now());
		for (const [answerStatus, answered] of [
			['unanswered', false],
			['answered', true],
		] as const) {
			state.requests.length = 0;
			const result = await run({
				parameters: getAll({ startDate: start, endDate: end, answerStatus, returnAll: true }),
			});
			assert.equal(result.error, undefined, result.error?.message);
			const expected = inquiriesBetween(start, end, answered);
			assert.ok(expected.length > 0);
			assert.deepEqual(
				result.items?.map((item) => [item.json.inquiryNo, item.json.answered]),
				expected.map((inquiry) => [inquiry.inquiryNo, answered]),
			);
			assert.deepEqual(listRequests()[0].query.answered, [String(answered)]);
		}
	});

	test('n8n date-times become KST calendar days', async () => {
		// 20:30 UTC is 05:30 the next day in Korea.
		const result = await run({
			parameters: getAll({
				startDate: '2025-03-01T20:30:00Z',
				endDate: '2025-03-09T23:59:59+09:00',
				returnAll: true,
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(listRequests()[0].query.startSearchDate, ['2025-03-02']);
		assert.deepEqual(listRequests()[0].query.endSearchDate, ['2025-03-09']);
	});

	test('every input item runs its own search, and its results are paired with it', async () => {
		const periods = [
			{ from: kstDate(Date.now() - 10 * DAY_MS), to: kstDate(Date.now()) },
			{ from: kstDate(Date.now() - 40 * DAY_MS), to: kstDate(Date.now() - 20 * DAY_MS) },
		];
		const result = await run({
			inputItems: periods,
			parameters: getAll({
				startDate: '={{ $json.from }}',
				endDate: '={{ $json.to }}',
				returnAll: true,
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		const expected = periods.flatMap((period, index) =>
			inquiriesBetween(period.from, period.to).map((inquiry) => [inquiry.inquiryNo, index]),
		);
		assert.ok(
			expected.some(([, index]) => index === 0) && expected.some(([, index]) => index === 1),
		);
		assert.deepEqual(
			result.items?.map((item) => [
				item.json.inquiryNo,
				(item.pairedItem as { item: number }).item,
			]),
			expected,
		);
	});

	test('Start after End, or more than 365 days: refused before any request; continue on fail keeps the others', async () => {
		const today = Date.now();
		const result = await run({
			continueOnFail: true,
			inputItems: [
				{ from: kstDate(today - 5 * DAY_MS), to: kstDate(today) },
				{ from: kstDate(today), to: kstDate(today - 5 * DAY_MS) },
				{ from: kstDate(today - 365 * DAY_MS), to: kstDate(today) },
			],
			parameters: getAll({
				startDate: '={{ $json.from }}',
				endDate: '={{ $json.to }}',
				returnAll: true,
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		const byInput = (index: number) =>
			result.items!.filter((item) => (item.pairedItem as { item: number }).item === index);
		assert.equal(
			byInput(0).length,
			inquiriesBetween(kstDate(today - 5 * DAY_MS), kstDate(today)).length,
		);
		assert.equal(byInput(1).length, 1);
		assert.match(String(byInput(1)[0].json.error), /Start Date \(.+\) is after End Date/);
		assert.equal(byInput(2).length, 1);
		assert.match(String(byInput(2)[0].json.error), /at most 365 days per request.* is 366 days/);
		assert.equal(listRequests().length, 1);
	});

	test('without continue on fail a refused period stops the execution at its item', async () => {
		const result = await run({
			inputItems: [{ from: '2025-01-01', to: '2026-06-01' }],
			parameters: getAll({ startDate: '={{ $json.from }}', endDate: '={{ $json.to }}' }),
		});
		assert.match(String(result.error?.message), /at most 365 days/);
		assert.equal(emulator.stats.apiRequests, 0);
	});

	test("the emulator keeps Naver's rules and error envelope (4001–4007) for direct calls", async () => {
		const today = Date.now();
		const queries = [
			{ startSearchDate: kstDate(today - 364 * DAY_MS), endSearchDate: kstDate(today) },
			{ startSearchDate: kstDate(today - 365 * DAY_MS), endSearchDate: kstDate(today) },
			{ startSearchDate: kstDate(today), endSearchDate: kstDate(today - DAY_MS) },
			{ startSearchDate: kstDate(today), endSearchDate: kstDate(today), size: 9 },
			{ startSearchDate: kstDate(today), endSearchDate: kstDate(today), size: 201 },
			{ startSearchDate: kstDate(today), endSearchDate: kstDate(today), page: 0 },
			{ startSearchDate: '2025/01/01', endSearchDate: kstDate(today), answered: 'yes' },
		];
		const result = await run({
			continueOnFail: true,
			inputItems: queries.map((query) => ({ query })),
			parameters: {
				resource: 'apiRequest',
				operation: 'send',
				method: 'GET',
				path: '/v1/pay-user/inquiries',
				query: '={{ JSON.stringify($json.query) }}',
			},
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(result.items?.length, queries.length);
		assert.equal(typeof result.items![0].json.totalElements, 'number');
		assert.deepEqual(
			result.items!.slice(1).map((item) => [item.json.code, item.json.httpStatus]),
			[
				['4003', 400],
				['4002', 400],
				['4006', 400],
				['4007', 400],
				['4004', 400],
				['4001', 400],
			],
		);
		const invalid = result.items![6].json.invalidInputs as Array<{ name: string }>;
		assert.deepEqual(
			invalid.map((input) => input.name),
			['startSearchDate', 'answered'],
		);
		assert.match(String(result.items![1].json.traceId), /^emu-/);
	});
});
