/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Measured figures in README.md and docs/*.md (the Korean README among them) are written by what
 * measures them (scripts/docFigures.ts): inside a
 * generated block, stamped with the machine, load and date of the run. This test fails when a doc
 * quotes a measured figure outside such a block (a figure typed by hand goes stale: "dist/ 167 KB"
 * stayed in three places after dist grew to 300 KB), when a block is not stamped, or when no script
 * or test writes a block (its figures could never be renewed).
 *
 * What counts as a measured figure here, outside inline code (`…`, settings and code):
 *   - a number with a unit that only measurements carry in these docs: ms, µs, s (seconds; 초 in
 *     the Korean README), KB, MB, GB, a ratio (1.7×), a share (53 %), a rate (259 requests/s);
 *   - a count of token requests, refreshes or tokens issued written in digits ("2–11 token
 *     requests"): the issue named them, and they moved when the token request became shared.
 * Not measured, so allowed anywhere:
 *   - a bound: the number right after ≤, <, ≥, >, "under", "below", "over", "more than", "less than",
 *     "at most", "at least", "up to", "within" or "goal" ("goal ≤ 1.2×", "< 50 ms"): goals, limits
 *     and what a test asserts;
 *   - periods in minutes, hours and days (Naver's 24-hour windows, a token's 30 minutes, a schedule
 *     of every 10 minutes): no figure here is measured in them;
 *   - the few settings below (ALLOWED), each with its reason; an entry whose text is gone fails.
 * Not read: the docs in NOT_READ, each with its reason. Paths are relative to the repository.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';

import { generatedBlocks } from '../../scripts/docFigures';

const ROOT = resolve(__dirname, '..', '..');
const DOCS = join(ROOT, 'docs');
/** Docs this test does not read, and why. */
const NOT_READ = new Map([
	[
		'docs/contract-coverage.md',
		'scripts/contract/coverage.ts writes it whole, and test/contract checks it',
	],
]);

/** Settings and documented limits in measurement units, quoted outside blocks: each with why. */
const ALLOWED: Array<{ file: string; text: string; reason: string }> = [
	{
		file: 'docs/performance.md',
		text: 'every 100 µs',
		reason: "the profiler's sampling interval, a setting of scripts/profileRequests.ts",
	},
	{
		file: 'docs/queue-mode.md',
		text: '300 s by default',
		reason: 'the default of the credential field Wait When Rate-Limited (Seconds)',
	},
	{
		file: 'docs/queue-mode.md',
		text: 'SIGKILL after 15 s',
		reason: "the clean-up's timeout in scripts/queue-mode/cluster.ts",
	},
	{
		file: 'docs/queue-mode.md',
		text: 'Safety Lag 1 s',
		reason: "the trigger's setting in the test's workflow",
	},
	{
		file: 'docs/operations.md',
		text: '(every minute, 60 s lag) 60–120 s after',
		reason: "the trigger's schedule and safety lag, and the delay they add up to",
	},
	{
		file: 'README.md',
		text: 'seen **60–120 s** after it happens (a 60-second safety lag)',
		reason: "the trigger's fastest schedule and default safety lag, and the delay they add up to",
	},
	{
		file: 'docs/README.ko.md',
		text: '기본 설정에서 60–120초 안에',
		reason: "the trigger's fastest schedule and default safety lag, and the delay they add up to",
	},
	{
		file: 'README.md',
		text: 'the node waits 1 s before retrying',
		reason:
			'the wait after a 429 without rate headers (one request back in the bucket when the rate is ' +
			'unknown: 1000 ms, retryDelayMs in nodes/NaverCommerce/transport/index.ts)',
	},
	{
		file: 'docs/README.ko.md',
		text: '기다리는 최대 시간(기본 300초)',
		reason: 'the default of the credential field Wait When Rate-Limited (Seconds)',
	},
	{
		file: 'docs/performance.md',
		text: '1 % of the requests',
		reason: 'the share of faults the soak injects, a setting of test/reliability/load.test.ts',
	},
	{
		file: 'docs/testing.md',
		text: 'with 1 % injected 5xx/429',
		reason: 'the share of faults the soak injects, a setting of test/reliability/load.test.ts',
	},
];

