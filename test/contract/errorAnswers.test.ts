/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The converter's reading of the error answers a reference page documents, on Responses sections
 * written the ways Naver's pages write them (quoted from the 2.73.0 copy, fields shortened), and the
 * committed contract holding what those pages document.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { errorAnswers } from '../../scripts/contract/convert';
import { findEndpoint } from './contract';

const fence = '```';
const json = (value: unknown) => `${fence}json\n${JSON.stringify(value, null, 2)}\n${fence}`;
const statusesAndCodes = (errors: ReturnType<typeof errorAnswers>) =>
	Object.fromEntries(Object.entries(errors).map(([status, answer]) => [status, answer.codes]));

describe('the converter reads every error answer a page documents', () => {
	test('a success without a body (204): its "성공" line is not the first error\'s heading', () => {
		// POST /v1/seller/this-day-dispatch: "## Bad Request" with a code table and an untyped {}.
		const seller = [
			'## Responses',
			'',
			'**POST** `/v1/seller/this-day-dispatch` — 응답',
			'성공',
			'',
			'## Bad Request',
			'',
			'---',
			'',
			'| 코드 | 설명 |',
			'| --- | --- |',
			'| GENERAL_ERROR | 처리되지 않은 오류 |',
			'',
			'---',
			'',
			'**object**object',
			'',
			json({}),
			'',
			'## Unauthorized',
			'',
			'| 코드 | 설명 |',
			'| --- | --- |',
			'| UNAUTHORIZED | 접근 권한이 없음 |',
			'',
			'**object**object',
			'',
			json({}),
		].join('\n');
		assert.deepEqual(
			statusesAndCodes(errorAnswers(seller, false, '/v1/seller/this-day-dispatch')),
			{
				400: ['GENERAL_ERROR'],
				401: ['UNAUTHORIZED'],
			},
		);
		// DELETE /v1/contents/seller-notices/{sellerNoticeId}: "잘못된 요청" and "- code : …".
		const body = { code: 'string', message: 'string', traceId: 'string' };
		const contents = [
			'## Responses',
			'',
			'**DELETE** `/v1/contents/seller-notices/{sellerNoticeId}` — 응답',
			'성공',
			'',
			'잘못된 요청  ',
			'- code : BAD_REQUEST',
			'',
			'**code**string',
			'',
			'**message**string',
			'',
			'**traceId**string',
			'',
			json(body),
			'',
			'인가되지 않은 요청  ',
			'- code : UNAUTHORIZED',
			'',
			'**code**string',
			'',
			json(body),
		].join('\n');
		assert.deepEqual(
			statusesAndCodes(
				errorAnswers(contents, false, '/v1/contents/seller-notices/{sellerNoticeId}'),
			),
			{ 400: ['BAD_REQUEST'], 401: ['UNAUTHORIZED'] },
		);
	});

	test('the commerce-solution headings Payment Required, Not Acceptable, Conflict, Service Unavailable', () => {
		const answer = (heading: string, code: string) =>
			[
				`## ${heading}`,
				'',
				'| 코드 | 설명 | 비고 |',
				'| --- | --- | --- |',
				`| ${code} | … |  |`,
				'',
				'**code**string',
				'',
				json({ code: 'string' }),
			].join('\n');
		const responses = [
			'## Responses',
			'',
			'사용 상태 조회 성공',
			'',
			'**accountUid**string',
			'',
			json({ accountUid: 'string' }),
			answer('Payment Required', 'BIZ_WALLET_USE_ERROR'),
			answer('Not Acceptable', 'BLOCK_TIME'),
			answer('Conflict', 'DUPLICATE_SUBSCRIBE'),
			answer('Service Unavailable', 'DATABASE_ROS'),
		].join('\n');
		assert.deepEqual(
			statusesAndCodes(errorAnswers(responses, true, '/v1/commerce-solutions/transactions')),
			{
				402: ['BIZ_WALLET_USE_ERROR'],
				406: ['BLOCK_TIME'],
				409: ['DUPLICATE_SUBSCRIBE'],
				503: ['DATABASE_ROS'],
			},
		);
	});

	test('the logistics pages: errors headed in words, read as 400, 404 and 500 with their codes', () => {
		const fields = [
			'**code**string',
			'',
			'**message**string',
			'',
			'**invalidInputs** InvalidInput.nfa (object)[]',
			'',
			'**name**string',
			'',
			'**message**string',
			'',
			'**timestamp**string<date-time>',
			'',
			'**traceId**string',
			'',
		];
		const responses = [
			'## Responses',
			'',
			'OK',
			'',
			'**nsId**string',
			'',
			json({ nsId: 'string' }),
			'',
			'유효성 검사 오류',
			'',
			'- `code`: **invalid_input**',
			'',
			...fields,
			json({
				code: 'invalid_input',
				message: 'Bad Request',
				invalidInputs: [{ name: 'name', message: '…' }],
				timestamp: 1591256260211,
				traceId: 'e6d2139b308ee167',
			}),
			'',
			'잘못된 API 주소 또는 리소스를 찾을 수 없는 경우',
			'',
			'- `code`: **not_found**',
			'',
			...fields,
			json({ code: 'not_found', message: 'Not Found', timestamp: '2020-04-27T19:21:38.774Z' }),
			'',
			'API 처리 중 오류 발생',
			'',
			'- `code`: **server_error**',
			'',
			...fields,
			json({
				code: 'server_error',
				message: 'Unknown Error',
				timestamp: '2020-04-27T19:21:38.774Z',
			}),
		].join('\n');
		const errors = errorAnswers(responses, true, '/v1/logistics/products/sellers/me/skus/{nsId}');
		assert.deepEqual(statusesAndCodes(errors), {
			400: ['invalid_input'],
			404: ['not_found'],
			500: ['server_error'],
		});
		// The 404's example leaves invalidInputs out: its list's `name` stays inside invalidInputs.
		assert.deepEqual(Object.keys(errors[404].schema.properties ?? {}), [
			'code',
			'message',
			'invalidInputs',
			'timestamp',
			'traceId',
		]);
		assert.deepEqual(
			Object.keys(errors[404].schema.properties?.invalidInputs.items?.properties ?? {}),
			['name', 'message'],
		);
		for (const answer of Object.values(errors)) assert.match(answer.note ?? '', /no status/);
		// The same words on another page (the token page's 유효성 검사 오류) are not read this way.
		assert.deepEqual(errorAnswers(responses, true, '/v1/oauth2/token'), {});
	});
});

