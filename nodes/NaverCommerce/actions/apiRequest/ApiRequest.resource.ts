import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as send from './send.operation';

export const operations: Record<string, OperationModule> = { send };

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
