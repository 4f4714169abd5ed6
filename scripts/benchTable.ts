/* eslint-disable no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * How the benchmarks report one run: their tables (Markdown, as docs/performance.md shows them)
 * printed after a line that says when, on what machine and under what load they were measured
 * (figures of a loaded machine read differently); with `--write-docs` (or WRITE_DOCS=1) also
 * written into their generated blocks in the docs (scripts/docFigures.ts).
 */
import {
	machineStamp,
	markdownTable,
	startLoadSampler,
	writeDocsWanted,
	writeFigures,
} from './docFigures';

export { markdownTable };

/** One block of a doc that a benchmark fills. */
export interface DocFigures {
	file: string;
	id: string;
	markdown: string;
}

/** Starts sampling the load now; `finish` prints the figures and writes them when asked to. */
export function startBenchRun(): { finish: (figures: DocFigures[]) => void } {
	const load = startLoadSampler();
	return {
		finish(figures) {
			load.stop();
			const stamp = machineStamp(load.range());
			console.log(stamp);
			for (const { markdown } of figures) console.log(`\n${markdown}`);
			if (!writeDocsWanted()) return;
			const files = [...new Set(figures.map((figure) => figure.file))];
			for (const file of files) {
				writeFigures(
					file,
					figures.filter((figure) => figure.file === file),
					stamp,
				);
			}
		},
	};
}
