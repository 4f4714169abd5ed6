import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { naverCommerceRequest } from '../../transport';
import { fetchCategories } from '../../transport/catalogue';
import { categoryField, itemsOf, listBody, readCategoryId } from './common';

const displayOptions = { show: { resource: ['catalogueData'], operation: ['getNoticeTypes'] } };

const properties: INodeProperties[] = [
	{
		displayName: 'Notice Types',
		name: 'noticeTypeScope',
		type: 'options',
		options: [
			{ name: 'All', value: 'all', description: 'Every notice type Naver has' },
			{
				name: 'Recommended for a Category',
				value: 'category',
				description: "The notice types Naver recommends for a category's products",
			},
		],
		default: 'category',
		description: 'Which product information notice types (상품정보제공고시 상품군) to return',
	},
	{
		...categoryField({
			description:
				"The product's category, at any level (such as its leaf category). Naver recommends notice types by top-level category (대카테고리), which the node finds for it.",
			searchListMethod: 'searchCategories',
		}),
		displayOptions: { show: { noticeTypeScope: ['category'] } },
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * One item per notice type: productInfoProvidedNoticeType (the value Product → Create takes), its
 * name and productInfoProvidedNoticeContents, the fields a seller fills (fieldName, what it
 * means, its type and longest length).
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const scope = this.getNodeParameter('noticeTypeScope', itemIndex, 'category') as string;
	let topCategoryId: string | undefined;
	if (scope === 'category') {
		const categoryId = readCategoryId.call(this, itemIndex);
		// "입력하는 카테고리 ID는 대카테고리 ID입니다": the category's top-level ancestor is the one
		// whose whole name is the first part of the category's.
		const categories = await fetchCategories.call(this, { leavesOnly: false }, itemIndex);
		const category = categories.find((entry) => String(entry.id) === categoryId);
		if (!category) {
			throw new NodeOperationError(
				this.getNode(),
				`Naver has no category ${categoryId} in its category list`,
				{ itemIndex, description: 'Pick the category from the list, or check its ID.' },
			);
		}
		const topName = String(category.wholeCategoryName ?? '').split('>')[0];
		const top = categories.find((entry) => entry.wholeCategoryName === topName) ?? category;
		topCategoryId = String(top.id);
	}
	const response = await naverCommerceRequest.call(
		this,
		{
			method: 'GET',
			path: '/v1/products-for-provided-notice',
			qs: topCategoryId ? { categoryId: topCategoryId } : {},
		},
		itemIndex,
	);
	return itemsOf(listBody(response.body), itemIndex);
}
