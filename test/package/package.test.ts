/**
 * What npm publishes and what n8n's verification checks: dist only, no runtime dependencies,
 * bcryptjs bundled, nothing but allowed modules required, and n8n's scanner passing.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';

import { buildAndPack } from '../e2e/realN8n';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf-8')) as Record<
	string,
	unknown
> & {
	n8n: { credentials: string[]; nodes: string[] };
};

describe('published package', () => {
	let files: string[] = [];

	let tarball = '';
	// Read what was packed, not the working tree's dist/, which another build may be replacing.
	let unpacked = '';

	before(() => {
		const outDir = mkdtempSync(join(tmpdir(), 'naver-package-test-'));
		tarball = buildAndPack(outDir);
		execFileSync('tar', ['-xzf', tarball, '-C', outDir]);
		unpacked = join(outDir, 'package');
		files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf-8' })
			.trim()
			.split('\n')
			.map((path) => path.replace(/^package\//, ''))
			.sort();
	});

	test('contains only dist, README, LICENSE and package.json', () => {
		for (const file of files) {
			assert.ok(
				file.startsWith('dist/') || ['README.md', 'LICENSE', 'package.json'].includes(file),
				file,
			);
		}
		for (const required of [
			'README.md',
			'LICENSE',
			...manifest.n8n.credentials,
			...manifest.n8n.nodes,
		]) {
			assert.ok(files.includes(required), `${required} missing`);
		}
		for (const asset of [
			'naverCommerce.svg',
			'naverCommerce.dark.svg',
			'NaverCommerce.node.json',
		]) {
			assert.ok(files.includes(`dist/nodes/NaverCommerce/${asset}`), `${asset} missing`);
		}
	});

	test('has no runtime dependencies; bcryptjs is bundled into the credential', () => {
		assert.equal(manifest.dependencies, undefined);
		assert.deepEqual(manifest.peerDependencies, { 'n8n-workflow': '*' });
		const credential = readFileSync(join(unpacked, manifest.n8n.credentials[0]), 'utf-8');
		// bcryptjs's own error text proves it is inside the (minified) bundle, not required at run time.
		assert.match(credential, /Invalid salt version/);
		assert.doesNotMatch(credential, /require\(["']bcryptjs/);
		const node = readFileSync(join(unpacked, manifest.n8n.nodes[0]), 'utf-8');
		assert.doesNotMatch(node, /Invalid salt version/, 'the node does not need bcrypt');
	});

	test('the shipped JavaScript requires only n8n-workflow and crypto and no forbidden globals', () => {
		for (const file of files.filter((path) => path.endsWith('.js'))) {
			const source = readFileSync(join(unpacked, file), 'utf-8');
			const required = [...source.matchAll(/require\(["']([^"']+)["']\)/g)].map(
				(match) => match[1],
			);
			for (const name of required)
				assert.ok(['n8n-workflow', 'crypto'].includes(name), `${file} requires ${name}`);
			assert.doesNotMatch(
				source,
				/\b(setTimeout|setImmediate|setInterval|process\.env|globalThis)\b/,
				file,
			);
		}
	});

	test("n8n's community package scanner passes on the tarball and the source", async () => {
		const { scanPackage } = await import('../../scripts/scan.mjs');
		const { tarball: packed, source } = await scanPackage(tarball);
		assert.ok(packed.passed, `${packed.message}\n${packed.details ?? ''}`);
		assert.ok(source.passed, `${source.message}\n${source.details ?? ''}`);
	});

	test('npm audit of what a user installs (no dev dependencies) finds nothing', () => {
		const report = JSON.parse(
			execFileSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf-8' }),
		) as { metadata: { vulnerabilities: Record<string, number> } };
		assert.equal(report.metadata.vulnerabilities.total, 0);
	});
});
