import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { executeClaimAction } from './common';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { productOrderIdsField } from '../common.descriptions';
import { requiredText } from '../../helpers/parameters';

const displayOptions = { show: { resource: ['claim'], operation: ['exchangeReject'] } };

const properties: INodeProperties[] = [
	productOrderIdsField('The product orders whose exchange request to reject (교환 거부/철회)'),
	{
		displayName: 'Reject Reason',
		name: 'rejectExchangeReason',
		type: 'string',
		typeOptions: { rows: 2 },
		required: true,
		default: '',
		placeholder: 'e.g. Worn items cannot be exchanged',
		description: 'Why the exchange is rejected; the buyer sees this',
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

export async function executeBatch(
	this: IExecuteFunctions,
	itemIndexes: number[],
): Promise<INodeExecutionData[]> {
	return await executeClaimAction.call(this, itemIndexes, {
		path: 'exchange/reject',
		done: 'rejected for exchange',
		body(itemIndex): IDataObject {
			return {
				rejectExchangeReason: requiredText.call(
					this,
					'rejectExchangeReason',
					'Reject Reason',
					itemIndex,
				),
			};
		},
	});
}