const NUMBER = String.raw`\d+(?:[,.]\d+)*`;
const RANGE = String.raw`${NUMBER}(?:\s*[–-]\s*${NUMBER})?`;
const WITH_UNIT = new RegExp(
	String.raw`(?<![\w.,/])${RANGE}` +
		String.raw`(?:\s?(?:ms|µs|KB|kB|MB|GB|%|requests?/s)(?![\w])` +
		String.raw`|[×x](?![\w])(?!\s*\d)|\s[×x](?=\s*(?:[,;.:)|]|$))` +
		String.raw`|\s(?:s|secs?|seconds?)(?![\w])` +
		String.raw`|\s?초(?!과)` +
		String.raw`|(?<=\.\d+)s(?![\w]))`,
	'gu',
);
const TOKEN_COUNT = new RegExp(
	String.raw`(?<![\w.,/])${NUMBER}(?:\s*[–/-]\s*${NUMBER})*\**\s+(?:new\s+)?` +
		String.raw`(?:token requests?|refresh(?:es|\s+calls?)|tokens?\s+issued)\b`,
	'giu',
);
const BOUND =
	/(?:[≤<≥>]|\b(?:under|below|over|more than|less than|at most|at least|up to|within|goal))\s*$/iu;

interface Figure {
	line: number;
	text: string;
}

/** The text with its generated blocks and inline code blanked (same length, same lines). */
function unmeasuredText(text: string): string {
	let out = text;
	for (const block of generatedBlocks(text)) {
		const blank = text.slice(block.start, block.end).replace(/[^\n]/g, ' ');
		out = out.slice(0, block.start) + blank + out.slice(block.end);
	}
	return out.replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length));
}

/** Measured figures in a text outside its blocks, minus bounds and the allowed settings. */
function measuredFigures(text: string, allowed: string[] = []): Figure[] {
	const scanned = unmeasuredText(text);
	// An allowed text matches wherever it stands, a line break or several spaces in it or not.
	const allowedSpans = allowed.flatMap((snippet) => {
		const words = snippet.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
		return [...scanned.matchAll(new RegExp(words.join('\\s+'), 'g'))].map(
			(match): [number, number] => [match.index, match.index + match[0].length],
		);
	});
	const figures: Figure[] = [];
	for (const pattern of [WITH_UNIT, TOKEN_COUNT]) {
		for (const match of scanned.matchAll(pattern)) {
			const lineStart = scanned.lastIndexOf('\n', match.index) + 1;
			if (BOUND.test(scanned.slice(lineStart, match.index))) continue;
			const end = match.index + match[0].length;
			if (allowedSpans.some(([from, to]) => match.index >= from && end <= to)) continue;
			figures.push({
				line: scanned.slice(0, match.index).split('\n').length,
				text: match[0],
			});
		}
	}
	return figures.sort((a, b) => a.line - b.line);
}

/** README.md and every doc under docs/ (the Korean README too), minus NOT_READ. */
const docs = [
	'README.md',
	...readdirSync(DOCS)
		.filter((file) => file.endsWith('.md'))
		.map((file) => `docs/${file}`)
		.sort(),
].filter((file) => !NOT_READ.has(file));

/** Every .ts file under scripts/ and test/: where the writers of the blocks live. */
function sourcesOf(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourcesOf(path);
		return entry.name.endsWith('.ts') ? [readFileSync(path, 'utf-8')] : [];
	});
}

