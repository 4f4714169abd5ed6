import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as bulkUpdate from './bulkUpdate.operation';
import * as changeStatus from './changeStatus.operation';
import * as create from './create.operation';
import * as deleteOperation from './delete.operation';
import * as get from './get.operation';
import * as search from './search.operation';
import * as update from './update.operation';
import * as updateMany from './updateMany.operation';
import * as updateOptionStock from './updateOptionStock.operation';
import * as uploadImages from './uploadImages.operation';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Product',
	value: 'product',
	description:
		'Create, search, read, update and delete products (상품): images, sale status, stock, prices and discounts, one or many at a time',
};

export const operations = {
	bulkUpdate,
	changeStatus,
	create,
	delete: deleteOperation,
	get,
	search,
	update,
	updateMany,
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
				name: 'Bulk Update',
				value: 'bulkUpdate',
				description:
					'Apply one change to many products at once: sale price (set, raise or lower), discount, sale period, delivery, benefits or purchase limits',
				action: 'Bulk update products',
			},
			{
				name: 'Change Status',
				value: 'changeStatus',
				description: 'Put a product on sale, mark it out of stock or suspend its sale',
				action: 'Change the sale status of a product',
			},
			{
				name: 'Create',
				value: 'create',
				description:
					'List a new product (상품 등록) from a guided form: category, name, price, stock, images (URLs or files uploaded first), detail page, delivery, notice, origin and options; anything else as JSON',
				action: 'Create a product',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a product and its channel products; this cannot be undone',
				action: 'Delete a product',
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
				name: 'Update Many',
				value: 'updateMany',
				description:
					'Change the sale price, discount, stock or sale status of many products, each to its own values, in as few requests as possible',
				action: 'Update many products',
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
	...create.description,
	...get.description,
	...deleteOperation.description,
	...changeStatus.description,
	...updateOptionStock.description,
	...update.description,
	...updateMany.description,
	...bulkUpdate.description,
	...uploadImages.description,
];
