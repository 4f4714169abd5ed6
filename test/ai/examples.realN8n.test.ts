/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The examples added with the AI work, imported as they are into a real n8n (the packed package
 * installed as a community package) and run with `n8n execute` against the emulator and, for the
 * agent, the scripted model: the OpenAI credential the example names points at it. As in
 * test/examples/examples.test.ts, only two things change before import: a workflow ID, and a
 * Schedule Trigger becomes a Manual Trigger of the same name.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { buildAndPack, ensureN8n, N8nInstance, nodeOutput, REPO_ROOT } from '../e2e/realN8n';
import { formatKst } from '../emulator/kst';
import { inquiryStateOf } from '../emulator/routes/inquiries';
import { DEFAULT_APP, startEmulator, type NaverCommerceEmulator } from '../emulator/server';
import { startScriptedModel, type ModelRequest, type ScriptedModel } from './scriptedModel';

const DAY_MS = 24 * 3600_000;

interface WorkflowNode {
	name: string;
	type: string;
	typeVersion: number;
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
}

interface Workflow {
	id?: string;
	name: string;
	nodes: WorkflowNode[];
	connections: Record<string, unknown>;
}

function readExample(file: string): Workflow {
	return JSON.parse(readFileSync(join(REPO_ROOT, 'examples', file), 'utf-8')) as Workflow;
}

/** A copy with an ID, and every Schedule Trigger replaced by a Manual Trigger of the same name. */
function runnable(workflow: Workflow, id: string): Workflow {
	return {
		...workflow,
		id,
		nodes: workflow.nodes.map((node) =>
			node.type === 'n8n-nodes-base.scheduleTrigger'
				? { ...node, type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} }
				: node,
		),
	};
}

/** The credential an example names, by node and credential type. */
function credentialRef(workflow: Workflow, type: string): { id: string; name: string } {
	const ref = workflow.nodes.find((node) => node.credentials?.[type])?.credentials?.[type];
	assert.ok(ref, `${workflow.name} names no ${type} credential`);
	return ref;
}

type OrderDetail = { productOrder: { productOrderId: string; productOrderStatus: string } };

/** The draft a model writes once it has read the order. */
function draftFor(order: OrderDetail): string {
	return `안녕하세요, 고객님. 상품주문번호 ${order.productOrder.productOrderId}의 현재 상태는 ${order.productOrder.productOrderStatus}입니다. 담당자가 확인 후 다시 안내드리겠습니다. 감사합니다.`;
}

