import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { NodeOperationError } from 'n8n-workflow';

import { binaryFileOf } from '../../helpers/binaryFiles';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { parseJsonObjectParameter, parseJsonParameter } from '../../helpers/jsonParameter';
import {
	naverCommerceRequest,
	naverMultipartRequest,
	type NaverCommerceResponse,
	type NaverMultipartField,
	type NaverMultipartRequest,
} from '../../transport';

const displayOptions = { show: { resource: ['apiRequest'], operation: ['send'] } };

const BODY_METHODS = ['DELETE', 'PATCH', 'POST', 'PUT'];

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
		displayOptions: { show: { method: BODY_METHODS, sendBinaryFiles: [false] } },
		description: 'The JSON request body, e.g. {"productOrderIds": ["2024010112345678"]}',
	},
	{
		displayName: 'Send Binary Files',
		name: 'sendBinaryFiles',
		type: 'boolean',
		default: false,
		displayOptions: { show: { method: BODY_METHODS } },
		description:
			"Whether to send a multipart/form-data body instead of JSON: files from the input item's binary properties, each under a form field name, plus text fields. Naver's file uploads take this, e.g. POST /v1/product-images/upload with the field imageFiles.",
	},
	{
		displayName: 'Files',
		name: 'binaryFiles',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add File',
		default: { files: [{ binaryPropertyName: 'data', fieldName: 'imageFiles' }] },
		displayOptions: { show: { method: BODY_METHODS, sendBinaryFiles: [true] } },
		description: 'The files to send, in this order; several may share one field name',
		options: [
			{
				displayName: 'File',
				name: 'files',
				values: [
					{
						displayName: 'Binary Property',
						name: 'binaryPropertyName',
						type: 'string',
						default: 'data',
						placeholder: 'data',
						description:
							'The binary property of the input item that holds the file. Several, separated by commas (data, data_1), are all sent under this field name.',
					},
					{
						displayName: 'Field Name',
						name: 'fieldName',
						type: 'string',
						default: 'imageFiles',
						description:
							"The form field the endpoint reads the file from, as Naver's reference names it (imageFiles for /v1/product-images/upload)",
					},
				],
			},
		],
	},
	{
		displayName: 'Text Fields',
		name: 'textFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Text Field',
		default: {},
		displayOptions: { show: { method: BODY_METHODS, sendBinaryFiles: [true] } },
		description: 'Text form fields sent with the files, after them, as name/value pairs',
		options: [
			{
				displayName: 'Field',
				name: 'fields',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						description: 'The form field name',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description: 'The text to send in it',
					},
				],
			},
		],
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

/**
 * The multipart fields of one item: its files (binary properties) by field name, then the text
 * fields. Everything is read and checked here, before any request.
 */
async function multipartFieldsOf(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<NaverMultipartField[]> {
	const node = this.getNode();
	const fail = (message: string, description: string) =>
		new NodeOperationError(node, message, { itemIndex, description });
	const fileRows =
		(
			this.getNodeParameter('binaryFiles', itemIndex, {}) as {
				files?: Array<{ binaryPropertyName?: string; fieldName?: string }>;
			}
		).files ?? [];
	const textRows =
		(
			this.getNodeParameter('textFields', itemIndex, {}) as {
				fields?: Array<{ name?: string; value?: string }>;
			}
		).fields ?? [];
	if (fileRows.length === 0 && textRows.length === 0) {
		throw fail(
			'Send Binary Files is on, but no file or text field is given',
			'Add a file (the binary property and its form field name) under Files, or turn Send Binary Files off to send JSON.',
		);
	}

	const fields: NaverMultipartField[] = [];
	for (const row of fileRows) {
		const fieldName = String(row.fieldName ?? '').trim();
		const names = String(row.binaryPropertyName ?? '')
			.split(',')
			.map((name) => name.trim())
			.filter((name) => name !== '');
		if (names.length === 0) {
			throw fail(
				'A file has no binary property',
				'Enter the binary property of the input item that holds the file, for example data.',
			);
		}
		if (fieldName === '') {
			throw fail(
				`The file from "${names.join(', ')}" has no field name`,
				"Enter the form field the endpoint reads it from, as Naver's reference names it (imageFiles for /v1/product-images/upload).",
			);
		}
		for (const name of names) {
			const file = await binaryFileOf.call(this, itemIndex, name);
			fields.push({
				name: fieldName,
				file: file.data,
				fileName: file.fileName,
				mimeType: file.mimeType,
			});
		}
	}
	for (const row of textRows) {
		const name = String(row.name ?? '').trim();
		if (name === '') {
			throw fail('A text field has no name', 'Enter the form field name of each text field.');
		}
		fields.push({ name, value: String(row.value ?? '') });
	}
	return fields;
}

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
	const multipart =
		BODY_METHODS.includes(method) &&
		(this.getNodeParameter('sendBinaryFiles', itemIndex, false) as boolean);

	let response: NaverCommerceResponse;
	if (multipart) {
		const fields = await multipartFieldsOf.call(this, itemIndex);
		response = await naverMultipartRequest.call(
			this,
			{
				method: method as NaverMultipartRequest['method'],
				path,
				qs,
				fields,
				timeout: options.timeout,
			},
			itemIndex,
		);
	} else {
		const body =
			method === 'GET'
				? undefined
				: parseJsonParameter(
						node,
						itemIndex,
						'Body',
						this.getNodeParameter('body', itemIndex, '{}'),
					);
		response = await naverCommerceRequest.call(
			this,
			{ method, path, qs, body, timeout: options.timeout },
			itemIndex,
		);
	}
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
