import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { originProductNoField, originProductNoOf, readOriginProduct } from './shared';

export const description: INodeProperties[] = [
	originProductNoField(
		'get',
		'The origin product (원상품) to read. Search returns it as originProductNo.',
	),
];

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
