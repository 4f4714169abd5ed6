/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The trigger in a real n8n 2.41: the packed package installed as a community package, a workflow
 * "Naver Commerce Trigger (every minute) → No Operation" published with `n8n publish:workflow`,
 * `n8n start` on loopback, and orders created in the emulator while it runs. What n8n did is read
 * from its own database: the saved cursor in the workflow's static data and the items of each
 * trigger execution. Bounded: about 2–3 minutes (two poll ticks), every wait has a deadline.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { buildAndPack, ensureN8n, N8nInstance, PACKAGE_NAME } from '../e2e/realN8n.ts';
import { identityOf } from '../emulator/changeStream.ts';
import { DEFAULT_APP, NaverCommerceEmulator } from '../emulator/server.ts';
import type { ProductOrder } from '../emulator/store.ts';
import {
	freePort,
	readDatabase as readTriggerDatabase,
	stopProcess,
	waitFor,
} from './realN8nHost.ts';
import { emittedIdentity } from './streamCheck.ts';

const WORKFLOW_ID = 'naverTriggerE2e01';
const CREDENTIAL_ID = 'naverTriggerCred1';
const TRIGGER_NAME = 'New Paid Orders';

function triggerWorkflow(): Record<string, unknown> {
	return {
		id: WORKFLOW_ID,
		name: 'Naver Commerce Trigger e2e',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: 'trigger',
				name: TRIGGER_NAME,
				type: `${PACKAGE_NAME}.naverCommerceTrigger`,
				typeVersion: 1,
				position: [0, 0],
				parameters: {
					pollTimes: { item: [{ mode: 'everyMinute' }] },
					events: ['PAYED'],
					output: 'changes',
					options: { safetyLagSeconds: 5 },
				},
				credentials: {
					naverCommerceApi: { id: CREDENTIAL_ID, name: 'Naver Commerce (emulator)' },
				},
			},
			{
				id: 'noop',
				name: 'No Operation',
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [220, 0],
				parameters: {},
			},
		],
		connections: {
			[TRIGGER_NAME]: { main: [[{ node: 'No Operation', type: 'main', index: 0 }]] },
		},
	};
}

function readDatabase(instance: N8nInstance) {
	return readTriggerDatabase(instance, WORKFLOW_ID, [TRIGGER_NAME]);
}

function paidOrder(id: string, type = 'PAYED'): ProductOrder {
	const now = Date.now();
	return {
		orderId: `O${id}`,
		productOrderId: id,
		lastChangedType: type,
		lastChangedMs: now,
		paymentMs: now,
		productOrderStatus: type === 'PAYED' ? 'PAYED' : 'DELIVERING',
		receiverAddressChanged: false,
		productName: '실시간 주문',
		quantity: 1,
		unitPrice: 12_000,
		placeOrderStatus: 'NOT_YET',
	};
}

