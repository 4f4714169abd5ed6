/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, import-x/no-unresolved, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The Naver Commerce node as tools of n8n's MCP Server Trigger, in a real `n8n start` (MCP needs
 * the webhook server) with the packed package installed as a community package. A real MCP client
 * (@modelcontextprotocol/sdk) on loopback connects as a desktop AI client would, over streamable
 * HTTP and over SSE, lists the tools and calls a read and a write. The emulator counts what n8n
 * asked Naver for, token requests included.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

import { buildAndPack, ensureN8n } from '../e2e/realN8n';
import { freeN8nPort, N8nServer } from '../editor/n8nServer';
import { inquiryStateOf } from '../emulator/routes/inquiries';
import { DEFAULT_APP, startEmulator, type NaverCommerceEmulator } from '../emulator/server';
import { inquiryTools, mcpServerWorkflow, NAVER_CREDENTIAL, naverTool } from './agentWorkflows';

const WORKFLOW_ID = 'mcpNaverTools01';
const MCP_PATH = 'naver-commerce';
/** The bearer token MCP clients must send (n8n's Bearer Auth credential on the trigger). */
const MCP_TOKEN = 'mcp-test-token-7f3a9c2e';

type TextContent = { type: string; text?: string };

/** The text parts of a tool result (n8n answers in text: JSON of the output, or the error). */
function textOf(result: object): string {
	const content = 'content' in result ? (result.content as TextContent[]) : [];
	return content.map((part) => part.text ?? '').join('\n');
}

