import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { executeClaimAction } from './common';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { productOrderIdsField } from '../common.descriptions';

const displayOptions = { show: { resource: ['claim'], operation: ['exchangeApproveCollection'] } };

const properties: INodeProperties[] = [
	productOrderIdsField(
		'The product orders whose exchanged item has come back from the buyer (교환 수거 완료). Re-dispatch the replacement afterwards',
	),
];

export const description = updateDisplayOptions(displayOptions, properties);

export async function executeBatch(
	this: IExecuteFunctions,
	itemIndexes: number[],
): Promise<INodeExecutionData[]> {
	return await executeClaimAction.call(this, itemIndexes, {
		path: 'exchange/collect/approve',
		done: 'marked as collected for exchange',
	});
}
