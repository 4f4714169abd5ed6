/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * `npx tsx scripts/benchFirstRun.ts [--write-docs]` (the last of `npm run bench`, being the slowest):
 * what README's first command (`npm install && npm run demo`) costs on a machine that has never run
 * it, measured for real, for the "What the first run costs" bullets of README.md and
 * docs/README.ko.md (blocks bench/first-run and bench/first-run-ko).
 *
 *   1. `git clone` of this repository at HEAD into a temporary folder (a fresh clone: uncommitted
 *      changes of this working tree are not in it);
 *   2. `npm ci` there, timed (the lock file's install, what `npm install` does in a fresh clone);
 *   3. `N8N_E2E_HOME=<temporary folder> bash scripts/setup-n8n.sh <default version>`, timed: the
 *      real n8n 2.x and Node.js 24 that the demo installs on first use into ~/.cache;
 *   4. `npm run build` there, timed (the demo builds before it runs);
 *   5. `du -sb` of the clone's node_modules, of the clone without it and of the fresh n8n; for n8n
 *      1.x (only `npm test` installs it) the size of the existing cache in
 *      ~/.cache/n8n-nodes-naver-commerce/n8n-<N8N_1X_VERSION>, if it is there; otherwise "not
 *      measured".
 * Then deletes the temporary folders (also on Ctrl-C). Needs about 4 GB of temporary disk, the npm
 * registry and about 10 minutes. npm's download cache (~/.npm) is used as it is: when it already
 * holds packages (after any earlier install) the run is faster than on a new machine, and the block
 * says so with the cache's size. The children run without the npm_* variables and the PATH entries
 * `npm run bench` adds, as in a fresh terminal. Linux (`du -sb` is GNU du).
 */
import { execFileSync, spawn } from 'node:child_process';
import {
	createWriteStream,
	existsSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statfsSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

import { DEFAULT_N8N_VERSION, N8N_1X_VERSION } from '../test/e2e/realN8n';
import { machineStamp, ROOT, startLoadSampler, writeDocsWanted, writeFigures } from './docFigures';

/** Free temporary disk asked for before starting: node_modules, n8n 2.x and some room. */
const NEEDED_BYTES = 5e9;
const CACHE_FOLDER = join(
	process.env.XDG_CACHE_HOME || join(homedir(), '.cache'),
	'n8n-nodes-naver-commerce',
);

/** The environment of a fresh terminal: without what `npm run` adds for its scripts. */
function freshEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [name, value] of Object.entries(process.env)) {
		if (!/^npm_/i.test(name) && name !== 'INIT_CWD' && name !== 'NODE') env[name] = value;
	}
	env.PATH = (process.env.PATH ?? '')
		.split(delimiter)
		.filter((entry) => !/node_modules[\\/]\.bin$|node-gyp-bin$/.test(entry))
		.join(delimiter);
	// setup-n8n.sh installs N8N_VERSION if set (as CI sets it); the demo installs the default.
	delete env.N8N_VERSION;
	return { ...env, ...extra };
}

const minutesSeconds = (ms: number) => {
	const seconds = Math.round(ms / 1000);
	return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
};
const minutesSecondsKo = (ms: number) => {
	const seconds = Math.round(ms / 1000);
	return seconds < 60 ? `${seconds}초` : `${Math.floor(seconds / 60)}분 ${seconds % 60}초`;
};
const gb = (bytes: number) => `${(bytes / 1e9).toFixed(1)} GB`;
const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;

function duBytes(path: string): number {
	return Number(execFileSync('du', ['-sb', path], { encoding: 'utf-8' }).split(/\s/)[0]);
}

/**
 * Runs one step with its output appended to `log` (stdout also returned), printing a line when it
 * starts, every minute while it runs, and when it ends with its time. Throws on a non-zero exit.
 */
async function step(
	label: string,
	command: string,
	args: string[],
	options: { cwd: string; env: NodeJS.ProcessEnv; log: string },
): Promise<{ ms: number; stdout: string; stderr: string }> {
	console.log(`  ${label} …`);
	const started = performance.now();
	const heartbeat = setInterval(
		() => console.log(`    … ${minutesSeconds(performance.now() - started)} so far`),
		60_000,
	);
	const log = createWriteStream(options.log, { flags: 'a' });
	log.write(`\n$ ${command} ${args.join(' ')}   (in ${options.cwd})\n`);
	try {
		const child = spawn(command, args, {
			cwd: options.cwd,
			env: options.env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString();
			log.write(chunk);
		});
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
			log.write(chunk);
		});
		const code = await new Promise<number | null>((resolvePromise, reject) => {
			child.on('error', reject);
			child.on('close', resolvePromise);
		});
		const ms = performance.now() - started;
		if (code !== 0) {
			console.error(`  ${label} failed after ${minutesSeconds(ms)} (exit ${code}); its output:`);
			console.error(readFileSync(options.log, 'utf-8').split('\n').slice(-40).join('\n'));
			throw new Error(`${label} failed`);
		}
		console.log(`  ${label}: done in ${minutesSeconds(ms)}`);
		return { ms, stdout, stderr };
	} finally {
		clearInterval(heartbeat);
		await new Promise((resolvePromise) => log.end(resolvePromise));
	}
}

