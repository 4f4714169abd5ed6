/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * An n8n 2.x queue-mode deployment on this machine, for the queue-mode tests: Redis and Postgres
 * (scripts/queue-mode/services.sh), one `n8n start` main process and one `n8n worker` process per
 * worker port of the port set (two by default), each n8n process with its own user folder holding
 * this package as a community package, as the containers of a real deployment would have.
 * Everything listens on 127.0.0.1 only, on QUEUE_PORTS unless the constructor is given another set
 * (QUEUE_TRIGGER_PORTS for the trigger's test, QUEUE_MANY_STORES_PORTS and its four workers for
 * the many-stores test).
 *
 * `stop()` ends every process it started (process groups, bounded waits) and deletes every folder;
 * an 'exit' hook and SIGINT/SIGTERM/SIGHUP handlers do the same if the test process ends without
 * calling it, and a run killed outright (SIGKILL) is cleaned up by the next one.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
	chmodSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { N8nInstance, type N8nRuntime } from '../../test/e2e/realN8n';

const SERVICES_SCRIPT = join(__dirname, 'services.sh');

/** The ports of one queue-mode deployment; all on 127.0.0.1. */
export interface QueuePorts {
	readonly postgres: number;
	readonly redis: number;
	readonly mainHttp: number;
	/** One per worker: its health check server. The cluster starts as many workers as given here. */
	readonly workerHealth: readonly number[];
	// Every n8n process starts a task broker; two on one port would collide.
	readonly mainBroker: number;
	/** One per worker, as many as workerHealth. */
	readonly workerBroker: readonly number[];
}

/** The ports the queue-mode setup uses by default (test/queue/queueMode.test.ts). */
export const QUEUE_PORTS = {
	postgres: 56390,
	redis: 56391,
	mainHttp: 5700,
	workerHealth: [5720, 5721],
	mainBroker: 5722,
	workerBroker: [5723, 5724],
} as const satisfies QueuePorts;

/**
 * The ports of the trigger's queue-mode test (test/queue/queueTrigger.test.ts): a set of its own,
 * so that a port the other test's processes were slow to release cannot fail it.
 */
export const QUEUE_TRIGGER_PORTS = {
	postgres: 56392,
	redis: 56393,
	mainHttp: 5701,
	workerHealth: [5725, 5726],
	mainBroker: 5727,
	workerBroker: [5728, 5729],
} as const satisfies QueuePorts;

/**
 * The ports of the many-stores test (test/queue/manyStores.test.ts): four workers, as the issue's
 * deployment had, and a set of its own.
 */
export const QUEUE_MANY_STORES_PORTS = {
	postgres: 56396,
	redis: 56397,
	mainHttp: 5704,
	workerHealth: [5750, 5751, 5752, 5753],
	mainBroker: 5754,
	workerBroker: [5755, 5756, 5757, 5758],
} as const satisfies QueuePorts;

export interface QueueClusterOptions {
	/** Default: QUEUE_PORTS. Its worker ports say how many workers start. */
	ports?: QueuePorts;
	/** How many executions each worker runs at once (`n8n worker --concurrency`); default 10. */
	workerConcurrency?: number;
}

/** One execution as n8n stored it in Postgres, its run data parsed with n8n's own serializer. */
export interface StoredExecution {
	id: string;
	status: string;
	mode: string;
	finished: boolean;
	startedAt: string | null;
	stoppedAt: string | null;
	/** n8n's IRunExecutionData (resultData.runData[node][run].data.main[output] = items). */
	data: {
		resultData?: {
			runData?: Record<string, Array<{ data?: { main?: Array<Array<{ json: unknown }> | null> } }>>;
		};
	};
}

export interface LogLine {
	level?: string;
	message?: string;
	metadata?: Record<string, unknown>;
}

/** One long-running n8n process (main or worker) and everything it printed. */
export class N8nProcess {
	readonly output: string[] = [];
	private exitCode: number | null | undefined;
	private readonly exited: Promise<void>;

