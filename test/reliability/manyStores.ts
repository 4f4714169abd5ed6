/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Many stores of one application (a solution provider, one SELLER credential per store), each
 * running its daily job at once against Naver's rate limit, which counts per application and API
 * (restriction.md, 요청량 제한: "개별 API와 인증된 애플리케이션 단위로"). Shared by the measurement
 * (scripts/benchManyStores.ts) and the test (test/reliability/manyStores.test.ts).
 *
 * The emulator runs in the calling process with one bucket per application and API (5 requests a
 * second, burst 10) and a store of its own for each of the 20 sellers, each holding 120 new paid
 * product orders. Each store's daily job is one execution through n8n-core (the harness's
 * runNaverCommerceWorkflow): Get Many Changed (PAYED, since 23 hours ago) → Get → Keep the paid,
 * not yet confirmed ones (as an IF node would) → Confirm, with the store's SELLER credential.
 *
 * The jobs run in worker processes, forked from this file: one process for all 20 stores (one
 * n8n), or four with 5 stores each (queue-mode workers: each its own Node process with its own
 * module state, token cache and pacing, drawing on the one bucket). Workers load n8n-core and the
 * node first and say so; then every worker is sent its stores at the same moment, and the wall time
 * runs from then until the last worker has answered.
 */
import { fork, type ChildProcess } from 'node:child_process';

import {
	type EmulatorApp,
	type EmulatorStats,
	type NaverCommerceEmulator,
	startEmulator,
} from '../emulator/server';

export const STORES = 20;
export const ORDERS_PER_STORE = 120;
/** The bucket: requests per second per application and API, and what it holds (2 × rate). */
export const RATE_PER_SECOND = 5;
export const BURST = 2 * RATE_PER_SECOND;
/** What Naver answers at most per request: 300 changes or details, 30 confirmations. */
const CHANGES_PER_PAGE = 300;
const DETAILS_PER_REQUEST = 300;
const CONFIRMS_PER_REQUEST = 30;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The solution provider's application, linked to 20 stores. Exists only in the emulator. */
export const PROVIDER_APP: EmulatorApp = {
	clientId: '4nManyStoresProvider01',
	clientSecret: '$2a$04$ManyStoresAppSecret00u',
	linkedSellers: Array.from(
		{ length: STORES },
		(_, index) => `store_${String(index + 1).padStart(2, '0')}`,
	),
};

/** The routes of the job's three APIs, as the emulator names them. */
export const JOB_ROUTES = {
	changes: 'productOrders.lastChangedStatuses',
	details: 'productOrders.query',
	confirm: 'productOrders.confirm',
} as const;

/** What one store's execution produced, as a worker reports it. */
export interface StoreJobResult {
	accountId: string;
	/** The execution's error message; undefined when it succeeded. */
	error?: string;
	changes: number;
	details: number;
	kept: number;
	/** Confirm's output items: one per product order when the execution succeeded. */
	confirmOutcomes: Array<{ productOrderId: string; success: boolean; code?: string }>;
}

/** The daily job's nodes after Input. */
function dailyJobSteps(sinceMs: number) {
	return [
		{
			name: 'Get Many Changed',
			parameters: {
				resource: 'productOrder',
				operation: 'getManyChanged',
				lastChangedFrom: new Date(sinceMs).toISOString(),
				lastChangedTypes: ['PAYED'],
				returnAll: true,
			},
		},
		{
			name: 'Get',
			parameters: {
				resource: 'productOrder',
				operation: 'get',
				productOrderIds: '={{ $json.productOrderId }}',
			},
		},
		{
			name: 'Paid, Not Confirmed',
			keep: {
				'productOrder.productOrderStatus': 'PAYED',
				'productOrder.placeOrderStatus': 'NOT_YET',
			},
		},
		{
			name: 'Confirm',
			parameters: {
				resource: 'productOrder',
				operation: 'confirm',
				productOrderIds: '={{ $json.productOrder.productOrderId }}',
			},
		},
	];
}

