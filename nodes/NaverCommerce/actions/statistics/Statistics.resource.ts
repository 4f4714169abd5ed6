import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { matches } from '../../methods/listSearch';
import { naverCommerceRequest } from '../../transport';
import {
	rowsResource,
	type EndpointField,
	type EndpointOutput,
	type EndpointRow,
} from '../endpointTable';
import type { ListSearchMethod } from '../node.type';
import {
	checkCustomerDataRange,
	checkRangeOrder,
	checkRepurchaseRange,
	explainNoSubscription,
	STATISTICS_NUMBER_COLUMNS,
	todayReportRows,
} from './statisticsRules';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Statistics (Brand Store)',
	value: 'statistics',
	description:
		"A brand store's sales, marketing channel, search keyword, shopping and customer reports (API데이터솔루션 subscription)",
};

const BIZDATA = '/v1/bizdata-stats/channels/{channelNo}';

const channelNo: EndpointField = {
	name: 'channelNo',
	displayName: 'Channel',
	kind: 'id',
	in: 'path',
	required: true,
	searchListMethod: 'searchStatisticsChannels',
	example: '12345678',
	description: 'The store channel (channelNo) the report is about',
};

/**
 * The report's days. The customer-data pages give the format (string<yyyy-MM-dd>); the
 * bizdata-stats pages name no format ("조회 시작일"), and yyyy-MM-dd is taken for them too. The
 * category pages' "최대 18개월 전 데이터부터 제공됩니다" says which days have data, not that an
 * earlier start is refused, so a bizdata range is not checked against it (the customer-data
 * pages state it of startDate itself: statisticsRules.ts).
 */
const dateRange: EndpointField[] = [
	{
		name: 'startDate',
		displayName: 'Start Date',
		kind: 'date',
		in: 'query',
		required: true,
		example: '2026-12-01',
		description: 'The first day of the report, as yyyy-MM-dd (Naver keeps 18 months of data)',
	},
	{
		name: 'endDate',
		displayName: 'End Date',
		kind: 'date',
		in: 'query',
		required: true,
		example: '2026-12-07',
		description: 'The last day of the report, as yyyy-MM-dd',
	},
];

/** sales/product/detail's sort, as the page lists it (which order Naver uses without it, it does not say). */
const productSort: EndpointField = {
	name: 'sort',
	displayName: 'Sort By',
	kind: 'options',
	in: 'query',
	options: [
		{ name: "Naver's Order", value: '', description: 'No sort sent' },
		{ name: 'Number of Purchases', value: 'numPurchase' },
		{ name: 'Pay Amount', value: 'payAmount' },
		{ name: 'Product Quantity', value: 'productQuantity' },
		{ name: 'Refunded Pay Amount', value: 'refundPayAmount' },
		{ name: 'Refunded Purchases', value: 'refundNumPurchase' },
		{ name: 'Refunded Quantity', value: 'refundProductQuantity' },
	],
	default: '',
	description: 'Which figure the products are sorted by (sort)',
};

/** A bizdata-stats refusal (its pages document 403 for permission) reads as a subscription hint. */
const bizdataFailure = explainNoSubscription(['403']);
/** The customer-data pages document no 403; 401 is theirs about permission. */
const customerDataFailure = explainNoSubscription(['401']);

const bizdataRows = (field: string): EndpointOutput => ({
	kind: 'rows',
	field,
	dateColumns: ['startDate', 'endDate'],
	dateFields: ['date'],
	numberColumns: STATISTICS_NUMBER_COLUMNS,
});

/** A bizdata-stats report of a channel over a range of days. */
function bizdataReport(
	row: Pick<EndpointRow, 'value' | 'name' | 'description' | 'action'> & {
		path: string;
		listField?: string;
		extraFields?: EndpointField[];
	},
): EndpointRow {
	return {
		value: row.value,
		name: row.name,
		description: row.description,
		action: row.action,
		method: 'GET',
		path: `${BIZDATA}${row.path}`,
		fields: [channelNo, ...dateRange, ...(row.extraFields ?? [])],
		writes: false,
		output: bizdataRows(row.listField ?? 'rows'),
		check: checkRangeOrder,
		explainFailure: bizdataFailure,
	};
}

/** A customer-data report: a list of daily (or weekly) records, each with its aggregateDate. */
const customerDataRows: EndpointOutput = {
	kind: 'rows',
	dateColumns: ['startDate', 'endDate'],
	dateFields: ['aggregateDate'],
	numberColumns: STATISTICS_NUMBER_COLUMNS,
};

