import type { IDataObject, IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import * as apiRequest from './apiRequest/ApiRequest.resource';
import type { NaverCommerceType } from './node.type';

type OperationModule = {
	execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]>;
};

const resources: Record<NaverCommerceType['resource'], Record<string, OperationModule>> = {
	apiRequest: { send: apiRequest.send },
};

/** Runs the chosen operation once per input item; a failed item becomes an error item when the node continues on fail. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const returnData: INodeExecutionData[] = [];

	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const resource = this.getNodeParameter(
				'resource',
				itemIndex,
			) as NaverCommerceType['resource'];
			const operation = this.getNodeParameter('operation', itemIndex) as string;
			const operationModule = resources[resource]?.[operation];
			if (!operationModule) {
				throw new NodeOperationError(
					this.getNode(),
					`The operation "${operation}" of resource "${resource}" is not supported`,
					{ itemIndex },
				);
			}
			returnData.push(...(await operationModule.execute.call(this, itemIndex)));
		} catch (error) {
			if (this.continueOnFail()) {
				returnData.push({ json: errorItem(error), pairedItem: { item: itemIndex } });
				continue;
			}
			if (error instanceof NodeApiError) {
				error.context.itemIndex ??= itemIndex;
				// Hands back the same error: n8n keeps an already-wrapped NodeApiError as it is.
				throw new NodeApiError(this.getNode(), error as unknown as JsonObject);
			}
			throw new NodeOperationError(this.getNode(), error as Error, { itemIndex });
		}
	}
	return [returnData];
}

function errorItem(error: unknown): IDataObject {
	const { message, description } = error as { message: string; description?: string | null };
	const naver = (error as { context?: { naver?: IDataObject } }).context?.naver;
	return {
		error: message,
		...(description ? { description } : {}),
		...(naver ?? {}),
	};
}
