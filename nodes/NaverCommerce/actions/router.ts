import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { asNodeError, errorItemJson } from '../helpers/errorItem';
import type { OperationModule } from './node.type';
import { RESOURCES, type ResourceName } from './resources';

/**
 * Dispatches to the chosen operation. Resource and operation cannot be expressions, so they are
 * the same for every item: batch operations get all items at once, the others one at a time.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as ResourceName;
	const operation = this.getNodeParameter('operation', 0) as string;
	const operations = RESOURCES[resource]?.operations as Record<string, OperationModule> | undefined;
	const operationModule = operations?.[operation];
	if (!operationModule) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" of resource "${resource}" is not supported`,
		);
	}
	if ('executeBatch' in operationModule) {
		return [
			await operationModule.executeBatch.call(
				this,
				items.map((_, index) => index),
			),
		];
	}

	const returnData: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			returnData.push(...(await operationModule.execute.call(this, itemIndex)));
		} catch (error) {
			if (this.continueOnFail()) {
				returnData.push({ json: errorItemJson(error), pairedItem: { item: itemIndex } });
				continue;
			}
			throw asNodeError.call(this, error, itemIndex);
		}
	}
	return [returnData];
}
