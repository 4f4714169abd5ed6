import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { executeClaimAction } from './common';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { productOrderIdsField } from '../common.descriptions';

const displayOptions = { show: { resource: ['claim'], operation: ['returnApprove'] } };

const properties: INodeProperties[] = [
	productOrderIdsField(
		'The product orders whose return to approve (반품 승인); the buyer is refunded. A return on hold must be released first',
	),
];

export const description = updateDisplayOptions(displayOptions, properties);

export async function executeBatch(
	this: IExecuteFunctions,
	itemIndexes: number[],
): Promise<INodeExecutionData[]> {
	return await executeClaimAction.call(this, itemIndexes, {
		path: 'return/approve',
		done: 'approved for return',
	});
}
