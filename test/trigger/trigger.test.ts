/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The trigger's rules one by one, through n8n-core's PollContext against the emulator: first
 * activation, backfill after days of silence, the safety lag and late arrivals, equal timestamps
 * across polls, failures, rate limits and "Fetch Test Event".
 */
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { after, describe, it } from 'node:test';

import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { ChangeStream, identityOf } from '../emulator/changeStream.ts';
import { parseNaverDateTime } from '../emulator/kst.ts';
import { DEFAULT_APP, NaverCommerceEmulator } from '../emulator/server.ts';
import type { ProductOrder } from '../emulator/store.ts';
import { credentialsFor } from '../helpers/n8nHarness.ts';
import { TriggerHost, type Persistence } from './pollHarness.ts';
import { emittedIdentity, sleep } from './streamCheck.ts';

const FEED_PATH = '/v1/pay-order/seller/product-orders/last-changed-statuses';
const HOUR_MS = 3_600_000;

const emulators: NaverCommerceEmulator[] = [];
after(async () => {
	await Promise.all(emulators.map(async (emulator) => await emulator.stop()));
});

/** An emulator that records the lastChangedFrom/To of every feed request and when it came. */
async function startEmulator(options: ConstructorParameters<typeof NaverCommerceEmulator>[0] = {}) {
	const emulator = await new NaverCommerceEmulator(options).start();
	emulators.push(emulator);
	const feedRequests: Array<{ fromMs: number; toMs: number; atMs: number; type: string | null }> =
		[];
	const api = emulator['api'].bind(emulator);
	emulator['api'] = (
		req: IncomingMessage,
		path: string,
		query: URLSearchParams,
		rawBody: string,
		traceId: string,
	) => {
		if (path === FEED_PATH) {
			feedRequests.push({
				fromMs: parseNaverDateTime(query.get('lastChangedFrom') ?? undefined) ?? NaN,
				toMs: parseNaverDateTime(query.get('lastChangedTo') ?? undefined) ?? NaN,
				atMs: Date.now(),
				type: query.get('lastChangedType'),
			});
		}
		return api(req, path, query, rawBody, traceId);
	};
	return { emulator, feedRequests };
}

function hostFor(
	emulator: NaverCommerceEmulator,
	parameters: IDataObject,
	persistence: Persistence = 'legacy',
) {
	return new TriggerHost(credentialsFor(emulator.baseUrl, DEFAULT_APP), parameters, persistence);
}

function newOrder(id: string, type: string, changedMs: number): ProductOrder {
	return {
		orderId: `O${id}`,
		productOrderId: id,
		lastChangedType: type,
		lastChangedMs: changedMs,
		paymentMs: changedMs,
		productOrderStatus: 'PAYED',
		receiverAddressChanged: false,
		productName: '테스트 상품',
		quantity: 1,
		unitPrice: 1000,
		placeOrderStatus: 'NOT_YET',
	};
}

