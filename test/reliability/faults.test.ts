/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Every gateway fault Naver documents (shared facts sheet §2), plus what a load balancer or a
 * broken network does instead, through the real n8n-core engine: the number of attempts is bounded
 * and counted at the server, the error names Naver's code, message and trace ID with what to do,
 * nothing hangs, and in a multi-item run with Continue On Fail the items that succeeded are kept.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import {
	DEFAULT_APP,
	type Fault,
	type NaverCommerceEmulator,
	startEmulator,
} from '../emulator/server';
import { credentialsFor, runNaverCommerceNode, type RunResult } from '../helpers/n8nHarness';
import { fastRetries, RawFaultProxy, send, within } from './support';

const HEALTHY = { method: 'GET', path: '/v1/seller/account' };
const READ = { method: 'GET', path: '/v1/seller/channels' };
const WRITE = {
	method: 'POST',
	path: '/v1/pay-order/seller/product-orders/query',
	body: '{"productOrderIds": ["1"]}',
};
// RETRY_POLICY: two retries after a 5xx/timeout/drop (reads only), four after a 429. Written out
// so that a looser policy fails here, not only a broken one.
const GET_ATTEMPTS = 3;
const RATE_LIMIT_ATTEMPTS = 5;

/** Three items: a healthy read, the faulty call, another healthy read. */
const PARAMETERS = send({
	method: '={{ $json.method }}',
	path: '={{ $json.path }}',
	body: '={{ $json.body ?? "{}" }}',
	options: { timeout: 300 },
});

interface Scenario {
	name: string;
	call: typeof READ | typeof WRITE;
	fault: Omit<Fault, 'remaining' | 'pathPrefix'>;
	attempts: number;
	message: RegExp;
	/** Expected in the description: what to do. */
	hint?: RegExp;
	/** Naver's details in the error item; undefined when there was no HTTP answer. */
	naver?: { httpStatus: number; code?: string };
}

const gateway = (status: number, code: string) => ({ status, code, kind: 'json' as const });

