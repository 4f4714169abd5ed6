import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { readLimit } from '../../helpers/parameters';
import { fetchNumberedPages, springPage } from '../../transport/pages';
import { returnAllAndLimit } from '../common.descriptions';
import { itemsOf } from './common';

/** Naver's largest page for GET /v1/product-delivery-info/bundle-groups. */
const BUNDLE_GROUP_MAX_PAGE_SIZE = 100;

const displayOptions = {
	show: { resource: ['catalogueData'], operation: ['getDeliveryBundleGroups'] },
};

const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Base Group',
				name: 'baseGroup',
				type: 'boolean',
				default: true,
				description:
					'Whether to return only the base group (true) or only the other groups (false)',
			},
			{
				displayName: 'Name Starts With',
				name: 'name',
				type: 'string',
				default: '',
				description: 'Only groups whose name starts with this text',
			},
			{
				displayName: 'Usable',
				name: 'usable',
				type: 'boolean',
				default: true,
				description: 'Whether to return only groups in use (true) or only those not in use (false)',
			},
		],
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * One item per delivery bundle group (묶음배송 그룹): id (a product's deliveryBundleGroupId), name,
 * whether it is in use and the base group, how fees are charged (MIN or MAX of the group) and the
 * extra fees by area.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const limit = readLimit.call(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const qs: IDataObject = { size: Math.min(BUNDLE_GROUP_MAX_PAGE_SIZE, limit) };
	if (typeof filters.name === 'string' && filters.name.trim() !== '') qs.name = filters.name.trim();
	if (typeof filters.baseGroup === 'boolean') qs.baseGroup = filters.baseGroup;
	if (typeof filters.usable === 'boolean') qs.usable = filters.usable;
	const groups = await fetchNumberedPages.call(this, {
		request: (page) => ({
			method: 'GET',
			path: '/v1/product-delivery-info/bundle-groups',
			qs: { ...qs, page },
		}),
		read: springPage('contents'),
		limit,
		itemIndex,
	});
	return itemsOf(groups, itemIndex);
}
