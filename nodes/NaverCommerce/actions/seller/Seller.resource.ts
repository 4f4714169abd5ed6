import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as getAccount from './getAccount.operation';
import * as getChannels from './getChannels.operation';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Seller',
	value: 'seller',
	description: "Read the store's account and sales channels",
};

export const operations = { getAccount, getChannels } satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['seller'] } },
		options: [
			{
				name: 'Get Account',
				value: 'getAccount',
				description: "Get the store's account ID, account UID and seller grade",
				action: 'Get the seller account',
			},
			{
				name: 'Get Channels',
				value: 'getChannels',
				description:
					"Get the store's sales channels (SmartStore, shopping window) with their numbers, names and URLs",
				action: 'Get the seller channels',
			},
		],
		default: 'getAccount',
	},
	...getAccount.description,
	...getChannels.description,
];
