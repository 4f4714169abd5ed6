import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import {
	operationSelector,
	rowOperation,
	type EndpointField,
	type EndpointRow,
} from '../endpointTable';
import type { OperationModule } from '../node.type';
import * as create from './create.operation';
import * as update from './update.operation';
import { STATUS_PATH } from './waitForCompletion';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Group Product',
	value: 'groupProduct',
	description:
		'Group products (그룹상품): one listing of several products that differ by standard options',
};

const GROUP_PATH = '/v2/standard-group-products/{groupProductNo}';

/** No endpoint lists group products, so the number is typed or mapped (no "From List"). */
const groupProductNo: EndpointField = {
	name: 'groupProductNo',
	displayName: 'Group Product Number',
	kind: 'id',
	in: 'path',
	required: true,
	example: '1000001',
	description: 'The group product (groupProductNo), as Create and Get Status output it',
};

/** The simple Group Product operations, as rows. */
export const ROWS: EndpointRow[] = [
	{
		value: 'delete',
		name: 'Delete',
		description:
			'Writes: deletes a group product and every product of it for good; this cannot be undone',
		action: 'Delete a group product',
		method: 'DELETE',
		path: GROUP_PATH,
		fields: [groupProductNo],
		writes: true,
		output: { kind: 'data' },
	},
	{
		value: 'get',
		name: 'Get',
		description:
			'Read-only: gets a group product with its products (option values, prices, stock, channel product numbers), as Update takes it back',
		action: 'Get a group product',
		method: 'GET',
		path: GROUP_PATH,
		fields: [groupProductNo],
		writes: false,
	},
	{
		value: 'getStatus',
		name: 'Get Status',
		description:
			'Read-only: gets the progress of a group product registration or change (QUEUED, IN_PROGRESS, COMPLETED, FAILED with the inputs at fault…) by its request ID',
		action: 'Get the status of a group product request',
		method: 'GET',
		path: STATUS_PATH,
		fields: [
			{
				name: 'type',
				displayName: 'Type',
				kind: 'options',
				in: 'query',
				options: [
					{ name: 'Create', value: 'CREATE' },
					{ name: 'Update', value: 'UPDATE' },
				],
				default: 'CREATE',
				description: 'Which request the ID is of: a registration (Create) or a change (Update)',
			},
			{
				// Naver's reference does not mark it required, nor say what an empty one answers.
				name: 'requestId',
				displayName: 'Request ID',
				kind: 'text',
				in: 'query',
				example: 'e.g. 0f1e2d3c-…',
				description:
					'The requestId that Create or Update output (with Wait for Completion off, or in its error when the wait ran out)',
			},
		],
		writes: false,
	},
	{
		value: 'saveDetailContent',
		name: 'Save Detail Content',
		description:
			"Writes: saves one product's detail page (HTML) for an hour and returns its detailContentTempId, to give each product of a Create or Update its own detail page",
		action: 'Save the detail content of a group product',
		method: 'POST',
		path: '/v2/standard-group-products/temp-detail-content',
		fields: [
			{
				name: 'content',
				displayName: 'Content',
				kind: 'text',
				in: 'body',
				required: true,
				rows: 4,
				description:
					"The product's detail page, HTML such as <p>…</p>. Put the detailContentTempId it returns in specificProducts[].detailContentTempId of every product (valid for an hour).",
			},
		],
		writes: true,
	},
];

const rowOperations = Object.fromEntries(
	ROWS.map((row) => [row.value, rowOperation('groupProduct', row)]),
);

export const operations = {
	create,
	...rowOperations,
	update,
} satisfies Record<string, OperationModule>;

const WAIT_NOTE =
	' With Wait for Completion (on by default) the node waits until Naver has finished and outputs the result; off, it outputs the request ID at once.';

const options: INodePropertyOptions[] = [
	{
		name: 'Create',
		value: 'create',
		description: `Writes: registers a group product (그룹상품 등록): one product per combination of purchase option values (colour, size…), from JSON.${WAIT_NOTE}`,
		action: 'Create a group product',
	},
	rowOperations.delete.option,
	rowOperations.get.option,
	rowOperations.getStatus.option,
	rowOperations.saveDetailContent.option,
	{
		name: 'Update',
		value: 'update',
		description: `Writes: replaces a group product with the edited JSON of a Get (advanced): every product of the group listed by its originProductNo, new ones added.${WAIT_NOTE}`,
		action: 'Update a group product',
	},
];

export const description: INodeProperties[] = [
	operationSelector('groupProduct', options, 'get'),
	...create.description,
	...ROWS.flatMap((row) => rowOperations[row.value].description),
	...update.description,
];
