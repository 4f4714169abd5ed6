/**
 * Product registration: products copied from seeded ones of every kind (a Get, less what only the
 * Get shows, registered as new in a leaf category with issued images), as a seller copies a
 * listing, so the answers carry every kind of field the registration documents.
 */
import { READ_ONLY_PRODUCT_FIELDS } from '../../../nodes/NaverCommerce/actions/product/update.operation';
import { withoutPaths } from '../../../nodes/NaverCommerce/helpers/objectPaths';
import { isLeafCategory } from '../../../test/emulator/catalogueData';
import { issuedImageUrls } from '../../../test/emulator/routes/productImages';
import { productCatalogue } from '../../../test/emulator/routes/products';
import type { CoverageExercise } from './index';

export const productCreate: CoverageExercise = async ({ emulator, call }) => {
	const catalogue = productCatalogue(emulator.store);
	const issued = issuedImageUrls(emulator.store);
	// One product of each notice type, delivery kind and option kind, in a leaf category.
	const seen = new Set<string>();
	const models = catalogue.products.filter((product) => {
		const detail = product.originProduct.detailAttribute as Record<string, Record<string, unknown>>;
		const key = [
			detail.productInfoProvidedNotice?.productInfoProvidedNoticeType,
			(product.originProduct.deliveryInfo as Record<string, unknown> | undefined)
				?.deliveryAttributeType,
			Object.keys(detail.optionInfo ?? {})
				.sort()
				.join(','),
		].join('|');
		if (seen.has(key) || !isLeafCategory(product.originProduct.leafCategoryId)) return false;
		seen.add(key);
		return true;
	});
	for (const [index, model] of models.entries()) {
		const got = (await call(
			'GET',
			`/v2/products/origin-products/${model.originProductNo}`,
		)) as Record<string, Record<string, unknown>>;
		const body = withoutPaths(
			{
				originProduct: got.originProduct,
				smartstoreChannelProduct: got.smartstoreChannelProduct,
				...(got.windowChannelProduct ? { windowChannelProduct: got.windowChannelProduct } : {}),
			},
			READ_ONLY_PRODUCT_FIELDS,
		) as Record<string, Record<string, unknown>>;
		// Images the upload issued for the copy (the upload itself is the images exercise's).
		const images = body.originProduct.images as {
			representativeImage: { url: string };
			optionalImages?: Array<{ url: string }>;
		};
		for (const image of [images.representativeImage, ...(images.optionalImages ?? [])]) {
			image.url = `${image.url.replace(/\.(\w+)$/, '')}_copy${index}.$1`;
			issued.add(image.url);
		}
		Object.assign(body.originProduct, { statusType: 'SALE', stockQuantity: 10 });
		delete body.originProduct.saleStartDate;
		delete body.originProduct.saleEndDate;
		await call('POST', '/v2/products', { body });
	}
};
