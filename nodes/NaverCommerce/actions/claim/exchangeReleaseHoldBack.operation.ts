import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { claimProductOrderIdsField, executeClaimAction } from './common';

export const description: INodeProperties[] = [
	claimProductOrderIdsField(
		'exchangeReleaseHoldBack',
		'The product orders whose exchange hold to release (교환 보류 해제), so the exchange can go on',
	),
];

export async function executeBatch(
	this: IExecuteFunctions,
	itemIndexes: number[],
): Promise<INodeExecutionData[]> {
	return await executeClaimAction.call(this, itemIndexes, {
		path: 'exchange/holdback/release',
		done: 'released from exchange hold',
	});
}
