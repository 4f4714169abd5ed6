import { listSearchOf } from '../../methods/listSearch';
import type { EndpointField, EndpointRow } from '../endpointTable';
import type { ListSearchMethod } from '../node.type';

/**
 * What a seller looks up while listing a product, as rows of the endpoint table: tags, standard
 * options and purchase option guides of a category, catalogue models, size types and the units of
 * attribute values. Catalogue Data mixes them with its own operations.
 */

/** A category as Naver's pages name it (카테고리 ID), picked among the leaf categories. */
const categoryId = (description: string): EndpointField => ({
	name: 'categoryId',
	displayName: 'Category',
	kind: 'id',
	in: 'query',
	required: true,
	example: '50000830',
	searchListMethod: 'searchLeafCategories',
	description,
});

/** The lookup rows, in the order of their names. */
export const LOOKUP_ROWS: EndpointRow[] = [
	{
		value: 'checkRestrictedTags',
		name: 'Check Restricted Tags',
		description:
			'Read-only: tells for each tag whether Naver restricts it (제한 태그) and so would not let a product carry it; one item per tag',
		action: 'Check restricted tags',
		method: 'GET',
		path: '/v2/tags/restricted-tags',
		fields: [
			{
				name: 'tags',
				displayName: 'Tags',
				kind: 'textList',
				in: 'query',
				entries: 'text',
				required: true,
				example: '선물추천, 무료배송',
				// Sent as one query parameter per tag (tags=a&tags=b), as the page's string[] is.
				description:
					'The tags to check, separated by commas (or an array mapped from an earlier node)',
			},
		],
		writes: false,
		output: { kind: 'entries' },
	},
	{
		value: 'getAttributeValueUnits',
		name: 'Get Attribute Value Units',
		description:
			'Read-only: gets the units attribute values are given in (속성값 단위: ml, kg, cm, …), one item per unit with its code',
		action: 'Get attribute value units',
		method: 'GET',
		path: '/v1/product-attributes/attribute-value-units',
		fields: [],
		writes: false,
		output: { kind: 'entries' },
	},
	{
		value: 'getCatalogueModel',
		name: 'Get Catalogue Model',
		description:
			"Read-only: gets one model of Naver's catalogue (카탈로그) by its ID, with its category, brand and manufacturer",
		action: 'Get a catalogue model',
		method: 'GET',
		path: '/v1/product-models/{id}',
		fields: [
			{
				name: 'id',
				displayName: 'Catalogue Model ID',
				kind: 'id',
				in: 'path',
				required: true,
				example: '41000000101',
				searchListMethod: 'searchCatalogueModels',
				description:
					'The catalogue model (카탈로그 ID), as Search Catalogue Models returns it in id; a product names it in naverShoppingSearchInfo.modelId',
			},
		],
		writes: false,
	},
	{
		value: 'getPurchaseOptionGuides',
		name: 'Get Purchase Option Guides',
		description:
			'Read-only: gets whether a leaf category takes group products (useOptionYn) and the purchase option guides (판매 옵션 가이드) a group product of it is built on, in one item',
		action: 'Get the purchase option guides of a category',
		method: 'GET',
		path: '/v2/standard-purchase-option-guides',
		fields: [
			categoryId(
				'The leaf category (리프 카테고리) whose purchase option guides to return: pick it by its full path or give its ID',
			),
		],
		writes: false,
	},
	{
		value: 'getRecommendedTags',
		name: 'Get Recommended Tags',
		description:
			'Read-only: gets the tags Naver recommends for a keyword (추천 태그), one item per tag with its code (none for a tag typed freely)',
		action: 'Get recommended tags',
		method: 'GET',
		path: '/v2/tags/recommend-tags',
		fields: [
			{
				name: 'keyword',
				displayName: 'Keyword',
				kind: 'text',
				in: 'query',
				required: true,
				example: '선물',
				description: 'The keyword to find tags for',
			},
		],
		writes: false,
		output: { kind: 'entries' },
	},
	{
		value: 'getSizeType',
		name: 'Get Size Type',
		description:
			'Read-only: gets one size type (사이즈 타입) with how it is measured, its unit and the sizes (value types) it lists',
		action: 'Get a size type',
		method: 'GET',
		path: '/v1/product-sizes/{sizeTypeId}',
		fields: [
			{
				name: 'sizeTypeId',
				displayName: 'Size Type ID',
				kind: 'id',
				in: 'path',
				required: true,
				example: '1',
				searchListMethod: 'searchSizeTypes',
				description: 'The size type (사이즈 타입 번호), as Get Size Types returns it in id',
			},
		],
		writes: false,
	},
	{
		value: 'getSizeTypes',
		name: 'Get Size Types',
		description:
			'Read-only: gets every size type (사이즈 타입) a size chart can use, one item per type with its value types',
		action: 'Get size types',
		method: 'GET',
		path: '/v1/product-sizes',
		fields: [],
		writes: false,
		output: { kind: 'entries' },
	},
	{
		value: 'getStandardOptions',
		name: 'Get Standard Options',
		description:
			"Read-only: gets a category's standard options (표준형 옵션): whether it uses them and their groups, such as colours and sizes, with the values each can take",
		action: 'Get the standard options of a category',
		method: 'GET',
		path: '/v1/options/standard-options',
		fields: [
			// The page says only "카테고리 ID"; From List offers the leaf categories products are made in.
			categoryId(
				'The category whose standard options to return: pick it by its full path or give its ID',
			),
		],
		writes: false,
		output: { kind: 'entries' },
	},
	{
		value: 'searchCatalogueModels',
		name: 'Search Catalogue Models',
		description:
			"Read-only: finds models in Naver's catalogue (카탈로그) by name, one item per model with its ID, category, brand and manufacturer",
		action: 'Search catalogue models',
		method: 'GET',
		path: '/v1/product-models',
		fields: [
			{
				name: 'name',
				displayName: 'Model Name',
				kind: 'text',
				in: 'query',
				required: true,
				example: '갤럭시 버즈',
				description: 'The name, or part of it, of the models to find',
			},
		],
		writes: false,
		// The page gives 100 as the default size and names no maximum: pages are asked at most that.
		paging: { kind: 'springPage', listField: 'contents', maxSize: 100 },
		output: { kind: 'entries' },
	},
];

/** Catalogue models per page of "From List". */
const MODEL_PAGE_SIZE = 50;

/** Catalogue models by the name typed, which Naver requires: nothing is asked before one is typed. */
const searchCatalogueModels = listSearchOf({
	path: '/v1/product-models',
	filterAs: 'name',
	pages: { listField: 'contents', size: MODEL_PAGE_SIZE },
	valueField: 'id',
	name: (model) =>
		`${String(model.name ?? 'Model')} – ${String(model.brandName ?? '')} (${model.id})`,
});

/** The size types, one answer without pages, kept when the name or ID contains the filter. */
const searchSizeTypes = listSearchOf({
	path: '/v1/product-sizes',
	valueField: 'id',
	name: (type) =>
		`${String(type.name ?? 'Size type')} – ${String(type.sizeUnitType ?? '')} (${type.id})`,
	texts: (type) => [type.name, type.id],
});

/** The "From List" lookups of these rows' IDs. */
export const LOOKUP_LIST_SEARCH: Record<string, ListSearchMethod> = {
	searchCatalogueModels,
	searchSizeTypes,
};
