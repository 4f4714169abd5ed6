import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { parseIdList } from '../../helpers/batching';
import { toNaverDate } from '../../helpers/naverDate';
import { fetchNumberedPages, springPage } from '../../transport/pages';
import { returnAllAndLimit } from '../common.descriptions';
import { naverDateParameter, toProductNumber } from './shared';
import { readLimit } from '../../helpers/parameters';

/** Naver's largest search page. */
const SEARCH_PAGE_SIZE = 500;

const PRODUCT_STATUS_OPTIONS = [
	{ name: 'Closed', value: 'CLOSE', description: 'CLOSE (판매 종료)' },
	{ name: 'Deleted', value: 'DELETE', description: 'DELETE (삭제)' },
	{ name: 'On Sale', value: 'SALE', description: 'SALE (판매 중)' },
	{ name: 'Out of Stock', value: 'OUTOFSTOCK', description: 'OUTOFSTOCK (품절)' },
	{ name: 'Prohibited', value: 'PROHIBITION', description: 'PROHIBITION (판매 금지)' },
	{ name: 'Rejected', value: 'REJECTION', description: 'REJECTION (승인 거부)' },
	{ name: 'Suspended', value: 'SUSPENSION', description: 'SUSPENSION (판매 중지)' },
	{ name: 'Waiting for Approval', value: 'UNADMISSION', description: 'UNADMISSION (승인 대기)' },
	{ name: 'Waiting for Sale', value: 'WAIT', description: 'WAIT (판매 대기)' },
];

const displayOptions = { show: { resource: ['product'], operation: ['search'] } };

const properties: INodeProperties[] = [
	{
		displayName: 'Search By',
		name: 'searchBy',
		type: 'options',
		default: 'all',
		options: [
			{
				name: 'All Products',
				value: 'all',
				description: 'Every product, narrowed only by the filters',
			},
			{
				name: 'Channel Product Numbers',
				value: 'CHANNEL_PRODUCT_NO',
				description: 'Channel product numbers (채널상품번호), as orders name them in productId',
			},
			{
				name: 'Group Product Numbers',
				value: 'GROUP_PRODUCT_NO',
				description: 'Group product numbers (그룹상품번호)',
			},
			{
				name: 'Origin Product Numbers',
				value: 'PRODUCT_NO',
				description:
					'Origin product numbers (원상품번호), as orders name them in originalProductId',
			},
			{
				name: 'Seller Management Code',
				value: 'SELLER_CODE',
				description: "The seller's own product code (판매자 관리 코드)",
			},
		],
		description: "Which products to look for: Naver's searchKeywordType",
	},
	{
		displayName: 'Channel Product Numbers',
		name: 'channelProductNos',
		type: 'string',
		required: true,
		default: '',
		placeholder: '11000000011, 11000000022',
		displayOptions: { show: { searchBy: ['CHANNEL_PRODUCT_NO'] } },
		description:
			'One or more channel product numbers, separated by commas, or an array mapped from an earlier node',
	},
	{
		displayName: 'Group Product Numbers',
		name: 'groupProductNos',
		type: 'string',
		required: true,
		default: '',
		placeholder: '5000, 5001',
		displayOptions: { show: { searchBy: ['GROUP_PRODUCT_NO'] } },
		description:
			'One or more group product numbers, separated by commas, or an array mapped from an earlier node',
	},
	{
		displayName: 'Origin Product Numbers',
		name: 'originProductNos',
		type: 'string',
		required: true,
		default: '',
		placeholder: '10000000007, 10000000014',
		displayOptions: { show: { searchBy: ['PRODUCT_NO'] } },
		description:
			'One or more origin product numbers, separated by commas, or an array mapped from an earlier node',
	},
	{
		displayName: 'Seller Management Code',
		name: 'sellerManagementCode',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'SKU-00042',
		displayOptions: { show: { searchBy: ['SELLER_CODE'] } },
		description: "The seller's own product code, matched exactly",
	},
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		default: 'channelProducts',
		options: [
			{
				name: 'One Item per Channel Product',
				value: 'channelProducts',
				description:
					"Each channel product (스마트스토어 or 쇼핑윈도) as its own item, with Naver's fields: channelProductNo, originProductNo, channelServiceType, name, statusType, salePrice, discountedPrice, stockQuantity, …",
			},
			{
				name: 'One Item per Origin Product',
				value: 'originProducts',
				description:
					'Each origin product as Naver returns it: originProductNo, groupProductNo and its channelProducts list',
			},
		],
		description:
			'An origin product (원상품) is sold through one channel product per channel, so it can give more than one channel product',
	},
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'From Date',
				name: 'fromDate',
				type: 'dateTime',
				default: '',
				description:
					'First day of the period (Korean date, inclusive). Which date is compared is set by Period Type.',
			},
			{
				displayName: 'Period Type',
				name: 'periodType',
				type: 'options',
				default: 'PROD_REG_DAY',
				options: [
					{ name: 'Last Modified Date', value: 'PROD_MOD_DAY' },
					{ name: 'Registration Date', value: 'PROD_REG_DAY' },
					{ name: 'Sale End Date', value: 'SALE_END_DAY' },
					{ name: 'Sale Start Date', value: 'SALE_START_DAY' },
				],
				description:
					'Which date From Date and To Date apply to. Without it, they apply to the registration date.',
			},
			{
				displayName: 'Statuses',
				name: 'productStatusTypes',
				type: 'multiOptions',
				default: [],
				options: PRODUCT_STATUS_OPTIONS,
				description:
					'Only products in one of these sale statuses. Without it, every status but Deleted.',
			},
			{
				displayName: 'To Date',
				name: 'toDate',
				type: 'dateTime',
				default: '',
				description: 'Last day of the period (Korean date, inclusive)',
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Sort By',
				name: 'orderType',
				type: 'options',
				default: 'NO',
				options: [
					{ name: 'Accumulated Sales', value: 'ACCUMULATE_SALE' },
					{ name: 'Average Review Score', value: 'AVERAGE_REVIEW_SCORE' },
					{ name: 'Highest Price', value: 'HIGH_PRICE' },
					{ name: 'Last Modified Date', value: 'MOD_DATE' },
					{ name: 'Lowest Discounted Price', value: 'LOW_DISCOUNT_PRICE' },
					{ name: 'Lowest Price', value: 'LOW_PRICE' },
					{ name: 'Name', value: 'NAME' },
					{ name: 'Popularity', value: 'POPULARITY' },
					{ name: 'Product Number', value: 'NO' },
					{ name: 'Registration Date', value: 'REG_DATE' },
					{ name: 'Sale End Date', value: 'SALE_END' },
					{ name: 'Sale Start Date', value: 'SALE_START' },
					{ name: 'Seller Management Code', value: 'SELLER_CODE' },
					{ name: 'Total Review Count', value: 'TOTAL_REVIEW_COUNT' },
				],
				description: "The order Naver returns products in (Naver's orderType)",
			},
		],
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

