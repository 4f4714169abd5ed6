/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { NaverCommerceEmulator } from '../../emulator/server';

import { customerInquiryKit, inquiryOperation } from './customerInquiryKit';

describe('Customer Inquiry → Answer through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = customerInquiryKit();
	const { run, take, writes } = kit;

	before(async () => {
		emulator = await kit.start();
	});
	after(async () => {
		await emulator.stop();
	});
	beforeEach(() => kit.reset());

	test('Answer posts the comment and template ID once, and outputs the new answer ID', async () => {
		const inquiry = take(false);
		const result = await run({
			parameters: inquiryOperation('answer', {
				inquiryNo: String(inquiry.inquiryNo),
				answerComment: '내일 출고 예정입니다.',
				options: { answerTemplateId: '123' },
			}),
		});

		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			writes().map(({ method, path, body }) => ({ method, path, body })),
			[
				{
					method: 'POST',
					path: `/v1/pay-merchant/inquiries/${inquiry.inquiryNo}/answer`,
					body: { answerComment: '내일 출고 예정입니다.', answerTemplateId: '123' },
				},
			],
		);
		assert.equal(inquiry.answerContent, '내일 출고 예정입니다.');
		assert.equal(inquiry.answerTemplateNo, 123);
		assert.deepEqual(
			result.items?.map((item) => [item.json, item.pairedItem]),
			[[{ inquiryNo: inquiry.inquiryNo, inquiryCommentNo: inquiry.answerContentId }, { item: 0 }]],
		);
	});

	test('answering an answered inquiry: ERR-NC-101010 as a clear error that points to Update Answer', async () => {
		const inquiry = take(true);
		const result = await run({
			parameters: inquiryOperation('answer', {
				inquiryNo: String(inquiry.inquiryNo),
				answerComment: '다시 답변합니다.',
			}),
		});

		const error = result.error as unknown as {
			message: string;
			description: string;
			httpCode: string;
			context: { itemIndex?: number; naver?: { traceId?: string } };
		};
		const traceId = String(error.context.naver?.traceId);
		assert.match(traceId, /^emu-/);
		assert.equal(
			error.message,
			`Customer inquiry ${inquiry.inquiryNo} already has an answer (Naver code ERR-NC-101010, trace ID ${traceId})`,
		);
		assert.match(error.description, /Update Answer/);
		assert.match(error.description, /answerContentId/);
		assert.match(error.description, /Naver code: ERR-NC-101010/);
		assert.ok(error.description.includes(`\nTrace ID: ${traceId}`));
		assert.equal(error.httpCode, '400');
		assert.equal(error.context.itemIndex, 0);
		assert.equal(writes().length, 1);
		assert.equal(inquiry.answerContent, '안녕하세요, 문의 주셔서 감사합니다.');
	});

	test('continue on fail: the already answered item becomes an error item in place, the others are answered', async () => {
		const inquiries = [take(false), take(true), take(false)];
		const result = await run({
			continueOnFail: true,
			inputItems: inquiries.map((inquiry) => ({ inquiryNo: inquiry.inquiryNo })),
			parameters: inquiryOperation('answer', {
				inquiryNo: '={{ $json.inquiryNo }}',
				answerComment: '={{ "답변 " + $json.inquiryNo }}',
			}),
		});

		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => item.pairedItem),
			[{ item: 0 }, { item: 1 }, { item: 2 }],
		);
		assert.equal(result.items![0].json.inquiryCommentNo, inquiries[0].answerContentId);
		assert.equal(result.items![2].json.inquiryCommentNo, inquiries[2].answerContentId);
		assert.equal(inquiries[2].answerContent, `답변 ${inquiries[2].inquiryNo}`);
		const failed = result.items![1].json;
		assert.equal(failed.code, 'ERR-NC-101010');
		assert.equal(failed.httpStatus, 400);
		assert.match(String(failed.error), /already has an answer/);
		assert.match(String(failed.description), /Update Answer/);
		assert.match(String(failed.traceId), /^emu-/);
	});

	test('an unknown inquiry is ERR-NC-101004; bad numbers and an empty answer are refused before any request', async () => {
		const result = await run({
			continueOnFail: true,
			inputItems: [
				{ inquiryNo: '999999999', text: '답변' },
				{ inquiryNo: 'abc', text: '답변' },
				{ inquiryNo: String(take(false).inquiryNo), text: '   ' },
			],
			parameters: inquiryOperation('answer', {
				inquiryNo: '={{ $json.inquiryNo }}',
				answerComment: '={{ $json.text }}',
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(result.items![0].json.code, 'ERR-NC-101004');
		assert.match(String(result.items![0].json.error), /999999999/);
		assert.match(String(result.items![1].json.error), /Inquiry Number must be a number/);
		assert.match(String(result.items![2].json.error), /Answer is empty/);
		assert.equal(writes().length, 1);
	});

	// About Answer: the Get Many read at the end only shows that a read, unlike a write, is retried.
	test('an answer is never sent twice: a 500 is reported after one attempt, while a read is retried', async () => {
		const inquiry = take(false);
		emulator.faults.push({
			method: 'POST',
			pathPrefix: '/v1/pay-merchant/inquiries/',
			status: 500,
			code: 'GW.INTERNAL_SERVER_ERROR',
			remaining: 2,
		});
		const write = await run({
			parameters: inquiryOperation('answer', {
				inquiryNo: String(inquiry.inquiryNo),
				answerComment: '답변',
			}),
		});
		assert.match(String(write.error?.message), /GW\.INTERNAL_SERVER_ERROR/);
		assert.equal(emulator.faults[0]?.remaining, 1);
		assert.equal(inquiry.answerContentId, undefined);

		emulator.faults = [];
		emulator.faults.push({
			method: 'GET',
			pathPrefix: '/v1/pay-user/inquiries',
			status: 503,
			code: 'GW.BLOCK.01',
			remaining: 1,
		});
		const read = await run({
			parameters: inquiryOperation('getAll', {
				startDate: '={{ $now.minus({ days: 30 }).toISO() }}',
				endDate: '={{ $now.toISO() }}',
				limit: 3,
			}),
		});
		assert.equal(read.error, undefined, read.error?.message);
		assert.equal(read.items?.length, 3);
		assert.equal(emulator.faults.length, 0);
	});
});
