/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * What npm publishes and what n8n's verification checks: dist only, no runtime dependencies,
 * bcryptjs bundled, nothing but allowed modules required, n8n's scanner passing, no source maps or
 * secrets in the tarball, and npm metadata that names the one public repository it is built from.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';

import { buildAndPack } from '../e2e/realN8n';
import { DEFAULT_APP } from '../emulator/server';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf-8')) as Record<
	string,
	unknown
> & {
	n8n: { credentials: string[]; nodes: string[] };
	repository: { type: string; url: string };
	homepage: string;
	bugs: { url: string };
	author: { name: string; email: string; url: string };
	publishConfig: Record<string, unknown>;
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

	test('npm pack --dry-run (what npm publish uploads) lists the tarball’s files', () => {
		// Under the build lock, after buildAndPack's build: another test may be rebuilding dist/.
		const report = JSON.parse(
			execFileSync(
				'flock',
				[
					join(tmpdir(), 'n8n-nodes-naver-commerce.build.lock'),
					'npm',
					'pack',
					'--dry-run',
					'--json',
				],
				{ cwd: root, encoding: 'utf-8', stdio: ['ignore', 'pipe', 'inherit'] },
			),
		) as Array<{ name: string; version: string; files: Array<{ path: string }> }>;
		assert.equal(report.length, 1);
		assert.equal(report[0].name, manifest.name);
		assert.equal(report[0].version, manifest.version);
		assert.deepEqual(report[0].files.map((file) => file.path).sort(), files);
	});

	test('ships no tests, no TypeScript sources and no source maps', () => {
		for (const file of files) {
			assert.doesNotMatch(file, /(^|\/)(test|tests|__tests__|emulator|fixtures)\//, file);
			assert.doesNotMatch(file, /\.(test|spec)\.|\.tsx?$|\.map$/, file);
		}
		// tsup.config.ts sets sourcemap: false; nor may a bundle point at (or inline) a map with
		// the sources embedded.
		for (const file of files.filter((path) => path.endsWith('.js'))) {
			assert.doesNotMatch(
				readFileSync(join(unpacked, file), 'utf-8'),
				/sourceMappingURL|sourcesContent/,
			);
		}
	});

	test('no secret or token is in any packed file', () => {
		for (const file of files) {
			const text = readFileSync(join(unpacked, file), 'utf-8');
			// The emulator's app secret, and any complete bcrypt salt (an Application Secret is one);
			// the credential's placeholder "$2a$04$…" is only the prefix.
			assert.ok(!text.includes(DEFAULT_APP.clientSecret), `${file} holds the emulator's secret`);
			assert.doesNotMatch(text, /\$2[aby]\$\d\d\$[./A-Za-z0-9]{22}/, file);
			// client_secret only as the name of the signed parameter, never with a literal value.
			assert.doesNotMatch(text, /client_secret["']?\s*[:=]\s*["'`][^"'`]/, file);
			for (const match of text.matchAll(/client_secret\w*/g))
				assert.equal(match[0], 'client_secret_sign', file);
			// Bearer only in front of the token read at run time, never a literal token.
			assert.doesNotMatch(text, /Bearer (?!\$\{)\S/, file);
		}
	});

	test('repository, homepage, bugs and author name the one public GitHub repository', () => {
		const repository = /^git\+https:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\.git$/.exec(
			manifest.repository.url,
		);
		assert.ok(repository, `repository.url ${manifest.repository.url}`);
		assert.equal(manifest.repository.type, 'git');
		const [, owner, name] = repository;
		assert.equal(name, manifest.name, 'the repository is named like the package');
		const web = `https://github.com/${owner}/${name}`;
		assert.equal(manifest.homepage, `${web}#readme`);
		assert.equal(manifest.bugs.url, `${web}/issues`);
		assert.equal(manifest.author.url, `https://github.com/${owner}`);
		assert.ok(manifest.author.name && manifest.author.email);
		assert.deepEqual(manifest.publishConfig, { access: 'public', provenance: true });
	});

	test('npm publish without a GitHub Actions OIDC token refuses before uploading anything', () => {
		// publishConfig.provenance: a publish from a laptop (or a CI job without id-token: write)
		// stops with EUSAGE instead of going out unsigned. The registry is a closed loopback port
		// with a dummy token, so nothing could be published even if npm went further.
		const env = { ...process.env };
		for (const name of [
			'ACTIONS_ID_TOKEN_REQUEST_URL',
			'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
			'SIGSTORE_ID_TOKEN',
			'NODE_AUTH_TOKEN',
		])
			delete env[name];
		const registry = 'http://127.0.0.1:9/';
		const result = spawnSync(
			'flock',
			[
				join(tmpdir(), 'n8n-nodes-naver-commerce.build.lock'),
				'npm',
				'publish',
				'--registry',
				registry,
				'--//127.0.0.1:9/:_authToken=dummy-token-for-a-closed-port',
				'--loglevel=error',
			],
			{ cwd: root, env, encoding: 'utf-8' },
		);
		assert.notEqual(result.status, 0);
		assert.match(result.stderr, /EUSAGE/);
		assert.match(result.stderr, /[Pp]rovenance generation/);
		assert.doesNotMatch(result.stderr, /ECONNREFUSED/, 'refused before contacting the registry');
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