describe('the AI, dispatch and Q&A examples in a real n8n', { timeout: 10 * 60_000 }, () => {
	let emulator: NaverCommerceEmulator;
	let model: ScriptedModel;
	let n8n: N8nInstance;
	let packDir: string;
	/** The one folder the file nodes may read (n8n 2.x restricts file access). */
	let filesDir: string;

	before(async () => {
		const runtime = ensureN8n();
		packDir = mkdtempSync(join(tmpdir(), 'naver-ai-examples-pack-'));
		filesDir = mkdtempSync(join(tmpdir(), 'naver-ai-examples-files-'));
		const tarball = buildAndPack(packDir);
		emulator = await startEmulator({ productOrders: 600 });
		model = await startScriptedModel({
			expectTools: [
				{
					name: 'get_product_order',
					description: /^Read-only\. /,
					parameters: { productOrderIds: { type: 'string', description: /상품주문번호/ } },
				},
			],
			steps: [
				// The prompt names the product order; look it up first.
				(request: ModelRequest) => {
					const id = /상품주문번호: (\d+)/.exec(request.prompt)?.[1];
					assert.ok(id, `no product order in the prompt: ${request.prompt}`);
					return { toolCalls: [{ name: 'get_product_order', arguments: { productOrderIds: id } }] };
				},
				(request: ModelRequest) => {
					const result = request.toolResults.at(-1);
					assert.ok(result && Array.isArray(result.json), `no order: ${result?.content}`);
					return { text: draftFor((result.json as OrderDetail[])[0]) };
				},
			],
		});

		n8n = new N8nInstance(runtime, undefined, { N8N_RESTRICT_FILE_ACCESS_TO: filesDir });
		n8n.installCommunityPackage(tarball);
		const agentExample = readExample('answer-inquiries-with-ai-agent.json');
		await n8n.importCredentials([
			{
				...credentialRef(agentExample, 'naverCommerceApi'),
				type: 'naverCommerceApi',
				data: { ...DEFAULT_APP, type: 'SELF', baseUrl: emulator.baseUrl },
			},
			{
				// The OpenAI credential's Base URL is where an OpenAI-compatible server is named.
				...credentialRef(agentExample, 'openAiApi'),
				type: 'openAiApi',
				data: { apiKey: 'sk-scripted-model', url: model.baseUrl },
			},
		]);
	});

	after(async () => {
		await emulator?.stop();
		await model?.stop();
		n8n?.cleanup();
		if (packDir) rmSync(packDir, { recursive: true, force: true });
		if (filesDir) rmSync(filesDir, { recursive: true, force: true });
	});

	test('answer new inquiries with an AI agent: one draft per unanswered inquiry, each posted to its inquiry', async () => {
		// The inquiries the example lists (unanswered, registered from 7 days ago, KST) are about
		// product orders the store has, so the agent's lookups find them.
		const state = inquiryStateOf(emulator.store);
		const fromDay = formatKst(Date.now() - 7 * DAY_MS).slice(0, 10);
		const waiting = state.inquiries.filter(
			(inquiry) =>
				inquiry.answerContentId === undefined &&
				formatKst(inquiry.registeredMs).slice(0, 10) >= fromDay,
		);
		assert.ok(waiting.length >= 2, `${waiting.length} unanswered inquiries`);
		const orders = emulator.store.productOrders.slice(0, waiting.length);
		waiting.forEach((inquiry, index) =>
			Object.assign(inquiry, {
				orderId: orders[index].orderId,
				productOrderIdList: orders[index].productOrderId,
				productName: orders[index].productName,
			}),
		);

		await n8n.importWorkflow(
			runnable(readExample('answer-inquiries-with-ai-agent.json'), 'exAiAnswer001'),
		);
		const result = await n8n.execute('exAiAnswer001');
		assert.deepEqual(model.failures, [], 'the scripted model refused a request');
		assert.ok(result.ok, result.output.slice(-4000));

		// Each inquiry received one answer: the draft written from its own order.
		const answers = state.requests.filter((request) => request.route === 'inquiries.answer');
		assert.equal(answers.length, waiting.length);
		waiting.forEach((inquiry, index) => {
			const order = orders[index];
			const expected = `안녕하세요, 고객님. 상품주문번호 ${order.productOrderId}의 현재 상태는 ${order.productOrderStatus}입니다. 담당자가 확인 후 다시 안내드리겠습니다. 감사합니다.`;
			assert.equal(inquiry.answerContent, expected, `inquiry ${inquiry.inquiryNo}`);
		});
		const posted = nodeOutput(result.run, 'Post answer');
		assert.deepEqual(
			posted.map((item) => item.inquiryNo).sort(),
			waiting.map((inquiry) => inquiry.inquiryNo).sort(),
		);
		// Two model turns per inquiry (look up, then draft); the model never had a write tool.
		assert.equal(model.requests.length, 2 * waiting.length);
		for (const request of model.requests) {
			assert.deepEqual(
				request.tools.map((tool) => tool.name),
				['get_product_order'],
			);
		}
	});

	test('dispatch from a CSV of tracking numbers: every row dispatched with its courier, 30 per request', async () => {
		const targets = emulator.store.productOrders
			.filter((order) => order.productOrderStatus === 'PAYED' && !order.claimStatus)
			.slice(0, 35);
		assert.equal(targets.length, 35);
		const couriers = ['CJGLS', 'HANJIN', 'EPOST'];
		const rows = targets.map((order, index) => ({
			productOrderId: order.productOrderId,
			courier: couriers[index % couriers.length],
			trackingNumber: String(520_000_000_000 + index),
		}));
		const file = join(filesDir, 'tracking-numbers.csv');
		writeFileSync(
			file,
			[
				'productOrderId,courier,trackingNumber',
				...rows.map((row) => `${row.productOrderId},${row.courier},${row.trackingNumber}`),
			].join('\n'),
		);
		const workflow = runnable(readExample('dispatch-from-csv.json'), 'exDispatchCsv1');
		const settings = workflow.nodes.find((node) => node.name === 'Settings')!;
		(
			settings.parameters.assignments as { assignments: Array<{ name: string; value: string }> }
		).assignments.find((assignment) => assignment.name === 'file')!.value = file;
		await n8n.importWorkflow(workflow);
		emulator.resetStats();
		const result = await n8n.execute('exDispatchCsv1');
		assert.ok(result.ok, result.output.slice(-3000));

		assert.equal(emulator.stats.byRoute['productOrders.dispatch'], 2);
		targets.forEach((order, index) => {
			assert.equal(order.productOrderStatus, 'DELIVERING', order.productOrderId);
			assert.equal(order.delivery?.deliveryCompany, rows[index].courier);
			assert.equal(order.delivery?.trackingNumber, rows[index].trackingNumber);
		});
		const output = nodeOutput(result.run, 'Dispatch');
		assert.equal(output.length, 35);
		assert.ok(output.every((item) => item.success === true));
	});

	test('notify on new Q&A: one message per question asked in the last hour and not yet answered', async () => {
		const { questions } = inquiryStateOf(emulator.store);
		// Two fresh questions, as a busy store has every hour.
		const now = Date.now();
		const fresh = questions.slice(-2);
		fresh[0].createdMs = now - 10 * 60_000;
		fresh[1].createdMs = now - 40 * 60_000;
		for (const question of fresh) delete question.answer;

		await n8n.importWorkflow(runnable(readExample('notify-new-product-qna.json'), 'exQnaNotify01'));
		const startedMs = Date.now();
		const result = await n8n.execute('exQnaNotify01');
		assert.ok(result.ok, result.output.slice(-3000));

		const messages = nodeOutput(result.run, 'Message');
		const ids = messages.map((message) => Number(message.questionId));
		for (const question of fresh)
			assert.ok(ids.includes(question.questionId), `${question.questionId}`);
		// n8n evaluated "65 minutes ago" during the run: nothing older, nothing answered.
		const byId = new Map(questions.map((question) => [question.questionId, question]));
		for (const message of messages) {
			const question = byId.get(Number(message.questionId))!;
			assert.equal(question.answer, undefined);
			assert.ok(question.createdMs >= startedMs - 65 * 60_000 - 1000);
			assert.equal(
				message.message,
				`새 상품 문의 (${question.productName}, ${formatKst(question.createdMs)}): ${question.question}`,
			);
			assert.deepEqual(Object.keys(message).sort(), [
				'createDate',
				'message',
				'productName',
				'questionId',
			]);
		}
	});
});
