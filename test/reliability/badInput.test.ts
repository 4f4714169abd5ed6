/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets, @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Bad input through the node in n8n-core: credential fields, base URLs, paths built from item data
 * and JSON parameters. Each is refused with a message that names the field, before any network
 * call, and a second loopback server – where a leaked token would land – receives nothing.
 * Extends test/integration (which covers one malformed secret, seven injected paths, three bad
 * JSON texts and a ±10-minute clock) to the rest of the input space.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../emulator/server';
import {
	CREDENTIAL_ID,
	credentialsFor,
	runNaverCommerceNode,
	visibleText,
} from '../helpers/n8nHarness';
import { RawFaultProxy, Sentinel, send } from './support';

const GET_ACCOUNT = send({ method: 'GET', path: '/v1/seller/account' });

describe('bad input is refused clearly, before any request', () => {
	let emulator: NaverCommerceEmulator;
	let sentinel: Sentinel;

	before(async () => {
		emulator = await startEmulator();
		sentinel = await new Sentinel().start();
	});
	after(async () => {
		await emulator.stop();
		await sentinel.stop();
	});
	beforeEach(() => {
		emulator.resetStats();
		emulator.clockSkewMs = 0;
		sentinel.requests.length = 0;
	});

	test('malformed Application Secrets are named, never echoed, and never signed', async () => {
		const malformed = [
			'',
			'   ',
			'$2a$04$short',
			'$2a$04$EmulatorSecretSalt000uEXTRA',
			'$2x$04$EmulatorSecretSalt000u',
			'$2a$03$EmulatorSecretSalt000u',
			'$2a$32$EmulatorSecretSalt000u',
			'$2a$4$EmulatorSecretSalt000u0',
			'"$2a$04$EmulatorSecretSalt000u"',
			'$2a$04$Emulator SecretSalt000u',
			'$2a$04$EmulatorSecretSalt00!u',
			'2a$04$EmulatorSecretSalt000u0',
		];
		for (const clientSecret of malformed) {
			const result = await runNaverCommerceNode({
				credentialsHelper: credentialsFor(emulator.baseUrl, {
					clientId: DEFAULT_APP.clientId,
					clientSecret,
				}),
				parameters: GET_ACCOUNT,
			});
			assert.equal(
				result.error?.message,
				'Naver Commerce credential: the Application Secret is not in the expected format',
				JSON.stringify(clientSecret),
			);
			assert.match(String(result.error?.description), /bcrypt salt/);
			if (clientSecret.trim().length > 3) {
				assert.ok(!visibleText(result).includes(clientSecret.trim()), 'secret echoed');
			}
		}
		assert.equal(emulator.stats.tokenRequests, 0);
		assert.equal(emulator.stats.apiRequests, 0);
	});

	test('a valid secret pasted with surrounding spaces still works', async () => {
		const result = await runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, {
				clientId: `  ${DEFAULT_APP.clientId}\t`,
				clientSecret: ` ${DEFAULT_APP.clientSecret} \n`,
			}),
			parameters: GET_ACCOUNT,
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(emulator.stats.tokensIssued, 1);
	});

	test('an empty or blank Application ID is named before any request', async () => {
		for (const clientId of ['', '   ', '\t\n']) {
			const result = await runNaverCommerceNode({
				credentialsHelper: credentialsFor(emulator.baseUrl, {
					clientId,
					clientSecret: DEFAULT_APP.clientSecret,
				}),
				parameters: GET_ACCOUNT,
			});
			assert.equal(result.error?.message, 'Naver Commerce credential: the Application ID is empty');
			assert.match(String(result.error?.description), /애플리케이션 ID/);
		}
		assert.equal(emulator.stats.tokenRequests, 0);
	});

	test('SELLER without an Account ID is named before any request; SELF ignores it', async () => {
		for (const accountId of [undefined, '', '   ']) {
			const result = await runNaverCommerceNode({
				credentialsHelper: credentialsFor(emulator.baseUrl, {
					...DEFAULT_APP,
					type: 'SELLER',
					accountId,
				}),
				parameters: GET_ACCOUNT,
			});
			assert.equal(
				result.error?.message,
				'Naver Commerce credential: Account ID is required for the SELLER token type',
			);
			assert.match(String(result.error?.description), /seller's ID or seller UID/);
		}
		assert.equal(emulator.stats.tokenRequests, 0);
		const self = await runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, {
				...DEFAULT_APP,
				type: 'SELF',
				accountId: '',
			}),
			parameters: GET_ACCOUNT,
		});
		assert.equal(self.error, undefined, self.error?.message);
	});

	test('a Base URL that is not https is refused unless it is loopback', async () => {
		const refused = [
			'http://api.commerce.naver.com/external',
			'http://example.com/external',
			'http://127.0.0.1.nip.io/external',
			'http://localhost.example.com/external',
			'http://10.0.0.1/external',
			'ftp://127.0.0.1/external',
			'ws://127.0.0.1/external',
			'file:///etc/passwd',
		];
		for (const baseUrl of refused) {
			const result = await runNaverCommerceNode({
				credentialsHelper: credentialsFor(baseUrl, DEFAULT_APP),
				parameters: GET_ACCOUNT,
			});
			assert.match(
				String(result.error?.message),
				/Base URL must use https \(plain http is allowed only for localhost\)/,
				baseUrl,
			);
		}
		for (const baseUrl of [
			'https://user:pass@api.commerce.naver.com/external',
			'https://api.commerce.naver.com/external?x=1',
			'https://api.commerce.naver.com/external#x',
		]) {
			const result = await runNaverCommerceNode({
				credentialsHelper: credentialsFor(baseUrl, DEFAULT_APP),
				parameters: GET_ACCOUNT,
			});
			assert.match(
				String(result.error?.message),
				/must not contain a user name, password, query or fragment/,
				baseUrl,
			);
			assert.ok(!visibleText(result).includes('pass@'), 'credentials in a URL are not echoed');
		}
		const notUrl = await runNaverCommerceNode({
			credentialsHelper: credentialsFor('api.commerce.naver.com', DEFAULT_APP),
			parameters: GET_ACCOUNT,
		});
		assert.match(String(notUrl.error?.message), /is not a valid URL/);
		assert.equal(emulator.stats.tokenRequests, 0);

		// Loopback over plain http is the emulator's case, with or without a trailing slash.
		for (const baseUrl of [
			emulator.baseUrl,
			`${emulator.baseUrl}/`,
			emulator.baseUrl.replace('127.0.0.1', 'localhost'),
		]) {
			const ok = await runNaverCommerceNode({
				credentialsHelper: credentialsFor(baseUrl, DEFAULT_APP),
				parameters: GET_ACCOUNT,
			});
			assert.equal(ok.error, undefined, `${baseUrl}: ${ok.error?.message}`);
		}
	});

	test('a stored token is not sent to a Base URL that was changed to plain http', async () => {
		// The credential already holds a token (from an earlier execution), then its Base URL is
		// edited: the node itself must refuse, since n8n skips the token request.
		const helper = credentialsFor(`http://${sentinel.host.replace('127.0.0.1', 'example.com')}`, {
			...DEFAULT_APP,
		});
		helper.store.set(CREDENTIAL_ID, {
			...helper.store.get(CREDENTIAL_ID),
			accessToken: 'stored-token-value-0123456789',
		});
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: GET_ACCOUNT,
		});
		assert.match(String(result.error?.message), /Base URL must use https/);
		assert.ok(!visibleText(result).includes('stored-token-value'));
	});

	test('injected paths from item data are refused; the other loopback server receives nothing', async () => {
		const host = sentinel.host;
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		const legitimate = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: GET_ACCOUNT,
		});
		assert.equal(legitimate.error, undefined);
		emulator.resetStats();
		const attempts = [
			// absolute URLs, any scheme or case
			`HTTP://${host}/steal`,
			`https://${host}/steal`,
			`http:/${host}/steal`,
			`http:\\\\${host}\\steal`,
			`javascript:alert(1)`,
			`  //${host}/steal`,
			// scheme-relative and backslashes
			`///${host}/steal`,
			`/\\${host}/steal`,
			`\\/${host}/steal`,
			`/v1/\\..\\..\\steal`,
			// dot segments
			`/v1/seller/..`,
			`/v1/./seller/account`,
			`..`,
			`/v1/seller/../../../steal`,
			// encoded separators, dots and @, any case
			`%2F%2F${host}/steal`,
			`/v1/%2f..%2f..%2fsteal`,
			`/v1/%2E%2E/%2e%2e/steal`,
			`/v1/%5C%5C${host}`,
			`/v1/%40${host}`,
			`/v1/seller%3A${host}`,
			`/v1/seller%3Faccount`,
			`/v1/seller%23account`,
			// @, query, fragment, whitespace and control characters
			`/v1/seller/account@${host}`,
			`user@${host}/steal`,
			`/v1/seller/account?redirect=http://${host}`,
			`/v1/seller/account#http://${host}`,
			`/v1/seller/\taccount`,
			`/v1/seller/\r\nHost: ${host}`,
			`/v1/seller/account\u0000`,
			`/v1/seller/ account`,
			// empty
			``,
			`   `,
		];
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			continueOnFail: true,
			inputItems: attempts.map((path) => ({ path })),
			parameters: send({ method: 'GET', path: '={{ $json.path }}' }),
		});
		assert.equal(result.items?.length, attempts.length);
		result.items!.forEach((item, index) => {
			assert.match(
				String(item.json.error),
				/^The path ".*" cannot be used: /s,
				JSON.stringify(attempts[index]),
			);
			assert.deepEqual(item.pairedItem, { item: index });
		});
		assert.deepEqual(sentinel.requests, []);
		assert.equal(emulator.stats.apiRequests, 0, 'nothing refused reached the emulator either');
	});

	test('paths that are odd but harmless stay on the Base URL host', async () => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		// Double-encoded dots and Tomcat-style ";" segments are not decoded by us: they reach the
		// emulator as literal path text (and 404), never another host.
		const odd = [
			'/v1/%252e%252e/steal',
			'/v1/..;/steal',
			'/v1/seller/account/',
			'v1/seller/account',
		];
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			continueOnFail: true,
			inputItems: odd.map((path) => ({ path })),
			parameters: send({ method: 'GET', path: '={{ $json.path }}' }),
		});
		assert.equal(result.items?.length, odd.length);
		assert.deepEqual(sentinel.requests, []);
		assert.equal(emulator.stats.apiRequests, odd.length, 'each went to the emulator, once');
		assert.deepEqual(result.items![3].json, emulator.store.account, 'a missing leading / is added');
	});

	test('invalid JSON in one item fails that item only, before its request', async () => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		const items = [
			{ query: '{}', body: '{"productOrderIds": ["1"]}' },
			{ query: '{"a": 1', body: '{}' },
			{ query: 'null', body: '{}' },
			{ query: '"text"', body: '{}' },
			{ query: '42', body: '{}' },
			{ query: '{}', body: '{"productOrderIds": [1,]}' },
			{ query: '{}', body: "{'single': 'quotes'}" },
			{ query: '{}', body: '{"productOrderIds": ["2"]}' },
		];
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			continueOnFail: true,
			inputItems: items,
			parameters: send({
				method: 'POST',
				path: '/v1/pay-order/seller/product-orders/query',
				query: '={{ $json.query }}',
				body: '={{ $json.body }}',
			}),
		});
		const out = result.items!;
		assert.equal(out.length, items.length);
		assert.equal(out[0].json.error, undefined);
		assert.equal(out[7].json.error, undefined);
		assert.match(String(out[1].json.error), /^Query Parameters is not valid JSON/);
		for (const index of [2, 3, 4]) {
			assert.match(
				String(out[index].json.error),
				/Query Parameters is not valid JSON: expected an object/,
			);
		}
		assert.match(String(out[5].json.error), /^Body is not valid JSON/);
		assert.match(String(out[6].json.error), /^Body is not valid JSON/);
		out.forEach((item, index) => assert.deepEqual(item.pairedItem, { item: index }));
		assert.equal(
			emulator.stats.byRoute['productOrders.query'],
			2,
			'only the two valid items were sent',
		);
	});

	test('a clock a few minutes off still gets a token: ahead needs one request, behind two', async () => {
		for (const [skewMs, tokenRequests] of [
			[3 * 60_000, 1],
			[-3 * 60_000, 2],
			[24 * 3600_000, 2],
			[-24 * 3600_000, 2],
		] as const) {
			emulator.resetStats();
			emulator.clockSkewMs = skewMs;
			const result = await runNaverCommerceNode({
				credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
				parameters: GET_ACCOUNT,
			});
			assert.equal(result.error, undefined, `skew ${skewMs}: ${result.error?.message}`);
			assert.equal(emulator.stats.tokenRequests, tokenRequests, `skew ${skewMs}`);
		}
	});
});

