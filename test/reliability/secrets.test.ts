/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Runs the suite's scenarios – successful calls, every error path, a refresh after expiry, token
 * errors, the credential Test button, redirects – and scans everything they expose or log for the
 * Application Secret, the signature and any access token ever issued: output items, error messages,
 * descriptions, the error JSON with its causes and stacks, the whole run data n8n would store, and
 * every line n8n-core logged (its DI Logger, LoggerProxy and console, captured at every level).
 * A second loopback server checks that neither the token nor the signature travels anywhere but the
 * credential's Base URL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
	DEFAULT_APP,
	type Fault,
	fingerprint,
	type NaverCommerceEmulator,
	startEmulator,
} from '../emulator/server';
import {
	CREDENTIAL_ID,
	credentialsFor,
	runCredentialTest,
	runNaverCommerceNode,
	type RunResult,
	visibleText,
} from '../helpers/n8nHarness';
import { captureLogs, dump, fastRetries, Sentinel, send } from './support';

const BLOCKED_APP = {
	clientId: 'blockedAppId0000000001',
	clientSecret: '$2a$04$BlockedAppSecretSalt0u',
	allowedIps: ['203.0.113.10'],
};
const WRONG_SECRET = '$2a$04$WrongWrongWrongWrong0u';
const SECRETS = [DEFAULT_APP.clientSecret, BLOCKED_APP.clientSecret, WRONG_SECRET];
const READ = { method: 'GET', path: '/v1/seller/channels' };
const WRITE = {
	method: 'POST',
	path: '/v1/pay-order/seller/product-orders/query',
	body: '{"productOrderIds": ["1"]}',
};
const PARAMETERS = send({
	method: '={{ $json.method }}',
	path: '={{ $json.path }}',
	body: '={{ $json.body ?? "{}" }}',
	options: { timeout: 300, fullResponse: true },
});

/** What in `text` betrays a secret, a signature or a token; empty when nothing does. */
export function findLeaks(text: string, tokens: Set<string>, fingerprints: Set<string>): string[] {
	const leaks: string[] = [];
	for (const secret of SECRETS) {
		if (text.includes(secret)) leaks.push('an Application Secret');
		// bcrypt output starts with the salt, so a raw signature contains the secret's 22 characters.
		if (text.includes(secret.slice(7))) leaks.push('the salt part of a secret');
	}
	// client_secret_sign is base64 of "$2a$…": it always starts with "JDJh".
	if (/JDJh[A-Za-z0-9+/=]{20,}/.test(text)) leaks.push('a signature');
	if (/client_secret_sign=/.test(text)) leaks.push('the token request form');
	if (/Bearer\s+[A-Za-z0-9_-]{8,}/.test(text)) leaks.push('an Authorization header');
	for (const token of tokens) if (text.includes(token)) leaks.push('an access token (exact)');
	// The emulator's tokens are 32 base64url characters: fingerprint every such run of text.
	for (const match of text.matchAll(/[A-Za-z0-9_-]{32}/g)) {
		if (fingerprints.has(fingerprint(match[0]))) leaks.push('an access token (fingerprint)');
	}
	return leaks;
}

