import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { answerFields, inquiryNumberField, sendAnswer } from './inquiryAnswer';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { naverIdParameter } from '../../helpers/parameters';

const displayOptions = { show: { resource: ['customerInquiry'], operation: ['answer'] } };

const properties: INodeProperties[] = [inquiryNumberField('unanswered'), ...answerFields()];

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
	return await sendAnswer.call(this, itemIndex, {
		method: 'POST',
		path: `/v1/pay-merchant/inquiries/${inquiryNo}/answer`,
		inquiryNo,
	});
}