describe('Naver Commerce Trigger', () => {
	it('starts from the moment of activation: 48 hours of history are not emitted', async () => {
		const { emulator, feedRequests } = await startEmulator();
		const host = hostFor(emulator, {
			events: ['PAYED', 'DISPATCHED'],
			options: { safetyLagSeconds: 0.2 },
		});
		const beforeMs = Date.now();
		const activation = await host.activate();
		assert.equal(activation.error, undefined);
		assert.equal(activation.items, undefined);
		assert.equal(feedRequests.length, 0, 'the first activation only sets the cursor');
		const cursor = host.savedNodeStaticData().cursor as { lastChangedMs: number };
		assert.ok(cursor.lastChangedMs >= beforeMs && cursor.lastChangedMs <= Date.now());

		emulator.store.productOrders.push(newOrder('7000000000000001', 'PAYED', Date.now()));
		emulator.store.productOrders.push(newOrder('7000000000000002', 'CLAIM_REQUESTED', Date.now()));
		await sleep(300);
		const next = await host.poll();
		assert.deepEqual(
			next.items?.map((item) => item.json.productOrderId),
			['7000000000000001'],
			'only the new change of a selected event',
		);
		assert.equal((await host.poll()).items, undefined, 'nothing twice');
	});

	it('backfills N hours and, after 2 days inactive, reads the gap in 24-hour windows up to now minus the lag', async () => {
		const { emulator, feedRequests } = await startEmulator({ productOrders: 800, spanHours: 48 });
		const all = emulator.store.productOrders.filter((order) => order.lastChangedType === 'PAYED');
		const host = hostFor(emulator, {
			events: ['PAYED'],
			options: { backfillHours: 50, safetyLagSeconds: 5 },
		});
		const pollStartMs = Date.now();
		const outcome = await host.activate();
		assert.equal(outcome.error, undefined, String(outcome.error));
		assert.deepEqual(
			outcome.items?.map(emittedIdentity).sort(),
			all.map(identityOf).sort(),
			'every paid change of the last 50 hours, once',
		);
		assert.ok(feedRequests.length >= 3, `50 hours need 3 windows, got ${feedRequests.length}`);
		for (const request of feedRequests) {
			assert.ok(request.toMs - request.fromMs < 24 * HOUR_MS, 'at most 24 hours per request');
			assert.ok(request.toMs <= request.atMs - 5_000, 'lastChangedTo is never after now − lag');
			assert.equal(request.type, 'PAYED', 'one event: Naver filters');
		}
		const cursor = host.savedNodeStaticData().cursor as { lastChangedMs: number };
		assert.ok(cursor.lastChangedMs <= pollStartMs - 5_000 + 50);
	});

	it('holds a change back until it is older than the safety lag, so a late arrival is not skipped', async () => {
		const { emulator, feedRequests } = await startEmulator();
		const host = hostFor(emulator, { events: ['PAYED'], options: { safetyLagSeconds: 1 } });
		await host.activate();
		await sleep(1_100);
		// Naver lists a change dated 600 ms ago only now, after a poll covered up to now − 1 s.
		assert.equal((await host.poll()).items, undefined);
		const late = newOrder('7000000000000003', 'PAYED', Date.now() - 600);
		emulator.store.productOrders.push(late);
		assert.equal((await host.poll()).items, undefined, 'not yet older than the lag');
		await sleep(1_000);
		const outcome = await host.poll();
		assert.deepEqual(outcome.items?.map(emittedIdentity), [identityOf(late)]);
		assert.ok(feedRequests.every((request) => request.toMs <= request.atMs - 1_000));
	});

	it('splits a group of equal timestamps across polls without loss or repeat', async () => {
		const { emulator } = await startEmulator();
		const host = hostFor(emulator, {
			events: ['PAYED'],
			options: { safetyLagSeconds: 0.2, maxChangesPerPoll: 7 },
		});
		await host.activate();
		const stampMs = Date.now() + 5;
		const burst = Array.from({ length: 23 }, (_, index) =>
			newOrder(`71000000000000${String(50 - index).padStart(2, '0')}`, 'PAYED', stampMs),
		);
		emulator.store.productOrders.push(...burst);
		await sleep(400);
		const sizes: number[] = [];
		for (let poll = 0; poll < 6; poll++) {
			const outcome = await host.poll();
			assert.equal(outcome.error, undefined);
			sizes.push(outcome.items?.length ?? 0);
			host.stop(); // the next poll starts from the saved static data only
		}
		assert.deepEqual(sizes, [7, 7, 7, 2, 0, 0]);
		const emitted = host.executions.flat().map(emittedIdentity);
		assert.deepEqual(emitted.sort(), burst.map(identityOf).sort());
		const cursor = host.savedNodeStaticData().cursor as { identities: string[] };
		assert.ok(Array.isArray(cursor.identities));
	});

	it('a failed poll throws the NodeApiError, emits nothing, keeps the cursor; the next poll emits the same changes', async () => {
		const { emulator } = await startEmulator();
		const host = hostFor(emulator, {
			events: ['PAYED'],
			output: 'details',
			options: { safetyLagSeconds: 0.2 },
		});
		await host.activate();
		const order = newOrder('7000000000000004', 'PAYED', Date.now());
		emulator.store.productOrders.push(order);
		await sleep(300);
		const saved = host.savedStaticData;
		// The feed answers; the details request fails after it.
		emulator.faults.push({
			pathPrefix: '/v1/pay-order/seller/product-orders/query',
			status: 403,
			code: 'GW.IP_NOT_ALLOWED',
			remaining: 1,
		});
		const failed = await host.poll();
		assert.ok(failed.error instanceof NodeApiError, 'n8n gets a NodeApiError');
		assert.match(failed.error.message, /GW\.IP_NOT_ALLOWED/);
		assert.equal((failed.error as NodeApiError).httpCode, '403');
		assert.equal(host.errors.length, 1, 'n8n records the failed poll');
		assert.equal(host.executions.length, 0);
		assert.equal(host.savedStaticData, saved);

		const retried = await host.poll();
		assert.equal(retried.error, undefined);
		assert.deepEqual(retried.items?.map(emittedIdentity), [identityOf(order)]);
		const item = retried.items![0].json as { productOrder?: { productOrderId?: string } };
		assert.equal(item.productOrder?.productOrderId, order.productOrderId, 'details are output');
	});

	it('rides out rate limits in the transport', async () => {
		const { emulator } = await startEmulator({ productOrders: 700 });
		const host = hostFor(emulator, {
			events: ['PAYED', 'DISPATCHED', 'PURCHASE_DECIDED'],
			options: { backfillHours: 49, safetyLagSeconds: 1 },
		});
		emulator.faults.push({
			pathPrefix: FEED_PATH,
			status: 429,
			code: 'GW.RATE_LIMIT',
			remaining: 2,
		});
		const outcome = await host.activate();
		assert.equal(outcome.error, undefined, String(outcome.error));
		const wanted = new Set(['PAYED', 'DISPATCHED', 'PURCHASE_DECIDED']);
		assert.equal(
			outcome.items?.length,
			emulator.store.productOrders.filter((order) => wanted.has(order.lastChangedType)).length,
		);
	});

	it('Fetch Test Event returns the latest change of each selected event and leaves the cursor alone', async () => {
		const { emulator } = await startEmulator();
		// The seeded week has no gift changes at all.
		const none = await hostFor(emulator, { events: ['GIFT_RECEIVED'] }).fetchTestEvent();
		assert.match(String(none.error?.message), /No change of the selected events/);

		const stream = new ChangeStream(emulator.store, { seed: 9, maxLateMs: 0 });
		stream.burst(40);
		const host = hostFor(emulator, { events: ['PAYED', 'DISPATCHED'], output: 'changes' });
		const before = host.savedStaticData;
		const sample = await host.fetchTestEvent();
		assert.equal(sample.error, undefined, String(sample.error));
		const latest = (type: string) =>
			emulator.store.productOrders
				.filter((order) => order.lastChangedType === type)
				.sort(
					(a, b) =>
						a.lastChangedMs - b.lastChangedMs || a.productOrderId.localeCompare(b.productOrderId),
				)
				.at(-1)!;
		assert.deepEqual(
			sample.items?.map(emittedIdentity).sort(),
			[identityOf(latest('PAYED')), identityOf(latest('DISPATCHED'))].sort(),
		);
		assert.equal(host.savedStaticData, before);
	});
});