/** One origin product of a search page, with its channel products. */
type SearchContent = IDataObject & { channelProducts?: IDataObject[] };

const KEYWORD_LISTS: Record<string, { parameter: string; field: string; label: string }> = {
	CHANNEL_PRODUCT_NO: {
		parameter: 'channelProductNos',
		field: 'channelProductNos',
		label: 'Channel Product Numbers',
	},
	GROUP_PRODUCT_NO: {
		parameter: 'groupProductNos',
		field: 'groupProductNos',
		label: 'Group Product Numbers',
	},
	PRODUCT_NO: {
		parameter: 'originProductNos',
		field: 'originProductNos',
		label: 'Origin Product Numbers',
	},
};

/** The search body without page and size, from the item's parameters. */
function searchBody(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const node = this.getNode();
	const body: IDataObject = {};
	const searchBy = this.getNodeParameter('searchBy', itemIndex, 'all') as string;
	const list = KEYWORD_LISTS[searchBy];
	if (list) {
		const numbers = parseIdList(this.getNodeParameter(list.parameter, itemIndex)).map((value) =>
			toProductNumber.call(this, value, list.label, itemIndex),
		);
		if (numbers.length === 0) {
			throw new NodeOperationError(node, `Enter at least one number in ${list.label}`, {
				itemIndex,
			});
		}
		body.searchKeywordType = searchBy;
		body[list.field] = numbers;
	} else if (searchBy === 'SELLER_CODE') {
		const code = String(this.getNodeParameter('sellerManagementCode', itemIndex) ?? '').trim();
		if (code === '') {
			throw new NodeOperationError(node, 'Enter the Seller Management Code to search for', {
				itemIndex,
			});
		}
		body.searchKeywordType = searchBy;
		body.sellerManagementCode = code;
	}

	const filters = this.getNodeParameter('filters', itemIndex, {}) as {
		fromDate?: unknown;
		toDate?: unknown;
		periodType?: string;
		productStatusTypes?: string[];
	};
	if (filters.productStatusTypes?.length) body.productStatusTypes = filters.productStatusTypes;
	const hasDate = (value: unknown) => value !== undefined && value !== null && value !== '';
	if (hasDate(filters.fromDate) || hasDate(filters.toDate)) {
		body.periodType = filters.periodType || 'PROD_REG_DAY';
		if (hasDate(filters.fromDate)) {
			body.fromDate = naverDateParameter.call(
				this,
				toNaverDate,
				filters.fromDate,
				'From Date',
				itemIndex,
			);
		}
		if (hasDate(filters.toDate)) {
			body.toDate = naverDateParameter.call(
				this,
				toNaverDate,
				filters.toDate,
				'To Date',
				itemIndex,
			);
		}
	}
	const options = this.getNodeParameter('options', itemIndex, {}) as { orderType?: string };
	if (options.orderType) body.orderType = options.orderType;
	return body;
}

/**
 * Pages through POST /v1/products/search. Naver pages by origin product; Limit counts output
 * items, so with one item per channel product a page can give more items than its size and the
 * surplus is dropped. A search is read-only, so the transport may retry it.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = searchBody.call(this, itemIndex);
	const perChannelProduct =
		this.getNodeParameter('output', itemIndex, 'channelProducts') === 'channelProducts';
	const limit = readLimit.call(this, itemIndex);
	// The page size stays the same on every page, because page N means items (N-1)·size onwards.
	const size = Math.min(SEARCH_PAGE_SIZE, limit);

	const readSpringPage = springPage('contents');
	const results = await fetchNumberedPages.call(this, {
		request: (page) => ({
			method: 'POST',
			path: '/v1/products/search',
			body: { ...body, page, size },
			idempotent: true,
		}),
		read: (pageBody, page) => {
			const { entries, last } = readSpringPage(pageBody, page);
			const contents = entries as SearchContent[];
			return {
				entries: perChannelProduct
					? contents.flatMap((content) => content.channelProducts ?? [])
					: contents,
				last: last || contents.length < size,
			};
		},
		limit,
		itemIndex,
	});
	return results.map((json) => ({ json, pairedItem: { item: itemIndex } }));
}