/** Every given store's daily job at once in this process, each its own execution. */
async function runStoreJobs(
	baseUrl: string,
	accountIds: string[],
	sinceMs: number,
): Promise<StoreJobResult[]> {
	const { credentialsFor, runNaverCommerceWorkflow } = await import('../helpers/n8nHarness');
	return await Promise.all(
		accountIds.map(async (accountId): Promise<StoreJobResult> => {
			// One n8n: each store's credential in its store, the process's token cache kept.
			const helper = credentialsFor(
				baseUrl,
				{ ...PROVIDER_APP, type: 'SELLER', accountId },
				{ sameProcess: true },
			);
			const result = await runNaverCommerceWorkflow({
				credentialsHelper: helper,
				steps: dailyJobSteps(sinceMs),
			});
			const count = (name: string) => result.outputs[name]?.length ?? 0;
			return {
				accountId,
				error: result.error?.message,
				changes: count('Get Many Changed'),
				details: count('Get'),
				kept: count('Paid, Not Confirmed'),
				confirmOutcomes: (result.outputs.Confirm ?? []).map(({ json }) => ({
					productOrderId: String(json.productOrderId),
					success: json.success === true,
					...(json.code === undefined ? {} : { code: String(json.code) }),
				})),
			};
		}),
	);
}

type ToWorker = { baseUrl: string; accountIds: string[]; sinceMs: number };
type FromWorker =
	| { ready: true }
	| { results: StoreJobResult[]; cpuMs: number }
	| { failure: string };

/** A worker process: loads n8n-core and the node, says so, runs the stores it is sent, answers. */
async function serveAsWorker(): Promise<void> {
	await import('../helpers/n8nHarness');
	process.once('message', (message: ToWorker) => {
		const cpu = process.cpuUsage();
		runStoreJobs(message.baseUrl, message.accountIds, message.sinceMs).then(
			(results) => {
				const used = process.cpuUsage(cpu);
				const cpuMs = (used.user + used.system) / 1000;
				process.send!({ results, cpuMs } satisfies FromWorker, () => process.exit(0));
			},
			(error: unknown) =>
				process.send!({ failure: String(error) } satisfies FromWorker, () => process.exit(1)),
		);
	});
	process.send!({ ready: true } satisfies FromWorker);
}

if (process.env.MANY_STORES_WORKER === '1' && process.send) {
	serveAsWorker().catch((error: unknown) => {
		process.send!({ failure: String(error) } satisfies FromWorker, () => process.exit(1));
	});
}

function startWorker(): { child: ChildProcess; next: () => Promise<FromWorker> } {
	const child = fork(__filename, [], {
		env: { ...process.env, MANY_STORES_WORKER: '1' },
		execArgv: ['--import', 'tsx'],
	});
	const waiting: Array<(message: FromWorker) => void> = [];
	const early: FromWorker[] = [];
	child.on('message', (message: FromWorker) => {
		const resolve = waiting.shift();
		if (resolve) resolve(message);
		else early.push(message);
	});
	child.on('exit', (code) => {
		for (const resolve of waiting.splice(0))
			resolve({ failure: `worker exited with code ${code}` });
	});
	return {
		child,
		next: async () =>
			early.length > 0
				? early.shift()!
				: await new Promise<FromWorker>((resolve) => waiting.push(resolve)),
	};
}

export interface ApiMinimum {
	route: string;
	/** The fewest requests the jobs need of this API. */
	requests: number;
	/** (requests − burst) / rate, and never below 0: the bucket's floor for this API alone. */
	seconds: number;
}

