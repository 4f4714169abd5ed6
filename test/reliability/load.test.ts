/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Concurrency and load.
 * (a) A soak through n8n-core: 5,000 API requests (50 executions of 100 items) against the
 *     emulator with 1 % injected 5xx/429 faults, with Continue On Fail off, so any lost item
 *     fails the run: zero lost items, zero duplicated writes (counted at the emulator), one token,
 *     and heapUsed after a full GC compared at 1k and 5k requests.
 * (b) 50 executions started at once in a real n8n 2.41 (`n8n start`, webhook-triggered, SQLite)
 *     on an empty token cache: all succeed, with one token request (the executions of one n8n
 *     process share it: credentials/naverCommerceTokenCache.ts).
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import {
	DEFAULT_APP,
	type Fault,
	type NaverCommerceEmulator,
	startEmulator,
} from '../emulator/server';
import { buildAndPack, ensureN8n, N8nInstance, PACKAGE_NAME } from '../e2e/realN8n';
import { credentialsFor, runNaverCommerceNode } from '../helpers/n8nHarness';
import { fastRetries, send, within } from './support';

const EXECUTIONS = 50;
const ITEMS_PER_EXECUTION = 100;

/** A seeded generator, so that the fault placement is the same in every run. */
function seeded(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

/** Node's gc(), when it can be had without --expose-gc on the command line. */
function collector(): (() => void) | undefined {
	try {
		setFlagsFromString('--expose-gc');
		return runInNewContext('gc') as () => void;
	} catch {
		return undefined;
	}
}

function heapAfterGc(gc: (() => void) | undefined): number {
	gc?.();
	gc?.();
	return process.memoryUsage().heapUsed;
}

describe('(a) soak: 5,000 requests through n8n-core with 1 % injected faults', () => {
	let emulator: NaverCommerceEmulator;
	let restoreRetries: () => void;

	before(async () => {
		emulator = await startEmulator();
		// Backoffs of 5–40 ms instead of 0.5–5 s: the attempts are the same, the soak stays short.
		restoreRetries = fastRetries();
	});
	after(async () => {
		restoreRetries();
		await emulator.stop();
	});

	test(
		'zero lost items, zero duplicated writes, one token, heap flat',
		{ timeout: 150_000 },
		async (t) => {
			const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
			const random = seeded(6);
			const orderIds = [...new Set(emulator.store.productOrders.map((order) => order.orderId))];
			const productOrderIds = emulator.store.productOrders.map((order) => order.productOrderId);
			assert.ok(orderIds.length >= ITEMS_PER_EXECUTION / 2, 'enough distinct orders');
			const gc = collector();
			const heap: Record<string, number> = {};
			let injected = 0;
			let reads = 0;
			let writes = 0;
			const started = Date.now();

			for (let execution = 0; execution < EXECUTIONS; execution++) {
				// Even items read an order's product order IDs (a distinct path per item, so a fault
				// can hit any of them); odd items POST product-orders/query, the stand-in for a write.
				const items = Array.from({ length: ITEMS_PER_EXECUTION }, (_, index) =>
					index % 2 === 0
						? {
								method: 'GET',
								path: `/v1/pay-order/seller/orders/${orderIds[(execution + index / 2) % orderIds.length]}/product-order-ids`,
								body: '{}',
							}
						: {
								method: 'POST',
								path: '/v1/pay-order/seller/product-orders/query',
								body: JSON.stringify({
									productOrderIds: [
										productOrderIds[(execution * 7 + index) % productOrderIds.length],
									],
								}),
							},
				);
				reads += ITEMS_PER_EXECUTION / 2;
				writes += ITEMS_PER_EXECUTION / 2;
				// One fault per 100 requests, on a random item: 5xx on reads (retried), 429 on reads or
				// writes (retried: Naver did not process it). A 5xx on a write is reported, never
				// repeated, and is covered by faults.test.ts.
				const target = Math.floor(random() * ITEMS_PER_EXECUTION);
				const kinds: Array<Omit<Fault, 'remaining' | 'pathPrefix' | 'method'>> =
					target % 2 === 0
						? [
								{ status: 500, code: 'GW.PROXY.02' },
								{ status: 503, code: 'GW.BLOCK.01' },
								{ status: 504, code: 'GW.TIMEOUT.01' },
								{ status: 429, code: 'GW.RATE_LIMIT' },
							]
						: [{ status: 429, code: 'GW.RATE_LIMIT' }];
				emulator.faults.push({
					...kinds[Math.floor(random() * kinds.length)],
					method: items[target].method,
					// The write path is shared by every odd item: the fault lands on the first write.
					pathPrefix: items[target].path,
					remaining: 1,
				});
				injected += 1;

				const result = await within(
					60_000,
					runNaverCommerceNode({
						credentialsHelper: helper,
						inputItems: items,
						parameters: send({
							method: '={{ $json.method }}',
							path: '={{ $json.path }}',
							body: '={{ $json.body }}',
							options: { splitArrays: false },
						}),
					}),
					`execution ${execution}`,
				);
				assert.equal(result.error, undefined, `execution ${execution}: ${result.error?.message}`);
				assert.equal(result.items?.length, ITEMS_PER_EXECUTION, `execution ${execution}: items`);
				result.items!.forEach((item, index) => {
					assert.deepEqual(item.pairedItem, { item: index });
					assert.ok(Array.isArray(item.json.data), `execution ${execution} item ${index}: data`);
				});
				assert.equal(emulator.faults.length, 0, `execution ${execution}: the fault was hit`);
				if (execution === 9) heap.at1k = heapAfterGc(gc);
			}
			const elapsedMs = Date.now() - started;
			heap.at5k = heapAfterGc(gc);

			assert.equal(injected, EXECUTIONS, '1 % of 5,000 requests');
			assert.equal(
				emulator.stats.byRoute['orders.productOrderIds'],
				reads,
				'every read answered once',
			);
			assert.equal(
				emulator.stats.byRoute['productOrders.query'],
				writes,
				'every write reached the handler exactly once: none lost, none duplicated',
			);
			assert.equal(emulator.stats.tokensIssued, 1, 'one token for the whole soak');
			assert.equal(emulator.stats.tokenRequests, 1);
			assert.ok(elapsedMs < 120_000, `bounded in time (${elapsedMs} ms)`);
			const growthMb = (heap.at5k - heap.at1k) / 2 ** 20;
			t.diagnostic(
				`soak: ${reads + writes} requests in ${elapsedMs} ms (${Math.round(((reads + writes) / elapsedMs) * 1000)}/s), ` +
					`${injected} faults, heapUsed after GC ${(heap.at1k / 2 ** 20).toFixed(1)} MB at 1k → ` +
					`${(heap.at5k / 2 ** 20).toFixed(1)} MB at 5k (${growthMb >= 0 ? '+' : ''}${growthMb.toFixed(1)} MB, ` +
					`gc ${gc ? 'forced' : 'not available: figures are indicative'})`,
			);
			// Flat: less than 16 MB of growth over 4,000 requests, i.e. no per-request retention of
			// more than ~4 KB (a leaked response or error per item would be far more). Only enforced
			// when a full GC could be forced.
			if (gc)
				assert.ok(growthMb < 16, `heap grew ${growthMb.toFixed(1)} MB from 1k to 5k requests`);
		},
	);
});

// --- (b) a real n8n ------------------------------------------------------------------------------

const N8N_PORT = 5743;
const WEBHOOK_PATH = 'naver-reliability-burst';
const WORKFLOW_ID = 'naverBurstFlow001';
const CREDENTIAL_ID = 'naverBurstCred001';
const BURST = 50;

function burstWorkflow(): Record<string, unknown> {
	return {
		id: WORKFLOW_ID,
		name: 'Naver Commerce burst',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: 'webhook',
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: '8b1f0a7e-4f7d-4c1e-9f5a-2a6a0c0b5e01',
				parameters: {
					httpMethod: 'GET',
					path: WEBHOOK_PATH,
					responseMode: 'lastNode',
					responseData: 'firstEntryJson',
					options: {},
				},
			},
			{
				id: 'naver',
				name: 'Naver Commerce',
				type: `${PACKAGE_NAME}.naverCommerce`,
				typeVersion: 1,
				position: [220, 0],
				parameters: {
					resource: 'apiRequest',
					operation: 'send',
					method: 'GET',
					path: '/v1/seller/account',
				},
				credentials: { naverCommerceApi: { id: CREDENTIAL_ID, name: 'Naver Commerce (emulator)' } },
			},
		],
		connections: { Webhook: { main: [[{ node: 'Naver Commerce', type: 'main', index: 0 }]] } },
	};
}

