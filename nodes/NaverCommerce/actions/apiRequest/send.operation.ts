import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { parseJsonObjectParameter, parseJsonParameter } from '../../helpers/jsonParameter';
import { naverCommerceRequest } from '../../transport';

const displayOptions = { show: { resource: ['apiRequest'], operation: ['send'] } };

const properties: INodeProperties[] = [
	{
		displayName: 'Method',
		name: 'method',
		type: 'options',
		options: [
			{ name: 'DELETE', value: 'DELETE' },
			{ name: 'GET', value: 'GET' },
			{ name: 'PATCH', value: 'PATCH' },
			{ name: 'POST', value: 'POST' },
			{ name: 'PUT', value: 'PUT' },
		],
		default: 'GET',
		description: 'The HTTP method the endpoint expects',
	},
	{
		displayName: 'Path',
		name: 'path',
		type: 'string',
		default: '',
		required: true,
		placeholder: '/v1/pay-order/seller/product-orders/last-changed-statuses',
		description:
			"The endpoint path from Naver's API reference, relative to the credential's Base URL (…/external). Full URLs are refused, so the token never leaves Naver.",
	},
	{
		displayName: 'Query Parameters (JSON)',
		name: 'query',
		type: 'json',
		default: '{}',
		description:
			'Query parameters as a JSON object, e.g. {"lastChangedFrom": "2024-01-01T00:00:00.000+09:00"}. Arrays are sent as repeated parameters.',
	},
	{
		displayName: 'Body (JSON)',
		name: 'body',
		type: 'json',
		default: '{}',
		displayOptions: { show: { method: ['DELETE', 'PATCH', 'POST', 'PUT'] } },
		description: 'The JSON request body, e.g. {"productOrderIds": ["2024010112345678"]}',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Full Response',
				name: 'fullResponse',
				type: 'boolean',
				default: false,
				description:
					'Whether to return the status code and headers (including the GNCP-GW-Trace-ID) along with the body',
			},
			{
				displayName: 'Split Arrays Into Items',
				name: 'splitArrays',
				type: 'boolean',
				default: true,
				description: 'Whether a top-level JSON array in the response becomes one item per element',
			},
			{
				displayName: 'Timeout (Ms)',
				name: 'timeout',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 30000,
				description: 'How long to wait for Naver to answer before failing',
			},
		],
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const method = this.getNodeParameter('method', itemIndex) as IHttpRequestMethods;
	const path = this.getNodeParameter('path', itemIndex) as string;
	const options = this.getNodeParameter('options', itemIndex, {}) as {
		fullResponse?: boolean;
		splitArrays?: boolean;
		timeout?: number;
	};
	const node = this.getNode();
	const qs = parseJsonObjectParameter(
		node,
		itemIndex,
		'Query Parameters',
		this.getNodeParameter('query', itemIndex, '{}'),
	);
	const body =
		method === 'GET'
			? undefined
			: parseJsonParameter(node, itemIndex, 'Body', this.getNodeParameter('body', itemIndex, '{}'));

	const response = await naverCommerceRequest.call(
		this,
		{ method, path, qs, body, timeout: options.timeout },
		itemIndex,
	);
	const pairedItem = { item: itemIndex };

	if (options.fullResponse) {
		return [
			{
				json: {
					statusCode: response.statusCode,
					headers: response.headers,
					body: response.body,
				} as IDataObject,
				pairedItem,
			},
		];
	}
	if (Array.isArray(response.body) && options.splitArrays !== false) {
		return response.body.map((entry) => ({
			json: (entry !== null && typeof entry === 'object' ? entry : { value: entry }) as IDataObject,
			pairedItem,
		}));
	}
	if (response.body !== null && typeof response.body === 'object') {
		return [{ json: response.body as IDataObject, pairedItem }];
	}
	// 204 No Content and non-JSON bodies: still one item, so the workflow sees the call happened.
	return [
		{
			json:
				response.body === undefined
					? { statusCode: response.statusCode }
					: { body: response.body as string },
			pairedItem,
		},
	];
}
