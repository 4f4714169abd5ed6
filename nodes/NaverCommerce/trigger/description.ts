import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** Naver's lastChangedType values (pay-order-seller), named as a seller would say them. */
export const CHANGE_EVENTS: INodePropertyOptions[] = [
	{
		name: 'Claim Completed',
		value: 'CLAIM_COMPLETED',
		description: 'A cancellation, return or exchange was completed',
	},
	{
		name: 'Claim Requested',
		value: 'CLAIM_REQUESTED',
		description: 'The buyer asked to cancel, return or exchange',
	},
	{
		name: 'Claim Withdrawn',
		value: 'CLAIM_REJECTED',
		description:
			'A cancellation, return or exchange request was withdrawn (클레임 철회): by the buyer, or by your rejection',
	},
	{
		name: 'Delivery Address Changed',
		value: 'DELIVERY_ADDRESS_CHANGED',
		description: 'The buyer changed the shipping address',
	},
	{ name: 'Dispatched', value: 'DISPATCHED', description: 'The product order was shipped' },
	{
		name: 'Exchange Item Re-Shipped',
		value: 'CLAIM_REDELIVERING',
		description: 'The replacement of an exchange was shipped',
	},
	{
		name: 'Gift Option Changed',
		value: 'EXCHANGE_OPTION',
		description: 'The recipient of a gift (선물하기) changed its option (옵션 변경)',
	},
	{ name: 'Gift Received', value: 'GIFT_RECEIVED', description: 'The recipient accepted a gift' },
	{
		name: 'Hope Delivery Info Changed',
		value: 'HOPE_DELIVERY_INFO_CHANGED',
		description: 'The requested delivery date or details changed',
	},
	{ name: 'New Paid Order', value: 'PAYED', description: 'A product order was paid' },
	{
		name: 'Payment Waiting',
		value: 'PAY_WAITING',
		description: 'An order awaits payment (e.g. bank transfer)',
	},
	{
		name: 'Purchase Decided',
		value: 'PURCHASE_DECIDED',
		description: 'The buyer confirmed the purchase (구매 확정)',
	},
	{
		name: 'Return/Exchange Collected',
		value: 'COLLECT_DONE',
		description: 'The item of a return or exchange was picked up',
	},
];

export const DEFAULT_SAFETY_LAG_SECONDS = 60;
export const DEFAULT_MAX_CHANGES_PER_POLL = 5000;

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		options: CHANGE_EVENTS,
		required: true,
		default: ['PAYED'],
		description: 'The product order changes that start the workflow',
	},
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		options: [
			{
				name: 'Change Records',
				value: 'changes',
				description:
					"Naver's change record: orderId, productOrderId, lastChangedType, lastChangedDate, statuses",
			},
			{
				name: 'Product Order Details',
				value: 'details',
				description:
					'The full product order (order, productOrder, delivery, claims) as it is now, with the change under lastChange. One more request per 300 changes.',
			},
		],
		default: 'changes',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Backfill (Hours)',
				name: 'backfillHours',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 2160 },
				default: 0,
				description:
					'On first activation, also emit the changes of this many past hours. 0 starts from the moment of activation.',
			},
			{
				displayName: 'Max Changes per Poll',
				name: 'maxChangesPerPoll',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: DEFAULT_MAX_CHANGES_PER_POLL,
				description:
					'Upper bound on the items of one execution. A larger backlog is emitted over the next polls, none lost.',
			},
			{
				displayName: 'Safety Lag (Seconds)',
				name: 'safetyLagSeconds',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 3600 },
				default: DEFAULT_SAFETY_LAG_SECONDS,
				description:
					'Changes are read only up to this many seconds before now, because Naver may list a change a little after its change date. Raise it if changes are ever missed; it delays each event by this much.',
			},
		],
	},
];