	constructor(
		readonly name: string,
		readonly instance: N8nInstance,
		readonly child: ChildProcess,
	) {
		const collect = (chunk: string) => this.output.push(chunk);
		child.stdout?.setEncoding('utf-8').on('data', collect);
		child.stderr?.setEncoding('utf-8').on('data', collect);
		this.exited = new Promise((resolve) =>
			child.on('exit', (code) => {
				this.exitCode = code;
				resolve();
			}),
		);
	}

	get running(): boolean {
		return this.exitCode === undefined;
	}

	get text(): string {
		return this.output.join('');
	}

	/** The JSON log lines (N8N_LOG_FORMAT=json); anything else the process printed is skipped. */
	logLines(): LogLine[] {
		const lines: LogLine[] = [];
		for (const line of this.text.split('\n')) {
			if (!line.startsWith('{')) continue;
			try {
				lines.push(JSON.parse(line) as LogLine);
			} catch {
				// a partial line at the end of the buffer
			}
		}
		return lines;
	}

	async waitForLog(pattern: RegExp, timeoutMs: number): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		while (!pattern.test(this.text)) {
			if (!this.running) throw new Error(`${this.name} exited:\n${this.text.slice(-3000)}`);
			if (Date.now() > deadline)
				throw new Error(
					`${this.name}: no ${pattern} in ${timeoutMs} ms:\n${this.text.slice(-3000)}`,
				);
			await sleep(250);
		}
	}

	/** SIGTERM to the whole process group (n8n and its task runner), SIGKILL after `graceMs`. */
	async stop(graceMs = 15_000): Promise<void> {
		if (!this.running || this.child.pid === undefined) return;
		signalGroup(this.child.pid, 'SIGTERM');
		const timer = setTimeout(() => signalGroup(this.child.pid!, 'SIGKILL'), graceMs);
		await Promise.race([this.exited, sleep(graceMs + 5_000)]);
		clearTimeout(timer);
		// The runner child may outlive its parent by a moment; nothing of the group may stay.
		signalGroup(this.child.pid, 'SIGKILL');
	}
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
	try {
		process.kill(-pid, signal);
	} catch {
		// already gone
	}
}

function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

async function httpOk(url: string): Promise<boolean> {
	try {
		const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
		await response.arrayBuffer();
		return response.ok;
	} catch {
		return false;
	}
}

async function waitForHttp(process_: N8nProcess, url: string, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await httpOk(url))) {
		if (!process_.running)
			throw new Error(`${process_.name} exited:\n${process_.text.slice(-3000)}`);
		if (Date.now() > deadline)
			throw new Error(`${process_.name}: ${url} not ready:\n${process_.text.slice(-3000)}`);
		await sleep(500);
	}
}

export interface QueueClusterSetup {
	/** Runs n8n CLI commands (import, publish, export) against the shared database. */
	admin: N8nInstance;
}

/** The inode of the client socket 127.0.0.1:clientPort → 127.0.0.1:serverPort (IPv4 or IPv6). */
function clientSocketInode(clientPort: number, serverPort: number): string | undefined {
	for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
		let text: string;
		try {
			text = readFileSync(table, 'utf-8');
		} catch {
			continue;
		}
		for (const line of text.split('\n').slice(1)) {
			// sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
			const fields = line.trim().split(/\s+/);
			if (fields.length < 10) continue;
			const localPort = parseInt(fields[1].split(':').pop() ?? '', 16);
			const remotePort = parseInt(fields[2].split(':').pop() ?? '', 16);
			if (localPort === clientPort && remotePort === serverPort && fields[9] !== '0') {
				return fields[9];
			}
		}
	}
	return undefined;
}

/** The process group of a PID, from /proc/<pid>/stat (the name in it may hold spaces). */
function processGroupOf(pid: string): number | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf-8');
		// After "pid (comm) ": state ppid pgrp …
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return Number(fields[2]);
	} catch {
		return undefined;
	}
}

