/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The trigger's four sources in a real n8n 2.41, in both of n8n's cursor modes at once: classic
 * static data (the default) and durable poll cursors (N8N_POLLER_DURABLE_CURSORS_ENABLED, with the
 * scheduler it needs: N8N_SCHEDULER_ENABLED, N8N_SCHEDULER_POLL_TRIGGERS_ENABLED).
 *
 * Each mode gets its own n8n (`n8n start` on loopback, the packed package installed as a community
 * package) and its own emulator, and one workflow with four triggers: new paid orders, new
 * customer inquiries (Only Unanswered), new product questions (all) and products sent back by
 * inspection (a set without dates: new on the list, or listed again after a refused restore),
 * each into a No Operation.
 * The triggers poll on a cron that fires at three known minutes, so the test knows when the first
 * scheduled poll comes and creates its first events between activation and that poll: the
 * interval that durable cursors used to lose. What n8n did is read from its own database: the
 * workflow's static data, the poller_state rows of durable cursors and each execution's items.
 * Bounded: about 5 minutes (activation, then three ticks a minute apart), every wait has a deadline.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { buildAndPack, ensureN8n, N8nInstance, PACKAGE_NAME } from '../e2e/realN8n.ts';
import { identityOf } from '../emulator/changeStream.ts';
import { inquiryIdentity, questionIdentity } from '../emulator/inquiryStream.ts';
import {
	addCustomerInquiry,
	addProductQuestion,
	answerInSellerCenter,
} from '../emulator/routes/inquiries.ts';
import {
	inspectionStateOf,
	productsNotSentBack,
	refuseRestoration,
	sendBackProduct,
	type InspectionRecord,
} from '../emulator/routes/inspections.ts';
import { DEFAULT_APP, NaverCommerceEmulator } from '../emulator/server.ts';
import type { ProductOrder } from '../emulator/store.ts';
import {
	freePort,
	readDatabase,
	stopProcess,
	waitFor,
	type StoredExecution,
} from './realN8nHost.ts';
import { emittedIdentity, emittedRegistrationIdentity, sleep } from './streamCheck.ts';

const CREDENTIAL_ID = 'naverSourcesCred1';
const SAFETY_LAG_SECONDS = 5;
const MINUTE_MS = 60_000;
/** The first scheduled poll comes at least this long after the schedule is set. */
const FIRST_TICK_AFTER_MS = 100_000;

const TRIGGERS = {
	orders: { name: 'New Paid Orders', id: 'trigger-orders' },
	inquiries: { name: 'New Customer Inquiries', id: 'trigger-inquiries' },
	questions: { name: 'New Product Questions', id: 'trigger-questions' },
	sentBack: { name: 'Products Sent Back', id: 'trigger-sent-back' },
} as const;
const TRIGGER_NAMES = Object.values(TRIGGERS).map((trigger) => trigger.name);
const LIST_PATHS: Record<string, keyof typeof TRIGGERS> = {
	'/v1/pay-order/seller/product-orders/last-changed-statuses': 'orders',
	'/v1/pay-user/inquiries': 'inquiries',
	'/v1/contents/qnas': 'questions',
	'/v1/product-inspections/channel-products': 'sentBack',
};

interface Mode {
	name: string;
	workflowId: string;
	env: Record<string, string>;
	ports: number[];
	brokerPorts: number[];
}

const MODES: Mode[] = [
	{
		name: 'classic static data',
		workflowId: 'naverSourcesE2e01',
		env: {},
		ports: [5740, 5741, 5742, 5743, 5744],
		brokerPorts: [5779, 5778, 5777],
	},
	{
		name: 'durable poll cursors',
		workflowId: 'naverSourcesE2e02',
		env: {
			N8N_SCHEDULER_ENABLED: 'true',
			N8N_SCHEDULER_POLL_TRIGGERS_ENABLED: 'true',
			N8N_POLLER_DURABLE_CURSORS_ENABLED: 'true',
		},
		ports: [5745, 5746, 5747, 5748, 5749],
		brokerPorts: [5776, 5775, 5774],
	},
];

