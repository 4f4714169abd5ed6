import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { toNaverDate } from '../../helpers/naverDate';
import { getSettlementPages, pagingFields } from './settlementQuery';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { assertPeriodOrder } from '../../helpers/parameters';

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
	const startDate = toNaverDate(this.getNodeParameter('startDate', itemIndex), 'Start Date');
	const endDate = toNaverDate(this.getNodeParameter('endDate', itemIndex), 'End Date');
	assertPeriodOrder.call(
		this,
		itemIndex,
		{ label: 'Start Date', at: startDate, shown: startDate },
		{ label: 'End Date', at: endDate, shown: endDate },
	);
	return await getSettlementPages.call(this, itemIndex, '/v1/pay-settle/settle/daily', {
		startDate,
		endDate,
	});
}
