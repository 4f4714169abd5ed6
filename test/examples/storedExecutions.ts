/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * What a running n8n stored, read from its SQLite database read-only with the Node 24 that runs
 * n8n (node:sqlite) and flatted, n8n's own serializer of execution data: each workflow's static
 * data, and each execution of the given workflows with the items every node output (its first
 * run, first output). `n8n execute --rawOutput` prints the same run on stdout, but a run of a few
 * megabytes comes out cut short there (n8n exits before the pipe is drained); the database has it
 * whole.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import type { N8nInstance } from '../e2e/realN8n';

export interface StoredExecution {
	id: number;
	workflowId: string;
	status: string;
	mode: string;
	/** Node name → the JSON of the items it output. */
	nodes: Record<string, Array<Record<string, unknown>>>;
	/** Node name → each item's files (binary properties), without their data. */
	files: Record<
		string,
		Array<Record<string, { mimeType?: string; fileName?: string; fileSize?: string }>>
	>;
	/** The error the execution stopped with. */
	error?: string;
}

export interface StoredState {
	staticData: Record<string, Record<string, unknown> | null>;
	executions: StoredExecution[];
}

const SCRIPT = `
const { DatabaseSync } = require('node:sqlite');
const { parse } = require(process.argv[2]);
const [file, , idsJson] = process.argv.slice(1);
const ids = JSON.parse(idsJson);
const db = new DatabaseSync(file, { readOnly: true });
const staticData = {};
for (const id of ids) {
	const row = db.prepare('SELECT staticData FROM workflow_entity WHERE id = ?').get(id);
	const value = row?.staticData;
	staticData[id] = value ? (typeof value === 'string' ? JSON.parse(value) : value) : null;
}
const executions = [];
for (const id of ids) {
	const rows = db.prepare('SELECT e.id, e.status, e.mode, d.data FROM execution_entity e JOIN execution_data d ON d.executionId = e.id WHERE e.workflowId = ? ORDER BY e.id').all(id);
	for (const row of rows) {
		const resultData = parse(row.data).resultData ?? {};
		const nodes = {};
		const files = {};
		for (const [name, runs] of Object.entries(resultData.runData ?? {})) {
			const items = runs?.[0]?.data?.main?.[0] ?? [];
			nodes[name] = items.map((item) => item.json);
			files[name] = items.map((item) => Object.fromEntries(Object.entries(item.binary ?? {}).map(([key, file]) => [key, { mimeType: file.mimeType, fileName: file.fileName, fileSize: file.fileSize }])));
		}
		const error = resultData.error?.message;
		executions.push({ id: row.id, workflowId: id, status: row.status, mode: row.mode, nodes, files, error });
	}
}
console.log(JSON.stringify({ staticData, executions }));
`;

export function readStoredState(instance: N8nInstance, workflowIds: string[]): StoredState {
	const output = execFileSync(
		join(instance.runtime.nodeBinDir, 'node'),
		[
			'--no-warnings',
			'-e',
			SCRIPT,
			join(instance.userFolder, '.n8n', 'database.sqlite'),
			join(instance.runtime.home, 'node_modules', 'flatted'),
			JSON.stringify(workflowIds),
		],
		{ encoding: 'utf-8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
	);
	return JSON.parse(output) as StoredState;
}

/** The last execution of a workflow, as n8n stored it. */
export function lastExecution(instance: N8nInstance, workflowId: string): StoredExecution {
	const { executions } = readStoredState(instance, [workflowId]);
	const last = executions.at(-1);
	if (!last) throw new Error(`n8n stored no execution of ${workflowId}`);
	return last;
}
