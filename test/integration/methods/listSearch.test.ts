/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The editor's "From List" lookups (methods/listSearch.ts) through n8n-core's LoadOptionsContext,
 * and the resource-locator fields they fill: a value picked from the list, typed by ID, or saved
 * as a plain string by 0.1.x reaches Naver the same.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { formatKst } from '../../emulator/kst';
import { inquiryStateOf } from '../../emulator/routes/inquiries';
import { productCatalogue } from '../../emulator/routes/products';
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import {
	credentialsFor,
	runListSearch,
	runNaverCommerceNode,
	type StoredCredentialsHelper,
} from '../../helpers/n8nHarness';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('Editor lookups (listSearch) through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	let helper: StoredCredentialsHelper;
	const search = (method: string, filter?: string, paginationToken?: string) =>
		runListSearch({ credentialsHelper: helper, method, filter, paginationToken });

	before(async () => {
		emulator = await startEmulator({ productOrders: 400, spanHours: 30 });
		helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
	});
	after(async () => await emulator.stop());
	beforeEach(() => emulator.resetStats());

	test('products: most recently changed first, page by page, each by its origin product number', async () => {
		const catalogue = productCatalogue(emulator.store);
		const first = await search('searchProducts');
		assert.equal(first.results.length, 50);
		assert.equal(first.paginationToken, '2');
		const second = await search('searchProducts', undefined, first.paginationToken);
		const picked = [...first.results, ...second.results].map((result) => Number(result.value));
		assert.equal(new Set(picked).size, picked.length, 'no product twice across pages');
		const changed = picked.map((no) => catalogue.byOriginProductNo(no)!.modMs);
		assert.ok(
			changed.every((ms, index) => index === 0 || changed[index - 1] >= ms),
			'most recently changed first',
		);
		const newest = Math.max(...catalogue.products.map((product) => product.modMs));
		assert.equal(changed[0], newest);
		assert.deepEqual(emulator.stats.byRoute['products.search'], 2, 'one request per page');
		const product = catalogue.byOriginProductNo(Number(first.results[0].value))!;
		assert.equal(
			first.results[0].name,
			`${String(product.smartstoreChannelProduct.channelProductName)} (${product.originProductNo})`,
		);
	});

	test('products: digits look the number up; other text filters names on the page', async () => {
		const product = productCatalogue(emulator.store).products[3];
		const byNumber = await search('searchProducts', String(product.originProductNo));
		assert.deepEqual(
			byNumber.results.map((result) => result.value),
			[String(product.originProductNo)],
		);
		assert.equal(byNumber.paginationToken, undefined);
		const word = String(product.smartstoreChannelProduct.channelProductName).split(' ')[0];
		const byName = await search('searchProducts', word.toUpperCase());
		assert.ok(byName.results.length > 0);
		assert.ok(
			byName.results.every((result) => result.name.toLowerCase().includes(word.toLowerCase())),
		);
	});

	test('inquiries: unanswered ones for Answer, answered ones for Update Answer, newest first', async () => {
		const state = inquiryStateOf(emulator.store);
		const since = formatKst(Date.now() - 364 * DAY_MS).slice(0, 10);
		const newestFirst = (answered: boolean) =>
			state.inquiries
				.filter(
					(inquiry) =>
						(inquiry.answerContentId !== undefined) === answered &&
						formatKst(inquiry.registeredMs).slice(0, 10) >= since,
				)
				.sort((a, b) => b.registeredMs - a.registeredMs || b.inquiryNo - a.inquiryNo)
				.slice(0, 50)
				.map((inquiry) => String(inquiry.inquiryNo));
		const unanswered = await search('searchUnansweredInquiries');
		assert.deepEqual(
			unanswered.results.map((result) => result.value),
			newestFirst(false),
		);
		const answered = await search('searchAnsweredInquiries');
		assert.deepEqual(
			answered.results.map((result) => result.value),
			newestFirst(true),
		);
		const inquiry = state.inquiries.find(
			(candidate) => String(candidate.inquiryNo) === unanswered.results[0].value,
		)!;
		assert.equal(
			unanswered.results[0].name,
			`${inquiry.title} – ${inquiry.productName} (${inquiry.inquiryNo})`,
		);
	});

	test('product questions: the unanswered ones of the last 90 days, filterable by text', async () => {
		const state = inquiryStateOf(emulator.store);
		const unanswered = state.questions
			.filter(
				(question) =>
					question.answer === undefined && question.createdMs >= Date.now() - 90 * DAY_MS,
			)
			.sort((a, b) => b.createdMs - a.createdMs || b.questionId - a.questionId);
		const result = await search('searchUnansweredQuestions');
		assert.deepEqual(
			result.results.map((entry) => entry.value),
			unanswered.slice(0, 50).map((question) => String(question.questionId)),
		);
		const filtered = await search('searchUnansweredQuestions', unanswered[0].productName);
		assert.ok(filtered.results.length > 0);
		assert.ok(filtered.results.every((entry) => entry.name.includes(unanswered[0].productName)));
	});

	test('orders: each order changed in the last 24 hours once, following the feed', async () => {
		const sinceMs = Date.now() - DAY_MS;
		const expected = new Set(
			emulator.store.productOrders
				.filter((order) => order.lastChangedMs >= sinceMs)
				.map((order) => order.orderId),
		);
		const seen: string[] = [];
		let token: string | undefined;
		for (let page = 0; page < 10; page++) {
			const result = await search('searchRecentOrders', undefined, token);
			seen.push(...result.results.map((entry) => String(entry.value)));
			token = result.paginationToken;
			if (!token) break;
		}
		assert.equal(token, undefined, 'the feed ends');
		assert.deepEqual(new Set(seen), expected);
		assert.ok(
			emulator.stats.byRoute['productOrders.lastChangedStatuses'] >= 2,
			'more than one page',
		);
	});

	test('a value picked From List, typed By ID, or saved as a plain string reads the same product', async () => {
		const product = productCatalogue(emulator.store).products[5];
		const id = String(product.originProductNo);
		const values = [
			{ __rl: true, mode: 'list', value: id, cachedResultName: 'picked in the editor' },
			{ __rl: true, mode: 'id', value: id },
			{ __rl: true, mode: 'id', value: '={{ $json.no }}' },
			id,
		];
		for (const originProductNo of values) {
			const result = await runNaverCommerceNode({
				credentialsHelper: helper,
				inputItems: [{ no: id }],
				parameters: { resource: 'product', operation: 'get', originProductNo },
			});
			assert.equal(result.error, undefined, result.error?.message);
			assert.equal(result.items?.[0].json.originProductNo, product.originProductNo);
		}
	});

	test('inquiry, question and order fields take a resource locator value as well', async () => {
		const state = inquiryStateOf(emulator.store);
		const question = state.questions.find((candidate) => candidate.answer === undefined)!;
		const answered = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: {
				resource: 'productQna',
				operation: 'answer',
				questionId: { __rl: true, mode: 'list', value: String(question.questionId) },
				commentContent: '재입고 예정입니다.',
			},
		});
		assert.equal(answered.error, undefined, answered.error?.message);
		assert.equal(question.answer, '재입고 예정입니다.');

		const order = emulator.store.productOrders[0];
		const lines = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: {
				resource: 'productOrder',
				operation: 'getProductOrderIds',
				orderId: { __rl: true, mode: 'id', value: order.orderId },
			},
		});
		assert.equal(lines.error, undefined, lines.error?.message);
		assert.ok(lines.items!.some((item) => item.json.productOrderId === order.productOrderId));

		// n8n checks a typed ID against the field's pattern before the workflow runs.
		await assert.rejects(
			runNaverCommerceNode({
				credentialsHelper: helper,
				parameters: {
					resource: 'customerInquiry',
					operation: 'answer',
					inquiryNo: { __rl: true, mode: 'id', value: 'INQ-1' },
					answerComment: '답변',
				},
			}),
			/Inquiry Number: digits only, such as 410000037/,
		);
		assert.equal(emulator.stats.byRoute['inquiries.answer'] ?? 0, 0);
	});
});
