/* eslint-disable @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The issue "in queue mode or with many stores, Naver's rate limit turned into failed executions
 * and unconfirmed orders", measured in real n8n queue mode: a main process and four workers
 * (scripts/queue-mode/cluster.ts), Redis and Postgres; a solution provider's application with 20
 * linked stores, one SELLER credential per store; each store's daily job a workflow of its own,
 * all 20 fired at once. The job, the application, the stores and the bucket's minimum are those of
 * the in-process measurement (test/reliability/manyStores.ts): Get Many Changed (PAYED, since
 * 23 hours ago) → Get → keep the paid, not yet confirmed ones (here n8n's Filter node) → Confirm,
 * after a Webhook. The emulator runs in this process with Naver's rate limit as restriction.md
 * counts it: one bucket per application and API (5 requests a second, burst 10), shared by all 20
 * stores' tokens and by every worker process; each store holds 120 new paid product orders.
 *
 * Asserted are counts only: every execution succeeded, each of them run by one worker; every seeded
 * product order confirmed exactly once (the emulator's Confirm outcomes; none refused as already
 * confirmed, 105306) and its outcome reported by exactly one output item of Confirm; at most one
 * token request per store and worker process; no secret or token in anything n8n printed. The
 * share of 429 answers and the wall time against the bucket's minimum are printed, never asserted:
 * they are what the transport's pacing aims at (goals: ≤ 1 % and ≤ 1.15×), and a wall-clock
 * figure depends on the machine.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

import { markdownTable, testFileFigures } from '../../scripts/docFigures';
import {
	type N8nProcess,
	QUEUE_MANY_STORES_PORTS,
	QueueCluster,
	type StoredExecution,
} from '../../scripts/queue-mode/cluster';
import {
	type EmulatorStats,
	fingerprint,
	type NaverCommerceEmulator,
	startEmulator,
} from '../emulator/server';
import { buildAndPack, ensureN8n, type N8nInstance, PACKAGE_NAME } from '../e2e/realN8n';
import {
	BURST,
	bucketMinimum,
	ORDERS_PER_STORE,
	PROVIDER_APP,
	RATE_PER_SECOND,
	STORES,
} from '../reliability/manyStores';

const WORKERS = QUEUE_MANY_STORES_PORTS.workerHealth.length;
/**
 * Executions each worker runs at once: 20 jobs over 4 workers is 5 each when all are queued at
 * once, and five n8n processes on a small machine stay within memory.
 */
const WORKER_CONCURRENCY = 5;
const HOUR_MS = 3_600_000;
const SELLERS = PROVIDER_APP.linkedSellers!;

const storeNumber = (index: number) => String(index + 1).padStart(2, '0');
const credentialId = (index: number) => `naverManyCred${storeNumber(index)}`;
const workflowId = (index: number) => `naverManyFlow${storeNumber(index)}`;
const webhookPath = (index: number) => `naver-many-stores-${storeNumber(index)}`;
const webhookUrl = (index: number) =>
	`http://127.0.0.1:${QUEUE_MANY_STORES_PORTS.mainHttp}/webhook/${webhookPath(index)}`;

/** A condition of the Filter node: the item's `path` equals `value`. */
function equals(id: string, path: string, value: string): Record<string, unknown> {
	return {
		id,
		leftValue: `={{ $json.${path} }}`,
		rightValue: value,
		operator: { type: 'string', operation: 'equals' },
	};
}

/**
 * One store's daily job (test/reliability/manyStores.ts's, in n8n): Webhook (answers at once; the
 * job runs on a worker) → Get Many Changed (new paid orders since `sinceMs`) → Get (their details)
 * → Paid, Not Confirmed (n8n's Filter) → Confirm (발주 확인).
 */
