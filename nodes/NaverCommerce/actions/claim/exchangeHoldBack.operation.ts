import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { executeClaimAction, givenFields } from './common';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { productOrderIdsField } from '../common.descriptions';
import { requiredText } from '../../helpers/parameters';
import { HOLDBACK_CLASS_TYPE_OPTIONS } from '../../options/holdbackReasons';

const displayOptions = { show: { resource: ['claim'], operation: ['exchangeHoldBack'] } };

const properties: INodeProperties[] = [
	productOrderIdsField(
		'The product orders whose exchange to put on hold (교환 보류), e.g. until the exchange shipping fee is paid',
	),
	{
		displayName: 'Hold Back Type',
		name: 'holdbackClassType',
		type: 'options',
		required: true,
		options: HOLDBACK_CLASS_TYPE_OPTIONS,
		default: 'EXCHANGE_DELIVERYFEE',
		description: 'Why the exchange is held back (보류 유형)',
	},
	{
		displayName: 'Hold Back Reason',
		name: 'holdbackExchangeDetailReason',
		type: 'string',
		typeOptions: { rows: 2 },
		required: true,
		default: '',
		placeholder: 'e.g. Replacement out of stock until Friday',
		description: 'Details of the hold; the buyer sees this',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Extra Exchange Fee Amount',
				name: 'extraExchangeFeeAmount',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'Other exchange costs to charge the buyer, in KRW (기타 교환 비용)',
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
		path: 'exchange/holdback',
		done: 'put on exchange hold',
		body(itemIndex): IDataObject {
			return {
				holdbackClassType: this.getNodeParameter('holdbackClassType', itemIndex) as string,
				holdbackExchangeDetailReason: requiredText.call(
					this,
					'holdbackExchangeDetailReason',
					'Hold Back Reason',
					itemIndex,
				),
				...givenFields.call(this, itemIndex),
			};
		},
	});
}
