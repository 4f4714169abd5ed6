import type { IDataObject, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

function invalidJson(node: INode, itemIndex: number, parameterName: string, reason: string) {
	return new NodeOperationError(node, `${parameterName} is not valid JSON: ${reason}`, {
		itemIndex,
	});
}

/**
 * A JSON parameter arrives as text from the editor, or already parsed when the user maps an
 * expression like {{ $json.order }}. Returns undefined for an empty value.
 */
export function parseJsonParameter(
	node: INode,
	itemIndex: number,
	parameterName: string,
	value: unknown,
): unknown {
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'string') return value;
	if (value.trim() === '') return undefined;
	try {
		return JSON.parse(value);
	} catch (error) {
		throw invalidJson(node, itemIndex, parameterName, (error as Error).message);
	}
}

/** Like parseJsonParameter, for parameters that must be a JSON object (query strings). */
export function parseJsonObjectParameter(
	node: INode,
	itemIndex: number,
	parameterName: string,
	value: unknown,
): IDataObject {
	const parsed = parseJsonParameter(node, itemIndex, parameterName, value);
	if (parsed === undefined) return {};
	if (typeof parsed !== 'object' || Array.isArray(parsed) || parsed === null) {
		throw invalidJson(node, itemIndex, parameterName, 'expected an object such as {"page": 1}');
	}
	return parsed as IDataObject;
}
