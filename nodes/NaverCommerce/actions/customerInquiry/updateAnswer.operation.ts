import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { answerFields, inquiryNumberField, sendAnswer } from './inquiryAnswer';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { naverIdParameter } from '../../helpers/parameters';

const displayOptions = { show: { resource: ['customerInquiry'], operation: ['updateAnswer'] } };

const properties: INodeProperties[] = [
	inquiryNumberField('answered'),
	{
		displayName: 'Answer ID',
		name: 'answerContentId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '900001',
		description:
			'The ID of the answer to replace: answerContentId in the output of Get Many, or inquiryCommentNo in the output of Answer',
	},
	...answerFields(),
];

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const inquiryNo = naverIdParameter.call(
		this,
		'inquiryNo',
		'Inquiry Number',
		itemIndex,
		'410000037',
	);
	const answerContentId = naverIdParameter.call(
		this,
		'answerContentId',
		'Answer ID',
		itemIndex,
		'410000037',
	);
	return await sendAnswer.call(this, itemIndex, {
		method: 'PUT',
		path: `/v1/pay-merchant/inquiries/${inquiryNo}/answer/${answerContentId}`,
		inquiryNo,
	});
}
