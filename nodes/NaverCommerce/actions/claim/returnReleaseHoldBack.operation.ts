import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { executeClaimAction } from './common';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { productOrderIdsField } from '../common.descriptions';

const displayOptions = { show: { resource: ['claim'], operation: ['returnReleaseHoldBack'] } };

const properties: INodeProperties[] = [
	productOrderIdsField(
		'The product orders whose return hold to release (반품 보류 해제), so the return can be approved',
	),
];

export const description = updateDisplayOptions(displayOptions, properties);

export async function executeBatch(
	this: IExecuteFunctions,
	itemIndexes: number[],
): Promise<INodeExecutionData[]> {
	return await executeClaimAction.call(this, itemIndexes, {
		path: 'return/holdback/release',
		done: 'released from return hold',
	});
}
