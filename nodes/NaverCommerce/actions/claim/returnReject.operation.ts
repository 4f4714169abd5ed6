import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { claimProductOrderIdsField, executeClaimAction, requiredText, showFor } from './common';

export const description: INodeProperties[] = [
	claimProductOrderIdsField(
		'returnReject',
		'The product orders whose return request to reject (반품 거부/철회)',
	),
	{
		displayName: 'Reject Reason',
		name: 'rejectReturnReason',
		type: 'string',
		typeOptions: { rows: 2 },
		required: true,
		default: '',
		placeholder: 'e.g. The buyer asked for an exchange instead',
		displayOptions: { show: showFor('returnReject') },
		description: 'Why the return is rejected; the buyer sees this',
	},
];

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