export class QueueCluster {
	readonly baseDir = mkdtempSync(join(tmpdir(), 'naver-queue-'));
	readonly servicesDir = join(this.baseDir, 'services');
	/** A throwaway cluster's password: random per run, only ever in environment variables. */
	private readonly pgPassword = randomBytes(18).toString('base64url');
	readonly instances: N8nInstance[] = [];
	main?: N8nProcess;
	workers: N8nProcess[] = [];
	private servicesUp = false;
	private stopped = false;
	private readonly exitHook = () => this.stopNow();
	/** Ctrl-C or a runner's SIGTERM: clean up, then die of the signal as we would have. */
	private readonly signalHook = (signal: NodeJS.Signals) => {
		this.stopNow();
		process.kill(process.pid, signal);
	};

	readonly ports: QueuePorts;
	readonly workerConcurrency: number;
	/** Where a run killed outright is recorded for the next run on the same ports. */
	private readonly stateFile: string;

	constructor(
		readonly runtime: N8nRuntime,
		options: QueueClusterOptions = {},
	) {
		this.ports = options.ports ?? QUEUE_PORTS;
		if (this.ports.workerBroker.length !== this.ports.workerHealth.length)
			throw new Error('QueuePorts: one broker port and one health port per worker');
		this.workerConcurrency = options.workerConcurrency ?? 10;
		this.stateFile = stateFileFor(this.ports);
		// Postgres runs as its own account, which must be able to pass through this folder (only
		// pass: 0711 lets it list nothing).
		chmodSync(this.baseDir, 0o711);
		process.on('exit', this.exitHook);
		for (const signal of SIGNALS) process.once(signal, this.signalHook);
		cleanUpAbandonedRun(this.stateFile);
		const state: AbandonedRun = {
			baseDir: this.baseDir,
			groups: [],
			ports: { postgres: this.ports.postgres, redis: this.ports.redis },
		};
		writeFileSync(this.stateFile, JSON.stringify(state));
	}

	private recordGroup(pid: number | undefined): void {
		if (pid === undefined) return;
		const state = JSON.parse(readFileSync(this.stateFile, 'utf-8')) as AbandonedRun;
		state.groups.push(pid);
		writeFileSync(this.stateFile, JSON.stringify(state));
	}

	/** The environment every n8n process and CLI command of this deployment shares. */
	sharedEnv(): NodeJS.ProcessEnv {
		return {
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(this.ports.postgres),
			DB_POSTGRESDB_DATABASE: 'n8n',
			DB_POSTGRESDB_USER: 'n8n',
			DB_POSTGRESDB_PASSWORD: this.pgPassword,
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(this.ports.redis),
			// One key for the whole deployment: workers decrypt what main and the CLI encrypted.
			N8N_ENCRYPTION_KEY: 'naver-commerce-queue-key',
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
			N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
			// JSON logs carry the metadata (execution ID, worker ID) the test reads back.
			N8N_LOG_FORMAT: 'json',
			N8N_LOG_LEVEL: 'info',
			N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
			// Its refresh task calls a registry on the internet at start; nothing here needs it.
			N8N_DISABLED_MODULES: 'mcp-registry',
		};
	}

	/**
	 * Starts Redis and Postgres; prepares the n8n user folders (main and each worker) with the
	 * package (an npm tarball, best packed into `baseDir` so that it goes away with the rest)
	 * installed.
	 */
	setUp(tarball: string): QueueClusterSetup {
		mkdirSync(this.servicesDir);
		this.servicesUp = true;
		execFileSync('bash', [SERVICES_SCRIPT, 'up', this.servicesDir], {
			env: { ...process.env, ...this.servicesEnv() },
			stdio: ['ignore', 'inherit', 'inherit'],
			timeout: 10 * 60_000,
		});
		const shared = this.sharedEnv();
		const main = new N8nInstance(this.runtime, join(this.baseDir, 'main'), {
			...shared,
			N8N_PORT: String(this.ports.mainHttp),
			N8N_RUNNERS_BROKER_PORT: String(this.ports.mainBroker),
		});
		const workers = this.ports.workerHealth.map(
			(healthPort, index) =>
				new N8nInstance(this.runtime, join(this.baseDir, `worker${index + 1}`), {
					...shared,
					QUEUE_HEALTH_CHECK_ACTIVE: 'true',
					QUEUE_HEALTH_CHECK_PORT: String(healthPort),
					N8N_RUNNERS_BROKER_PORT: String(this.ports.workerBroker[index]),
				}),
		);
		for (const instance of [main, ...workers]) {
			mkdirSync(instance.userFolder, { recursive: true });
			// Workers load community packages from their own user folder (.n8n/nodes/node_modules),
			// not from the database: each one needs the package on its disk.
			instance.installCommunityPackage(tarball);
			this.instances.push(instance);
		}
		return { admin: main };
	}

