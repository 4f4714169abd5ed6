import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { naverCommerceRequest } from '../../transport';
import { updateDisplayOptions } from '../../helpers/displayOptions';

const displayOptions = { show: { resource: ['productQna'], operation: ['answer'] } };

const properties: INodeProperties[] = [
	{
		displayName: 'Question ID',
		name: 'questionId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '620000013',
		description: 'The questionId of the product question, as Get Many returns it',
	},
	{
		displayName: 'Answer',
		name: 'commentContent',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		description:
			'The answer shown under the question on the product page. It replaces an existing answer.',
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const questionId = String(this.getNodeParameter('questionId', itemIndex, '') ?? '').trim();
	if (!/^\d+$/.test(questionId)) {
		throw new NodeOperationError(
			this.getNode(),
			`Question ID must be a number such as 620000013, not ${JSON.stringify(questionId)}`,
			{ itemIndex },
		);
	}
	const commentContent = this.getNodeParameter('commentContent', itemIndex, '') as string;
	if (commentContent.trim() === '') {
		throw new NodeOperationError(this.getNode(), 'Answer must not be empty', { itemIndex });
	}
	// A write: sent once, never repeated by the transport after an unclear failure.
	await naverCommerceRequest.call(
		this,
		{ method: 'PUT', path: `/v1/contents/qnas/${questionId}`, body: { commentContent } },
		itemIndex,
	);
	// Naver answers 204 without a body, so the item says what was done.
	const id = Number(questionId);
	return [
		{
			json: {
				questionId: Number.isSafeInteger(id) ? id : questionId,
				answered: true,
				answer: commentContent,
			},
			pairedItem: { item: itemIndex },
		},
	];
}
