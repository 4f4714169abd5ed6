/**
 * Workflows that put the Naver Commerce node in front of a model: as tools of n8n's AI Agent
 * (with the OpenAI Chat Model pointed at the scripted model) and as tools of n8n's MCP Server
 * Trigger. The tool nodes are the node's own "Naver Commerce Tool" variant, which n8n 2.x makes
 * from any node that declares `usableAsTool`; their parameters come from the model through
 * `$fromAI(key, description, type)`, and each tool's description is set manually so that the model
 * reads what the call does, whether it writes, and what comes back.
 */
import { PACKAGE_NAME } from '../e2e/realN8n';

export const NAVER_CREDENTIAL = { id: 'naverAiCred01', name: 'Naver Commerce (emulator)' };
export const OPENAI_CREDENTIAL = { id: 'openAiScripted1', name: 'Scripted model (loopback)' };

/** The tool variant n8n generates from the node (`<node name>Tool`). */
export const NAVER_TOOL_TYPE = `${PACKAGE_NAME}.naverCommerceTool`;

type Parameters = Record<string, unknown>;

interface WorkflowNode {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	position: [number, number];
	parameters: Parameters;
	credentials?: Record<string, { id: string; name: string }>;
	webhookId?: string;
}

/**
 * A Naver Commerce tool node; `name` is also the tool's name the model sees. Without a
 * description n8n sets one automatically: the operation's action and the node's name.
 */
export function naverTool(
	name: string,
	x: number,
	toolDescription: string | undefined,
	parameters: Parameters,
): WorkflowNode {
	return {
		id: name,
		name,
		type: NAVER_TOOL_TYPE,
		typeVersion: 1,
		position: [x, 260],
		parameters: {
			...(toolDescription === undefined ? {} : { descriptionType: 'manual', toolDescription }),
			...parameters,
		},
		credentials: { naverCommerceApi: NAVER_CREDENTIAL },
	};
}

/** The three tools an inquiry agent needs: two that only read, one that writes. */
export function inquiryTools(): WorkflowNode[] {
	return [
		naverTool(
			'list_unanswered_inquiries',
			300,
			'Read-only. Lists the customer inquiries (고객 문의) of the last 7 days that have no answer yet. Each item has inquiryNo (the number to answer it by), title, inquiryContent (the question), inquiryRegistrationDateTime, productName, orderId and productOrderIdList (the product order IDs behind the inquiry, comma-separated).',
			{
				resource: 'customerInquiry',
				operation: 'getAll',
				startDate: '={{ $today.minus({ days: 7 }).toISODate() }}',
				endDate: '={{ $today.toISODate() }}',
				answerStatus: 'unanswered',
				returnAll: false,
				limit: "={{ $fromAI('limit', 'How many inquiries to return, from 1 to 50', 'number') }}",
			},
		),
		naverTool(
			'get_product_order',
			500,
			'Read-only. Gets the details of product orders (상품주문) by product order ID: status (productOrderStatus), product, quantity, amounts, shipping address and delivery (courier, tracking number, dispatch date). Use it to see what the buyer bought and where the parcel is before you answer.',
			{
				resource: 'productOrder',
				operation: 'get',
				productOrderIds:
					"={{ $fromAI('productOrderIds', 'One or more product order IDs (상품주문번호, 16 digits), comma-separated, e.g. from productOrderIdList of an inquiry. Not the order ID (주문번호).', 'string') }}",
			},
		),
		naverTool(
			'answer_customer_inquiry',
			700,
			'Writes: posts the answer to one unanswered customer inquiry; the buyer reads it at once and it cannot be posted twice. Returns inquiryNo and inquiryCommentNo (the answer ID).',
			{
				resource: 'customerInquiry',
				operation: 'answer',
				inquiryNo: {
					__rl: true,
					mode: 'id',
					value:
						"={{ $fromAI('inquiryNo', 'The inquiryNo of the inquiry to answer, as list_unanswered_inquiries returns it', 'string') }}",
				},
				answerComment:
					"={{ $fromAI('answerComment', 'The answer the buyer will read: polite Korean, specific to the question and the order', 'string') }}",
			},
		),
	];
}

/** Manual Trigger → AI Agent with the scripted OpenAI-compatible model and the given tools. */
export function agentWorkflow(options: {
	id: string;
	modelBaseUrl: string;
	/** The OpenAI credential the chat model uses (default OPENAI_CREDENTIAL). */
	modelCredential?: { id: string; name: string };
	prompt: string;
	tools: WorkflowNode[];
}): Record<string, unknown> {
	const nodes: WorkflowNode[] = [
		{
			id: 'trigger',
			name: 'Manual Trigger',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: 'agent',
			name: 'AI Agent',
			type: '@n8n/n8n-nodes-langchain.agent',
			typeVersion: 3.1,
			position: [300, 0],
			parameters: {
				promptType: 'define',
				text: options.prompt,
				options: {
					systemMessage:
						'You answer SmartStore buyers politely in Korean. Look up the order before you answer. Never promise a refund; say a person will check.',
					maxIterations: 10,
				},
			},
		},
		{
			id: 'model',
			name: 'OpenAI Chat Model',
			type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
			typeVersion: 1.3,
			position: [100, 260],
			parameters: {
				model: { __rl: true, mode: 'id', value: 'scripted-model' },
				// OpenAI-compatible servers (Ollama, vLLM, LiteLLM, …) speak Chat Completions.
				responsesApiEnabled: false,
				options: { baseURL: options.modelBaseUrl, maxRetries: 0 },
			},
			credentials: { openAiApi: options.modelCredential ?? OPENAI_CREDENTIAL },
		},
		...options.tools,
	];
	return {
		id: options.id,
		name: 'Naver Commerce AI agent',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes,
		connections: {
			'Manual Trigger': { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
			'OpenAI Chat Model': {
				ai_languageModel: [[{ node: 'AI Agent', type: 'ai_languageModel', index: 0 }]],
			},
			...Object.fromEntries(
				options.tools.map((tool) => [
					tool.name,
					{ ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] },
				]),
			),
		},
	};
}

/** MCP Server Trigger (streamable HTTP and SSE at /mcp/<path>) with the given tools. */
export function mcpServerWorkflow(options: {
	id: string;
	path: string;
	tools: WorkflowNode[];
}): Record<string, unknown> {
	return {
		id: options.id,
		name: 'Naver Commerce MCP server',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: 'mcp',
				name: 'Naver Commerce MCP',
				type: '@n8n/n8n-nodes-langchain.mcpTrigger',
				typeVersion: 2,
				position: [300, 0],
				webhookId: '5f0e2b9a-6c4d-4f1e-8a3b-7d2c1e0f9a41',
				parameters: { path: options.path, authentication: 'bearerAuth' },
				credentials: { httpBearerAuth: { id: 'mcpBearer0001', name: 'MCP bearer token' } },
			},
			...options.tools,
		],
		connections: Object.fromEntries(
			options.tools.map((tool) => [
				tool.name,
				{ ai_tool: [[{ node: 'Naver Commerce MCP', type: 'ai_tool', index: 0 }]] },
			]),
		),
	};
}
