/**
 * Coverage of the product writes for many products, deletion and channel products: every product
 * read by each of its channel product numbers and written back through its channel (as Channel
 * Product → Get and Update send it), one multi-update and one bulk update of each kind the node
 * offers, and one deletion. The deleted product is put back afterwards, so the exercises after
 * this one find the catalogue as it was.
 */
import { withoutPaths } from '../../../nodes/NaverCommerce/helpers/objectPaths';
import { READ_ONLY_PRODUCT_FIELDS } from '../../../nodes/NaverCommerce/actions/product/update.operation';
import { productCatalogue } from '../../../test/emulator/routes/products';
import type { CoverageExercise } from './index';

export const productBulk: CoverageExercise = async ({ emulator, call }) => {
	const catalogue = productCatalogue(emulator.store);
	type ProductJson = Record<string, Record<string, unknown>>;
	for (const product of catalogue.products) {
		const channels = [product.smartstoreChannelProductNo, product.windowChannelProductNo];
		for (const channelProductNo of channels) {
			if (channelProductNo === undefined) continue;
			const whole = (await call(
				'GET',
				`/v2/products/channel-products/${channelProductNo}`,
			)) as ProductJson;
			const status = String(whole.originProduct?.statusType);
			if (!['SALE', 'SUSPENSION', 'OUTOFSTOCK'].includes(status)) continue;
			// The update takes only SALE or SUSPENSION: a sold-out product goes back on sale.
			if (status === 'OUTOFSTOCK')
				Object.assign(whole.originProduct, { statusType: 'SALE', stockQuantity: 10 });
			const body = withoutPaths(
				{
					originProduct: whole.originProduct,
					smartstoreChannelProduct: whole.smartstoreChannelProduct,
					...(whole.windowChannelProduct
						? { windowChannelProduct: whole.windowChannelProduct }
						: {}),
				},
				READ_ONLY_PRODUCT_FIELDS,
			);
			await call('PUT', `/v2/products/channel-products/${channelProductNo}`, { body });
		}
	}

	const onSale = catalogue.products
		.filter(
			(product) =>
				product.originProduct.statusType === 'SALE' && product.originProduct.deliveryInfo,
		)
		.slice(0, 4)
		.map((product) => product.originProductNo);
	await call('PATCH', '/v1/products/origin-products/multi-update', {
		body: {
			multiProductUpdateRequestVos: onSale.map((originProductNo, index) => ({
				originProductNo,
				multiUpdateTypes: ['SALE_PRICE', 'IMMEDIATE_DISCOUNT', 'STOCK'],
				productSalePrice: { salePrice: 15000 + index * 1000 },
				immediateDiscountPolicy: { discountMethod: { value: 1000, unitType: 'WON' } },
				stockQuantity: 20 + index,
			})),
		},
	});
	const bulk = (body: Record<string, unknown>) =>
		call('PUT', '/v1/products/origin-products/bulk-update', {
			body: { originProductNos: onSale, ...body },
		});
	await bulk({
		productBulkUpdateType: 'SALE_PRICE',
		productSalePrice: {
			value: 5,
			productSalePriceChangerType: 'UP',
			productSalePriceChangerUnitType: 'PERCENT',
		},
	});
	await bulk({
		productBulkUpdateType: 'PURCHASE_QUANTITY_LIMIT',
		purchaseQuantityInfo: { maxPurchaseQuantityPerOrder: 10 },
	});
	await bulk({
		productBulkUpdateType: 'DELIVERY_ATTRIBUTE',
		deliveryAttribute: { deliveryAttributeType: 'TODAY', todayStockQuantity: 5 },
	});

	const index = catalogue.products.length - 1;
	const deleted = catalogue.products[index];
	await call('DELETE', `/v2/products/origin-products/${deleted.originProductNo}`);
	catalogue.products.splice(index, 0, deleted);
};
