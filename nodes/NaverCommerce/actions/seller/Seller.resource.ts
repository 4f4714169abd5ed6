import type { INodePropertyOptions } from 'n8n-workflow';

import { rowsResource, type EndpointRow } from '../endpointTable';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Seller',
	value: 'seller',
	description:
		"Read the store's account, sales channels, logistics companies and warehouses; read and set same-day dispatch (오늘출발)",
};

const WEEKDAYS: INodePropertyOptions[] = [
	{ name: 'Friday', value: 'FRIDAY' },
	{ name: 'Monday', value: 'MONDAY' },
	{ name: 'None', value: '', description: 'No weekly day off' },
	{ name: 'Thursday', value: 'THURSDAY' },
	{ name: 'Tuesday', value: 'TUESDAY' },
	{ name: 'Wednesday', value: 'WEDNESDAY' },
];

/** The Seller operations, in the order of their names. The credential decides whose store it is. */
export const ROWS: EndpointRow[] = [
	{
		value: 'getAccount',
		name: 'Get Account',
		description: "Read-only: gets the store's account ID, account UID and seller grade",
		action: 'Get the seller account',
		method: 'GET',
		path: '/v1/seller/account',
		fields: [],
		writes: false,
	},
	{
		value: 'getChannels',
		name: 'Get Channels',
		description:
			"Read-only: gets the store's sales channels (SmartStore, shopping window) with their numbers, names and URLs, one item per channel",
		action: 'Get the seller channels',
		method: 'GET',
		path: '/v1/seller/channels',
		fields: [],
		writes: false,
		// Naver's reference shows one channel object while a store can hold several channels: both
		// shapes become one item per channel.
		output: { kind: 'entries' },
	},
	{
		value: 'getLogisticsCompanies',
		name: 'Get Logistics Companies',
		description:
			'Read-only: gets the logistics companies (물류사) the store is linked with, one item per company: logisticsCompanyId, logisticsCompanyName and deliveryTypes',
		action: 'Get the logistics companies',
		method: 'GET',
		path: '/v1/logistics/logistics-companies',
		fields: [],
		writes: false,
		output: { kind: 'entries', field: 'logisticsCompanies' },
	},
	{
		value: 'getOutboundLocations',
		name: 'Get Outbound Locations',
		description:
			"Read-only: gets the store's warehouses (판매자 창고), one item per location: outboundLocationId, outboundLocationName and the delivery alliances mapped to it",
		action: 'Get the outbound locations',
		method: 'GET',
		path: '/v1/logistics/outbound-locations',
		fields: [],
		writes: false,
		output: { kind: 'entries' },
	},
	{
		value: 'getSameDayDispatch',
		name: 'Get Same-Day Dispatch',
		description:
			"Read-only: gets the store's same-day dispatch settings (오늘출발): the cut-off hour and minute, the weekly day off, the store's days off and the reason",
		action: 'Get the same day dispatch settings',
		method: 'GET',
		path: '/v1/seller/this-day-dispatch',
		fields: [],
		writes: false,
	},
	{
		value: 'setSameDayDispatch',
		name: 'Set Same-Day Dispatch',
		description:
			"Writes: sets the store's same-day dispatch (오늘출발): orders paid by the cut-off time leave the same day. Replaces the cut-off, the weekly day off and the days off.",
		action: 'Set the same day dispatch settings',
		method: 'POST',
		path: '/v1/seller/this-day-dispatch',
		fields: [
			{
				name: 'basisHour',
				displayName: 'Cut-Off Hour',
				kind: 'number',
				in: 'body',
				required: true,
				min: 0,
				max: 23,
				default: 14,
				description: 'The hour (0–23, KST) until which paid orders leave the same day',
			},
			{
				name: 'basisMinute',
				displayName: 'Cut-Off Minute',
				kind: 'number',
				in: 'body',
				required: true,
				min: 0,
				max: 59,
				default: 0,
				description: 'The minute (0–59) of the cut-off hour',
			},
			{
				name: 'holidayOfTheWeek',
				displayName: 'Weekly Day Off',
				kind: 'options',
				in: 'body',
				options: WEEKDAYS,
				default: '',
				description:
					'A weekday on which nothing leaves the same day. Naver does not take Saturday or Sunday.',
			},
			{
				name: 'sellerHolidays',
				displayName: 'Days Off',
				kind: 'textList',
				in: 'body',
				entries: 'text',
				example: '2026-12-31, 2027-01-01',
				description:
					"The store's days off, separated by commas (or an array mapped from an earlier node)",
			},
			{
				name: 'reason',
				displayName: 'Reason',
				kind: 'text',
				in: 'body',
				required: true,
				description: 'Why the settings change, as Naver asks for it',
			},
		],
		writes: true,
	},
];

const built = rowsResource('seller', ROWS, 'getAccount');

export const operations = built.operations;
export const description = built.description;