describe('a clock beyond correction (the Date header is missing or wrong)', () => {
	let emulator: NaverCommerceEmulator;
	let proxy: RawFaultProxy;

	before(async () => {
		emulator = await startEmulator({ clockSkewMs: 20 * 60_000 });
		proxy = await new RawFaultProxy(emulator.port).start();
	});
	after(async () => {
		await proxy.stop();
		await emulator.stop();
	});
	beforeEach(() => emulator.resetStats());

	for (const [what, rewrite, tokenRequests] of [
		['no Date header', (headers: Record<string, unknown>) => ({ ...headers, date: undefined }), 1],
		[
			'an unreadable Date header',
			(headers: Record<string, unknown>) => ({ ...headers, date: 'soon' }),
			1,
		],
		[
			'a Date header as wrong as our clock',
			(headers: Record<string, unknown>) => ({ ...headers, date: new Date().toUTCString() }),
			2,
		],
	] as const) {
		test(`${what}: an error that names the clock, after at most two token requests`, async () => {
			proxy.rewriteHeaders = (path, headers) => {
				if (!path.startsWith('/v1/oauth2/token')) return headers;
				const rewritten = rewrite(headers as Record<string, unknown>);
				return Object.fromEntries(
					Object.entries(rewritten).filter(([, value]) => value !== undefined),
				) as typeof headers;
			};
			const result = await runNaverCommerceNode({
				credentialsHelper: credentialsFor(proxy.baseUrl, DEFAULT_APP),
				parameters: GET_ACCOUNT,
			});
			assert.match(String(result.error?.message), /^Naver Commerce token request failed: /);
			assert.match(String(result.error?.message), /clock/);
			assert.match(String(result.error?.message), /NTP/);
			assert.match(String(result.error?.description), /Trace ID: emu-/);
			assert.equal(emulator.stats.tokenRequests, tokenRequests);
			assert.equal(emulator.stats.apiRequests, 0);
		});
	}
});
