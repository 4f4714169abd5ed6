import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { operationSelector, rowOperation, type EndpointRow } from '../endpointTable';
import type { OperationModule } from '../node.type';
import * as get from './get.operation';
import * as update from './update.operation';

/** DELETE /v2/products/channel-products/{channelProductNo}: a row of the endpoint table. */
export const DELETE_ROW: EndpointRow = {
	value: 'delete',
	name: 'Delete',
	description:
		'Writes: deletes a channel product (채널 상품) for good; this cannot be undone. Deleting a Smart Store channel product may take its product off the other channel too.',
	action: 'Delete a channel product',
	method: 'DELETE',
	path: '/v2/products/channel-products/{channelProductNo}',
	fields: [
		{
			name: 'channelProductNo',
			displayName: 'Channel Product Number',
			kind: 'id',
			in: 'path',
			required: true,
			example: '10000000008',
			searchListMethod: 'searchChannelProducts',
			description:
				'The channel product (채널 상품) to delete: its number in Smart Store or the shopping window, as Search returns it in channelProducts[].channelProductNo',
		},
	],
	writes: true,
	output: { kind: 'data' },
};

const remove = rowOperation('channelProduct', DELETE_ROW);

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Channel Product',
	value: 'channelProduct',
	description:
		'Read, replace and delete a product by its number in one sales channel (채널 상품): Smart Store or the shopping window',
};

export const operations = { delete: remove, get, update } satisfies Record<string, OperationModule>;

/** The Operation options, in the order of their names. */
const OPTIONS: INodePropertyOptions[] = [
	remove.option,
	{
		name: 'Get',
		value: 'get',
		description:
			'Get everything about a product by its channel product number (Smart Store or shopping window)',
		action: 'Get a channel product',
	},
	{
		name: 'Update',
		value: 'update',
		description: 'Replace a channel product with the edited JSON of a previous Get (advanced)',
		action: 'Update a channel product',
	},
];

export const description: INodeProperties[] = [
	operationSelector('channelProduct', OPTIONS, 'get'),
	...remove.description,
	...get.description,
	...update.description,
];
