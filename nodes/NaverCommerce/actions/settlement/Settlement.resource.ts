import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as getManyCommissionDetails from './getManyCommissionDetails.operation';
import * as getManyDaily from './getManyDaily.operation';
import * as getManyPerOrder from './getManyPerOrder.operation';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Settlement',
	value: 'settlement',
	description: 'Read daily, per-order and commission settlement records (정산)',
};

export const operations = {
	getManyCommissionDetails,
	getManyDaily,
	getManyPerOrder,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['settlement'] } },
		options: [
			{
				name: 'Get Many Commission Details',
				value: 'getManyCommissionDetails',
				description:
					'Get the commissions Naver charged (Naver Pay, sales-linked and others), one record per commission and product order, for one day',
				action: 'Get many settlement commission details',
			},
			{
				name: 'Get Many Daily',
				value: 'getManyDaily',
				description:
					'Get the daily settlement totals (amount paid out, commissions, benefits, payout date and account) for a period',
				action: 'Get many daily settlements',
			},
			{
				name: 'Get Many Per Order',
				value: 'getManyPerOrder',
				description:
					'Get the settlement of each product order and delivery fee (amount, commission, expected payout) for one day',
				action: 'Get many settlements per order',
			},
		],
		default: 'getManyDaily',
	},
	...getManyCommissionDetails.description,
	...getManyDaily.description,
	...getManyPerOrder.description,
];
