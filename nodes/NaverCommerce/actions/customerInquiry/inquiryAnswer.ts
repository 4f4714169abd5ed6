import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { naverCommerceRequest } from '../../transport';
import { requiredText } from '../../helpers/parameters';
import { idLocatorField } from '../common.descriptions';

/** The answer text and template fields that Answer and Update Answer share. */
export function answerFields(): INodeProperties[] {
	return [
		{
			displayName: 'Answer',
			name: 'answerComment',
			type: 'string',
			typeOptions: { rows: 4 },
			required: true,
			default: '',
			description: 'The answer the customer will read',
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Answer Template ID',
					name: 'answerTemplateId',
					type: 'string',
					default: '',
					description: 'The ID of an answer template registered in the seller centre, if any',
				},
			],
		},
	];
}

/** The inquiry to answer: picked from the unanswered ones (Answer) or the answered ones (Update). */
export function inquiryNumberField(pickFrom: 'unanswered' | 'answered'): INodeProperties {
	return idLocatorField({
		displayName: 'Inquiry Number',
		name: 'inquiryNo',
		description: `The customer inquiry (고객 문의): pick one of the ${pickFrom} inquiries of the last 365 days, or give its inquiryNo as Get Many returns it`,
		searchListMethod:
			pickFrom === 'unanswered' ? 'searchUnansweredInquiries' : 'searchAnsweredInquiries',
		placeholder: '410000037',
	});
}

/**
 * Posts (new answer) or puts (changed answer) the answer of one inquiry. Writes are sent once:
 * the transport never repeats them, since Naver may have stored the answer before failing.
 */
export async function sendAnswer(
	this: IExecuteFunctions,
	itemIndex: number,
	request: { method: 'POST' | 'PUT'; path: string; inquiryNo: string },
): Promise<INodeExecutionData[]> {
	const answerComment = requiredText.call(this, 'answerComment', 'Answer', itemIndex, {
		trim: false,
	});
	const options = this.getNodeParameter('options', itemIndex, {}) as { answerTemplateId?: string };
	const body: IDataObject = { answerComment };
	const templateId = String(options.answerTemplateId ?? '').trim();
	if (templateId !== '') body.answerTemplateId = templateId;

	let response;
	try {
		response = await naverCommerceRequest.call(
			this,
			{ method: request.method, path: request.path, body },
			itemIndex,
		);
	} catch (error) {
		throw alreadyAnsweredError.call(this, error, request.inquiryNo, itemIndex) ?? error;
	}
	const data = (response.body as { data?: IDataObject } | undefined)?.data;
	return [
		{
			json: data ?? { inquiryNo: Number(request.inquiryNo) },
			pairedItem: { item: itemIndex },
		},
	];
}

/** ERR-NC-101010 in words, with the way out; undefined for any other error. */
function alreadyAnsweredError(
	this: IExecuteFunctions,
	error: unknown,
	inquiryNo: string,
	itemIndex: number,
): NodeApiError | undefined {
	const naver = (error as { context?: { naver?: IDataObject } }).context?.naver;
	if (naver?.code !== 'ERR-NC-101010') return undefined;
	const original = (error as { description?: string | null }).description;
	const clear = new NodeApiError(this.getNode(), naver as JsonObject, {
		message: `Customer inquiry ${inquiryNo} already has an answer (Naver code ERR-NC-101010${
			naver.traceId ? `, trace ID ${String(naver.traceId)}` : ''
		})`,
		description: [
			'An inquiry holds one answer. To change it, use the operation Update Answer with this inquiry number and the answer ID (answerContentId in the output of Get Many).',
			original,
		]
			.filter(Boolean)
			.join('\n'),
		httpCode: naver.httpStatus === undefined ? undefined : String(naver.httpStatus),
		itemIndex,
	});
	clear.context.naver = naver;
	return clear;
}
