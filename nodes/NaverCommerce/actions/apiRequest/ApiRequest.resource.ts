import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as send from './send.operation';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'API Request',
	value: 'apiRequest',
	description: 'Call any endpoint of the Naver Commerce API with this credential',
};

export const operations = { send } satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['apiRequest'] } },
		options: [
			{
				name: 'Send',
				value: 'send',
				description: 'Call any Naver Commerce API endpoint with this credential',
				action: 'Send an API request',
			},
		],
		default: 'send',
	},
	...send.description,
];
