import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/**
 * The one shape of a failed item, whatever failed (documented in the README): `success: false`,
 * `error` (what went wrong, in one line), and where known `description`, Naver's `code`,
 * `message`, `httpStatus`, `traceId` and `invalidInputs`. `subject` names what failed, such as
 * `{ productOrderId }`, and comes first.
 */
export function errorItemJson(error: unknown, subject: IDataObject = {}): IDataObject {
	const { message, description } = error as { message: string; description?: string | null };
	const naver = (error as { context?: { naver?: IDataObject } }).context?.naver;
	return {
		...subject,
		success: false,
		error: message,
		...(description ? { description } : {}),
		...(naver ?? {}),
	};
}

/**
 * The same shape for what Naver reported as not done inside a 200 answer (failProductOrderInfos,
 * a product order it does not know): there is no thrown error, only Naver's code and message.
 */
export function reportedFailureJson(
	subject: IDataObject,
	failure: { code: string; message: string; traceId?: string },
): IDataObject {
	return {
		...subject,
		success: false,
		error: `Naver Commerce API error ${failure.code}: ${failure.message}`,
		code: failure.code,
		message: failure.message,
		...(failure.traceId ? { traceId: failure.traceId } : {}),
	};
}

/** An n8n error carrying the item index, without re-wrapping what is already one. */
export function asNodeError(
	this: IExecuteFunctions,
	error: unknown,
	itemIndex: number,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError) {
		error.context.itemIndex ??= itemIndex;
		// Hands back the same error: n8n keeps an already-wrapped NodeApiError as it is.
		return new NodeApiError(this.getNode(), error as unknown as JsonObject);
	}
	return new NodeOperationError(this.getNode(), error as Error, { itemIndex });
}
