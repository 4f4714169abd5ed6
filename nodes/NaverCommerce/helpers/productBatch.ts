import type { IDataObject, IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { NaverCommerceResponse } from '../transport';
import { errorItemJson } from './errorItem';

/**
 * Writes that change many products in one request (Update Many, Bulk Update). Naver answers them
 * with `{ code, message, data: {} }` and nothing per product, and refuses a request with 400 (or
 * 404 for a product it does not have) whose invalidInputs name the entries at fault. The reference
 * does not say whether a refused request changed any of its other products; its HTTP status table
 * reads 4xx as a request it did not process (400: "요청 데이터의 유효성 검사(validation) 오류"), so
 * a refusal is taken to have changed nothing, and the products it does not name go again in a new
 * request without the refused ones. A request whose answer is lost (5xx, timeout, dropped
 * connection) may or may not have been applied: it is reported for its products, never repeated.
 */

/** One product a batch write applies to, the input item it came from and what is asked for it. */
export interface ProductTarget {
	itemIndex: number;
	originProductNo: number;
	/** What the output item says was asked (salePrice, stockQuantity, …), success or not. */
	requested: IDataObject;
}

interface InvalidInput {
	name?: string;
	type?: string;
	message?: string;
}

/**
 * Each input item's target, read by `read`. An item whose parameters are invalid fails on its own
 * before any request: an error item with continue-on-fail, else the node stops.
 */
export function collectProductTargets<T extends ProductTarget>(
	this: IExecuteFunctions,
	itemIndexes: number[],
	read: (itemIndex: number) => T,
): { targets: T[]; invalidItems: INodeExecutionData[] } {
	const targets: T[] = [];
	const invalidItems: INodeExecutionData[] = [];
	for (const itemIndex of itemIndexes) {
		try {
			targets.push(read(itemIndex));
		} catch (error) {
			const nodeError =
				error instanceof NodeOperationError
					? error
					: new NodeOperationError(this.getNode(), error as Error, { itemIndex });
			if (!this.continueOnFail()) throw nodeError;
			invalidItems.push({ json: errorItemJson(nodeError), pairedItem: { item: itemIndex } });
		}
	}
	return { targets, invalidItems };
}

/**
 * The targets in as few requests of at most `size` products as possible, in input order. A product
 * is in a request at most once: when an input names it again, that item goes to a later request,
 * so the changes of one product reach Naver in the order of the items.
 */
export function groupProductTargets<T extends ProductTarget>(targets: T[], size: number): T[][] {
	const batches: T[][] = [];
	const lastBatchOf = new Map<number, number>();
	let firstOpen = 0;
	for (const target of targets) {
		while (firstOpen < batches.length && batches[firstOpen].length >= size) firstOpen++;
		let index = Math.max(firstOpen, (lastBatchOf.get(target.originProductNo) ?? -1) + 1);
		while (index < batches.length && batches[index].length >= size) index++;
		if (index === batches.length) batches.push([]);
		batches[index].push(target);
		lastBatchOf.set(target.originProductNo, index);
	}
	return batches;
}

const naverOf = (error: unknown) =>
	(error as { context?: { naver?: IDataObject } }).context?.naver as
		| { httpStatus?: number; message?: string; invalidInputs?: InvalidInput[] }
		| undefined;

/** A refusal of what was sent (400, or 404 for an unknown product), not a lost answer. */
function isRefusal(error: unknown): boolean {
	const status = naverOf(error)?.httpStatus;
	return status === 400 || status === 404;
}

/**
 * The targets a refusal names, each with the invalid inputs about it: by the entry index in an
 * input's name (`multiProductUpdateRequestVos[3].stockQuantity`, `originProductNos[2]`), or by
 * its product number in Naver's message, which the product pages recommend reading because the
 * names "may not match the fields exactly" (v2 channel-products PUT, BAD_REQUEST note).
 */
function refusedTargets<T extends ProductTarget>(
	error: unknown,
	pending: T[],
	listName: string,
): Map<T, InvalidInput[]> {
	const naver = naverOf(error);
	const named = new Map<T, InvalidInput[]>();
	const name = (target: T, input?: InvalidInput) => {
		const inputs = named.get(target) ?? [];
		if (input && !inputs.includes(input)) inputs.push(input);
		named.set(target, inputs);
	};
	const entry = new RegExp(`^${listName}\\[(\\d+)\\]`);
	const byNumber = new Map(pending.map((target) => [String(target.originProductNo), target]));
	const numbersIn = (text: string | undefined) =>
		[...(text ?? '').matchAll(/\d+/g)]
			.map((match) => byNumber.get(match[0]))
			.filter((target): target is T => target !== undefined);
	for (const input of naver?.invalidInputs ?? []) {
		const index = entry.exec(input.name ?? '');
		const target = index ? pending[Number(index[1])] : undefined;
		if (target) name(target, input);
		for (const mentioned of numbersIn(input.message)) name(mentioned, input);
	}
	for (const mentioned of numbersIn(naver?.message)) name(mentioned);
	return named;
}

function productList(targets: ProductTarget[]): string {
	const numbers = targets.map((target) => target.originProductNo);
	return `${numbers.slice(0, 20).join(', ')}${numbers.length > 20 ? `, … (${numbers.length})` : ''}`;
}

/**
 * Sends each batch with `send` and returns one item per target, paired with its input item. With
 * continue-on-fail, a refused or unanswered product is an error item and the others go on; without
 * it the node stops at the first failure with an error that says which products were already
 * changed and which were not sent.
 */
export async function runProductWrites<T extends ProductTarget>(
	this: IExecuteFunctions,
	batches: T[][],
	options: {
		/** The list of the body whose entries an invalid input's name counts. */
		listName: string;
		send: (batch: T[]) => Promise<NaverCommerceResponse>;
		/**
		 * Whether the rest of a refused request may go again without the refused products: not
		 * where a change applied twice is not the change asked for (a relative price change), in
		 * case Naver did apply part of the refused request after all.
		 */
		resendRest: (batch: T[]) => boolean;
	},
): Promise<INodeExecutionData[]> {
	const continueOnFail = this.continueOnFail();
	const results: INodeExecutionData[] = [];
	const changed: T[] = [];
	const total = batches.reduce((sum, batch) => sum + batch.length, 0);
	const item = (target: T, json: IDataObject): INodeExecutionData => ({
		json,
		pairedItem: { item: target.itemIndex },
	});
	const failed = (target: T, error: unknown, inputs?: InvalidInput[]) => {
		const json = errorItemJson(error, {
			originProductNo: target.originProductNo,
			...target.requested,
		});
		if (inputs && inputs.length > 0) json.invalidInputs = inputs as IDataObject[];
		return item(target, json);
	};
	const summary = (unsent: number) =>
		[
			changed.length === 0
				? 'No product was changed.'
				: `Changed before this failure (${changed.length}): ${productList(changed)}.`,
			unsent > 0 ? `Not sent (${unsent} products): run the node again for them.` : undefined,
		]
			.filter(Boolean)
			.join(' ');

	for (const [batchIndex, batch] of batches.entries()) {
		let pending = batch;
		while (pending.length > 0) {
			let response: NaverCommerceResponse | undefined;
			let failure: unknown;
			try {
				response = await options.send(pending);
			} catch (error) {
				failure = error;
			}
			if (response) {
				const traceId = response.headers['gncp-gw-trace-id'] as string | undefined;
				for (const target of pending) {
					changed.push(target);
					results.push(
						item(target, {
							originProductNo: target.originProductNo,
							...target.requested,
							success: true,
							...(traceId ? { traceId } : {}),
						}),
					);
				}
				break;
			}
			const laterBatches = batches
				.slice(batchIndex + 1)
				.reduce((sum, later) => sum + later.length, 0);
			const refused = isRefusal(failure)
				? refusedTargets(failure, pending, options.listName)
				: new Map<T, InvalidInput[]>();
			if (refused.size === 0) {
				// Nothing to tell the products apart by, or an answer that was lost: the request
				// is reported for all of them and never repeated.
				if (!continueOnFail) {
					throw withSummary.call(
						this,
						failure,
						pending[0].itemIndex,
						`${isRefusal(failure) ? 'Naver refused this request of' : 'The answer was lost for'} ${pending.length} products (${productList(pending)})${isRefusal(failure) ? '' : ', which may or may not have been changed: check them before running again'}. ${summary(laterBatches)}`,
					);
				}
				results.push(...pending.map((target) => failed(target, failure)));
				break;
			}
			const rest = pending.filter((target) => !refused.has(target));
			if (!continueOnFail) {
				const first = [...refused.keys()][0];
				throw withSummary.call(
					this,
					failure,
					first.itemIndex,
					`Naver refused ${refused.size} of ${pending.length} products in one request: ${productList([...refused.keys()])}; the request changed nothing. ${summary(rest.length + laterBatches)}`,
				);
			}
			for (const [target, inputs] of refused) results.push(failed(target, failure, inputs));
			if (options.resendRest(pending)) {
				pending = rest;
				continue;
			}
			const refusedList = productList([...refused.keys()]);
			for (const target of rest) {
				results.push(
					item(target, {
						originProductNo: target.originProductNo,
						...target.requested,
						success: false,
						error: `Not changed: Naver refused the request it was part of because of product ${refusedList}`,
						description:
							'A relative change is not sent again automatically, in case part of the refused request was applied after all. Check the product, then run the node again for it.',
					}),
				);
			}
			break;
		}
	}
	if (results.length !== total) {
		throw new NodeOperationError(this.getNode(), 'Not every product got a result');
	}
	return results;
}

/** The request's error, naming the item it is about and saying what the run did so far. */
function withSummary(
	this: IExecuteFunctions,
	error: unknown,
	itemIndex: number,
	summary: string,
): NodeApiError {
	const apiError =
		error instanceof NodeApiError
			? error
			: new NodeApiError(this.getNode(), {
					message: String((error as Error)?.message),
				} as JsonObject);
	apiError.context.itemIndex = itemIndex;
	apiError.description = `${summary}${apiError.description ? `\n${apiError.description}` : ''}\nTurn on "Continue On Fail" in the node settings to get one item per product with its result instead.`;
	return apiError;
}
