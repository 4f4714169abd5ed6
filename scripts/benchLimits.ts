/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * `npx tsx scripts/benchLimits.ts [--write-docs]` (part of `npm run bench`): figures at Naver's
 * limits, measured through n8n-core against the local emulator in one run on this machine. Prints a
 * table (with --write-docs also written into docs/performance.md); asserts nothing (the tests assert the counts: test/reliability/tokenSharing.test.ts, pacing.test.ts).
 *
 *   1. Token requests when 50 executions start at once on an empty token cache, in one process.
 *   2. A long job at the rate limit: 5,000 requests at 200/s (burst 400), the shape of 5,000 at
 *      2/s (burst 4) in 1/100 of the time: share answered 429, wall time against the bucket's
 *      minimum (N − burst) / rate.
 *   3. Details of 30,000 product orders (100 requests of 300 IDs) with 80 ms added to every answer:
 *      wall time against max(N / rate, N × RTT / concurrency), order of the output, memory.
 */
import { fork } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { READ_CONCURRENCY } from '../nodes/NaverCommerce/helpers/concurrency';
import { clearPacing } from '../nodes/NaverCommerce/transport/pacing';
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../test/emulator/server';
import { credentialsFor, runNaverCommerceNode } from '../test/helpers/n8nHarness';
import { markdownTable, startBenchRun } from './benchTable';

const send = (parameters: Record<string, unknown>) => ({
	resource: 'apiRequest',
	operation: 'send',
	method: 'GET',
	...parameters,
});
const ACCOUNT = send({ path: '/v1/seller/account' });

/** Node's gc(), without --expose-gc on the command line, for the memory figures. */
const gc = (() => {
	try {
		setFlagsFromString('--expose-gc');
		return runInNewContext('gc') as () => void;
	} catch {
		return undefined;
	}
})();

const fixed = (value: number, digits = 2) => value.toFixed(digits);
const mb = (bytes: number) => `${fixed(bytes / 2 ** 20, 1)} MB`;
/** User + system CPU of a process.cpuUsage() reading or difference, in ms. */
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

async function tokenBurst(emulator: NaverCommerceEmulator): Promise<string[][]> {
	const rows: string[][] = [];
	for (const [label, warm] of [
		['a fresh process', false],
		['the API already in use', true],
	] as const) {
		clearPacing();
		emulator.expireAllTokens();
		if (warm) {
			await runNaverCommerceNode({
				credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
				parameters: ACCOUNT,
			});
		}
		emulator.resetStats();
		// A new credential store with an empty token, and an empty token cache in this process.
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		const results = await Promise.all(
			Array.from({ length: 50 }, () =>
				runNaverCommerceNode({ credentialsHelper: helper, parameters: ACCOUNT }),
			),
		);
		const failed = results.filter((result) => result.error).length;
		rows.push([
			`Token requests, 50 executions at once on an empty token cache (${label})`,
			String(emulator.stats.tokenRequests),
			'goal 1 per process',
			failed === 0 ? '50 / 50 succeeded' : `${failed} failed`,
		]);
	}
	return rows;
}

async function longJob(emulator: NaverCommerceEmulator): Promise<string[][]> {
	const requests = 5_000;
	const rate = 200;
	const burst = rate * 2;
	clearPacing();
	const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
	await runNaverCommerceNode({ credentialsHelper: helper, parameters: ACCOUNT });
	emulator.rateLimitPerSecond = rate;
	// A full bucket at the start, as after a quiet moment.
	await new Promise((resolve) => setTimeout(resolve, 2_500));
	emulator.resetStats();
	const started = performance.now();
	const result = await runNaverCommerceNode({
		credentialsHelper: helper,
		inputItems: Array.from({ length: requests }, () => ({})),
		parameters: send({ path: '/v1/seller/channels' }),
	});
	const wallMs = performance.now() - started;
	emulator.rateLimitPerSecond = undefined;
	if (result.error) throw new Error(`long job: ${result.error.message}`);
	const limited = emulator.stats.rateLimited;
	const minimumMs = ((requests - burst) / rate) * 1000;
	return [
		[
			`${requests} requests at ${rate}/s (burst ${burst}): answered 429`,
			`${limited} (${fixed((limited / (requests + limited)) * 100)} %)`,
			'goal ≤ 1 %',
			limited / (requests + limited) <= 0.01 ? 'met' : 'NOT met',
		],
		[
			`${requests} requests at ${rate}/s: wall time (s)`,
			fixed(wallMs / 1000, 1),
			`${fixed(minimumMs / 1000, 1)} = (N − burst) / rate`,
			`${fixed(wallMs / minimumMs)}× (goal ≤ 1.1×)`,
		],
	];
}

