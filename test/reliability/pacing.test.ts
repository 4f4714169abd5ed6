/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * At Naver's limits: the transport paces the requests of one API to the bucket Naver describes in
 * its GNCP-GW-RateLimit headers (transport/pacing.ts), so a long job stays inside it instead of
 * provoking 429s, without delaying another credential or another API; independent reads (product
 * order details, 300 IDs a request) run a few at a time, results in input order. Through n8n-core
 * against the emulator's token bucket (per app and route, burst twice the rate).
 */
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { after, before, beforeEach, describe, test } from 'node:test';

import { READ_CONCURRENCY } from '../../nodes/NaverCommerce/helpers/concurrency';
import { apiOf, clearPacing } from '../../nodes/NaverCommerce/transport/pacing';
import {
	DEFAULT_APP,
	type EmulatorApp,
	type NaverCommerceEmulator,
	startEmulator,
} from '../emulator/server';
import { credentialsFor, runNaverCommerceNode } from '../helpers/n8nHarness';
import { send, within } from './support';

const SECOND_APP: EmulatorApp = {
	clientId: '4nEmulatorAppId0000002',
	clientSecret: '$2a$04$SecondAppSecretSalt00u',
};

/** Requests in flight at the emulator at once, at most, while `run` goes on. */
async function maxInFlight<T>(
	emulator: NaverCommerceEmulator,
	run: () => Promise<T>,
): Promise<{ result: T; max: number }> {
	const server = (emulator as unknown as { server: Server }).server;
	let current = 0;
	let max = 0;
	const listener = (req: { url?: string }, res: { once: (e: string, f: () => void) => void }) => {
		if (!req.url?.includes('/product-orders/query')) return;
		current += 1;
		max = Math.max(max, current);
		res.once('finish', () => (current -= 1));
	};
	server.on('request', listener);
	try {
		return { result: await run(), max };
	} finally {
		server.off('request', listener);
	}
}

describe('the API a path belongs to', () => {
	test('parameters are blanked, literal segments kept', () => {
		assert.equal(
			apiOf('get', '/v1/pay-order/seller/orders/2026010112345678/product-order-ids'),
			'GET /v1/pay-order/seller/orders/{}/product-order-ids',
		);
		assert.equal(
			apiOf('GET', '/v1/products-for-provided-notice/WEAR'),
			'GET /v1/products-for-provided-notice/{}',
		);
		assert.equal(
			apiOf('PUT', '/v2/products/origin-products/1234/change-status'),
			'PUT /v2/products/origin-products/{}/change-status',
		);
		assert.equal(
			apiOf('GET', '/v1/pay-order/seller/product-orders/last-changed-statuses?x=1'),
			'GET /v1/pay-order/seller/product-orders/last-changed-statuses',
		);
		assert.notEqual(apiOf('GET', '/v1/seller/account'), apiOf('POST', '/v1/seller/account'));
	});
});

