/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * `npx tsx scripts/bench.ts [--write-docs]` (the first of `npm run bench`): figures for
 * docs/performance.md, all measured in one run on this machine against the local emulator. Prints
 * the tables; with --write-docs writes them into their blocks of docs/performance.md and
 * docs/testing.md (scripts/docFigures.ts). Asserts nothing.
 *
 *   1. Token requests and issuances per 1,000 executions spread over 3 hours: the node (through
 *      n8n-core, the token kept in the credential store) vs a plain HTTP Request + Code workflow
 *      that signs and fetches a token in every execution.
 *   2. Per-request cycle time of the node in n8n-core vs a raw fetch loop to the same endpoint,
 *      both timed at the emulator (gaps between request arrivals), p50 and p99.
 *   3. Cold load time of the built node and credential modules in fresh Node processes.
 *   4. Size of dist/ and of each bundle in it, and of the packed tarball.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../test/emulator/server';
import { credentialsFor, runNaverCommerceNode } from '../test/helpers/n8nHarness';
import { requestTokenDirectly } from '../test/emulator/directToken';
import { markdownTable, startBenchRun } from './benchTable';

const ROOT = resolve(__dirname, '..');
const EXECUTIONS = 1_000;
const THREE_HOURS_MS = 3 * 3600_000;
const LATENCY_SAMPLES = 2_000;
const COLD_LOADS = 9;

const send = (parameters: Record<string, unknown>) => ({
	resource: 'apiRequest',
	operation: 'send',
	...parameters,
});

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function median(values: number[]): number {
	return percentile(
		[...values].sort((a, b) => a - b),
		50,
	);
}

/** Arrival times (ms) of requests at the emulator, to time both clients the same way. */
function arrivals(emulator: NaverCommerceEmulator): { stamps: number[]; stop: () => void } {
	const server = (emulator as unknown as { server: Server }).server;
	const stamps: number[] = [];
	const listener = () => stamps.push(performance.now());
	server.on('request', listener);
	return { stamps, stop: () => server.off('request', listener) };
}

function gaps(stamps: number[]): number[] {
	return stamps
		.slice(1)
		.map((stamp, index) => stamp - stamps[index])
		.sort((a, b) => a - b);
}

async function tokenFigures(emulator: NaverCommerceEmulator) {
	const step = Math.floor((THREE_HOURS_MS - 60_000) / EXECUTIONS);

	// The node: 1,000 executions, one item each, the token clock moving ~3 hours in all.
	emulator.resetStats();
	const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
	for (let execution = 0; execution < EXECUTIONS; execution++) {
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: send({ method: 'GET', path: '/v1/seller/account' }),
		});
		if (result.error) throw new Error(`node execution ${execution}: ${result.error.message}`);
		emulator.advanceTokenClock(step);
	}
	const node = structuredClone(emulator.stats);

	// A plain HTTP Request + Code workflow: sign, fetch a token, call the API, every execution.
	emulator.expireAllTokens();
	emulator.resetStats();
	for (let execution = 0; execution < EXECUTIONS; execution++) {
		const { access_token: token } = await requestTokenDirectly(emulator.baseUrl);
		const api = await fetch(`${emulator.baseUrl}/v1/seller/account`, {
			headers: { Authorization: `Bearer ${token}` },
		});
		if (api.status !== 200) throw new Error(`naive execution ${execution}: HTTP ${api.status}`);
		await api.arrayBuffer();
		emulator.advanceTokenClock(step);
	}
	const naive = structuredClone(emulator.stats);
	return { node, naive };
}

