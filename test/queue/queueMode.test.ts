/* eslint-disable @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Issue 8: the package in n8n's queue mode. A real n8n 2.x main process and two workers share Redis
 * (the Bull queue) and Postgres (workflows, executions, the credential store); the main process
 * takes webhook calls and queues them, the workers run them with this package's node. Proves that
 * the executions spread over both workers, that they share one access token through the credential
 * store, and that each worker process sends at most one token request on an empty token cache and
 * one when that token expires under load (its executions share it: naverCommerceTokenCache.ts).
 *
 * Services: scripts/queue-mode/services.sh (Redis, Postgres) and scripts/queue-mode/cluster.ts
 * (the n8n processes); the emulator runs in this process.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { markdownTable, testFileFigures } from '../../scripts/docFigures';
import { QUEUE_PORTS, QueueCluster, type N8nProcess } from '../../scripts/queue-mode/cluster';
import {
	DEFAULT_APP,
	fingerprint,
	type NaverCommerceEmulator,
	startEmulator,
} from '../emulator/server';
import { buildAndPack, ensureN8n, type N8nInstance, PACKAGE_NAME } from '../e2e/realN8n';

const CREDENTIAL_ID = 'naverQueueCred01';
const WORKFLOW_ID = 'naverQueueFlow01';
const WEBHOOK_PATH = 'naver-queue-account';
const WEBHOOK_URL = `http://127.0.0.1:${QUEUE_PORTS.mainHttp}/webhook/${WEBHOOK_PATH}`;
/** Requests in flight at once: more than one worker's concurrency (10), so both must take jobs. */
const CLIENT_CONCURRENCY = 16;

/** Webhook → Naver Commerce (GET /v1/seller/account); the webhook answers with the node's output. */
function webhookWorkflow(emulatorCredentialName: string): Record<string, unknown> {
	return {
		id: WORKFLOW_ID,
		name: 'Naver Commerce queue mode',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: 'webhook',
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: '5d0c3a52-0c6f-4d35-9f43-7f3c1f6f0a01',
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
				credentials: { naverCommerceApi: { id: CREDENTIAL_ID, name: emulatorCredentialName } },
			},
		],
		connections: { Webhook: { main: [[{ node: 'Naver Commerce', type: 'main', index: 0 }]] } },
	};
}

interface CallResult {
	status: number;
	body: Record<string, unknown> | undefined;
	error?: string;
}

/** Calls the production webhook `count` times, `CLIENT_CONCURRENCY` at a time. */
async function callWebhook(count: number): Promise<CallResult[]> {
	const results: CallResult[] = [];
	let next = 0;
	async function lane(): Promise<void> {
		while (next < count) {
			next += 1;
			try {
				const response = await fetch(WEBHOOK_URL, { signal: AbortSignal.timeout(120_000) });
				const text = await response.text();
				let body: Record<string, unknown> | undefined;
				try {
					body = JSON.parse(text) as Record<string, unknown>;
				} catch {
					body = undefined;
				}
				results.push({ status: response.status, body, error: body ? undefined : text });
			} catch (error) {
				results.push({ status: 0, body: undefined, error: String(error) });
			}
		}
	}
	await Promise.all(Array.from({ length: Math.min(CLIENT_CONCURRENCY, count) }, lane));
	return results;
}

/** Execution IDs each worker reports finishing successfully in its own log. */
function finishedByWorker(worker: N8nProcess): Set<string> {
	const ids = new Set<string>();
	for (const line of worker.logLines()) {
		const match = /^Worker finished execution (\d+) /.exec(line.message ?? '');
		if (match && line.metadata?.success === true) ids.add(match[1]);
	}
	return ids;
}

/** What main recorded for each finished job: execution ID → the worker's host ID. */
function workerIdsInMainLog(main: N8nProcess): Map<string, string> {
	const byExecution = new Map<string, string>();
	for (const line of main.logLines()) {
		const match = /^Execution (\d+) \(job \S+\) finished$/.exec(line.message ?? '');
		if (match && line.metadata?.success === true)
			byExecution.set(match[1], String(line.metadata.workerId));
	}
	return byExecution;
}

