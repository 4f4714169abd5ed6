import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	caseSearchFields,
	caseSearchQuery,
	getSettlementPages,
	pagingFields,
} from './settlementQuery';

export const description: INodeProperties[] = [
	...caseSearchFields('getManyCommissionDetails'),
	...pagingFields('getManyCommissionDetails'),
];

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await getSettlementPages.call(
		this,
		itemIndex,
		'/v1/pay-settle/settle/commission-details',
		caseSearchQuery.call(this, itemIndex),
	);
}
