/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * `npx tsx scripts/benchBigStore.ts [--write-docs]` (part of `npm run bench`): a big store's day. One execution
 * takes every product-order change of the last 24 hours through Get Many Changed → Get → Confirm,
 * through n8n-core against the emulator seeded with that many changes, at 10,000 and at 100,000
 * changes. Prints calls per API against the minimum, wall time, peak memory and how the cost per
 * change grows (with --write-docs also into docs/performance.md); asserts nothing.
 *
 * The three nodes run as three chained executions of the harness (test/helpers/n8nHarness.ts runs
 * Input → Naver Commerce): each node's output items are the next one's input, and between Get and
 * Confirm the paid product orders not yet confirmed are kept, as an IF node would keep them.
 *
 * Each scale runs in a fresh process (so its peak RSS is its own) and the emulator in another
 * (as Naver runs on its own machines: serving 300 records per answer and checking each answer
 * against the contract would otherwise be timed as the node's work).
 */
import { fork } from 'node:child_process';

import type { IDataObject } from 'n8n-workflow';

import { DEFAULT_APP, startEmulator } from '../test/emulator/server';
import { credentialsFor, runNaverCommerceNode } from '../test/helpers/n8nHarness';
import { markdownTable, startBenchRun } from './benchTable';

const DAY_MS = 24 * 60 * 60 * 1000;
const SCALES = [10_000, 100_000];

/** What the emulator process tells the bench about the store it seeded. */
interface SeededStore {
	baseUrl: string;
	changedMs: number[];
	/** Paid, no open claim, not yet confirmed: what Confirm can confirm. */
	confirmable: number;
}

interface StageFigures {
	stage: string;
	wallMs: number;
	calls: number;
	minimum: number;
	minimumText: string;
	items: number;
}

interface ScaleFigures {
	changes: number;
	stages: StageFigures[];
	wallMs: number;
	peakRssBytes: number;
	emulatorPeakRssBytes: number;
	confirmed: number;
	confirmable: number;
	rateLimited: number;
}

type EmulatorCommand =
	| { command: 'reset' }
	| { command: 'stats' }
	| { command: 'memory' }
	| { command: 'stop' };

async function emulatorProcess(productOrders: number) {
	const child = fork(__filename, [], {
		env: { ...process.env, BENCH_BIG_STORE_EMULATOR: String(productOrders) },
		execArgv: process.execArgv,
	});
	const replies: Array<(value: unknown) => void> = [];
	child.on('message', (message) => replies.shift()?.(message));
	const ask = async <T>(message?: EmulatorCommand): Promise<T> =>
		await new Promise<T>((resolve) => {
			replies.push(resolve as (value: unknown) => void);
			if (message) child.send(message);
		});
	const seeded = await ask<SeededStore>();
	return {
		...seeded,
		reset: async () => await ask({ command: 'reset' }),
		stats: async () =>
			await ask<{ byRoute: Record<string, number>; rateLimited: number }>({ command: 'stats' }),
		peakRss: async () => await ask<number>({ command: 'memory' }),
		// Asked, not killed, so that a `node --cpu-prof` run writes the emulator's profile too.
		stop: () => child.send({ command: 'stop' } satisfies EmulatorCommand),
	};
}

async function serveEmulatorToParent(productOrders: number): Promise<void> {
	const emulator = await startEmulator({ productOrders, spanHours: 24 });
	process.on('message', (message: EmulatorCommand) => {
		if (message.command === 'stop') process.exit(0);
		if (message.command === 'reset') emulator.resetStats();
		if (message.command === 'memory') {
			process.send!(process.resourceUsage().maxRSS * 1024);
			return;
		}
		process.send!(message.command === 'stats' ? emulator.stats : {});
	});
	const orders = emulator.store.productOrders;
	process.send!({
		baseUrl: emulator.baseUrl,
		changedMs: orders.map((order) => order.lastChangedMs),
		// The emulator's Confirm rule (routes/productOrders.ts): PAYED, no claim requested or
		// cancelled, 발주 확인 not done yet.
		confirmable: orders.filter(
			(order) =>
				order.productOrderStatus === 'PAYED' &&
				!(order.claimStatus ?? '').endsWith('_REQUEST') &&
				order.placeOrderStatus === 'NOT_YET',
		).length,
	} satisfies SeededStore);
}

/** As an IF node after Get would keep them: paid, no claim open, not confirmed yet. */
function isConfirmable(item: IDataObject): boolean {
	const productOrder = item.productOrder as IDataObject | undefined;
	return (
		productOrder?.productOrderStatus === 'PAYED' &&
		!String(productOrder.claimStatus ?? '').endsWith('_REQUEST') &&
		productOrder.placeOrderStatus === 'NOT_YET'
	);
}

async function runScale(changes: number): Promise<ScaleFigures> {
	const emulator = await emulatorProcess(changes);
	let peakRssBytes = 0;
	const sample = () => (peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss));
	const sampler = setInterval(sample, 20);
	try {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		// Token and module loading are not what is measured.
		await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: {
				resource: 'apiRequest',
				operation: 'send',
				method: 'GET',
				path: '/v1/seller/account',
			},
		});
		const fromMs = emulator.changedMs.reduce((min, ms) => Math.min(min, ms), Infinity);
		// The seeded day is one 24-hour window (the store seeds changes over the 24 hours before
		// it started, after the first change).
		const toMs = Math.min(Date.now(), fromMs + DAY_MS - 1);
		// The floor for 24-hour windows of 300-record pages: each window costs
		// ceil(changes in it / 300) calls, and at least one.
		let windowFloor = 0;
		let windows = 0;
		for (let start = fromMs; start <= toMs; start += DAY_MS) {
			const end = Math.min(toMs, start + DAY_MS - 1);
			const inWindow = emulator.changedMs.filter((ms) => ms >= start && ms <= end).length;
			windowFloor += Math.max(1, Math.ceil(inWindow / 300));
			windows += 1;
		}
		await emulator.reset();
		const stages: StageFigures[] = [];
		const stage = async (
			name: string,
			route: string,
			minimum: number,
			minimumText: string,
			run: () => ReturnType<typeof runNaverCommerceNode>,
		) => {
			const before = (await emulator.stats()).byRoute[route] ?? 0;
			const started = performance.now();
			const result = await run();
			const wallMs = performance.now() - started;
			sample();
			if (result.error) throw new Error(`${name}: ${result.error.message}`);
			const calls = ((await emulator.stats()).byRoute[route] ?? 0) - before;
			stages.push({
				stage: name,
				wallMs,
				calls,
				minimum,
				minimumText,
				items: result.items!.length,
			});
			return result.items!;
		};

		const started = performance.now();
		const changed = await stage(
			'Get Many Changed',
			'productOrders.lastChangedStatuses',
			windowFloor,
			`${windowFloor} = ceil(changes / 300) per window, ${windows} window(s) of 24 h`,
			async () =>
				await runNaverCommerceNode({
					credentialsHelper: helper,
					parameters: {
						resource: 'productOrder',
						operation: 'getManyChanged',
						lastChangedFrom: new Date(fromMs).toISOString(),
						lastChangedTo: new Date(toMs).toISOString(),
						returnAll: true,
					},
				}),
		);
		const details = await stage(
			'Get',
			'productOrders.query',
			Math.ceil(changed.length / 300),
			`${Math.ceil(changed.length / 300)} = ceil(${changed.length} / 300)`,
			async () =>
				await runNaverCommerceNode({
					credentialsHelper: helper,
					inputItems: changed.map((item) => item.json),
					parameters: {
						resource: 'productOrder',
						operation: 'get',
						productOrderIds: '={{ $json.productOrderId }}',
					},
				}),
		);
		const paid = details.map((item) => item.json).filter(isConfirmable);
		const confirmedItems = await stage(
			'Confirm',
			'productOrders.confirm',
			Math.ceil(emulator.confirmable / 30),
			`${Math.ceil(emulator.confirmable / 30)} = ceil(${emulator.confirmable} paid / 30)`,
			async () =>
				await runNaverCommerceNode({
					credentialsHelper: helper,
					inputItems: paid,
					parameters: {
						resource: 'productOrder',
						operation: 'confirm',
						productOrderIds: '={{ $json.productOrder.productOrderId }}',
					},
				}),
		);
		const wallMs = performance.now() - started;
		const stats = await emulator.stats();
		return {
			changes,
			stages,
			wallMs,
			peakRssBytes: Math.max(peakRssBytes, process.resourceUsage().maxRSS * 1024),
			emulatorPeakRssBytes: await emulator.peakRss(),
			confirmed: confirmedItems.filter((item) => item.json.success === true).length,
			confirmable: emulator.confirmable,
			rateLimited: stats.rateLimited,
		};
	} finally {
		clearInterval(sampler);
		emulator.stop();
	}
}

