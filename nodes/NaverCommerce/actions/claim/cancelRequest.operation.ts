import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { executeClaimAction, givenFields } from './common';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { productOrderIdsField } from '../common.descriptions';
import { CANCEL_REASON_OPTIONS } from '../../options/cancelReasons';

const displayOptions = { show: { resource: ['claim'], operation: ['cancelRequest'] } };

const properties: INodeProperties[] = [
	productOrderIdsField(
		'The product orders to cancel. Only product orders that have not been dispatched can be cancelled; use Request Return after dispatch',
	),
	{
		displayName: 'Cancel Reason',
		name: 'cancelReason',
		type: 'options',
		required: true,
		options: CANCEL_REASON_OPTIONS,
		default: 'SOLD_OUT',
		description: 'Why the product order is cancelled (취소 사유)',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Cancel Quantity',
				name: 'cancelQuantity',
				type: 'number',
				typeOptions: { minValue: 1, numberPrecision: 0 },
				default: 1,
				description: 'How many units to cancel. Leave this out to cancel the whole quantity.',
			},
			{
				displayName: 'Detailed Reason',
				name: 'cancelDetailedReason',
				type: 'string',
				typeOptions: { rows: 2 },
				default: '',
				description: 'Free text explaining the cancellation, up to 500 characters',
			},
		],
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

export async function executeBatch(
	this: IExecuteFunctions,
	itemIndexes: number[],
): Promise<INodeExecutionData[]> {
	return await executeClaimAction.call(this, itemIndexes, {
		path: 'cancel/request',
		done: 'requested for cancellation',
		body(itemIndex): IDataObject {
			return {
				cancelReason: this.getNodeParameter('cancelReason', itemIndex) as string,
				...givenFields.call(this, itemIndex),
			};
		},
	});
}
