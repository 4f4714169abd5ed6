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

const displayOptions = { show: { resource: ['claim'], operation: ['returnReject'] } };

const properties: INodeProperties[] = [
	productOrderIdsField('The product orders whose return request to reject (반품 거부/철회)'),
	{
		displayName: 'Reject Reason',
		name: 'rejectReturnReason',
		type: 'string',
		typeOptions: { rows: 2 },
		required: true,
		default: '',
		placeholder: 'e.g. The buyer asked for an exchange instead',
		description: 'Why the return is rejected; the buyer sees this',
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

export async function executeBatch(
	this: IExecuteFunctions,
	itemIndexes: number[],
): Promise<INodeExecutionData[]> {
	return await executeClaimAction.call(this, itemIndexes, {
		path: 'return/reject',
		done: 'rejected for return',
		body(itemIndex): IDataObject {
			return {
				rejectReturnReason: requiredText.call(
					this,
					'rejectReturnReason',
					'Reject Reason',
					itemIndex,
				),
			};
		},
	});
}
