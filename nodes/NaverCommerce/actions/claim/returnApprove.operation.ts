import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { claimProductOrderIdsField, executeClaimAction } from './common';

export const description: INodeProperties[] = [
	claimProductOrderIdsField(
		'returnApprove',
		'The product orders whose return to approve (반품 승인); the buyer is refunded. A return on hold must be released first',
	),
];

export async function executeBatch(
	this: IExecuteFunctions,
	itemIndexes: number[],
): Promise<INodeExecutionData[]> {
	return await executeClaimAction.call(this, itemIndexes, {
		path: 'return/approve',
		done: 'approved for return',
	});
}
