import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/**
 * How an error Naver answered is headed wherever it shows: the n8n error's message, a failed item's
 * `error`, and so what an AI Agent's model is given when this node is its tool (n8n passes the
 * model the message alone). Naver's code, message and trace ID, e.g.
 * `Naver Commerce API error 104139: 조회 가능한 날짜 범위를 초과했습니다. (trace ID …)`;
 * without a code, the HTTP status.
 */
export function naverErrorHeadline(details: {
	httpStatus?: number;
	code?: string;
	message?: string;
	traceId?: string;
}): string {
	const what = details.code
		? `Naver Commerce API error ${details.code}${details.message ? `: ${details.message}` : ''}`
		: `Naver Commerce API returned HTTP ${details.httpStatus}`;
	return withTraceId(what, details.traceId);
}

/** `text (trace ID …)`, or the text alone when Naver gave no trace ID or the text names it. */
export function withTraceId(text: string, traceId: string | undefined): string {
	return traceId && !text.includes(traceId) ? `${text} (trace ID ${traceId})` : text;
}

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
		error: naverErrorHeadline(failure),
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
