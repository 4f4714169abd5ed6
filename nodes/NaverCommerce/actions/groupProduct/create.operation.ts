import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { groupProductWriteFields, readGroupProduct, writeGroupProduct } from './waitForCompletion';

/** A skeleton of what Naver requires, to fill in the editor. */
const SKELETON = JSON.stringify(
	{
		leafCategoryId: '',
		name: '',
		guideId: 0,
		minorPurchasable: true,
		productInfoProvidedNotice: { productInfoProvidedNoticeType: '' },
		afterServiceInfo: { afterServiceTelephoneNumber: '', afterServiceGuideContent: '' },
		commonDetailContent: '',
		specificProducts: [
			{
				standardPurchaseOptions: [{ optionId: 0, valueName: '' }],
				salePrice: 0,
				stockQuantity: 1,
				images: { representativeImage: { url: '' } },
				originAreaInfo: { originAreaCode: '00' },
			},
		],
	},
	null,
	2,
);

const properties: INodeProperties[] = groupProductWriteFields(
	SKELETON,
	"The group product as Naver's registration takes it (POST /v2/standard-group-products): the category and its purchase option guide (guideId), the name shared by the products, the notice and after-sales contact, a detail page (commonDetailContent, or a detailContentTempId per product from Save Detail Content), and one entry in specificProducts per product with its option values, price, stock (1 or more), image URL and origin",
);

export const description = updateDisplayOptions(
	{ show: { resource: ['groupProduct'], operation: ['create'] } },
	properties,
);

/** POST /v2/standard-group-products: one registration, then its status until done. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const groupProduct = readGroupProduct.call(this, itemIndex, 'CREATE');
	return await writeGroupProduct.call(this, itemIndex, 'CREATE', {
		method: 'POST',
		path: '/v2/standard-group-products',
		groupProduct,
	});
}