const SCENARIOS: Scenario[] = [
	{
		name: '403 GW.IP_NOT_ALLOWED',
		call: READ,
		fault: gateway(403, 'GW.IP_NOT_ALLOWED'),
		attempts: 1,
		message: /^Naver Commerce API error GW\.IP_NOT_ALLOWED: /,
		hint: /allow-list.*API 호출 IP/,
		naver: { httpStatus: 403, code: 'GW.IP_NOT_ALLOWED' },
	},
	{
		name: '404 GW.NOT_FOUND',
		call: WRITE,
		fault: gateway(404, 'GW.NOT_FOUND'),
		attempts: 1,
		message: /^Naver Commerce API error GW\.NOT_FOUND: /,
		hint: /check the path and the HTTP method/,
		naver: { httpStatus: 404, code: 'GW.NOT_FOUND' },
	},
	...(['GET', 'POST'] as const).map(
		(method): Scenario => ({
			name: `429 GW.RATE_LIMIT on a ${method}`,
			call: method === 'GET' ? READ : WRITE,
			fault: gateway(429, 'GW.RATE_LIMIT'),
			attempts: RATE_LIMIT_ATTEMPTS,
			message: /^Naver Commerce API error GW\.RATE_LIMIT: /,
			hint: /Wait When Rate-Limited/,
			naver: { httpStatus: 429, code: 'GW.RATE_LIMIT' },
		}),
	),
	{
		name: '429 GW.QUOTA_LIMIT (no period header)',
		call: READ,
		fault: gateway(429, 'GW.QUOTA_LIMIT'),
		attempts: RATE_LIMIT_ATTEMPTS,
		message: /^Naver Commerce API error GW\.QUOTA_LIMIT: /,
		hint: /quota for this period/,
		naver: { httpStatus: 429, code: 'GW.QUOTA_LIMIT' },
	},
	...['GW.PROXY.01', 'GW.PROXY.02', 'GW.PROXY.03', 'GW.PROXY.04', 'GW.PROXY.05'].flatMap(
		(code): Scenario[] => [
			{
				name: `500 ${code} on a GET`,
				call: READ,
				fault: gateway(500, code),
				attempts: GET_ATTEMPTS,
				message: new RegExp(`^Naver Commerce API error ${code.replace(/\./g, '\\.')}: `),
				naver: { httpStatus: 500, code },
			},
		],
	),
	{
		name: '500 GW.PROXY.03 on a POST',
		call: WRITE,
		fault: gateway(500, 'GW.PROXY.03'),
		attempts: 1,
		message: /^Naver Commerce API error GW\.PROXY\.03: /,
		naver: { httpStatus: 500, code: 'GW.PROXY.03' },
	},
	{
		name: '500 GW.INTERNAL_SERVER_ERROR on a GET',
		call: READ,
		fault: gateway(500, 'GW.INTERNAL_SERVER_ERROR'),
		attempts: GET_ATTEMPTS,
		message: /^Naver Commerce API error GW\.INTERNAL_SERVER_ERROR: /,
		naver: { httpStatus: 500, code: 'GW.INTERNAL_SERVER_ERROR' },
	},
	...(['GW.BLOCK.01', 'GW.BLOCK.02'] as const).flatMap((code): Scenario[] =>
		(['GET', 'POST'] as const).map((method) => ({
			name: `503 ${code} on a ${method}`,
			call: method === 'GET' ? READ : WRITE,
			fault: gateway(503, code),
			attempts: method === 'GET' ? GET_ATTEMPTS : 1,
			message: new RegExp(`^Naver Commerce API error ${code.replace(/\./g, '\\.')}: `),
			hint: /maintenance or temporarily blocked; retry later/,
			naver: { httpStatus: 503, code },
		})),
	),
	...(['GW.TIMEOUT.01', 'GW.TIMEOUT.02'] as const).flatMap((code): Scenario[] =>
		(['GET', 'POST'] as const).map((method) => ({
			name: `504 ${code} on a ${method}`,
			call: method === 'GET' ? READ : WRITE,
			fault: gateway(504, code),
			attempts: method === 'GET' ? GET_ATTEMPTS : 1,
			message: new RegExp(`^Naver Commerce API error ${code.replace(/\./g, '\\.')}: `),
			hint: /may or may not have been applied/,
			naver: { httpStatus: 504, code },
		})),
	),
	...(['GET', 'POST'] as const).flatMap((method): Scenario[] => [
		{
			name: `a slow answer past the timeout on a ${method}`,
			call: method === 'GET' ? READ : WRITE,
			fault: { status: 200, delayMs: 1200 },
			attempts: method === 'GET' ? GET_ATTEMPTS : 1,
			message: /^Naver Commerce API did not answer in time$/,
			hint: /Raise the timeout.*may or may not have been applied/,
		},
		{
			name: `a dropped connection on a ${method}`,
			call: method === 'GET' ? READ : WRITE,
			fault: { status: 0, kind: 'drop' },
			attempts: method === 'GET' ? GET_ATTEMPTS : 1,
			message: /^Could not reach the Naver Commerce API \(.+\)$/,
			hint: /Check the Base URL/,
		},
		{
			name: `an HTML 502 page on a ${method}`,
			call: method === 'GET' ? READ : WRITE,
			fault: { status: 502, kind: 'html' },
			attempts: method === 'GET' ? GET_ATTEMPTS : 1,
			message: /^Naver Commerce API returned HTTP 502 \(trace ID emu-[^)]+\)$/,
			naver: { httpStatus: 502 },
		},
		{
			name: `an empty 503 on a ${method}`,
			call: method === 'GET' ? READ : WRITE,
			fault: { status: 503, kind: 'empty' },
			attempts: method === 'GET' ? GET_ATTEMPTS : 1,
			message: /^Naver Commerce API returned HTTP 503 \(trace ID emu-[^)]+\)$/,
			naver: { httpStatus: 503 },
		},
	]),
];

