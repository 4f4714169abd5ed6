import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { executeClaimAction, givenFields } from './common';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { productOrderIdsField } from '../common.descriptions';
import { COURIER_OPTIONS } from '../../options/couriers';
import { COLLECT_DELIVERY_METHOD_OPTIONS } from '../../options/deliveryMethods';
import { RETURN_REASON_OPTIONS } from '../../options/returnReasons';

const displayOptions = { show: { resource: ['claim'], operation: ['returnRequest'] } };

const properties: INodeProperties[] = [
	productOrderIdsField(
		'The product orders to return. Only dispatched product orders can be returned; use Request Cancellation before dispatch',
	),
	{
		displayName: 'Return Reason',
		name: 'returnReason',
		type: 'options',
		required: true,
		options: RETURN_REASON_OPTIONS,
		default: 'INTENT_CHANGED',
		description: 'Why the product order is returned (반품 사유)',
	},
	{
		displayName: 'Collect Delivery Method',
		name: 'collectDeliveryMethod',
		type: 'options',
		required: true,
		options: COLLECT_DELIVERY_METHOD_OPTIONS,
		default: 'RETURN_DESIGNATED',
		description: 'How the item comes back from the buyer (수거 배송 방법)',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Collect Courier',
				name: 'collectDeliveryCompany',
				type: 'options',
				options: COURIER_OPTIONS,
				default: 'CJGLS',
				description: 'The courier that collects the item, when it is already known',
			},
			{
				displayName: 'Collect Tracking Number',
				name: 'collectTrackingNumber',
				type: 'string',
				default: '',
				description:
					"The collect shipment's tracking number (수거 송장 번호), when it is already known",
			},
			{
				displayName: 'Return Quantity',
				name: 'returnQuantity',
				type: 'number',
				typeOptions: { minValue: 1, numberPrecision: 0 },
				default: 1,
				description: 'How many units are returned. Leave this out to return the whole quantity.',
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
		path: 'return/request',
		done: 'requested for return',
		body(itemIndex): IDataObject {
			return {
				returnReason: this.getNodeParameter('returnReason', itemIndex) as string,
				collectDeliveryMethod: this.getNodeParameter('collectDeliveryMethod', itemIndex) as string,
				...givenFields.call(this, itemIndex),
			};
		},
	});
}
