import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/** The JSON of an error item (continue on fail): message, description and Naver's details. */
export function errorItemJson(error: unknown): IDataObject {
	const { message, description } = error as { message: string; description?: string | null };
	const naver = (error as { context?: { naver?: IDataObject } }).context?.naver;
	return {
		error: message,
		...(description ? { description } : {}),
		...(naver ?? {}),
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
