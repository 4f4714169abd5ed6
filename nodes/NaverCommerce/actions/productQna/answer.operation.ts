import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { naverCommerceRequest } from '../../transport';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { naverIdParameter, requiredText } from '../../helpers/parameters';
import { idLocatorField } from '../common.descriptions';

const displayOptions = { show: { resource: ['productQna'], operation: ['answer'] } };

const properties: INodeProperties[] = [
	idLocatorField({
		displayName: 'Question ID',
		name: 'questionId',
		description:
			'The product question (상품 문의): pick one of the unanswered questions of the last 90 days, or give its questionId as Get Many returns it',
		searchListMethod: 'searchUnansweredQuestions',
		placeholder: '620000013',
	}),
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
	const questionId = naverIdParameter.call(
		this,
		'questionId',
		'Question ID',
		itemIndex,
		'620000013',
	);
	const commentContent = requiredText.call(this, 'commentContent', 'Answer', itemIndex, {
		trim: false,
	});
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
