import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { formatNaverDateTime } from '../../helpers/naverDate';
import { fetchNumberedPages, springPage } from '../../transport/pages';
import { answerStatusField, returnAllAndLimit } from '../common.descriptions';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { readAnsweredFilter, readDateTimePeriod, readLimit } from '../../helpers/parameters';

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
	answerStatusField('questions'),
	...returnAllAndLimit(),
];

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const { fromMs, toMs } = readDateTimePeriod.call(
		this,
		itemIndex,
		{ name: 'fromDate', label: 'From' },
		{ name: 'toDate', label: 'To' },
	);
	const limit = readLimit.call(this, itemIndex);
	const size = Math.min(QNA_MAX_PAGE_SIZE, limit);

	const qs: IDataObject = {
		fromDate: formatNaverDateTime(fromMs),
		toDate: formatNaverDateTime(toMs),
		size,
		...readAnsweredFilter.call(this, itemIndex),
	};

	const questions = await fetchNumberedPages.call(this, {
		request: (page) => ({ method: 'GET', path: '/v1/contents/qnas', qs: { ...qs, page } }),
		read: springPage('contents'),
		limit,
		itemIndex,
	});
	return questions.map((question) => ({ json: question, pairedItem: { item: itemIndex } }));
}
