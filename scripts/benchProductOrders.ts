/* eslint-disable @n8n/community-nodes/no-restricted-globals, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Product-order figures for `npm run bench` (issue: seller operations): 1,000 product orders
 * changed over 3 days, fetched by the node through n8n-core against the emulator. Prints ratios
 * measured in this one run; nothing here is asserted.
 */
import { formatKst } from '../test/emulator/kst';
import { DEFAULT_APP, startEmulator } from '../test/emulator/server';
import { credentialsFor, runNaverCommerceNode } from '../test/helpers/n8nHarness';
import { requestTokenDirectly } from '../test/emulator/directToken';

const HOUR = 3600_000;

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
		const windows = Math.ceil((toMs - fromMs + 1) / (24 * HOUR));
		const issueMinimum = windows + Math.ceil(1000 / 300);
		// The true floor for 24-hour windows of 300-record pages: every window costs
		// ceil(changes in it / 300) calls, and at least one.
		let windowFloor = 0;
		for (let start = fromMs; start <= toMs; start += 24 * HOUR) {
			const end = Math.min(toMs, start + 24 * HOUR - 1);
			const inWindow = emulator.store.productOrders.filter(
				(order) => order.lastChangedMs >= start && order.lastChangedMs <= end,
			).length;
			windowFloor += Math.max(1, Math.ceil(inWindow / 300));
		}
		const median = (values: number[]) =>
			[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

		// A 429 storm: 1 request per second allowed (burst 2), for the same job.
		emulator.resetStats();
		emulator.rateLimitPerSecond = 1;
		const stormStart = performance.now();
		const storm = await runNaverCommerceNode({ credentialsHelper: helper, parameters });
		const stormMs = performance.now() - stormStart;
		emulator.rateLimitPerSecond = undefined;

		return [
			{ measure: 'product orders changed over 3 days (seeded)', value: '1000' },
			{ measure: 'items output by Get Many Changed', value: String(items) },
			{
				measure: `HTTP calls made / minimum: windows (${windows}) + ceil(1000/300)`,
				value: `${calls} / ${issueMinimum} = ${(calls / issueMinimum).toFixed(2)}×`,
			},
			{
				measure: 'HTTP calls made / floor of 24 h windows × 300-record pages',
				value: `${calls} / ${windowFloor} = ${(calls / windowFloor).toFixed(2)}×`,
			},
			{
				measure: `wall time, node via n8n-core vs raw fetch loop (median of ${runs})`,
				value: `${median(nodeTimes).toFixed(0)} ms vs ${median(rawTimes).toFixed(0)} ms = ${(median(nodeTimes) / median(rawTimes)).toFixed(2)}×`,
			},
			{
				measure: '429 storm (1 req/s): 429 answers retried, items still output, time',
				value: `${emulator.stats.rateLimited} retried, ${storm.items?.length ?? 0} items, ${(stormMs / 1000).toFixed(1)} s${storm.error ? ` (error: ${storm.error.message})` : ''}`,
			},
		];
	} finally {
		await emulator.stop();
	}
}

if (require.main === module) {
	benchProductOrders()
		.then((rows) => console.table(rows))
		.catch((error: unknown) => {
			console.error(error);
			process.exit(1);
		});
}
