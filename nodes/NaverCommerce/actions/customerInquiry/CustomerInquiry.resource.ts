import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as answer from './answer.operation';
import * as getAll from './getAll.operation';
import * as updateAnswer from './updateAnswer.operation';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Customer Inquiry',
	value: 'customerInquiry',
	description: "Read and answer buyers' inquiries about their orders (고객 문의)",
};

export const operations = { answer, getAll, updateAnswer } satisfies Record<
	string,
	OperationModule
>;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customerInquiry'] } },
		options: [
			{
				name: 'Answer',
				value: 'answer',
				description:
					"Writes: posts the answer to a customer inquiry that has none yet; the buyer reads it at once. An inquiry holds one answer (change it with Update Answer). Returns inquiryNo and inquiryCommentNo, the new answer's ID.",
				action: 'Answer a customer inquiry',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description:
					'Read-only: gets the customer inquiries (고객 문의) registered between two dates (at most 365 days, both included), optionally only answered or unanswered ones. One item per inquiry: inquiryNo, title, inquiryContent, inquiryRegistrationDateTime, productName, orderId, productOrderIdList and, once answered, answerContentId and answerContent.',
				action: 'Get many customer inquiries',
			},
			{
				name: 'Update Answer',
				value: 'updateAnswer',
				description:
					'Writes: replaces the existing answer to a customer inquiry, identified by the inquiry number and the answer ID; the buyer sees the new text',
				action: 'Update the answer to a customer inquiry',
			},
		],
		default: 'getAll',
	},
	...answer.description,
	...getAll.description,
	...updateAnswer.description,
];
