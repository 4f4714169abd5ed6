import type {
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { springListPage } from '../../methods/listSearch';
import {
	operationSelector,
	rowOperation,
	type EndpointField,
	type EndpointRow,
	type RowOperation,
} from '../endpointTable';
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
 * barcode "영문/숫자/공백/하이픈(-)/언더스코어(_)/온점(.) 조합 가능, … 최대 100자", a search date
 * "'yyyy-mm-dd' 형식". The endpoint table has no text patterns or plain dates yet, so these are
 * checked here, before the row's request (see `checkedFirst`).
 */
const SKU_ID = /^[A-Za-z0-9]{1,20}$/;
const BARCODE = /^[A-Za-z0-9 ._-]{1,100}$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const skuId: EndpointField = {
	name: 'nsId',
	displayName: 'SKU ID',
	// Letters and digits, so not the table's `id` (digits); the From List locator replaces it.
	kind: 'text',
	in: 'path',
	required: true,
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
		kind: 'text',
		in: 'body',
		showWhen: { periodType: ['SKU_REG_DAY', 'SKU_MOD_DAY'] },
		example: '2026-12-01',
		description: 'The first day of the period, as yyyy-mm-dd',
	},
	{
		name: 'toDate',
		displayName: 'To Date',
		kind: 'text',
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
async function searchSkus(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await springListPage.call(this, {
		request: (page) => ({
			method: 'POST',
			path: `${SKU_PATH}/query-paged-list`,
			body: { orderType: 'MODIFICATION', page, size: 50 },
			idempotent: true,
		}),
		listField: 'content',
		filter,
		paginationToken,
		toResult: (sku) => ({
			name: `${String(sku.nsName ?? 'SKU')} (${String(sku.nsId)})`,
			value: String(sku.nsId),
			texts: [sku.nsId, sku.nsName, sku.nsBarcode],
		}),
	});
}

export const listSearch: Record<string, ListSearchMethod> = { searchSkus };

/** The SKU ID as a person picks it: From List, or By ID (letters and digits, not the digits of idLocatorField). */
function skuIdLocator(base: INodeProperties): INodeProperties {
	return {
		displayName: base.displayName,
		name: base.name,
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description: base.description,
		displayOptions: base.displayOptions,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchSkus', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'NS12345678',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '\\s*[A-Za-z0-9]{1,20}\\s*',
							errorMessage: 'SKU ID: letters and digits, at most 20, such as NS12345678',
						},
					},
				],
			},
		],
	};
}

/** Refuses what the pages' formats rule out, before the row's request. */
function checkInputs(this: IExecuteFunctions, row: EndpointRow, itemIndex: number) {
	const refuse = (message: string) =>
		new NodeOperationError(this.getNode(), message, { itemIndex });
	const text = (name: string) =>
		String(this.getNodeParameter(name, itemIndex, '', { extractValue: true }) ?? '').trim();
	const list = (name: string) => {
		const raw = this.getNodeParameter(name, itemIndex, '') as unknown;
		return (Array.isArray(raw) ? raw : String(raw ?? '').split(','))
			.map((entry) => String(entry).trim())
			.filter((entry) => entry !== '');
	};
	if (row.fields.includes(skuId)) {
		const id = text('nsId');
		if (id !== '' && !SKU_ID.test(id)) {
			throw refuse(`SKU ID must be letters and digits (at most 20), not ${JSON.stringify(id)}`);
		}
	}
	if (row.value !== 'getMany') return;
	const searchBy = text('searchKeywordType');
	if (searchBy === 'NS_ID') {
		const bad = list('nsIds').find((id) => !SKU_ID.test(id));
		if (bad !== undefined) {
			throw refuse(
				`Each of SKU IDs must be letters and digits (at most 20), not ${JSON.stringify(bad)}`,
			);
		}
	}
	if (searchBy === 'BARCODE') {
		const bad = list('nsBarcodes').find((barcode) => !BARCODE.test(barcode));
		if (bad !== undefined) {
			throw refuse(
				`Each of Barcodes must be letters, digits, spaces, '-', '_' or '.' (at most 100), not ${JSON.stringify(bad)}`,
			);
		}
	}
	if (text('periodType') !== '') {
		for (const [name, label] of [
			['fromDate', 'From Date'],
			['toDate', 'To Date'],
		]) {
			const day = text(name);
			if (day === '') continue;
			const [year, month, date] = DAY.exec(day)?.slice(1).map(Number) ?? [];
			// A day that does not exist (2026-02-30) rolls over in Date.UTC: compare it back.
			const check = new Date(Date.UTC(year, month - 1, date));
			const real = check.getUTCMonth() === month - 1 && check.getUTCDate() === date;
			if (!real)
				throw refuse(
					`${label} must be a day as yyyy-mm-dd, such as 2026-12-01, not ${JSON.stringify(day)}`,
				);
		}
	}
}

/** A row's operation that checks the pages' formats first, with its SKU ID as a locator. */
function checkedFirst(row: EndpointRow): RowOperation {
	const operation = rowOperation('logisticsSku', row);
	return {
		...operation,
		description: operation.description.map((property) =>
			property.name === skuId.name ? skuIdLocator(property) : property,
		),
		async execute(this: IExecuteFunctions, itemIndex: number) {
			checkInputs.call(this, row, itemIndex);
			return await operation.execute.call(this, itemIndex);
		},
	};
}

export const operations: Record<string, RowOperation> = Object.fromEntries(
	ROWS.map((row) => [row.value, checkedFirst(row)]),
);

export const description: INodeProperties[] = [
	operationSelector(
		'logisticsSku',
		Object.values(operations).map((operation) => operation.option),
		'get',
	),
	...Object.values(operations).flatMap((operation) => operation.description),
];
