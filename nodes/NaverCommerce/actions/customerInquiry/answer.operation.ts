import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { answerFields, idParameter, inquiryNumberField, sendAnswer } from './inquiryAnswer';

export const description: INodeProperties[] = [
	inquiryNumberField('answer'),
	...answerFields('answer'),
];

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const inquiryNo = idParameter.call(this, 'inquiryNo', 'Inquiry Number', itemIndex);
	return await sendAnswer.call(this, itemIndex, {
		method: 'POST',
		path: `/v1/pay-merchant/inquiries/${inquiryNo}/answer`,
		inquiryNo,
	});
}
