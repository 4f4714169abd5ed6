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
import { COURIER_OPTIONS } from '../../options/couriers';
import { DISPATCH_DELIVERY_METHOD_OPTIONS } from '../../options/deliveryMethods';

const showForCourier = { reDeliveryMethod: ['DELIVERY'] };

const displayOptions = { show: { resource: ['claim'], operation: ['exchangeReDispatch'] } };

const properties: INodeProperties[] = [
	productOrderIdsField(
		'The product orders whose replacement to ship (교환 재배송). The exchanged item must have been collected first',
	),
	{
		displayName: 'Delivery Method',
		name: 'reDeliveryMethod',
		type: 'options',
		options: DISPATCH_DELIVERY_METHOD_OPTIONS,
		default: 'DELIVERY',
		description: 'How the replacement is sent (배송 방법)',
	},
	{
		displayName: 'Courier',
		name: 'reDeliveryCompany',
		type: 'options',
		required: true,
		options: COURIER_OPTIONS,
		default: 'CJGLS',
		displayOptions: { show: showForCourier },
		description: 'The courier that carries the replacement (택배사)',
	},
	{
		displayName: 'Tracking Number',
		name: 'reDeliveryTrackingNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 1111111115',
		displayOptions: { show: showForCourier },
		description: "The replacement shipment's tracking number (송장 번호)",
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

export async function executeBatch(
	this: IExecuteFunctions,
	itemIndexes: number[],
): Promise<INodeExecutionData[]> {
	return await executeClaimAction.call(this, itemIndexes, {
		path: 'exchange/dispatch',
		done: 're-dispatched for exchange',
		body(itemIndex): IDataObject {
			const reDeliveryMethod = this.getNodeParameter('reDeliveryMethod', itemIndex) as string;
			if (reDeliveryMethod !== 'DELIVERY') return { reDeliveryMethod };
			return {
				reDeliveryMethod,
				reDeliveryCompany: this.getNodeParameter('reDeliveryCompany', itemIndex) as string,
				reDeliveryTrackingNumber: requiredText.call(
					this,
					'reDeliveryTrackingNumber',
					'Tracking Number',
					itemIndex,
				),
			};
		},
	});
}
