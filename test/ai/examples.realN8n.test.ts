/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The AI example (answer-inquiries-with-ai-agent.json), imported as it is into a real n8n (the
 * packed package installed as a community package) with only a workflow ID added, and run with
 * `n8n execute` from its Manual Trigger against the emulator and the scripted model: the OpenAI
 * credential the example names points at it. The other examples are run by
 * test/examples/examples.test.ts, which also fails when an example is run by no test.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { buildAndPack, ensureN8n, N8nInstance, nodeOutput } from '../e2e/realN8n';
import { formatKst } from '../emulator/kst';
import { inquiryStateOf } from '../emulator/routes/inquiries';
import { DEFAULT_APP, startEmulator, type NaverCommerceEmulator } from '../emulator/server';
import { credentialRef, loadExample, readExample } from '../examples/exampleWorkflows';
import { startScriptedModel, type ModelRequest, type ScriptedModel } from './scriptedModel';

const DAY_MS = 24 * 3600_000;

type OrderDetail = { productOrder: { productOrderId: string; productOrderStatus: string } };

/** The draft a model writes once it has read the order. */
function draftFor(order: OrderDetail): string {
	return `안녕하세요, 고객님. 상품주문번호 ${order.productOrder.productOrderId}의 현재 상태는 ${order.productOrder.productOrderStatus}입니다. 담당자가 확인 후 다시 안내드리겠습니다. 감사합니다.`;
}

describe('the AI example in a real n8n', { timeout: 10 * 60_000 }, () => {
	let emulator: NaverCommerceEmulator;
	let model: ScriptedModel;
	let n8n: N8nInstance;
	let packDir: string;

	before(async () => {
		const runtime = ensureN8n();
		packDir = mkdtempSync(join(tmpdir(), 'naver-ai-examples-pack-'));
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

		// n8n 2.x's default (1.x allows $env unless told otherwise): the example must not need it.
		n8n = new N8nInstance(runtime, undefined, { N8N_BLOCK_ENV_ACCESS_IN_NODE: 'true' });
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

		await n8n.importWorkflow(loadExample('answer-inquiries-with-ai-agent.json', 'exAiAnswer001'));
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
});