/** The Statistics operations, in the order of their names. */
export const ROWS: EndpointRow[] = [
	bizdataReport({
		value: 'getCategorySalesByChannel',
		name: 'Get Category Sales by Marketing Channel',
		description:
			'Read-only: pay amount per small category (카테고리(소)) and marketing channel over the days, one item per category and channel',
		action: 'Get category sales by marketing channel',
		path: '/sales/product-marketing/category',
	}),
	bizdataReport({
		value: 'getCustomChannels',
		name: 'Get Custom Channels',
		description:
			'Read-only: performance of the custom (nt_ tagged) channels by source, medium, detail, keyword and device over the days, one item per combination',
		action: 'Get custom channel details',
		path: '/marketing/custom/detail',
	}),
	bizdataReport({
		value: 'getCustomChannelsSummary',
		name: 'Get Custom Channels Summary',
		description:
			'Read-only: the top 10 custom (nt_ tagged) channels by source and medium over the days, one item per channel',
		action: 'Get the custom channels summary',
		path: '/marketing/custom/simple',
	}),
	{
		value: 'getCustomerStatus',
		name: 'Get Customer Status',
		description:
			"Read-only: the store account's customers per day (buyers new and returning, gender and age shares, interest, grades, lounge), one item per day",
		action: 'Get the customer status',
		method: 'GET',
		path: '/v1/customer-data/customer-status/account/statistics',
		fields: dateRange,
		writes: false,
		output: customerDataRows,
		check: checkCustomerDataRange,
		explainFailure: customerDataFailure,
	},
	{
		value: 'getChannelCustomerStatus',
		name: 'Get Customer Status by Channel',
		description:
			"Read-only: one channel's customers per day (buyers new and returning, gender and age shares, interest, grades, lounge), one item per day",
		action: 'Get the customer status of a channel',
		method: 'GET',
		path: '/v1/customer-data/customer-status/channels/{channelNo}/statistics',
		fields: [channelNo, ...dateRange],
		writes: false,
		output: customerDataRows,
		check: checkCustomerDataRange,
		explainFailure: customerDataFailure,
	},
	bizdataReport({
		value: 'getDeliveryStats',
		name: 'Get Delivery Statistics',
		description:
			'Read-only: orders, dispatches and deliveries (on time, within 48 hours, delivery time) per day and delivery type, one item per day and type',
		action: 'Get delivery statistics',
		path: '/sales/delivery/detail',
		listField: 'deliveryReport',
	}),
	bizdataReport({
		value: 'getMarketingByHour',
		name: 'Get Marketing by Hour',
		description:
			'Read-only: visits, purchases and pay amount from marketing channels per hour of the day over the days, one item per hour',
		action: 'Get marketing performance by hour',
		path: '/marketing/hourly/simple',
	}),
	bizdataReport({
		value: 'getMarketingChannels',
		name: 'Get Marketing Channels',
		description:
			'Read-only: visits, users, page views, purchases, pay amount and cost per marketing channel and device over the days, one item per channel and device',
		action: 'Get marketing channel details',
		path: '/marketing/all/detail',
	}),
	bizdataReport({
		value: 'getMarketingChannelsDaily',
		name: 'Get Marketing Channels by Day',
		description:
			'Read-only: visits and pay amount of the top 10 marketing channels per day, one item per day and channel',
		action: 'Get marketing channels by day',
		path: '/marketing/all/daily',
	}),
	bizdataReport({
		value: 'getMarketingChannelsByHour',
		name: 'Get Marketing Channels by Hour',
		description:
			'Read-only: the top 100 marketing channels per day of the week, hour and device over the days, one item per combination',
		action: 'Get marketing channels by hour',
		path: '/marketing/hourly/detail',
	}),
	bizdataReport({
		value: 'getPageViews',
		name: 'Get Page Views',
		description:
			'Read-only: page views and time on page per page (URL) of the store over the days, one item per page',
		action: 'Get page views',
		path: '/shopping/page/detail',
	}),
	bizdataReport({
		value: 'getProductSales',
		name: 'Get Product Sales',
		description:
			'Read-only: purchases, quantities, pay amounts, coupons and refunds per product over the days, one item per product',
		action: 'Get product sales',
		path: '/sales/product/detail',
		listField: 'productUnitReport',
		extraFields: [productSort],
	}),
	bizdataReport({
		value: 'getProductSalesByChannel',
		name: 'Get Product Sales by Marketing Channel',
		description:
			'Read-only: purchases and pay amount per product and marketing channel over the days, one item per product and channel',
		action: 'Get product sales by marketing channel',
		path: '/sales/product-marketing/detail',
	}),
	bizdataReport({
		value: 'getProductSalesBySearch',
		name: 'Get Product Sales by Search Channel',
		description:
			'Read-only: purchases and pay amount per product, search channel and keyword over the days, one item per combination',
		action: 'Get product sales by search channel',
		path: '/sales/product-search/detail',
	}),
	bizdataReport({
		value: 'getProductViews',
		name: 'Get Product Views',
		description:
			'Read-only: the top 20 products by detail page views over the days with the quantity sold, one item per product',
		action: 'Get product views',
		path: '/shopping/product/detail',
	}),
	{
		value: 'getRepurchase',
		name: 'Get Repurchase',
		description:
			"Read-only: the store's weekly buyers and returning buyers with their amounts and shares, one item per week (the range must hold a Monday)",
		action: 'Get repurchase statistics',
		method: 'GET',
		path: '/v1/customer-data/repurchase/account/statistics',
		fields: dateRange,
		writes: false,
		output: customerDataRows,
		check: checkRepurchaseRange,
		explainFailure: customerDataFailure,
	},
	bizdataReport({
		value: 'getSalesByHour',
		name: 'Get Sales by Hour',
		description:
			'Read-only: purchases, buyers, quantities, pay amounts (mobile, subscription), delivery cost and refunds per day and hour, one item per day and hour',
		action: 'Get sales by hour',
		path: '/sales/hourly/detail',
	}),
	bizdataReport({
		value: 'getSearchChannels',
		name: 'Get Search Channels',
		description:
			'Read-only: visits, users, page views, purchases and pay amount per search channel, keyword and device over the days, one item per combination',
		action: 'Get search channel details',
		path: '/marketing/search/detail',
	}),
	bizdataReport({
		value: 'getSearchKeywords',
		name: 'Get Search Keywords',
		description:
			'Read-only: the top 10 search keywords by visits, purchases and pay amount over the days, one item per keyword',
		action: 'Get search keywords',
		path: '/marketing/search/keyword',
	}),
	bizdataReport({
		value: 'getProductSearchKeywords',
		name: 'Get Search Keywords by Product',
		description:
			'Read-only: the top search keywords of the top products by pay amount over the days, one item per product and keyword',
		action: 'Get search keywords by product',
		path: '/sales/product-search/keyword-by-product',
	}),
	{
		value: 'getTodayReport',
		name: "Get Today's Report",
		description:
			"Read-only: today's pay amount and visits so far with their breakdown by hour, product and channel, one item per total and per breakdown entry",
		action: 'Get the report for today so far',
		method: 'GET',
		path: `${BIZDATA}/realtime/daily`,
		fields: [channelNo],
		writes: false,
		output: { kind: 'rows', toRows: todayReportRows, numberColumns: STATISTICS_NUMBER_COLUMNS },
		explainFailure: bizdataFailure,
	},
	bizdataReport({
		value: 'getWebsiteChannels',
		name: 'Get Website Channels',
		description:
			'Read-only: visits, users, page views, purchases and pay amount per referring website and device over the days, one item per website and device',
		action: 'Get website channel details',
		path: '/marketing/website/detail',
	}),
	bizdataReport({
		value: 'getWebsiteChannelsDaily',
		name: 'Get Website Channels by Day',
		description: 'Read-only: visits from websites per day, one item per day',
		action: 'Get website channels by day',
		path: '/marketing/website/daily',
	}),
];

/** The store's channels for "From List" (Naver's page shows one object; a list is read alike). */
async function searchStatisticsChannels(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const response = await naverCommerceRequest.call(this, {
		method: 'GET',
		path: '/v1/seller/channels',
		idempotent: true,
	});
	const body = response.body;
	const channels = (Array.isArray(body) ? body : [body]).filter(
		(entry): entry is IDataObject =>
			entry !== null && typeof entry === 'object' && entry.channelNo !== undefined,
	);
	return {
		results: channels
			.filter((channel) =>
				matches(filter, [channel.name, channel.channelNo, channel.channelType, channel.url]),
			)
			.map((channel) => ({
				name: `${String(channel.name ?? 'Channel')} (${String(channel.channelType ?? '')} ${String(channel.channelNo)})`,
				value: String(channel.channelNo),
			})),
	};
}

export const listSearch: Record<string, ListSearchMethod> = { searchStatisticsChannels };

export const { operations, description } = rowsResource(
	'statistics',
	ROWS,
	'getMarketingChannelsDaily',
);
