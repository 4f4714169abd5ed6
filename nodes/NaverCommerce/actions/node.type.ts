import type {
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

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
	/** The entry in the node's Resource list; its value is the resource's key in RESOURCES. */
	resource: INodePropertyOptions;
	/** The Operation selector and every operation's fields. */
	description: INodeProperties[];
	/** Each operation module by its Operation value. */
	operations: Record<string, OperationModule>;
	/** The resource's own "From List" lookups, by the name its fields give as searchListMethod. */
	listSearch?: Record<string, ListSearchMethod>;
}

export type ListSearchMethod = (
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) => Promise<INodeListSearchResult>;