/** What the benchmark asks of the emulator it runs in a child process. */
type EmulatorCommand =
	| { command: 'rate'; perSecond?: number }
	| { command: 'latency'; ms: number }
	| { command: 'reset' }
	| { command: 'stats' };

/**
 * The emulator of the details figures runs in its own process, as Naver runs on its own machines:
 * building 300 records an answer (1.1 MB of JSON) and checking it against the contract cost the
 * emulator more CPU than the node spends, and in one process that cost would be timed as the
 * node's. The CPU of both processes is printed beside each run.
 */
async function emulatorProcess(options: { productOrders: number; latencyMs: number }) {
	const child = fork(__filename, [], {
		env: { ...process.env, BENCH_LIMITS_EMULATOR: JSON.stringify(options) },
		execArgv: process.execArgv,
	});
	const replies: Array<(value: unknown) => void> = [];
	child.on('message', (message) => replies.shift()?.(message));
	const ask = async <T>(message?: EmulatorCommand): Promise<T> =>
		await new Promise<T>((resolve) => {
			replies.push(resolve as (value: unknown) => void);
			if (message) child.send(message);
		});
	const { baseUrl, ids } = await ask<{ baseUrl: string; ids: string[] }>();
	return {
		baseUrl,
		ids,
		setRate: async (perSecond?: number) => await ask({ command: 'rate', perSecond }),
		setLatency: async (ms: number) => await ask({ command: 'latency', ms }),
		reset: async () => await ask({ command: 'reset' }),
		stats: async () =>
			await ask<NaverCommerceEmulator['stats'] & { cpuMs: number }>({ command: 'stats' }),
		stop: () => child.kill(),
	};
}

async function serveEmulatorToParent(options: { productOrders: number; latencyMs: number }) {
	// Naver answers from its own machines: here the answers are built once (the warm-up run) and
	// served again, and not checked against the contract (the suite checks them), so that what
	// is timed is the node and the round trips, not the emulator sharing this machine's two cores.
	const emulator = await startEmulator({
		...options,
		checkAnswers: false,
		cacheAnswersOf: ['productOrders.query'],
	});
	let cpuAtReset = process.cpuUsage();
	process.on('message', (message: EmulatorCommand) => {
		if (message.command === 'rate') emulator.rateLimitPerSecond = message.perSecond;
		if (message.command === 'latency') emulator.latencyMs = message.ms;
		if (message.command === 'reset') emulator.resetStats();
		if (message.command === 'reset') cpuAtReset = process.cpuUsage();
		process.send!(
			message.command === 'stats'
				? { ...emulator.stats, cpuMs: cpuMs(process.cpuUsage(cpuAtReset)) }
				: {},
		);
	});
	process.send!({
		baseUrl: emulator.baseUrl,
		ids: emulator.store.productOrders.map((order) => order.productOrderId),
	});
}

