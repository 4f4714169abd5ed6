/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * `npm run bench [-- --write-docs]`: every benchmark, one after the other, each in a process of its
 * own (as `a && b && …` ran them; a failing one stops the rest), with this command's arguments
 * passed to each. npm hands `-- --write-docs` to the first command of an `&&` chain only, so the
 * chain lives here instead of in package.json. With --write-docs each script writes its tables into
 * its blocks of the docs (scripts/docFigures.ts), stamped with the machine, load and date.
 *
 *   npm run bench -- --write-docs                 all of them
 *   npm run bench -- --write-docs benchLimits     only the ones named (file names without .ts)
 *
 * benchFirstRun, the first run of README's command in a fresh clone, comes last: it is the slowest.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { ROOT } from './docFigures';

export const BENCHMARKS = [
	'bench',
	'benchProductOrders',
	'benchCatalogue',
	'benchLimits',
	'benchBigStore',
	'benchManyStores',
	'benchProfile',
	// Last: about 10 minutes and 4 GB of temporary disk (a fresh clone, npm ci, n8n, build).
	'benchFirstRun',
];

function main(): number {
	const args = process.argv.slice(2);
	const flags = args.filter((arg) => arg.startsWith('--'));
	const named = args.filter((arg) => !arg.startsWith('--'));
	const unknown = named.filter((name) => !BENCHMARKS.includes(name));
	if (unknown.length > 0) {
		console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${BENCHMARKS.join(', ')}`);
		return 2;
	}
	for (const name of named.length > 0 ? BENCHMARKS.filter((b) => named.includes(b)) : BENCHMARKS) {
		console.log(`\n== ${name} ${flags.join(' ')}`.trimEnd());
		const started = performance.now();
		const result = spawnSync(
			join(ROOT, 'node_modules', '.bin', 'tsx'),
			[join(ROOT, 'scripts', `${name}.ts`), ...flags],
			{ cwd: ROOT, stdio: 'inherit' },
		);
		console.log(`== ${name}: ${((performance.now() - started) / 1000).toFixed(0)} s`);
		if (result.status !== 0) {
			console.error(`${name} failed (${result.error?.message ?? `exit ${result.status}`})`);
			return result.status ?? 1;
		}
	}
	return 0;
}

process.exitCode = main();