/** Runs one scale in a fresh process, so the peak RSS measured is that scale's alone. */
async function runScaleInProcess(changes: number): Promise<ScaleFigures> {
	const child = fork(__filename, [], {
		env: { ...process.env, BENCH_BIG_STORE_SCALE: String(changes) },
		execArgv: process.execArgv,
	});
	return await new Promise<ScaleFigures>((resolve, reject) => {
		child.once('message', (message) => resolve(message as ScaleFigures));
		child.once('exit', (code) => reject(new Error(`the ${changes}-change run exited ${code}`)));
	});
}

const fixed = (value: number, digits = 2) => value.toFixed(digits);
const mb = (bytes: number) => `${fixed(bytes / 2 ** 20, 0)} MB`;

async function main(): Promise<void> {
	const run = startBenchRun();
	const results: ScaleFigures[] = [];
	for (const changes of SCALES) results.push(await runScaleInProcess(changes));
	const rows: string[][] = [];
	for (const result of results) {
		const n = result.changes.toLocaleString('en');
		for (const stage of result.stages) {
			rows.push([
				`${n} changes: ${stage.stage} calls (${stage.items.toLocaleString('en')} items out)`,
				String(stage.calls),
				stage.minimumText,
				`${fixed(stage.calls / stage.minimum)}×; ${fixed(stage.wallMs / 1000, 1)} s`,
			]);
		}
		rows.push(
			[
				`${n} changes: confirmed / confirmable`,
				`${result.confirmed} / ${result.confirmable}`,
				'all paid ones, none else',
				`${result.rateLimited} answered 429`,
			],
			[
				`${n} changes: wall time, the three nodes (s)`,
				fixed(result.wallMs / 1000, 1),
				'',
				`${fixed((result.wallMs / result.changes) * 1000, 0)} µs per change`,
			],
			[
				`${n} changes: peak RSS, n8n + node process / emulator process`,
				`${mb(result.peakRssBytes)} / ${mb(result.emulatorPeakRssBytes)}`,
				'',
				'',
			],
		);
	}
	const [small, big] = results;
	const perChange = (result: ScaleFigures) => result.wallMs / result.changes;
	rows.push([
		`Cost ratio: time per change at ${big.changes.toLocaleString('en')} / at ${small.changes.toLocaleString('en')}`,
		fixed(perChange(big) / perChange(small)),
		'≈ 1 means linear',
		'',
	]);
	const header = ['Measure (a big store’s day)', 'Node', 'Minimum', 'Ratio; time'];
	run.finish([
		{ file: 'docs/performance.md', id: 'bench/big-store', markdown: markdownTable(header, rows) },
	]);
}

const fail = (error: unknown) => {
	console.error(error);
	process.exit(1);
};
if (process.env.BENCH_BIG_STORE_EMULATOR) {
	serveEmulatorToParent(Number(process.env.BENCH_BIG_STORE_EMULATOR)).catch(fail);
} else if (process.env.BENCH_BIG_STORE_SCALE) {
	runScale(Number(process.env.BENCH_BIG_STORE_SCALE))
		.then((figures) =>
			// Run on its own (no parent): print the figures.
			process.send
				? process.send(figures, () => process.exit(0))
				: console.log(JSON.stringify(figures, null, 1)),
		)
		.catch(fail);
} else {
	main().catch(fail);
}
