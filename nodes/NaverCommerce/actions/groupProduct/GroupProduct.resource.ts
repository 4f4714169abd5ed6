import type { INodePropertyOptions } from 'n8n-workflow';

import { rowsResource, type EndpointRow } from '../endpointTable';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Group Product',
	value: 'groupProduct',
	description:
		'Group products (그룹상품): one listing of several products that differ by standard options',
};

/** The Group Product operations, in the order of their names. */
export const ROWS: EndpointRow[] = [
	{
		value: 'get',
		name: 'Get',
		description: 'Read-only: gets a group product',
		action: 'Get a group product',
		method: 'GET',
		path: '/v2/standard-group-products/{groupProductNo}',
		fields: [
			{
				name: 'groupProductNo',
				displayName: 'Group Product Number',
				kind: 'id',
				in: 'path',
				required: true,
				example: '1000001',
				description: 'The Group Product Number',
			},
		],
		writes: false,
	},
];

export const { operations, description } = rowsResource('groupProduct', ROWS, 'get');
