import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	caseSearchFields,
	caseSearchQuery,
	getSettlementPages,
	pagingFields,
} from './settlementQuery';
import { updateDisplayOptions } from '../../helpers/displayOptions';

const displayOptions = {
	show: { resource: ['settlement'], operation: ['getManyCommissionDetails'] },
};

const properties: INodeProperties[] = [...caseSearchFields(), ...pagingFields()];

export const description = updateDisplayOptions(displayOptions, properties);

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
