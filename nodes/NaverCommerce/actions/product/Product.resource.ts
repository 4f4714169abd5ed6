import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as changeStatus from './changeStatus.operation';
import * as get from './get.operation';
import * as search from './search.operation';
import * as update from './update.operation';
import * as updateOptionStock from './updateOptionStock.operation';
import * as uploadImages from './uploadImages.operation';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Product',
	value: 'product',
	description: 'Search, read and update products (상품): sale status, option stock and prices',
};

export const operations = {
	changeStatus,
	get,
	search,
	update,
	updateOptionStock,
	uploadImages,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['product'] } },
		options: [
			{
				name: 'Change Status',
				value: 'changeStatus',
				description: 'Put a product on sale, mark it out of stock or suspend its sale',
				action: 'Change the sale status of a product',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get everything about one product by its origin product number',
				action: 'Get a product',
			},
			{
				name: 'Search',
				value: 'search',
				description:
					'Find products by number, seller code, status or date, one item per channel or origin product',
				action: 'Search products',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Replace a product with the edited JSON of a previous Get (advanced)',
				action: 'Update a product',
			},
			{
				name: 'Update Option Stock and Price',
				value: 'updateOptionStock',
				description:
					'Change the stock, price or availability of some options (combination or standard), the sale price or the immediate discount; everything you do not mention keeps its value',
				action: 'Update option stock and prices of a product',
			},
			{
				name: 'Upload Images',
				value: 'uploadImages',
				description:
					"Upload each item's image files (JPG, GIF, PNG, BMP) to Naver and get the image URLs that creating or updating a product requires",
				action: 'Upload product images',
			},
		],
		default: 'search',
	},
	...search.description,
	...get.description,
	...changeStatus.description,
	...updateOptionStock.description,
	...update.description,
	...uploadImages.description,
];
