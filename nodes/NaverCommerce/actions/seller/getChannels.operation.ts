import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { naverCommerceRequest } from '../../transport';

// Nothing to choose: the credential decides whose channels they are.
export const description: INodeProperties[] = [];

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const response = await naverCommerceRequest.call(
		this,
		{ method: 'GET', path: '/v1/seller/channels' },
		itemIndex,
	);
	// Naver's reference shows one channel object while accounts can hold several channels; both
	// shapes become one item per channel.
	const body = response.body;
	const channels = Array.isArray(body) ? body : body && typeof body === 'object' ? [body] : [];
	return channels.map((channel) => ({
		json: channel as IDataObject,
		pairedItem: { item: itemIndex },
	}));
}
