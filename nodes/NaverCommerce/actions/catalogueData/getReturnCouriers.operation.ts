import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { fetchReturnCouriers } from '../../transport/catalogue';
import { itemsOf } from './common';

const displayOptions = { show: { resource: ['catalogueData'], operation: ['getReturnCouriers'] } };

const properties: INodeProperties[] = [
	{
		displayName: 'Name Starts With',
		name: 'courierName',
		type: 'string',
		default: '',
		placeholder: 'CJ대한통운',
		description: 'Only couriers whose name starts with this text; empty for all of them',
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * One item per return courier the seller has a contract with (반품/교환 택배사): id, name and
 * returnDeliveryCompanyPriorityType (PRIMARY, SECONDARY_1, …), the value a product gives as its
 * return courier.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const name = String(this.getNodeParameter('courierName', itemIndex, '') ?? '').trim();
	const couriers = await fetchReturnCouriers.call(this, name || undefined, itemIndex);
	return itemsOf(couriers, itemIndex);
}
