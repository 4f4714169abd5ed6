/* eslint-disable @n8n/community-nodes/node-usable-as-tool -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Runs our node inside n8n-core's real execution engine (WorkflowExecute → ExecuteContext →
 * httpRequestWithAuthentication → n8n's outbound HTTP client) against a real HTTP server.
 *
 * The one part n8n-core does not ship is the credentials helper, which lives in n8n's CLI package
 * with its database. `StoredCredentialsHelper` below follows the CLI's CredentialsHelper rules as
 * documented in shared research notes: preAuthentication runs only for a credential with a hidden
 * `expirable` property, when that property is '' or after a 401 (credentialsExpired), and what it
 * returns is persisted and merged before `authenticate` resolves the generic header expression.
 * The real CLI helper is exercised by the end-to-end test in a real n8n.
 */
import {
	ExecuteContext,
	ExecutionLifecycleHooks,
	LoadOptionsContext,
	RoutingNode,
	WorkflowExecute,
} from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentials,
	IConnections,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeListSearchResult,
	INodeParameters,
	INodeProperties,
	INodePropertyOptions,
	INodeType,
	INodeTypes,
	IRequestOptionsSimplified,
	IRun,
	IWorkflowExecuteAdditionalData,
	IAuthenticateGeneric,
} from 'n8n-workflow';
import { ICredentialsHelper, NodeConnectionTypes, Workflow } from 'n8n-workflow';

import { NaverCommerceApi } from '../../credentials/NaverCommerceApi.credentials.ts';
import { clearTokenCache } from '../../credentials/naverCommerceTokenCache.ts';
import { NaverCommerce } from '../../nodes/NaverCommerce/NaverCommerce.node.ts';

export const NODE_TYPE = 'n8n-nodes-naver-commerce.naverCommerce';
const INPUT_TYPE = 'test.input';
const KEEP_TYPE = 'test.keep';

/** A file an input item carries, as a test gives it (see `runNaverCommerceNode`). */
export interface TestBinaryFile {
	data: Buffer;
	fileName?: string;
	/** When left out, n8n guesses it from the file name (or the content), as its nodes do. */
	mimeType?: string;
}

/**
 * A start node that emits the items a test gives it, so tests control the node's input. Files
 * become binary properties through n8n-core's own `prepareBinaryData`; without a binary data
 * manager (none is initialised here) n8n keeps them in memory, base64 in the item, as its
 * 'default' mode does.
 */
