import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { naverIdParameter } from '../../helpers/parameters';
import { groupProductWriteFields, readGroupProduct, writeGroupProduct } from './waitForCompletion';

const properties: INodeProperties[] = [
	{
		displayName: 'Group Product Number',
		name: 'groupProductNo',
		type: 'string',
		required: true,
		default: '={{ $json.groupProductNo }}',
		placeholder: '1000001',
		// No endpoint lists group products, so there is no "From List".
		description:
			'The group product to change (groupProductNo). Defaults to the groupProductNo of the input item, as Create outputs it.',
	},
	...groupProductWriteFields(
		'={{ JSON.stringify($json) }}',
		"The whole group product as Get outputs it, with your edits (PUT /v2/standard-group-products/{groupProductNo} replaces it): every product of the group listed by its originProductNo, a new one without it (stock 1 or more). What Get shows and the change does not take (product names, Naver's promotions, fashion model details) is not sent. Defaults to the input item.",
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['groupProduct'], operation: ['update'] } },
	properties,
);

/** PUT /v2/standard-group-products/{groupProductNo}: one change, then its status until done. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const groupProductNo = naverIdParameter.call(
		this,
		'groupProductNo',
		'Group Product Number',
		itemIndex,
		'1000001',
	);
	const groupProduct = readGroupProduct.call(this, itemIndex, 'UPDATE');
	return await writeGroupProduct.call(this, itemIndex, 'UPDATE', {
		method: 'PUT',
		path: `/v2/standard-group-products/${groupProductNo}`,
		groupProduct,
	});
}
