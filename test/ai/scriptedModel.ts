/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * A scripted chat model on loopback that speaks OpenAI's Chat Completions API (POST
 * /v1/chat/completions), the one n8n's "OpenAI Chat Model" node calls when its Base URL points
 * elsewhere and the Responses API is off. It answers with the tool calls a real model would make,
 * one script step per model turn, each step reading the tool results n8n sent back.
 *
 * It also checks what a real model would be given: every request must offer the expected tools,
 * with a description and a parameter schema (names, JSON types, descriptions). A request that
 * does not is answered with an OpenAI-style 400 error and recorded in `failures`, so the agent
 * fails and the test says which tool or parameter was missing.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A function tool as n8n offers it in `tools` (OpenAI's format). */
export interface OfferedTool {
	name: string;
	description: string;
	parameters: {
		type?: string;
		properties?: Record<string, { type?: string; description?: string; anyOf?: unknown[] }>;
		required?: string[];
	};
}

export interface ChatMessage {
	role: 'system' | 'user' | 'assistant' | 'tool';
	content?: string | null | Array<{ type: string; text?: string }>;
	tool_calls?: Array<{ id: string; function: { name: string; arguments: string } }>;
	tool_call_id?: string;
}

/** What one tool call returned, as n8n put it in the conversation. */
export interface ToolResult {
	name: string;
	arguments: Record<string, unknown>;
	/** The text n8n sent back (JSON of the node's output items, or an error message). */
	content: string;
	/** `content` parsed as JSON where it is JSON. */
	json: unknown;
}

export interface ModelRequest {
	messages: ChatMessage[];
	tools: OfferedTool[];
	/** Every tool call of the conversation so far with its result, oldest first. */
	toolResults: ToolResult[];
	/** The user's message (the agent's prompt). */
	prompt: string;
}

export type ModelTurn =
	| { toolCalls: Array<{ name: string; arguments: Record<string, unknown> }> }
	| { text: string };

/** The tool and parameters a request must offer; types are JSON Schema types. */
export interface ExpectedTool {
	name: string;
	/** The tool description must match (e.g. say that it only reads). */
	description?: RegExp;
	parameters: Record<string, { type: 'string' | 'number' | 'boolean'; description?: RegExp }>;
}

export interface ScriptedModelOptions {
	/** Tools every request must offer. */
	expectTools: ExpectedTool[];
	/** One step per model turn: turn 0 answers the prompt, turn 1 the first tool results, … */
	steps: Array<(request: ModelRequest) => ModelTurn>;
}

export interface RecordedModelRequest {
	model: string;
	stream: boolean;
	messages: ChatMessage[];
	tools: OfferedTool[];
}

export interface ScriptedModel {
	/** The Base URL to give n8n, ending in /v1. */
	baseUrl: string;
	requests: RecordedModelRequest[];
	/** Why requests were refused (missing tools, schemas, or a turn past the script). */
	failures: string[];
	stop(): Promise<void>;
}

function textOf(content: ChatMessage['content']): string {
	if (typeof content === 'string') return content;
	if (Array.isArray(content)) return content.map((part) => part.text ?? '').join('');
	return '';
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** The tool calls of the conversation paired with the results n8n sent back. */
function toolResultsOf(messages: ChatMessage[]): ToolResult[] {
	const calls = new Map<string, { name: string; arguments: Record<string, unknown> }>();
	const results: ToolResult[] = [];
	for (const message of messages) {
		for (const call of message.tool_calls ?? []) {
			calls.set(call.id, {
				name: call.function.name,
				arguments: (parseJson(call.function.arguments) ?? {}) as Record<string, unknown>,
			});
		}
		if (message.role === 'tool' && message.tool_call_id) {
			const call = calls.get(message.tool_call_id);
			const content = textOf(message.content);
			results.push({
				name: call?.name ?? '?',
				arguments: call?.arguments ?? {},
				content,
				json: parseJson(content),
			});
		}
	}
	return results;
}

/** What is wrong with the offered tools, in words; empty when every expected tool is there. */
export function checkOfferedTools(offered: OfferedTool[], expected: ExpectedTool[]): string[] {
	const problems: string[] = [];
	const byName = new Map(offered.map((tool) => [tool.name, tool]));
	for (const want of expected) {
		const tool = byName.get(want.name);
		if (!tool) {
			problems.push(
				`tool ${want.name} is not offered (offered: ${[...byName.keys()].join(', ') || 'none'})`,
			);
			continue;
		}
		if (!tool.description?.trim()) problems.push(`tool ${want.name} has no description`);
		else if (want.description && !want.description.test(tool.description)) {
			problems.push(`tool ${want.name}: description "${tool.description}" ≠ ${want.description}`);
		}
		const properties = tool.parameters?.properties ?? {};
		for (const [name, parameter] of Object.entries(want.parameters)) {
			const schema = properties[name];
			if (!schema) {
				problems.push(`tool ${want.name} has no parameter ${name}`);
				continue;
			}
			if (schema.type !== parameter.type) {
				problems.push(`tool ${want.name}: ${name} is ${schema.type}, not ${parameter.type}`);
			}
			if (!schema.description?.trim()) {
				problems.push(`tool ${want.name}: parameter ${name} has no description`);
			} else if (parameter.description && !parameter.description.test(schema.description)) {
				problems.push(
					`tool ${want.name}: ${name} description "${schema.description}" ≠ ${parameter.description}`,
				);
			}
			if (!(tool.parameters.required ?? []).includes(name)) {
				problems.push(`tool ${want.name}: parameter ${name} is not required`);
			}
		}
	}
	return problems;
}

async function readBody(request: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf-8');
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
	const text = JSON.stringify(body);
	response.writeHead(status, {
		'Content-Type': 'application/json',
		'Content-Length': Buffer.byteLength(text),
	});
	response.end(text);
}

let callCounter = 0;

/** The assistant message of a turn in OpenAI's format. */
function assistantMessage(turn: ModelTurn): Record<string, unknown> {
	if ('text' in turn) return { role: 'assistant', content: turn.text };
	return {
		role: 'assistant',
		content: null,
		tool_calls: turn.toolCalls.map((call) => ({
			id: `call_${++callCounter}`,
			type: 'function',
			function: { name: call.name, arguments: JSON.stringify(call.arguments) },
		})),
	};
}

/** A turn as Server-Sent Events, the way OpenAI streams it when asked to (`stream: true`). */
function streamTurn(response: ServerResponse, model: string, turn: ModelTurn): void {
	response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
	const id = `chatcmpl-${++callCounter}`;
	const created = Math.floor(Date.now() / 1000);
	const chunk = (delta: Record<string, unknown>, finish: string | null) =>
		response.write(
			`data: ${JSON.stringify({
				id,
				object: 'chat.completion.chunk',
				created,
				model,
				choices: [{ index: 0, delta, finish_reason: finish }],
			})}\n\n`,
		);
	const message = assistantMessage(turn);
	if ('text' in turn) {
		chunk({ role: 'assistant', content: turn.text }, null);
		chunk({}, 'stop');
	} else {
		const calls = message.tool_calls as Array<Record<string, unknown>>;
		chunk(
			{
				role: 'assistant',
				content: null,
				tool_calls: calls.map((call, index) => ({ index, ...call })),
			},
			null,
		);
		chunk({}, 'tool_calls');
	}
	response.write('data: [DONE]\n\n');
	response.end();
}

export async function startScriptedModel(options: ScriptedModelOptions): Promise<ScriptedModel> {
	const requests: RecordedModelRequest[] = [];
	const failures: string[] = [];

	const refuse = (response: ServerResponse, message: string) => {
		failures.push(message);
		sendJson(response, 400, {
			error: { message: `scripted model: ${message}`, type: 'invalid_request_error' },
		});
	};

	const server: Server = createServer((request, response) => {
		void (async () => {
			const url = new URL(request.url ?? '/', 'http://127.0.0.1');
			if (request.method === 'GET' && url.pathname === '/v1/models') {
				sendJson(response, 200, {
					object: 'list',
					data: [{ id: 'scripted-model', object: 'model' }],
				});
				return;
			}
			if (request.method !== 'POST' || url.pathname !== '/v1/chat/completions') {
				sendJson(response, 404, {
					error: { message: `no route ${request.method} ${url.pathname}` },
				});
				return;
			}
			const body = (parseJson(await readBody(request)) ?? {}) as {
				model?: string;
				stream?: boolean;
				messages?: ChatMessage[];
				tools?: Array<{ type: string; function: OfferedTool }>;
			};
			const messages = body.messages ?? [];
			const tools = (body.tools ?? []).map((tool) => tool.function);
			const model = body.model ?? 'scripted-model';
			requests.push({ model, stream: body.stream === true, messages, tools });

			const problems = checkOfferedTools(tools, options.expectTools);
			if (problems.length > 0) return refuse(response, problems.join('; '));
			const turnIndex = messages.filter((message) => message.role === 'assistant').length;
			const step = options.steps[turnIndex];
			if (!step) return refuse(response, `no script step for turn ${turnIndex}`);
			let turn: ModelTurn;
			try {
				turn = step({
					messages,
					tools,
					toolResults: toolResultsOf(messages),
					prompt: textOf(messages.filter((message) => message.role === 'user').at(-1)?.content),
				});
			} catch (error) {
				return refuse(response, `turn ${turnIndex}: ${(error as Error).message}`);
			}
			if (body.stream === true) return streamTurn(response, model, turn);
			sendJson(response, 200, {
				id: `chatcmpl-${++callCounter}`,
				object: 'chat.completion',
				created: Math.floor(Date.now() / 1000),
				model,
				choices: [
					{
						index: 0,
						message: assistantMessage(turn),
						finish_reason: 'text' in turn ? 'stop' : 'tool_calls',
					},
				],
				usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
			});
		})().catch((error: unknown) => {
			failures.push(`scripted model crashed: ${String(error)}`);
			if (!response.headersSent) sendJson(response, 500, { error: { message: String(error) } });
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		baseUrl: `http://127.0.0.1:${port}/v1`,
		requests,
		failures,
		stop: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