class TestInput implements INodeType {
	description = {
		displayName: 'Test Input',
		name: 'testInput',
		group: ['trigger' as const],
		version: 1,
		description: 'Emits the items in its "items" parameter',
		defaults: { name: 'Input' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [
			{ displayName: 'Items', name: 'items', type: 'json' as const, default: '[{}]' },
			{ displayName: 'Binaries', name: 'binaries', type: 'json' as const, default: '[]' },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const raw = this.getNodeParameter('items', 0) as string | IDataObject[];
		const items = (typeof raw === 'string' ? JSON.parse(raw) : raw) as IDataObject[];
		const binaries = JSON.parse(String(this.getNodeParameter('binaries', 0, '[]'))) as Array<Record<
			string,
			{ base64: string; fileName?: string; mimeType?: string }
		> | null>;
		const output: INodeExecutionData[] = [];
		for (const [index, json] of items.entries()) {
			const files = binaries[index];
			if (!files) {
				output.push({ json });
				continue;
			}
			const binary: INodeExecutionData['binary'] = {};
			for (const [property, file] of Object.entries(files)) {
				binary[property] = await this.helpers.prepareBinaryData(
					Buffer.from(file.base64, 'base64'),
					file.fileName,
					file.mimeType,
				);
			}
			output.push({ json, binary });
		}
		return [output];
	}
}

/** The value at a dotted path of an item's JSON (`productOrder.productOrderStatus`). */
function valueAt(json: IDataObject, path: string): unknown {
	let value: unknown = json;
	for (const key of path.split('.')) {
		value = value !== null && typeof value === 'object' ? (value as IDataObject)[key] : undefined;
	}
	return value;
}

/**
 * What an IF or Filter node does between two nodes of a workflow: keeps the items whose values at
 * the given paths equal the given values (parameter "where", a JSON object of path → value).
 */
class TestKeep implements INodeType {
	description = {
		displayName: 'Test Keep',
		name: 'testKeep',
		group: ['transform' as const],
		version: 1,
		description: 'Keeps the items whose values at the given paths equal the given values',
		defaults: { name: 'Keep' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Where', name: 'where', type: 'json' as const, default: '{}' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const where = JSON.parse(String(this.getNodeParameter('where', 0, '{}'))) as IDataObject;
		const kept = this.getInputData().filter((item) =>
			Object.entries(where).every(([path, value]) => valueAt(item.json, path) === value),
		);
		return [kept];
	}
}

class TestNodeTypes implements INodeTypes {
	private readonly types: Record<string, INodeType> = {
		[NODE_TYPE]: new NaverCommerce(),
		[INPUT_TYPE]: new TestInput(),
		[KEEP_TYPE]: new TestKeep(),
	};

	getByName(type: string): INodeType {
		return this.getByNameAndVersion(type);
	}

	getByNameAndVersion(type: string): INodeType {
		const nodeType = this.types[type];
		if (!nodeType) throw new Error(`Unknown node type ${type}`);
		return nodeType;
	}

	getKnownTypes() {
		return {};
	}
}

/** Credentials kept in memory, with a log of what n8n persisted, like n8n's credential store. */
export class StoredCredentialsHelper extends ICredentialsHelper {
	readonly credentialTypes: Record<string, ICredentialType> = {
		naverCommerceApi: new NaverCommerceApi(),
	};
	readonly store = new Map<string, ICredentialDataDecryptedObject>();
	preAuthenticationCalls = 0;
	persisted = 0;

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.credentialTypes[type].properties;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const authenticateSetting = this.credentialTypes[typeName].authenticate;
		const options = requestOptions as IHttpRequestOptions;
		// n8n calls a function as it is and resolves a generic one's expressions against $credentials.
		if (typeof authenticateSetting === 'function') {
			return await authenticateSetting(credentials, options);
		}
		const authenticate = authenticateSetting as IAuthenticateGeneric;
		for (const [outerKey, outerValue] of Object.entries(authenticate.properties)) {
			for (const [key, value] of Object.entries(outerValue as IDataObject)) {
				const resolved = workflow!.expression.getSimpleParameterValue(
					node!,
					value as string,
					'internal',
					{ $credentials: credentials },
					undefined,
					'',
				);
				const target = ((options as unknown as Record<string, IDataObject>)[outerKey] ??= {});
				target[key] = resolved as string;
			}
		}
		return options;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const credentialType = this.credentialTypes[typeName];
		const expirable = credentialType.properties.find(
			(property) => property.type === 'hidden' && property.typeOptions?.expirable === true,
		);
		if (!expirable || !credentialType.preAuthentication) return undefined;
		// The editor's Test button runs a mock noOp node with `temp: ''`; n8n then always re-authenticates.
		const isTestingCredentials =
			node.type === 'n8n-nodes-base.noOp' && node.parameters?.temp === '';
		if (credentials[expirable.name] !== '' && !credentialsExpired && !isTestingCredentials) {
			return undefined;
		}
		this.preAuthenticationCalls += 1;
		const output = (await credentialType.preAuthentication.call(
			{ helpers: { httpRequest: helpers.helpers.httpRequest } },
			credentials,
		)) as ICredentialDataDecryptedObject;
		if (output[expirable.name] === undefined) return undefined;
		const id = node.credentials?.[typeName]?.id;
		if (id) {
			this.store.set(id, { ...this.store.get(id), ...output });
			this.persisted += 1;
		}
		return Object.assign(credentials, output);
	}

	async runPreAuthentication(): Promise<undefined> {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used by these tests');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const stored = this.store.get(nodeCredentials.id ?? '');
		if (!stored) throw new Error(`No credential ${nodeCredentials.id}`);
		// n8n applies property defaults, which is how a never-used credential gets accessToken ''.
		const withDefaults: ICredentialDataDecryptedObject = {};
		for (const property of this.credentialTypes[type].properties) {
			if (property.type !== 'notice') withDefaults[property.name] = property.default as string;
		}
		return { ...withDefaults, ...stored };
	}

	async updateCredentials(
		nodeCredentials: INodeCredentialsDetails,
		_type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.store.set(nodeCredentials.id ?? '', data);
	}

	async updateCredentialsOauthTokenData(): Promise<void> {}
}

function createAdditionalData(
	credentialsHelper: StoredCredentialsHelper,
	hooks?: ExecutionLifecycleHooks,
): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper,
		hooks,
		executionId: 'exec-1',
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		formBaseUrl: 'http://127.0.0.1:5678/formBaseUrl',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/formWaitingBaseUrl',
		formTestBaseUrl: 'http://127.0.0.1:5678/formTestBaseUrl',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhookBaseUrl',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhookWaitingBaseUrl',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhookTestBaseUrl',
		mcpBaseUrl: 'http://127.0.0.1:5678/mcpBaseUrl',
		mcpTestBaseUrl: 'http://127.0.0.1:5678/mcpTestBaseUrl',
		variables: {},
		executeWorkflow: async () => {
			throw new Error('not used');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('not used');
		},
	} as unknown as IWorkflowExecuteAdditionalData;
}