interface FirstRun {
	commit: string;
	npmCiMs: number;
	n8nMs: number;
	buildMs: number;
	nodeModulesBytes: number;
	checkoutBytes: number;
	n8nBytes: number;
	/** Undefined when no n8n 1.x is installed on this machine. */
	n8n1xBytes?: number;
	/** What npm's download cache held before the run (0: empty). */
	npmCacheBytes: number;
	npmCacheFolder: string;
}

async function measure(temp: string): Promise<FirstRun> {
	const clone = join(temp, 'clone');
	const n8nHome = join(temp, `n8n-${DEFAULT_N8N_VERSION}`);
	const log = join(temp, 'first-run.log');
	const env = freshEnv();

	const npmCacheFolder = execFileSync('npm', ['config', 'get', 'cache'], {
		cwd: homedir(),
		env,
		encoding: 'utf-8',
	}).trim();
	const cacache = join(npmCacheFolder, '_cacache');
	const npmCacheBytes = existsSync(cacache) ? duBytes(cacache) : 0;
	console.log(
		npmCacheBytes > 0
			? `npm's download cache ${npmCacheFolder} holds ${gb(npmCacheBytes)}: packages found there are not downloaded again, so this run is faster than on a new machine.`
			: `npm's download cache ${npmCacheFolder} is empty: everything comes from the registry.`,
	);

	await step('git clone (HEAD)', 'git', ['clone', '--quiet', '--no-hardlinks', ROOT, clone], {
		cwd: temp,
		env,
		log,
	});
	const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
		cwd: clone,
		encoding: 'utf-8',
	}).trim();
	const npmCi = await step('npm ci', 'npm', ['ci'], { cwd: clone, env, log });
	const n8n = await step(
		`n8n ${DEFAULT_N8N_VERSION} and Node.js 24 (scripts/setup-n8n.sh)`,
		'bash',
		[join(clone, 'scripts', 'setup-n8n.sh'), DEFAULT_N8N_VERSION],
		{ cwd: clone, env: freshEnv({ N8N_E2E_HOME: n8nHome }), log },
	);
	// setup-n8n.sh's own progress lines: where its time went.
	for (const line of n8n.stderr.split('\n').filter((text) => /done in|ready/.test(text))) {
		console.log(`    ${line.trim()}`);
	}
	const build = await step('npm run build', 'npm', ['run', 'build'], { cwd: clone, env, log });

	console.log('  sizes (du -sb) …');
	const nodeModulesBytes = duBytes(join(clone, 'node_modules'));
	const checkoutBytes = duBytes(clone) - nodeModulesBytes;
	const n8nBytes = duBytes(n8nHome);
	const n8n1x = join(CACHE_FOLDER, `n8n-${N8N_1X_VERSION}`);
	const n8n1xBytes = existsSync(join(n8n1x, '.ready')) ? duBytes(n8n1x) : undefined;
	return {
		commit,
		npmCiMs: npmCi.ms,
		n8nMs: n8n.ms,
		buildMs: build.ms,
		nodeModulesBytes,
		checkoutBytes,
		n8nBytes,
		n8n1xBytes,
		npmCacheBytes,
		npmCacheFolder,
	};
}

const CACHE_PATH = '`~/.cache/n8n-nodes-naver-commerce/`';

