/**
 * End to end in a real n8n 2.x: the packed tarball installed as a community package, a credential
 * imported through n8n's CLI, and `n8n execute` runs against the emulator.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
	DEFAULT_APP,
	fingerprint,
	type NaverCommerceEmulator,
	startEmulator,
} from '../emulator/server';
import {
	apiRequestWorkflow,
	buildAndPack,
	confirmNewOrdersWorkflow,
	ensureN8n,
	LAST_24H_QUERY,
	N8nInstance,
	nodeOutput,
} from './realN8n';

const GOOD_CREDENTIAL = 'naverCred0001';
const WRONG_CREDENTIAL = 'naverCred0002';
const WRONG_SECRET = '$2a$04$SomeoneElsesSecretSalt';

describe('real n8n with the packed package', { timeout: 15 * 60_000 }, () => {
	let emulator: NaverCommerceEmulator;
	let n8n: N8nInstance;
	const tokensSeen = new Set<string>();

	before(async () => {
		const runtime = ensureN8n();
		const tarball = buildAndPack(mkdtempSync(join(tmpdir(), 'naver-pack-')));
		emulator = await startEmulator();
		n8n = new N8nInstance(runtime);
		n8n.installCommunityPackage(tarball);
		await n8n.importCredentials([
			{
				id: GOOD_CREDENTIAL,
				name: 'Naver Commerce (emulator)',
				type: 'naverCommerceApi',
				data: {
					clientId: DEFAULT_APP.clientId,
					clientSecret: DEFAULT_APP.clientSecret,
					type: 'SELF',
					baseUrl: emulator.baseUrl,
				},
			},
			{
				id: WRONG_CREDENTIAL,
				name: 'Naver Commerce (wrong secret)',
				type: 'naverCommerceApi',
				data: {
					clientId: DEFAULT_APP.clientId,
					clientSecret: WRONG_SECRET,
					type: 'SELF',
					baseUrl: emulator.baseUrl,
				},
			},
		]);
		await n8n.importWorkflow(
			apiRequestWorkflow({
				id: 'naverChanges01',
				credentialId: GOOD_CREDENTIAL,
				path: '/v1/pay-order/seller/product-orders/last-changed-statuses',
				query: LAST_24H_QUERY,
			}),
		);
		await n8n.importWorkflow(
			apiRequestWorkflow({
				id: 'naverWrong0001',
				credentialId: WRONG_CREDENTIAL,
				path: '/v1/seller/account',
			}),
		);
		await n8n.importWorkflow(
			confirmNewOrdersWorkflow({ id: 'naverConfirm01', credentialId: GOOD_CREDENTIAL }),
		);
	});

	after(async () => {
		await emulator?.stop();
		n8n?.cleanup();
	});

	async function persistedToken(): Promise<string> {
		const data = await n8n.exportCredential(GOOD_CREDENTIAL);
		const token = String(data.accessToken ?? '');
		if (token) tokensSeen.add(token);
		return token;
	}

	test('three executions: one token issuance, the token persisted encrypted in n8n', async () => {
		const expectedCount = emulator.store.productOrders.filter(
			(order) => order.lastChangedMs >= Date.now() - 24 * 3600_000,
		).length;
		for (let run = 1; run <= 3; run++) {
			const result = await n8n.execute('naverChanges01');
			assert.ok(result.ok, `run ${run} failed:\n${result.output.slice(-2000)}`);
			const [item] = nodeOutput(result.run, 'Naver Commerce');
			const data = item.data as { count: number; lastChangeStatuses: unknown[] };
			assert.ok(
				Math.abs(data.count - Math.min(300, expectedCount)) <= 2,
				`count ${data.count} vs ${expectedCount}`,
			);
			assert.equal(data.lastChangeStatuses.length, data.count);
		}
		assert.equal(emulator.stats.tokenRequests, 1);
		assert.equal(emulator.stats.tokensIssued, 1);
		assert.equal(emulator.stats.apiRequests, 3);

		const token = await persistedToken();
		assert.ok(token.length > 20, 'a token is stored in the credential');
		assert.deepEqual(emulator.activeTokenFingerprints(), [fingerprint(token)]);
		const database = readdirSync(join(n8n.userFolder, '.n8n')).filter((name) =>
			name.endsWith('.sqlite'),
		);
		assert.ok(database.length > 0);
		for (const file of database) {
			assert.ok(
				!readFileSync(join(n8n.userFolder, '.n8n', file)).includes(token),
				'token stored in clear',
			);
		}
	});

	test('after the token expires: exactly one refresh and one retry, then success', async () => {
		const before = await persistedToken();
		emulator.resetStats();
		emulator.expireAllTokens();

		const result = await n8n.execute('naverChanges01');
		assert.ok(result.ok, result.output.slice(-2000));
		assert.equal(emulator.stats.unauthorized, 1);
		assert.equal(emulator.stats.tokenRequests, 1);
		assert.equal(emulator.stats.tokensIssued, 1);
		assert.equal(emulator.stats.apiRequests, 2);

		const after = await persistedToken();
		assert.notEqual(after, before);
		assert.deepEqual(emulator.activeTokenFingerprints(), [fingerprint(after)]);

		emulator.resetStats();
		assert.ok((await n8n.execute('naverChanges01')).ok);
		assert.equal(emulator.stats.tokenRequests, 0, 'the refreshed token is reused');
	});

	test("a wrong secret fails with a clear headline, not n8n's generic one", async () => {
		emulator.resetStats();
		const result = await n8n.execute('naverWrong0001');
		assert.equal(result.ok, false);
		const error = result.run?.data.resultData.error;
		assert.match(String(error?.message), /^Naver Commerce token request failed: BadRequest/);
		assert.match(
			String(error?.message),
			/Application Secret does not belong to this Application ID/,
		);
		assert.match(String(error?.description), /Trace ID: emu-/);
		assert.doesNotMatch(result.output, /Bad request - please check your parameters/);
		assert.equal(emulator.stats.tokenRequests, 1);
	});

	test('Get Many Changed → Get → Confirm: every new paid order confirmed, in as few requests as the limits allow', async () => {
		const paid = emulator.store.productOrders.filter(
			(order) =>
				order.lastChangedType === 'PAYED' &&
				order.lastChangedMs >= Date.now() - 24 * 3600_000 + 60_000,
		);
		assert.ok(paid.length > 30, `${paid.length} paid orders in the seed`);
		emulator.resetStats();

		const result = await n8n.execute('naverConfirm01');
		assert.ok(result.ok, result.output.slice(-2000));
		const changed = nodeOutput(result.run, 'New Paid Orders');
		const details = nodeOutput(result.run, 'Order Details');
		const confirmed = nodeOutput(result.run, 'Confirm Orders');
		assert.equal(details.length, changed.length);
		assert.equal(confirmed.length, changed.length);
		assert.ok(confirmed.every((item) => item.success === true));
		for (const order of paid) assert.equal(order.placeOrderStatus, 'OK', order.productOrderId);
		assert.equal(emulator.stats.byRoute['productOrders.query'], Math.ceil(changed.length / 300));
		assert.equal(emulator.stats.byRoute['productOrders.confirm'], Math.ceil(changed.length / 30));

		// Run again: Naver refuses to confirm twice; the node says so instead of reporting success.
		const again = await n8n.execute('naverConfirm01');
		assert.equal(again.ok, false);
		assert.match(
			String(again.run?.data.resultData.error?.message),
			new RegExp(
				`^${changed.length} of ${changed.length} product orders were not confirmed: \\d+ \\(105306`,
			),
		);
	});

	test('nothing n8n printed contains the secret, a signature or a token', () => {
		const transcript = n8n.transcript.join('\n');
		assert.ok(transcript.length > 1000);
		assert.ok(tokensSeen.size >= 2);
		for (const token of tokensSeen) assert.ok(!transcript.includes(token), 'token in n8n output');
		assert.ok(!transcript.includes(DEFAULT_APP.clientSecret));
		assert.ok(!transcript.includes(WRONG_SECRET));
		assert.ok(!transcript.includes('client_secret_sign='));
	});
});
