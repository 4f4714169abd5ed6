import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import {
	collectProductOrderTargets,
	inInputOrder,
	runProductOrderBatches,
} from '../../helpers/productOrderBatch';
import { naverCommerceRequest } from '../../transport';

export type ClaimOperation =
	| 'cancelApprove'
	| 'cancelRequest'
	| 'exchangeApproveCollection'
	| 'exchangeHoldBack'
	| 'exchangeReDispatch'
	| 'exchangeReject'
	| 'exchangeReleaseHoldBack'
	| 'returnApprove'
	| 'returnHoldBack'
	| 'returnReject'
	| 'returnReleaseHoldBack'
	| 'returnRequest';

/** The fields of an "Additional Fields" collection that were given, as Naver's body expects them. */
export function givenFields(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const given: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined || value === null) continue;
		if (typeof value === 'string' && value.trim() === '') continue;
		given[name] = typeof value === 'string' ? value.trim() : value;
	}
	return given;
}

export interface ClaimAction {
	/** The endpoint below /v1/pay-order/seller/product-orders/{productOrderId}/claim/. */
	path: string;
	/** Past participle for messages, after "were not": "approved for cancellation". */
	done: string;
	/** The request body for one input item; endpoints without a body leave this out. */
	body?: (this: IExecuteFunctions, itemIndex: number) => IDataObject;
}

/**
 * Runs one claim action for every product order of every input item. Naver takes one product
 * order per request (the ID is in the path), so each is its own request and gets its own output
 * item, paired with the input item it came from. All parameters are read before the first request,
 * so a bad parameter stops the node before anything changed in the store (or, with continue on
 * fail, becomes an error item for its input item while the others go on).
 */
export async function executeClaimAction(
	this: IExecuteFunctions,
	itemIndexes: number[],
	action: ClaimAction,
): Promise<INodeExecutionData[]> {
	const { targets, invalidItems: parameterErrors } = collectProductOrderTargets.call(
		this,
		itemIndexes,
		(itemIndex) => action.body?.call(this, itemIndex),
	);

	const results =
		targets.length === 0
			? []
			: await runProductOrderBatches.call(this, targets, {
					batchSize: 1,
					done: action.done,
					send: async ([target]) =>
						await naverCommerceRequest.call(
							this,
							{
								method: 'POST',
								path: `/v1/pay-order/seller/product-orders/${target.productOrderId}/claim/${action.path}`,
								body: target.fields,
								// Had a first attempt gone through, a repeat would be refused (105306) and hide
								// that success, or act twice: a claim action is never repeated on its own.
								idempotent: false,
							},
							target.itemIndex,
						),
				});
	return inInputOrder([...results, ...parameterErrors]);
}
