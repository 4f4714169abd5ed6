import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { getSettlementPages, pagingFields } from './settlementQuery';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { readDatePeriod } from '../../helpers/parameters';

const displayOptions = { show: { resource: ['settlement'], operation: ['getManyDaily'] } };

const properties: INodeProperties[] = [
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'First day (KST) of the period. Only the date counts.',
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Last day (KST) of the period, included',
	},
	...pagingFields(),
];

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const { startDate, endDate } = readDatePeriod.call(
		this,
		itemIndex,
		{ name: 'startDate', label: 'Start Date' },
		{ name: 'endDate', label: 'End Date' },
	);
	return await getSettlementPages.call(this, itemIndex, '/v1/pay-settle/settle/daily', {
		startDate,
		endDate,
	});
}
