/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The emulator must behave as Naver documents, or the other tests prove nothing. These tests talk to
 * it over HTTP with plain fetch, independent of the package's request code.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { signClientSecret } from '../../credentials/naverCommerceAuth';
import { formatKst } from './kst';
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from './server';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('Naver Commerce emulator', () => {
	let emulator: NaverCommerceEmulator;

	before(async () => {
		emulator = await startEmulator({ productOrders: 400 });
	});
	after(async () => await emulator.stop());
	beforeEach(() => {
		emulator.resetStats();
		emulator.clockSkewMs = 0;
		emulator.rateLimitPerSecond = undefined;
	});

	function tokenForm(
		overrides: Record<string, string | undefined> = {},
		timestamp = Date.now() - 1000,
	) {
		const form: Record<string, string | undefined> = {
			client_id: DEFAULT_APP.clientId,
			timestamp: String(timestamp),
			client_secret_sign: signClientSecret(
				DEFAULT_APP.clientId,
				DEFAULT_APP.clientSecret,
				timestamp,
			),
			grant_type: 'client_credentials',
			type: 'SELF',
			...overrides,
		};
		return new URLSearchParams(
			Object.entries(form).filter((entry): entry is [string, string] => entry[1] !== undefined),
		).toString();
	}

	async function requestToken(body: string, contentType = 'application/x-www-form-urlencoded') {
		const response = await fetch(`${emulator.baseUrl}/v1/oauth2/token`, {
			method: 'POST',
			headers: { 'Content-Type': contentType },
			body,
		});
		return {
			status: response.status,
			body: (await response.json()) as Record<string, unknown>,
			headers: response.headers,
		};
	}

	async function api(path: string, token?: string) {
		const response = await fetch(`${emulator.baseUrl}${path}`, {
			headers: token ? { Authorization: `Bearer ${token}` } : {},
		});
		return {
			status: response.status,
			body: (await response.json()) as Record<string, unknown>,
			headers: response.headers,
		};
	}

	test('issues a 3-hour Bearer token for a correct signature', async () => {
		const { status, body } = await requestToken(tokenForm());
		assert.equal(status, 200);
		assert.equal(body.token_type, 'Bearer');
		assert.ok(Number(body.expires_in) > 10_790 && Number(body.expires_in) <= 10_800);
		assert.equal((await api('/v1/seller/account', String(body.access_token))).status, 200);
	});

	test('returns the same token while 30 minutes or more remain, a new one below that', async () => {
		const first = (await requestToken(tokenForm())).body.access_token;
		emulator.advanceTokenClock(2 * HOUR + 29 * MINUTE); // 31 minutes left
		const same = (await requestToken(tokenForm())).body;
		assert.equal(same.access_token, first);
		assert.ok(Number(same.expires_in) <= 31 * 60);

		emulator.advanceTokenClock(2 * MINUTE); // 29 minutes left
		const renewed = (await requestToken(tokenForm())).body.access_token;
		assert.notEqual(renewed, first);
		// The old token keeps working until its own expiry.
		assert.equal((await api('/v1/seller/account', String(first))).status, 200);
		emulator.advanceTokenClock(30 * MINUTE);
		assert.equal((await api('/v1/seller/account', String(first))).status, 401);
		assert.equal((await api('/v1/seller/account', String(renewed))).status, 200);
	});

	test('answers 401 GW.AUTHN in the gateway envelope for a missing, unknown or expired token', async () => {
		for (const token of [undefined, 'not-a-token']) {
			const { status, body, headers } = await api('/v1/seller/account', token);
			assert.equal(status, 401);
			assert.equal(body.code, 'GW.AUTHN');
			assert.equal(body.message, '요청을 보낼 권한이 없습니다.');
			assert.match(String(body.timestamp), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+09:00$/);
			assert.equal(body.traceId, headers.get('gncp-gw-trace-id'));
		}
		const token = String((await requestToken(tokenForm())).body.access_token);
		emulator.expireAllTokens();
		assert.equal((await api('/v1/seller/account', token)).status, 401);
		assert.equal(emulator.stats.unauthorized, 3);
	});

	test('rejects a signature made with another secret, naming client_secret_sign', async () => {
		const timestamp = Date.now() - 1000;
		const wrong = signClientSecret(
			DEFAULT_APP.clientId,
			'$2a$04$abcdefghijklmnopqrstuu',
			timestamp,
		);
		const { status, body } = await requestToken(
			tokenForm({ client_secret_sign: wrong }, timestamp),
		);
		assert.equal(status, 400);
		assert.deepEqual(
			(body.invalidInputs as Array<{ name: string }>).map((input) => input.name),
			['client_secret_sign'],
		);
		assert.equal(emulator.stats.tokensIssued, 0);
	});

	test('accepts a timestamp up to 5 minutes old, not older and not from the future', async () => {
		const now = Date.now();
		assert.equal((await requestToken(tokenForm({}, now - 4 * MINUTE))).status, 200);
		for (const timestamp of [now - 6 * MINUTE, now + 2 * MINUTE]) {
			const { status, body } = await requestToken(tokenForm({}, timestamp));
			assert.equal(status, 400, String(timestamp - now));
			assert.equal((body.invalidInputs as Array<{ name: string }>)[0].name, 'timestamp');
		}
	});

	test('checks timestamps against its own clock and tells it in the Date header', async () => {
		emulator.clockSkewMs = 10 * MINUTE;
		const { status, headers } = await requestToken(tokenForm());
		assert.equal(status, 400);
		const serverDate = Date.parse(String(headers.get('date')));
		assert.ok(Math.abs(serverDate - (Date.now() + 10 * MINUTE)) < 2000);
	});

	test('requires form encoding, every field, a known app and SELLER account rules', async () => {
		assert.equal(
			(await requestToken(JSON.stringify({ client_id: 'x' }), 'application/json')).status,
			415,
		);
		const missing = await requestToken(tokenForm({ grant_type: undefined, type: undefined }));
		assert.deepEqual(
			(missing.body.invalidInputs as Array<{ name: string }>).map((input) => input.name).sort(),
			['grant_type', 'type'],
		);
		assert.equal((await requestToken(tokenForm({ client_id: 'unknown' }))).status, 400);
		assert.equal((await requestToken(tokenForm({ type: 'SELLER' }))).status, 400);
		assert.equal(
			(await requestToken(tokenForm({ type: 'SELLER', account_id: 'stranger' }))).status,
			403,
		);
		const seller = await requestToken(
			tokenForm({ type: 'SELLER', account_id: 'ncp_2linkedSellerUid0001' }),
		);
		assert.equal(seller.status, 200);
		const self = await requestToken(tokenForm());
		assert.notEqual(
			seller.body.access_token,
			self.body.access_token,
			'one token per type and account',
		);
	});

	test('answers 404 GW.NOT_FOUND for unknown APIs and paths outside /external', async () => {
		const token = String((await requestToken(tokenForm())).body.access_token);
		assert.equal((await api('/v1/nothing-here', token)).body.code, 'GW.NOT_FOUND');
		const outside = await fetch(`${emulator.baseUrl.replace('/external', '')}/v1/seller/account`);
		assert.equal(outside.status, 404);
	});

	test('limits requests per app and API with 429 GW.RATE_LIMIT and GNCP-GW-RateLimit headers', async () => {
		const token = String((await requestToken(tokenForm())).body.access_token);
		emulator.rateLimitPerSecond = 2;
		const statuses: number[] = [];
		let limited: Awaited<ReturnType<typeof api>> | undefined;
		for (let index = 0; index < 8; index++) {
			const reply = await api('/v1/seller/account', token);
			statuses.push(reply.status);
			if (reply.status === 429) limited ??= reply;
		}
		assert.deepEqual(statuses.slice(0, 4), [200, 200, 200, 200], 'burst = 2 × rate');
		assert.ok(limited, String(statuses));
		assert.equal(limited.body.code, 'GW.RATE_LIMIT');
		assert.equal(limited.headers.get('gncp-gw-ratelimit-replenish-rate'), '2');
		assert.equal(limited.headers.get('gncp-gw-ratelimit-burst-capacity'), '4');
		assert.equal(limited.headers.get('gncp-gw-ratelimit-remaining'), '0');
		// Another API has its own bucket.
		assert.equal((await api('/v1/seller/channels', token)).status, 200);
	});

	describe('last-changed-statuses', () => {
		let token = '';
		before(async () => {
			token = String((await requestToken(tokenForm())).body.access_token);
		});

		const changes = async (query: Record<string, string>) =>
			await api(
				`/v1/pay-order/seller/product-orders/last-changed-statuses?${new URLSearchParams(query)}`,
				token,
			);

		test('refuses a range over 24 hours with 104139 and a malformed date with 4000', async () => {
			const wide = await changes({
				lastChangedFrom: formatKst(Date.now() - 30 * HOUR),
				lastChangedTo: formatKst(Date.now()),
			});
			assert.equal(wide.status, 400);
			assert.equal(wide.body.code, '104139');
			assert.match(String(wide.body.traceId), /^emu-/);
			const malformed = await changes({ lastChangedFrom: '2024-01-01 00:00:00' });
			assert.equal(malformed.body.code, '4000');
			assert.equal((await changes({})).status, 400);
		});

		test('pages with more.moreFrom / moreSequence through equal timestamps, each change exactly once', async () => {
			const from = Date.now() - 24 * HOUR;
			const expected = emulator.store.productOrders
				.filter((order) => order.lastChangedMs >= from)
				.map((order) => order.productOrderId);
			const sharedTimestamps = new Set(
				emulator.store.productOrders
					.map((order) => order.lastChangedMs)
					.filter((ms, index, all) => all.indexOf(ms) !== index),
			);
			assert.ok(sharedTimestamps.size > 5, 'the seed has changes sharing a timestamp');

			const seen: string[] = [];
			let query: Record<string, string> = { lastChangedFrom: formatKst(from), limitCount: '7' };
			for (let page = 0; page < 1000; page++) {
				const { body } = await changes(query);
				const data = body.data as {
					count: number;
					lastChangeStatuses: Array<{ productOrderId: string }>;
					more?: { moreFrom: string; moreSequence: string };
				};
				assert.equal(data.count, data.lastChangeStatuses.length);
				seen.push(...data.lastChangeStatuses.map((change) => change.productOrderId));
				if (!data.more) break;
				query = {
					lastChangedFrom: data.more.moreFrom,
					moreSequence: data.more.moreSequence,
					limitCount: '7',
					lastChangedTo: formatKst(from + 24 * HOUR),
				};
			}
			assert.deepEqual(seen, expected);
		});

		test('filters by change type and caps limitCount at 300', async () => {
			const from = formatKst(Date.now() - 24 * HOUR);
			const payed = await changes({ lastChangedFrom: from, lastChangedType: 'PAYED' });
			const list = (payed.body.data as { lastChangeStatuses: Array<{ lastChangedType: string }> })
				.lastChangeStatuses;
			assert.ok(list.length > 0);
			assert.ok(list.every((change) => change.lastChangedType === 'PAYED'));
			const capped = await changes({ lastChangedFrom: from, limitCount: '1000' });
			assert.ok((capped.body.data as { count: number }).count <= 300);
		});
	});
});
