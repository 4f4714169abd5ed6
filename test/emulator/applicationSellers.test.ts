/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * One application, several stores: how the emulator counts its rate limit (per application and API,
 * as restriction.md says: "개별 API와 인증된 애플리케이션 단위로", so every SELLER account of an
 * application shares one bucket and another application has its own), and, with storePerSeller,
 * a store of its own for each SELLER account, with product orders no other store holds. Plain
 * fetch, independent of the package's request code.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { requestTokenDirectly } from './directToken';
import { formatKst } from './kst';
import {
	type EmulatorApp,
	type EmulatorOptions,
	type NaverCommerceEmulator,
	startEmulator,
} from './server';

const PROVIDER: EmulatorApp = {
	clientId: '4nSolutionProviderApp01',
	clientSecret: '$2a$04$SolutionProviderSalt0u',
	linkedSellers: ['store_one', 'store_two'],
};
const OTHER_APP: EmulatorApp = {
	clientId: '4nAnotherApplication001',
	clientSecret: '$2a$04$AnotherAppSecretSalt0u',
	linkedSellers: ['store_three'],
};

interface Reply {
	status: number;
	body: Record<string, unknown>;
	headers: Headers;
}

async function call(
	emulator: NaverCommerceEmulator,
	path: string,
	token: string,
	body?: unknown,
): Promise<Reply> {
	const response = await fetch(`${emulator.baseUrl}${path}`, {
		method: body === undefined ? 'GET' : 'POST',
		headers: {
			Authorization: `Bearer ${token}`,
			...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return {
		status: response.status,
		body: (await response.json()) as Record<string, unknown>,
		headers: response.headers,
	};
}

/** The tokens of the provider's two stores, its SELF token and the other app's store. */
async function tokens(emulator: NaverCommerceEmulator) {
	const token = async (app: EmulatorApp, account?: string) =>
		(await requestTokenDirectly(emulator.baseUrl, app, account)).access_token;
	return {
		one: await token(PROVIDER, 'store_one'),
		two: await token(PROVIDER, 'store_two'),
		self: await token(PROVIDER),
		other: await token(OTHER_APP, 'store_three'),
	};
}

async function withEmulator(
	options: EmulatorOptions,
	run: (emulator: NaverCommerceEmulator) => Promise<void>,
): Promise<void> {
	const emulator = await startEmulator({ apps: [PROVIDER, OTHER_APP], ...options });
	try {
		await run(emulator);
	} finally {
		await emulator.stop();
	}
}

const ACCOUNT = '/v1/seller/account';

describe('the rate limit is counted per application and API', () => {
	test('two SELLER credentials of one app share the bucket; the SELF token too; another app does not', async () => {
		await withEmulator({ rateLimitPerSecond: 2 }, async (emulator) => {
			const token = await tokens(emulator);
			// Burst 4: two requests of each store of the provider empty the provider's bucket.
			const statuses = [];
			for (const holder of [token.one, token.two, token.one, token.two])
				statuses.push((await call(emulator, ACCOUNT, holder)).status);
			assert.deepEqual(statuses, [200, 200, 200, 200]);
			const limited = await call(emulator, ACCOUNT, token.two);
			assert.equal(limited.status, 429, 'the fifth request of the app, whichever store');
			assert.equal(limited.body.code, 'GW.RATE_LIMIT');
			assert.equal(limited.headers.get('gncp-gw-ratelimit-remaining'), '0');
			assert.equal((await call(emulator, ACCOUNT, token.self)).status, 429, 'SELF too');
			// Another application has its own bucket, and so has another API of this one.
			const other = await call(emulator, ACCOUNT, token.other);
			assert.equal(other.status, 200);
			assert.equal(other.headers.get('gncp-gw-ratelimit-remaining'), '3');
			assert.equal((await call(emulator, '/v1/seller/channels', token.one)).status, 200);
			assert.equal(emulator.stats.rateLimited, 2);
			assert.deepEqual(emulator.stats.rateLimitedByRoute, { 'seller.account': 2 });
		});
	});

	test("rateLimitScope 'account' (not Naver's rule) gives each token account its own bucket", async () => {
		await withEmulator({ rateLimitPerSecond: 2, rateLimitScope: 'account' }, async (emulator) => {
			const token = await tokens(emulator);
			const statuses = [];
			for (const holder of [token.one, token.two, token.one, token.two, token.one, token.two])
				statuses.push((await call(emulator, ACCOUNT, holder)).status);
			assert.deepEqual(statuses, [200, 200, 200, 200, 200, 200]);
		});
	});
});

describe('storePerSeller: each SELLER account has a store of its own', () => {
	let emulator: NaverCommerceEmulator;
	let token: Awaited<ReturnType<typeof tokens>>;

	before(async () => {
		emulator = await startEmulator({
			apps: [PROVIDER, OTHER_APP],
			storePerSeller: true,
			paidOrdersOnly: true,
			productOrders: 12,
			spanHours: 10,
		});
		token = await tokens(emulator);
	});
	after(async () => await emulator.stop());

	const changes = async (holder: string) => {
		const query = new URLSearchParams({ lastChangedFrom: formatKst(Date.now() - 11 * 3_600_000) });
		const reply = await call(
			emulator,
			`/v1/pay-order/seller/product-orders/last-changed-statuses?${query}`,
			holder,
		);
		assert.equal(reply.status, 200);
		return (reply.body.data as { lastChangeStatuses: Array<Record<string, unknown>> })
			.lastChangeStatuses;
	};

	test('its account, and product orders no other store holds, all new and paid', async () => {
		assert.equal((await call(emulator, ACCOUNT, token.one)).body.accountId, 'store_one');
		assert.equal((await call(emulator, ACCOUNT, token.two)).body.accountId, 'store_two');
		assert.equal((await call(emulator, ACCOUNT, token.self)).body.accountId, 'emulator_store');
		const one = await changes(token.one);
		const two = await changes(token.two);
		assert.equal(one.length, 12);
		assert.equal(two.length, 12);
		for (const change of [...one, ...two]) {
			assert.equal(change.lastChangedType, 'PAYED');
			assert.equal(change.productOrderStatus, 'PAYED');
		}
		const idsOne = one.map((change) => String(change.productOrderId));
		const idsTwo = two.map((change) => String(change.productOrderId));
		assert.equal(new Set([...idsOne, ...idsTwo]).size, 24, 'disjoint product order IDs');
		assert.deepEqual(
			idsOne.sort(),
			emulator
				.sellerStore('store_one')
				.productOrders.map((order) => order.productOrderId)
				.sort(),
		);
		assert.ok(
			emulator.store.productOrders.every((order) => !idsOne.includes(order.productOrderId)),
			'the SELF store is another one',
		);
		assert.throws(() => emulator.sellerStore('not_linked'), /links the seller not_linked/);
	});

	test('confirm counts each product order confirmed, and 105306 for a second confirm', async () => {
		emulator.resetStats();
		const idsOne = (await changes(token.one)).map((change) => String(change.productOrderId));
		const confirm = async (holder: string, productOrderIds: string[]) =>
			(
				await call(emulator, '/v1/pay-order/seller/product-orders/confirm', holder, {
					productOrderIds,
				})
			).body.data as {
				successProductOrderInfos: Array<{ productOrderId: string }>;
				failProductOrderInfos: Array<{ productOrderId: string; code: string }>;
			};
		const first = await confirm(token.one, idsOne.slice(0, 3));
		assert.equal(first.successProductOrderInfos.length, 3);
		const again = await confirm(token.one, idsOne.slice(0, 1));
		assert.deepEqual(
			again.failProductOrderInfos.map((fail) => fail.code),
			['105306'],
		);
		// Another store of the same app does not hold them.
		const elsewhere = await confirm(token.two, idsOne.slice(3, 4));
		assert.deepEqual(
			elsewhere.failProductOrderInfos.map((fail) => fail.code),
			['100001'],
		);
		assert.deepEqual(
			emulator.stats.confirmations,
			Object.fromEntries(idsOne.slice(0, 3).map((id) => [id, 1])),
		);
		assert.equal(emulator.stats.alreadyConfirmed, 1);
		assert.equal(
			emulator.sellerStore('store_one').productOrders.filter((o) => o.placeOrderStatus === 'OK')
				.length,
			3,
		);
		assert.ok(
			emulator
				.sellerStore('store_two')
				.productOrders.every((o) => o.placeOrderStatus === 'NOT_YET'),
		);
	});

	test('token requests are counted per application and account', async () => {
		emulator.resetStats();
		await tokens(emulator);
		assert.deepEqual(emulator.stats.tokenRequestsByAccount, {
			[`${PROVIDER.clientId}|SELLER:store_one`]: 1,
			[`${PROVIDER.clientId}|SELLER:store_two`]: 1,
			[`${PROVIDER.clientId}|SELF`]: 1,
			[`${OTHER_APP.clientId}|SELLER:store_three`]: 1,
		});
	});
});

test('by default one store serves every caller, SELLER tokens included', async () => {
	await withEmulator({ productOrders: 12 }, async (emulator) => {
		const token = await tokens(emulator);
		assert.equal((await call(emulator, ACCOUNT, token.one)).body.accountId, 'emulator_store');
		assert.equal((await call(emulator, ACCOUNT, token.two)).body.accountId, 'emulator_store');
		assert.equal(emulator.sellerStore('store_one'), emulator.store);
	});
});
