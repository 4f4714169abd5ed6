/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * README's installation command, as written there, run in a real n8n's nodes folder with the
 * packed tarball: the package lands where n8n loads community packages from, without a second
 * n8n-workflow, and a workflow saved with the package's node types runs. Until the package is on
 * the npm registry this is how sellers install it, so the README's words are what is tested.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
	apiRequestWorkflow,
	buildAndPack,
	ensureN8n,
	N8nInstance,
	nodeOutput,
	PACKAGE_NAME,
	REPO_ROOT,
} from '../e2e/realN8n';
import { DEFAULT_APP, startEmulator, type NaverCommerceEmulator } from '../emulator/server';

/** The `npm install … .tgz` line of README's self-hosted block, with the tarball it names. */
function readmeInstallCommand(): { args: string[]; tarballName: string } {
	const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf-8');
	const section = readme.slice(readme.indexOf('## Installation'), readme.indexOf('**Docker**'));
	const line = /^npm install ([^\n#]+\.tgz)/m.exec(section);
	assert.ok(line, "README's Installation shows an `npm install … .tgz` line for self-hosted n8n");
	const args = line[1].trim().split(/\s+/);
	const tarballName = basename(args[args.length - 1]);
	return { args: ['install', ...args], tarballName };
}

describe("README's tarball installation", { timeout: 600_000 }, () => {
	let emulator: NaverCommerceEmulator;
	let n8n: N8nInstance;
	const packDir = mkdtempSync(join(tmpdir(), 'naver-readme-install-'));

	before(async () => {
		emulator = await startEmulator();
		n8n = new N8nInstance(ensureN8n());
	});

	after(async () => {
		await emulator?.stop();
		n8n?.cleanup();
		rmSync(packDir, { recursive: true, force: true });
	});

	test('names the version being released', () => {
		const { tarballName } = readmeInstallCommand();
		const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf-8')) as {
			version: string;
		};
		assert.equal(tarballName, `${PACKAGE_NAME}-${version}.tgz`);
	});

	test('installs into ~/.n8n/nodes and n8n runs the node from there', async () => {
		const { args, tarballName } = readmeInstallCommand();
		const tarball = buildAndPack(packDir);
		mkdirSync(n8n.nodesDir, { recursive: true });
		// The README's command names ./<tarball> in the nodes folder: put it there, as a user would.
		copyFileSync(tarball, join(n8n.nodesDir, tarballName));
		execFileSync('npm', args, {
			cwd: n8n.nodesDir,
			stdio: ['ignore', 'ignore', 'inherit'],
			// Offline-safe: the package has no runtime dependencies, so nothing is fetched.
			env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' },
		});
		const installed = join(n8n.nodesDir, 'node_modules', PACKAGE_NAME);
		assert.ok(
			existsSync(join(installed, 'dist', 'nodes', 'NaverCommerce', 'NaverCommerce.node.js')),
		);
		assert.ok(
			!existsSync(join(n8n.nodesDir, 'node_modules', 'n8n-workflow')),
			'no second n8n-workflow next to the one n8n brings',
		);

		await n8n.importCredentials([
			{
				id: 'readmeInstall0001',
				name: 'Naver Commerce account',
				type: 'naverCommerceApi',
				data: {
					clientId: DEFAULT_APP.clientId,
					clientSecret: DEFAULT_APP.clientSecret,
					type: 'SELF',
					baseUrl: emulator.baseUrl,
				},
			},
		]);
		await n8n.importWorkflow(
			apiRequestWorkflow({
				id: 'readmeInstall0001',
				credentialId: 'readmeInstall0001',
				path: '/v1/seller/account',
			}),
		);
		const { ok, run, output } = await n8n.execute('readmeInstall0001');
		assert.ok(ok, output.slice(-2000));
		const [account] = nodeOutput(run, 'Naver Commerce');
		assert.ok(account?.accountId, 'the seller account came back through the installed node');
	});
});