describe('gateway and network faults through n8n-core: bounded, clear, nothing lost', () => {
	let emulator: NaverCommerceEmulator;
	let helper: ReturnType<typeof credentialsFor>;
	let restoreRetries: () => void;

	before(async () => {
		emulator = await startEmulator();
		helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		const warm = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: send(HEALTHY),
		});
		assert.equal(warm.error, undefined, warm.error?.message);
		restoreRetries = fastRetries();
	});
	after(async () => {
		restoreRetries();
		await emulator.stop();
	});
	beforeEach(() => {
		emulator.faults = [];
		emulator.resetStats();
	});

	async function runWithFault(
		scenario: Scenario,
	): Promise<{ result: RunResult; attempts: number }> {
		const fault: Fault = {
			...scenario.fault,
			method: scenario.call.method,
			pathPrefix: scenario.call.path,
			remaining: 20,
		};
		emulator.faults.push(fault);
		const result = await within(
			15_000,
			runNaverCommerceNode({
				credentialsHelper: helper,
				continueOnFail: true,
				inputItems: [HEALTHY, scenario.call, HEALTHY],
				parameters: PARAMETERS,
			}),
			scenario.name,
		);
		return { result, attempts: 20 - fault.remaining };
	}

	for (const scenario of SCENARIOS) {
		test(scenario.name, async () => {
			const { result, attempts } = await runWithFault(scenario);
			assert.equal(result.error, undefined, result.error?.message);
			assert.equal(attempts, scenario.attempts, 'attempts counted at the emulator');
			assert.equal(emulator.stats.tokenRequests, 0, 'no token request for a gateway fault');

			const items = result.items!;
			assert.equal(items.length, 3, 'one output item per input item');
			for (const index of [0, 2]) {
				assert.deepEqual(items[index].json, emulator.store.account, `item ${index} kept`);
				assert.deepEqual(items[index].pairedItem, { item: index });
			}
			const failed = items[1].json as IDataObject;
			assert.deepEqual(items[1].pairedItem, { item: 1 });
			assert.match(String(failed.error), scenario.message);
			if (scenario.hint) assert.match(String(failed.description), scenario.hint);
			if (scenario.naver) {
				assert.equal(failed.httpStatus, scenario.naver.httpStatus);
				assert.equal(failed.code, scenario.naver.code);
				assert.match(String(failed.traceId), /^emu-/, 'trace ID in the item');
				// Naver's code, message and trace ID in the one line (all an AI Agent's model is given).
				assert.equal(
					failed.error,
					failed.code === undefined
						? `Naver Commerce API returned HTTP ${failed.httpStatus} (trace ID ${failed.traceId})`
						: `Naver Commerce API error ${failed.code}: ${failed.message} (trace ID ${failed.traceId})`,
				);
				assert.ok(
					String(failed.description).includes(`\nTrace ID: ${failed.traceId}`),
					'trace ID in the description',
				);
				assert.match(String(failed.description), new RegExp(`HTTP status: ${failed.httpStatus}`));
			}
			assert.equal(emulator.stats.byRoute['seller.account'], 2, 'healthy items answered once');
		});
	}

	test(
		'a 5xx with no dedicated hint still says what to do (retry later; a write may have been applied)',
		{},
		async () => {
			for (const fault of [
				gateway(500, 'GW.PROXY.02'),
				gateway(500, 'GW.INTERNAL_SERVER_ERROR'),
				{ status: 502, kind: 'html' as const },
				{ status: 503, kind: 'empty' as const },
			]) {
				emulator.faults = [{ ...fault, pathPrefix: WRITE.path, remaining: 5 }];
				const result = await runNaverCommerceNode({
					credentialsHelper: helper,
					continueOnFail: true,
					inputItems: [WRITE],
					parameters: PARAMETERS,
				});
				const description = String(result.items?.[0].json.description);
				assert.doesNotMatch(description, /^HTTP status:/, `${fault.status} ${fault.kind}: no hint`);
				assert.match(description, /retry/i);
			}
		},
	);

	test('without Continue On Fail the execution stops with a NodeApiError for the failing item', async () => {
		const { result, attempts } = await runWithFault({
			...SCENARIOS.find((scenario) => scenario.name === '504 GW.TIMEOUT.01 on a POST')!,
		});
		// runWithFault sets continueOnFail; run again without it.
		assert.equal(attempts, 1);
		assert.equal(result.items?.length, 3);
		emulator.faults = [];
		emulator.faults.push({
			...gateway(504, 'GW.TIMEOUT.01'),
			pathPrefix: WRITE.path,
			remaining: 5,
		});
		const stopped = await runNaverCommerceNode({
			credentialsHelper: helper,
			inputItems: [HEALTHY, WRITE, HEALTHY],
			parameters: PARAMETERS,
		});
		const error = stopped.error as
			| (Error & { description?: string; httpCode?: string; context?: IDataObject })
			| undefined;
		assert.equal(error?.name, 'NodeApiError');
		const naver = error?.context?.naver as IDataObject | undefined;
		assert.match(String(naver?.traceId), /^emu-/);
		assert.equal(
			error?.message,
			`Naver Commerce API error GW.TIMEOUT.01: ${String(naver?.message)} (trace ID ${String(naver?.traceId)})`,
		);
		assert.equal(error?.httpCode, '504');
		assert.equal(error?.context?.itemIndex, 1);
		assert.ok(String(error?.description).includes(`\nTrace ID: ${String(naver?.traceId)}`));
		assert.equal(emulator.faults[0]?.remaining, 4, 'the write was attempted once');
	});

	test('a fault that clears: a GET recovers on the next attempt and reports nothing', async () => {
		for (const fault of [
			gateway(500, 'GW.PROXY.02'),
			gateway(503, 'GW.BLOCK.01'),
			{ status: 0, kind: 'drop' as const },
			{ status: 502, kind: 'html' as const },
			gateway(429, 'GW.RATE_LIMIT'),
		]) {
			emulator.resetStats();
			emulator.faults = [{ ...fault, pathPrefix: READ.path, remaining: 1 }];
			const result = await runNaverCommerceNode({
				credentialsHelper: helper,
				parameters: send({ ...READ }),
			});
			assert.equal(
				result.error,
				undefined,
				`${fault.kind} ${fault.status}: ${result.error?.message}`,
			);
			assert.deepEqual(
				result.items?.map((item) => item.json),
				emulator.store.channels,
			);
			assert.equal(emulator.faults.length, 0, 'the fault was hit');
			assert.equal(emulator.stats.byRoute['seller.channels'], 1, 'answered exactly once');
		}
	});

	test('401 GW.AUTHN: the token is refreshed once, the call retried once, then reported', async () => {
		const authn = { ...gateway(401, 'GW.AUTHN'), pathPrefix: READ.path };
		// Refused once: a fresh token and one more attempt succeed.
		emulator.faults = [{ ...authn, remaining: 1 }];
		const recovered = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: send(READ),
		});
		assert.equal(recovered.error, undefined, recovered.error?.message);
		assert.equal(emulator.stats.tokenRequests, 1, 'one refresh');
		assert.equal(emulator.stats.byRoute['seller.channels'], 1);

		// Refused every time: one refresh, two attempts, a clear error, the other items kept.
		emulator.resetStats();
		const fault: Fault = { ...authn, remaining: 20 };
		emulator.faults = [fault];
		const refused = await within(
			15_000,
			runNaverCommerceNode({
				credentialsHelper: helper,
				continueOnFail: true,
				inputItems: [HEALTHY, READ, HEALTHY],
				parameters: PARAMETERS,
			}),
			'401 run',
		);
		assert.equal(20 - fault.remaining, 2, 'the original call and one retry after the refresh');
		assert.equal(emulator.stats.tokenRequests, 1, 'exactly one refresh');
		const items = refused.items!;
		assert.equal(items.length, 3);
		assert.deepEqual(items[0].json, emulator.store.account);
		assert.deepEqual(items[2].json, emulator.store.account);
		assert.match(String(items[1].json.error), /^Naver Commerce API error GW\.AUTHN: /);
		assert.match(String(items[1].json.description), /refused even after a fresh one/);
		assert.equal(items[1].json.httpStatus, 401);
		assert.match(String(items[1].json.traceId), /^emu-/);
	});

	test('with the real retry policy, an exhausted GET gives up within the policy bounds', async () => {
		restoreRetries();
		try {
			const fault: Fault = { ...gateway(503, 'GW.BLOCK.01'), pathPrefix: READ.path, remaining: 20 };
			emulator.faults = [fault];
			const started = Date.now();
			const result = await runNaverCommerceNode({
				credentialsHelper: helper,
				parameters: send(READ),
			});
			const elapsed = Date.now() - started;
			assert.match(String(result.error?.message), /GW\.BLOCK\.01/);
			assert.equal(20 - fault.remaining, GET_ATTEMPTS);
			// Backoff 500 ms then 1 000 ms, ±20 % jitter: at least 1.2 s, and far from a hang.
			assert.ok(elapsed >= 1_150, `waited between attempts (${elapsed} ms)`);
			assert.ok(elapsed < 10_000, `gave up in bounded time (${elapsed} ms)`);
		} finally {
			restoreRetries = fastRetries();
		}
	});

	test('token endpoint faults: three attempts per item for 5xx and lost connections, one for a bad 200; clear error, no API call', async () => {
		const fresh = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		const cases: Array<{ fault: Omit<Fault, 'remaining'>; message: RegExp; attempts: number }> = [
			{
				attempts: 3,
				fault: { ...gateway(500, 'GW.PROXY.01'), pathPrefix: '/v1/oauth2/token' },
				message:
					/^Naver Commerce token request failed: GW\.PROXY\.01 .*temporary problem.* \(trace ID emu-[^)]+\)$/,
			},
			{
				attempts: 3,
				fault: { status: 502, kind: 'html', pathPrefix: '/v1/oauth2/token' },
				message: /^Naver Commerce token request failed: HTTP 502\..* \(trace ID emu-[^)]+\)$/,
			},
			{
				attempts: 1,
				fault: { status: 200, kind: 'empty', pathPrefix: '/v1/oauth2/token' },
				message:
					/^Naver Commerce token request failed: the response holds no access_token \(trace ID emu-[^)]+\)$/,
			},
			{
				attempts: 3,
				fault: { status: 0, kind: 'drop', pathPrefix: '/v1/oauth2/token' },
				message:
					/^Naver Commerce token request failed: could not reach http:\/\/127\.0\.0\.1:\d+\/external \(.+\)$/,
			},
		];
		for (const { fault, message, attempts } of cases) {
			emulator.resetStats();
			const counted: Fault = { ...fault, remaining: 20 };
			emulator.faults = [counted];
			const result = await within(
				15_000,
				runNaverCommerceNode({
					credentialsHelper: fresh,
					continueOnFail: true,
					inputItems: [HEALTHY, HEALTHY],
					parameters: PARAMETERS,
				}),
				`token ${fault.kind ?? 'json'} ${fault.status}`,
			);
			assert.equal(result.items?.length, 2, `${fault.kind}: one error item per input item`);
			for (const item of result.items!) assert.match(String(item.json.error), message);
			assert.equal(
				20 - counted.remaining,
				2 * attempts,
				`${fault.kind}: ${attempts} token attempts per item`,
			);
			assert.equal(emulator.stats.apiRequests, 0);
		}
	});
});

