/* eslint-disable @n8n/community-nodes/no-restricted-globals, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * `npx tsx scripts/benchProductOrders.ts [--write-docs]` (part of `npm run bench`): 1,000 product
 * orders changed over 3 days, fetched by the node (Get Many Changed, Return All) through n8n-core
 * against the emulator. Prints its calls against the fewest the API allows and against the floor of
 * the node's own 24-hour windows, its time against a raw fetch loop, and a 429 storm; with
 * --write-docs writes the table into docs/performance.md. Nothing here is asserted.
 */
import { formatKst } from '../test/emulator/kst';
import { DEFAULT_APP, startEmulator } from '../test/emulator/server';
import { credentialsFor, runNaverCommerceNode } from '../test/helpers/n8nHarness';
import { requestTokenDirectly } from '../test/emulator/directToken';
import { markdownTable, startBenchRun } from './benchTable';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const PAGE = 300;

/**
 * The fewest calls of the change feed that can return every change in [fromMs, toMs], whoever
 * makes them: a call returns at most 300 changes and spans at most 24 hours (both ends inclusive, as
 * Naver and the emulator count them; a longer span is refused with 104139), and a call may start
 * anywhere, at a `more` cursor included. Going greedily, each call as far as either limit lets it
 * (to its 24 hours' end, or to the 301st change, where its `more` points), is the minimum: no other
 * sequence of calls gets further with as many calls.
 */
export function fewestChangeFeedCalls(changedMs: number[], fromMs: number, toMs: number): number {
	const changes = changedMs.filter((ms) => ms >= fromMs && ms <= toMs).sort((a, b) => a - b);
	let calls = 0;
	let start = fromMs;
	let index = 0;
	for (;;) {
		calls += 1;
		const end = Math.min(toMs, start + DAY - 1);
		let inSpan = 0;
		while (index + inSpan < changes.length && changes[index + inSpan] <= end) inSpan += 1;
		if (inSpan > PAGE) {
			// The page is full: the next call starts at the 301st change (moreFrom / moreSequence).
			index += PAGE;
			start = changes[index];
		} else if (end >= toMs) {
			return calls;
		} else {
			index += inSpan;
			start = end + 1;
		}
	}
}

export interface BenchRow {
	measure: string;
	value: string;
}

async function rawToken(baseUrl: string): Promise<string> {
	return (await requestTokenDirectly(baseUrl)).access_token;
}

/** The same request sequence as the node, written as a plain loop with fetch: the floor. */
async function rawFetchLoop(
	baseUrl: string,
	token: string,
	fromMs: number,
	toMs: number,
): Promise<number> {
	let records = 0;
	for (let start = fromMs; start <= toMs; start += 24 * HOUR) {
		const end = Math.min(toMs, start + 24 * HOUR - 1);
		let query: Record<string, string> = {
			lastChangedFrom: formatKst(start),
			lastChangedTo: formatKst(end),
		};
		for (;;) {
			const response = await fetch(
				`${baseUrl}/v1/pay-order/seller/product-orders/last-changed-statuses?${new URLSearchParams({ ...query, limitCount: '300' })}`,
				{ headers: { Authorization: `Bearer ${token}` } },
			);
			const data = (
				(await response.json()) as {
					data: {
						lastChangeStatuses: unknown[];
						more?: { moreFrom: string; moreSequence: string };
					};
				}
			).data;
			records += data.lastChangeStatuses.length;
			if (!data.more) break;
			query = {
				lastChangedFrom: data.more.moreFrom,
				lastChangedTo: formatKst(end),
				moreSequence: data.more.moreSequence,
			};
		}
	}
	return records;
}

