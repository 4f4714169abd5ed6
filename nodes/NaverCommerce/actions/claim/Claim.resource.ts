import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as cancelApprove from './cancelApprove.operation';
import * as cancelRequest from './cancelRequest.operation';
import type { ClaimOperation } from './common';
import * as exchangeApproveCollection from './exchangeApproveCollection.operation';
import * as exchangeHoldBack from './exchangeHoldBack.operation';
import * as exchangeReDispatch from './exchangeReDispatch.operation';
import * as exchangeReject from './exchangeReject.operation';
import * as exchangeReleaseHoldBack from './exchangeReleaseHoldBack.operation';
import * as returnApprove from './returnApprove.operation';
import * as returnHoldBack from './returnHoldBack.operation';
import * as returnReject from './returnReject.operation';
import * as returnReleaseHoldBack from './returnReleaseHoldBack.operation';
import * as returnRequest from './returnRequest.operation';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Claim',
	value: 'claim',
	description: 'Handle cancel, return and exchange requests (취소/반품/교환) on product orders',
};

export const operations = {
	cancelApprove,
	cancelRequest,
	exchangeApproveCollection,
	exchangeHoldBack,
	exchangeReDispatch,
	exchangeReject,
	exchangeReleaseHoldBack,
	returnApprove,
	returnHoldBack,
	returnReject,
	returnReleaseHoldBack,
	returnRequest,
} satisfies Record<ClaimOperation, OperationModule>;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['claim'] } },
		options: [
			{
				name: 'Approve Cancellation',
				value: 'cancelApprove',
				description: "Approve a buyer's cancel request before dispatch, refunding the buyer",
				action: 'Approve the cancellation of product orders',
			},
			{
				name: 'Approve Exchange Collection',
				value: 'exchangeApproveCollection',
				description: 'Confirm that the item to exchange has come back from the buyer',
				action: 'Mark exchanged product orders as collected',
			},
			{
				name: 'Approve Return',
				value: 'returnApprove',
				description: 'Approve a return, refunding the buyer',
				action: 'Approve the return of product orders',
			},
			{
				name: 'Hold Back Exchange',
				value: 'exchangeHoldBack',
				description: 'Put an exchange on hold, e.g. until the buyer pays the exchange shipping fee',
				action: 'Put the exchange of product orders on hold',
			},
			{
				name: 'Hold Back Return',
				value: 'returnHoldBack',
				description: 'Put a return on hold, e.g. until the buyer pays the return shipping fee',
				action: 'Put the return of product orders on hold',
			},
			{
				name: 'Re-Dispatch Exchange',
				value: 'exchangeReDispatch',
				description:
					'Ship the replacement for a collected exchange, with courier and tracking number',
				action: 'Ship the replacement for exchanged product orders',
			},
			{
				name: 'Reject Exchange',
				value: 'exchangeReject',
				description: "Reject (withdraw) a buyer's exchange request, with a reason",
				action: 'Reject the exchange of product orders',
			},
			{
				name: 'Reject Return',
				value: 'returnReject',
				description: "Reject (withdraw) a buyer's return request, with a reason",
				action: 'Reject the return of product orders',
			},
			{
				name: 'Release Exchange Hold Back',
				value: 'exchangeReleaseHoldBack',
				description: 'Release the hold on an exchange so it can go on',
				action: 'Release the exchange hold of product orders',
			},
			{
				name: 'Release Return Hold Back',
				value: 'returnReleaseHoldBack',
				description: 'Release the hold on a return so it can be approved',
				action: 'Release the return hold of product orders',
			},
			{
				name: 'Request Cancellation',
				value: 'cancelRequest',
				description: 'Cancel product orders that have not been dispatched, with a reason',
				action: 'Request the cancellation of product orders',
			},
			{
				name: 'Request Return',
				value: 'returnRequest',
				description:
					'Start a return for dispatched product orders, with a reason and pickup method',
				action: 'Request the return of product orders',
			},
		],
		default: 'cancelApprove',
	},
	...cancelApprove.description,
	...cancelRequest.description,
	...exchangeApproveCollection.description,
	...exchangeHoldBack.description,
	...exchangeReDispatch.description,
	...exchangeReject.description,
	...exchangeReleaseHoldBack.description,
	...returnApprove.description,
	...returnHoldBack.description,
	...returnReject.description,
	...returnReleaseHoldBack.description,
	...returnRequest.description,
];