	private servicesEnv(): NodeJS.ProcessEnv {
		return {
			...servicesPortsEnv(this.ports),
			QM_PG_PASSWORD: this.pgPassword,
		};
	}

	/**
	 * Whether each worker can get a hostname of its own, as each container of a real deployment
	 * has. n8n names a worker `worker-<hostname>` when it thinks it runs in a container (it does on
	 * this machine) and `worker-<random>` otherwise; two workers sharing one hostname would report
	 * the same worker ID to main. A UTS namespace (root only) gives each its own.
	 */
	readonly ownHostnames = (() => {
		try {
			execFileSync('unshare', ['--uts', '--fork', '--', 'hostname', 'naver-qm-probe'], {
				stdio: 'ignore',
			});
			return true;
		} catch {
			return false;
		}
	})();

	private spawnN8n(
		name: string,
		instance: N8nInstance,
		args: string[],
		hostname?: string,
	): N8nProcess {
		const [command, commandArgs] =
			hostname && this.ownHostnames
				? [
						'unshare',
						[
							'--uts',
							'--fork',
							'--',
							'sh',
							'-c',
							'hostname "$0" && exec "$@"',
							hostname,
							this.runtime.bin,
							...args,
						],
					]
				: [this.runtime.bin, args];
		const child = spawn(command, commandArgs, {
			env: instance.env(),
			stdio: ['ignore', 'pipe', 'pipe'],
			// Its own process group, so stop() reaches the task runner n8n starts as well.
			detached: true,
		});
		this.recordGroup(child.pid);
		return new N8nProcess(name, instance, child);
	}

	/**
	 * Starts main and waits until it is ready (it runs the database migrations: workers started
	 * together with it would race it), then starts the workers and waits for their health checks.
	 */
	async startN8n(): Promise<void> {
		const [mainInstance, ...workerInstances] = this.instances;
		this.main = this.spawnN8n('main', mainInstance, ['start']);
		await waitForHttp(
			this.main,
			`http://127.0.0.1:${this.ports.mainHttp}/healthz/readiness`,
			180_000,
		);
		await this.main.waitForLog(/Editor is now accessible/, 60_000);
		this.workers = workerInstances.map((instance, index) =>
			this.spawnN8n(
				`worker${index + 1}`,
				instance,
				['worker', `--concurrency=${this.workerConcurrency}`],
				`naver-qm-worker${index + 1}`,
			),
		);
		await Promise.all(
			this.workers.map(async (worker, index) => {
				await waitForHttp(
					worker,
					`http://127.0.0.1:${this.ports.workerHealth[index]}/healthz/readiness`,
					180_000,
				);
				await worker.waitForLog(/n8n worker is now ready/, 60_000);
			}),
		);
	}

	/** Everything every n8n process printed, for secret checks. */
	allOutput(): string {
		return [
			...(this.main ? [this.main.text] : []),
			...this.workers.map((worker) => worker.text),
			...this.instances.flatMap((instance) => instance.transcript),
		].join('\n');
	}

