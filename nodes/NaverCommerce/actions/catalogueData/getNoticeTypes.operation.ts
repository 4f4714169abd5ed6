import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { fetchCategories, fetchNoticeTypes, topCategoryOf } from '../../transport/catalogue';
import { categoryField, itemsOf, readCategoryId } from './common';

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
		const categories = await fetchCategories.call(this, { leavesOnly: false }, itemIndex);
		const top = topCategoryOf(categories, categoryId);
		if (!top) {
			throw new NodeOperationError(
				this.getNode(),
				`Naver has no category ${categoryId} in its category list`,
				{ itemIndex, description: 'Pick the category from the list, or check its ID.' },
			);
		}
		topCategoryId = String(top.id);
	}
	return itemsOf(await fetchNoticeTypes.call(this, topCategoryId, itemIndex), itemIndex);
}