function storeWorkflow(index: number, sinceMs: number): Record<string, unknown> {
	const credentials = {
		naverCommerceApi: { id: credentialId(index), name: `Store ${storeNumber(index)}` },
	};
	const naver = (name: string, x: number, parameters: Record<string, unknown>) => ({
		id: name.replace(/\W/g, '').toLowerCase(),
		name,
		type: `${PACKAGE_NAME}.naverCommerce`,
		typeVersion: 1,
		position: [x, 0],
		parameters: { resource: 'productOrder', ...parameters },
		credentials,
	});
	return {
		id: workflowId(index),
		name: `Store ${storeNumber(index)}: confirm new paid orders`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: 'webhook',
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: `5d0c3a52-0c6f-4d35-9f43-7f3c1f6f0b${storeNumber(index)}`,
				parameters: {
					httpMethod: 'POST',
					path: webhookPath(index),
					responseMode: 'onReceived',
					options: {},
				},
			},
			naver('Get Many Changed', 220, {
				operation: 'getManyChanged',
				lastChangedFrom: new Date(sinceMs).toISOString(),
				lastChangedTypes: ['PAYED'],
				returnAll: true,
			}),
			naver('Get', 440, {
				operation: 'get',
				productOrderIds: '={{ $json.productOrderId }}',
			}),
			{
				id: 'paidnotconfirmed',
				name: 'Paid, Not Confirmed',
				type: 'n8n-nodes-base.filter',
				typeVersion: 2.2,
				position: [660, 0],
				parameters: {
					conditions: {
						options: { caseSensitive: true, leftValue: '', typeValidation: 'strict', version: 2 },
						conditions: [
							equals('paid', 'productOrder.productOrderStatus', 'PAYED'),
							equals('notConfirmed', 'productOrder.placeOrderStatus', 'NOT_YET'),
						],
						combinator: 'and',
					},
					options: {},
				},
			},
			naver('Confirm', 880, {
				operation: 'confirm',
				productOrderIds: '={{ $json.productOrder.productOrderId }}',
			}),
		],
		connections: {
			Webhook: { main: [[{ node: 'Get Many Changed', type: 'main', index: 0 }]] },
			'Get Many Changed': { main: [[{ node: 'Get', type: 'main', index: 0 }]] },
			Get: { main: [[{ node: 'Paid, Not Confirmed', type: 'main', index: 0 }]] },
			'Paid, Not Confirmed': { main: [[{ node: 'Confirm', type: 'main', index: 0 }]] },
		},
	};
}

/** Execution IDs a worker reports finishing (successfully, unless `any`) in its own log. */
function finishedByWorker(worker: N8nProcess, any = false): Set<string> {
	const ids = new Set<string>();
	for (const line of worker.logLines()) {
		const match = /^Worker finished execution (\d+) /.exec(line.message ?? '');
		if (match && (any || line.metadata?.success === true)) ids.add(match[1]);
	}
	return ids;
}

/** When each worker's last execution finished (its log's timestamp), ms since the epoch. */
function lastFinishedMs(worker: N8nProcess): number {
	let last = 0;
	for (const line of worker.logLines()) {
		if (!/^Worker finished execution \d+ /.test(line.message ?? '')) continue;
		last = Math.max(last, Date.parse(String(line.metadata?.timestamp ?? '')) || 0);
	}
	return last;
}

/** The items a node output in an execution (its first run, first output). */
function nodeItems(execution: StoredExecution, node: string): Array<Record<string, unknown>> {
	const run = execution.data.resultData?.runData?.[node]?.[0];
	return (run?.data?.main?.[0] ?? []).map((item) => item.json as Record<string, unknown>);
}

/** The error an execution failed with, as n8n stored it. */
function executionError(execution: StoredExecution): string {
	const error = (execution.data.resultData as { error?: { message?: string } } | undefined)?.error;
	return error?.message ?? `status ${execution.status}`;
}

/** The figures of one run as the table of docs/queue-mode.md (the counts in it were asserted). */
function manyStoresFigures(
	figures: Record<string, unknown>,
	n8n: string,
	testSeconds: number,
): string {
	const byRoute = (counts: unknown) =>
		Object.entries(counts as Record<string, number>)
			.map(([route, count]) => `${route} ${count}`)
			.join(', ') || 'none';
	const perStore = figures.tokenRequestsPerStore as { min: number; max: number };
	const seconds = (value: unknown) => `${(value as number).toFixed(1)} s`;
	return markdownTable(
		['Measure', 'Figure', 'Goal'],
		[
			[
				'n8n',
				`${n8n}: main + ${figures.workers} workers (concurrency ${figures.workerConcurrency}), Redis, Postgres`,
				'',
			],
			['Stores; product orders', `${figures.stores}; ${figures.orders}`, ''],
			[
				'Executions failed; orders confirmed exactly once; outcomes reported once',
				`none; all ${figures.orders}; all`,
				'asserted',
			],
			['API answers (token requests apart)', String(figures.answers), ''],
			['429 answers (share)', `${figures.rateLimited} (${figures.rateLimitedShare})`, '≤ 1 %'],
			['429s per API', byRoute(figures.rateLimitedByRoute), ''],
			['Requests served per API', byRoute(figures.requestsByRoute), ''],
			['Wall time, firing to the last execution’s end', seconds(figures.wallSeconds), ''],
			['Bucket minimum: max over APIs of (N − burst) / rate', seconds(figures.minimumSeconds), ''],
			['Wall time / minimum', `${figures.wallOverMinimum}×`, '≤ 1.15×'],
			[
				'Token requests: total; per store',
				`${figures.tokenRequests}; ${perStore.min}–${perStore.max}`,
				'≤ 1 per store per process',
			],
			['Executions per worker', (figures.executionsPerWorker as number[]).join(' / '), ''],
			[
				'Each worker done, after firing',
				(figures.workerDoneAfterSeconds as number[]).map((value) => seconds(value)).join(' / '),
				'',
			],
			['Set-up: pack, services, n8n, 20 workflows', `${figures.startSeconds} s`, ''],
			['Whole test (n8n already installed)', `${testSeconds} s`, ''],
		],
	);
}

