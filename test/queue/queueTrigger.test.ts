/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Issue 8, the trigger part: the Naver Commerce Trigger in n8n's queue mode. A real n8n 2.x main
 * process and two workers (scripts/queue-mode/cluster.ts, on ports of their own) with an active
 * workflow "Naver Commerce Trigger (every minute, New Paid Order, Safety Lag 1 s) → No Operation".
 * Paid product orders are added to the emulator while the cluster runs. Proves, from n8n's records
 * in Postgres, n8n's logs and the emulator's side of every connection:
 *
 * - the polling happens in main only: every request to Naver's API (token and change feed) comes
 *   from a socket of main's process group, none from a worker's; the change feed is read once per
 *   minute (one poller, not one per process); only main activated the workflow;
 * - the executions the trigger starts are enqueued by main and run by the workers;
 * - each new product order appears in exactly one successful execution, once, and is not emitted
 *   again on later polls.
 *
 * Bounded: three poll ticks (about three minutes) on top of starting the cluster; every wait has
 * a deadline.
 */
import assert from 'node:assert/strict';
import {
	createServer,
	request as httpRequest,
	type IncomingHttpHeaders,
	type Server,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';

import { markdownTable, testFileFigures } from '../../scripts/docFigures';
import {
	QUEUE_TRIGGER_PORTS,
	QueueCluster,
	type N8nProcess,
	type StoredExecution,
} from '../../scripts/queue-mode/cluster';
import { identityOf } from '../emulator/changeStream';
import {
	API_PREFIX,
	DEFAULT_APP,
	type NaverCommerceEmulator,
	startEmulator,
} from '../emulator/server';
import type { ProductOrder } from '../emulator/store';
import { buildAndPack, ensureN8n, PACKAGE_NAME } from '../e2e/realN8n';
import { emittedIdentity, sleep } from '../trigger/streamCheck';

const CREDENTIAL_ID = 'naverQTrigCred01';
const WORKFLOW_ID = 'naverQTrigFlow01';
const TRIGGER_NAME = 'New Paid Orders';
const CHANGE_FEED_PATH = '/v1/pay-order/seller/product-orders/last-changed-statuses';
const TOKEN_PATH = '/v1/oauth2/token';

function triggerWorkflow(credentialName: string): Record<string, unknown> {
	return {
		id: WORKFLOW_ID,
		name: 'Naver Commerce Trigger in queue mode',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: 'trigger',
				name: TRIGGER_NAME,
				type: `${PACKAGE_NAME}.naverCommerceTrigger`,
				typeVersion: 1,
				position: [0, 0],
				parameters: {
					pollTimes: { item: [{ mode: 'everyMinute' }] },
					events: ['PAYED'],
					output: 'changes',
					options: { safetyLagSeconds: 1 },
				},
				credentials: { naverCommerceApi: { id: CREDENTIAL_ID, name: credentialName } },
			},
			{
				id: 'noop',
				name: 'No Operation',
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [220, 0],
				parameters: {},
			},
		],
		connections: {
			[TRIGGER_NAME]: { main: [[{ node: 'No Operation', type: 'main', index: 0 }]] },
		},
	};
}

/** Paid product orders with fresh IDs, all changed at `changedMs` (a burst sharing a timestamp). */
function paidOrders(ids: string[], changedMs: number): ProductOrder[] {
	return ids.map((id) => ({
		orderId: `O${id}`,
		productOrderId: id,
		lastChangedType: 'PAYED',
		lastChangedMs: changedMs,
		paymentMs: changedMs,
		productOrderStatus: 'PAYED',
		receiverAddressChanged: false,
		productName: '큐 모드 주문',
		quantity: 1,
		unitPrice: 15_000,
		placeOrderStatus: 'NOT_YET',
	}));
}

/** One request n8n sent to the (emulated) Naver API, and which n8n process's socket sent it. */
interface SeenRequest {
	atMs: number;
	method: string;
	/** Path after /external, without the query. */
	path: string;
	/** 'main', 'worker1', 'worker2', or 'unknown' (a socket of no n8n process of the cluster). */
	from: string;
	status?: number;
}