describe('the node as tools of an MCP server in a real n8n', { timeout: 10 * 60_000 }, () => {
	let emulator: NaverCommerceEmulator;
	let server: N8nServer;
	let packDir: string;
	let mcpUrl: URL;
	const clients: Client[] = [];

	/** The trace ID the emulator gave an answer (emu-<its port>-…), as the headline names it. */
	function traceIdIn(text: string): string {
		const port = new URL(emulator.baseUrl).port;
		const traceId = new RegExp(`(?:\\(|, )trace ID (emu-${port}-[0-9a-z]+\\^\\d+\\^\\d+)\\)`).exec(
			text,
		)?.[1];
		assert.ok(traceId, `no trace ID in the headline: ${text}`);
		return traceId;
	}

	async function connect(transport: 'streamable' | 'sse', token = MCP_TOKEN): Promise<Client> {
		const requestInit = { headers: { Authorization: `Bearer ${token}` } };
		const client = new Client({ name: 'naver-commerce-test-client', version: '1.0.0' });
		await client.connect(
			transport === 'streamable'
				? new StreamableHTTPClientTransport(mcpUrl, { requestInit })
				: new SSEClientTransport(mcpUrl, {
						requestInit,
						// The SSE stream itself is a GET made with fetch; it needs the header too.
						eventSourceInit: {
							fetch: (url, init) =>
								fetch(url, {
									...init,
									headers: { ...(init?.headers as object), ...requestInit.headers },
								}),
						},
					}),
		);
		clients.push(client);
		return client;
	}

	before(async () => {
		const runtime = ensureN8n();
		packDir = mkdtempSync(join(tmpdir(), 'naver-mcp-pack-'));
		const tarball = buildAndPack(packDir);
		emulator = await startEmulator();
		const port = await freeN8nPort(5760, 5769);
		server = new N8nServer(runtime, port);
		mcpUrl = new URL(`${server.baseUrl}/mcp/${MCP_PATH}`);
		const n8n = server.instance;
		n8n.installCommunityPackage(tarball);
		await n8n.importCredentials([
			{
				...NAVER_CREDENTIAL,
				type: 'naverCommerceApi',
				data: { ...DEFAULT_APP, type: 'SELF', baseUrl: emulator.baseUrl },
			},
			{
				id: 'mcpBearer0001',
				name: 'MCP bearer token',
				type: 'httpBearerAuth',
				data: { token: MCP_TOKEN },
			},
		]);
		const [listInquiries, , answerInquiry] = inquiryTools();
		await n8n.importWorkflow(
			mcpServerWorkflow({
				id: WORKFLOW_ID,
				path: MCP_PATH,
				tools: [
					listInquiries,
					answerInquiry,
					// Left at "Set Automatically": n8n describes it from the operation's action.
					naverTool('get_seller_account', 900, undefined, {
						resource: 'seller',
						operation: 'getAccount',
					}),
				],
			}),
		);
		// n8n 2.x activates a workflow by publishing it; `n8n start` then registers its webhooks.
		await n8n.runOrThrow(['publish:workflow', `--id=${WORKFLOW_ID}`]);
		await server.start();
		// The MCP endpoint is registered once the workflow is activated, shortly after the REST API.
		const deadline = Date.now() + 60_000;
		for (;;) {
			const status = await fetch(mcpUrl, { method: 'POST', signal: AbortSignal.timeout(2000) })
				.then((response) => response.status)
				.catch(() => 0);
			if (status !== 404 && status !== 0) break;
			assert.ok(Date.now() < deadline, `MCP endpoint not registered:\n${server.output}`);
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
	});

	after(async () => {
		for (const client of clients) await client.close().catch(() => undefined);
		await server?.stop();
		server?.instance.cleanup();
		await emulator?.stop();
		if (packDir) rmSync(packDir, { recursive: true, force: true });
	});

	test('a client without the bearer token is refused', async () => {
		await assert.rejects(connect('streamable', 'wrong-token'), /401|Unauthorized|authorization/i);
	});

	test('tools/list: the read and write tools with their descriptions and input schemas', async () => {
		const client = await connect('streamable');
		const { tools } = await client.listTools();
		for (const tool of tools) {
			console.log(
				`mcp tool ${tool.name}: ${tool.description}\n  ${JSON.stringify(tool.inputSchema)}`,
			);
		}
		const byName = new Map(tools.map((tool) => [tool.name, tool]));
		assert.deepEqual([...byName.keys()].sort(), [
			'answer_customer_inquiry',
			'get_seller_account',
			'list_unanswered_inquiries',
		]);
		assert.match(String(byName.get('list_unanswered_inquiries')!.description), /^Read-only\. /);
		assert.match(String(byName.get('answer_customer_inquiry')!.description), /^Writes: /);
		// Left automatic, the description is the operation's action and the node's name.
		assert.equal(
			byName.get('get_seller_account')!.description,
			'Get the seller account in Naver Commerce',
		);
		const answer = byName.get('answer_customer_inquiry')!.inputSchema;
		assert.deepEqual(Object.keys(answer.properties ?? {}).sort(), ['answerComment', 'inquiryNo']);
		assert.deepEqual([...(answer.required ?? [])].sort(), ['answerComment', 'inquiryNo']);
		assert.deepEqual(
			Object.keys(byName.get('list_unanswered_inquiries')!.inputSchema.properties ?? {}),
			['limit'],
		);
	});

	test('a read, a write and a refused write: one token for all calls, Naver errors as tool errors', async () => {
		emulator.resetStats();
		const tokensBefore = emulator.activeTokenFingerprints().length;
		const client = await connect('streamable');
		const state = inquiryStateOf(emulator.store);

		// Read.
		const listed = await client.callTool({
			name: 'list_unanswered_inquiries',
			arguments: { limit: 2 },
		});
		assert.ok(!listed.isError, textOf(listed));
		const inquiries = JSON.parse(textOf(listed)) as Array<{ inquiryNo: number; answered: boolean }>;
		assert.equal(inquiries.length, 2);
		assert.ok(inquiries.every((inquiry) => inquiry.answered === false));

		// Write.
		const target = inquiries[0].inquiryNo;
		const comment = '안녕하세요, 고객님. 오늘 발송 예정입니다. 감사합니다.';
		const answered = await client.callTool({
			name: 'answer_customer_inquiry',
			arguments: { inquiryNo: String(target), answerComment: comment },
		});
		assert.ok(!answered.isError, textOf(answered));
		const [result] = JSON.parse(textOf(answered)) as Array<{
			inquiryNo: number;
			inquiryCommentNo: number;
		}>;
		assert.equal(result.inquiryNo, target);
		const stored = state.inquiries.find((inquiry) => inquiry.inquiryNo === target)!;
		assert.equal(stored.answerContent, comment);
		assert.equal(result.inquiryCommentNo, stored.answerContentId);

		// The same write again: Naver refuses (ERR-NC-101010); the client gets a tool error with
		// Naver's code, message and trace ID, and the answer is not changed or sent twice.
		const again = await client.callTool({
			name: 'answer_customer_inquiry',
			arguments: { inquiryNo: String(target), answerComment: '두 번째 답변' },
		});
		assert.equal(again.isError, true);
		const errorText = textOf(again);
		console.log(`mcp tool error: ${errorText}`);
		const againTrace = traceIdIn(errorText);
		assert.equal(
			errorText.split('\n')[0],
			`NodeOperationError: Customer inquiry ${target} already has an answer (Naver code ERR-NC-101010, trace ID ${againTrace})`,
		);
		assert.ok(errorText.includes('\nNaver message: 해당 문의에 이미 답변이 존재합니다.\n'));
		assert.ok(errorText.endsWith(`\nTrace ID: ${againTrace}`));
		assert.match(errorText, /Update Answer/);
		assert.equal(stored.answerContent, comment);

		// An unknown inquiry: n8n sends the error's message, then its description as "Details".
		const unknown = await client.callTool({
			name: 'answer_customer_inquiry',
			arguments: { inquiryNo: '999999999', answerComment: '확인 부탁드립니다.' },
		});
		assert.equal(unknown.isError, true);
		const unknownText = textOf(unknown);
		console.log(`mcp tool error: ${unknownText}`);
		const unknownTrace = traceIdIn(unknownText);
		assert.notEqual(unknownTrace, againTrace);
		assert.equal(
			unknownText,
			[
				`NodeOperationError: Naver Commerce API error ERR-NC-101004: 문의 번호 999999999에 해당하는 문의가 없습니다. (trace ID ${unknownTrace})`,
				'',
				'Details: HTTP status: 400',
				'Naver code: ERR-NC-101004',
				'Naver message: 문의 번호 999999999에 해당하는 문의가 없습니다.',
				`Trace ID: ${unknownTrace}`,
			].join('\n'),
		);

		// A read with no parameters.
		const account = await client.callTool({ name: 'get_seller_account', arguments: {} });
		assert.ok(!account.isError, textOf(account));
		assert.match(textOf(account), /accountId/);

		const answerRequests = state.requests.filter((request) => request.route === 'inquiries.answer');
		assert.equal(answerRequests.length, 3, 'each write sent once');
		// Five calls, one token: the first call fetched it (or the instance already had one), and
		// every later call reused the one n8n stored in the credential.
		assert.ok(emulator.stats.tokenRequests <= 1, `${emulator.stats.tokenRequests} token requests`);
		assert.equal(emulator.stats.tokenRequests + tokensBefore, 1);
		assert.equal(emulator.activeTokenFingerprints().length, 1);

		for (const text of [listed, answered, again, unknown, account].map(textOf)) {
			assert.ok(!text.includes(DEFAULT_APP.clientSecret), 'secret in a tool result');
			assert.doesNotMatch(text, /Bearer |client_secret_sign|\$2[aby]\$/);
		}
	});

	test('a second client over SSE (older desktop clients) sees the same tools and reuses the token', async () => {
		emulator.resetStats();
		const client = await connect('sse');
		const { tools } = await client.listTools();
		assert.equal(tools.length, 3);
		const listed = await client.callTool({
			name: 'list_unanswered_inquiries',
			arguments: { limit: 1 },
		});
		assert.ok(!listed.isError, textOf(listed));
		assert.equal((JSON.parse(textOf(listed)) as unknown[]).length, 1);
		assert.equal(emulator.stats.tokenRequests, 0, 'the stored token is reused');
	});

	test('nothing n8n printed contains the client secret or a token', () => {
		assert.ok(!server.output.includes(DEFAULT_APP.clientSecret));
		assert.ok(!server.output.includes('client_secret_sign='));
		assert.ok(!server.output.includes(MCP_TOKEN));
	});
});
