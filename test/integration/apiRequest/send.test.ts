/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';

import { formatKst } from '../../emulator/kst';
import { requestTokenDirectly } from '../../emulator/directToken';
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import {
	CREDENTIAL_ID,
	credentialsFor,
	runNaverCommerceNode,
	visibleText,
} from '../../helpers/n8nHarness';

const send = (parameters: Record<string, unknown>) => ({
	resource: 'apiRequest',
	operation: 'send',
	...parameters,
});

describe('API Request → Send through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	// A second server on loopback that must never be called: where a leaked token would land.
	let sentinel: Server;
	let sentinelHits = 0;
	let sentinelOrigin = '';

	before(async () => {
		emulator = await startEmulator();
		sentinel = createServer((req, res) => {
			sentinelHits += 1;
			res.end('{}');
		});
		await new Promise<void>((resolve) => sentinel.listen(0, '127.0.0.1', resolve));
		sentinelOrigin = `http://127.0.0.1:${(sentinel.address() as AddressInfo).port}`;
	});
	after(async () => {
		await emulator.stop();
		sentinel.closeAllConnections();
		await new Promise((resolve) => sentinel.close(resolve));
	});
	beforeEach(() => emulator.resetStats());

	test('GET with query parameters: KST date-times arrive intact (the "+" is encoded)', async () => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		const from = formatKst(Date.now() - 6 * 3600_000);
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: send({
				method: 'GET',
				path: '/v1/pay-order/seller/product-orders/last-changed-statuses',
				query: JSON.stringify({ lastChangedFrom: from, limitCount: 50 }),
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(result.items?.length, 1);
		const data = result.items![0].json.data as {
			count: number;
			lastChangeStatuses: Array<{ lastChangedDate: string }>;
		};
		const expected = emulator.store.productOrders.filter(
			(order) => order.lastChangedMs >= Date.parse(from),
		);
		assert.equal(data.count, Math.min(50, expected.length));
		assert.ok(data.count > 0);
		assert.ok(data.lastChangeStatuses.every((change) => change.lastChangedDate >= from));
		assert.deepEqual(result.items![0].pairedItem, { item: 0 });
	});

	test("Naver's validation error becomes a NodeApiError with code, message and trace ID", async () => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: send({
				method: 'GET',
				path: '/v1/pay-order/seller/product-orders/last-changed-statuses',
				query: JSON.stringify({
					lastChangedFrom: formatKst(Date.now() - 3 * 86400_000),
					lastChangedTo: formatKst(Date.now()),
				}),
			}),
		});
		// The trace ID in the message too: an AI Agent's model is given the message alone.
		const traceId = String(
			(result.error as { context?: { naver?: { traceId?: string } } }).context?.naver?.traceId,
		);
		assert.match(traceId, /^emu-/);
		assert.equal(
			result.error?.message,
			`Naver Commerce API error 104139: 조회 가능한 날짜 범위를 초과했습니다. (trace ID ${traceId})`,
		);
		assert.match(String(result.error?.description), /at most 24 hours/);
		assert.match(String(result.error?.description), /HTTP status: 400/);
		assert.ok(String(result.error?.description).includes(`\nTrace ID: ${traceId}`));
		assert.equal((result.error as { httpCode?: string }).httpCode, '400');
	});

	test('POST with a JSON body, for many items: one token, one call per item, paired items', async () => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		const ids = emulator.store.productOrders.slice(0, 3).map((order) => order.productOrderId);
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			inputItems: ids.map((productOrderId) => ({ productOrderId })),
			parameters: send({
				method: 'POST',
				path: '/v1/pay-order/seller/product-orders/query',
				body: '={{ JSON.stringify({ productOrderIds: [$json.productOrderId] }) }}',
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(result.items?.length, 3);
		result.items!.forEach((item, index) => {
			const data = item.json.data as Array<{ productOrder: { productOrderId: string } }>;
			assert.equal(data[0].productOrder.productOrderId, ids[index]);
			assert.deepEqual(item.pairedItem, { item: index });
		});
		assert.equal(emulator.stats.tokenRequests, 1);
		assert.equal(emulator.stats.byRoute['productOrders.query'], 3);
	});

	test('a top-level array becomes one item per element unless told otherwise', async () => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		const split = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: send({ method: 'GET', path: '/v1/seller/channels' }),
		});
		assert.equal(split.items?.length, emulator.store.channels.length);
		assert.equal(split.items![0].json.channelType, 'STOREFARM');
		const whole = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: send({
				method: 'GET',
				path: '/v1/seller/channels',
				options: { fullResponse: true },
			}),
		});
		assert.equal(whole.items?.length, 1);
		assert.equal(whole.items![0].json.statusCode, 200);
		assert.match(
			String((whole.items![0].json.headers as Record<string, string>)['gncp-gw-trace-id']),
			/^emu-/,
		);
		assert.deepEqual(whole.items![0].json.body, emulator.store.channels);
	});

	test('continue on fail: the failed item becomes an error item in place, the others succeed', async () => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			continueOnFail: true,
			inputItems: [
				{ path: '/v1/seller/account' },
				{ path: '/v1/no-such-api' },
				{ path: '/v1/seller/account' },
			],
			parameters: send({ method: 'GET', path: '={{ $json.path }}' }),
		});
		assert.equal(result.error, undefined);
		assert.equal(result.items?.length, 3);
		assert.deepEqual(result.items![0].json, emulator.store.account);
		const failed = result.items![1];
		assert.deepEqual(failed.pairedItem, { item: 1 });
		assert.equal(failed.json.code, 'GW.NOT_FOUND');
		assert.equal(failed.json.httpStatus, 404);
		assert.match(String(failed.json.traceId), /^emu-/);
		assert.match(String(failed.json.error), /GW\.NOT_FOUND/);
		assert.deepEqual(result.items![2].pairedItem, { item: 2 });
	});

	test('without continue on fail the execution stops with the item index', async () => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			inputItems: [{ path: '/v1/seller/account' }, { path: '/v1/no-such-api' }],
			parameters: send({ method: 'GET', path: '={{ $json.path }}' }),
		});
		assert.match(String(result.error?.message), /^Naver Commerce API error GW\.NOT_FOUND/);
		assert.equal((result.error as { context?: { itemIndex?: number } }).context?.itemIndex, 1);
	});

	test('invalid JSON in the query or body is named, before any request', async () => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		const badQuery = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: send({ method: 'GET', path: '/v1/seller/account', query: '{"a": ' }),
		});
		assert.match(String(badQuery.error?.message), /Query Parameters is not valid JSON/);
		const arrayQuery = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: send({ method: 'GET', path: '/v1/seller/account', query: '[1]' }),
		});
		assert.match(String(arrayQuery.error?.message), /expected an object/);
		const badBody = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: send({
				method: 'POST',
				path: '/v1/pay-order/seller/product-orders/query',
				body: '{oops}',
			}),
		});
		assert.match(String(badBody.error?.message), /Body is not valid JSON/);
		assert.equal(emulator.stats.apiRequests, 0);
	});

	test('the token never leaves the base URL: absolute, scheme-relative and escaping paths are refused', async () => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		// Issue a token first, so there is one to leak.
		await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: send({ method: 'GET', path: '/v1/seller/account' }),
		});
		const sentinelHost = sentinelOrigin.replace('http://', '');
		const attempts = [
			`${sentinelOrigin}/steal`,
			`//${sentinelHost}/steal`,
			`\\\\${sentinelHost}\\steal`,
			`/../../..//${sentinelHost}/steal`,
			`/%2e%2e/%2e%2e/steal`,
			`@${sentinelHost}/steal`,
			`/v1/%2F%2F${sentinelHost}`,
		];
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			continueOnFail: true,
			inputItems: attempts.map((path) => ({ path })),
			parameters: send({ method: 'GET', path: '={{ $json.path }}' }),
		});
		assert.equal(result.items?.length, attempts.length);
		for (const item of result.items!) assert.match(String(item.json.error), /cannot be used/);
		assert.equal(sentinelHits, 0);
		assert.equal(emulator.stats.apiRequests, 1, 'only the first, legitimate call');
	});

	test('a bad path is a configuration error (NodeOperationError), not an API error', async () => {
		const result = await runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			parameters: send({ method: 'GET', path: '/v1/../../steal' }),
		});
		assert.match(String(result.error?.message), /cannot be used/);
		assert.equal(result.error?.name, 'NodeOperationError');
		assert.equal((result.error as { httpCode?: string | null }).httpCode ?? null, null);
	});

	test('a redirect to another host does not carry the token', async () => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: send({ method: 'GET', path: '/v1/seller/account' }),
		});
		const received: Array<string | undefined> = [];
		sentinel.removeAllListeners('request');
		sentinel.on('request', (req, res) => {
			received.push(req.headers.authorization);
			res.setHeader('Content-Type', 'application/json');
			res.end('{"redirected":true}');
		});
		emulator.faults.push({
			pathPrefix: '/v1/seller/account',
			status: 302,
			kind: 'redirect',
			location: `${sentinelOrigin}/landing`,
			remaining: 1,
		});
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: send({ method: 'GET', path: '/v1/seller/account' }),
		});
		assert.deepEqual(result.items?.[0].json, { redirected: true });
		assert.deepEqual(received, [undefined], 'the other host got no Authorization header');
	});

	test('no output or error ever contains the token or the secret', async () => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		const runs = [
			await runNaverCommerceNode({
				credentialsHelper: helper,
				parameters: send({
					method: 'GET',
					path: '/v1/seller/account',
					options: { fullResponse: true },
				}),
			}),
			await runNaverCommerceNode({
				credentialsHelper: helper,
				parameters: send({ method: 'GET', path: '/v1/no-such-api' }),
			}),
			await runNaverCommerceNode({
				credentialsHelper: helper,
				continueOnFail: true,
				parameters: send({ method: 'GET', path: '/v1/no-such-api' }),
			}),
		];
		emulator.advanceTokenClock(3 * 3600_000);
		runs.push(
			await runNaverCommerceNode({
				credentialsHelper: helper,
				parameters: send({ method: 'GET', path: '/v1/seller/account' }),
			}),
		);
		const token = String(helper.store.get(CREDENTIAL_ID)!.accessToken);
		assert.ok(token.length > 20);
		for (const run of runs) {
			const text = visibleText(run);
			assert.ok(!text.includes(token), 'token in output');
			assert.ok(!text.includes(DEFAULT_APP.clientSecret), 'secret in output');
			assert.ok(!/Bearer /.test(text), 'authorization header in output');
		}
	});

	test('a read that times out is retried twice, then reported as a timeout', async () => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		const slow = { pathPrefix: '/v1/seller/account', status: 200, delayMs: 1500 };
		emulator.faults.push({ ...slow, remaining: 3 });
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: send({ method: 'GET', path: '/v1/seller/account', options: { timeout: 200 } }),
		});
		assert.equal(result.error?.message, 'Naver Commerce API did not answer in time');
		assert.equal(emulator.faults.length, 0, 'all three attempts were made');

		emulator.faults.push({ ...slow, remaining: 1 });
		const recovered = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: send({ method: 'GET', path: '/v1/seller/account', options: { timeout: 200 } }),
		});
		assert.equal(recovered.error, undefined);
		assert.deepEqual(recovered.items?.[0].json, emulator.store.account);
	});

	test('a write that times out is not repeated', async () => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: send({ method: 'GET', path: '/v1/seller/account' }),
		});
		emulator.resetStats();
		emulator.faults.push({
			pathPrefix: '/v1/pay-order/seller/product-orders/query',
			status: 200,
			delayMs: 1500,
			remaining: 3,
		});
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: send({
				method: 'POST',
				path: '/v1/pay-order/seller/product-orders/query',
				body: '{"productOrderIds": ["1"]}',
				options: { timeout: 200 },
			}),
		});
		assert.equal(result.error?.message, 'Naver Commerce API did not answer in time');
		assert.equal(emulator.faults[0]?.remaining, 2, 'one attempt only');
		emulator.faults.length = 0;
	});

	test('429 GW.RATE_LIMIT is retried after the time the rate-limit headers imply', async () => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: send({ method: 'GET', path: '/v1/seller/account' }),
		});
		emulator.resetStats();
		// A bucket small enough that the node's own sequential requests outrun it even on a busy
		// machine (at 5 per second a loaded 2-core machine once sent too slowly to meet a 429).
		emulator.rateLimitPerSecond = 2;
		try {
			// Another client of the same app empties the bucket first: the node paces its own
			// requests (transport/pacing.ts), so only someone else's can make Naver answer 429.
			const { access_token: otherToken } = await requestTokenDirectly(emulator.baseUrl);
			for (let request = 0; request < 10; request++) {
				await fetch(`${emulator.baseUrl}/v1/seller/channels`, {
					headers: { Authorization: `Bearer ${otherToken}` },
				});
			}
			emulator.resetStats();
			const result = await runNaverCommerceNode({
				credentialsHelper: helper,
				inputItems: Array.from({ length: 12 }, () => ({})),
				parameters: send({ method: 'GET', path: '/v1/seller/channels' }),
			});
			assert.equal(result.error, undefined, result.error?.message);
			assert.equal(result.items?.length, 12);
			assert.ok(emulator.stats.rateLimited > 0, 'the storm did happen');
			// After the first 429 the node knows the bucket and stays inside it.
			assert.ok(emulator.stats.rateLimited <= 3, `429s: ${emulator.stats.rateLimited}`);
			assert.equal(
				emulator.stats.byRoute['seller.channels'],
				12,
				'every item answered exactly once',
			);
		} finally {
			emulator.rateLimitPerSecond = undefined;
		}
	});
});
