/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * `npx tsx scripts/profileRequests.ts`: where the time of a request through the node goes. One
 * n8n-core execution of 2,000 items, each an API Request `GET /v1/seller/account` (as the
 * per-request cycle of scripts/bench.ts), is CPU-profiled with V8's sampling profiler (the one
 * `node --cpu-prof` uses, started through node:inspector around the measured run only, after a
 * warm-up), and the same for 2,000 sequential raw `fetch` calls. The emulator runs in its own
 * process, so its work shows as idle time here, as Naver's would.
 *
 * Writes the two profiles (open them in Chrome DevTools → Performance) and a summary of self time
 * by where the code lives: our node and credential, n8n-core, n8n-workflow, axios, other packages,
 * Node.js internals, V8 (GC, builtins), idle. Prints the summary too.
 *
 *   npx tsx scripts/profileRequests.ts [output directory, default: <tmp>/naver-commerce-profile]
 */
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';

import { DEFAULT_APP, startEmulator } from '../test/emulator/server';
import { requestTokenDirectly } from '../test/emulator/directToken';
import { credentialsFor, runNaverCommerceNode } from '../test/helpers/n8nHarness';

const ROOT = resolve(__dirname, '..');
const REQUESTS = 2_000;
const WARM_UP = 200;
/** Microseconds between samples (V8's default is 1,000; finer for a few seconds of work). */
const SAMPLING_INTERVAL_US = 100;

/** The subset of V8's .cpuprofile format read here. */
interface CpuProfile {
	nodes: Array<{
		id: number;
		callFrame: { functionName: string; url: string; lineNumber: number };
	}>;
	samples: number[];
	timeDeltas: number[];
	startTime: number;
	endTime: number;
}

/** Where a frame's code lives, as the summary groups it. */
function categoryOf(url: string, functionName: string): string {
	if (url === '') {
		if (functionName === '(idle)') return 'idle (waiting for the emulator, timers)';
		if (functionName === '(garbage collector)') return 'V8: garbage collector';
		if (functionName === '(program)') return 'V8: (program), outside JS';
		return 'V8: builtins and native functions';
	}
	if (url.startsWith('node:')) return 'Node.js internals (http, streams, undici, …)';
	const path = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
	const modules = path.lastIndexOf(`${sep}node_modules${sep}`);
	if (modules >= 0) {
		const [first, second] = path.slice(modules + 14).split(sep);
		const name = first.startsWith('@') ? `${first}/${second}` : first;
		if (['n8n-core', 'n8n-workflow', 'axios', 'tsx'].includes(name)) return name;
		return `other packages (${name})`;
	}
	const relative = path.startsWith(ROOT) ? path.slice(ROOT.length + 1) : path;
	if (relative.startsWith(`nodes${sep}`) || relative.startsWith(`credentials${sep}`)) {
		return 'ours: node and credential (nodes/, credentials/)';
	}
	if (relative.startsWith(`test${sep}`) || relative.startsWith(`scripts${sep}`)) {
		return 'bench harness (test/helpers, scripts/)';
	}
	return `other (${relative})`;
}

interface Summary {
	totalMs: number;
	byCategory: Array<{ category: string; ms: number }>;
	topFunctions: Array<{ category: string; name: string; ms: number }>;
}

/** Self time per category and per function: each sample's interval goes to its leaf frame. */
function summarise(profile: CpuProfile): Summary {
	const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
	const byCategory = new Map<string, number>();
	const byFunction = new Map<string, { category: string; name: string; ms: number }>();
	let totalMs = 0;
	profile.samples.forEach((id, index) => {
		const ms = (profile.timeDeltas[index] ?? 0) / 1000;
		const frame = nodeById.get(id)!.callFrame;
		const category = categoryOf(frame.url, frame.functionName);
		totalMs += ms;
		byCategory.set(category, (byCategory.get(category) ?? 0) + ms);
		const file = frame.url.split(/[\\/]/).pop() ?? '';
		const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
		const entry = byFunction.get(name) ?? { category, name, ms: 0 };
		entry.ms += ms;
		byFunction.set(name, entry);
	});
	return {
		totalMs,
		byCategory: [...byCategory]
			.map(([category, ms]) => ({ category, ms }))
			.sort((a, b) => b.ms - a.ms),
		topFunctions: [...byFunction.values()].sort((a, b) => b.ms - a.ms).slice(0, 15),
	};
}

