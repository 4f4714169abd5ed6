import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

export type ResourceName =
	| 'apiRequest'
	| 'claim'
	| 'customerInquiry'
	| 'product'
	| 'productOrder'
	| 'productQna'
	| 'seller'
	| 'settlement';

/** An operation that handles one input item at a time; the router pairs and catches for it. */
export interface ItemOperation {
	execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]>;
}

/**
 * An operation that sees all input items at once, to group them into as few requests as Naver's
 * batch limits allow. It pairs every output item itself and honours continueOnFail per item.
 */
export interface BatchOperation {
	executeBatch(this: IExecuteFunctions, itemIndexes: number[]): Promise<INodeExecutionData[]>;
}

export type OperationModule = ItemOperation | BatchOperation;

/** What each actions/<resource>/<Resource>.resource.ts exports. */
export interface ResourceModule {
	description: INodeProperties[];
	operations: Record<string, OperationModule>;
}
