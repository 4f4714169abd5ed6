import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { asNodeError, errorItemJson } from '../../helpers/errorItem';
import { collectProductOrderTargets, inInputOrder } from '../../helpers/productOrderBatch';
import { fetchProductOrderDetails } from '../../transport/productOrderDetails';
import { productOrderIdsField } from '../common.descriptions';
import { updateDisplayOptions } from '../../helpers/displayOptions';

const displayOptions = { show: { resource: ['productOrder'], operation: ['get'] } };

const properties: INodeProperties[] = [
	productOrderIdsField('The product orders to get the details of'),
];

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * Details for every product order named by any input item, asked 300 at a time: 1,000 input items
 * cost four requests, not 1,000. Each detail is paired with the item that asked for it.
 */
export async function executeBatch(
	this: IExecuteFunctions,
	itemIndexes: number[],
): Promise<INodeExecutionData[]> {
	const { targets, invalidItems } = collectProductOrderTargets.call(this, itemIndexes);
	const continueOnFail = this.continueOnFail();
	let details: IDataObject[] = [];
	let failure: unknown;
	try {
		details = await fetchProductOrderDetails.call(this, [
			...new Set(targets.map((target) => target.productOrderId)),
		]);
	} catch (error) {
		failure = error;
	}
	if (failure !== undefined) {
		if (!continueOnFail) throw asNodeError.call(this, failure, targets[0]?.itemIndex ?? 0);
		return inInputOrder([
			...invalidItems,
			...targets.map((target) => ({
				json: errorItemJson(failure, { productOrderId: target.productOrderId }),
				pairedItem: { item: target.itemIndex },
			})),
		]);
	}
	const byId = new Map(
		details.map((detail) => [
			String((detail.productOrder as IDataObject | undefined)?.productOrderId),
			detail,
		]),
	);
	const missing = targets.filter((target) => !byId.has(target.productOrderId));
	if (missing.length > 0 && !continueOnFail) {
		throw new NodeApiError(this.getNode(), { missing: missing.length } as JsonObject, {
			message: `Naver knows no product order ${missing.map((target) => target.productOrderId).join(', ')}`,
			description:
				'Check the IDs: a product order ID (상품주문번호) is not an order ID (주문번호).',
			itemIndex: missing[0].itemIndex,
		});
	}
	return inInputOrder([
		...invalidItems,
		...targets.map((target) => ({
			json:
				byId.get(target.productOrderId) ??
				errorItemJson(new Error('Product order not found'), {
					productOrderId: target.productOrderId,
				}),
			pairedItem: { item: target.itemIndex },
		})),
	]);
}
