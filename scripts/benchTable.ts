/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * How the benchmarks print one run: the machine and its load at the start and the end of the run
 * (figures of a loaded machine read differently), then a Markdown table of the figures, as
 * docs/performance.md quotes them.
 */
import { cpus, loadavg, totalmem } from 'node:os';

export function printBenchTable(header: string[], rows: string[][], loadAtStart: number): void {
	const widths = header.map((title, column) =>
		Math.max(title.length, ...rows.map((row) => row[column].length)),
	);
	const line = (row: string[]) =>
		`| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
	console.log(
		`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, ` +
			`Node ${process.version}, 1-min load average ${loadAtStart.toFixed(1)} at start, ` +
			`${loadavg()[0].toFixed(1)} at the end; ${new Date().toISOString()}`,
	);
	console.log(line(header));
	console.log(line(widths.map((width) => '-'.repeat(width))));
	for (const row of rows) console.log(line(row));
}
