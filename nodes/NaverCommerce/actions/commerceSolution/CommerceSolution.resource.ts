import type { INodePropertyOptions } from 'n8n-workflow';

import { rowsResource, type EndpointRow } from '../endpointTable';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Commerce Solution',
	value: 'commerceSolution',
	description:
		'For solution vendors: subscriptions of stores to the solution, payments and seller tokens',
};

/** The Commerce Solution operations, in the order of their names. */
export const ROWS: EndpointRow[] = [
	{
		value: 'getSubscription',
		name: 'Get Subscription',
		description: 'Read-only: gets whether a store uses the solution',
		action: 'Get a subscription',
		method: 'GET',
		path: '/v1/commerce-solutions/subscriptions/{accountUid}',
		fields: [
			{
				name: 'accountUid',
				displayName: 'Account UID',
				kind: 'id',
				in: 'path',
				required: true,
				example: '1000001',
				description: 'The Account UID',
			},
		],
		writes: false,
	},
];

export const { operations, description } = rowsResource(
	'commerceSolution',
	ROWS,
	'getSubscription',
);