/** The bullets of README.md. */
function english(run: FirstRun): string {
	const totalMs = run.npmCiMs + run.n8nMs + run.buildMs;
	const demoBytes = run.nodeModulesBytes + run.n8nBytes + run.checkoutBytes;
	const cache =
		run.npmCacheBytes > 0
			? `npm's download cache already held ${gb(run.npmCacheBytes)}; with an empty one it takes longer.`
			: "npm's download cache was empty.";
	const test =
		run.n8n1xBytes === undefined
			? `\`npm test\` also installs n8n ${N8N_1X_VERSION} (not measured: not installed on this machine)`
			: `\`npm test\` adds n8n 1.x, ${gb(run.n8n1xBytes)}: ${gb(demoBytes + run.n8n1xBytes)} in all`;
	return [
		`- **Time:** about ${Math.max(1, Math.round(totalMs / 60_000))} minutes of installing and building before the demo starts: ` +
			`\`npm ci\` ${minutesSeconds(run.npmCiMs)}, then a real n8n 2.x and the Node.js 24 it needs, from the ` +
			`npm registry into ${CACHE_PATH} once, ${minutesSeconds(run.n8nMs)}, and \`npm run build\` ` +
			`${minutesSeconds(run.buildMs)}. Later runs start in seconds. ${cache}`,
		`- **Disk:** ${gb(demoBytes)} for the demo (\`node_modules\` ${gb(run.nodeModulesBytes)}, ` +
			`n8n 2.x with Node.js 24 ${gb(run.n8nBytes)}, the repository ${mb(run.checkoutBytes)}); ${test}.`,
	].join('\n');
}

/** The bullets of docs/README.ko.md. */
function korean(run: FirstRun): string {
	const totalMs = run.npmCiMs + run.n8nMs + run.buildMs;
	const demoBytes = run.nodeModulesBytes + run.n8nBytes + run.checkoutBytes;
	const cache =
		run.npmCacheBytes > 0
			? `측정 때 npm 다운로드 캐시에 이미 ${gb(run.npmCacheBytes)}가 있었으므로, 캐시가 비어 있으면 더 걸립니다.`
			: '측정 때 npm 다운로드 캐시는 비어 있었습니다.';
	const test =
		run.n8n1xBytes === undefined
			? `\`npm test\`는 n8n ${N8N_1X_VERSION}도 설치합니다(이 컴퓨터에 없어 측정하지 않음)`
			: `\`npm test\`는 n8n 1.x ${gb(run.n8n1xBytes)}를 더 써서 모두 ${gb(demoBytes + run.n8n1xBytes)}`;
	return [
		`- **시간:** 데모가 시작하기 전 설치와 빌드에 약 ${Math.max(1, Math.round(totalMs / 60_000))}분: ` +
			`\`npm ci\` ${minutesSecondsKo(run.npmCiMs)}, 실제 n8n 2.x와 그에 필요한 Node.js 24를 npm 레지스트리에서 ` +
			`${CACHE_PATH}에 한 번 설치하는 데 ${minutesSecondsKo(run.n8nMs)}, \`npm run build\` ` +
			`${minutesSecondsKo(run.buildMs)}. 그다음부터는 몇 초 만에 시작합니다. ${cache}`,
		`- **디스크:** 데모에 ${gb(demoBytes)} (\`node_modules\` ${gb(run.nodeModulesBytes)}, ` +
			`n8n 2.x와 Node.js 24 ${gb(run.n8nBytes)}, 저장소 ${mb(run.checkoutBytes)}). ${test}.`,
	].join('\n');
}

async function main(): Promise<void> {
	const free = (() => {
		const stats = statfsSync(tmpdir());
		return stats.bavail * stats.bsize;
	})();
	if (free < NEEDED_BYTES) {
		throw new Error(
			`${tmpdir()} has ${gb(free)} free; this measurement needs about ${gb(NEEDED_BYTES)}`,
		);
	}
	const temp = mkdtempSync(join(tmpdir(), 'naver-first-run-'));
	const removeTemp = () => rmSync(temp, { recursive: true, force: true });
	const onSignal = (signal: NodeJS.Signals) => {
		console.error(`\n${signal}: deleting ${temp}`);
		removeTemp();
		process.exit(130);
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	console.log(
		`First run of README's command in ${temp} (about 10 minutes and 4 GB; deleted afterwards):`,
	);

	const load = startLoadSampler();
	let run: FirstRun;
	try {
		run = await measure(temp);
	} finally {
		load.stop();
		console.log(`  deleting ${temp} …`);
		removeTemp();
	}
	// The stamp's commit is this working tree's; what was measured is a fresh clone of HEAD.
	const stamp = machineStamp(load.range()).replace(
		/commit .+\._$/,
		`commit ${run.commit}, cloned fresh._`,
	);
	const en = english(run);
	const ko = korean(run);
	console.log(`\n${stamp}\n\n${en}\n\n${ko}`);
	if (!writeDocsWanted()) return;
	writeFigures('README.md', [{ id: 'bench/first-run', markdown: en }], stamp);
	writeFigures('docs/README.ko.md', [{ id: 'bench/first-run-ko', markdown: ko }], stamp);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
