/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The headline of an error Naver answered names Naver's code, message and trace ID: n8n's AI Agent
 * gives its model a failed tool's message and nothing else. Checked here on the error shapes n8n
 * hands the transport: 2.x keeps the HTTP client's error as the `cause` (trace ID in the response
 * header or body), 1.x resets the cause and keeps only `httpCode` and the parsed body.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import type { IDataObject, INode } from 'n8n-workflow';

import { naverErrorHeadline, withTraceId } from '../../nodes/NaverCommerce/helpers/errorItem';
import {
	naverCommerceRequest,
	type NaverCommerceContext,
} from '../../nodes/NaverCommerce/transport';

const TRACE_ID = 'cr3-000000-aaaaaa^1730711073284^6745261';

const NODE: INode = {
	id: 'naver',
	name: 'Naver Commerce',
	type: 'n8n-nodes-naver-commerce.naverCommerce',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

/** A context whose one HTTP call fails with `failure`, as n8n's httpRequestWithAuthentication would. */
function failingContext(failure: unknown): NaverCommerceContext {
	return {
		getNode: () => NODE,
		getCredentials: async () => ({
			clientId: 'unit-test-app',
			clientSecret: '$2a$04$abcdefghijklmnopqrstuu',
			type: 'SELF',
			baseUrl: 'https://api.commerce.naver.com/external',
		}),
		helpers: {
			httpRequestWithAuthentication: async () => {
				throw failure;
			},
		},
	} as unknown as NaverCommerceContext;
}

async function headlineOf(failure: unknown): Promise<{ message: string; description: string }> {
	const error = await naverCommerceRequest
		.call(failingContext(failure), { method: 'POST', path: '/v1/pay-order/seller/x' })
		.then(
			() => assert.fail('the request succeeded'),
			(thrown: unknown) => thrown as { message: string; description: string },
		);
	return { message: error.message, description: String(error.description) };
}

/** What n8n 2.x throws: a NodeApiError whose cause is the HTTP client's error. */
function n8n2Error(status: number, data: unknown, headers: IDataObject = {}): Error {
	const error = new Error(`Request failed with status code ${status}`);
	error.name = 'NodeApiError';
	Object.assign(error, {
		cause: Object.assign(new Error(`Request failed with status code ${status}`), {
			response: { status, data, headers },
		}),
	});
	return error;
}

/** What n8n 1.x throws: the same NodeApiError with its cause reset, the body in context.data. */
function n8n1Error(status: number, data: unknown): Error {
	const error = new Error('Bad request - please check your parameters');
	error.name = 'NodeApiError';
	Object.assign(error, {
		httpCode: String(status),
		context: { data },
		messages: [`${status} - ${JSON.stringify(data)}`],
	});
	return error;
}

describe('naverErrorHeadline', () => {
	test("Naver's code, message and trace ID in one line", () => {
		assert.equal(
			naverErrorHeadline({
				httpStatus: 400,
				code: '104139',
				message: '조회 가능한 날짜 범위를 초과했습니다.',
				traceId: TRACE_ID,
			}),
			`Naver Commerce API error 104139: 조회 가능한 날짜 범위를 초과했습니다. (trace ID ${TRACE_ID})`,
		);
	});

	test('without a code the HTTP status; without a trace ID nothing is added', () => {
		assert.equal(
			naverErrorHeadline({ httpStatus: 502, traceId: TRACE_ID }),
			`Naver Commerce API returned HTTP 502 (trace ID ${TRACE_ID})`,
		);
		assert.equal(
			naverErrorHeadline({ httpStatus: 400, code: 'GW.AUTHN', message: '권한 없음' }),
			'Naver Commerce API error GW.AUTHN: 권한 없음',
		);
		assert.equal(naverErrorHeadline({ httpStatus: 503 }), 'Naver Commerce API returned HTTP 503');
	});

	test('a trace ID the text already names is not added twice', () => {
		const once = withTraceId('Naver Commerce token request failed: HTTP 502.', TRACE_ID);
		assert.equal(once, `Naver Commerce token request failed: HTTP 502. (trace ID ${TRACE_ID})`);
		assert.equal(withTraceId(once, TRACE_ID), once);
	});
});

describe('the transport names the trace ID in the message, on n8n 2.x and 1.x', () => {
	const body = { code: 'BAD_REQUEST', message: '잘못된 요청', traceId: TRACE_ID };
	const expected = `Naver Commerce API error BAD_REQUEST: 잘못된 요청 (trace ID ${TRACE_ID})`;

	test('n8n 2.x: from the body, or from the GNCP-GW-Trace-ID header when the body has none', async () => {
		const fromBody = await headlineOf(n8n2Error(400, body));
		assert.equal(fromBody.message, expected);
		assert.ok(fromBody.description.endsWith(`\nTrace ID: ${TRACE_ID}`));

		const withoutTrace = { code: body.code, message: body.message };
		const fromHeader = await headlineOf(
			n8n2Error(400, JSON.stringify(withoutTrace), { 'GNCP-GW-Trace-ID': TRACE_ID }),
		);
		assert.equal(fromHeader.message, expected);
	});

	test('n8n 1.x: the cause is gone; the body n8n kept still holds the trace ID', async () => {
		const { message, description } = await headlineOf(n8n1Error(400, body));
		assert.equal(message, expected);
		assert.ok(description.includes('HTTP status: 400\n'));
		assert.ok(description.endsWith(`\nTrace ID: ${TRACE_ID}`));
	});

	test('no trace ID anywhere: the headline is code and message alone', async () => {
		const { message } = await headlineOf(n8n1Error(400, { code: 'BAD_REQUEST', message: 'x' }));
		assert.equal(message, 'Naver Commerce API error BAD_REQUEST: x');
	});
});