	/** Runs a query against the shared database with Debian's psql; rows as arrays of strings. */
	sql(query: string): string[][] {
		const output = execFileSync(
			'psql',
			[
				'-X',
				'-A',
				'-t',
				'-F',
				'\t',
				'-v',
				'ON_ERROR_STOP=1',
				'-h',
				'127.0.0.1',
				'-p',
				String(this.ports.postgres),
				'-U',
				'n8n',
				'-d',
				'n8n',
				'-c',
				query,
			],
			{
				encoding: 'utf-8',
				env: { ...process.env, PGPASSWORD: this.pgPassword },
				// Run data of executions with hundreds of items is larger than the default 1 MB.
				maxBuffer: 512 * 1024 * 1024,
			},
		);
		return output
			.split('\n')
			.filter((line) => line !== '')
			.map((line) => line.split('\t'));
	}

	/** Waits until main has registered the workflow's production webhook (n8n's webhook_entity). */
	async waitForWebhook(workflowId: string, timeoutMs: number): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		const query = `SELECT count(*) FROM webhook_entity WHERE "workflowId" = '${workflowId}'`;
		while (this.sql(query)[0]?.[0] === '0') {
			if (Date.now() > deadline)
				throw new Error(`workflow ${workflowId} not activated:\n${this.main?.text.slice(-3000)}`);
			await sleep(500);
		}
	}

	/**
	 * The executions of a workflow as n8n stored them in Postgres, oldest first, with their run data
	 * parsed by the `flatted` of the n8n that wrote it.
	 */
	executions(workflowId: string): StoredExecution[] {
		// One row: json_agg puts line breaks between elements (strings inside are escaped).
		const [[aggregate]] = this.sql(
			`SELECT replace(coalesce(json_agg(json_build_object(` +
				`'id', e.id::text, 'status', e.status, 'mode', e.mode, 'finished', e.finished, ` +
				`'startedAt', e."startedAt", 'stoppedAt', e."stoppedAt", 'data', d.data) ` +
				`ORDER BY e.id)::text, '[]'), E'\\n', ' ') ` +
				`FROM execution_entity e LEFT JOIN execution_data d ON d."executionId" = e.id ` +
				`WHERE e."workflowId" = '${workflowId.replace(/'/g, "''")}'`,
		);
		const { parse } = createRequire(join(this.runtime.home, 'package.json'))('flatted') as {
			parse: (text: string) => StoredExecution['data'];
		};
		const rows = JSON.parse(aggregate) as Array<Omit<StoredExecution, 'data'> & { data: string }>;
		return rows.map((row) => ({ ...row, data: row.data ? parse(row.data) : {} }));
	}

	/** A workflow's static data (where trigger nodes keep their position), from Postgres. */
	staticData(workflowId: string): Record<string, unknown> | null {
		const rows = this.sql(
			`SELECT coalesce("staticData"::text, 'null') FROM workflow_entity ` +
				`WHERE id = '${workflowId.replace(/'/g, "''")}'`,
		);
		return rows.length === 0 ? null : (JSON.parse(rows[0][0]) as Record<string, unknown> | null);
	}

	/**
	 * Which of this deployment's n8n processes owns the client end of a TCP connection on 127.0.0.1
	 * from `clientPort` to `serverPort`: 'main', 'worker1', 'worker2'…, or undefined when none does.
	 * Call it while the connection is open (e.g. from a server's request handler). Reads
	 * /proc/net/tcp for the socket's inode and the file descriptors of the processes in each n8n
	 * process group (n8n and its task runner) for it; Linux only, same user (or root).
	 */
	processOfConnection(clientPort: number, serverPort: number): string | undefined {
		const inode = clientSocketInode(clientPort, serverPort);
		if (inode === undefined) return undefined;
		const byGroup = new Map<number, string>();
		for (const process_ of [...(this.main ? [this.main] : []), ...this.workers]) {
			if (process_.child.pid !== undefined) byGroup.set(process_.child.pid, process_.name);
		}
		const target = `socket:[${inode}]`;
		for (const entry of readdirSync('/proc')) {
			if (!/^\d+$/.test(entry)) continue;
			const name = byGroup.get(processGroupOf(entry) ?? -1);
			if (name === undefined) continue;
			let fds: string[];
			try {
				fds = readdirSync(`/proc/${entry}/fd`);
			} catch {
				continue; // gone meanwhile
			}
			for (const fd of fds) {
				try {
					if (readlinkSync(`/proc/${entry}/fd/${fd}`) === target) return name;
				} catch {
					// closed meanwhile
				}
			}
		}
		return undefined;
	}

	/**
	 * Stops n8n processes (workers first, so main sees no lost jobs), then Redis and Postgres. With
	 * QUEUE_MODE_LOG_DIR set, each n8n process's output is kept there as <name>.log.
	 */
	async stop(): Promise<void> {
		if (this.stopped) return;
		await Promise.all(this.workers.map((worker) => worker.stop()));
		await this.main?.stop();
		const logDir = process.env.QUEUE_MODE_LOG_DIR;
		if (logDir) {
			mkdirSync(logDir, { recursive: true });
			for (const process_ of [...(this.main ? [this.main] : []), ...this.workers])
				writeFileSync(join(logDir, `${process_.name}.log`), process_.text);
		}
		this.stopNow();
	}

	/** Synchronous last resort, also used from the 'exit' hook: kill, stop services, delete. */
	private stopNow(): void {
		if (this.stopped) return;
		this.stopped = true;
		process.off('exit', this.exitHook);
		for (const signal of SIGNALS) process.off(signal, this.signalHook);
		for (const process_ of [...this.workers, ...(this.main ? [this.main] : [])]) {
			if (process_.child.pid !== undefined) signalGroup(process_.child.pid, 'SIGKILL');
		}
		if (this.servicesUp) {
			try {
				execFileSync('bash', [SERVICES_SCRIPT, 'down', this.servicesDir], {
					env: { ...process.env, ...this.servicesEnv() },
					stdio: ['ignore', 'inherit', 'inherit'],
					timeout: 60_000,
				});
			} catch (error) {
				console.error('queue-mode services did not stop cleanly:', error);
			}
		}
		rmSync(this.baseDir, { recursive: true, force: true });
		rmSync(this.stateFile, { force: true });
	}
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * What a run leaves for the next one in case it is killed outright (SIGKILL runs no hook): its
 * folder and the process groups of its n8n processes. The ports are fixed, so a leftover would
 * otherwise make every later run fail.
 */