async function latencyFigures(emulator: NaverCommerceEmulator) {
	const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
	const parameters = send({ method: 'GET', path: '/v1/seller/account' });
	// Warm up both paths (JIT, keep-alive sockets, the token).
	await runNaverCommerceNode({
		credentialsHelper: helper,
		parameters,
		inputItems: Array(200).fill({}),
	});
	const token = String(helper.store.values().next().value?.accessToken);
	const url = `${emulator.baseUrl}/v1/seller/account`;
	for (let i = 0; i < 200; i++) {
		await (await fetch(url, { headers: { Authorization: `Bearer ${token}` } })).arrayBuffer();
	}

	const nodeArrivals = arrivals(emulator);
	const started = performance.now();
	await runNaverCommerceNode({
		credentialsHelper: helper,
		parameters,
		inputItems: Array(LATENCY_SAMPLES).fill({}),
	});
	const nodeTotal = performance.now() - started;
	nodeArrivals.stop();

	const rawArrivals = arrivals(emulator);
	const rawStarted = performance.now();
	for (let i = 0; i < LATENCY_SAMPLES; i++) {
		const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
		await response.json();
	}
	const rawTotal = performance.now() - rawStarted;
	rawArrivals.stop();

	const node = gaps(nodeArrivals.stamps);
	const raw = gaps(rawArrivals.stamps);
	return {
		node: {
			p50: percentile(node, 50),
			p99: percentile(node, 99),
			mean: nodeTotal / LATENCY_SAMPLES,
		},
		raw: { p50: percentile(raw, 50), p99: percentile(raw, 99), mean: rawTotal / LATENCY_SAMPLES },
	};
}

function coldLoadMs(module: string): number[] {
	// n8n has n8n-workflow loaded before it loads a community node: load it first, time ours.
	const script =
		"require('n8n-workflow');const t=process.hrtime.bigint();" +
		`require(${JSON.stringify(module)});` +
		'process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))';
	return Array.from({ length: COLD_LOADS }, () =>
		Number(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf-8' })),
	);
}

function sizeOf(path: string): number {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.size;
	return readdirSync(path).reduce((sum, entry) => sum + sizeOf(join(path, entry)), 0);
}

/** Every JavaScript file under a folder with its size, the largest first. */
function bundlesOf(path: string): Array<{ file: string; bytes: number }> {
	const found: Array<{ file: string; bytes: number }> = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder)) {
			const full = join(folder, entry);
			if (statSync(full).isDirectory()) walk(full);
			else if (entry.endsWith('.js'))
				found.push({ file: relative(path, full), bytes: sizeOf(full) });
		}
	};
	walk(path);
	return found.sort((a, b) => b.bytes - a.bytes);
}

/** The size of the tarball `npm publish` would upload (the build is current). */
function packedBytes(): number {
	const [pack] = JSON.parse(
		execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
			cwd: ROOT,
			encoding: 'utf-8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}),
	) as Array<{ size: number }>;
	return pack.size;
}

