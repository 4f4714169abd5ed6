import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { claimProductOrderIdsField, executeClaimAction } from './common';

export const description: INodeProperties[] = [
	claimProductOrderIdsField(
		'exchangeApproveCollection',
		'The product orders whose exchanged item has come back from the buyer (교환 수거 완료). Re-dispatch the replacement afterwards',
	),
];

export async function executeBatch(
	this: IExecuteFunctions,
	itemIndexes: number[],
): Promise<INodeExecutionData[]> {
	return await executeClaimAction.call(this, itemIndexes, {
		path: 'exchange/collect/approve',
		done: 'marked as collected for exchange',
	});
}
