/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import {
	inquiryStateOf,
	type InquiryState,
	type ProductQuestion,
} from '../../emulator/routes/inquiries';
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import { credentialsFor, runNaverCommerceNode } from '../../helpers/n8nHarness';

const answer = (parameters: Record<string, unknown>) => ({
	resource: 'productQna',
	operation: 'answer',
	...parameters,
});

describe('Product Q&A → Answer through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	let state: InquiryState;
	const run = (options: Omit<Parameters<typeof runNaverCommerceNode>[0], 'credentialsHelper'>) =>
		runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			...options,
		});
	// Each test takes questions no other test has touched.
	const used = new Set<number>();
	const take = (answered: boolean): ProductQuestion => {
		const question = state.questions.find(
			(candidate) =>
				(candidate.answer !== undefined) === answered && !used.has(candidate.questionId),
		)!;
		used.add(question.questionId);
		return question;
	};
	const writes = () => state.requests.filter((request) => request.route === 'qnas.answer');

	before(async () => {
		emulator = await startEmulator();
		state = inquiryStateOf(emulator.store);
	});
	after(async () => {
		await emulator.stop();
	});
	beforeEach(() => {
		emulator.resetStats();
		emulator.faults = [];
		state.requests.length = 0;
	});

	test('Answer puts commentContent once; the 204 becomes one item naming the answered question', async () => {
		const question = take(false);
		const result = await run({
			parameters: answer({
				questionId: String(question.questionId),
				commentContent: '다음 주 재입고 예정입니다.',
			}),
		});

		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => [item.json, item.pairedItem]),
			[
				[
					{
						questionId: question.questionId,
						answered: true,
						answer: '다음 주 재입고 예정입니다.',
					},
					{ item: 0 },
				],
			],
		);
		assert.deepEqual(
			writes().map(({ method, path, body }) => ({ method, path, body })),
			[
				{
					method: 'PUT',
					path: `/v1/contents/qnas/${question.questionId}`,
					body: { commentContent: '다음 주 재입고 예정입니다.' },
				},
			],
		);
		assert.equal(question.answer, '다음 주 재입고 예정입니다.');
	});

	test('answering an answered question replaces its answer, as Naver does', async () => {
		const question = take(true);
		const result = await run({
			parameters: answer({ questionId: String(question.questionId), commentContent: '수정' }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(question.answer, '수정');
	});

	test('continue on fail: an unknown question becomes an error item in place, the others are answered', async () => {
		const questions = [take(false), { questionId: 123 }, take(false)];
		const result = await run({
			continueOnFail: true,
			inputItems: questions.map((question) => ({ id: question.questionId })),
			parameters: answer({
				questionId: '={{ $json.id }}',
				commentContent: '={{ "답변 " + $json.id }}',
			}),
		});

		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => item.pairedItem),
			[{ item: 0 }, { item: 1 }, { item: 2 }],
		);
		assert.equal(result.items![0].json.questionId, questions[0].questionId);
		assert.equal(result.items![2].json.questionId, questions[2].questionId);
		assert.equal((questions[2] as ProductQuestion).answer, `답변 ${questions[2].questionId}`);
		const failed = result.items![1].json;
		assert.equal(failed.code, 'NOT_FOUND');
		assert.equal(failed.httpStatus, 404);
		assert.match(String(failed.error), /^Naver Commerce API error NOT_FOUND/);
		assert.equal(writes().length, 3);
	});

	test('a question ID that is not a number, or an empty answer, is refused before any request', async () => {
		const result = await run({
			continueOnFail: true,
			inputItems: [
				{ id: 'q-1', text: '답변' },
				{ id: String(take(false).questionId), text: '' },
			],
			parameters: answer({ questionId: '={{ $json.id }}', commentContent: '={{ $json.text }}' }),
		});
		assert.match(String(result.items![0].json.error), /Question ID must be a number/);
		assert.match(String(result.items![1].json.error), /Answer is empty/);
		assert.equal(emulator.stats.apiRequests, 0);
	});

	test("the emulator refuses a blank answer with Naver's envelope (direct call)", async () => {
		const question = take(false);
		const result = await run({
			continueOnFail: true,
			parameters: {
				resource: 'apiRequest',
				operation: 'send',
				method: 'PUT',
				path: `/v1/contents/qnas/${question.questionId}`,
				body: '{"commentContent": " "}',
			},
		});
		assert.equal(result.items![0].json.code, 'BAD_REQUEST');
		assert.deepEqual(result.items![0].json.invalidInputs, [
			{ name: 'commentContent', type: 'NotBlank', message: '답변 내용을 입력해 주세요.' },
		]);
		assert.equal(question.answer, undefined);
	});

	test('an answer is never sent twice: a 502 is reported after one attempt', async () => {
		const question = take(false);
		emulator.faults.push({
			method: 'PUT',
			pathPrefix: '/v1/contents/qnas/',
			status: 502,
			code: 'GW.PROXY.02',
			remaining: 2,
		});
		const result = await run({
			parameters: answer({ questionId: String(question.questionId), commentContent: '답변' }),
		});
		assert.match(String(result.error?.message), /GW\.PROXY\.02/);
		assert.equal(emulator.faults[0]?.remaining, 1);
		assert.equal(question.answer, undefined);
	});
});