/** Three ticks a minute apart, at second 0, the first at least FIRST_TICK_AFTER_MS from now. */
function schedule(): { cron: string; ticksMs: number[] } {
	const firstMs = Math.ceil((Date.now() + FIRST_TICK_AFTER_MS) / MINUTE_MS) * MINUTE_MS;
	const ticksMs = [firstMs, firstMs + MINUTE_MS, firstMs + 2 * MINUTE_MS];
	const minutes = ticksMs.map((ms) => new Date(ms).getUTCMinutes());
	// Minutes are the same in every zone with a whole-hour offset, KST included.
	return { cron: `0 ${minutes.join(',')} * * * *`, ticksMs };
}

function triggerWorkflow(mode: Mode, cron: string): Record<string, unknown> {
	const pollTimes = { item: [{ mode: 'custom', cronExpression: cron }] };
	const credentials = {
		naverCommerceApi: { id: CREDENTIAL_ID, name: 'Naver Commerce (emulator)' },
	};
	const options = { safetyLagSeconds: SAFETY_LAG_SECONDS };
	const nodes: Array<Record<string, unknown>> = [
		{
			id: TRIGGERS.orders.id,
			name: TRIGGERS.orders.name,
			parameters: { pollTimes, events: ['PAYED'], options },
		},
		{
			id: TRIGGERS.inquiries.id,
			name: TRIGGERS.inquiries.name,
			parameters: { pollTimes, triggerOn: 'customerInquiry', options },
		},
		{
			id: TRIGGERS.questions.id,
			name: TRIGGERS.questions.name,
			parameters: { pollTimes, triggerOn: 'productQuestion', onlyUnanswered: false, options },
		},
		{
			id: TRIGGERS.sentBack.id,
			name: TRIGGERS.sentBack.name,
			parameters: { pollTimes, triggerOn: 'productSentBack' },
		},
	].map((node, index) => ({
		...node,
		type: `${PACKAGE_NAME}.naverCommerceTrigger`,
		typeVersion: 1,
		position: [0, index * 200],
		credentials,
	}));
	const connections: Record<string, unknown> = {};
	for (const [index, name] of TRIGGER_NAMES.entries()) {
		nodes.push({
			id: `noop-${index}`,
			name: `No Operation ${index + 1}`,
			type: 'n8n-nodes-base.noOp',
			typeVersion: 1,
			position: [240, index * 200],
			parameters: {},
		});
		connections[name] = { main: [[{ node: `No Operation ${index + 1}`, type: 'main', index: 0 }]] };
	}
	return {
		id: mode.workflowId,
		name: `Naver Commerce Trigger sources (${mode.name})`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes,
		connections,
	};
}

function paidOrder(id: string): ProductOrder {
	const now = Date.now();
	return {
		orderId: `O${id}`,
		productOrderId: id,
		lastChangedType: 'PAYED',
		lastChangedMs: now,
		paymentMs: now,
		productOrderStatus: 'PAYED',
		receiverAddressChanged: false,
		productName: '실시간 주문',
		quantity: 1,
		unitPrice: 12_000,
		placeOrderStatus: 'NOT_YET',
	};
}

/** A product sent back once: its number and the (unique) reason of that sending back. */
function sentBackIdentity(record: { channelProductNo?: unknown; reason?: unknown }): string {
	return `sentBack|${String(record.channelProductNo)}|${String(record.reason)}`;
}

function itemIdentity(execution: StoredExecution, index: number): string {
	const item = execution.items[index];
	if (execution.trigger === TRIGGERS.sentBack.name) return sentBackIdentity(item.json);
	return execution.trigger === TRIGGERS.orders.name
		? emittedIdentity(item)
		: emittedRegistrationIdentity(item);
}

function emittedOf(executions: StoredExecution[]): string[] {
	return executions.flatMap((execution) =>
		execution.items.map((_, index) => itemIdentity(execution, index)),
	);
}

/** One n8n with its emulator, running one mode's scenario. */
class ModeRun {
	emulator!: NaverCommerceEmulator;
	instance!: N8nInstance;
	server?: ChildProcess;
	log = '';
	/** Every list request the emulator received: which source, when. */
	readonly listRequests: Array<{ source: keyof typeof TRIGGERS; atMs: number }> = [];

	constructor(readonly mode: Mode) {}

