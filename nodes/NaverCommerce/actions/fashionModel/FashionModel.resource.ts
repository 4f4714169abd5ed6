import type { INodePropertyOptions } from 'n8n-workflow';

import { rowsResource, type EndpointRow } from '../endpointTable';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Fashion Model',
	value: 'fashionModel',
	description: 'The models (패션모델) whose sizes clothing listings show',
};

/** The Fashion Model operations, in the order of their names. */
export const ROWS: EndpointRow[] = [
	{
		value: 'delete',
		name: 'Delete',
		description: 'Writes: deletes a fashion model',
		action: 'Delete a fashion model',
		method: 'DELETE',
		path: '/v1/product-fashion-models/{fashionModelId}',
		fields: [
			{
				name: 'fashionModelId',
				displayName: 'Fashion Model ID',
				kind: 'id',
				in: 'path',
				required: true,
				example: '1000001',
				description: 'The Fashion Model ID',
			},
		],
		writes: true,
	},
];

export const { operations, description } = rowsResource('fashionModel', ROWS, 'delete');
