import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as answer from './answer.operation';
import * as getAll from './getAll.operation';

export const operations: Record<string, OperationModule> = { answer, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['productQna'] } },
		options: [
			{
				name: 'Answer',
				value: 'answer',
				description:
					"Post the store's answer to a product question, replacing the answer if it already has one",
				action: 'Answer a product question',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description:
					'Get the product questions (상품 문의) asked between two date-times, optionally only answered or unanswered ones',
				action: 'Get many product questions',
			},
		],
		default: 'getAll',
	},
	...answer.description,
	...getAll.description,
];
