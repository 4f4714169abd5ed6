/**
 * What npm publishes and what n8n's verification checks: dist only, no runtime dependencies,
 * bcryptjs bundled, nothing but allowed modules required, and n8n's scanner passing.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf-8')) as Record<
	string,
	unknown
> & {
	n8n: { credentials: string[]; nodes: string[] };
};

describe('published package', () => {
	let files: string[] = [];

	before(() => {
		execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });
		const [pack] = JSON.parse(
			execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf-8' }),
		) as Array<{ files: Array<{ path: string }>; size: number }>;
		files = pack.files.map((file) => file.path).sort();
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
		const credential = readFileSync(join(root, manifest.n8n.credentials[0]), 'utf-8');
		assert.match(credential, /hashSync/);
		const node = readFileSync(join(root, manifest.n8n.nodes[0]), 'utf-8');
		assert.doesNotMatch(node, /hashSync/, 'the node does not need bcrypt');
	});

	test('the shipped JavaScript requires only n8n-workflow and crypto and no forbidden globals', () => {
		for (const file of files.filter((path) => path.endsWith('.js'))) {
			const source = readFileSync(join(root, file), 'utf-8');
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
		const { scanPackage } = (await import('../../scripts/scan.mjs')) as {
			scanPackage(): Promise<
				Record<'tarball' | 'source', { passed: boolean; details?: string; message?: string }>
			>;
		};
		const { tarball, source } = await scanPackage();
		assert.ok(tarball.passed, `${tarball.message}\n${tarball.details ?? ''}`);
		assert.ok(source.passed, `${source.message}\n${source.details ?? ''}`);
	});
});
