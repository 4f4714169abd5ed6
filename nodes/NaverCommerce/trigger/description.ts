import type { INodeProperties } from 'n8n-workflow';
import { CHANGE_TYPES } from '../options/changeTypes';

export const DEFAULT_SAFETY_LAG_SECONDS = 60;
export const DEFAULT_MAX_CHANGES_PER_POLL = 5000;

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		options: CHANGE_TYPES,
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
		placeholder: 'Add Option',
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