export interface ModeFigures {
	processes: number;
	stores: number;
	orders: number;
	stats: EmulatorStats;
	/** From sending every worker its stores to the last worker's answer. */
	wallMs: number;
	/** CPU time (user + system) the worker processes spent on the jobs, all together. */
	workerCpuMs: number;
	minimumByApi: ApiMinimum[];
	/** The largest of minimumByApi (the three APIs run at the same time, each in its own bucket). */
	minimumMs: number;
	/** Token requests of the store that made the most (each store runs in one process). */
	maxTokenRequestsPerStore: number;
	/** Product orders confirmed exactly once, more than once, never. */
	confirmedOnce: number;
	confirmedTwice: number;
	notConfirmed: number;
	/** Product orders whose Confirm outcome is reported by exactly one output item. */
	outcomesReportedOnce: number;
	executionsFailed: number;
	/** The distinct error messages of failed executions. */
	failures: string[];
	results: StoreJobResult[];
}

/**
 * The fewest requests of each API the jobs need, and the bucket's floor for each. Store by store:
 * one change-feed request per 24-hour window and 300 changes (at least one per window), one details
 * request per 300 product orders, one Confirm per 30 paid ones. N requests of one API, at rate r
 * with burst b (the bucket starts full), take at least (N − b) / r seconds: b go at once, then one
 * every 1/r s. The three APIs each have their own bucket and run at the same time (store A confirms
 * while store B still reads), so the job's floor is the largest of the three.
 */
export function bucketMinimum(
	emulator: NaverCommerceEmulator,
	sinceMs: number,
	untilMs: number,
): ApiMinimum[] {
	let changes = 0;
	let details = 0;
	let confirms = 0;
	for (const accountId of PROVIDER_APP.linkedSellers!) {
		const orders = emulator
			.sellerStore(accountId)
			.productOrders.filter(
				(order) =>
					order.lastChangedType === 'PAYED' &&
					order.lastChangedMs >= sinceMs &&
					order.lastChangedMs <= untilMs,
			);
		for (let start = sinceMs; start <= untilMs; start += DAY_MS) {
			const inWindow = orders.filter(
				(order) => order.lastChangedMs >= start && order.lastChangedMs < start + DAY_MS,
			).length;
			changes += Math.max(1, Math.ceil(inWindow / CHANGES_PER_PAGE));
		}
		details += Math.ceil(orders.length / DETAILS_PER_REQUEST);
		const confirmable = orders.filter(
			(order) =>
				order.productOrderStatus === 'PAYED' &&
				order.placeOrderStatus === 'NOT_YET' &&
				!(order.claimStatus ?? '').endsWith('_REQUEST'),
		).length;
		confirms += Math.ceil(confirmable / CONFIRMS_PER_REQUEST);
	}
	return [
		[JOB_ROUTES.changes, changes],
		[JOB_ROUTES.details, details],
		[JOB_ROUTES.confirm, confirms],
	].map(([route, requests]) => ({
		route: route as string,
		requests: requests as number,
		seconds: Math.max(0, ((requests as number) - BURST) / RATE_PER_SECOND),
	}));
}

/**
 * One mode: a fresh emulator (every store's orders new again, the bucket full), `processes`
 * workers, the stores split evenly among them, all started at once.
 */
