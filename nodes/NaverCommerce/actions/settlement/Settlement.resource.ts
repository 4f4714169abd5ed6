import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as getManyCommissionDetails from './getManyCommissionDetails.operation';
import * as getManyDaily from './getManyDaily.operation';
import * as getManyPerOrder from './getManyPerOrder.operation';

export const operations: Record<string, OperationModule> = {
	getManyCommissionDetails,
	getManyDaily,
	getManyPerOrder,
};

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
