/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { inquiryStateOf, type InquiryState } from '../../emulator/routes/inquiries';
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import { credentialsFor, runNaverCommerceNode } from '../../helpers/n8nHarness';

const getAnswerTemplates = (parameters: Record<string, unknown> = {}) => ({
	resource: 'productQna',
	operation: 'getAnswerTemplates',
	...parameters,
});

describe('Product Q&A → Get Answer Templates through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	let state: InquiryState;
	const run = (options: Omit<Parameters<typeof runNaverCommerceNode>[0], 'credentialsHelper'>) =>
		runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			...options,
		});
	const templateRequests = () =>
		state.requests.filter((request) => request.route === 'qnas.templates');

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

	test('one item per template, as the store keeps them, from one request without parameters', async () => {
		const result = await run({ parameters: getAnswerTemplates() });

		assert.equal(result.error, undefined, result.error?.message);
		assert.ok(state.templates.length > 5);
		assert.deepEqual(
			result.items?.map((item) => item.json),
			state.templates,
		);
		assert.ok(result.items!.every((item) => (item.pairedItem as { item: number }).item === 0));
		assert.deepEqual(
			templateRequests().map((request) => [request.method, request.path, request.query]),
			[['GET', '/v1/contents/qnas/templates', {}]],
		);
		assert.deepEqual(Object.keys(result.items![0].json).sort(), [
			'content',
			'questionType',
			'subject',
		]);
	});

	test('Question Types keeps only those templates; each input item gets its own, paired to it', async () => {
		const result = await run({
			inputItems: [{ types: ['DELIVERY', 'RETURN'] }, { types: 'exchange, refund' }],
			parameters: getAnswerTemplates({ filters: { questionTypes: '={{ $json.types }}' } }),
		});

		assert.equal(result.error, undefined, result.error?.message);
		const subjects = (types: string[]) =>
			state.templates
				.filter((template) => types.includes(template.questionType))
				.map((template) => template.subject);
		assert.deepEqual(
			result.items!.map((item) => [item.json.subject, item.pairedItem]),
			[
				...subjects(['DELIVERY', 'RETURN']).map((subject) => [subject, { item: 0 }]),
				...subjects(['EXCHANGE', 'REFUND']).map((subject) => [subject, { item: 1 }]),
			],
		);
		assert.equal(templateRequests().length, 2);
	});

	test('an unknown question type is refused before any request; continue on fail keeps the other items', async () => {
		const result = await run({
			continueOnFail: true,
			inputItems: [{ types: ['SHIPPING'] }, { types: ['PRODUCT'] }],
			parameters: getAnswerTemplates({ filters: { questionTypes: '={{ $json.types }}' } }),
		});

		assert.equal(result.error, undefined, result.error?.message);
		const [refused, ...products] = result.items!;
		assert.equal(
			refused.json.error,
			`"SHIPPING" is not a question type of Naver's answer templates`,
		);
		assert.match(String(refused.json.description), /Use one of .*DELIVERY/);
		assert.deepEqual(refused.pairedItem, { item: 0 });
		assert.deepEqual(
			products.map((item) => [item.json.questionType, item.pairedItem]),
			state.templates
				.filter((template) => template.questionType === 'PRODUCT')
				.map(() => ['PRODUCT', { item: 1 }]),
		);
		assert.equal(templateRequests().length, 1, 'only the valid item was sent');
	});

	test("a store without templates: Naver's 404 NOT_FOUND, as an error item or as the node's error", async () => {
		const saved = state.templates.splice(0);
		try {
			const failed = await run({ continueOnFail: true, parameters: getAnswerTemplates() });
			assert.equal(failed.error, undefined, failed.error?.message);
			const json = failed.items![0].json;
			assert.deepEqual(
				[json.success, json.httpStatus, json.code, failed.items![0].pairedItem],
				[false, 404, 'NOT_FOUND', { item: 0 }],
			);
			assert.match(String(json.error), /^Naver Commerce API error NOT_FOUND: /);

			const stopped = await run({ parameters: getAnswerTemplates() });
			assert.match(String(stopped.error?.message), /NOT_FOUND/);
			assert.equal(templateRequests().length, 2, 'a 404 is not retried');
		} finally {
			state.templates.push(...saved);
		}
	});
});
