import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { executeClaimAction } from './common';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { productOrderIdsField } from '../common.descriptions';

const displayOptions = { show: { resource: ['claim'], operation: ['cancelApprove'] } };

const properties: INodeProperties[] = [
	productOrderIdsField(
		'The product orders whose cancel request (취소 요청) to approve; the buyer is refunded',
	),
];

export const description = updateDisplayOptions(displayOptions, properties);

export async function executeBatch(
	this: IExecuteFunctions,
	itemIndexes: number[],
): Promise<INodeExecutionData[]> {
	return await executeClaimAction.call(this, itemIndexes, {
		path: 'cancel/approve',
		done: 'approved for cancellation',
	});
}
