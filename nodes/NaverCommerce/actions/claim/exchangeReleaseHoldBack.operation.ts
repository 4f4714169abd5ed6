import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { executeClaimAction } from './common';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { productOrderIdsField } from '../common.descriptions';

const displayOptions = { show: { resource: ['claim'], operation: ['exchangeReleaseHoldBack'] } };

const properties: INodeProperties[] = [
	productOrderIdsField(
		'The product orders whose exchange hold to release (교환 보류 해제), so the exchange can go on',
	),
];

export const description = updateDisplayOptions(displayOptions, properties);

export async function executeBatch(
	this: IExecuteFunctions,
	itemIndexes: number[],
): Promise<INodeExecutionData[]> {
	return await executeClaimAction.call(this, itemIndexes, {
		path: 'exchange/holdback/release',
		done: 'released from exchange hold',
	});
}
