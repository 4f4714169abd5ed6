import type { INodePropertyOptions } from 'n8n-workflow';

import { listSearchOf } from '../../methods/listSearch';
import { rowsResource, type EndpointField, type EndpointRow } from '../endpointTable';
import type { ListSearchMethod } from '../node.type';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Logistics SKU',
	value: 'logisticsSku',
	description:
		'The SKUs (재고 관리 단위) of the N delivery logistics service and the products they map to',
};

const SKU_PATH = '/v1/logistics/products/sellers/me/skus';

/**
 * The pages' formats: a SKU ID is "영문/숫자 조합, 영문 대/소문자 구분, SKU ID 당 최대 20자", a
 * barcode "영문/숫자/공백/하이픈(-)/언더스코어(_)/온점(.) 조합 가능, … 최대 100자".
 */
const SKU_ID = { regex: '[A-Za-z0-9]{1,20}', says: 'letters and digits (at most 20)' };
const BARCODE = {
	regex: '[A-Za-z0-9 ._-]{1,100}',
	says: "letters, digits, spaces, '-', '_' or '.' (at most 100)",
};

const skuId: EndpointField = {
	name: 'nsId',
	displayName: 'SKU ID',
	// Letters and digits, so not the table's `id` (digits): text with the pages' pattern.
	kind: 'text',
	in: 'path',
	required: true,
	pattern: SKU_ID,
	searchListMethod: 'searchSkus',
	example: 'NS12345678',
	description: 'The SKU, by the nsId (letters and digits, at most 20) that Get Many returns',
};

const SEARCH_FIELDS: EndpointField[] = [
	{
		name: 'searchKeywordType',
		displayName: 'Search By',
		kind: 'options',
		in: 'body',
		options: [
			{ name: 'Barcode', value: 'BARCODE', description: 'The SKUs with the barcodes given' },
			{ name: 'Everything', value: '', description: 'Every SKU (within the period, if any)' },
			{ name: 'SKU ID', value: 'NS_ID', description: 'The SKUs with the SKU IDs given' },
		],
		default: '',
		description: 'Whether to look SKUs up by SKU ID or by barcode (searchKeywordType)',
	},
	{
		name: 'nsIds',
		displayName: 'SKU IDs',
		kind: 'textList',
		in: 'body',
		entries: 'text',
		pattern: SKU_ID,
		// "NS_ID 선택 시, SKU ID를 입력합니다."
		required: true,
		showWhen: { searchKeywordType: ['NS_ID'] },
		example: 'NS12345678, NS87654321',
		description:
			'The SKU IDs to look up, separated by commas (or an array mapped from an earlier node)',
	},
	{
		name: 'nsBarcodes',
		displayName: 'Barcodes',
		kind: 'textList',
		in: 'body',
		entries: 'text',
		pattern: BARCODE,
		// "BARCODE 선택 시, 바코드를 입력합니다."
		required: true,
		showWhen: { searchKeywordType: ['BARCODE'] },
		example: '8801234567890, 8809876543210',
		description:
			'The barcodes to look up, separated by commas (or an array mapped from an earlier node); letters and case count',
	},
	{
		name: 'periodType',
		displayName: 'Period Of',
		kind: 'options',
		in: 'body',
		options: [
			{ name: 'Any Time', value: '', description: 'No period' },
			{ name: 'Change Date', value: 'SKU_MOD_DAY', description: 'When the SKU last changed' },
			{ name: 'Registration Date', value: 'SKU_REG_DAY', description: 'When the SKU was made' },
		],
		default: '',
		description: 'Which date of the SKUs the period is about (periodType)',
	},
	// The page says a date is entered for the period type chosen, not whether both ends are
	// needed: neither is required here, and Naver answers what it makes of one end alone.
	{
		name: 'fromDate',
		displayName: 'From Date',
		// "'yyyy-mm-dd' 형식"
		kind: 'date',
		in: 'body',
		showWhen: { periodType: ['SKU_REG_DAY', 'SKU_MOD_DAY'] },
		example: '2026-12-01',
		description: 'The first day of the period, as yyyy-mm-dd',
	},
	{
		name: 'toDate',
		displayName: 'To Date',
		// "'yyyy-mm-dd' 형식"
		kind: 'date',
		in: 'body',
		showWhen: { periodType: ['SKU_REG_DAY', 'SKU_MOD_DAY'] },
		example: '2026-12-31',
		description: 'The last day of the period, as yyyy-mm-dd',
	},
	{
		name: 'orderType',
		displayName: 'Order By',
		kind: 'options',
		in: 'body',
		// The page names the two orders; which one Naver uses when none is sent it does not say.
		options: [
			{ name: 'Change Date', value: 'MODIFICATION' },
			{ name: 'Registration Date', value: 'REGISTRATION' },
		],
		default: 'MODIFICATION',
		description: 'Which date the SKUs are sorted by (orderType)',
	},
];

/** The Logistics SKU operations, in the order of their names. */
export const ROWS: EndpointRow[] = [
	{
		value: 'get',
		name: 'Get',
		description:
			'Read-only: gets one SKU with its barcode, storage temperature, sizes, weight and linked logistics companies',
		action: 'Get a SKU',
		method: 'GET',
		path: `${SKU_PATH}/{nsId}`,
		fields: [skuId],
		writes: false,
	},
	{
		value: 'getMany',
		name: 'Get Many',
		description:
			"Read-only: searches the store's SKUs by SKU ID, barcode or period, one item per SKU with how many products it is linked to",
		action: 'Get many SKU records',
		// A search Naver takes as a POST: its criteria and the page are in the body.
		method: 'POST',
		path: `${SKU_PATH}/query-paged-list`,
		fields: SEARCH_FIELDS,
		writes: false,
		// "페이지당 최대 500건까지 조회할 수 있습니다", and at most 100,000 rows in all (page × size):
		// Return All on a store with more SKUs is refused by Naver past that row.
		paging: { kind: 'springPage', listField: 'content', maxSize: 500, in: 'body' },
		output: { kind: 'entries' },
	},
	{
		value: 'getProductMappings',
		name: 'Get Product Mappings',
		description:
			'Read-only: lists the channel products and options a SKU is linked to, with how many of it leave per order',
		action: 'Get the products linked to a SKU',
		method: 'GET',
		path: `${SKU_PATH}/{nsId}/product-mappings`,
		fields: [skuId],
		writes: false,
		// "페이지 크기 (1-500)", at most 100,000 rows in all.
		paging: { kind: 'springPage', listField: 'content', maxSize: 500 },
		output: { kind: 'entries' },
	},
];

/** SKUs for "From List": most recently changed first, filtered by ID, name or barcode. */
export const listSearch: Record<string, ListSearchMethod> = {
	searchSkus: listSearchOf({
		method: 'POST',
		path: `${SKU_PATH}/query-paged-list`,
		fixed: { orderType: 'MODIFICATION' },
		pages: { listField: 'content', size: 50 },
		valueField: 'nsId',
		name: (sku) => `${String(sku.nsName ?? 'SKU')} (${String(sku.nsId)})`,
		texts: (sku) => [sku.nsId, sku.nsName, sku.nsBarcode],
	}),
};

export const { operations, description } = rowsResource('logisticsSku', ROWS, 'get');
