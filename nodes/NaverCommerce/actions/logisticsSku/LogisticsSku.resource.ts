import type { INodePropertyOptions } from 'n8n-workflow';

import { rowsResource, type EndpointRow } from '../endpointTable';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Logistics SKU',
	value: 'logisticsSku',
	description:
		'The SKUs (재고 관리 단위) of the N delivery logistics service and the products they map to',
};

/** The Logistics SKU operations, in the order of their names. */
export const ROWS: EndpointRow[] = [
	{
		value: 'get',
		name: 'Get',
		description: 'Read-only: gets one SKU',
		action: 'Get a SKU',
		method: 'GET',
		path: '/v1/logistics/products/sellers/me/skus/{nsId}',
		fields: [
			{
				name: 'nsId',
				displayName: 'SKU ID',
				kind: 'id',
				in: 'path',
				required: true,
				example: '1000001',
				description: 'The SKU ID',
			},
		],
		writes: false,
	},
];

export const { operations, description } = rowsResource('logisticsSku', ROWS, 'get');