describe(
	'n8n queue mode, 4 workers: 20 stores of one application at once, one bucket',
	{ timeout: 15 * 60_000 },
	() => {
		let emulator: NaverCommerceEmulator;
		let cluster: QueueCluster;
		let admin: N8nInstance;
		let sinceMs: number;
		/** Figures printed at the end (counts and durations, no tokens). */
		const figures: Record<string, unknown> = {};
		/** With WRITE_DOCS=1, the figures go into docs/queue-mode.md when every test passed. */
		const docFigures = testFileFigures('docs/queue-mode.md', 'queue/many-stores', 2);
		let n8nVersion = '';

		before(async () => {
			const started = Date.now();
			const runtime = ensureN8n();
			n8nVersion = runtime.version;
			cluster = new QueueCluster(runtime, {
				ports: QUEUE_MANY_STORES_PORTS,
				workerConcurrency: WORKER_CONCURRENCY,
			});
			const tarball = buildAndPack(cluster.baseDir);
			emulator = await startEmulator({
				apps: [PROVIDER_APP],
				rateLimitPerSecond: RATE_PER_SECOND,
				rateLimitScope: 'application',
				storePerSeller: true,
				paidOrdersOnly: true,
				productOrders: ORDERS_PER_STORE,
				spanHours: 22,
			});
			// Seeded now: on Naver the stores and their orders exist before the jobs run.
			for (const accountId of SELLERS) emulator.sellerStore(accountId);
			sinceMs = Date.now() - 23 * HOUR_MS;

			({ admin } = cluster.setUp(tarball));
			await admin.importCredentials(
				SELLERS.map((accountId, index) => ({
					id: credentialId(index),
					name: `Store ${storeNumber(index)}`,
					type: 'naverCommerceApi',
					data: {
						clientId: PROVIDER_APP.clientId,
						clientSecret: PROVIDER_APP.clientSecret,
						type: 'SELLER',
						accountId,
						baseUrl: emulator.baseUrl,
					},
				})),
			);
			// n8n's import takes a list: one command for all 20 workflows.
			await admin.importWorkflow(SELLERS.map((_, index) => storeWorkflow(index, sinceMs)));
			// What `n8n publish:workflow --id=…` does (WorkflowRepository.publishVersion: active, and the
			// imported version as the active one), for all 20 in one statement instead of 20 commands.
			const ids = SELLERS.map((_, index) => `'${workflowId(index)}'`).join(', ');
			cluster.sql(
				`UPDATE workflow_entity SET active = true, "activeVersionId" = "versionId" WHERE id IN (${ids})`,
			);
			await cluster.startN8n();
			for (let index = 0; index < STORES; index++)
				await cluster.waitForWebhook(workflowId(index), 60_000);
			figures.startSeconds = Math.round((Date.now() - started) / 1000);
		});

		after(async () => {
			console.log(`queue-mode many-stores figures: ${JSON.stringify(figures)}`);
			await cluster?.stop();
			await emulator?.stop();
			docFigures.write((seconds) => manyStoresFigures(figures, n8nVersion, seconds));
		});

		test('every store’s job fired at once: all succeed, every order confirmed once, a token per store', async (t) => {
			const orders = SELLERS.flatMap((accountId) => emulator.sellerStore(accountId).productOrders);
			assert.equal(orders.length, STORES * ORDERS_PER_STORE);
			emulator.resetStats();
			const minimumByApi = bucketMinimum(emulator, sinceMs, Date.now());
			const minimumMs = Math.max(...minimumByApi.map((api) => api.seconds)) * 1000;

			const firedMs = Date.now();
			const answers = await Promise.all(
				SELLERS.map(async (_, index) => {
					const response = await fetch(webhookUrl(index), {
						method: 'POST',
						signal: AbortSignal.timeout(60_000),
					});
					return { status: response.status, text: await response.text() };
				}),
			);
			assert.deepEqual(
				answers.filter((answer) => answer.status !== 200),
				[],
				'every webhook call queued',
			);

			// Wait for n8n's own records: one finished execution per workflow.
			const ids = SELLERS.map((_, index) => `'${workflowId(index)}'`).join(', ');
			const deadline = Date.now() + 10 * 60_000;
			for (;;) {
				const [[finished]] = cluster.sql(
					`SELECT count(*) FROM execution_entity WHERE "workflowId" IN (${ids}) ` +
						`AND "stoppedAt" IS NOT NULL AND status NOT IN ('new', 'running', 'waiting')`,
				);
				if (Number(finished) >= STORES) break;
				assert.ok(Date.now() < deadline, `${finished} of ${STORES} executions finished in 10 min`);
				await sleep(250);
			}
			const stats = structuredClone(emulator.stats) as EmulatorStats;
			const executions = SELLERS.map((_, index) => cluster.executions(workflowId(index)));
			const all = executions.flat();
			const lastStoppedMs = Math.max(...all.map((execution) => Date.parse(execution.stoppedAt!)));
			const firstStartedMs = Math.min(
				...all.map((execution) => Date.parse(execution.startedAt ?? execution.stoppedAt!)),
			);
			const wallMs = lastStoppedMs - firedMs;
			// A worker logs an execution's end just after storing it: wait (briefly) for its lines.
			const logDeadline = Date.now() + 30_000;
			while (
				new Set(cluster.workers.flatMap((worker) => [...finishedByWorker(worker, true)])).size <
					all.length &&
				Date.now() < logDeadline
			)
				await sleep(250);

			// Figures first, so that a failed count below still shows them.
			const share = stats.apiRequests === 0 ? 0 : stats.rateLimited / stats.apiRequests;
			const tokensPerStore = SELLERS.map(
				(accountId) =>
					stats.tokenRequestsByAccount[`${PROVIDER_APP.clientId}|SELLER:${accountId}`] ?? 0,
			);
			const byWorker = cluster.workers.map((worker) => finishedByWorker(worker));
			Object.assign(figures, {
				stores: STORES,
				orders: orders.length,
				workers: WORKERS,
				workerConcurrency: WORKER_CONCURRENCY,
				answers: stats.apiRequests,
				rateLimited: stats.rateLimited,
				rateLimitedShare: `${(share * 100).toFixed(2)} %`,
				rateLimitedByRoute: stats.rateLimitedByRoute,
				requestsByRoute: stats.byRoute,
				wallSeconds: wallMs / 1000,
				firstStartAfterFiringSeconds: (firstStartedMs - firedMs) / 1000,
				minimumByApi,
				minimumSeconds: minimumMs / 1000,
				wallOverMinimum: Number((wallMs / minimumMs).toFixed(2)),
				tokenRequests: stats.tokenRequests,
				tokenRequestsPerStore: {
					min: Math.min(...tokensPerStore),
					max: Math.max(...tokensPerStore),
				},
				executionsPerWorker: byWorker.map((ids_) => ids_.size),
				workerDoneAfterSeconds: cluster.workers.map(
					(worker) => (lastFinishedMs(worker) - firedMs) / 1000,
				),
				confirmedTwiceOrMore: Object.values(stats.confirmations).filter((count) => count > 1)
					.length,
				alreadyConfirmed105306: stats.alreadyConfirmed,
			});
			t.diagnostic(
				`answers ${stats.apiRequests}, 429 ${stats.rateLimited} (${(share * 100).toFixed(2)} %, goal ≤ 1 %), by API ${JSON.stringify(stats.rateLimitedByRoute)}`,
			);
			t.diagnostic(
				`wall ${(wallMs / 1000).toFixed(1)} s from firing to the last execution's end; bucket minimum ${(minimumMs / 1000).toFixed(1)} s ` +
					`(max over APIs of (N − ${BURST}) / ${RATE_PER_SECOND}: ${minimumByApi.map((api) => `${api.route} ${api.requests} → ${api.seconds.toFixed(1)} s`).join(', ')}); ` +
					`${(wallMs / minimumMs).toFixed(2)}× (goal ≤ 1.15×)`,
			);
			t.diagnostic(
				`token requests ${stats.tokenRequests}: per store ${Math.min(...tokensPerStore)}–${Math.max(...tokensPerStore)}; executions per worker ${byWorker.map((ids_) => ids_.size).join(' / ')}, ` +
					`each worker done ${cluster.workers.map((worker) => ((lastFinishedMs(worker) - firedMs) / 1000).toFixed(1)).join(' / ')} s after firing`,
			);

			// Every execution succeeded: one per workflow, n8n's status success.
			const failed = all.filter((execution) => execution.status !== 'success');
			assert.deepEqual(
				executions.map((list) => list.length),
				SELLERS.map(() => 1),
				'one execution per store',
			);
			assert.deepEqual(
				failed.map((execution) => executionError(execution)),
				[],
				`failed executions; 429s by API ${JSON.stringify(stats.rateLimitedByRoute)}`,
			);

			// Each execution run by exactly one worker, and the workers ran exactly these executions.
			const executionIds = new Set(all.map((execution) => execution.id));
			const ranBy = new Map<string, number>();
			for (const ids_ of byWorker) for (const id of ids_) ranBy.set(id, (ranBy.get(id) ?? 0) + 1);
			assert.deepEqual(new Set(ranBy.keys()), executionIds);
			assert.deepEqual([...new Set(ranBy.values())], [1]);

			// Every seeded product order confirmed exactly once on "Naver", none sent again.
			const confirmedOnce = orders.filter(
				(order) => stats.confirmations[order.productOrderId] === 1,
			).length;
			assert.equal(confirmedOnce, orders.length, 'every product order confirmed exactly once');
			assert.equal(
				Object.keys(stats.confirmations).length,
				orders.length,
				'nothing else confirmed',
			);
			assert.equal(stats.alreadyConfirmed, 0, 'no confirmation sent again (105306)');
			for (const order of orders) assert.equal(order.placeOrderStatus, 'OK', order.productOrderId);

			// …and each outcome reported once, by one Confirm output item of its store's execution.
			const reported = new Map<string, number>();
			for (const execution of all) {
				for (const item of nodeItems(execution, 'Confirm')) {
					assert.equal(item.success, true, JSON.stringify(item));
					const id = String(item.productOrderId);
					reported.set(id, (reported.get(id) ?? 0) + 1);
				}
			}
			assert.equal(reported.size, orders.length, 'every outcome reported');
			assert.deepEqual([...new Set(reported.values())], [1], 'every outcome reported once');
			for (const [index, list] of executions.entries()) {
				const own = new Set(
					emulator.sellerStore(SELLERS[index]).productOrders.map((order) => order.productOrderId),
				);
				const items = nodeItems(list[0], 'Confirm');
				assert.equal(items.length, own.size, `store ${storeNumber(index)}: one outcome per order`);
				assert.ok(items.every((item) => own.has(String(item.productOrderId))));
			}

			// Tokens: each store's one execution ran in one worker process, which asks once at most.
			for (const [index, count] of tokensPerStore.entries())
				assert.ok(count <= 1, `store ${storeNumber(index)}: ${count} token requests`);
			assert.equal(stats.tokensIssued, stats.tokenRequests);
			assert.equal(stats.tokenFailures, 0);
			assert.equal(stats.unauthorized, 0);
			docFigures.passed();
		});

		test('nothing n8n printed contains the secret, a signature or a token', async () => {
			// One export of all 20 credentials, decrypted with the deployment's key: the tokens n8n keeps.
			const file = join(admin.userFolder, 'export-all-credentials.json');
			await admin.runOrThrow(['export:credentials', '--all', '--decrypted', `--output=${file}`]);
			const exported = JSON.parse(readFileSync(file, 'utf-8')) as Array<{
				data: Record<string, unknown>;
			}>;
			rmSync(file);
			const tokens = exported
				.map((credential) => String(credential.data.accessToken ?? ''))
				.filter((token) => token.length > 20);
			assert.equal(tokens.length, STORES, 'each store’s credential keeps its token');
			const active = new Set(emulator.activeTokenFingerprints());
			for (const token of tokens) assert.ok(active.has(fingerprint(token)));

			const output = cluster.allOutput();
			assert.ok(output.length > 10_000);
			for (const token of tokens) assert.ok(!output.includes(token), 'token in n8n output');
			assert.ok(!output.includes(PROVIDER_APP.clientSecret), 'secret in n8n output');
			assert.ok(!output.includes('client_secret_sign='));
			docFigures.passed();
		});
	},
);
