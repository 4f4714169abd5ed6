/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../emulator/server';
import {
	CREDENTIAL_ID,
	credentialsFor,
	runCredentialTest,
	runNaverCommerceNode,
	visibleText,
} from '../helpers/n8nHarness';

const GET_ACCOUNT = {
	resource: 'apiRequest',
	operation: 'send',
	method: 'GET',
	path: '/v1/seller/account',
};
const THREE_HOURS = 3 * 60 * 60 * 1000;

describe('NaverCommerceApi credential through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const blockedApp = {
		clientId: 'blockedAppId0000000001',
		clientSecret: '$2a$04$BlockedAppSecretSalt0u',
		allowedIps: ['203.0.113.10'],
	};

	before(async () => {
		emulator = await startEmulator({
			apps: [DEFAULT_APP, blockedApp],
		});
	});
	after(async () => await emulator.stop());
	beforeEach(() => {
		emulator.resetStats();
		emulator.clockSkewMs = 0;
	});

	test('issues a token on first use, stores it, and reuses it in later executions', async () => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		for (let run = 0; run < 3; run++) {
			const result = await runNaverCommerceNode({
				credentialsHelper: helper,
				parameters: GET_ACCOUNT,
			});
			assert.equal(result.error, undefined, result.error?.message);
			assert.deepEqual(result.items?.[0].json, emulator.store.account);
		}
		assert.equal(emulator.stats.tokenRequests, 1);
		assert.equal(emulator.stats.tokensIssued, 1);
		assert.equal(emulator.stats.apiRequests, 3);
		assert.equal(emulator.stats.unauthorized, 0);
		assert.equal(helper.persisted, 1);
		const stored = helper.store.get(CREDENTIAL_ID)!;
		assert.equal(typeof stored.accessToken, 'string');
		assert.ok((stored.accessToken as string).length > 20);
		assert.equal(
			stored.clientSecret,
			DEFAULT_APP.clientSecret,
			'the rest of the credential is kept',
		);
	});

	test('after the token expires: one 401, exactly one refresh, one retry, success', async () => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		await runNaverCommerceNode({ credentialsHelper: helper, parameters: GET_ACCOUNT });
		const firstToken = helper.store.get(CREDENTIAL_ID)!.accessToken;
		emulator.resetStats();

		emulator.advanceTokenClock(THREE_HOURS);
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: GET_ACCOUNT,
		});

		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(result.items?.[0].json, emulator.store.account);
		assert.equal(emulator.stats.unauthorized, 1);
		assert.equal(emulator.stats.tokenRequests, 1);
		assert.equal(emulator.stats.tokensIssued, 1);
		assert.equal(emulator.stats.apiRequests, 2);
		assert.notEqual(helper.store.get(CREDENTIAL_ID)!.accessToken, firstToken);
	});

	test('one refresh per execution even for many items', async () => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		await runNaverCommerceNode({ credentialsHelper: helper, parameters: GET_ACCOUNT });
		emulator.advanceTokenClock(THREE_HOURS);
		emulator.resetStats();
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: GET_ACCOUNT,
			inputItems: [{}, {}, {}, {}, {}],
		});
		assert.equal(result.items?.length, 5);
		assert.equal(emulator.stats.tokenRequests, 1);
		assert.equal(emulator.stats.unauthorized, 1);
	});

	test('a wrong secret gives a clear error headline, with trace ID, and no secret', async () => {
		const wrongSecret = '$2a$04$WrongWrongWrongWrong0u';
		const helper = credentialsFor(emulator.baseUrl, {
			clientId: DEFAULT_APP.clientId,
			clientSecret: wrongSecret,
		});
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: GET_ACCOUNT,
		});

		assert.ok(result.error);
		assert.match(result.error.message, /^Naver Commerce token request failed: BadRequest/);
		assert.match(result.error.message, /Application Secret does not belong to this Application ID/);
		assert.doesNotMatch(result.error.message, /Bad request - please check your parameters/);
		assert.match(String(result.error.description), /Trace ID: emu-/);
		assert.match(String(result.error.description), /client_secret_sign/);
		assert.equal(emulator.stats.tokenRequests, 1, 'no retry loop');
		assert.equal(emulator.stats.apiRequests, 0);
		const text = visibleText(result);
		assert.ok(!text.includes(wrongSecret));
		assert.ok(
			!text.includes('client_secret_sign=') && !text.includes('JDJh'),
			'no signature in the error',
		);
	});

	test('a malformed secret is named before any network call', async () => {
		const helper = credentialsFor(emulator.baseUrl, {
			clientId: DEFAULT_APP.clientId,
			clientSecret: 'plain-text-secret',
		});
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: GET_ACCOUNT,
		});
		assert.match(String(result.error?.message), /Application Secret is not in the expected format/);
		assert.equal(emulator.stats.tokenRequests, 0);
		assert.ok(!visibleText(result).includes('plain-text-secret'));
	});

	test('an unknown application ID is named', async () => {
		const helper = credentialsFor(emulator.baseUrl, {
			clientId: 'unknownAppId',
			clientSecret: DEFAULT_APP.clientSecret,
		});
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: GET_ACCOUNT,
		});
		assert.match(String(result.error?.message), /does not know this Application ID/);
	});

	test('GW.IP_NOT_ALLOWED tells the user to register the IP', async () => {
		const helper = credentialsFor(emulator.baseUrl, blockedApp);
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: GET_ACCOUNT,
		});
		assert.match(String(result.error?.message), /GW\.IP_NOT_ALLOWED/);
		assert.match(String(result.error?.message), /allow-list/);
		assert.match(String(result.error?.description), /HTTP status: 403/);
	});

	test('SELLER tokens carry the account ID; an unlinked seller is refused clearly', async () => {
		const linked = credentialsFor(emulator.baseUrl, {
			...DEFAULT_APP,
			type: 'SELLER',
			accountId: 'ncp_2linkedSellerUid0001',
		});
		const ok = await runNaverCommerceNode({ credentialsHelper: linked, parameters: GET_ACCOUNT });
		assert.equal(ok.error, undefined, ok.error?.message);

		const unlinked = credentialsFor(emulator.baseUrl, {
			...DEFAULT_APP,
			type: 'SELLER',
			accountId: 'someone_else',
		});
		const refused = await runNaverCommerceNode({
			credentialsHelper: unlinked,
			parameters: GET_ACCOUNT,
		});
		assert.match(String(refused.error?.message), /Account ID/);
	});

	test("a clock minutes off: re-signs once with Naver's time and gets the token", async () => {
		for (const skew of [-10 * 60 * 1000, 10 * 60 * 1000]) {
			emulator.resetStats();
			emulator.clockSkewMs = skew;
			const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
			const result = await runNaverCommerceNode({
				credentialsHelper: helper,
				parameters: GET_ACCOUNT,
			});
			assert.equal(result.error, undefined, result.error?.message);
			assert.equal(emulator.stats.tokenRequests, 2, `skew ${skew}`);
			assert.equal(emulator.stats.tokenFailures, 1);
		}
	});

	test("the editor's Test button issues a token and proves it with GET /v1/seller/account", async () => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		helper.store.set(CREDENTIAL_ID, {
			...helper.store.get(CREDENTIAL_ID),
			accessToken: 'stale-token-from-before',
		});
		await runCredentialTest(helper);
		assert.equal(emulator.stats.tokenRequests, 1, 'the Test button always signs in afresh');
		assert.equal(emulator.stats.byRoute['seller.account'], 1);
		assert.equal(emulator.stats.unauthorized, 0);

		emulator.resetStats();
		const wrong = credentialsFor(emulator.baseUrl, {
			clientId: DEFAULT_APP.clientId,
			clientSecret: '$2a$04$WrongWrongWrongWrong0u',
		});
		await assert.rejects(
			runCredentialTest(wrong),
			/Application Secret does not belong to this Application ID/,
		);
		assert.equal(emulator.stats.byRoute['seller.account'], undefined);

		const blocked = credentialsFor(emulator.baseUrl, blockedApp);
		await assert.rejects(runCredentialTest(blocked), /GW\.IP_NOT_ALLOWED/);
	});

	test('an unreachable base URL fails fast with a clear message', async () => {
		const helper = credentialsFor('http://127.0.0.1:9/external', DEFAULT_APP);
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: GET_ACCOUNT,
		});
		assert.match(
			String(result.error?.message),
			/could not reach http:\/\/127\.0\.0\.1:9\/external \(connection refused\)/,
		);
	});
});
