import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { operationSelector, rowOperation } from '../endpointTable';
import type { OperationModule } from '../node.type';
import * as getAddressBook from './getAddressBook.operation';
import * as getAddressBooks from './getAddressBooks.operation';
import * as getCategories from './getCategories.operation';
import * as getCategory from './getCategory.operation';
import * as getCategoryAttributes from './getCategoryAttributes.operation';
import * as getDeliveryBundleGroups from './getDeliveryBundleGroups.operation';
import * as getNoticeType from './getNoticeType.operation';
import * as getNoticeTypes from './getNoticeTypes.operation';
import * as getOriginAreas from './getOriginAreas.operation';
import * as getReturnCouriers from './getReturnCouriers.operation';
import { LOOKUP_LIST_SEARCH, LOOKUP_ROWS } from './lookupRows';
import * as searchBrands from './searchBrands.operation';
import * as searchManufacturers from './searchManufacturers.operation';

/** The lookups that are rows of the endpoint table, by their Operation value. */
const lookups = Object.fromEntries(
	LOOKUP_ROWS.map((row) => [row.value, rowOperation('catalogueData', row)]),
);

/** The From List lookups of the lookup rows' IDs (catalogue models, size types). */
export const listSearch = LOOKUP_LIST_SEARCH;

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Catalogue Data',
	value: 'catalogueData',
	description:
		"Look up what creating a product takes: categories, attributes, options, tags, notice types, origin codes, brands, catalogue models, sizes and the seller's addresses, bundle groups and return couriers",
};

export const operations = {
	...lookups,
	getAddressBook,
	getAddressBooks,
	getCategories,
	getCategory,
	getCategoryAttributes,
	getDeliveryBundleGroups,
	getNoticeType,
	getNoticeTypes,
	getOriginAreas,
	getReturnCouriers,
	searchBrands,
	searchManufacturers,
} satisfies Record<string, OperationModule>;

/** The Operation options, in the order of their names. */
const OPTIONS: INodePropertyOptions[] = [
	lookups.checkRestrictedTags.option,
	{
		name: 'Get Address Book Entries',
		value: 'getAddressBooks',
		description:
			"Get the entries of the seller's address book, all or only the shipping (출고지) or return (반품/교환지) addresses",
		action: 'Get address book entries',
	},
	{
		name: 'Get Address Book Entry',
		value: 'getAddressBook',
		description:
			"Get one entry of the seller's address book (주소록) by its number: name, type, address and phone numbers",
		action: 'Get an address book entry',
	},
	lookups.getAttributeValueUnits.option,
	lookups.getCatalogueModel.option,
	{
		name: 'Get Categories',
		value: 'getCategories',
		description:
			"Get Naver's product categories: all, only the leaf ones products are created in, or the sub-categories of one",
		action: 'Get categories',
	},
	{
		name: 'Get Category',
		value: 'getCategory',
		description:
			'Get one category with its whole name, whether it is a leaf, its exceptional types and the certifications its products can declare',
		action: 'Get a category',
	},
	{
		name: 'Get Category Attributes',
		value: 'getCategoryAttributes',
		description:
			'Get the product attributes (속성) of a leaf category, with the values each can take',
		action: 'Get the attributes of a category',
	},
	{
		name: 'Get Delivery Bundle Groups',
		value: 'getDeliveryBundleGroups',
		description:
			"Get the seller's delivery bundle groups (묶음배송 그룹) with how their fees are charged",
		action: 'Get delivery bundle groups',
	},
	{
		name: 'Get Notice Type',
		value: 'getNoticeType',
		description:
			'Get one product information notice type (상품정보제공고시 상품군) with the fields a seller fills',
		action: 'Get a notice type',
	},
	{
		name: 'Get Notice Types',
		value: 'getNoticeTypes',
		description:
			"Get the product information notice types, all or those Naver recommends for a category's products",
		action: 'Get notice types',
	},
	{
		name: 'Get Origin Areas',
		value: 'getOriginAreas',
		description: 'Get origin area codes (원산지 코드): all, by code or name, or those under a code',
		action: 'Get origin areas',
	},
	lookups.getPurchaseOptionGuides.option,
	lookups.getRecommendedTags.option,
	{
		name: 'Get Return Couriers',
		value: 'getReturnCouriers',
		description:
			'Get the return couriers the seller has contracts with (반품/교환 택배사) and their priority',
		action: 'Get return couriers',
	},
	lookups.getSizeType.option,
	lookups.getSizeTypes.option,
	lookups.getStandardOptions.option,
	{
		name: 'Search Brands',
		value: 'searchBrands',
		description: "Find brands in Naver's brand dictionary by name, with their IDs",
		action: 'Search brands',
	},
	lookups.searchCatalogueModels.option,
	{
		name: 'Search Manufacturers',
		value: 'searchManufacturers',
		description: "Find manufacturers in Naver's manufacturer dictionary by name",
		action: 'Search manufacturers',
	},
];

export const description: INodeProperties[] = [
	operationSelector('catalogueData', OPTIONS, 'getCategories'),
	...getAddressBook.description,
	...getAddressBooks.description,
	...getCategories.description,
	...getCategory.description,
	...getCategoryAttributes.description,
	...getDeliveryBundleGroups.description,
	...getNoticeType.description,
	...getNoticeTypes.description,
	...getOriginAreas.description,
	...getReturnCouriers.description,
	...searchBrands.description,
	...searchManufacturers.description,
	...Object.values(lookups).flatMap((lookup) => lookup.description),
];
