// Runs n8n's community-package scanner offline, as n8n's verification does, on both legs:
// the packed tarball (dist JavaScript + package.json) and the source (nodes/, credentials/).
// The scanner's CLI needs the registry's provenance attestation and the GitHub source, which
// are not reachable from every machine; its analyzePackage() is the part that judges the code.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import {
	analyzePackage,
	SOURCE_FILE_PATTERNS,
} from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = resolve(import.meta.dirname, '..');

export async function scanPackage() {
	const packDir = mkdtempSync(join(tmpdir(), 'naver-scan-'));
	const [{ filename }] = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], {
			cwd: root,
			encoding: 'utf-8',
		}),
	);
	execFileSync('tar', ['-xzf', join(packDir, filename), '-C', packDir]);
	const packed = await analyzePackage(join(packDir, 'package'), ['**/*.js', 'package.json']);
	const source = await analyzePackage(root, SOURCE_FILE_PATTERNS);
	return { tarball: packed, source };
}

if (process.argv[1] === import.meta.filename) {
	const { tarball, source } = await scanPackage();
	for (const [leg, result] of Object.entries({ tarball, source })) {
		console.log(`${leg}: ${result.passed ? 'passed' : `FAILED – ${result.message}`}`);
		if (result.details) console.log(result.details);
	}
	process.exit(tarball.passed && source.passed ? 0 : 1);
}
