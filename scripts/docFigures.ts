/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Measured figures in the docs are written by what measures them, never by hand. A figure lives in
 * a generated block of a Markdown file:
 *
 *   <!-- figures: bench/limits (written by npm run bench -- --write-docs) -->
 *   _Measured … on <machine>, Node …; 1-minute load average … during the run; commit …_
 *   …tables…
 *   <!-- /figures -->
 *
 * The benchmark scripts (scripts/bench*.ts, run together by scripts/benchAll.ts) write their blocks
 * when given `--write-docs`, the queue-mode tests (test/queue/*.test.ts) when WRITE_DOCS=1.
 * writeFigures replaces a block's content and nothing else of the file; a block must exist (its
 * markers are put in a doc by hand, once), so figures never land where no one reads them.
 * test/unit/docFigures.test.ts fails when a doc quotes a measured figure outside such a block, or
 * has a block that no script or test writes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type } from 'node:os';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..');

/** The start of a generated block, on a line of its own: its id, and the command that writes it. */
export const BLOCK_START = /^<!-- figures: (\S+) \(written by ([^)]+)\) -->$/gm;
export const BLOCK_END = '<!-- /figures -->';
const BLOCK_END_LINE = /^<!-- \/figures -->$/gm;
const ANY_START_LINE = /^<!-- figures: /m;

/** True when the figures of this run should be written into the docs. */
export function writeDocsWanted(argv: string[] = process.argv): boolean {
	return argv.includes('--write-docs') || process.env.WRITE_DOCS === '1';
}

export interface LoadRange {
	min: number;
	max: number;
}

/**
 * Samples the 1-minute load average every few seconds from now on (and at the moment `range` is
 * asked): figures taken on a loaded machine read differently, so every block says how loaded it was.
 */
export function startLoadSampler(intervalMs = 5_000): { range: () => LoadRange; stop: () => void } {
	const samples = [loadavg()[0]];
	const timer = setInterval(() => samples.push(loadavg()[0]), intervalMs);
	timer.unref();
	return {
		range: () => {
			samples.push(loadavg()[0]);
			return { min: Math.min(...samples), max: Math.max(...samples) };
		},
		stop: () => clearInterval(timer),
	};
}

function commitLine(): string {
	try {
		const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
			cwd: ROOT,
			encoding: 'utf-8',
		}).trim();
		const dirty =
			execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
				cwd: ROOT,
				encoding: 'utf-8',
			}).trim() !== '';
		return `commit ${commit}${dirty ? ' with uncommitted changes in the working tree' : ''}`;
	} catch {
		return 'commit unknown';
	}
}

/** The line that opens every block: when, on what machine, under what load, at which commit. */
export function machineStamp(load: LoadRange, when: Date = new Date()): string {
	const date = `${when.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
	const cpu = cpus()[0]?.model.trim().replace(/\s+/g, ' ') ?? 'unknown CPU';
	const machine = `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${type()}`;
	const loadText =
		load.min.toFixed(1) === load.max.toFixed(1)
			? load.min.toFixed(1)
			: `${load.min.toFixed(1)}–${load.max.toFixed(1)}`;
	return (
		`_Measured ${date} on ${machine}, Node ${process.version}; 1-minute load average ${loadText} ` +
		`during the run; ${commitLine()}._`
	);
}

/** A Markdown table, columns padded to their widest cell (as the scripts print it). */
export function markdownTable(header: string[], rows: string[][]): string {
	const escape = (cell: string) => cell.replace(/\|/g, '\\|');
	const all = [header, ...rows].map((row) => row.map(escape));
	const widths = header.map((_, column) =>
		Math.max(3, ...all.map((row) => (row[column] ?? '').length)),
	);
	const line = (row: string[]) =>
		`| ${widths.map((width, column) => (row[column] ?? '').padEnd(width)).join(' | ')} |`;
	return [
		line(all[0]),
		line(widths.map((width) => '-'.repeat(width))),
		...all.slice(1).map(line),
	].join('\n');
}

export interface Block {
	id: string;
	command: string;
	/** Offsets in the text: the start marker's first character, the end marker's last + 1. */
	start: number;
	end: number;
	/** What lies between the markers. */
	body: string;
}

/** The generated blocks of a Markdown text, in order; throws on a marker without its pair. */
export function generatedBlocks(text: string): Block[] {
	const blocks: Block[] = [];
	let position = 0;
	for (const match of text.matchAll(BLOCK_START)) {
		if (match.index < position) throw new Error(`block ${match[1]} starts inside another block`);
		const bodyStart = match.index + match[0].length;
		BLOCK_END_LINE.lastIndex = bodyStart;
		const close = BLOCK_END_LINE.exec(text)?.index ?? -1;
		const nextStart = text.slice(bodyStart).search(ANY_START_LINE);
		if (close < 0 || (nextStart >= 0 && bodyStart + nextStart < close)) {
			throw new Error(`block ${match[1]} has no ${BLOCK_END} before the next block`);
		}
		blocks.push({
			id: match[1],
			command: match[2],
			start: match.index,
			end: close + BLOCK_END.length,
			body: text.slice(bodyStart, close),
		});
		position = close + BLOCK_END.length;
	}
	const ends = [...text.matchAll(new RegExp(BLOCK_END_LINE.source, 'gm'))].length;
	if (ends !== blocks.length) throw new Error(`${ends} end markers for ${blocks.length} blocks`);
	return blocks;
}

/**
 * Replaces the content of blocks of one Markdown file (path relative to the repository), each
 * stamped with the machine line. Every block named must already be in the file.
 */
export function writeFigures(
	file: string,
	contents: Array<{ id: string; markdown: string }>,
	stamp: string,
): void {
	const path = resolve(ROOT, file);
	let text = readFileSync(path, 'utf-8');
	for (const { id, markdown } of contents) {
		const block = generatedBlocks(text).find((candidate) => candidate.id === id);
		if (!block) {
			throw new Error(
				`${file} has no block "${id}": add <!-- figures: ${id} (written by …) --> and ${BLOCK_END}`,
			);
		}
		const opening = text.slice(
			block.start,
			block.start + text.slice(block.start).indexOf('-->') + 3,
		);
		const body = `\n\n${stamp}\n\n${markdown.trim()}\n\n`;
		text = text.slice(0, block.start) + opening + body + BLOCK_END + text.slice(block.end);
	}
	writeFileSync(path, text);
	console.log(`figures written: ${file} (${contents.map((content) => content.id).join(', ')})`);
}

/**
 * The figures of a test file (the queue-mode tests): the load is sampled from now on, each test
 * that passes says so, and after the file, with WRITE_DOCS=1, its block is written only when all
 * `tests` passed (figures of a failed run would read as true).
 */
export function testFileFigures(file: string, id: string, tests: number) {
	const load = startLoadSampler();
	const started = Date.now();
	let passed = 0;
	return {
		passed: (): void => {
			passed += 1;
		},
		/** `markdown` is given the seconds the file's tests took. */
		write: (markdown: (seconds: number) => string): void => {
			load.stop();
			if (!writeDocsWanted()) return;
			if (passed < tests) {
				console.log(`${file} not written: a test failed`);
				return;
			}
			const seconds = Math.round((Date.now() - started) / 1000);
			writeFigures(file, [{ id, markdown: markdown(seconds) }], machineStamp(load.range()));
		},
	};
}