	async prepare(tarball: string, cron: string): Promise<void> {
		this.emulator = await new NaverCommerceEmulator().start();
		const api = this.emulator['api'].bind(this.emulator);
		this.emulator['api'] = (
			req: IncomingMessage,
			path: string,
			query: URLSearchParams,
			rawBody: string,
			traceId: string,
			rawBytes?: Buffer,
		) => {
			const source = LIST_PATHS[path];
			if (source) this.listRequests.push({ source, atMs: Date.now() });
			return api(req, path, query, rawBody, traceId, rawBytes);
		};
		const port = await freePort(this.mode.ports);
		const brokerPort = await freePort(this.mode.brokerPorts);
		this.instance = new N8nInstance(ensureN8n(), undefined, {
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			N8N_RUNNERS_BROKER_PORT: String(brokerPort),
			N8N_LOG_LEVEL: 'info',
			...this.mode.env,
		});
		this.instance.installCommunityPackage(tarball);
		await this.instance.importCredentials([
			{
				id: CREDENTIAL_ID,
				name: 'Naver Commerce (emulator)',
				type: 'naverCommerceApi',
				data: {
					clientId: DEFAULT_APP.clientId,
					clientSecret: DEFAULT_APP.clientSecret,
					type: 'SELF',
					baseUrl: this.emulator.baseUrl,
				},
			},
		]);
		await this.instance.importWorkflow(triggerWorkflow(this.mode, cron));
		await this.instance.runOrThrow(['publish:workflow', `--id=${this.mode.workflowId}`]);
	}

