import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { claimProductOrderIdsField, executeClaimAction } from './common';

export const description: INodeProperties[] = [
	claimProductOrderIdsField(
		'cancelApprove',
		'The product orders whose cancel request (취소 요청) to approve; the buyer is refunded',
	),
];

export async function executeBatch(
	this: IExecuteFunctions,
	itemIndexes: number[],
): Promise<INodeExecutionData[]> {
	return await executeClaimAction.call(this, itemIndexes, {
		path: 'cancel/approve',
		done: 'approved for cancellation',
	});
}