export async function runMode(
	processes: number,
	options: { checkAnswers?: boolean } = {},
): Promise<ModeFigures> {
	const emulator = await startEmulator({
		apps: [PROVIDER_APP],
		rateLimitPerSecond: RATE_PER_SECOND,
		storePerSeller: true,
		paidOrdersOnly: true,
		productOrders: ORDERS_PER_STORE,
		spanHours: 22,
		checkAnswers: options.checkAnswers,
	});
	const workers = Array.from({ length: processes }, () => startWorker());
	try {
		const sellers = PROVIDER_APP.linkedSellers!;
		// Seeded before the clock starts: on Naver the stores exist before the jobs run.
		for (const accountId of sellers) emulator.sellerStore(accountId);
		const orders = sellers.flatMap((accountId) => emulator.sellerStore(accountId).productOrders);
		for (const worker of workers) {
			const message = await worker.next();
			if ('failure' in message) throw new Error(`a worker did not start: ${message.failure}`);
		}
		emulator.resetStats();
		const sinceMs = Date.now() - 23 * HOUR_MS;
		// Read from the stores before the jobs confirm their orders.
		const minimumByApi = bucketMinimum(emulator, sinceMs, Date.now());
		const perWorker = Math.ceil(sellers.length / processes);
		const started = performance.now();
		const answers = workers.map((worker, index) => {
			worker.child.send({
				baseUrl: emulator.baseUrl,
				accountIds: sellers.slice(index * perWorker, (index + 1) * perWorker),
				sinceMs,
			} satisfies ToWorker);
			return worker.next();
		});
		const results: StoreJobResult[] = [];
		let workerCpuMs = 0;
		for (const message of await Promise.all(answers)) {
			if (!('results' in message))
				throw new Error(`a worker failed: ${'failure' in message ? message.failure : ''}`);
			results.push(...message.results);
			workerCpuMs += message.cpuMs;
		}
		const wallMs = performance.now() - started;
		const stats = structuredClone(emulator.stats);

		const times = orders.map((order) => stats.confirmations[order.productOrderId] ?? 0);
		const reported = new Map<string, number>();
		for (const result of results) {
			for (const outcome of result.confirmOutcomes)
				reported.set(outcome.productOrderId, (reported.get(outcome.productOrderId) ?? 0) + 1);
		}
		const failed = results.filter((result) => result.error !== undefined);
		return {
			processes,
			stores: sellers.length,
			orders: orders.length,
			stats,
			wallMs,
			workerCpuMs,
			minimumByApi,
			minimumMs: Math.max(...minimumByApi.map((api) => api.seconds)) * 1000,
			maxTokenRequestsPerStore: Math.max(
				0,
				...sellers.map(
					(accountId) =>
						stats.tokenRequestsByAccount[`${PROVIDER_APP.clientId}|SELLER:${accountId}`] ?? 0,
				),
			),
			confirmedOnce: times.filter((count) => count === 1).length,
			confirmedTwice: times.filter((count) => count > 1).length,
			notConfirmed: times.filter((count) => count === 0).length,
			outcomesReportedOnce: orders.filter((order) => reported.get(order.productOrderId) === 1)
				.length,
			executionsFailed: failed.length,
			failures: [...new Set(failed.map((result) => result.error!))],
			results,
		};
	} finally {
		for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill();
		await emulator.stop();
	}
}

/** A mode's figures, one line each, for a test's diagnostics. */
export function describeMode(figures: ModeFigures): string[] {
	const { stats } = figures;
	const share = stats.apiRequests === 0 ? 0 : stats.rateLimited / stats.apiRequests;
	return [
		`${figures.processes} process(es), ${figures.stores} stores, ${figures.orders} orders`,
		`answers ${stats.apiRequests}, 429 ${stats.rateLimited} (${(share * 100).toFixed(1)} %), by API ${JSON.stringify(stats.rateLimitedByRoute)}`,
		`wall ${(figures.wallMs / 1000).toFixed(1)} s, minimum ${(figures.minimumMs / 1000).toFixed(1)} s (${(figures.wallMs / figures.minimumMs).toFixed(2)}×), worker CPU ${(figures.workerCpuMs / 1000).toFixed(1)} s`,
		`token requests ${stats.tokenRequests}, at most ${figures.maxTokenRequestsPerStore} per store`,
		`confirmed once ${figures.confirmedOnce} / ${figures.orders}, twice or more ${figures.confirmedTwice}, 105306 ${stats.alreadyConfirmed}, outcomes reported once ${figures.outcomesReportedOnce}`,
		`executions failed ${figures.executionsFailed} / ${figures.stores}${figures.failures.length > 0 ? `: ${figures.failures.slice(0, 2).join(' | ')}` : ''}`,
	];
}
