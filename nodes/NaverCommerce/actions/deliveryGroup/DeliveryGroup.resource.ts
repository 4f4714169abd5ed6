import type { INodePropertyOptions } from 'n8n-workflow';

import { rowsResource, type EndpointRow } from '../endpointTable';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Delivery Group',
	value: 'deliveryGroup',
	description: 'Bundle delivery groups (묶음배송) and hope-date delivery groups (희망일배송)',
};

/** The Delivery Group operations, in the order of their names. */
export const ROWS: EndpointRow[] = [
	{
		value: 'getBundleGroup',
		name: 'Get Bundle Group',
		description: 'Read-only: gets one bundle delivery group',
		action: 'Get a bundle delivery group',
		method: 'GET',
		path: '/v1/product-delivery-info/bundle-groups/{deliveryBundleGroupId}',
		fields: [
			{
				name: 'deliveryBundleGroupId',
				displayName: 'Bundle Group ID',
				kind: 'id',
				in: 'path',
				required: true,
				example: '1000001',
				description: 'The Bundle Group ID',
			},
		],
		writes: false,
	},
];

export const { operations, description } = rowsResource('deliveryGroup', ROWS, 'getBundleGroup');
