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

const displayOptions = { show: { resource: ['claim'], operation: ['returnHoldBack'] } };

const properties: INodeProperties[] = [
	productOrderIdsField(
		'The product orders whose return to put on hold (반품 보류), e.g. until the return shipping fee is paid',
	),
	{
		displayName: 'Hold Back Type',
		name: 'holdbackClassType',
		type: 'options',
		required: true,
		options: HOLDBACK_CLASS_TYPE_OPTIONS,
		default: 'RETURN_DELIVERYFEE',
		description: 'Why the return is held back (보류 유형)',
	},
	{
		displayName: 'Hold Back Reason',
		name: 'holdbackReturnDetailReason',
		type: 'string',
		typeOptions: { rows: 2 },
		required: true,
		default: '',
		placeholder: 'e.g. Return shipping fee not paid yet',
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
				displayName: 'Extra Return Fee Amount',
				name: 'extraReturnFeeAmount',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'Other return costs to charge the buyer, in KRW (기타 반품 비용)',
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
		path: 'return/holdback',
		done: 'put on return hold',
		body(itemIndex): IDataObject {
			return {
				holdbackClassType: this.getNodeParameter('holdbackClassType', itemIndex) as string,
				holdbackReturnDetailReason: requiredText.call(
					this,
					'holdbackReturnDetailReason',
					'Hold Back Reason',
					itemIndex,
				),
				...givenFields.call(this, itemIndex),
			};
		},
	});
}