export const CREDENTIAL_ID = 'cred-naver-1';

export interface RunResult {
	run: IRun;
	/** The Naver Commerce node's output items, or undefined when it did not finish. */
	items?: INodeExecutionData[];
	error?: IRun['data']['resultData']['error'];
}

/** Runs Input → Naver Commerce once through n8n-core and returns what the node produced. */
export async function runNaverCommerceNode(options: {
	credentialsHelper: StoredCredentialsHelper;
	parameters: IDataObject;
	inputItems?: IDataObject[];
	/** Files per input item (by index), each under its binary property name. */
	inputBinaries?: Array<Record<string, TestBinaryFile> | undefined>;
	continueOnFail?: boolean;
}): Promise<RunResult> {
	const binaries = (options.inputBinaries ?? []).map((files) =>
		files
			? Object.fromEntries(
					Object.entries(files).map(([property, file]) => [
						property,
						{
							base64: file.data.toString('base64'),
							fileName: file.fileName,
							mimeType: file.mimeType,
						},
					]),
				)
			: null,
	);
	const nodes: INode[] = [
		{
			id: 'input',
			name: 'Input',
			type: INPUT_TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters: {
				items: JSON.stringify(options.inputItems ?? [{}]),
				binaries: JSON.stringify(binaries),
			},
		},
		{
			id: 'naver',
			name: 'Naver Commerce',
			type: NODE_TYPE,
			typeVersion: 1,
			position: [200, 0],
			parameters: options.parameters as INode['parameters'],
			credentials: { naverCommerceApi: { id: CREDENTIAL_ID, name: 'Naver Commerce (emulator)' } },
			...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
		},
	];
	const connections = {
		Input: { main: [[{ node: 'Naver Commerce', type: NodeConnectionTypes.Main, index: 0 }]] },
	};
	const run = await executeWorkflow(nodes, connections, options.credentialsHelper);
	const taskData = run.data.resultData.runData['Naver Commerce']?.[0];
	return {
		run,
		items: taskData?.data?.main?.[0] ?? undefined,
		error: run.data.resultData.error,
	};
}

/** One node of a chain after Input: a Naver Commerce node, or a Keep node (`keep`). */
export interface WorkflowStep {
	name: string;
	/** The Naver Commerce node's parameters. */
	parameters?: IDataObject;
	/** Instead of a Naver Commerce node: keep the items whose values at these paths are these. */
	keep?: IDataObject;
	continueOnFail?: boolean;
}

export interface WorkflowRunResult {
	run: IRun;
	/** Each node's output items, by node name; undefined for a node that did not finish. */
	outputs: Record<string, INodeExecutionData[] | undefined>;
	error?: IRun['data']['resultData']['error'];
}

