import type { INodePropertyOptions } from 'n8n-workflow';

import { rowsResource, type EndpointRow } from '../endpointTable';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Product Inspection',
	value: 'productInspection',
	description: 'Products Naver sent back for correction (상품 검수) and their restore',
};

/** The Product Inspection operations, in the order of their names. */
export const ROWS: EndpointRow[] = [
	{
		value: 'restore',
		name: 'Request Restore',
		description: 'Writes: asks Naver to restore a channel product sent back by inspection',
		action: 'Request a restore after inspection',
		method: 'PUT',
		path: '/v1/product-inspections/channel-product/{channelProductNo}/restore',
		fields: [
			{
				name: 'channelProductNo',
				displayName: 'Channel Product Number',
				kind: 'id',
				in: 'path',
				required: true,
				example: '1000001',
				description: 'The Channel Product Number',
			},
		],
		writes: true,
	},
];

export const { operations, description } = rowsResource('productInspection', ROWS, 'restore');