async function profiled(
	session: Session,
	run: () => Promise<void>,
): Promise<{ profile: CpuProfile; wallMs: number }> {
	await session.post('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
	await session.post('Profiler.start');
	const started = performance.now();
	await run();
	const wallMs = performance.now() - started;
	const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
	return { profile, wallMs };
}

/** The emulator in a process of its own, so that its CPU time is not in the profile. */
async function emulatorProcess(): Promise<{ baseUrl: string; stop: () => void }> {
	const child = fork(__filename, [], {
		env: { ...process.env, PROFILE_REQUESTS_EMULATOR: '1' },
		execArgv: process.execArgv,
	});
	const baseUrl = await new Promise<string>((resolveUrl) =>
		child.once('message', (message) => resolveUrl(String(message))),
	);
	return { baseUrl, stop: () => child.kill() };
}

function table(summary: Summary, wallMs: number): string[] {
	const perRequest = (ms: number) => `${((ms / REQUESTS) * 1000).toFixed(0)} µs`;
	const lines = [
		`Wall time ${wallMs.toFixed(0)} ms (${perRequest(wallMs)} per request); sampled ${summary.totalMs.toFixed(0)} ms`,
		'',
		'| Where (self time) | ms | share | per request |',
		'| --- | ---: | ---: | ---: |',
	];
	for (const { category, ms } of summary.byCategory) {
		lines.push(
			`| ${category} | ${ms.toFixed(0)} | ${((ms / summary.totalMs) * 100).toFixed(1)} % | ${perRequest(ms)} |`,
		);
	}
	lines.push(
		'',
		'Top functions by self time:',
		'',
		'| Function | Where | ms |',
		'| --- | --- | ---: |',
	);
	for (const entry of summary.topFunctions) {
		lines.push(`| ${entry.name} | ${entry.category} | ${entry.ms.toFixed(0)} |`);
	}
	return lines;
}

async function main(): Promise<void> {
	const outputDirectory = resolve(process.argv[2] ?? join(tmpdir(), 'naver-commerce-profile'));
	mkdirSync(outputDirectory, { recursive: true });
	const loadAtStart = loadavg()[0];
	const emulator = await emulatorProcess();
	const session = new Session();
	session.connect();
	try {
		await session.post('Profiler.enable');
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		const parameters = {
			resource: 'apiRequest',
			operation: 'send',
			method: 'GET',
			path: '/v1/seller/account',
		};
		const runNode = async (items: number) => {
			const result = await runNaverCommerceNode({
				credentialsHelper: helper,
				parameters,
				inputItems: Array(items).fill({}),
			});
			if (result.error) throw new Error(result.error.message);
		};
		const token = (await requestTokenDirectly(emulator.baseUrl)).access_token;
		const url = `${emulator.baseUrl}/v1/seller/account`;
		const rawLoop = async (requests: number) => {
			for (let index = 0; index < requests; index++) {
				const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
				await response.json();
			}
		};
		// Warm-up (JIT, keep-alive sockets, the token): not profiled.
		await runNode(WARM_UP);
		await rawLoop(WARM_UP);

		const node = await profiled(session, async () => await runNode(REQUESTS));
		const raw = await profiled(session, async () => await rawLoop(REQUESTS));
		writeFileSync(join(outputDirectory, 'node-requests.cpuprofile'), JSON.stringify(node.profile));
		writeFileSync(join(outputDirectory, 'raw-fetch.cpuprofile'), JSON.stringify(raw.profile));
		const lines = [
			`# ${REQUESTS} sequential requests: the node in n8n-core vs raw fetch`,
			'',
			`${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, 1-min load average ` +
				`${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at the end; ` +
				`${new Date().toISOString()}; sampling every ${SAMPLING_INTERVAL_US} µs`,
			'',
			`## The node: one execution, ${REQUESTS} items of API Request GET /v1/seller/account`,
			'',
			...table(summarise(node.profile), node.wallMs),
			'',
			`## Raw fetch: ${REQUESTS} sequential calls with the same token`,
			'',
			...table(summarise(raw.profile), raw.wallMs),
			'',
			`Time per request, node / raw: ${(node.wallMs / raw.wallMs).toFixed(2)}×`,
		];
		writeFileSync(join(outputDirectory, 'summary.md'), `${lines.join('\n')}\n`);
		console.log(lines.join('\n'));
		console.log(`\nProfiles and summary.md written to ${outputDirectory}`);
	} finally {
		session.disconnect();
		emulator.stop();
	}
}

if (process.env.PROFILE_REQUESTS_EMULATOR) {
	startEmulator()
		.then((emulator) => process.send!(emulator.baseUrl))
		.catch((error: unknown) => {
			console.error(error);
			process.exit(1);
		});
} else {
	main().catch((error: unknown) => {
		console.error(error);
		process.exit(1);
	});
}
