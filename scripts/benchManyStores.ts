/* eslint-disable @n8n/community-nodes/no-restricted-globals, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * `npx tsx scripts/benchManyStores.ts [--write-docs]` (part of `npm run bench`): 20 stores of one application (a
 * solution provider, one SELLER credential per store), each store's daily job (Get Many Changed →
 * Get → Confirm, one n8n-core execution per store, 120 new paid product orders each) started at
 * once against the emulator's bucket, counted per application and API as Naver counts it (5
 * requests a second, burst 10): in one process (one n8n), then in 4 worker processes of 5 stores
 * (queue mode), each against a fresh emulator. Prints the ratios measured in this one run (with
 * --write-docs also into docs/performance.md); asserts nothing (test/reliability/manyStores.test.ts asserts the counts). Set-up: test/reliability/manyStores.ts.
 *
 * The bucket's minimum: N requests of one API at rate r with burst b take at least (N − b) / r
 * seconds (b at once from the full bucket, then one every 1/r s); the three APIs have a bucket each
 * and run at the same time, so the minimum is the largest of the three, N being the fewest
 * requests the jobs need (bucketMinimum). Wall time against it means something only when every
 * execution succeeded: a failed execution stops early.
 */
import {
	BURST,
	JOB_ROUTES,
	type ModeFigures,
	RATE_PER_SECOND,
	runMode,
	STORES,
} from '../test/reliability/manyStores';
import { markdownTable, startBenchRun } from './benchTable';

const fixed = (value: number, digits = 2) => value.toFixed(digits);
const percent = (part: number, whole: number) =>
	whole === 0 ? '0 %' : `${fixed((part / whole) * 100, 1)} %`;
const routes = [JOB_ROUTES.changes, JOB_ROUTES.details, JOB_ROUTES.confirm];
const perApi = (counts: Record<string, number>) =>
	routes.map((route) => String(counts[route] ?? 0)).join(' / ');

/** The Naver codes of the failed executions' messages, with how many failed with each. */
function failureCodes(figures: ModeFigures): string {
	const codes = new Map<string, number>();
	for (const result of figures.results) {
		if (result.error === undefined) continue;
		const code = /API error (\S+?):/.exec(result.error)?.[1] ?? result.error.slice(0, 40);
		codes.set(code, (codes.get(code) ?? 0) + 1);
	}
	return [...codes].map(([code, count]) => `${count} ${code}`).join(', ');
}

async function main(): Promise<void> {
	const run = startBenchRun();
	// The emulator does not check its answers against the contract here (the test does): Naver
	// spends no CPU of the machine that runs n8n on them.
	const modes = [
		await runMode(1, { checkAnswers: false }),
		await runMode(4, { checkAnswers: false }),
	];
	const [one] = modes;
	const minimumText = (figures: ModeFigures) => {
		const slowest = figures.minimumByApi.reduce((a, b) => (b.seconds > a.seconds ? b : a));
		return `${fixed(figures.minimumMs / 1000, 1)} s (${slowest.route}: (${slowest.requests} − ${BURST}) / ${RATE_PER_SECOND})`;
	};
	const row = (measure: string, value: (figures: ModeFigures) => string, goal: string) => [
		measure,
		...modes.map(value),
		goal,
	];
	const rows = [
		row(
			'API answers (token requests apart)',
			(f) => String(f.stats.apiRequests),
			`${one.minimumByApi.reduce((sum, api) => sum + api.requests, 0)} without 429s`,
		),
		row(
			'429 answers (share of API answers)',
			(f) => `${f.stats.rateLimited} (${percent(f.stats.rateLimited, f.stats.apiRequests)})`,
			'≤ 1 %',
		),
		row(
			'429s per API: changes / details / confirm',
			(f) => perApi(f.stats.rateLimitedByRoute),
			'0 / 0 / 0',
		),
		row(
			'Requests served per API (429s apart): changes / details / confirm',
			(f) => perApi(f.stats.byRoute),
			one.minimumByApi.map((api) => api.requests).join(' / '),
		),
		row('Wall time, 20 executions started at once', (f) => `${fixed(f.wallMs / 1000, 1)} s`, ''),
		row('Bucket minimum, max over APIs of (N − burst) / rate', minimumText, ''),
		row(
			'CPU time of the worker process(es), user + system',
			(f) => `${fixed(f.workerCpuMs / 1000, 1)} s`,
			'',
		),
		row(
			'Wall time / minimum',
			(f) =>
				`${fixed(f.wallMs / f.minimumMs)}×${f.executionsFailed > 0 ? ' (executions failed)' : ''}`,
			'≤ 1.15×',
		),
		row(
			'Token requests: total; most by one store (one process each)',
			(f) => `${f.stats.tokenRequests}; ${f.maxTokenRequestsPerStore}`,
			'1 per store per process',
		),
		row(
			'Product orders confirmed exactly once / total',
			(f) => `${f.confirmedOnce} / ${f.orders}`,
			'all',
		),
		row(
			'Confirmed twice or more; refused as already confirmed (105306)',
			(f) => `${f.confirmedTwice}; ${f.stats.alreadyConfirmed}`,
			'0; 0',
		),
		row(
			'Confirm outcomes reported by exactly one output item / total',
			(f) => `${f.outcomesReportedOnce} / ${f.orders}`,
			'all',
		),
		row(
			`Executions failed / ${STORES}`,
			(f) => `${f.executionsFailed}${f.executionsFailed > 0 ? ` (${failureCodes(f)})` : ''}`,
			'0',
		),
	];
	const header = [
		`Measure (${STORES} stores of one app, bucket ${RATE_PER_SECOND}/s burst ${BURST})`,
		'One process',
		'4 worker processes',
		'Goal',
	];
	run.finish([
		{ file: 'docs/performance.md', id: 'bench/many-stores', markdown: markdownTable(header, rows) },
	]);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
