import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { claimProductOrderIdsField, executeClaimAction } from './common';

export const description: INodeProperties[] = [
	claimProductOrderIdsField(
		'returnReleaseHoldBack',
		'The product orders whose return hold to release (반품 보류 해제), so the return can be approved',
	),
];

export async function executeBatch(
	this: IExecuteFunctions,
	itemIndexes: number[],
): Promise<INodeExecutionData[]> {
	return await executeClaimAction.call(this, itemIndexes, {
		path: 'return/holdback/release',
		done: 'released from return hold',
	});
}
