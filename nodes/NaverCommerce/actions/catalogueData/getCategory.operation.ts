import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { naverCommerceRequest } from '../../transport';
import { categoryField, readCategoryId } from './common';

const displayOptions = { show: { resource: ['catalogueData'], operation: ['getCategory'] } };

const properties: INodeProperties[] = [
	categoryField({
		description:
			'The category to read: pick one by its full path (such as 패션의류>여성의류>티셔츠) or give its ID',
		searchListMethod: 'searchCategories',
	}),
];

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * One item: the category with its whole name, whether it is a leaf, its exceptional category
 * types (exceptionalCategories: origin labelling, KC certification, …) and the certifications
 * its products can declare (certificationInfos).
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const categoryId = readCategoryId.call(this, itemIndex);
	const response = await naverCommerceRequest.call(
		this,
		{ method: 'GET', path: `/v1/categories/${categoryId}` },
		itemIndex,
	);
	return [{ json: (response.body ?? {}) as IDataObject, pairedItem: { item: itemIndex } }];
}
