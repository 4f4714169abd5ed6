/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * At Naver's limits: the transport paces the requests of one API to the bucket Naver describes in
 * its GNCP-GW-RateLimit headers (transport/pacing.ts), so a long job stays inside it instead of
 * provoking 429s, without delaying another credential or another API; independent reads (product
 * order details, 300 IDs a request) run a few at a time, results in input order. Through n8n-core
 * against the emulator's token bucket (per app and route, burst twice the rate).
 */
import assert from 'node:assert/strict';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { after, before, beforeEach, describe, test } from 'node:test';

import { READ_CONCURRENCY } from '../../nodes/NaverCommerce/helpers/concurrency';
import { apiOf, clearPacing } from '../../nodes/NaverCommerce/transport/pacing';
import {
	API_PREFIX,
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

/** An API request as the emulator received it. */
interface Arrival {
	method: string;
	path: string;
	authorization: string;
}

/**
 * Watches the emulator's API requests (the token endpoint aside) while a test runs: their order of
 * arrival and how many were in flight at once (received, not yet answered). The answers of those
 * `hold` picks are kept back, as from a Naver slow to answer, until `release`: the test, not a
 * clock, decides what happens first.
 */
function watchRequests(
	emulator: NaverCommerceEmulator,
	hold: (arrival: Arrival, index: number) => boolean = () => false,
) {
	const server = (emulator as unknown as { server: Server }).server;
	const arrivals: Arrival[] = [];
	const held: Array<() => void> = [];
	const waiting: Array<{ count: number; resolve: () => void }> = [];
	let inFlight = 0;
	let maxInFlight = 0;
	let released = false;
	const listener = (req: IncomingMessage, res: ServerResponse) => {
		const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.slice(API_PREFIX.length);
		if (!req.url?.startsWith(`${API_PREFIX}/`) || path === '/v1/oauth2/token') return;
		inFlight += 1;
		maxInFlight = Math.max(maxInFlight, inFlight);
		res.once('close', () => (inFlight -= 1));
		const arrival: Arrival = {
			method: req.method ?? 'GET',
			path,
			authorization: String(req.headers.authorization ?? ''),
		};
		arrivals.push(arrival);
		if (!hold(arrival, arrivals.length - 1)) return;
		const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
		res.end = ((...args: unknown[]) => {
			if (released) return end(...args);
			held.push(() => end(...args));
			for (const waiter of waiting.filter((entry) => held.length >= entry.count)) waiter.resolve();
			return res;
		}) as ServerResponse['end'];
	};
	server.on('request', listener);
	return {
		arrivals,
		get maxInFlight() {
			return maxInFlight;
		},
		/** Resolves once `count` answers are held back at once. */
		async held(count: number): Promise<void> {
			if (held.length >= count) return;
			await new Promise<void>((resolve) => waiting.push({ count, resolve }));
		},
		/** Sends the held answers, last received first with `reverse`, and holds no more. */
		release(order: 'arrival' | 'reverse' = 'arrival'): void {
			released = true;
			const answers = held.splice(0);
			for (const answer of order === 'reverse' ? answers.reverse() : answers) answer();
		},
		stop(): void {
			this.release();
			server.off('request', listener);
		},
	};
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
		emulator.rateLimitPerSecond = 2;
		// 12 requests at 2/s, burst 4: the first credential's job is paced. Its first request's
		// answer tells the bucket's size, and every other request of its bucket waits for it: held
		// back here, the paced API's queue stands still for as long as the test wants, while the
		// other credential and the other API are called (each for the first time, so that either
		// would wait too, were it in the same bucket). Were they queued behind it, they would never
		// go.
		const watch = watchRequests(
			emulator,
			(arrival, index) => index === 0 && arrival.path === '/v1/seller/channels',
		);
		try {
			const slow = runNaverCommerceNode({
				credentialsHelper: first,
				inputItems: Array.from({ length: 12 }, () => ({})),
				parameters: send({ path: '/v1/seller/channels' }),
			});
			await within(15_000, watch.held(1), "the paced job's first request");
			const other = await within(
				15_000,
				runNaverCommerceNode({
					credentialsHelper: second,
					inputItems: Array.from({ length: 3 }, () => ({})),
					parameters: send({ path: '/v1/seller/channels' }),
				}),
				'another credential, the paced API unanswered,',
			);
			const otherApi = await within(
				15_000,
				runNaverCommerceNode({
					credentialsHelper: first,
					inputItems: Array.from({ length: 3 }, () => ({})),
					parameters: send({ path: '/v1/seller/account' }),
				}),
				'another API, the paced API unanswered,',
			);
			watch.release();
			const slowResult = await within(30_000, slow, 'the paced job');
			for (const run of [slowResult, other, otherApi])
				assert.equal(run.error, undefined, run.error?.message);
			const pacedToken = watch.arrivals[0].authorization;
			assert.deepEqual(
				watch.arrivals.map(
					(arrival) =>
						`${arrival.authorization === pacedToken ? 'first' : 'second'} ${arrival.method} ${arrival.path}`,
				),
				[
					'first GET /v1/seller/channels',
					...Array<string>(3).fill('second GET /v1/seller/channels'),
					...Array<string>(3).fill('first GET /v1/seller/account'),
					...Array<string>(11).fill('first GET /v1/seller/channels'),
				],
				'the other credential and the other API went while the paced API waited',
			);
			// Unpaced, 12 requests one after another would empty a bucket of 4 and meet 429s.
			assert.equal(emulator.stats.rateLimited, 0);
		} finally {
			watch.stop();
		}
	});

	test('details of 1,500 product orders: 5 requests, several at once, in input order', async () => {
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
		// The first request goes alone (its answer tells pacing the API's bucket); the other 4 are
		// answered only once as many as the limit allows are in flight together, last one first. One
		// at a time, the second would wait for its answer forever.
		const together = Math.min(READ_CONCURRENCY, 4);
		const watch = watchRequests(emulator, (_, index) => index >= 1 && index <= together);
		let result: Awaited<ReturnType<typeof runNaverCommerceNode>>;
		try {
			const run = runNaverCommerceNode({
				credentialsHelper: helper,
				inputItems: items,
				parameters: {
					resource: 'productOrder',
					operation: 'get',
					productOrderIds: '={{ $json.ids }}',
				},
			});
			await within(15_000, watch.held(together), `${together} requests in flight at once`);
			watch.release('reverse');
			result = await within(30_000, run, 'the details');
		} finally {
			watch.stop();
		}
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(emulator.stats.byRoute['productOrders.query'], 5, 'ceil(1500 / 300) requests');
		assert.ok(watch.maxInFlight > 1, `requests in flight at once: ${watch.maxInFlight}`);
		assert.ok(
			watch.maxInFlight <= READ_CONCURRENCY,
			`requests in flight at once: ${watch.maxInFlight}`,
		);
		const output = result.items!.map(
			(item) => (item.json.productOrder as { productOrderId: string }).productOrderId,
		);
		assert.deepEqual(output, wanted, 'one item per product order, in input order');
		result.items!.forEach((item, index) =>
			assert.deepEqual(item.pairedItem, { item: Math.floor(index / 150) }),
		);
	});
});