	start(): void {
		this.server = spawn(this.instance.runtime.bin, ['start'], {
			env: this.instance.env(),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		this.server.stdout!.setEncoding('utf-8').on('data', (chunk: string) => (this.log += chunk));
		this.server.stderr!.setEncoding('utf-8').on('data', (chunk: string) => (this.log += chunk));
	}

	database() {
		return readDatabase(this.instance, this.mode.workflowId, TRIGGER_NAMES);
	}

	async stop(): Promise<void> {
		await stopProcess(this.server);
		this.instance?.cleanup();
		await this.emulator?.stop();
	}

	/** The whole scenario; returns what the assertions need. */
	async run(ticksMs: number[]) {
		const store = this.emulator.store;
		// 1. Activation: each trigger's start is recorded in the workflow's static data.
		const activated = await waitFor(
			`activation (${this.mode.name})`,
			ticksMs[0] - Date.now(),
			() => {
				assert.equal(this.server!.exitCode, null, `n8n start exited:\n${this.log.slice(-3000)}`);
				try {
					const stored = this.database();
					const starts = (stored.staticData?.global as Record<string, unknown> | undefined)
						?.naverCommerceTriggerStart as Record<string, unknown> | undefined;
					return starts && Object.keys(starts).length === 4 ? stored : undefined;
				} catch {
					return undefined; // the database is not migrated yet
				}
			},
			() => this.log,
		);
		const activatedMs = Date.now();
		assert.ok(
			activatedMs < ticksMs[0] - 2 * SAFETY_LAG_SECONDS * 1000,
			`n8n activated too close to the first scheduled poll to test the interval before it (${this.mode.name})`,
		);

		// 2. Events between activation and the first scheduled poll.
		const candidates = productsNotSentBack(store);
		const finding = (label: string) => ({
			reason: `실시간 검수 ${label}: 상품명에 과장 표현이 포함되어 있습니다.`,
			action: `상품명을 수정해 주세요 (${label}).`,
		});
		const sentBackA = [
			sendBackProduct(store, candidates[0], finding('A1')),
			sendBackProduct(store, candidates[1], finding('A2')),
		];
		const batchA = {
			orders: [paidOrder('8200000000000001'), paidOrder('8200000000000002')],
			inquiries: [
				addCustomerInquiry(store, { registeredMs: Date.now(), title: '배송 언제 되나요?' }),
				addCustomerInquiry(store, { registeredMs: Date.now(), title: '주소 변경 부탁드립니다' }),
			],
			questions: [
				addProductQuestion(store, { createdMs: Date.now(), question: '사이즈가 어떻게 되나요?' }),
				addProductQuestion(store, { createdMs: Date.now(), question: '재입고 언제 되나요?' }),
			],
		};
		store.productOrders.push(...batchA.orders);
		// Answered in the Seller Center before the trigger reads them: the inquiry (Only Unanswered)
		// must never come; the question (all) comes once, answered.
		answerInSellerCenter(store, batchA.inquiries[1], Date.now());
		answerInSellerCenter(store, batchA.questions[1], Date.now());
		const batchAMs = Date.now();

		// 3. The first scheduled poll emits them.
		const expectedA = [
			...sentBackA.map(sentBackIdentity),
			...batchA.orders.map(identityOf),
			inquiryIdentity(batchA.inquiries[0]),
			...batchA.questions.map(questionIdentity),
		];
		await waitFor(
			`the events created before the first scheduled poll (${this.mode.name})`,
			ticksMs[1] + 30_000 - Date.now(),
			() => {
				const emitted = new Set(emittedOf(this.database().executions));
				return expectedA.every((identity) => emitted.has(identity)) ? true : undefined;
			},
			() => this.log,
		);
		const afterFirstTick = this.database();

		// 4. After the first poll: new events, and the emitted inquiry gets its answer. The seller asks
		// for a restore of the first product sent back (what Product Inspection → Request Restore does).
		const sentBackB = [sendBackProduct(store, candidates[2], finding('B1'))];
		const restoring = inspectionStateOf(store)
			.listed()
			.find((record) => record.channelProductNo === sentBackA[0].channelProductNo)!;
		restoring.restorationRequestAvailable = false;
		const batchB = {
			orders: [paidOrder('8200000000000003')],
			inquiries: [addCustomerInquiry(store, { registeredMs: Date.now() })],
			questions: [addProductQuestion(store, { createdMs: Date.now() })],
		};
		store.productOrders.push(...batchB.orders);
		answerInSellerCenter(store, batchA.inquiries[0], Date.now());
		const expectedB = [
			...sentBackB.map(sentBackIdentity),
			...batchB.orders.map(identityOf),
			...batchB.inquiries.map(inquiryIdentity),
			...batchB.questions.map(questionIdentity),
		];
		await waitFor(
			`the later events (${this.mode.name})`,
			ticksMs[2] + 30_000 - Date.now(),
			() => {
				const emitted = new Set(emittedOf(this.database().executions));
				return expectedB.every((identity) => emitted.has(identity)) ? true : undefined;
			},
			() => this.log,
		);

		// 5. The second poll saw the restore requested; the inspection refuses it, and the third poll
		// emits the product once more, with the new reason. Nothing else is new at the third poll.
		const sentBackC: InspectionRecord[] = [
			{ ...refuseRestoration(store, sentBackA[0].channelProductNo, finding('C1')) },
		];
		const expectedC = sentBackC.map(sentBackIdentity);
		await waitFor(
			`the product sent back again (${this.mode.name})`,
			ticksMs[2] + 30_000 - Date.now(),
			() => {
				const emitted = new Set(emittedOf(this.database().executions));
				return expectedC.every((identity) => emitted.has(identity)) ? true : undefined;
			},
			() => this.log,
		);
		await waitFor(
			`the third scheduled poll (${this.mode.name})`,
			ticksMs[2] + 45_000 - Date.now(),
			() => {
				const sources = new Set(
					this.listRequests
						.filter((request) => request.atMs >= ticksMs[2])
						.map((request) => request.source),
				);
				return sources.size === 4 && Date.now() > ticksMs[2] + 10_000 ? true : undefined;
			},
			() => this.log,
		);
		await sleep(5_000);
		const final = this.database();
		return {
			activated,
			activatedMs,
			batchAMs,
			afterFirstTick,
			final,
			expected: [...expectedA, ...expectedB, ...expectedC],
			neverEmitted: [inquiryIdentity(batchA.inquiries[1])],
		};
	}
}

describe('Naver Commerce Trigger: orders, inquiries, questions and products sent back in a running n8n 2.41, classic and durable cursors', () => {
	const runs = MODES.map((mode) => new ModeRun(mode));
	const outcomes = new Map<string, Promise<Awaited<ReturnType<ModeRun['run']>>>>();
	let ticksMs: number[] = [];

	before(async () => {
		const packDir = mkdtempSync(join(tmpdir(), 'naver-trigger-sources-pack-'));
		try {
			const tarball = buildAndPack(packDir);
			const planned = schedule();
			ticksMs = planned.ticksMs;
			await Promise.all(runs.map(async (run) => await run.prepare(tarball, planned.cron)));
		} finally {
			rmSync(packDir, { recursive: true, force: true });
		}
		for (const run of runs) {
			run.start();
			const outcome = run.run(ticksMs);
			outcome.catch(() => {}); // reported by the test of its mode
			outcomes.set(run.mode.name, outcome);
		}
	});

	after(async () => {
		await Promise.all(runs.map(async (run) => await run.stop()));
	});

	for (const mode of MODES) {
		it(`${mode.name}: events from activation on, each exactly once; answered before reading: skipped`, async () => {
			const run = runs.find((candidate) => candidate.mode === mode)!;
			const outcome = await outcomes.get(mode.name)!;
			const executions = outcome.final.executions;
			const emitted = emittedOf(executions);

			// Every list request of the dated sources came after the first events existed: they fell
			// in the interval between activation and the first scheduled poll. The sent-back list has
			// no dates: its activation poll reads what is listed then (none of the first events), and
			// its next read is the first scheduled poll.
			const dated = run.listRequests.filter((request) => request.source !== 'sentBack');
			const firstRequestMs = Math.min(...dated.map((request) => request.atMs));
			assert.ok(
				firstRequestMs >= outcome.batchAMs && firstRequestMs >= ticksMs[0] - 1_000,
				'the first read of any dated source is the first scheduled poll, after the first events',
			);
			const sentBackReads = run.listRequests.filter((request) => request.source === 'sentBack');
			const atActivation = sentBackReads.filter((request) => request.atMs < ticksMs[0] - 1_000);
			assert.ok(atActivation.length >= 1, 'the activation poll read the sent-back list');
			assert.ok(
				atActivation.every((request) => request.atMs < outcome.batchAMs),
				'before the first events; no other read until the first scheduled poll',
			);
			assert.deepEqual(
				[...emitted].sort(),
				[...outcome.expected].sort(),
				'exactly the new events, each once; nothing answered before it was read (Only Unanswered), no history',
			);
			for (const identity of outcome.neverEmitted) assert.ok(!emitted.includes(identity));
			for (const execution of executions) {
				assert.equal(execution.mode, 'trigger');
				assert.equal(execution.status, 'success');
				assert.ok(TRIGGER_NAMES.includes(execution.trigger as never), 'started by a trigger');
			}
			const answeredQuestion = executions
				.flatMap((execution) => execution.items)
				.filter((item) => item.json.questionId !== undefined && item.json.answered === true);
			assert.equal(
				answeredQuestion.length,
				1,
				'the question answered before reading came, answered',
			);

			if (mode.env.N8N_POLLER_DURABLE_CURSORS_ENABLED) {
				// What n8n did with the activation poll: the node's own cursor (poller_state) was not
				// committed, so only the start recorded in the workflow's static data bridged the gap.
				for (const trigger of Object.values(TRIGGERS)) {
					assert.deepEqual(
						outcome.activated.pollerCursors[trigger.id] ?? {},
						{},
						`${trigger.name}: no durable cursor after activation`,
					);
					assert.ok(
						Object.keys(outcome.final.pollerCursors[trigger.id] ?? {}).length > 0,
						`${trigger.name}: n8n committed the durable cursor at the scheduled polls`,
					);
				}
			} else {
				for (const trigger of Object.values(TRIGGERS)) {
					const node = outcome.activated.staticData?.[`node:${trigger.name}`] as
						| Record<string, unknown>
						| undefined;
					assert.ok(
						node && Object.keys(node).length > 0,
						`${trigger.name}: cursor saved at activation`,
					);
				}
			}
			console.log(
				`real n8n (${mode.name}): ${executions.length} executions, ${emitted.length} items; activated ${Math.round((ticksMs[0] - outcome.activatedMs) / 1000)} s before the first scheduled poll`,
			);
		});
	}
});