/**
 * Runs Input → step → step → … once through n8n-core: one execution of a workflow that chains
 * Naver Commerce nodes (each with the helper's credential), with Keep nodes where a workflow would
 * have an IF or Filter node. A node that outputs no items ends the execution there, as in n8n.
 */
export async function runNaverCommerceWorkflow(options: {
	credentialsHelper: StoredCredentialsHelper;
	steps: WorkflowStep[];
	inputItems?: IDataObject[];
}): Promise<WorkflowRunResult> {
	const nodes: INode[] = [
		{
			id: 'input',
			name: 'Input',
			type: INPUT_TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters: { items: JSON.stringify(options.inputItems ?? [{}]), binaries: '[]' },
		},
		...options.steps.map(
			(step, index): INode => ({
				id: `step-${index}`,
				name: step.name,
				position: [200 * (index + 1), 0],
				typeVersion: 1,
				...(step.keep
					? { type: KEEP_TYPE, parameters: { where: JSON.stringify(step.keep) } }
					: {
							type: NODE_TYPE,
							parameters: (step.parameters ?? {}) as INode['parameters'],
							credentials: {
								naverCommerceApi: { id: CREDENTIAL_ID, name: 'Naver Commerce (emulator)' },
							},
						}),
				...(step.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
			}),
		),
	];
	const connections = Object.fromEntries(
		nodes
			.slice(0, -1)
			.map((node, index) => [
				node.name,
				{ main: [[{ node: nodes[index + 1].name, type: NodeConnectionTypes.Main, index: 0 }]] },
			]),
	);
	const run = await executeWorkflow(nodes, connections, options.credentialsHelper);
	return {
		run,
		outputs: Object.fromEntries(
			options.steps.map((step) => [
				step.name,
				run.data.resultData.runData[step.name]?.[0]?.data?.main?.[0] ?? undefined,
			]),
		),
		error: run.data.resultData.error,
	};
}

/** One manual execution of a workflow, from its Input node, through n8n-core's WorkflowExecute. */
async function executeWorkflow(
	nodes: INode[],
	connections: IConnections,
	credentialsHelper: StoredCredentialsHelper,
): Promise<IRun> {
	const workflow = new Workflow({
		id: 'wf-test',
		name: 'Naver Commerce test',
		nodes,
		connections,
		active: false,
		nodeTypes: new TestNodeTypes(),
		settings: { executionOrder: 'v1' },
	});
	const hooks = new ExecutionLifecycleHooks('manual', 'exec-1', {
		id: 'wf-test',
		name: workflow.name,
		nodes,
		connections,
		active: false,
		settings: {},
		createdAt: new Date(),
		updatedAt: new Date(),
	} as never);
	const additionalData = createAdditionalData(credentialsHelper, hooks);

	const execution = new WorkflowExecute(additionalData, 'manual');
	return await execution.run({ workflow, startNode: workflow.getNode('Input')! });
}

/**
 * The context n8n's dynamic node parameters service builds for the editor's lookups: a
 * LoadOptionsContext for the parameter at `path`, with the node's current parameters (as the
 * editor sends them) in its additional data.
 */
function editorLookupContext(
	credentialsHelper: StoredCredentialsHelper,
	path: string,
	currentNodeParameters: INodeParameters = {},
) {
	const node: INode = {
		id: 'naver',
		name: 'Naver Commerce',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: currentNodeParameters,
		credentials: { naverCommerceApi: { id: CREDENTIAL_ID, name: 'Naver Commerce (emulator)' } },
	};
	const nodeTypes = new TestNodeTypes();
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = createAdditionalData(credentialsHelper);
	additionalData.currentNodeParameters = currentNodeParameters;
	const context = new LoadOptionsContext(workflow, node, additionalData, path);
	return { context, methods: nodeTypes.getByName(NODE_TYPE).methods };
}

/**
 * What the editor does for a "From List" field: n8n's LoadOptionsContext (as its dynamic node
 * parameters service builds it) calls the node's listSearch method with the typed filter and the
 * page token of the previous answer.
 */
export async function runListSearch(options: {
	credentialsHelper: StoredCredentialsHelper;
	method: string;
	filter?: string;
	paginationToken?: string;
}): Promise<INodeListSearchResult> {
	const { context, methods } = editorLookupContext(options.credentialsHelper, 'parameters.list');
	const search = methods?.listSearch?.[options.method];
	if (!search) throw new Error(`The node has no listSearch method ${options.method}`);
	return await search.call(context, options.filter, options.paginationToken);
}

/**
 * What the editor does when it opens a dropdown with loaded options: the node's loadOptions
 * method, with the node's current parameters (those the dropdown depends on among them).
 */
export async function runLoadOptions(options: {
	credentialsHelper: StoredCredentialsHelper;
	method: string;
	parameter: string;
	parameters: INodeParameters;
}): Promise<INodePropertyOptions[]> {
	const { context, methods } = editorLookupContext(
		options.credentialsHelper,
		`parameters.${options.parameter}`,
		options.parameters,
	);
	const load = methods?.loadOptions?.[options.method];
	if (!load) throw new Error(`The node has no loadOptions method ${options.method}`);
	return await load.call(context);
}

/**
 * A credentials helper holding one Naver Commerce credential for the given emulator app. A new
 * helper is a new n8n instance with its own credential store, so by default it also starts with
 * the empty per-process token state an n8n process starts with (credentials/naverCommerceTokenCache.ts);
 * `sameProcess` keeps it, for tests of several executions of one process.
 */
export function credentialsFor(
	baseUrl: string,
	fields: {
		clientId: string;
		clientSecret: string;
		type?: 'SELF' | 'SELLER';
		accountId?: string;
		rateLimitWaitSeconds?: number;
	},
	options: { sameProcess?: boolean } = {},
): StoredCredentialsHelper {
	if (!options.sameProcess) clearTokenCache();
	const helper = new StoredCredentialsHelper();
	helper.store.set(CREDENTIAL_ID, { type: 'SELF', ...fields, baseUrl });
	return helper;
}

/** Everything a run exposes to a user: output items, error message, description and context. */
export function visibleText(result: RunResult): string {
	const error = result.error as (Error & { description?: string; context?: unknown }) | undefined;
	return JSON.stringify({
		items: result.items,
		error: error && {
			message: error.message,
			description: error.description,
			context: error.context,
			json: error,
		},
	});
}

/**
 * What the editor's Test button does (n8n CLI, CredentialsTester): a mock noOp node whose only
 * property routes the credential's `test` request, run by n8n-core's RoutingNode with the
 * credential as typed in the dialog.
 */
export async function runCredentialTest(credentialsHelper: StoredCredentialsHelper): Promise<void> {
	const credentialType = credentialsHelper.credentialTypes.naverCommerceApi;
	const testNodeType: INodeType = {
		description: {
			displayName: 'No Operation',
			name: 'noOp',
			group: ['organization'],
			version: 1,
			description: 'Credential test',
			defaults: { name: 'Temp-Node' },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: [{ name: 'naverCommerceApi', required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					routing: { request: credentialType.test!.request },
					default: '',
				},
			],
		},
	};
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [0, 0],
		parameters: { temp: '' },
		credentials: { naverCommerceApi: { id: CREDENTIAL_ID, name: 'Naver Commerce' } },
	};
	const nodeTypes: INodeTypes = {
		getByName: () => testNodeType,
		getByNameAndVersion: () => testNodeType,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const inputData = { main: [[{ json: {} }]] };
	const executeData = { data: inputData, node, source: null };
	const runExecutionData = { resultData: { runData: {} } } as unknown as ConstructorParameters<
		typeof ExecuteContext
	>[4];
	const context = new ExecuteContext(
		workflow,
		node,
		createAdditionalData(credentialsHelper),
		'internal',
		runExecutionData,
		0,
		[],
		inputData,
		executeData,
		[],
	);
	const data = await credentialsHelper.getDecrypted(
		{} as IWorkflowExecuteAdditionalData,
		{ id: CREDENTIAL_ID, name: '' },
		'naverCommerceApi',
	);
	await new RoutingNode(context, testNodeType, {
		id: CREDENTIAL_ID,
		name: 'Naver Commerce',
		type: 'naverCommerceApi',
		data,
	}).runNode();
}