async function main(): Promise<void> {
	// Build as the tests do, under their lock, so dist/ is current and complete.
	execFileSync(
		'flock',
		[join(tmpdir(), 'n8n-nodes-naver-commerce.build.lock'), 'npm', 'run', 'build', '--silent'],
		{ cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
	);
	const run = startBenchRun();
	const emulator = await startEmulator();
	try {
		const tokens = await tokenFigures(emulator);
		const latency = await latencyFigures(emulator);
		const credentialLoad = coldLoadMs('./dist/credentials/NaverCommerceApi.credentials.js');
		const nodeLoad = coldLoadMs('./dist/nodes/NaverCommerce/NaverCommerce.node.js');
		const distBytes = sizeOf(join(ROOT, 'dist'));
		const bundles = bundlesOf(join(ROOT, 'dist'));
		const tarballBytes = packedBytes();
		const kb = (bytes: number) => (bytes / 1024).toFixed(1);

		const fixed = (value: number, digits = 2) => value.toFixed(digits);
		const rows: string[][] = [
			[
				'Token requests / 1,000 executions in 3 h',
				String(tokens.node.tokenRequests),
				`${tokens.naive.tokenRequests} (HTTP Request + Code)`,
				`${fixed(tokens.naive.tokenRequests / Math.max(1, tokens.node.tokenRequests), 0)}× fewer`,
			],
			[
				'Tokens issued by Naver / 1,000 executions',
				String(tokens.node.tokensIssued),
				`${tokens.naive.tokensIssued} (HTTP Request + Code)`,
				'same token reused while ≥30 min remain',
			],
			[
				'API requests / 1,000 executions',
				String(tokens.node.apiRequests),
				String(tokens.naive.apiRequests),
				`401s: ${tokens.node.unauthorized} vs ${tokens.naive.unauthorized}`,
			],
			[
				'Per-request cycle p50 (ms)',
				fixed(latency.node.p50),
				`${fixed(latency.raw.p50)} (raw fetch)`,
				`${fixed(latency.node.p50 / latency.raw.p50)}× (goal ≤ 1.2×)`,
			],
			[
				'Per-request cycle p99 (ms)',
				fixed(latency.node.p99),
				`${fixed(latency.raw.p99)} (raw fetch)`,
				`${fixed(latency.node.p99 / latency.raw.p99)}×`,
			],
			[
				'Per-request mean incl. engine (ms)',
				fixed(latency.node.mean),
				`${fixed(latency.raw.mean)} (raw fetch)`,
				`${fixed(latency.node.mean / latency.raw.mean)}×`,
			],
			[
				'Cold load, credential module (ms, median of 9)',
				fixed(median(credentialLoad), 1),
				'goal < 50',
				median(credentialLoad) < 50 ? 'met' : 'NOT met',
			],
			[
				'Cold load, node module (ms, median of 9)',
				fixed(median(nodeLoad), 1),
				'goal < 50',
				median(nodeLoad) < 50 ? 'met' : 'NOT met',
			],
			['dist/ size (KB)', kb(distBytes), 'goal < 200', distBytes < 200 * 1024 ? 'met' : 'NOT met'],
			...bundles.map(({ file, bytes }) => [
				`… of which ${file} (KB)`,
				kb(bytes),
				'',
				`${fixed((bytes / distBytes) * 100, 1)} % of dist/`,
			]),
			[
				'… the rest: icons, codex files (KB)',
				kb(distBytes - bundles.reduce((sum, bundle) => sum + bundle.bytes, 0)),
				'',
				'',
			],
			['Packed tarball, `npm pack` (KB)', kb(tarballBytes), '', ''],
		];
		const header: [string, string, string, string] = [
			'Measure',
			'Node',
			'Baseline / goal',
			'Ratio',
		];
		const tokenRatio = tokens.naive.tokenRequests / Math.max(1, tokens.node.tokenRequests);
		const summary = markdownTable(
			['Measure (details: performance.md)', 'Figure'],
			[
				[
					'Token requests, 1,000 executions over 3 hours: node; HTTP Request + Code',
					`${tokens.node.tokenRequests}; ${tokens.naive.tokenRequests} (${fixed(tokenRatio, 0)}× fewer)`,
				],
				[
					'`dist/` (minified, bcryptjs inlined); packed tarball',
					`${kb(distBytes)} KB (goal < 200 KB: ${distBytes < 200 * 1024 ? 'met' : 'NOT met'}); ${kb(tarballBytes)} KB`,
				],
				[
					'Cold load of the node module, of the credential module (median of 9)',
					`${fixed(median(nodeLoad), 1)} ms, ${fixed(median(credentialLoad), 1)} ms (goal < 50 ms)`,
				],
				[
					'Per-request cycle p50, node in n8n-core / bare `fetch` loop',
					`${fixed(latency.node.p50 / latency.raw.p50)}× (goal ≤ 1.2×: ${latency.node.p50 / latency.raw.p50 <= 1.2 ? 'met' : 'NOT met'})`,
				],
			],
		);
		run.finish([
			{ file: 'docs/performance.md', id: 'bench/figures', markdown: markdownTable(header, rows) },
			{ file: 'docs/testing.md', id: 'bench/summary', markdown: summary },
		]);
		console.log(
			JSON.stringify({
				tokens,
				latencyMs: latency,
				coldLoadMs: { credential: credentialLoad, node: nodeLoad },
				distBytes,
				bundles,
				tarballBytes,
			}),
		);
	} finally {
		await emulator.stop();
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
