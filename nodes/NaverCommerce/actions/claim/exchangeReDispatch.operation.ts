import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	DISPATCH_DELIVERY_METHOD_OPTIONS,
	claimProductOrderIdsField,
	executeClaimAction,
	requiredText,
	showFor,
} from './common';
import { COURIER_OPTIONS } from '../../helpers/couriers';

const show = showFor('exchangeReDispatch');
const showForCourier = { ...show, reDeliveryMethod: ['DELIVERY'] };

export const description: INodeProperties[] = [
	claimProductOrderIdsField(
		'exchangeReDispatch',
		'The product orders whose replacement to ship (교환 재배송). The exchanged item must have been collected first',
	),
	{
		displayName: 'Delivery Method',
		name: 'reDeliveryMethod',
		type: 'options',
		options: DISPATCH_DELIVERY_METHOD_OPTIONS,
		default: 'DELIVERY',
		displayOptions: { show },
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