describe('Naver Commerce Trigger in a running n8n 2.41 (n8n start, polling every minute)', () => {
	let emulator: NaverCommerceEmulator;
	let instance: N8nInstance;
	let server: ChildProcess | undefined;
	let log = '';

	before(async () => {
		const runtime = ensureN8n();
		const packDir = mkdtempSync(join(tmpdir(), 'naver-trigger-pack-'));
		try {
			const tarball = buildAndPack(packDir);
			emulator = await new NaverCommerceEmulator().start();
			const port = await freePort([5730, 5731, 5732, 5733, 5734, 5735, 5736, 5737, 5738, 5739]);
			const brokerPort = await freePort([5789, 5788, 5787, 5786, 5785]);
			instance = new N8nInstance(runtime, undefined, {
				N8N_PORT: String(port),
				N8N_LISTEN_ADDRESS: '127.0.0.1',
				N8N_HOST: '127.0.0.1',
				N8N_RUNNERS_BROKER_PORT: String(brokerPort),
				N8N_LOG_LEVEL: 'info',
			});
			instance.installCommunityPackage(tarball);
		} finally {
			rmSync(packDir, { recursive: true, force: true });
		}
		await instance.importCredentials([
			{
				id: CREDENTIAL_ID,
				name: 'Naver Commerce (emulator)',
				type: 'naverCommerceApi',
				data: {
					clientId: DEFAULT_APP.clientId,
					clientSecret: DEFAULT_APP.clientSecret,
					type: 'SELF',
					baseUrl: emulator.baseUrl,
				},
			},
		]);
		await instance.importWorkflow(triggerWorkflow());
		// n8n 2.x runs the triggers of a workflow's published version; `n8n start` activates it.
		await instance.runOrThrow(['publish:workflow', `--id=${WORKFLOW_ID}`]);
		server = spawn(instance.runtime.bin, ['start'], {
			env: instance.env(),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		server.stdout!.setEncoding('utf-8').on('data', (chunk: string) => (log += chunk));
		server.stderr!.setEncoding('utf-8').on('data', (chunk: string) => (log += chunk));
	});

	after(async () => {
		await stopProcess(server);
		instance?.cleanup();
		await emulator?.stop();
	});

	it('emits orders created while it runs, each once, in the executions n8n stores', async () => {
		const started = Date.now();
		const history = new Set(emulator.store.productOrders.map(identityOf));
		// Activation polls once and saves the cursor ("now") in the workflow's static data.
		const cursor = await waitFor(
			'activation (cursor in static data)',
			180_000,
			() => {
				assert.equal(server!.exitCode, null, `n8n start exited:\n${log.slice(-3000)}`);
				try {
					const node = readDatabase(instance).staticData?.[`node:${TRIGGER_NAME}`] as
						| { cursor?: { lastChangedMs: number } }
						| undefined;
					return node?.cursor;
				} catch {
					return undefined; // the database is not migrated yet
				}
			},
			() => log,
		);
		assert.ok(cursor.lastChangedMs > started - 60_000, 'the cursor starts at activation');

		const batchA = [
			paidOrder('8100000000000001'),
			paidOrder('8100000000000002'),
			paidOrder('8100000000000003'),
		];
		const dispatched = paidOrder('8100000000000004', 'DISPATCHED');
		emulator.store.productOrders.push(...batchA, dispatched);
		const firstTick = await waitFor(
			'an execution with the first orders',
			150_000,
			() => {
				const found = readDatabase(instance).executions.filter((e) => e.items.length > 0);
				return found.length >= 1 ? found : undefined;
			},
			() => log,
		);

		const batchB = [paidOrder('8100000000000005'), paidOrder('8100000000000006')];
		emulator.store.productOrders.push(...batchB);
		const executions = await waitFor(
			'an execution with the later orders',
			150_000,
			() => {
				const all = readDatabase(instance).executions;
				const emitted = new Set(all.flatMap((e) => e.items.map((item) => emittedIdentity(item))));
				return batchB.every((order) => emitted.has(identityOf(order))) ? all : undefined;
			},
			() => log,
		);

		const emitted = executions.flatMap((execution) =>
			execution.items.map((item) => emittedIdentity(item)),
		);
		assert.deepEqual(
			[...emitted].sort(),
			[...batchA, ...batchB].map(identityOf).sort(),
			'exactly the new paid orders, each once; no history, no other event',
		);
		assert.ok(!emitted.some((identity) => history.has(identity)));
		assert.deepEqual(
			firstTick[0].items.map((item) => emittedIdentity(item)).sort(),
			batchA.map(identityOf).sort(),
			'the first execution holds the first batch',
		);
		for (const execution of executions) {
			assert.equal(execution.mode, 'trigger');
			assert.equal(execution.status, 'success');
		}
		const saved = readDatabase(instance).staticData?.[`node:${TRIGGER_NAME}`] as {
			cursor: { lastChangedMs: number };
		};
		assert.ok(saved.cursor.lastChangedMs >= Math.max(...batchB.map((o) => o.lastChangedMs)));
		console.log(
			`real n8n: ${executions.length} trigger executions, ${emitted.length} items, ${Math.round((Date.now() - started) / 1000)} s after start`,
		);
	});
});