function stateFileFor(ports: QueuePorts): string {
	// The default ports keep the file name they always had.
	const suffix = ports.mainHttp === QUEUE_PORTS.mainHttp ? '' : `-${ports.mainHttp}`;
	return join(tmpdir(), `naver-queue-mode${suffix}.state.json`);
}

interface AbandonedRun {
	baseDir: string;
	groups: number[];
	/** Missing in files written before the ports became configurable: the default ports. */
	ports?: { postgres: number; redis: number };
}

function servicesPortsEnv(ports: Pick<QueuePorts, 'postgres' | 'redis'>): NodeJS.ProcessEnv {
	return { QM_PG_PORT: String(ports.postgres), QM_REDIS_PORT: String(ports.redis) };
}

function cleanUpAbandonedRun(stateFile: string): void {
	if (!existsSync(stateFile)) return;
	const state = JSON.parse(readFileSync(stateFile, 'utf-8')) as AbandonedRun;
	for (const pid of state.groups) {
		// Only a group whose leader is still one of ours: PIDs are reused.
		let command = '';
		try {
			command = readFileSync(`/proc/${pid}/cmdline`, 'utf-8');
		} catch {
			continue;
		}
		if (/n8n|unshare/.test(command)) signalGroup(pid, 'SIGKILL');
	}
	if (existsSync(join(state.baseDir, 'services'))) {
		execFileSync('bash', [SERVICES_SCRIPT, 'down', join(state.baseDir, 'services')], {
			// The ports of that run, so that `down` asks its own Redis to shut down.
			env: { ...process.env, ...servicesPortsEnv(state.ports ?? QUEUE_PORTS) },
			stdio: ['ignore', 'inherit', 'inherit'],
			timeout: 60_000,
		});
	}
	rmSync(state.baseDir, { recursive: true, force: true });
	rmSync(stateFile, { force: true });
}
