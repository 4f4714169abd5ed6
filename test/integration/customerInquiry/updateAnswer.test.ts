/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { NaverCommerceEmulator } from '../../emulator/server';

import { customerInquiryKit, inquiryOperation } from './customerInquiryKit';

describe('Customer Inquiry → Update Answer through n8n-core', () => {
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

	test("Update Answer puts the new text to the answer's ID; a wrong ID is Naver's ERR-NC-101005", async () => {
		const inquiry = take(true);
		const answerContentId = inquiry.answerContentId!;
		const result = await run({
			parameters: inquiryOperation('updateAnswer', {
				inquiryNo: String(inquiry.inquiryNo),
				answerContentId: String(answerContentId),
				answerComment: '수정된 답변입니다.',
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(result.items?.[0].json, {
			inquiryNo: inquiry.inquiryNo,
			inquiryCommentNo: answerContentId,
		});
		assert.equal(inquiry.answerContent, '수정된 답변입니다.');
		assert.deepEqual(
			writes().map(({ method, path, body }) => ({ method, path, body })),
			[
				{
					method: 'PUT',
					path: `/v1/pay-merchant/inquiries/${inquiry.inquiryNo}/answer/${answerContentId}`,
					body: { answerComment: '수정된 답변입니다.' },
				},
			],
		);

		const wrong = await run({
			parameters: inquiryOperation('updateAnswer', {
				inquiryNo: String(inquiry.inquiryNo),
				answerContentId: String(answerContentId + 1),
				answerComment: '다른 답변',
			}),
		});
		assert.match(String(wrong.error?.message), /^Naver Commerce API error ERR-NC-101005/);
		assert.equal(inquiry.answerContent, '수정된 답변입니다.');
	});
});
