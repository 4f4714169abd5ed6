/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * One token request per n8n process: executions of one process that find the token empty, or get
 * it refused, share one in-flight token request (credentials/naverCommerceTokenCache.ts), keyed by
 * the credential values' fingerprint. Driven through n8n-core's machinery with the harness's
 * credentials helper, which follows n8n's CLI rules (preAuthentication on '' or after a 401, the
 * result persisted and merged): 50 runs started at once, token requests counted at the emulator.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { clearTokenCache } from '../../credentials/naverCommerceTokenCache';
import { clearPacing } from '../../nodes/NaverCommerce/transport/pacing';
import {
	DEFAULT_APP,
	type EmulatorApp,
	type NaverCommerceEmulator,
	startEmulator,
} from '../emulator/server';
import {
	CREDENTIAL_ID,
	credentialsFor,
	runNaverCommerceNode,
	type RunResult,
	type StoredCredentialsHelper,
} from '../helpers/n8nHarness';
import { fastRetries, send, within } from './support';

const BURST = 50;
const SECOND_APP: EmulatorApp = {
	clientId: '4nEmulatorAppId0000002',
	clientSecret: '$2a$04$SecondAppSecretSalt00u',
};
const ACCOUNT = send({ method: 'GET', path: '/v1/seller/account' });

/** `count` executions started at once, each its own n8n-core run against the same store. */
async function burst(helper: StoredCredentialsHelper, count = BURST): Promise<RunResult[]> {
	return await within(
		60_000,
		Promise.all(
			Array.from({ length: count }, () =>
				runNaverCommerceNode({ credentialsHelper: helper, parameters: ACCOUNT }),
			),
		),
		`${count} executions`,
	);
}

function assertAllSucceeded(results: RunResult[], emulator: NaverCommerceEmulator): void {
	for (const [index, result] of results.entries()) {
		assert.equal(result.error, undefined, `execution ${index}: ${result.error?.message}`);
		assert.equal(result.items?.[0]?.json.accountId, emulator.store.account.accountId);
	}
}

describe('one token request per process', () => {
	let emulator: NaverCommerceEmulator;
	let restoreRetries: () => void;

	before(async () => {
		emulator = await startEmulator({ apps: [DEFAULT_APP, SECOND_APP] });
		restoreRetries = fastRetries();
	});
	after(async () => {
		restoreRetries();
		await emulator.stop();
	});
	beforeEach(() => {
		// Each test is a fresh n8n process (credentialsFor also clears the token cache unless told
		// otherwise): no token in memory, no rate-limit state, and a fresh emulator count.
		clearTokenCache();
		clearPacing();
		emulator.expireAllTokens();
		emulator.resetStats();
	});

	test('50 executions at once in a fresh process send one token request', async () => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		const results = await burst(helper);
		assertAllSucceeded(results, emulator);
		assert.equal(emulator.stats.tokenRequests, 1, 'one token request for the 50');
		assert.equal(emulator.stats.tokensIssued, 1);
		assert.equal(emulator.stats.unauthorized, 0);
		assert.equal(emulator.stats.byRoute['seller.account'], BURST);
		assert.ok(String(helper.store.get(CREDENTIAL_ID)?.accessToken).length > 20);
	});

	test('50 executions at once on an empty token cache, the API in use: one request', async () => {
		// The API's first request has been answered (pacing lets requests of a new API wait for the
		// first answer), so all 50 reach preAuthentication at once with an empty token.
		assertAllSucceeded(await burst(credentialsFor(emulator.baseUrl, DEFAULT_APP), 1), emulator);
		emulator.resetStats();
		// A new credential store: no token in memory either.
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		const results = await burst(helper);
		assertAllSucceeded(results, emulator);
		assert.equal(helper.preAuthenticationCalls, BURST, 'each found the token empty');
		assert.equal(emulator.stats.tokenRequests, 1, 'one token request for the 50');
		assert.equal(emulator.stats.unauthorized, 0);
	});

	test('executions that loaded the credential before the token was stored reuse it', async () => {
		// n8n writes the new token to its database after the request; an execution that read the
		// credential just before still finds it empty. Simulated by a second helper whose store
		// never sees the token: the same process, the same values, so no second request.
		const first = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		assertAllSucceeded(await burst(first, 5), emulator);
		const stale = credentialsFor(emulator.baseUrl, DEFAULT_APP, { sameProcess: true });
		assertAllSucceeded(await burst(stale, 20), emulator);
		assert.equal(emulator.stats.tokenRequests, 1);
		assert.equal(emulator.stats.unauthorized, 0);
	});

	test('a token Naver refuses (401) under load is replaced by one token request', async () => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		assertAllSucceeded(await burst(helper, 1), emulator);
		const refused = helper.store.get(CREDENTIAL_ID)?.accessToken;
		emulator.expireAllTokens();
		emulator.resetStats();

		const results = await burst(helper);
		assertAllSucceeded(results, emulator);
		assert.equal(emulator.stats.unauthorized, BURST, 'each execution sent the old token once');
		assert.equal(emulator.stats.tokenRequests, 1, 'one token request for the 50 refreshes');
		assert.equal(emulator.stats.tokensIssued, 1);
		assert.notEqual(helper.store.get(CREDENTIAL_ID)?.accessToken, refused);
	});

	test('a refused token request: shared, one clear error per execution, not kept', async () => {
		const helper = credentialsFor(emulator.baseUrl, {
			clientId: DEFAULT_APP.clientId,
			// A well-formed secret that is not the app's: Naver refuses the signature.
			clientSecret: '$2a$04$WrongSecretSaltWrong0u',
		});
		const results = await burst(helper);
		// The first execution goes alone (pacing waits for the first answer of a new API); when it
		// fails without one, the 49 that waited go at once and share one token request.
		assert.equal(emulator.stats.tokenRequests, 2, 'two token requests for the 50');
		assert.equal(emulator.stats.apiRequests, 0);
		const errors = results.map((result) => result.error);
		for (const [index, error] of errors.entries()) {
			assert.ok(error, `execution ${index} failed`);
			assert.match(error.message, /token request failed/);
			assert.match(error.message, /Application Secret does not belong to this Application ID/);
		}
		assert.equal(new Set(errors).size, BURST, 'each execution has its own error');

		// The failure was not kept: the next execution asks again.
		const again = await burst(helper, 1);
		assert.match(String(again[0].error?.message), /token request failed/);
		assert.equal(emulator.stats.tokenRequests, 3);
	});

	test('never shared across credential values: two apps at once, one request each', async () => {
		const first = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		const second = credentialsFor(emulator.baseUrl, SECOND_APP, { sameProcess: true });
		const results = await Promise.all([burst(first, 25), burst(second, 25)]);
		for (const runs of results) assertAllSucceeded(runs, emulator);
		assert.equal(emulator.stats.tokenRequests, 2);
		assert.equal(emulator.stats.tokensIssued, 2);
		const firstToken = first.store.get(CREDENTIAL_ID)?.accessToken;
		const secondToken = second.store.get(CREDENTIAL_ID)?.accessToken;
		assert.ok(firstToken && secondToken);
		assert.notEqual(firstToken, secondToken, 'each app has its own token');
	});

	test('the Test button still proves the values with a fresh token request', async () => {
		const { runCredentialTest } = await import('../helpers/n8nHarness');
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		assertAllSucceeded(await burst(helper, 3), emulator);
		assert.equal(emulator.stats.tokenRequests, 1);
		await runCredentialTest(helper);
		assert.equal(emulator.stats.tokenRequests, 2, 'the test asked Naver, not the cache');
	});
});
