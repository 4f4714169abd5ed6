/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The contract is enforced: the emulator refuses, as Naver does, a request that breaks Naver's
 * documented contract (shown here through the node's API Request, so the answer travels the same
 * way a real one would), and a response that breaks it is caught. Every endpoint the emulator
 * serves is in the contract.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../emulator/server';
import { ROUTE_MODULES } from '../emulator/routes';
import { seedStore, seededRandom } from '../emulator/store';
import { credentialsFor, runNaverCommerceNode } from '../helpers/n8nHarness';
import { checkErrorAnswer, checkResponse, contract, findEndpoint } from './contract';

describe("Naver's documented contract, enforced", () => {
	let emulator: NaverCommerceEmulator;
	before(async () => {
		emulator = await startEmulator();
	});
	after(async () => await emulator.stop());

	const send = async (method: string, path: string, extra: IDataObject = {}) => {
		const result = await runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			continueOnFail: true,
			parameters: { resource: 'apiRequest', operation: 'send', method, path, ...extra },
		});
		return result.items![0].json;
	};
	// The fields Naver names: in invalidInputs, or (pay-order 4000) in the message as
	// 오류 유형.객체명.필드명.
	const inputs = (json: IDataObject) =>
		json.invalidInputs
			? (json.invalidInputs as Array<{ name: string; type: string }>).map(
					(input) => `${input.name}:${input.type}`,
				)
			: [...String(json.message).matchAll(/(\w+)\.request\.([\w.[\]]+)/g)].map(
					([, type, name]) => `${name}:${type}`,
				);

	test('a misspelled body field is refused with 400 and Naver’s envelope naming it', async () => {
		const paid = emulator.store.productOrders.find(
			(order) => order.productOrderStatus === 'PAYED' && order.placeOrderStatus === 'NOT_YET',
		)!;
		const json = await send('POST', '/v1/pay-order/seller/product-orders/confirm', {
			body: JSON.stringify({ productOrderId: [paid.productOrderId] }),
		});
		assert.deepEqual(
			[json.httpStatus, json.code, inputs(json)],
			[400, '4000', ['productOrderId:Unknown']],
		);
		assert.match(String(json.traceId), /^emu-/);
		assert.equal(paid.placeOrderStatus, 'NOT_YET', 'nothing was confirmed');
	});

	test('missing required fields, wrong types, unknown enum values, bad dates and too many IDs', async () => {
		const cases: Array<[string, string, IDataObject, string, string[]]> = [
			[
				'POST',
				'/v1/pay-order/seller/product-orders/query',
				{ body: JSON.stringify({ quantityClaimCompatibility: true }) },
				'4000',
				['productOrderIds:NotNull'],
			],
			[
				'POST',
				'/v1/pay-order/seller/product-orders/query',
				{ body: JSON.stringify({ productOrderIds: '2024010112345678' }) },
				'4000',
				['productOrderIds:typeMismatch'],
			],
			[
				'POST',
				'/v1/pay-order/seller/product-orders/confirm',
				{
					body: JSON.stringify({
						productOrderIds: Array.from({ length: 31 }, (_, index) => String(index + 1)),
					}),
				},
				'4000',
				['productOrderIds:Size'],
			],
			[
				'POST',
				'/v1/pay-order/seller/product-orders/2024010112345678/delay',
				{
					body: JSON.stringify({
						dispatchDueDate: '2026-12-24 10:00',
						delayedDispatchReason: 'PRODUCT_PREPARE',
						dispatchDelayedDetailedReason: '입고 지연',
					}),
				},
				'4000',
				['dispatchDueDate:typeMismatch'],
			],
			[
				'PUT',
				'/v1/products/origin-products/10000000007/change-status',
				{ body: JSON.stringify({ statusType: 'ON_SALE' }) },
				'BAD_REQUEST',
				['statusType:typeMismatch'],
			],
		];
		for (const [method, path, extra, code, expected] of cases) {
			const json = await send(method, path, extra);
			assert.deepEqual([json.httpStatus, json.code, inputs(json)], [400, code, expected], path);
			if (code === '4000') {
				// The pay-order reference gives the field in the message: 오류 유형.객체명.필드명.
				assert.match(
					String(json.message),
					new RegExp(expected[0].split(':').reverse().join('\\..*')),
				);
			}
		}
	});

	test('an answer with an undocumented field, a wrong type or a missing required field is caught', () => {
		const { endpoint } = findEndpoint('GET', '/v1/seller/account')!;
		assert.deepEqual(
			checkResponse(endpoint, { accountId: 'a', accountUid: 'u', grade: 'BIG' }),
			[],
		);
		assert.deepEqual(
			checkResponse(endpoint, { accountId: 'a', accountUid: 'u', grade: 'BIG', nick: 'x' }).map(
				(problem) => `${problem.name}:${problem.type}`,
			),
			['nick:Unknown'],
		);
		assert.deepEqual(
			checkResponse(endpoint, { accountId: 7, accountUid: 'u' }).map(
				(problem) => `${problem.name}:${problem.type}`,
			),
			[],
			'an int64 ID as a number is accepted in answers, where Naver uses both',
		);
		const confirm = findEndpoint('POST', '/v1/pay-order/seller/product-orders/confirm')!.endpoint;
		assert.deepEqual(
			checkResponse(confirm, {
				timestamp: '2026-01-01T10:00:00.000+09:00',
				data: {
					successProductOrderInfos: [{ productOrderId: '1', isReceiverAddressChanged: 'no' }],
				},
			}).map((problem) => `${problem.name}:${problem.type}`),
			['data.successProductOrderInfos[0].isReceiverAddressChanged:typeMismatch', 'traceId:NotNull'],
		);
	});

	test('an error answer outside its page (field, code or status) is caught; gateway answers are not the page’s', () => {
		const problemsOf = (method: string, path: string, status: number, body: unknown) =>
			checkErrorAnswer(findEndpoint(method, path)!.endpoint, status, body).map(
				(problem) => `${problem.name}:${problem.type}`,
			);
		const confirm = '/v1/pay-order/seller/product-orders/confirm';
		const timestamp = '2026-01-01T10:00:00.000+09:00';
		const envelope = { code: '4000', message: 'NotNull.request.productOrderIds', timestamp };
		assert.deepEqual(problemsOf('POST', confirm, 400, { ...envelope, traceId: 'emu-1' }), []);
		assert.deepEqual(
			problemsOf('POST', confirm, 400, {
				...envelope,
				traceId: 'emu-1',
				invalidInputs: [{ name: 'productOrderIds', type: 'NotNull', message: '필수' }],
			}),
			['invalidInputs:Unknown'],
			'the pay-order reference names the field in the message, and has no invalidInputs',
		);
		assert.deepEqual(problemsOf('POST', confirm, 400, envelope), ['traceId:NotNull']);
		assert.deepEqual(
			problemsOf('POST', confirm, 400, { ...envelope, code: '104999', traceId: 'emu-1' }),
			['code:UndocumentedCode'],
		);
		assert.deepEqual(problemsOf('POST', confirm, 409, { ...envelope, traceId: 'emu-1' }), [
			'(HTTP 409):UndocumentedStatus',
		]);
		assert.deepEqual(
			problemsOf('POST', confirm, 429, { code: 'GW.RATE_LIMIT', message: '', timestamp }),
			[],
		);
		assert.deepEqual(
			problemsOf('POST', '/v1/pay-merchant/inquiries/1/answer', 400, {
				code: 'ERR-NC-101010',
				message: '해당 문의에 이미 답변이 존재합니다.',
				timestamp,
			}),
			[],
		);
	});

	test('every endpoint the emulator serves is in the contract, with the reference page it came from', () => {
		const routes = ROUTE_MODULES.flatMap((module) =>
			module({
				store: seedStore({ seed: 1, nowMs: Date.now(), productOrders: 1, spanHours: 1 }),
				random: seededRandom(1),
				now: Date.now,
				seed: 1,
			}),
		);
		const documented = contract().endpoints;
		for (const route of routes) {
			const endpoint = documented.find(
				(candidate) =>
					candidate.method === route.method &&
					route.pattern.test(candidate.path.replace(/\{\w+\}/g, '1234')),
			);
			assert.ok(endpoint, `${route.method} ${route.pattern} (${route.name}) is in the contract`);
			assert.match(endpoint.source, /^docs\/api\/v[12]\/.+\.(GET|POST|PUT|PATCH|DELETE)\.md$/);
		}
		assert.equal(contract().docsVersion, '2.73.0');
	});

	test('the emulator covers at least what docs/contract-coverage.md says, endpoint by endpoint', () => {
		const root = join(__dirname, '..', '..');
		const run = spawnSync(
			process.execPath,
			['--import', 'tsx', 'scripts/contract/coverage.ts', '--check'],
			{ cwd: root, encoding: 'utf-8', timeout: 600_000 },
		);
		assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
		assert.match(run.stdout, /holds for all \d+ endpoints/);
	});
});
