/* eslint-disable @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The Naver Commerce node as tools of n8n's AI Agent, in a real n8n 2.41 with the packed package
 * installed as a community package, run with `n8n execute`. The chat model is n8n's OpenAI Chat
 * Model pointed at a scripted model on loopback (test/ai/scriptedModel.ts), which makes the calls
 * a real model would make — list unanswered inquiries, read the order behind the newest one,
 * answer it — and refuses any request whose tools or parameter schemas are not what a model
 * needs. The emulator records what n8n sent to Naver.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { buildAndPack, ensureN8n, N8nInstance, nodeOutput } from '../e2e/realN8n';
import { formatKst } from '../emulator/kst';
import { inquiryStateOf, type CustomerInquiry } from '../emulator/routes/inquiries';
import { DEFAULT_APP, startEmulator, type NaverCommerceEmulator } from '../emulator/server';
import { agentWorkflow, inquiryTools, NAVER_CREDENTIAL, OPENAI_CREDENTIAL } from './agentWorkflows';
import {
	startScriptedModel,
	type ExpectedTool,
	type ModelRequest,
	type ScriptedModel,
} from './scriptedModel';

const WORKFLOW_ID = 'aiAgentInq001';
/** An agent whose one tool Naver refuses: what the model is given of the failure. */
const ERROR_WORKFLOW_ID = 'aiAgentInqErr1';
const UNKNOWN_INQUIRY = '999999999';
const DAY_MS = 24 * 3600_000;
/** The OpenAI credential of the second agent, pointed at its own scripted model. */
const ERROR_MODEL_CREDENTIAL = { id: 'openAiScripted2', name: 'Scripted model (errors)' };

/** What a model must be offered to do the job: each tool, its description and its parameters. */
export const EXPECTED_INQUIRY_TOOLS: ExpectedTool[] = [
	{
		name: 'list_unanswered_inquiries',
		description: /^Read-only\. .*inquiryNo/,
		parameters: { limit: { type: 'number', description: /1 to 50/ } },
	},
	{
		name: 'get_product_order',
		description: /^Read-only\. /,
		parameters: { productOrderIds: { type: 'string', description: /상품주문번호/ } },
	},
	{
		name: 'answer_customer_inquiry',
		description: /^Writes: /,
		parameters: {
			inquiryNo: { type: 'string', description: /inquiryNo/ },
			answerComment: { type: 'string', description: /buyer will read/ },
		},
	},
];

type Inquiry = {
	inquiryNo: number;
	inquiryRegistrationDateTime: string;
	productOrderIdList: string;
	productName: string;
};
type OrderDetail = { productOrder: { productOrderId: string; productOrderStatus: string } };

/** The JSON a tool returned: n8n sends the node's output items as a JSON array. */
function resultOf<T>(request: ModelRequest, tool: string): T[] {
	const result = request.toolResults.filter((entry) => entry.name === tool).at(-1);
	assert.ok(result, `no result of ${tool} yet`);
	assert.ok(Array.isArray(result.json), `${tool} returned no JSON list: ${result.content}`);
	return result.json as T[];
}

/** The inquiry registered last, as a model would pick it from the list (Naver gives no order). */
function newestOf(request: ModelRequest): Inquiry {
	const inquiries = resultOf<Inquiry>(request, 'list_unanswered_inquiries');
	assert.ok(inquiries.length > 0, 'no unanswered inquiry listed');
	return inquiries.reduce((newest, inquiry) =>
		Date.parse(inquiry.inquiryRegistrationDateTime) > Date.parse(newest.inquiryRegistrationDateTime)
			? inquiry
			: newest,
	);
}

/** The model's answer to the buyer, from what the order says. */
function draftAnswer(inquiry: Inquiry, order: OrderDetail): string {
	const status = order.productOrder.productOrderStatus;
	const state =
		status === 'DELIVERING' || status === 'DELIVERED'
			? '이미 발송되었습니다'
			: '발송 준비 중입니다';
	return `안녕하세요, 고객님. 주문하신 ${inquiry.productName} (상품주문번호 ${order.productOrder.productOrderId})은 현재 ${state}. 추가로 궁금하신 점은 언제든 문의해 주세요. 감사합니다.`;
}