/** The figures of one run as the table of docs/queue-mode.md (every count here was asserted). */
function webhookFigures(
	figures: Record<string, unknown>,
	n8n: string,
	testSeconds: number,
): string {
	type Tokens = { tokenRequests: number; tokensIssued: number; unauthorized: number };
	const cold = figures.coldStart as Tokens;
	const expiry = figures.afterExpiry as Tokens;
	const settled = figures.settled as Tokens;
	return markdownTable(
		['Measure', 'Figure'],
		[
			['n8n', `${n8n}: main + 2 workers (concurrency 10), Redis, Postgres`],
			['Set-up: pack, Redis and Postgres, n8n main and workers', `${figures.startSeconds} s`],
			[`200 webhook calls, ${CLIENT_CONCURRENCY} at a time: took`, `${figures.run200Seconds} s`],
			['Executions per worker (of 200)', (figures.executionsPerWorker as number[]).join(' / ')],
			['Calls n8n sent no answer to (the execution still ran)', String(figures.unansweredCalls)],
			[
				'Cold start: token requests / tokens issued',
				`${cold.tokenRequests} / ${cold.tokensIssued}`,
			],
			[
				'After expiry, 40 calls: 401s; token requests / tokens issued',
				`${expiry.unauthorized}; ${expiry.tokenRequests} / ${expiry.tokensIssued}`,
			],
			[
				'Settled, 20 more calls: token requests / tokens issued',
				`${settled.tokenRequests} / ${settled.tokensIssued}`,
			],
			['Whole test (n8n already installed)', `${testSeconds} s`],
		],
	);
}

