import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	getSettlementPages,
	pagingFields,
	vatPeriodFields,
	vatPeriodQuery,
} from './settlementQuery';
import { updateDisplayOptions } from '../../helpers/displayOptions';

const displayOptions = { show: { resource: ['settlement'], operation: ['getManyVatPerCase'] } };

const properties: INodeProperties[] = [...vatPeriodFields(), ...pagingFields()];

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * One item per declared sale or cancellation (건별 부가세 내역): a product order, delivery fee or
 * other charge with its taxable, tax-exempt and per-evidence amounts.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await getSettlementPages.call(
		this,
		itemIndex,
		'/v1/pay-settle/vat/case',
		vatPeriodQuery.call(this, itemIndex),
	);
}