describe('paced, not throttled', () => {
	let emulator: NaverCommerceEmulator;

	before(async () => {
		emulator = await startEmulator({ apps: [DEFAULT_APP, SECOND_APP], productOrders: 1500 });
	});
	after(async () => await emulator.stop());
	beforeEach(() => {
		clearPacing();
		emulator.rateLimitPerSecond = undefined;
		emulator.latencyMs = 0;
		emulator.resetStats();
	});

	test('300 requests at 50/s (burst 100): at most 1 % answered 429, none lost', async (t) => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		// The token first, so that the job is only the job.
		await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: send({ path: '/v1/seller/account' }),
		});
		// Faster than the bucket allows: without pacing, about 1 request in 15 is answered 429.
		emulator.rateLimitPerSecond = 50;
		emulator.resetStats();
		const started = performance.now();
		const result = await within(
			60_000,
			runNaverCommerceNode({
				credentialsHelper: helper,
				inputItems: Array.from({ length: 300 }, () => ({})),
				parameters: send({ method: 'GET', path: '/v1/seller/channels' }),
			}),
			'300 requests',
		);
		const wallMs = performance.now() - started;
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(result.items?.length, 300);
		assert.equal(emulator.stats.byRoute['seller.channels'], 300, 'each answered once');
		const share = emulator.stats.rateLimited / (300 + emulator.stats.rateLimited);
		t.diagnostic(
			`300 requests at 50/s: ${emulator.stats.rateLimited} answered 429 (${(share * 100).toFixed(2)} %), ${Math.round(wallMs)} ms (minimum ${((300 - 100) / 50) * 1000} ms)`,
		);
		assert.ok(share <= 0.01, `${emulator.stats.rateLimited} 429s`);
	});

	test('a paced API delays neither another credential nor another API', async () => {
		const first = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		const second = credentialsFor(emulator.baseUrl, SECOND_APP, { sameProcess: true });
		const account = send({ path: '/v1/seller/account' });
		await runNaverCommerceNode({ credentialsHelper: first, parameters: account });
		await runNaverCommerceNode({ credentialsHelper: second, parameters: account });
		emulator.rateLimitPerSecond = 2;
		emulator.resetStats();
		// 12 requests at 2/s, burst 4: the first credential's job needs about 4 seconds.
		const slow = runNaverCommerceNode({
			credentialsHelper: first,
			inputItems: Array.from({ length: 12 }, () => ({})),
			parameters: send({ path: '/v1/seller/channels' }),
		});
		await new Promise((resolve) => setTimeout(resolve, 300));
		let started = performance.now();
		const other = await runNaverCommerceNode({
			credentialsHelper: second,
			inputItems: Array.from({ length: 3 }, () => ({})),
			parameters: send({ path: '/v1/seller/channels' }),
		});
		const otherCredentialMs = performance.now() - started;
		started = performance.now();
		const otherApi = await runNaverCommerceNode({
			credentialsHelper: first,
			inputItems: Array.from({ length: 3 }, () => ({})),
			parameters: send({ path: '/v1/seller/account' }),
		});
		const otherApiMs = performance.now() - started;
		const slowResult = await within(30_000, slow, 'the paced job');
		for (const run of [slowResult, other, otherApi]) assert.equal(run.error, undefined);
		assert.ok(
			otherCredentialMs < 400,
			`another credential waited ${Math.round(otherCredentialMs)} ms`,
		);
		assert.ok(otherApiMs < 400, `another API waited ${Math.round(otherApiMs)} ms`);
		assert.equal(emulator.stats.rateLimited, 0);
	});

	test('details of 1,500 product orders: 5 requests, several at once, in input order', async () => {
		emulator.latencyMs = 100;
		const ids = emulator.store.productOrders.map((order) => order.productOrderId);
		assert.equal(ids.length, 1500);
		// Items name the IDs in reverse seeded order, 150 per item: the output follows the items.
		const wanted = [...ids].reverse();
		const items = Array.from({ length: 10 }, (_, index) => ({
			ids: wanted.slice(index * 150, (index + 1) * 150).join(','),
		}));
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: send({ path: '/v1/seller/account' }),
		});
		emulator.resetStats();
		const started = performance.now();
		const { result, max } = await maxInFlight(emulator, () =>
			runNaverCommerceNode({
				credentialsHelper: helper,
				inputItems: items,
				parameters: {
					resource: 'productOrder',
					operation: 'get',
					productOrderIds: '={{ $json.ids }}',
				},
			}),
		);
		const wallMs = performance.now() - started;
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(emulator.stats.byRoute['productOrders.query'], 5, 'ceil(1500 / 300) requests');
		assert.ok(max > 1, `requests in flight at once: ${max}`);
		assert.ok(max <= READ_CONCURRENCY, `requests in flight at once: ${max}`);
		const output = result.items!.map(
			(item) => (item.json.productOrder as { productOrderId: string }).productOrderId,
		);
		assert.deepEqual(output, wanted, 'one item per product order, in input order');
		result.items!.forEach((item, index) =>
			assert.deepEqual(item.pairedItem, { item: Math.floor(index / 150) }),
		);
		// Sequential would be 5 round trips of 100 ms or more.
		assert.ok(wallMs < 450, `${Math.round(wallMs)} ms`);
	});
});
