import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { toEpochMs, formatNaverDateTime } from '../../helpers/naverDate';
import { fetchNumberedPages, springPage } from '../../transport/pages';
import { returnAllAndLimit } from '../common.descriptions';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { assertPeriodOrder, readLimit } from '../../helpers/parameters';

/** Naver's largest page for GET /v1/contents/qnas. */
const QNA_MAX_PAGE_SIZE = 100;

const displayOptions = { show: { resource: ['productQna'], operation: ['getAll'] } };

const properties: INodeProperties[] = [
	{
		displayName: 'From',
		name: 'fromDate',
		type: 'dateTime',
		required: true,
		default: '',
		description:
			'Return questions asked at or after this date and time (KST unless a zone is given)',
	},
	{
		displayName: 'To',
		name: 'toDate',
		type: 'dateTime',
		required: true,
		default: '',
		description:
			'Return questions asked at or before this date and time (KST unless a zone is given)',
	},
	{
		displayName: 'Answer Status',
		name: 'answerStatus',
		type: 'options',
		options: [
			{ name: 'All', value: 'all', description: 'Answered and unanswered questions' },
			{ name: 'Answered', value: 'answered', description: 'Only questions that have an answer' },
			{
				name: 'Unanswered',
				value: 'unanswered',
				description: 'Only questions still waiting for an answer',
			},
		],
		default: 'all',
		description: 'Which questions to return, by whether the store has answered them',
	},
	...returnAllAndLimit(),
];

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const fromMs = toEpochMs(this.getNodeParameter('fromDate', itemIndex), 'From');
	const toMs = toEpochMs(this.getNodeParameter('toDate', itemIndex), 'To');
	assertPeriodOrder.call(
		this,
		itemIndex,
		{ label: 'From', at: fromMs, shown: formatNaverDateTime(fromMs) },
		{ label: 'To', at: toMs, shown: formatNaverDateTime(toMs) },
	);
	const answerStatus = this.getNodeParameter('answerStatus', itemIndex, 'all') as string;
	const limit = readLimit.call(this, itemIndex);
	const size = Math.min(QNA_MAX_PAGE_SIZE, limit);

	const qs: IDataObject = {
		fromDate: formatNaverDateTime(fromMs),
		toDate: formatNaverDateTime(toMs),
		size,
	};
	if (answerStatus !== 'all') qs.answered = String(answerStatus === 'answered');

	const questions = await fetchNumberedPages.call(this, {
		request: (page) => ({ method: 'GET', path: '/v1/contents/qnas', qs: { ...qs, page } }),
		read: springPage('contents'),
		limit,
		itemIndex,
	});
	return questions.map((question) => ({ json: question, pairedItem: { item: itemIndex } }));
}
