import type { IDataObject } from 'n8n-workflow';

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