async function details(): Promise<string[][]> {
	const productOrders = 30_000;
	const emulator = await emulatorProcess({ productOrders, latencyMs: 0 });
	try {
		const rows: string[][] = [];
		const ids = [...emulator.ids].reverse();
		// 100 input items of 300 IDs each; the details come back in the items' order.
		const items = Array.from({ length: 100 }, (_, index) => ({
			ids: ids.slice(index * 300, (index + 1) * 300).join(','),
		}));
		const parameters = {
			resource: 'productOrder',
			operation: 'get',
			productOrderIds: '={{ $json.ids }}',
		};
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		await runNaverCommerceNode({ credentialsHelper: helper, parameters: ACCOUNT });
		// Warm-up of both processes (JIT, sockets): not what is measured.
		await runNaverCommerceNode({ credentialsHelper: helper, inputItems: items, parameters });
		// With no latency added, the time is what both processes spend in CPU: the floor here.
		for (const [rate, latencyMs] of [
			[undefined, 0],
			[undefined, 80],
			[20, 80],
		] as const) {
			clearPacing();
			await emulator.setRate(rate);
			await emulator.setLatency(latencyMs);
			await new Promise((resolve) => setTimeout(resolve, 2_500));
			await emulator.reset();
			gc?.();
			const heapBefore = process.memoryUsage().heapUsed;
			const cpuBefore = process.cpuUsage();
			const started = performance.now();
			const result = await runNaverCommerceNode({
				credentialsHelper: helper,
				inputItems: items,
				parameters,
			});
			const wallMs = performance.now() - started;
			const nodeCpuMs = cpuMs(process.cpuUsage(cpuBefore));
			const heapAfter = process.memoryUsage().heapUsed;
			if (result.error) throw new Error(`details: ${result.error.message}`);
			const output = result.items!.map(
				(item) => (item.json.productOrder as { productOrderId: string }).productOrderId,
			);
			const inOrder =
				output.length === ids.length && output.every((id, index) => id === ids[index]);
			const stats = await emulator.stats();
			const requests = stats.byRoute['productOrders.query'];
			const bucketMs = rate ? (requests / rate) * 1000 : 0;
			const roundTripsMs = (requests * latencyMs) / READ_CONCURRENCY;
			const boundMs = Math.max(bucketMs, roundTripsMs);
			// Each lane waits for its answer, then both processes spend CPU on it (the emulator
			// serialises 1.1 MB, n8n-core parses it) before the lane sends again: the bound with
			// the CPU per answer that this run measured.
			const laneMs =
				(requests / READ_CONCURRENCY) * (latencyMs + (nodeCpuMs + stats.cpuMs) / requests);
			const label = rate ? `at ${rate}/s (burst ${rate * 2})` : 'no rate limit';
			rows.push(
				[
					`Details of ${productOrders} product orders, ${latencyMs} ms RTT, ${label}: requests`,
					String(requests),
					`${Math.ceil(productOrders / 300)} = ceil(N / 300)`,
					`${stats.rateLimited} answered 429; output in input order: ${inOrder ? 'yes' : 'NO'}`,
				],
				[
					`… wall time (s), ${READ_CONCURRENCY} at a time`,
					fixed(wallMs / 1000, 2),
					latencyMs === 0
						? 'the CPU floor: n8n-core and the emulator, no waiting'
						: `${fixed(boundMs / 1000, 2)} = max(N / rate, N × RTT / ${READ_CONCURRENCY}); one at a time ≥ ${fixed((requests * latencyMs) / 1000, 1)}`,
					latencyMs === 0
						? ''
						: `${fixed(wallMs / boundMs)}× (goal ≤ 1.2×); ${fixed(wallMs / Math.max(bucketMs, laneMs))}× of max(N / rate, N / ${READ_CONCURRENCY} × (RTT + CPU per answer))`,
				],
				[
					'… CPU (s) of the node’s process, of the emulator’s',
					`${fixed(nodeCpuMs / 1000, 2)}, ${fixed(stats.cpuMs / 1000, 2)}`,
					'',
					'',
				],
				[
					'… heapUsed before → after the run (30,000 output items held)',
					`${mb(heapBefore)} → ${mb(heapAfter)}`,
					'',
					`+${mb(heapAfter - heapBefore)}`,
				],
			);
		}
		return rows;
	} finally {
		emulator.stop();
	}
}

async function main(): Promise<void> {
	const run = startBenchRun();
	const emulator = await startEmulator();
	let rows: string[][];
	try {
		rows = [...(await tokenBurst(emulator)), ...(await longJob(emulator))];
	} finally {
		await emulator.stop();
	}
	rows.push(...(await details()));
	const header = ['Measure (at Naver’s limits)', 'Node', 'Minimum / goal', 'Ratio'];
	run.finish([
		{ file: 'docs/performance.md', id: 'bench/limits', markdown: markdownTable(header, rows) },
	]);
}

const childOptions = process.env.BENCH_LIMITS_EMULATOR;
(childOptions ? serveEmulatorToParent(JSON.parse(childOptions)) : main()).catch(
	(error: unknown) => {
		console.error(error);
		process.exitCode = 1;
	},
);
