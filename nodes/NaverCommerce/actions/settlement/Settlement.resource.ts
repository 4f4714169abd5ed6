import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as getManyCommissionDetails from './getManyCommissionDetails.operation';
import * as getManyDaily from './getManyDaily.operation';
import * as getManyPerOrder from './getManyPerOrder.operation';
import * as getManyVatDaily from './getManyVatDaily.operation';
import * as getManyVatPerCase from './getManyVatPerCase.operation';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Settlement',
	value: 'settlement',
	description:
		'Read daily, per-order and commission settlement records and VAT declaration records (정산, 부가세)',
};

export const operations = {
	getManyCommissionDetails,
	getManyDaily,
	getManyPerOrder,
	getManyVatDaily,
	getManyVatPerCase,
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
			{
				name: 'Get Many VAT Daily',
				value: 'getManyVatDaily',
				description:
					'Get the VAT declaration totals of each day (일별 부가세 내역): sales split into taxable and tax-exempt, and by card, cash receipt and other payments, for a period up to the end of last month',
				action: 'Get many daily VAT records',
			},
			{
				name: 'Get Many VAT Per Case',
				value: 'getManyVatPerCase',
				description:
					'Get the VAT declaration record of each sale and cancellation (건별 부가세 내역): order, product order or delivery fee, taxable, tax-exempt and per-payment amounts, for a period up to the end of last month',
				action: 'Get many VAT records per case',
			},
		],
		default: 'getManyDaily',
	},
	...getManyCommissionDetails.description,
	...getManyDaily.description,
	...getManyPerOrder.description,
	...getManyVatDaily.description,
	...getManyVatPerCase.description,
];
