/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * scripts/setup-n8n.sh on a first run: one progress line per step on stderr, the folder alone on
 * stdout, and what npm and the compiler print kept in a log that a failed step names. The
 * successful path runs for real wherever the e2e cache is cold (a clean CI machine); this file
 * drives the failure path, with a version that does not exist, so it takes a second.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

const script = join(__dirname, '..', '..', 'scripts', 'setup-n8n.sh');

describe('scripts/setup-n8n.sh, first run', () => {
	const home = mkdtempSync(join(tmpdir(), 'setup-n8n-'));
	after(() => rmSync(home, { recursive: true, force: true }));

	test('a failed step says which, how long it took, and where its whole output is', () => {
		const run = spawnSync('bash', [script, '0.0.0-no-such-version'], {
			encoding: 'utf-8',
			env: { ...process.env, N8N_E2E_HOME: home },
		});
		assert.notEqual(run.status, 0);
		assert.equal(run.stdout, '', 'stdout carries the folder only when n8n is ready');

		const lines = run.stderr.trimEnd().split('\n');
		assert.match(lines[0], /^Installing n8n 0\.0\.0-no-such-version .* into .*:$/);
		assert.match(
			lines[1],
			/^ {2}npm install n8n@0\.0\.0-no-such-version and Node 24 \(the longest step\)… failed after \d+s \(exit \d+\)$/,
			'one line for the step, ending with its time',
		);
		const log = join(home, 'setup.log');
		assert.equal(lines[2], `The whole output is in ${log}; its last lines:`);
		assert.ok(existsSync(log));
		const logged = readFileSync(log, 'utf-8');
		assert.match(logged, /npm error/, 'npm wrote to the log');
		assert.ok(run.stderr.endsWith(logged.split('\n').slice(-26).join('\n')), 'its tail is shown');
		assert.ok(!existsSync(join(home, '.ready')), 'a failed install is not marked ready');
		assert.ok(!/build sqlite3/.test(run.stderr), 'no later step runs after a failed one');
	});
});