/**
 * A pass-through HTTP proxy in front of the emulator. The credential points n8n at it; for each
 * request it records the time, the path and the n8n process that owns the client socket (looked
 * up while the connection is open), then forwards it to the emulator unchanged.
 */
async function startRecordingProxy(
	emulator: NaverCommerceEmulator,
	ownerOf: (clientPort: number, serverPort: number) => string | undefined,
): Promise<{ server: Server; baseUrl: string; seen: SeenRequest[] }> {
	const seen: SeenRequest[] = [];
	const server = createServer((req, res) => {
		const serverPort = (server.address() as AddressInfo).port;
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const entry: SeenRequest = {
			atMs: Date.now(),
			method: req.method ?? 'GET',
			path: url.pathname.startsWith(API_PREFIX)
				? url.pathname.slice(API_PREFIX.length)
				: url.pathname,
			from: ownerOf(req.socket.remotePort ?? 0, serverPort) ?? 'unknown',
		};
		seen.push(entry);
		const headers: IncomingHttpHeaders = { ...req.headers, host: `127.0.0.1:${emulator.port}` };
		const upstream = httpRequest(
			{ host: '127.0.0.1', port: emulator.port, method: req.method, path: req.url, headers },
			(answer) => {
				entry.status = answer.statusCode;
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(res);
			},
		);
		upstream.on('error', () => {
			entry.status = 502;
			res.writeHead(502).end();
		});
		req.pipe(upstream);
	});
	server.keepAliveTimeout = 1000;
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	return { server, baseUrl: `http://127.0.0.1:${port}${API_PREFIX}`, seen };
}

/** Execution ID → job ID for every job main says it enqueued. */
function enqueuedByMain(main: N8nProcess): Map<string, string> {
	const enqueued = new Map<string, string>();
	for (const line of main.logLines()) {
		const match = /^Enqueued execution (\d+) \(job (\S+)\)$/.exec(line.message ?? '');
		if (match) enqueued.set(match[1], match[2]);
	}
	return enqueued;
}