async function stopProcess(child: ChildProcess | undefined): Promise<void> {
	if (!child || child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	child.kill('SIGTERM');
	const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
	await exited;
	clearTimeout(killer);
}

describe(
	'(b) 50 executions at once in a real n8n on an empty token cache',
	{ timeout: 200_000 },
	() => {
		let emulator: NaverCommerceEmulator;
		let instance: N8nInstance;
		let server: ChildProcess | undefined;
		let log = '';
		const webhookUrl = `http://127.0.0.1:${N8N_PORT}/webhook/${WEBHOOK_PATH}`;

		before(async () => {
			const runtime = ensureN8n();
			const packDir = mkdtempSync(join(tmpdir(), 'naver-reliability-pack-'));
			try {
				const tarball = buildAndPack(packDir);
				emulator = await startEmulator();
				instance = new N8nInstance(runtime, undefined, {
					N8N_PORT: String(N8N_PORT),
					N8N_LISTEN_ADDRESS: '127.0.0.1',
					N8N_HOST: '127.0.0.1',
					N8N_LOG_LEVEL: 'warn',
				});
				instance.installCommunityPackage(tarball);
			} finally {
				rmSync(packDir, { recursive: true, force: true });
			}
			await instance.importCredentials([
				{
					id: CREDENTIAL_ID,
					name: 'Naver Commerce (emulator)',
					type: 'naverCommerceApi',
					data: { ...DEFAULT_APP, type: 'SELF', baseUrl: emulator.baseUrl },
				},
			]);
			await instance.importWorkflow(burstWorkflow());
			// n8n 2.x activates a workflow by publishing a version; `n8n start` registers its webhook.
			await instance.runOrThrow(['publish:workflow', `--id=${WORKFLOW_ID}`]);
			server = spawn(instance.runtime.bin, ['start'], {
				env: instance.env(),
				stdio: ['ignore', 'pipe', 'pipe'],
			});
			server.stdout!.setEncoding('utf-8').on('data', (chunk: string) => (log += chunk));
			server.stderr!.setEncoding('utf-8').on('data', (chunk: string) => (log += chunk));
			// Ready when the production webhook is registered: a POST to it (it takes GET) is then
			// refused with "Did you mean to make a GET request?" instead of "not registered", and runs
			// no execution, so the token cache stays empty.
			const deadline = Date.now() + 120_000;
			for (;;) {
				assert.equal(server.exitCode, null, `n8n start exited:\n${log.slice(-2000)}`);
				const body = await fetch(webhookUrl, { method: 'POST', signal: AbortSignal.timeout(2_000) })
					.then((response) => response.text())
					.catch(() => '');
				if (body.includes('Did you mean to make a GET request')) break;
				assert.ok(
					Date.now() < deadline,
					`the webhook was not registered in time:\n${log.slice(-2000)}`,
				);
				await new Promise((resolve) => setTimeout(resolve, 500));
			}
		});

		after(async () => {
			await stopProcess(server);
			instance?.cleanup();
			await emulator?.stop();
		});

		test('all 50 succeed with one token request; a second burst sends none', async (t) => {
			emulator.resetStats();
			assert.equal(emulator.activeTokenFingerprints().length, 0, 'empty token cache');
			const started = Date.now();
			const results = await Promise.all(
				Array.from({ length: BURST }, async () => {
					try {
						const response = await fetch(webhookUrl, { signal: AbortSignal.timeout(90_000) });
						return { status: response.status, body: await response.text() };
					} catch (error) {
						return { status: 0, body: String(error) };
					}
				}),
			);
			const elapsedMs = Date.now() - started;
			const failed = results.filter((result) => result.status !== 200);
			assert.deepEqual(failed.slice(0, 3), [], `${failed.length} of ${BURST} failed`);
			for (const result of results) {
				assert.equal(
					(JSON.parse(result.body) as { accountId?: string }).accountId,
					emulator.store.account.accountId,
				);
			}
			assert.equal(emulator.stats.byRoute['seller.account'], BURST, 'one API call per execution');
			// Naver (and the emulator) hand back the same token while 30+ minutes remain: however many
			// executions sign in at once, one token is issued.
			assert.equal(emulator.stats.tokensIssued, 1);
			// One n8n process: its executions share one in-flight token request, and those that
			// loaded the credential before the token reached the database reuse what it brought.
			assert.equal(emulator.stats.tokenRequests, 1, 'one token request for the whole process');
			assert.equal(emulator.stats.tokenFailures, 0);
			const first = { ...emulator.stats };

			// A second burst reuses the stored token: no token request at all.
			emulator.resetStats();
			const second = await Promise.all(
				Array.from({ length: BURST }, () =>
					fetch(webhookUrl, { signal: AbortSignal.timeout(90_000) }).then(
						(response) => response.status,
					),
				),
			);
			assert.deepEqual([...new Set(second)], [200]);
			const secondTokenRequests = emulator.stats.tokenRequests;
			assert.equal(secondTokenRequests, 0, 'the stored token was reused');
			t.diagnostic(
				`real n8n burst: ${BURST} executions at once in ${elapsedMs} ms on an empty token cache: ` +
					`${first.tokenRequests} token requests, ${first.tokensIssued} token issued; ` +
					`second burst: ${secondTokenRequests} token requests`,
			);
		});
	},
);
