/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * cacheAnswersOf, the benchmark's emulator option: a read it names is answered again from what
 * it built before, until a request that may write, so the benchmark times the node and not the
 * emulator building 300 records an answer. Over HTTP with plain fetch.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { signClientSecret } from '../../credentials/naverCommerceAuth';
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from './server';

const PAY_ORDER = '/v1/pay-order/seller/product-orders';

describe('emulator: answers kept for a benchmark (cacheAnswersOf)', () => {
	let cached: NaverCommerceEmulator;
	let plain: NaverCommerceEmulator;

	before(async () => {
		cached = await startEmulator({ cacheAnswersOf: ['productOrders.query'] });
		plain = await startEmulator();
	});
	after(async () => {
		await cached.stop();
		await plain.stop();
	});

	async function token(emulator: NaverCommerceEmulator): Promise<string> {
		const timestamp = Date.now() - 1000;
		const response = await fetch(`${emulator.baseUrl}/v1/oauth2/token`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({
				client_id: DEFAULT_APP.clientId,
				timestamp: String(timestamp),
				client_secret_sign: signClientSecret(
					DEFAULT_APP.clientId,
					DEFAULT_APP.clientSecret,
					timestamp,
				),
				grant_type: 'client_credentials',
				type: 'SELF',
			}).toString(),
		});
		return String(((await response.json()) as { access_token: string }).access_token);
	}

	async function post(emulator: NaverCommerceEmulator, bearer: string, path: string, body: object) {
		const response = await fetch(`${emulator.baseUrl}${PAY_ORDER}${path}`, {
			method: 'POST',
			headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
			body: JSON.stringify(body),
		});
		assert.equal(response.status, 200, `${path}: ${response.status}`);
		return (await response.json()) as {
			data: Array<{ productOrder: { quantity: number; placeOrderStatus: string } }>;
		};
	}

	/** What each emulator answers for one new paid order: before, after a change to its store. */
	async function quantities(emulator: NaverCommerceEmulator) {
		const bearer = await token(emulator);
		const order = emulator.store.productOrders.find(
			(candidate) =>
				candidate.productOrderStatus === 'PAYED' && candidate.placeOrderStatus === 'NOT_YET',
		)!;
		const query = { productOrderIds: [order.productOrderId] };
		const first = (await post(emulator, bearer, '/query', query)).data[0].productOrder;
		// A change no request made, so nothing tells the emulator to build the answer again.
		order.quantity += 1;
		const second = (await post(emulator, bearer, '/query', query)).data[0].productOrder;
		await post(emulator, bearer, '/confirm', query);
		const third = (await post(emulator, bearer, '/query', query)).data[0].productOrder;
		return { order, first, second, third };
	}

	test('the same read is answered as before; a write makes it built again', async () => {
		const { order, first, second, third } = await quantities(cached);
		assert.equal(second.quantity, first.quantity, 'served from what was built');
		assert.equal(third.quantity, order.quantity, 'after Confirm, built from the store');
		assert.equal(third.placeOrderStatus, 'OK');
	});

	test('without the option, every answer is built from the store', async () => {
		const { order, first, second } = await quantities(plain);
		assert.equal(second.quantity, first.quantity + 1);
		assert.equal(second.quantity, order.quantity);
	});
});
