import type { IDataObject, IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { NaverCommerceResponse } from '../transport';
import { chunk, parseIdList } from './batching';
import { errorItemJson, reportedFailureJson } from './errorItem';
import { isNaverId } from './parameters';

/** One product order an action applies to, and the input item it came from. */
export interface ProductOrderTarget {
	itemIndex: number;
	productOrderId: string;
	/** What the request body needs for this product order beyond its ID (dispatch details, …). */
	fields?: IDataObject;
}

/** The product order IDs of one input item: at least one, each made of digits. */
function productOrderIdsOf(this: IExecuteFunctions, itemIndex: number): string[] {
	const ids = parseIdList(this.getNodeParameter('productOrderIds', itemIndex, ''));
	if (ids.length === 0) {
		throw new NodeOperationError(this.getNode(), 'No product order ID given', {
			itemIndex,
			description: 'Enter a product order ID, or map one from an earlier node.',
		});
	}
	const invalid = ids.find((id) => !isNaverId(id));
	if (invalid !== undefined) {
		throw new NodeOperationError(
			this.getNode(),
			`"${invalid}" is not a product order ID: Naver's product order IDs are digits only`,
			{
				itemIndex,
				description:
					'Use the productOrderId (상품 주문 번호) of each product order, not the orderId or a product ID.',
			},
		);
	}
	return ids;
}

/** Output items back in input order; stable, so the product orders of one item keep theirs. */
export function inInputOrder(items: INodeExecutionData[]): INodeExecutionData[] {
	const itemOf = (item: INodeExecutionData) => {
		const paired = item.pairedItem;
		return typeof paired === 'object' && !Array.isArray(paired) ? paired.item : 0;
	};
	return [...items].sort((a, b) => itemOf(a) - itemOf(b));
}

/**
 * The product orders named by every input item (parameter `productOrderIds`), each with the
 * request fields `fieldsOf` reads for its item. An item whose parameters are invalid fails on its
 * own, before any request: an error item with continue-on-fail, else the node stops.
 */
export function collectProductOrderTargets(
	this: IExecuteFunctions,
	itemIndexes: number[],
	fieldsOf: (itemIndex: number) => IDataObject | undefined = () => undefined,
): { targets: ProductOrderTarget[]; invalidItems: INodeExecutionData[] } {
	const targets: ProductOrderTarget[] = [];
	const invalidItems: INodeExecutionData[] = [];
	for (const itemIndex of itemIndexes) {
		try {
			const ids = productOrderIdsOf.call(this, itemIndex);
			const fields = fieldsOf(itemIndex);
			for (const productOrderId of ids) targets.push({ itemIndex, productOrderId, fields });
		} catch (error) {
			const nodeError =
				error instanceof NodeOperationError
					? error
					: new NodeOperationError(this.getNode(), error as Error, { itemIndex });
			if (!this.continueOnFail()) throw nodeError;
			invalidItems.push({
				json: errorItemJson(nodeError),
				pairedItem: { item: itemIndex },
			});
		}
	}
	return { targets, invalidItems };
}

interface FailInfo {
	productOrderId?: string;
	code?: string;
	message?: string;
}

interface Outcome {
	target: ProductOrderTarget;
	json: IDataObject;
	failed: boolean;
}

interface SuccessInfo {
	productOrderId?: string;
	[field: string]: unknown;
}

/**
 * Naver answers batch actions with 200 and two lists, one of what was done and
 * `failProductOrderInfos`: a product order is only reported as done when it is in the first list.
 * The first list comes in two documented shapes: Confirm (발주 확인) answers
 * `successProductOrderInfos`, objects such as `{ productOrderId, isReceiverAddressChanged }` whose
 * other fields go on the result item; dispatch, delay and the claim actions answer
 * `successProductOrderIds`, plain IDs (Naver's reference, 주문-클레임-처리-반환-구조체). Both are read,
 * so neither shape can make a done product order look failed.
 */
function outcomesOf(targets: ProductOrderTarget[], response: NaverCommerceResponse): Outcome[] {
	const body = response.body as {
		traceId?: string;
		data?: {
			successProductOrderIds?: unknown[];
			successProductOrderInfos?: SuccessInfo[];
			failProductOrderInfos?: FailInfo[];
		};
	};
	const succeeded = new Map<string, IDataObject>();
	for (const id of body?.data?.successProductOrderIds ?? []) succeeded.set(String(id), {});
	for (const info of body?.data?.successProductOrderInfos ?? []) {
		if (info === null || typeof info !== 'object') continue;
		const { productOrderId, ...details } = info;
		succeeded.set(String(productOrderId), details as IDataObject);
	}
	const failedById = new Map(
		(body?.data?.failProductOrderInfos ?? []).map((info) => [String(info.productOrderId), info]),
	);
	const traceId = body?.traceId ?? (response.headers['gncp-gw-trace-id'] as string | undefined);
	return targets.map((target) => {
		const id = target.productOrderId;
		const details = succeeded.get(id);
		if (details !== undefined && !failedById.has(id)) {
			return {
				target,
				failed: false,
				json: { productOrderId: id, success: true, ...details, traceId },
			};
		}
		const info = failedById.get(id);
		return {
			target,
			failed: true,
			json: reportedFailureJson(
				{ productOrderId: id },
				{
					code: info?.code ?? 'NOT_REPORTED',
					message: info?.message ?? 'Naver did not report this product order as processed',
					traceId,
				},
			),
		};
	});
}

/**
 * Sends the targets in as few requests as `batchSize` allows and returns one item per product
 * order, paired with the input item it came from. With continue-on-fail, failures are items
 * (`success: false` and Naver's code and message); without it, any failure stops the node with an
 * error that also says which product orders were already processed.
 */
export async function runProductOrderBatches(
	this: IExecuteFunctions,
	targets: ProductOrderTarget[],
	options: {
		batchSize: number;
		/** Past participle for messages: "confirmed", "dispatched". */
		done: string;
		send: (batch: ProductOrderTarget[]) => Promise<NaverCommerceResponse>;
	},
): Promise<INodeExecutionData[]> {
	const continueOnFail = this.continueOnFail();
	const outcomes: Outcome[] = [];
	for (const batch of chunk(targets, options.batchSize)) {
		let response: NaverCommerceResponse | undefined;
		let failure: unknown;
		try {
			response = await options.send(batch);
		} catch (error) {
			failure = error;
		}
		if (response) {
			outcomes.push(...outcomesOf(batch, response));
			continue;
		}
		if (!continueOnFail) throw failureError.call(this, failure, outcomes, batch, options.done);
		outcomes.push(
			...batch.map((target) => ({
				target,
				failed: true,
				json: errorItemJson(failure, { productOrderId: target.productOrderId }),
			})),
		);
	}

	const failed = outcomes.filter((outcome) => outcome.failed);
	if (failed.length > 0 && !continueOnFail) {
		const list = failed
			.slice(0, 10)
			.map(
				(outcome) =>
					`${outcome.target.productOrderId} (${outcome.json.code}: ${outcome.json.message})`,
			)
			.join('; ');
		throw new NodeApiError(this.getNode(), { failed: failed.length } as JsonObject, {
			message: `${failed.length} of ${outcomes.length} product orders were not ${options.done}: ${list}${failed.length > 10 ? '; …' : ''}`,
			description: `${doneSummary(outcomes, options.done)} Turn on "Continue On Fail" in the node settings to get one item per product order with its result instead.`,
			itemIndex: failed[0].target.itemIndex,
		});
	}
	return outcomes.map((outcome) => ({
		json: outcome.json,
		pairedItem: { item: outcome.target.itemIndex },
	}));
}

function doneSummary(outcomes: Outcome[], done: string): string {
	const succeeded = outcomes
		.filter((outcome) => !outcome.failed)
		.map((outcome) => outcome.target.productOrderId);
	return succeeded.length === 0
		? `No product order was ${done}.`
		: `These ${succeeded.length} product orders were ${done}: ${succeeded.join(', ')}.`;
}

/** The error of a whole request, saying what earlier requests already did. */
function failureError(
	this: IExecuteFunctions,
	error: unknown,
	outcomes: Outcome[],
	batch: ProductOrderTarget[],
	done: string,
): NodeApiError {
	const apiError =
		error instanceof NodeApiError
			? error
			: new NodeApiError(this.getNode(), {
					message: String((error as Error)?.message),
				} as JsonObject);
	apiError.context.itemIndex ??= batch[0].itemIndex;
	if (outcomes.length > 0) {
		apiError.description = `${apiError.description ? `${apiError.description}\n` : ''}${doneSummary(outcomes, done)}`;
	}
	return apiError;
}
