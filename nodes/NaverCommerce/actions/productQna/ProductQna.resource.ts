import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as answer from './answer.operation';
import * as getAll from './getAll.operation';
import * as getAnswerTemplates from './getAnswerTemplates.operation';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Product Q&A',
	value: 'productQna',
	description: 'Read and answer questions asked on product pages (상품 문의)',
};

export const operations = { answer, getAll, getAnswerTemplates } satisfies Record<
	string,
	OperationModule
>;

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
				name: 'Get Answer Templates',
				value: 'getAnswerTemplates',
				description:
					'Get the answer templates the store saved for product questions (상품 문의 답변 템플릿): question type, subject and text of each',
				action: 'Get product question answer templates',
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
	...getAnswerTemplates.description,
];