describe('measured figures in the docs are written by the scripts that measure them', () => {
	test('the rule finds hand-typed figures and lets goals, limits and periods pass', () => {
		const found = (text: string) => measuredFigures(text).map((figure) => figure.text);
		assert.deepEqual(found('`dist/` 167 KB (minified); the node module loads in about 15 ms.'), [
			'167 KB',
			'15 ms',
		]);
		assert.deepEqual(found('1.7× a bare fetch loop; 7 / 8 = 0.88× minimum; 53 % answered 429'), [
			'1.7×',
			'0.88×',
			'53 %',
		]);
		assert.deepEqual(found('| 1 | 8.6 s | 56 s |\nthe suite took 1,888 s (19 s, 259 requests/s)'), [
			'8.6 s',
			'56 s',
			'1,888 s',
			'19 s',
			'259 requests/s',
		]);
		assert.deepEqual(found('one token issued (2–11 token requests); 1–4 refresh calls'), [
			'2–11 token requests',
			'1–4 refresh calls',
		]);
		assert.deepEqual(found('데모까지 약 9분, 빌드 12초; 24시간 초과; 0.5 초 대기'), [
			'12초',
			'0.5 초',
		]);
		assert.deepEqual(found('wall 5–9× the minimum; 2.5s; 60–120 s; 1000× fewer; ratio 3 ×.'), [
			'5–9×',
			'2.5s',
			'60–120 s',
			'1000×',
			'3 ×',
		]);
		// Bounds, periods, codes, versions, multiplication and inline code are not measurements.
		assert.deepEqual(
			found(
				'goal ≤ 1.2×; (goal < 50 ms); ≤ 1 %; at most 1 token request; under 16 MB; ' +
					'24 hours, every 10 minutes, 30 minutes; 429s; n8n 2.x; 100 products × 3 photos; ' +
					'`--timeout 30 s`; 0 × 105306; N / 4 × (RTT + CPU)',
			),
			[],
		);
		// A figure inside a generated block is the script's; the same figure outside it is not.
		const block =
			'<!-- figures: bench/x (written by npm run bench -- --write-docs) -->\n\n' +
			'_Measured 2025-01-01 00:00 UTC on a machine._\n\n| dist/ | 299.5 KB |\n\n<!-- /figures -->';
		assert.deepEqual(found(block), []);
		assert.deepEqual(
			measuredFigures(`${block}\nThe dist is 299.5 KB.`).map((figure) => figure),
			[{ line: 8, text: '299.5 KB' }],
		);
		// An allowed setting passes only as the whole allowed text.
		assert.deepEqual(measuredFigures('waits 300 s by\ndefault', ['300 s by default']), []);
		assert.equal(measuredFigures('took 300 s', ['300 s by default']).length, 1);
	});

	for (const file of docs) {
		test(`${file}: no measured figure outside a generated block`, () => {
			const text = readFileSync(join(ROOT, file), 'utf-8');
			const allowed = ALLOWED.filter((entry) => entry.file === file);
			const figures = measuredFigures(
				text,
				allowed.map((entry) => entry.text),
			);
			assert.deepEqual(
				figures.map((figure) => `${file}:${figure.line}: ${figure.text}`),
				[],
				'measured figures typed by hand: let the script that measures them write them ' +
					'(a block of scripts/docFigures.ts), or say it without the figure',
			);
			const flat = unmeasuredText(text).replace(/\s+/g, ' ');
			for (const entry of allowed) {
				assert.ok(flat.includes(entry.text), `ALLOWED entry no longer in ${file}: ${entry.text}`);
			}
		});
	}

	test('every generated block is stamped, and written by a script or test that exists', () => {
		const sources = [...sourcesOf(join(ROOT, 'scripts')), ...sourcesOf(join(ROOT, 'test'))].join(
			'\n',
		);
		const seen = new Set<string>();
		for (const file of docs) {
			for (const block of generatedBlocks(readFileSync(join(ROOT, file), 'utf-8'))) {
				const where = `${file} block ${block.id}`;
				assert.ok(!seen.has(block.id), `${where}: the id is used twice`);
				seen.add(block.id);
				assert.match(
					block.body,
					/^\n\n_Measured \d{4}-\d\d-\d\d \d\d:\d\d UTC on .+, Node v\S+; 1-minute load average [\d.–]+ during the run; commit .+\._\n/,
					`${where}: not stamped with machine, load and date (was it written by hand?)`,
				);
				assert.ok(
					sources.includes(`'${block.id}'`),
					`${where}: no script or test under scripts/ or test/ writes '${block.id}'`,
				);
			}
		}
	});
});
