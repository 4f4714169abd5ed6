import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { readLimit } from '../../helpers/parameters';
import { naverCommerceRequest } from '../../transport';
import { fetchCategories } from '../../transport/catalogue';
import { returnAllAndLimit } from '../common.descriptions';
import { categoryField, itemsOf, listBody, readCategoryId } from './common';

const displayOptions = { show: { resource: ['catalogueData'], operation: ['getCategories'] } };

const properties: INodeProperties[] = [
	{
		displayName: 'Categories',
		name: 'categoryScope',
		type: 'options',
		options: [
			{
				name: 'All',
				value: 'all',
				description: 'Every category of every level, parents before their children',
			},
			{
				name: 'Children of a Category',
				value: 'children',
				description: 'The categories one level below a given category (하위 카테고리)',
			},
			{
				name: 'Leaf Only',
				value: 'leaf',
				description:
					'Only the categories without sub-categories (리프 카테고리): the only ones a product can be created in',
			},
		],
		default: 'leaf',
		description:
			'Which categories to return. Each comes with its ID, name, whole name (such as 패션의류>여성의류>티셔츠) and whether it is a leaf (last).',
	},
	{
		...categoryField({
			name: 'parentCategoryId',
			displayName: 'Parent Category',
			description:
				'The category whose sub-categories to return: pick one that has sub-categories, or give its ID. A leaf category has none.',
			searchListMethod: 'searchParentCategories',
		}),
		displayOptions: { show: { categoryScope: ['children'] } },
	},
	...returnAllAndLimit(),
];

export const description = updateDisplayOptions(displayOptions, properties);

/** One item per category: `{ wholeCategoryName, id, name, last }` as Naver lists them. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const scope = this.getNodeParameter('categoryScope', itemIndex, 'leaf') as string;
	const limit = readLimit.call(this, itemIndex);
	let categories;
	if (scope === 'children') {
		const parentId = readCategoryId.call(this, itemIndex, 'parentCategoryId', 'Parent Category');
		const response = await naverCommerceRequest.call(
			this,
			{ method: 'GET', path: `/v1/categories/${parentId}/sub-categories` },
			itemIndex,
		);
		categories = listBody(response.body);
	} else {
		categories = await fetchCategories.call(this, { leavesOnly: scope === 'leaf' }, itemIndex);
	}
	return itemsOf(categories.slice(0, limit), itemIndex);
}