/** Execution IDs a process's log says it started and finished successfully as a worker. */
function ranAsWorker(process_: N8nProcess): { started: Set<string>; finished: Set<string> } {
	const started = new Set<string>();
	const finished = new Set<string>();
	for (const line of process_.logLines()) {
		const message = line.message ?? '';
		const start = /^Worker started execution (\d+) /.exec(message);
		if (start) started.add(start[1]);
		const finish = /^Worker finished execution (\d+) /.exec(message);
		if (finish && line.metadata?.success === true) finished.add(finish[1]);
	}
	return { started, finished };
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

/** The identities of the changes the trigger node emitted in one execution. */
function emittedIn(execution: StoredExecution): string[] {
	const items = execution.data.resultData?.runData?.[TRIGGER_NAME]?.[0]?.data?.main?.[0] ?? [];
	return items.map((item) => emittedIdentity(item as Parameters<typeof emittedIdentity>[0]));
}

/** The figures of one run as the table of docs/queue-mode.md (the counts in it were asserted). */
function triggerFigures(
	figures: Record<string, unknown>,
	n8n: string,
	testSeconds: number,
): string {
	const executions = figures.executions as Array<{ id: string; items: number; runBy: string }>;
	const requests = figures.requestsByProcess as Record<string, number>;
	const list = (values: unknown) => (values as number[]).map((value) => `${value} s`).join(' / ');
	return markdownTable(
		['Measure', 'Figure'],
		[
			['n8n', `${n8n}: main + 2 workers, Redis, Postgres`],
			['Set-up: pack, services, n8n, activation', `${figures.startSeconds} s`],
			['Batch A (3 orders) emitted, after it was added', `${figures.secondsToBatchA} s`],
			['Batch B (2 orders) emitted, after batch A', `${figures.secondsToBatchB} s`],
			[
				'Executions (items) → worker',
				executions.map((run) => `#${run.id} (${run.items}) → ${run.runBy}`).join(', '),
			],
			[
				'Change feed reads; gaps between them',
				`${figures.changeFeedReads}; ${list(figures.changeFeedGapsSeconds)}`,
			],
			[
				'Requests by process (token and feed reads)',
				`${Object.entries(requests)
					.map(([process_, count]) => `${process_} ${count}`)
					.join(', ')}; workers none; token requests ${figures.tokenRequests}`,
			],
			['Main’s poll schedule (cron)', `\`${figures.mainCron}\``],
			['Each feed read, after the cron’s second', list(figures.feedReadSecondsAfterCron)],
			['The test’s own part', `${figures.testSeconds} s`],
			['Whole test (n8n already installed)', `${testSeconds} s`],
		],
	);
}

describe(
	'Naver Commerce Trigger in n8n queue mode: main polls, workers execute',
	{ timeout: 15 * 60_000 },
	() => {
		let emulator: NaverCommerceEmulator;
		let cluster: QueueCluster;
		let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
		let activatedMs = 0;
		/** Figures for docs/queue-mode.md, printed at the end (no tokens, only counts and times). */
		const figures: Record<string, unknown> = {};
		/** With WRITE_DOCS=1, the figures go into docs/queue-mode.md when every test passed. */
		const docFigures = testFileFigures('docs/queue-mode.md', 'queue/trigger', 2);
		let n8nVersion = '';

		async function waitFor<T>(
			what: string,
			timeoutMs: number,
			check: () => T | undefined,
		): Promise<T> {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				assert.ok(cluster.main?.running, `main exited:\n${cluster.main?.text.slice(-3000)}`);
				const value = check();
				if (value !== undefined) return value;
				assert.ok(
					Date.now() < deadline,
					`${what} did not happen in ${timeoutMs} ms:\n${cluster.main?.text.slice(-3000)}`,
				);
				await sleep(1_000);
			}
		}

		const changeFeedRequests = () =>
			proxy.seen.filter((request) => request.path === CHANGE_FEED_PATH);

		before(async () => {
			const started = Date.now();
			const runtime = ensureN8n();
			n8nVersion = runtime.version;
			cluster = new QueueCluster(runtime, { ports: QUEUE_TRIGGER_PORTS });
			const tarball = buildAndPack(cluster.baseDir);
			emulator = await startEmulator();
			proxy = await startRecordingProxy(emulator, (client, server) =>
				cluster.processOfConnection(client, server),
			);
			const { admin } = cluster.setUp(tarball);
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
						baseUrl: proxy.baseUrl,
					},
				},
			]);
			await admin.importWorkflow(triggerWorkflow(credentialName));
			// n8n 2.x activates the published version; main activates it (and polls once) on start.
			await admin.runOrThrow(['publish:workflow', `--id=${WORKFLOW_ID}`]);
			await cluster.startN8n();
			// Main activated the workflow: its first poll stored the trigger's starting position in
			// the static data (n8n 2.41 logs nothing at info level for that).
			const cursor = await waitFor('the cursor in static data', 120_000, () => {
				const node = cluster.staticData(WORKFLOW_ID)?.[`node:${TRIGGER_NAME}`] as
					| { cursor?: { lastChangedMs: number } }
					| undefined;
				return node?.cursor;
			});
			activatedMs = cursor.lastChangedMs;
			figures.startSeconds = Math.round((Date.now() - started) / 1000);
		});

		after(async () => {
			console.log(`queue-mode trigger figures: ${JSON.stringify(figures)}`);
			await cluster?.stop();
			await new Promise((resolve) => {
				if (!proxy) return resolve(undefined);
				proxy.server.closeAllConnections();
				proxy.server.close(resolve);
			});
			await emulator?.stop();
			docFigures.write((seconds) => triggerFigures(figures, n8nVersion, seconds));
		});

		test('each new paid order in exactly one execution, run by a worker; main alone polls', async () => {
			const testStarted = Date.now();
			const history = new Set(emulator.store.productOrders.map(identityOf));

			// Batch A: three paid product orders sharing one timestamp, added while the cluster runs.
			const batchA = paidOrders(
				['9300000000000001', '9300000000000002', '9300000000000003'],
				Date.now(),
			);
			assert.ok(batchA[0].lastChangedMs > activatedMs, 'added after the trigger started');
			emulator.store.productOrders.push(...batchA);
			const includesAll = (emitted: Set<string>, orders: ProductOrder[]) =>
				orders.every((order) => emitted.has(identityOf(order)));
			const emittedSoFar = () =>
				new Set(cluster.executions(WORKFLOW_ID).flatMap((execution) => emittedIn(execution)));
			await waitFor('an execution with batch A', 150_000, () =>
				includesAll(emittedSoFar(), batchA) ? true : undefined,
			);
			const batchASeenMs = Date.now();

			// Batch B, picked up by a later poll.
			const batchB = paidOrders(['9300000000000004', '9300000000000005'], Date.now());
			emulator.store.productOrders.push(...batchB);
			await waitFor('an execution with batch B', 150_000, () =>
				includesAll(emittedSoFar(), batchB) ? true : undefined,
			);
			const batchBSeenMs = Date.now();

			// One more poll with nothing new; it must emit nothing (no change is emitted twice).
			const feedReadsBefore = changeFeedRequests().length;
			await waitFor('one more poll', 90_000, () => {
				const later = changeFeedRequests().slice(feedReadsBefore);
				return later.some((request) => request.status !== undefined) ? true : undefined;
			});
			await sleep(5_000); // let that poll finish (it starts no execution, so nothing to wait for)

			// --- n8n's records in Postgres --------------------------------------------------------
			const executions = cluster.executions(WORKFLOW_ID);
			const everyEmitted = executions.flatMap((execution) =>
				emittedIn(execution).map((identity) => ({ identity, execution: execution.id })),
			);
			const expected = [...batchA, ...batchB].map(identityOf);
			for (const identity of expected) {
				const inExecutions = everyEmitted.filter((entry) => entry.identity === identity);
				assert.equal(inExecutions.length, 1, `${identity} emitted ${inExecutions.length} times`);
			}
			assert.deepEqual(
				everyEmitted.map((entry) => entry.identity).sort(),
				[...expected].sort(),
				'exactly the new paid orders, each once; no history',
			);
			assert.ok(!everyEmitted.some((entry) => history.has(entry.identity)));
			// One execution per poll that found new orders: A's and B's.
			assert.equal(executions.length, 2, `executions: ${executions.map((e) => e.id).join(', ')}`);
			for (const execution of executions) {
				assert.equal(execution.status, 'success');
				assert.equal(execution.mode, 'trigger');
				assert.equal(execution.finished, true);
			}
			const [executionA, executionB] = executions;
			assert.deepEqual(emittedIn(executionA).sort(), batchA.map(identityOf).sort());
			assert.deepEqual(emittedIn(executionB).sort(), batchB.map(identityOf).sort());
			// The trigger's position is past both batches.
			const saved = cluster.staticData(WORKFLOW_ID)?.[`node:${TRIGGER_NAME}`] as {
				cursor: { lastChangedMs: number };
			};
			assert.ok(saved.cursor.lastChangedMs >= batchB[0].lastChangedMs);

			// --- enqueued by main, run by a worker ------------------------------------------------
			const ids = executions.map((execution) => execution.id);
			const main = cluster.main!;
			const enqueued = enqueuedByMain(main);
			for (const id of ids) assert.ok(enqueued.has(id), `main did not enqueue ${id}`);
			const [first, second] = cluster.workers.map(ranAsWorker);
			const mainAsWorker = ranAsWorker(main);
			assert.equal(mainAsWorker.started.size, 0, 'main ran no job itself');
			const runBy: Record<string, string> = {};
			for (const id of ids) {
				const workers = [first, second]
					.map((ran, index) => (ran.finished.has(id) ? `worker${index + 1}` : undefined))
					.filter((name) => name !== undefined);
				assert.equal(workers.length, 1, `execution ${id} finished by ${workers.join(', ')}`);
				runBy[id] = workers[0];
			}
			// Workers ran nothing but these (no other execution of any workflow exists here).
			assert.deepEqual(new Set([...first.started, ...second.started]), new Set(ids));
			const workerIds = workerIdsInMainLog(main);
			for (const id of ids) assert.ok(workerIds.has(id), `main saw no worker finish ${id}`);
			figures.executions = executions.map((execution) => ({
				id: execution.id,
				items: emittedIn(execution).length,
				runBy: runBy[execution.id],
				workerIdInMainLog: workerIds.get(execution.id),
			}));

			// --- the polling happened in main only ------------------------------------------------
			// Every request n8n sent to Naver came from a socket of main's process group: the token
			// request and each read of the change feed. The workers sent none: they run the
			// trigger's execution with the items main's poll produced and do not poll again.
			const from = new Map<string, number>();
			for (const request of proxy.seen) from.set(request.from, (from.get(request.from) ?? 0) + 1);
			figures.requestsByProcess = Object.fromEntries(from);
			assert.deepEqual(
				[...from.keys()],
				['main'],
				`requests by process: ${JSON.stringify(Object.fromEntries(from))}`,
			);
			assert.ok(proxy.seen.some((request) => request.path === TOKEN_PATH));
			for (const request of proxy.seen) assert.equal(request.status, 200);
			// One poller on a one-minute schedule: one read of the feed per tick, ticks a minute
			// apart. A poller in every process would read it three times per tick, seconds apart.
			const feedReads = changeFeedRequests();
			const gapsSeconds = feedReads
				.slice(1)
				.map((request, index) => Math.round((request.atMs - feedReads[index].atMs) / 100) / 10);
			figures.changeFeedReads = feedReads.length;
			figures.changeFeedGapsSeconds = gapsSeconds;
			assert.ok(feedReads.length >= 3, `change feed read ${feedReads.length} times`);
			for (const gap of gapsSeconds) assert.ok(gap >= 30, `two feed reads ${gap} s apart`);
			const minutesActive = (Date.now() - activatedMs) / 60_000;
			figures.minutesSinceActivation = Math.round(minutesActive * 10) / 10;
			assert.ok(
				feedReads.length <= Math.ceil(minutesActive) + 1,
				`${feedReads.length} feed reads in ${minutesActive.toFixed(1)} minutes`,
			);
			// The emulator's own counters agree: every API call it got went through the proxy.
			assert.equal(emulator.stats.byRoute['productOrders.lastChangedStatuses'], feedReads.length);
			assert.equal(
				emulator.stats.apiRequests,
				proxy.seen.filter((request) => request.path !== TOKEN_PATH).length,
			);
			figures.tokenRequests = emulator.stats.tokenRequests;

			figures.secondsToBatchA = Math.round((batchASeenMs - testStarted) / 1000);
			figures.secondsToBatchB = Math.round((batchBSeenMs - batchASeenMs) / 1000);
			figures.testSeconds = Math.round((Date.now() - testStarted) / 1000);
			docFigures.passed();
		});

		test('after stopping: only main had the poll schedule; no secret in any output', async () => {
			// n8n logs its crons (at info level) only when it drops them: stop the cluster and read
			// which process had the trigger's poll schedule. Only main does; workers have none.
			await cluster.stop();
			const cronsOf = (process_: N8nProcess) =>
				process_
					.logLines()
					.filter(
						(line) =>
							line.message === 'Deregistered all crons' && line.metadata?.groupId === WORKFLOW_ID,
					);
			const mainCrons = cronsOf(cluster.main!);
			assert.equal(mainCrons.length, 1, 'main dropped the poll schedule once');
			const crons = mainCrons[0].metadata?.crons as string[];
			assert.equal(crons.length, 1);
			assert.match(crons[0], /^\d{1,2} \* \* \* \* \*$/, 'every minute');
			figures.mainCron = crons[0];
			// …and every read of the change feed came right after that second of a minute.
			const cronSecond = Number(crons[0].split(' ')[0]);
			const lateSeconds = changeFeedRequests().map(
				(request) => (((request.atMs / 1000 - cronSecond) % 60) + 60) % 60,
			);
			figures.feedReadSecondsAfterCron = lateSeconds.map((late) => Math.round(late * 10) / 10);
			for (const late of lateSeconds) assert.ok(late < 15, `a feed read ${late} s after the cron`);
			for (const worker of cluster.workers) {
				assert.ok(!worker.running);
				assert.equal(cronsOf(worker).length, 0, `${worker.name} had a poll schedule`);
				assert.doesNotMatch(worker.text, /crons/);
			}

			const output = cluster.allOutput();
			assert.ok(output.length > 1_000);
			assert.ok(!output.includes(DEFAULT_APP.clientSecret));
			assert.ok(!output.includes('client_secret_sign='));
			docFigures.passed();
		});
	},
);