describe('n8n queue mode: main + two workers, Redis and Postgres', { timeout: 15 * 60_000 }, () => {
	let emulator: NaverCommerceEmulator;
	let cluster: QueueCluster;
	let admin: N8nInstance;
	const tokensSeen = new Set<string>();
	/** Figures for docs/queue-mode.md, printed at the end (no tokens, only counts). */
	const figures: Record<string, unknown> = {};
	/** With WRITE_DOCS=1, the figures go into docs/queue-mode.md when every test passed. */
	const docFigures = testFileFigures('docs/queue-mode.md', 'queue/webhooks', 3);
	let n8nVersion = '';

	before(async () => {
		const started = Date.now();
		const runtime = ensureN8n();
		n8nVersion = runtime.version;
		cluster = new QueueCluster(runtime);
		const tarball = buildAndPack(cluster.baseDir);
		emulator = await startEmulator();
		({ admin } = cluster.setUp(tarball));
		const credentialName = 'Naver Commerce (emulator)';
		await admin.importCredentials([
			{
				id: CREDENTIAL_ID,
				name: credentialName,
				type: 'naverCommerceApi',
				data: {
					clientId: DEFAULT_APP.clientId,
					clientSecret: DEFAULT_APP.clientSecret,
					type: 'SELF',
					baseUrl: emulator.baseUrl,
				},
			},
		]);
		await admin.importWorkflow(webhookWorkflow(credentialName));
		// n8n 2.x activates a workflow by publishing a version; main registers its webhook on start.
		await admin.runOrThrow(['publish:workflow', `--id=${WORKFLOW_ID}`]);
		await cluster.startN8n();
		await cluster.waitForWebhook(WORKFLOW_ID, 60_000);
		figures.startSeconds = Math.round((Date.now() - started) / 1000);
	});

	after(async () => {
		console.log(`queue-mode figures: ${JSON.stringify(figures)}`);
		await cluster?.stop();
		await emulator?.stop();
		docFigures.write((seconds) => webhookFigures(figures, n8nVersion, seconds));
	});

	async function persistedToken(): Promise<string> {
		// Read back from Postgres with n8n's own CLI, decrypted with the deployment's key.
		const token = String((await admin.exportCredential(CREDENTIAL_ID)).accessToken ?? '');
		if (token) tokensSeen.add(token);
		return token;
	}

	function executionStatuses(): Map<string, string> {
		const rows = cluster.sql(
			`SELECT id, status FROM execution_entity WHERE "workflowId" = '${WORKFLOW_ID}'`,
		);
		return new Map(rows.map(([id, status]) => [id, status]));
	}

	test('200 webhook executions: all succeed, both workers run some, one token issued', async (t) => {
		const started = Date.now();
		const results = await callWebhook(200);
		figures.run200Seconds = Math.round((Date.now() - started) / 100) / 10;
		// An error answer fails the test. A call that got no answer at all within 120 s is counted:
		// in some runs (2 of ~8 here) n8n's main process never sends one webhook response in queue
		// mode, although the execution ran; n8n's records below must still show every execution done.
		const failed = results.filter((result) => result.status !== 200 && result.status !== 0);
		assert.equal(failed.length, 0, `failed calls: ${JSON.stringify(failed.slice(0, 3))}`);
		const unanswered = results.filter((result) => result.status === 0).length;
		figures.unansweredCalls = unanswered;
		assert.ok(unanswered <= 2, `calls without an answer: ${unanswered}`);
		for (const result of results.filter((answer) => answer.status === 200)) {
			assert.equal(result.body?.accountId, emulator.store.account.accountId);
		}

		// n8n's own records: 200 executions of the workflow in Postgres, every one a success.
		const statuses = executionStatuses();
		assert.equal(statuses.size, 200);
		assert.deepEqual([...new Set(statuses.values())], ['success']);

		// Which worker ran what, from each worker's own log: both ran some, none ran one twice,
		// together they ran exactly the executions in the database.
		const [first, second] = cluster.workers.map(finishedByWorker);
		figures.executionsPerWorker = [first.size, second.size];
		assert.ok(first.size > 0 && second.size > 0, `per worker: ${first.size}, ${second.size}`);
		assert.equal([...first].filter((id) => second.has(id)).length, 0);
		assert.deepEqual(new Set([...first, ...second]), new Set(statuses.keys()));
		// …and from main's side: every job's 'finished' message names one of two worker host IDs,
		// and the executions of each host ID are exactly one worker's.
		const workerIds = workerIdsInMainLog(cluster.main!);
		assert.deepEqual(new Set(workerIds.keys()), new Set(statuses.keys()));
		const hosts = [...new Set(workerIds.values())];
		figures.workerIdsInMainLog = hosts;
		const hostsOfEach = [first, second].map(
			(ids) => new Set([...ids].map((id) => workerIds.get(id))),
		);
		assert.deepEqual(
			hostsOfEach.map((ids) => ids.size),
			[1, 1],
		);
		if (cluster.ownHostnames) {
			assert.equal(hosts.length, 2, `worker IDs in main's log: ${hosts.join(', ')}`);
		} else {
			t.diagnostic('no UTS namespace here: both workers may report the same worker ID to main');
		}

		// One token for the whole deployment. With no token stored yet, the executions of each worker
		// share one token request (no lock spans the two processes, so each may ask once); Naver (and
		// the emulator) answers both with the same token, so only one is ever issued.
		figures.coldStart = {
			tokenRequests: emulator.stats.tokenRequests,
			tokensIssued: emulator.stats.tokensIssued,
			apiRequests: emulator.stats.apiRequests,
			unauthorized: emulator.stats.unauthorized,
		};
		assert.equal(emulator.stats.tokensIssued, 1);
		assert.ok(emulator.stats.tokenRequests >= 1);
		assert.ok(
			emulator.stats.tokenRequests <= cluster.workers.length,
			`token requests ${emulator.stats.tokenRequests}: at most one per worker process`,
		);
		assert.equal(emulator.stats.unauthorized, 0);
		assert.equal(emulator.stats.apiRequests, 200);

		// The token in n8n's credential store (Postgres) is the one Naver considers active.
		const token = await persistedToken();
		assert.ok(token.length > 20);
		assert.deepEqual(emulator.activeTokenFingerprints(), [fingerprint(token)]);
		const [[stored]] = cluster.sql(
			`SELECT data FROM credentials_entity WHERE id = '${CREDENTIAL_ID}'`,
		);
		assert.ok(stored.length > 20 && !stored.includes(token), 'the token is stored encrypted');
		docFigures.passed();
	});

	test('after the token expires under load: a few refreshes, one new token, then reuse', async () => {
		const before = await persistedToken();
		emulator.resetStats();
		emulator.expireAllTokens();

		const results = await callWebhook(40);
		const failed = results.filter((result) => result.status !== 200 && result.status !== 0);
		assert.equal(failed.length, 0, `failed calls: ${JSON.stringify(failed.slice(0, 3))}`);
		assert.ok(results.filter((result) => result.status === 0).length <= 2, 'calls without answer');
		assert.deepEqual([...new Set(executionStatuses().values())], ['success']);
		const stats = { ...emulator.stats };
		figures.afterExpiry = {
			executions: 40,
			unauthorized: stats.unauthorized,
			tokenRequests: stats.tokenRequests,
			tokensIssued: stats.tokensIssued,
			apiRequests: stats.apiRequests,
		};
		// Every execution that sent the old token got one 401 and retried once with the new token.
		// The refreshes of one worker share one token request; there is no lock across workers, so
		// each may ask once, and Naver hands both the same new token.
		assert.equal(stats.tokensIssued, 1);
		assert.ok(stats.unauthorized >= 1);
		assert.ok(stats.tokenRequests >= 1);
		assert.ok(
			stats.tokenRequests <= cluster.workers.length,
			`token requests ${stats.tokenRequests} for ${stats.unauthorized} refused executions: at most one per worker`,
		);
		assert.equal(stats.apiRequests, 40 + stats.unauthorized);
		assert.ok(stats.unauthorized <= CLIENT_CONCURRENCY, `401s: ${stats.unauthorized}`);

		const afterExpiry = await persistedToken();
		assert.notEqual(afterExpiry, before);
		assert.deepEqual(emulator.activeTokenFingerprints(), [fingerprint(afterExpiry)]);

		// Once stored, both workers use the new token: no new token is issued. Rarely (1 run in 5 seen
		// here) one execution of this phase still asks once — n8n has no lock around credential
		// updates, and a refresh of the previous phase can land late — and Naver hands it the same
		// token; the figure is recorded.
		emulator.resetStats();
		const settled = await callWebhook(20);
		figures.settled = {
			executions: 20,
			tokenRequests: emulator.stats.tokenRequests,
			unauthorized: emulator.stats.unauthorized,
			tokensIssued: emulator.stats.tokensIssued,
		};
		assert.equal(
			settled.filter((result) => result.status !== 200 && result.status !== 0).length,
			0,
		);
		assert.equal(emulator.stats.tokensIssued, 0);
		assert.ok(emulator.stats.tokenRequests <= 2, `token requests ${emulator.stats.tokenRequests}`);
		assert.equal(emulator.stats.apiRequests, 20 + emulator.stats.unauthorized);
		assert.equal(executionStatuses().size, 260);
		docFigures.passed();
	});

	test('nothing n8n printed contains the secret, a signature or a token', () => {
		const output = cluster.allOutput();
		assert.ok(output.length > 10_000);
		assert.ok(tokensSeen.size >= 2);
		for (const token of tokensSeen) assert.ok(!output.includes(token), 'token in n8n output');
		assert.ok(!output.includes(DEFAULT_APP.clientSecret));
		assert.ok(!output.includes('client_secret_sign='));
		docFigures.passed();
	});
});
