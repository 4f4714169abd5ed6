/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Helpers of the trigger tests that run a real `n8n start`: free ports, bounded waits, stopping
 * the process, and reading what n8n stored (the workflow's static data, the durable poll cursors
 * of its poller_state table, the items each trigger node emitted per execution) from its SQLite
 * database with the Node 24 that runs n8n.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

import type { INodeExecutionData } from 'n8n-workflow';

import type { N8nInstance } from '../e2e/realN8n.ts';
import { sleep } from './streamCheck.ts';

async function isFree(port: number): Promise<boolean> {
	return await new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

export async function freePort(candidates: number[]): Promise<number> {
	for (const port of candidates) if (await isFree(port)) return port;
	throw new Error(`no free port among ${candidates.join(', ')}`);
}

export interface StoredExecution {
	id: number;
	status: string;
	mode: string;
	/** The trigger node that started it (the first of `triggerNames` in its run data). */
	trigger: string;
	items: INodeExecutionData[];
}

export interface StoredTriggerState {
	staticData: Record<string, unknown> | null;
	/** Durable poll cursors (poller_state.cursor) by node ID; empty when n8n keeps none. */
	pollerCursors: Record<string, Record<string, unknown>>;
	executions: StoredExecution[];
}

/**
 * Reads n8n's SQLite database read-only (node:sqlite of the Node 24 that runs n8n, and flatted,
 * n8n's own serializer of execution data).
 */
export function readDatabase(
	instance: N8nInstance,
	workflowId: string,
	triggerNames: string[],
): StoredTriggerState {
	const script = `
const { DatabaseSync } = require('node:sqlite');
const { parse } = require(process.argv[2]);
const [file, , workflowId, namesJson] = process.argv.slice(1);
const names = JSON.parse(namesJson);
const db = new DatabaseSync(file, { readOnly: true });
const workflow = db.prepare('SELECT staticData FROM workflow_entity WHERE id = ?').get(workflowId);
const rows = db.prepare('SELECT e.id, e.status, e.mode, d.data FROM execution_entity e JOIN execution_data d ON d.executionId = e.id WHERE e.workflowId = ? ORDER BY e.id').all(workflowId);
const executions = rows.map((row) => {
	const runData = parse(row.data).resultData?.runData ?? {};
	const trigger = names.find((name) => runData[name]) ?? '';
	const items = runData[trigger]?.[0]?.data?.main?.[0] ?? [];
	return { id: row.id, status: row.status, mode: row.mode, trigger, items };
});
let pollerCursors = {};
const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'poller_state'").get();
if (table) {
	for (const row of db.prepare('SELECT nodeId, cursor FROM poller_state WHERE workflowId = ?').all(workflowId)) {
		pollerCursors[row.nodeId] = typeof row.cursor === 'string' ? JSON.parse(row.cursor) : row.cursor;
	}
}
const staticData = workflow?.staticData ? (typeof workflow.staticData === 'string' ? JSON.parse(workflow.staticData) : workflow.staticData) : null;
console.log(JSON.stringify({ staticData, pollerCursors, executions }));
`;
	const output = execFileSync(
		join(instance.runtime.nodeBinDir, 'node'),
		[
			'--no-warnings',
			'-e',
			script,
			join(instance.userFolder, '.n8n', 'database.sqlite'),
			join(instance.runtime.home, 'node_modules', 'flatted'),
			workflowId,
			JSON.stringify(triggerNames),
		],
		{ encoding: 'utf-8', stdio: ['ignore', 'pipe', 'pipe'] },
	);
	return JSON.parse(output) as StoredTriggerState;
}

/** Checks every 2 s until `check` gives a value; fails with the log's tail at the deadline. */
export async function waitFor<T>(
	what: string,
	timeoutMs: number,
	check: () => T | undefined | Promise<T | undefined>,
	log: () => string,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value !== undefined) return value;
		assert.ok(Date.now() < deadline, `${what} did not happen in time:\n${log().slice(-3000)}`);
		await sleep(2_000);
	}
}

export async function stopProcess(child: ChildProcess | undefined): Promise<void> {
	if (!child || child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGTERM');
	const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
	await exited;
	clearTimeout(killer);
}