describe('the committed contract holds those pages', () => {
	const documented = (method: string, path: string) =>
		statusesAndCodes(findEndpoint(method, path)!.endpoint.errors ?? {});

	test('POST /v1/seller/this-day-dispatch and DELETE a seller notice keep their 400', () => {
		assert.deepEqual(documented('POST', '/v1/seller/this-day-dispatch')[400], ['GENERAL_ERROR']);
		assert.deepEqual(documented('DELETE', '/v1/contents/seller-notices/1')[400], ['BAD_REQUEST']);
		assert.deepEqual(documented('PUT', '/v1/contents/qnas/1')[400], ['BAD_REQUEST']);
	});

	test('the commerce-solution pages: 400 to 503, Biz Wallet (402) included', () => {
		assert.deepEqual(Object.keys(documented('GET', '/v1/commerce-solutions/transactions')), [
			'400',
			'401',
			'402',
			'403',
			'404',
			'406',
			'409',
			'500',
			'503',
		]);
	});

	test('the logistics pages: invalid_input (400), not_found (404), server_error (500)', () => {
		for (const [method, path] of [
			['GET', '/v1/logistics/logistics-companies'],
			['GET', '/v1/logistics/outbound-locations'],
			['POST', '/v1/logistics/products/sellers/me/skus/query-paged-list'],
			['GET', '/v1/logistics/products/sellers/me/skus/NS1'],
			['GET', '/v1/logistics/products/sellers/me/skus/NS1/product-mappings'],
		]) {
			assert.deepEqual(
				documented(method, path),
				{ 400: ['invalid_input'], 404: ['not_found'], 500: ['server_error'] },
				`${method} ${path}`,
			);
		}
	});
});
