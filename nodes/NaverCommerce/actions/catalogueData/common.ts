import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { naverIdParameter } from '../../helpers/parameters';
import { idLocatorField } from '../common.descriptions';

/** A category picked from one of the category lookups or typed as its ID (카테고리 ID). */
export function categoryField(options: {
	name?: string;
	displayName?: string;
	description: string;
	searchListMethod: 'searchCategories' | 'searchLeafCategories' | 'searchParentCategories';
}): INodeProperties {
	return idLocatorField({
		displayName: options.displayName ?? 'Category',
		name: options.name ?? 'categoryId',
		description: options.description,
		searchListMethod: options.searchListMethod,
		placeholder: '50000830',
	});
}

/** A category ID parameter as digits, refused before any request when it is not one. */
export function readCategoryId(
	this: IExecuteFunctions,
	itemIndex: number,
	name = 'categoryId',
	label = 'Category',
): string {
	return naverIdParameter.call(this, name, label, itemIndex, '50000830');
}

/** One output item per entry of Naver's list, each paired with the input item. */
export function itemsOf(entries: IDataObject[], itemIndex: number): INodeExecutionData[] {
	return entries.map((entry) => ({ json: entry, pairedItem: { item: itemIndex } }));
}

/** The body of a list answer (a JSON array), or no entries. */
export function listBody(body: unknown, field?: string): IDataObject[] {
	const list = field ? (body as IDataObject | undefined)?.[field] : body;
	return Array.isArray(list) ? (list as IDataObject[]) : [];
}
