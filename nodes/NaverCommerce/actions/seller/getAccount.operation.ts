import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { naverCommerceRequest } from '../../transport';

// Nothing to choose: the credential decides whose account it is.
export const description: INodeProperties[] = [];

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const response = await naverCommerceRequest.call(
		this,
		{ method: 'GET', path: '/v1/seller/account' },
		itemIndex,
	);
	return [{ json: (response.body ?? {}) as IDataObject, pairedItem: { item: itemIndex } }];
}
