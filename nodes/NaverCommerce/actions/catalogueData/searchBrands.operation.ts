import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { readLimit, requiredText } from '../../helpers/parameters';
import { fetchDictionary } from '../../transport/catalogue';
import { returnAllAndLimit } from '../common.descriptions';
import { itemsOf } from './common';

const displayOptions = { show: { resource: ['catalogueData'], operation: ['searchBrands'] } };

const properties: INodeProperties[] = [
	{
		displayName: 'Brand Name',
		name: 'brandName',
		type: 'string',
		required: true,
		default: '',
		placeholder: '나이키',
		description:
			"The brand name to look up in Naver's brand dictionary; the brands whose names match it are returned",
	},
	...returnAllAndLimit(),
];

export const description = updateDisplayOptions(displayOptions, properties);

/** One item per brand: `{ id, name }`; the ID is what a product gives as brandId. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const name = requiredText.call(this, 'brandName', 'Brand Name', itemIndex);
	const limit = readLimit.call(this, itemIndex);
	const entries = await fetchDictionary.call(this, 'brands', name, itemIndex);
	return itemsOf(entries.slice(0, limit), itemIndex);
}