describe('faults that need response headers or raw bodies (through a loopback fault proxy)', () => {
	let emulator: NaverCommerceEmulator;
	let proxy: RawFaultProxy;
	let helper: ReturnType<typeof credentialsFor>;
	let restoreRetries: () => void;
	const quota = (period: 'ROUND' | 'SECONDS') => ({
		status: 429,
		headers: {
			'Content-Type': 'application/json;charset=UTF-8',
			'GNCP-GW-Trace-ID': `proxy-quota-${period}`,
			'GNCP-GW-Quota-Period': period,
			'GNCP-GW-Quota-Limit': '1000',
			'GNCP-GW-Quota-Remaining': '0',
		},
		body: JSON.stringify({
			code: 'GW.QUOTA_LIMIT',
			message: '요청이 허용량을 초과했습니다.',
			timestamp: '2026-01-01T00:00:00.000+09:00',
			traceId: `proxy-quota-${period}`,
		}),
	});

	before(async () => {
		emulator = await startEmulator();
		proxy = await new RawFaultProxy(emulator.port).start();
		// A 429 with Naver's rate headers waits as they say, up to the credential's Wait When
		// Rate-Limited (minutes by default): seconds here, so a 429 that never ends is reported.
		helper = credentialsFor(proxy.baseUrl, { ...DEFAULT_APP, rateLimitWaitSeconds: 3 });
		restoreRetries = fastRetries();
	});
	after(async () => {
		restoreRetries();
		await proxy.stop();
		await emulator.stop();
	});
	beforeEach(() => {
		proxy.faults = [];
		proxy.served.clear();
		emulator.resetStats();
	});

	test('429 GW.QUOTA_LIMIT with GNCP-GW-Quota-Period ROUND is not retried; SECONDS waits as scheduled until the wait is spent', async () => {
		for (const [period, attempts] of [
			['ROUND', 1],
			// A per-second quota is a schedule: tried again about once a second until the wait
			// (3 s in these tests) is spent; the count depends on the jitter.
			['SECONDS', undefined],
		] as const) {
			proxy.served.clear();
			proxy.faults = [{ ...quota(period), pathPrefix: READ.path, remaining: 20 }];
			const result = await within(
				15_000,
				runNaverCommerceNode({
					credentialsHelper: helper,
					continueOnFail: true,
					inputItems: [HEALTHY, READ, HEALTHY],
					parameters: PARAMETERS,
				}),
				`quota ${period}`,
			);
			if (attempts === undefined)
				assert.ok(proxy.served.get(READ.path)! >= 2, `${period}: retried`);
			else assert.equal(proxy.served.get(READ.path), attempts, `${period}: attempts`);
			const items = result.items!;
			assert.equal(items.length, 3);
			assert.deepEqual(items[0].json, emulator.store.account);
			assert.deepEqual(items[2].json, emulator.store.account);
			assert.match(String(items[1].json.error), /^Naver Commerce API error GW\.QUOTA_LIMIT: /);
			assert.match(String(items[1].json.description), /quota for this period is used up/);
			assert.equal(items[1].json.traceId, `proxy-quota-${period}`);
		}
	});

	const rateLimited = (traceId: string) => ({
		status: 429,
		headers: {
			'Content-Type': 'application/json;charset=UTF-8',
			'GNCP-GW-Trace-ID': traceId,
			'GNCP-GW-RateLimit-Replenish-Rate': '50',
			'GNCP-GW-RateLimit-Burst-Capacity': '100',
			'GNCP-GW-RateLimit-Remaining': '0',
		},
		body: JSON.stringify({
			code: 'GW.RATE_LIMIT',
			message: '요청이 허용량을 초과했습니다.',
			timestamp: '2026-01-01T00:00:00.000+09:00',
			traceId,
		}),
	});

	test('a read that Naver only asks to slow down is never given up while the wait lasts: nine 429s with rate headers, then the answer', async () => {
		proxy.faults = [{ ...rateLimited('proxy-slow-read'), pathPrefix: READ.path, remaining: 9 }];
		const result = await within(
			15_000,
			runNaverCommerceNode({
				credentialsHelper: helper,
				inputItems: [READ],
				parameters: PARAMETERS,
			}),
			'slowed read',
		);
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(proxy.served.get(READ.path), 9);
		assert.equal(emulator.stats.byRoute['seller.channels'], 1);
	});

	test('a write refused with 429 was not processed: it is sent again after waiting and applied once', async () => {
		const order = emulator.store.productOrders.find(
			(candidate) =>
				candidate.productOrderStatus === 'PAYED' &&
				candidate.placeOrderStatus === 'NOT_YET' &&
				!candidate.claimStatus,
		)!;
		const confirm = '/v1/pay-order/seller/product-orders/confirm';
		proxy.faults = [{ ...rateLimited('proxy-slow-write'), pathPrefix: confirm, remaining: 3 }];
		const result = await within(
			15_000,
			runNaverCommerceNode({
				credentialsHelper: helper,
				parameters: send({
					method: 'POST',
					path: confirm,
					body: JSON.stringify({ productOrderIds: [order.productOrderId] }),
				}),
			}),
			'slowed write',
		);
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(proxy.served.get(confirm), 3);
		assert.equal(emulator.stats.byRoute['productOrders.confirm'], 1);
		assert.equal(order.placeOrderStatus, 'OK');
	});

	test("a 429 that outlasts the credential's Wait When Rate-Limited is reported, with what to do", async () => {
		proxy.faults = [{ ...rateLimited('proxy-never'), pathPrefix: READ.path, remaining: 1_000 }];
		const result = await within(
			15_000,
			runNaverCommerceNode({
				credentialsHelper: helper,
				continueOnFail: true,
				inputItems: [READ],
				parameters: PARAMETERS,
			}),
			'endless 429',
		);
		const [item] = result.items!;
		assert.match(String(item.json.error), /^Naver Commerce API error GW\.RATE_LIMIT: /);
		assert.match(String(item.json.description), /Wait When Rate-Limited/);
		assert.match(String(item.json.description), /did not process the call/);
		// Tried about every 20–40 ms for the 3 s the credential allows: far more than five times.
		assert.ok(proxy.served.get(READ.path)! > 10, `attempts: ${proxy.served.get(READ.path)}`);
	});

	test('a 200 with invalid JSON under a JSON content type: no crash, no retry, the raw text kept', async () => {
		proxy.faults = [
			{
				pathPrefix: READ.path,
				status: 200,
				headers: { 'Content-Type': 'application/json;charset=UTF-8' },
				body: '{"data": [1, 2,',
				remaining: 20,
			},
		];
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			continueOnFail: true,
			inputItems: [HEALTHY, READ, HEALTHY],
			parameters: PARAMETERS,
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(proxy.served.get(READ.path), 1, 'a 200 is an answer: not retried');
		const items = result.items!;
		assert.equal(items.length, 3);
		assert.deepEqual(items[0].json, emulator.store.account);
		assert.deepEqual(items[1].json, { body: '{"data": [1, 2,' });
		assert.deepEqual(items[2].json, emulator.store.account);
	});

	test('a 500 with invalid JSON: reported by status with the header trace ID, GET retried', async () => {
		proxy.faults = [
			{
				pathPrefix: READ.path,
				status: 500,
				headers: {
					'Content-Type': 'application/json;charset=UTF-8',
					'GNCP-GW-Trace-ID': 'proxy-bad-json',
				},
				body: '{"code": "GW.PROXY.0',
				remaining: 20,
			},
		];
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			continueOnFail: true,
			inputItems: [READ],
			parameters: PARAMETERS,
		});
		assert.equal(proxy.served.get(READ.path), GET_ATTEMPTS);
		const failed = result.items![0].json;
		assert.equal(failed.error, 'Naver Commerce API returned HTTP 500 (trace ID proxy-bad-json)');
		assert.equal(failed.traceId, 'proxy-bad-json');
		assert.equal(failed.httpStatus, 500);
	});
});
