import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	getSettlementPages,
	pagingFields,
	vatPeriodFields,
	vatPeriodQuery,
} from './settlementQuery';
import { updateDisplayOptions } from '../../helpers/displayOptions';

const displayOptions = { show: { resource: ['settlement'], operation: ['getManyVatDaily'] } };

const properties: INodeProperties[] = [...vatPeriodFields(), ...pagingFields()];

export const description = updateDisplayOptions(displayOptions, properties);

/** One item per day with sales: the day's VAT declaration totals (일별 부가세 내역). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await getSettlementPages.call(
		this,
		itemIndex,
		'/v1/pay-settle/vat/daily',
		vatPeriodQuery.call(this, itemIndex),
	);
}
