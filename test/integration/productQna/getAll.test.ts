/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { formatKst } from '../../emulator/kst';
import { inquiryStateOf, type InquiryState } from '../../emulator/routes/inquiries';
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import { credentialsFor, runNaverCommerceNode } from '../../helpers/n8nHarness';

const DAY_MS = 24 * 60 * 60 * 1000;

const getAll = (parameters: Record<string, unknown>) => ({
	resource: 'productQna',
	operation: 'getAll',
	...parameters,
});

describe('Product Q&A → Get Many through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	let state: InquiryState;
	const run = (options: Omit<Parameters<typeof runNaverCommerceNode>[0], 'credentialsHelper'>) =>
		runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			...options,
		});
	/** The seeded questions asked from `fromMs` to `toMs`, newest first. */
	const questionsBetween = (fromMs: number, toMs: number, answered?: boolean) =>
		state.questions
			.filter(
				(question) =>
					question.createdMs >= fromMs &&
					question.createdMs <= toMs &&
					(answered === undefined || (question.answer !== undefined) === answered),
			)
			.sort((a, b) => b.createdMs - a.createdMs || b.questionId - a.questionId)
			.map((question) => question.questionId);
	const listRequests = () => state.requests.filter((request) => request.route === 'qnas.list');

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

	test("Return All: every question of the period in pages of 100, dates in Naver's KST format", async () => {
		const fromMs = Date.now() - 60 * DAY_MS;
		const toMs = Date.now();
		const expected = questionsBetween(fromMs, toMs);
		assert.ok(expected.length > 100);

		const result = await run({
			parameters: getAll({
				fromDate: new Date(fromMs).toISOString(),
				toDate: new Date(toMs).toISOString(),
				returnAll: true,
			}),
		});

		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => item.json.questionId),
			expected,
		);
		assert.ok(result.items!.every((item) => (item.pairedItem as { item: number }).item === 0));
		const pages = Math.ceil(expected.length / 100);
		assert.deepEqual(
			listRequests().map((request) => request.query),
			Array.from({ length: pages }, (_, index) => ({
				fromDate: [formatKst(fromMs)],
				toDate: [formatKst(toMs)],
				size: ['100'],
				page: [String(index + 1)],
			})),
		);
		assert.match(String(result.items![0].json.createDate), /\+09:00$/);
	});

	test('Limit: a page sized to the limit, or pages of 100 until the limit is met', async () => {
		const fromMs = Date.now() - 80 * DAY_MS;
		const toMs = Date.now();
		const expected = questionsBetween(fromMs, toMs);

		const small = await run({
			parameters: getAll({
				fromDate: new Date(fromMs).toISOString(),
				toDate: new Date(toMs).toISOString(),
				limit: 30,
			}),
		});
		assert.deepEqual(
			small.items?.map((item) => item.json.questionId),
			expected.slice(0, 30),
		);
		assert.deepEqual(
			listRequests().map((request) => [request.query.size[0], request.query.page[0]]),
			[['30', '1']],
		);

		state.requests.length = 0;
		const large = await run({
			parameters: getAll({
				fromDate: new Date(fromMs).toISOString(),
				toDate: new Date(toMs).toISOString(),
				limit: 150,
			}),
		});
		assert.deepEqual(
			large.items?.map((item) => item.json.questionId),
			expected.slice(0, 150),
		);
		assert.deepEqual(
			listRequests().map((request) => [request.query.size[0], request.query.page[0]]),
			[
				['100', '1'],
				['100', '2'],
			],
		);
	});

	test('Answer Status Unanswered sends answered=false and returns only unanswered questions', async () => {
		const fromMs = Date.now() - 30 * DAY_MS;
		const toMs = Date.now();
		const result = await run({
			parameters: getAll({
				fromDate: new Date(fromMs).toISOString(),
				toDate: new Date(toMs).toISOString(),
				answerStatus: 'unanswered',
				returnAll: true,
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		const expected = questionsBetween(fromMs, toMs, false);
		assert.ok(expected.length > 0 && expected.length < questionsBetween(fromMs, toMs).length);
		assert.deepEqual(
			result.items?.map((item) => [item.json.questionId, item.json.answered]),
			expected.map((questionId) => [questionId, false]),
		);
		assert.deepEqual(listRequests()[0].query.answered, ['false']);
	});

	test('From after To is refused before any request; continue on fail keeps the other items', async () => {
		const now = Date.now();
		const result = await run({
			continueOnFail: true,
			inputItems: [
				{ from: new Date(now).toISOString(), to: new Date(now - DAY_MS).toISOString() },
				{ from: new Date(now - 5 * DAY_MS).toISOString(), to: new Date(now).toISOString() },
			],
			parameters: getAll({
				fromDate: '={{ $json.from }}',
				toDate: '={{ $json.to }}',
				returnAll: true,
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(result.items![0].pairedItem, { item: 0 });
		assert.match(String(result.items![0].json.error), /^From \(.+\+09:00\) is after To/);
		const second = result.items!.slice(1);
		assert.equal(second.length, questionsBetween(now - 5 * DAY_MS, now).length);
		assert.ok(second.every((item) => (item.pairedItem as { item: number }).item === 1));
		assert.equal(listRequests().length, 1);
	});

	test("the emulator keeps Naver's BAD_REQUEST envelope with invalidInputs for direct calls", async () => {
		const now = Date.now();
		const result = await run({
			continueOnFail: true,
			inputItems: [
				{ query: { toDate: formatKst(now), size: 101 } },
				{ query: { fromDate: '2025-01-01', toDate: formatKst(now) } },
			],
			parameters: {
				resource: 'apiRequest',
				operation: 'send',
				method: 'GET',
				path: '/v1/contents/qnas',
				query: '={{ JSON.stringify($json.query) }}',
			},
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items!.map((item) => [
				item.json.code,
				item.json.httpStatus,
				(item.json.invalidInputs as Array<{ name: string; type: string }>).map(
					(input) => `${input.name}:${input.type}`,
				),
			]),
			[
				['BAD_REQUEST', 400, ['fromDate:NotNull', 'size:Range']],
				['BAD_REQUEST', 400, ['fromDate:typeMismatch']],
			],
		);
		assert.match(String(result.items![0].json.description), /Invalid input: size/);
	});
});
