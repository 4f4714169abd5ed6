/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * `npx tsx scripts/benchProfile.ts [--write-docs]` (part of `npm run bench`): runs
 * scripts/profileRequests.ts (2,000 requests through the node in n8n-core and 2,000 raw `fetch`
 * calls, CPU-profiled) into a temporary folder and takes the self time by where the code lives from
 * the summary.md it writes; with --write-docs writes those tables into docs/performance.md. The
 * profiles themselves stay in that folder (its path is printed) for Chrome DevTools.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ROOT } from './docFigures';
import { startBenchRun } from './benchTable';

/** One section of summary.md: its wall-time line and its table by category, under a bold title. */
function section(lines: string[], heading: string, title: string): string {
	const start = lines.findIndex((line) => line.startsWith(heading));
	if (start < 0) throw new Error(`summary.md has no section "${heading}"`);
	const end = lines.findIndex((line, index) => index > start && line.startsWith('Top functions'));
	const body = lines.slice(start + 1, end < 0 ? undefined : end);
	const wall = body.find((line) => line.startsWith('Wall time'));
	const table = body.filter((line) => line.startsWith('|'));
	if (!wall || table.length < 3) throw new Error(`summary.md: no figures under "${heading}"`);
	return [`**${title}** ${wall}.`, '', ...table].join('\n');
}

function main(): void {
	const run = startBenchRun();
	const folder = mkdtempSync(join(tmpdir(), 'naver-commerce-profile-'));
	execFileSync(
		join(ROOT, 'node_modules', '.bin', 'tsx'),
		[join(ROOT, 'scripts', 'profileRequests.ts'), folder],
		{
			cwd: ROOT,
			stdio: ['ignore', 'ignore', 'inherit'],
		},
	);
	const lines = readFileSync(join(folder, 'summary.md'), 'utf-8').split('\n');
	const ratio = lines.find((line) => line.startsWith('Time per request, node / raw'));
	const markdown = [
		section(lines, '## The node', 'The node in n8n-core, one execution of 2,000 items.'),
		section(lines, '## Raw fetch', 'Raw fetch, 2,000 sequential calls with the same token.'),
		`${ratio ?? 'Time per request, node / raw: not in summary.md'}.`,
	].join('\n\n');
	console.log(`Profiles and the full summary.md (top functions too): ${folder}`);
	run.finish([{ file: 'docs/performance.md', id: 'bench/profile', markdown }]);
}

main();
