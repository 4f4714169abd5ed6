import type { INodeProperties } from 'n8n-workflow';
import { CHANGE_TYPES } from '../options/changeTypes';

export const DEFAULT_SAFETY_LAG_SECONDS = 60;
export const DEFAULT_MAX_CHANGES_PER_POLL = 5000;

/** What one trigger node watches. */
export type TriggerSource =
	| 'productOrderChange'
	| 'customerInquiry'
	| 'productQuestion'
	| 'productSentBack';

/** The sources read in order of a date, from a cursor (the sent-back list has no dates). */
export type DatedSource = Exclude<TriggerSource, 'productSentBack'>;

export const TRIGGER_SOURCES: readonly TriggerSource[] = [
	'productOrderChange',
	'customerInquiry',
	'productQuestion',
	'productSentBack',
];

const ORDER_CHANGES_ONLY = { show: { triggerOn: ['productOrderChange'] } };
const QUESTIONS_ONLY = { show: { triggerOn: ['customerInquiry', 'productQuestion'] } };
/** Options about dates, which the sent-back list does not have. */
const DATED_SOURCES_ONLY = { hide: { '/triggerOn': ['productSentBack'] } };

/**
 * One node, one source per node instance, chosen with "Trigger On": the idiom of n8n's own
 * polling triggers that cover several kinds of event of one service (Google Drive, Google
 * Calendar, Notion, Microsoft Excel triggers). Each workflow then receives items of one shape;
 * a source the app may not read (an API group missing for inquiries) stops only its own
 * workflows; each source keeps its own position; the editor's node panel lists every choice as an
 * action of this trigger. The default is what the node watched before this selector existed, so
 * saved workflows (which store no default value) keep polling product order changes.
 */
export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Trigger On',
		name: 'triggerOn',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'New Customer Inquiry',
				value: 'customerInquiry',
				description:
					'A buyer asked about an order (고객 문의, Naver Pay inquiries). One item per new inquiry.',
			},
			{
				name: 'New Product Question',
				value: 'productQuestion',
				description:
					'A shopper asked a question on a product page (상품 문의, Q&A). One item per new question.',
			},
			{
				name: 'Product Order Change',
				value: 'productOrderChange',
				description:
					'A product order was paid, dispatched, claimed or otherwise changed (see Events). One item per change.',
			},
			{
				name: 'Product Sent Back by Inspection',
				value: 'productSentBack',
				description:
					"Naver's product inspection (상품 검수) sent a channel product back for correction (수정 요청 상품). One item per product sent back, with Naver's reason and action.",
			},
		],
		default: 'productOrderChange',
		description: 'What starts the workflow',
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		options: CHANGE_TYPES,
		required: true,
		default: ['PAYED'],
		description: 'The product order changes that start the workflow',
		displayOptions: ORDER_CHANGES_ONLY,
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
		displayOptions: ORDER_CHANGES_ONLY,
	},
	{
		displayName: 'Only Unanswered',
		name: 'onlyUnanswered',
		type: 'boolean',
		default: true,
		description:
			'Whether to skip an inquiry or question the store has already answered when the trigger reads it (for example answered in the Seller Center within the safety lag). Off: every new one starts the workflow once, answered or not. Either way each starts it at most once; an answer given later does not start it again.',
		displayOptions: QUESTIONS_ONLY,
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
					'On first activation, also emit the events of this many past hours. 0 starts from the moment of activation.',
				displayOptions: DATED_SOURCES_ONLY,
			},
			{
				displayName: 'Max Events per Poll',
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
					'Events are read only up to this many seconds before now, because Naver may list an order change, an inquiry or a question a little after its date. Raise it if events are ever missed; it delays each event by this much.',
				displayOptions: DATED_SOURCES_ONLY,
			},
		],
	},
];