describe('the node as tools of an AI Agent in a real n8n', { timeout: 10 * 60_000 }, () => {
	let emulator: NaverCommerceEmulator;
	let model: ScriptedModel;
	let errorModel: ScriptedModel;
	let n8n: N8nInstance;
	let packDir: string;
	let target: CustomerInquiry;

	before(async () => {
		const runtime = ensureN8n();
		packDir = mkdtempSync(join(tmpdir(), 'naver-ai-pack-'));
		const tarball = buildAndPack(packDir);
		emulator = await startEmulator();

		// The newest unanswered inquiry is about a product order the store really has, so the
		// order lookup the agent makes finds it.
		const state = inquiryStateOf(emulator.store);
		const recent = state.inquiries
			.filter((inquiry) => inquiry.answerContentId === undefined)
			.filter((inquiry) => inquiry.registeredMs > Date.now() - 6 * DAY_MS)
			.sort((a, b) => b.registeredMs - a.registeredMs);
		assert.ok(recent.length >= 2, `${recent.length} unanswered inquiries this week`);
		target = recent[0];
		const order = emulator.store.productOrders.find((candidate) => candidate.paymentMs > 0)!;
		Object.assign(target, {
			orderId: order.orderId,
			productOrderIdList: order.productOrderId,
			productName: order.productName,
			title: '배송 문의',
			inquiryContent: '주문한 상품 언제 받을 수 있나요?',
		});

		model = await startScriptedModel({
			expectTools: EXPECTED_INQUIRY_TOOLS,
			steps: [
				// 1. What is waiting?
				() => ({ toolCalls: [{ name: 'list_unanswered_inquiries', arguments: { limit: 10 } }] }),
				// 2. The newest inquiry: what did the buyer order?
				(request) => {
					const newest = newestOf(request);
					return {
						toolCalls: [
							{
								name: 'get_product_order',
								arguments: { productOrderIds: newest.productOrderIdList },
							},
						],
					};
				},
				// 3. Answer it from what the order says.
				(request) => {
					const newest = newestOf(request);
					const [order] = resultOf<OrderDetail>(request, 'get_product_order');
					return {
						toolCalls: [
							{
								name: 'answer_customer_inquiry',
								arguments: {
									inquiryNo: String(newest.inquiryNo),
									answerComment: draftAnswer(newest, order),
								},
							},
						],
					};
				},
				// 4. Report.
				(request) => {
					const [answered] = resultOf<{ inquiryNo: number; inquiryCommentNo: number }>(
						request,
						'answer_customer_inquiry',
					);
					return {
						text: `문의 ${answered.inquiryNo}에 답변을 등록했습니다 (답변 번호 ${answered.inquiryCommentNo}).`,
					};
				},
			],
		});

		// The model answers an inquiry Naver does not know, then reports the error it was given.
		errorModel = await startScriptedModel({
			expectTools: EXPECTED_INQUIRY_TOOLS.filter((tool) => tool.name === 'answer_customer_inquiry'),
			steps: [
				() => ({
					toolCalls: [
						{
							name: 'answer_customer_inquiry',
							arguments: { inquiryNo: UNKNOWN_INQUIRY, answerComment: '확인 부탁드립니다.' },
						},
					],
				}),
				(request) => ({
					text: `답변하지 못했습니다: ${request.toolResults.at(-1)?.content ?? '(no result)'}`,
				}),
			],
		});

		n8n = new N8nInstance(runtime);
		n8n.installCommunityPackage(tarball);
		await n8n.importCredentials([
			{
				...NAVER_CREDENTIAL,
				type: 'naverCommerceApi',
				data: { ...DEFAULT_APP, type: 'SELF', baseUrl: emulator.baseUrl },
			},
			{
				...OPENAI_CREDENTIAL,
				type: 'openAiApi',
				data: { apiKey: 'sk-scripted-model', url: model.baseUrl },
			},
			{
				...ERROR_MODEL_CREDENTIAL,
				type: 'openAiApi',
				data: { apiKey: 'sk-scripted-model', url: errorModel.baseUrl },
			},
		]);
		await n8n.importWorkflow(
			agentWorkflow({
				id: WORKFLOW_ID,
				modelBaseUrl: model.baseUrl,
				prompt: '답변을 기다리는 고객 문의 중 가장 최근 것 하나에 답변해 주세요.',
				tools: inquiryTools(),
			}),
		);
		await n8n.importWorkflow(
			agentWorkflow({
				id: ERROR_WORKFLOW_ID,
				modelBaseUrl: errorModel.baseUrl,
				modelCredential: ERROR_MODEL_CREDENTIAL,
				prompt: `문의 ${UNKNOWN_INQUIRY}에 답변해 주세요.`,
				tools: inquiryTools().filter((tool) => tool.name === 'answer_customer_inquiry'),
			}),
		);
	});

	after(async () => {
		await emulator?.stop();
		await model?.stop();
		await errorModel?.stop();
		n8n?.cleanup();
		if (packDir) rmSync(packDir, { recursive: true, force: true });
	});

	test('the agent lists, looks up the order and answers the newest inquiry', async () => {
		const startedMs = Date.now();
		const result = await n8n.execute(WORKFLOW_ID);
		assert.deepEqual(model.failures, [], 'the scripted model refused a request');
		assert.ok(result.ok, result.output.slice(-4000));

		// Naver received the answer, on the right inquiry, once.
		const state = inquiryStateOf(emulator.store);
		const answers = state.requests.filter((request) => request.route === 'inquiries.answer');
		assert.equal(answers.length, 1);
		assert.equal(answers[0].path, `/v1/pay-merchant/inquiries/${target.inquiryNo}/answer`);
		const comment = (answers[0].body as { answerComment: string }).answerComment;
		assert.match(comment, new RegExp(`상품주문번호 ${target.productOrderIdList}\\)`));
		assert.equal(target.answerContent, comment);
		assert.ok(target.answerRegisteredMs! >= startedMs);

		// What the agent asked Naver for on the way: one list of unanswered inquiries of the
		// last 7 days (KST), the details of that one product order.
		const lists = state.requests.filter((request) => request.route === 'inquiries.list');
		assert.equal(lists.length, 1);
		assert.deepEqual(lists[0].query.answered, ['false']);
		assert.deepEqual(lists[0].query.endSearchDate, [formatKst(Date.now()).slice(0, 10)]);
		assert.equal(emulator.stats.byRoute['productOrders.query'], 1);

		// What the agent returned.
		const [output] = nodeOutput(result.run, 'AI Agent');
		assert.equal(
			output.output,
			`문의 ${target.inquiryNo}에 답변을 등록했습니다 (답변 번호 ${target.answerContentId}).`,
		);
		// Four model turns: three tool calls and the final text.
		assert.equal(model.requests.length, 4);
	});

	test("a Naver error reaches the model as Naver's code, message and trace ID", async () => {
		const state = inquiryStateOf(emulator.store);
		const answersBefore = state.requests.filter((request) => request.route === 'inquiries.answer');
		const result = await n8n.execute(ERROR_WORKFLOW_ID);
		assert.deepEqual(errorModel.failures, [], 'the scripted model refused a request');
		assert.ok(result.ok, result.output.slice(-4000));
		assert.equal(errorModel.requests.length, 2, 'the tool call and the report');

		// What n8n put in the conversation as the tool's result: n8n 2.x turns a failed tool node
		// into one item `{ error: <the error's message> }` (n8n-core's WorkflowExecute) and sends
		// the model the items as JSON; the description stays behind. The trace ID is the one the
		// emulator gave this answer (emu-<its port>-…).
		const toolMessages = errorModel.requests[1].messages.filter(
			(message) => message.role === 'tool',
		);
		assert.equal(toolMessages.length, 1);
		const content = String(toolMessages[0].content);
		console.log(`the model was given: ${content}`);
		const port = new URL(emulator.baseUrl).port;
		const traceId = new RegExp(`\\(trace ID (emu-${port}-[0-9a-z]+\\^\\d+\\^\\d+)\\)`).exec(
			content,
		)?.[1];
		assert.ok(traceId, `no trace ID in: ${content}`);
		assert.equal(
			content,
			JSON.stringify([
				{
					error: `Naver Commerce API error ERR-NC-101004: 문의 번호 ${UNKNOWN_INQUIRY}에 해당하는 문의가 없습니다. (trace ID ${traceId})`,
				},
			]),
		);
		assert.ok(!content.includes(DEFAULT_APP.clientSecret), 'secret in the tool result');
		assert.doesNotMatch(content, /Bearer |client_secret_sign|\$2[aby]\$/);

		// The model read it, and Naver was asked once.
		const [output] = nodeOutput(result.run, 'AI Agent');
		assert.equal(output.output, `답변하지 못했습니다: ${content}`);
		const answers = state.requests.filter((request) => request.route === 'inquiries.answer');
		assert.equal(answers.length, answersBefore.length + 1);
		assert.equal(answers.at(-1)!.path, `/v1/pay-merchant/inquiries/${UNKNOWN_INQUIRY}/answer`);
	});

	test('what the model was given: three tools with descriptions and typed, required parameters', () => {
		const offered = model.requests[0].tools;
		assert.deepEqual(offered.map((tool) => tool.name).sort(), [
			'answer_customer_inquiry',
			'get_product_order',
			'list_unanswered_inquiries',
		]);
		// Keep what a model reads in the test log: it is what the README documents.
		for (const tool of offered) {
			console.log(`tool ${tool.name}: ${tool.description}\n  ${JSON.stringify(tool.parameters)}`);
		}
		const answer = offered.find((tool) => tool.name === 'answer_customer_inquiry')!;
		assert.deepEqual(Object.keys(answer.parameters.properties ?? {}).sort(), [
			'answerComment',
			'inquiryNo',
		]);
		assert.equal(answer.parameters.type, 'object');
	});

	test('nothing n8n printed contains the client secret', () => {
		const transcript = n8n.transcript.join('\n');
		assert.ok(!transcript.includes(DEFAULT_APP.clientSecret));
		assert.ok(!transcript.includes('client_secret_sign='));
	});
});