export async function benchProductOrders(): Promise<BenchRow[]> {
	const emulator = await startEmulator({ productOrders: 1000, spanHours: 72 });
	try {
		const toMs = Date.now();
		const fromMs = toMs - 72 * HOUR - 60_000;
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		const parameters = {
			resource: 'productOrder',
			operation: 'getManyChanged',
			lastChangedFrom: new Date(fromMs).toISOString(),
			lastChangedTo: new Date(toMs).toISOString(),
			returnAll: true,
		};
		// Warm-up: token issuance and module loading are not what is measured.
		await runNaverCommerceNode({ credentialsHelper: helper, parameters });
		const token = await rawToken(emulator.baseUrl);

		const runs = 5;
		const nodeTimes: number[] = [];
		const rawTimes: number[] = [];
		let items = 0;
		let calls = 0;
		for (let run = 0; run < runs; run++) {
			emulator.resetStats();
			let started = performance.now();
			const result = await runNaverCommerceNode({ credentialsHelper: helper, parameters });
			nodeTimes.push(performance.now() - started);
			items = result.items?.length ?? 0;
			calls = emulator.stats.byRoute['productOrders.lastChangedStatuses'];
			started = performance.now();
			await rawFetchLoop(emulator.baseUrl, token, fromMs, toMs);
			rawTimes.push(performance.now() - started);
		}
		const changedMs = emulator.store.productOrders.map((order) => order.lastChangedMs);
		// The minimum: the fewest calls the API allows for these changes (not a formula of the
		// node's windows, which cost more calls than that when a window holds a part-full page).
		const fewest = fewestChangeFeedCalls(changedMs, fromMs, toMs);
		// The floor of the node's own paging, 24-hour windows from fromMs, each paged by 300:
		// every window costs ceil(changes in it / 300) calls, and at least one.
		let windows = 0;
		let windowFloor = 0;
		for (let start = fromMs; start <= toMs; start += DAY) {
			const end = Math.min(toMs, start + DAY - 1);
			const inWindow = changedMs.filter((ms) => ms >= start && ms <= end).length;
			windowFloor += Math.max(1, Math.ceil(inWindow / PAGE));
			windows += 1;
		}
		const median = (values: number[]) =>
			[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

		// A tight rate limit: 1 request per second allowed (burst 2), for the same job.
		emulator.resetStats();
		emulator.rateLimitPerSecond = 1;
		const stormStart = performance.now();
		const storm = await runNaverCommerceNode({ credentialsHelper: helper, parameters });
		const stormMs = performance.now() - stormStart;
		emulator.rateLimitPerSecond = undefined;

		return [
			{ measure: 'Product orders changed over 3 days (seeded)', value: '1,000' },
			{ measure: 'Items output by Get Many Changed', value: items.toLocaleString('en') },
			{
				measure:
					'Calls made / fewest the API allows (a call: ≤ 300 changes and ≤ 24 h, starting anywhere)',
				value: `${calls} / ${fewest} = ${(calls / fewest).toFixed(2)}×`,
			},
			{
				measure: `Calls made / floor of the node’s ${windows} windows of 24 h from the start, 300 a page`,
				value: `${calls} / ${windowFloor} = ${(calls / windowFloor).toFixed(2)}×`,
			},
			{
				measure: `Wall time, node via n8n-core vs a raw fetch loop of the same calls (median of ${runs})`,
				value: `${median(nodeTimes).toFixed(0)} ms vs ${median(rawTimes).toFixed(0)} ms = ${(median(nodeTimes) / median(rawTimes)).toFixed(2)}×`,
			},
			{
				measure:
					'At a rate limit of 1 request/s (burst 2): answered 429 and waited out, items output, time',
				value: `${emulator.stats.rateLimited} waited out, ${(storm.items?.length ?? 0).toLocaleString('en')} items, ${(stormMs / 1000).toFixed(1)} s${storm.error ? ` (error: ${storm.error.message})` : ''}`,
			},
		];
	} finally {
		await emulator.stop();
	}
}

if (require.main === module) {
	const run = startBenchRun();
	benchProductOrders()
		.then((rows) =>
			run.finish([
				{
					file: 'docs/performance.md',
					id: 'bench/product-orders',
					markdown: markdownTable(
						['Measure (Get Many Changed)', 'Figure'],
						rows.map((row) => [row.measure, row.value]),
					),
				},
			]),
		)
		.catch((error: unknown) => {
			console.error(error);
			process.exit(1);
		});
}
