import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { readLimit, requiredText } from '../../helpers/parameters';
import { fetchDictionary } from '../../transport/catalogue';
import { returnAllAndLimit } from '../common.descriptions';
import { itemsOf } from './common';

const displayOptions = {
	show: { resource: ['catalogueData'], operation: ['searchManufacturers'] },
};

const properties: INodeProperties[] = [
	{
		displayName: 'Manufacturer Name',
		name: 'manufacturerName',
		type: 'string',
		required: true,
		default: '',
		placeholder: '농심',
		description:
			"The manufacturer name to look up in Naver's manufacturer dictionary; the manufacturers whose names match it are returned",
	},
	...returnAllAndLimit(),
];

export const description = updateDisplayOptions(displayOptions, properties);

/** One item per manufacturer: `{ id, name }`; a product gives the name as manufacturerName. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const name = requiredText.call(this, 'manufacturerName', 'Manufacturer Name', itemIndex);
	const limit = readLimit.call(this, itemIndex);
	const entries = await fetchDictionary.call(this, 'manufacturers', name, itemIndex);
	return itemsOf(entries.slice(0, limit), itemIndex);
}
