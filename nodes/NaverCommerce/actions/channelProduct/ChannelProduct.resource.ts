import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as get from './get.operation';
import * as update from './update.operation';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Channel Product',
	value: 'channelProduct',
	description:
		'Read and replace a product by its number in one sales channel (채널 상품): Smart Store or the shopping window',
};

export const operations = { get, update } satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['channelProduct'] } },
		options: [
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
		],
		default: 'get',
	},
	...get.description,
	...update.description,
];