describe('no secret, signature or token in anything a run exposes or logs', () => {
	let emulator: NaverCommerceEmulator;
	let sentinel: Sentinel;
	let logs: ReturnType<typeof captureLogs>;
	let restoreRetries: () => void;
	const exposed: Array<{ scenario: string; text: string }> = [];
	const tokens = new Set<string>();
	const fingerprints = new Set<string>();

	const remember = (helper: ReturnType<typeof credentialsFor>) => {
		const token = helper.store.get(CREDENTIAL_ID)?.accessToken;
		if (typeof token === 'string' && token !== '') tokens.add(token);
		for (const active of emulator.activeTokenFingerprints()) fingerprints.add(active);
	};
	const capture = (
		scenario: string,
		result: RunResult,
		helper: ReturnType<typeof credentialsFor>,
	) => {
		remember(helper);
		exposed.push({
			scenario,
			text: [visibleText(result), dump(result.error), dump(result.run)].join('\n'),
		});
	};

	before(async () => {
		emulator = await startEmulator({ apps: [DEFAULT_APP, BLOCKED_APP] });
		sentinel = await new Sentinel().start();
		logs = captureLogs();
		restoreRetries = fastRetries();
	});
	after(async () => {
		restoreRetries();
		logs.restore();
		await sentinel.stop();
		await emulator.stop();
	});

	test('the scan finds a planted token, signature and secret (the check can fail)', () => {
		const planted = 'AbCdEfGhIjKlMnOpQrStUvWxYz012345';
		const leaks = findLeaks(
			`x ${planted} ${Buffer.from('$2a$04$abc…').toString('base64')}xxxxxxxxxxxxxxxxxxxx ${DEFAULT_APP.clientSecret}`,
			new Set(),
			new Set([fingerprint(planted)]),
		);
		assert.ok(leaks.includes('an access token (fingerprint)'));
		assert.ok(leaks.includes('a signature'));
		assert.ok(leaks.includes('an Application Secret'));
	});

	test('successful calls, every error path, refresh, token errors, Test button, redirects', async () => {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		const run = async (
			scenario: string,
			options: { items?: object[]; continueOnFail?: boolean; credentials?: typeof helper } = {},
		) => {
			const credentials = options.credentials ?? helper;
			const result = await runNaverCommerceNode({
				credentialsHelper: credentials,
				continueOnFail: options.continueOnFail,
				inputItems: (options.items ?? [READ]) as never,
				parameters: PARAMETERS,
			});
			capture(scenario, result, credentials);
			return result;
		};

		// Successful calls: a read, a read-only POST, full responses with all headers.
		const ok = await run('success', { items: [READ, WRITE] });
		assert.equal(ok.error, undefined, ok.error?.message);
		assert.equal(ok.items?.length, 2);

		// Every gateway and network fault, with and without Continue On Fail.
		const faults: Array<Omit<Fault, 'remaining' | 'pathPrefix'>> = [
			{ status: 401, code: 'GW.AUTHN' },
			{ status: 403, code: 'GW.IP_NOT_ALLOWED' },
			{ status: 404, code: 'GW.NOT_FOUND' },
			{ status: 429, code: 'GW.RATE_LIMIT' },
			{ status: 429, code: 'GW.QUOTA_LIMIT' },
			{ status: 500, code: 'GW.PROXY.02' },
			{ status: 503, code: 'GW.BLOCK.01' },
			{ status: 504, code: 'GW.TIMEOUT.01' },
			{ status: 502, kind: 'html' },
			{ status: 500, kind: 'empty' },
			{ status: 0, kind: 'drop' },
			{ status: 200, delayMs: 800 },
		];
		for (const fault of faults) {
			for (const continueOnFail of [false, true]) {
				for (const call of [READ, WRITE]) {
					emulator.faults = [{ ...fault, pathPrefix: call.path, remaining: 20 }];
					const result = await run(`${fault.status} ${fault.code ?? fault.kind}`, {
						items: [call],
						continueOnFail,
					});
					const failed = continueOnFail ? result.items?.[0].json.error : result.error?.message;
					assert.ok(failed, `${fault.status} ${fault.code ?? fault.kind} failed visibly`);
				}
			}
		}
		emulator.faults = [];

		// Refresh after expiry: the old token is refused, a new one issued.
		remember(helper);
		emulator.advanceTokenClock(3 * 3600_000);
		const refreshed = await run('refresh after expiry', { items: [READ, READ] });
		assert.equal(refreshed.error, undefined, refreshed.error?.message);
		assert.ok(tokens.size >= 2, 'two different tokens were in use');

		// Token errors.
		const tokenCases: Array<[string, Parameters<typeof credentialsFor>[1], RegExp]> = [
			[
				'wrong secret',
				{ clientId: DEFAULT_APP.clientId, clientSecret: WRONG_SECRET },
				/does not belong/,
			],
			['unknown app', { clientId: 'unknownAppId', clientSecret: WRONG_SECRET }, /Application ID/],
			['IP not allowed', BLOCKED_APP, /GW\.IP_NOT_ALLOWED/],
			['unlinked seller', { ...DEFAULT_APP, type: 'SELLER', accountId: 'someone' }, /Account ID/],
			[
				'malformed secret',
				{ clientId: 'x', clientSecret: `${DEFAULT_APP.clientSecret}!` },
				/format/,
			],
		];
		for (const [scenario, fields, message] of tokenCases) {
			for (const continueOnFail of [false, true]) {
				const result = await run(scenario, {
					credentials: credentialsFor(emulator.baseUrl, fields),
					continueOnFail,
				});
				const text = continueOnFail ? result.items?.[0].json.error : result.error?.message;
				assert.match(String(text), message, scenario);
			}
		}
		for (const [scenario, fault] of [
			['token 500', { status: 500, code: 'GW.PROXY.01' }],
			['token HTML', { status: 502, kind: 'html' }],
			['token drop', { status: 0, kind: 'drop' }],
		] as const) {
			emulator.faults = [{ ...fault, pathPrefix: '/v1/oauth2/token', remaining: 5 }];
			const result = await run(scenario, {
				credentials: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			});
			assert.match(String(result.error?.message), /token request failed/, scenario);
		}
		emulator.faults = [];
		// A clock ten minutes behind: rejected, re-signed, issued.
		emulator.clockSkewMs = -10 * 60_000;
		const skewed = await run('clock skew', {
			credentials: credentialsFor(emulator.baseUrl, DEFAULT_APP),
		});
		assert.equal(skewed.error, undefined, skewed.error?.message);
		emulator.clockSkewMs = 0;

		// The editor's Test button, passing and failing.
		const tested = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		await runCredentialTest(tested);
		remember(tested);
		const testError = await runCredentialTest(
			credentialsFor(emulator.baseUrl, {
				clientId: DEFAULT_APP.clientId,
				clientSecret: WRONG_SECRET,
			}),
		).then(
			() => undefined,
			(error: unknown) => error,
		);
		assert.ok(testError, 'the Test button failed for a wrong secret');
		exposed.push({ scenario: 'Test button error', text: dump(testError) });

		// Redirects of API calls to another host, every status, reads and writes.
		for (const status of [301, 302, 303, 307, 308]) {
			for (const call of [READ, WRITE]) {
				emulator.faults = [
					{
						status,
						kind: 'redirect',
						location: `${sentinel.origin}/landing`,
						pathPrefix: call.path,
						remaining: 1,
					},
				];
				await run(`redirect ${status}`, { items: [call], continueOnFail: true });
			}
		}
		emulator.faults = [];
		assert.ok(sentinel.requests.length > 0, 'the redirects were followed to the other host');
		for (const request of sentinel.requests) {
			assert.equal(
				request.authorization,
				undefined,
				`${request.method} ${request.url}: token sent`,
			);
		}
	});

	test(
		'a redirect of the token request does not carry the signed form to another host',
		{},
		async () => {
			sentinel.requests.length = 0;
			for (const status of [301, 302, 303, 307, 308]) {
				emulator.faults = [
					{
						status,
						kind: 'redirect',
						location: `${sentinel.origin}/token`,
						pathPrefix: '/v1/oauth2/token',
						remaining: 1,
					},
				];
				const result = await runNaverCommerceNode({
					credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
					parameters: send(READ),
				});
				exposed.push({ scenario: `token redirect ${status}`, text: visibleText(result) });
				assert.ok(result.error, `${status}: the token request failed`);
			}
			emulator.faults = [];
			const leaked = sentinel.requests.filter((request) =>
				request.body.includes('client_secret_sign'),
			);
			assert.deepEqual(
				leaked.map((request) => request.method),
				[],
				'the signed token request reached another host',
			);
		},
	);

	test('the scan: outputs, errors, run data and n8n-core logs hold no secret, signature or token', () => {
		assert.ok(tokens.size >= 2 && fingerprints.size >= 2, 'tokens to look for were collected');
		assert.ok(exposed.length > 60, `scenarios captured (${exposed.length})`);
		assert.ok(logs.lines.length > 0, 'n8n-core logging was captured');
		const logText = logs.lines.join('\n');
		assert.match(
			logText,
			/Workflow execution (started|finished)/,
			'engine logs are in the capture',
		);
		for (const { scenario, text } of [...exposed, { scenario: 'n8n-core logs', text: logText }]) {
			assert.deepEqual(findLeaks(text, tokens, fingerprints), [], scenario);
		}
	});
});
