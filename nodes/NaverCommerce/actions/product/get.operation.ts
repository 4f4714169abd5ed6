import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { originProductNoField, originProductNoOf, readOriginProduct } from './shared';
import { updateDisplayOptions } from '../../helpers/displayOptions';

const displayOptions = { show: { resource: ['product'], operation: ['get'] } };

const properties: INodeProperties[] = [
	originProductNoField(
		'The origin product (원상품) to read. Search returns it as originProductNo.',
	),
];

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * One item per input item: Naver's answer (originProduct, smartstoreChannelProduct,
 * windowChannelProduct, groupProduct) with originProductNo added, which Naver leaves out, so the
 * item can go through an edit straight into Update.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const originProductNo = originProductNoOf.call(this, itemIndex);
	const product = await readOriginProduct.call(this, originProductNo, itemIndex);
	return [{ json: { originProductNo, ...product }, pairedItem: { item: itemIndex } }];
}
