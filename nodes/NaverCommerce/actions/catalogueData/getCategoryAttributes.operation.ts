import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { naverCommerceRequest } from '../../transport';
import { categoryField, itemsOf, listBody, readCategoryId } from './common';

const displayOptions = {
	show: { resource: ['catalogueData'], operation: ['getCategoryAttributes'] },
};

const properties: INodeProperties[] = [
	categoryField({
		description:
			'The leaf category whose product attributes (속성) to return: pick it by its full path or give its ID. Only leaf categories have attributes.',
		searchListMethod: 'searchLeafCategories',
	}),
	{
		displayName: 'Include Values',
		name: 'includeValues',
		type: 'boolean',
		default: true,
		description:
			'Whether to add to each attribute the values a product can take (attributeValues, from a second request): the choices of a single or multiple choice, the ranges of a range attribute',
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * One item per attribute (attributeSeq, attributeName, its kind and whether it is a main one),
 * with its values in display order under `attributeValues` when asked. A product names them in
 * detailAttribute.productAttributes by attributeSeq and attributeValueSeq.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const categoryId = readCategoryId.call(this, itemIndex);
	const includeValues = this.getNodeParameter('includeValues', itemIndex, true) as boolean;
	const read = async (path: string) =>
		listBody(
			(
				await naverCommerceRequest.call(
					this,
					{ method: 'GET', path, qs: { categoryId } },
					itemIndex,
				)
			).body,
		);
	const attributes = await read('/v1/product-attributes/attributes');
	if (!includeValues || attributes.length === 0) return itemsOf(attributes, itemIndex);

	const values = await read('/v1/product-attributes/attribute-values');
	const order = (value: IDataObject) => Number(value.exposureOrder ?? 0);
	return itemsOf(
		attributes.map((attribute) => ({
			...attribute,
			attributeValues: values
				.filter((value) => value.attributeSeq === attribute.attributeSeq)
				.sort((a, b) => order(a) - order(b)),
		})),
		itemIndex,
	);
}
