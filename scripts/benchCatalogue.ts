/* eslint-disable @n8n/community-nodes/no-restricted-globals, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * `npx tsx scripts/benchCatalogue.ts [--write-docs]` (part of `npm run bench`): catalogue figures,
 * measured in one run through n8n-core against the emulator and printed as ratios (with
 * --write-docs also written into docs/performance.md); nothing here is asserted.
 *   1. Stock and price sync for 5,000 products: HTTP calls and wall time of Product → Update Many
 *      vs Update Option Stock and Price once per product (which reads each product first).
 *   2. Images for 100 products, 3 photos each: upload requests of Product → Upload Images vs the
 *      minimum of 10 files per request, and vs uploading per product (Create with binary images).
 */
import { productCatalogue } from '../test/emulator/routes/products';
import { DEFAULT_APP, startEmulator } from '../test/emulator/server';
import { jpegBytes } from '../test/helpers/imageBytes';
import {
	credentialsFor,
	runNaverCommerceNode,
	type TestBinaryFile,
} from '../test/helpers/n8nHarness';
import { markdownTable, startBenchRun } from './benchTable';
import type { BenchRow } from './benchProductOrders';

const PRODUCTS = 5_000;
const IMAGE_PRODUCTS = 100;
const PHOTOS_PER_PRODUCT = 3;

const calls = (byRoute: Record<string, number>, ...routes: string[]) =>
	routes.reduce((sum, route) => sum + (byRoute[route] ?? 0), 0);

export async function benchCatalogue(): Promise<BenchRow[]> {
	const emulator = await startEmulator();
	try {
		const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		const catalogue = productCatalogue(emulator.store);
		// 5,000 products with combination options (which the per-product path needs), copied from
		// seeded ones on sale under new numbers, as a bigger store would have them.
		const models = catalogue.products.filter(
			(product) =>
				product.originProduct.statusType === 'SALE' &&
				(product.originProduct.detailAttribute.optionInfo?.optionCombinations?.length ?? 0) > 0,
		);
		const highest = Math.max(...catalogue.products.map((product) => product.originProductNo));
		const copies = Array.from({ length: PRODUCTS }, (_, index) => {
			const copy = structuredClone(models[index % models.length]);
			copy.originProductNo = highest + (index + 1) * 7;
			copy.smartstoreChannelProductNo += 1_000_000_000 + index;
			delete copy.groupProductNo;
			delete copy.windowChannelProductNo;
			delete copy.windowChannelProduct;
			return copy;
		});
		catalogue.products.push(...copies);
		const targets = copies.map((product, index) => ({
			originProductNo: product.originProductNo,
			stock: index % 17,
			price: product.originProduct.salePrice + 100,
		}));

		emulator.resetStats();
		let started = performance.now();
		const many = await runNaverCommerceNode({
			credentialsHelper: helper,
			inputItems: targets,
			parameters: {
				resource: 'product',
				operation: 'updateMany',
				changes: { stockQuantity: '={{ $json.stock }}', salePrice: '={{ $json.price }}' },
			},
		});
		const manyMs = performance.now() - started;
		const manyCalls = calls(emulator.stats.byRoute, 'products.multiUpdate');
		const manyMinimum = Math.ceil(PRODUCTS / 100);

		// The same sync one product at a time: option-stock reads the product, then writes it.
		emulator.resetStats();
		started = performance.now();
		const single = await runNaverCommerceNode({
			credentialsHelper: helper,
			inputItems: targets,
			parameters: {
				resource: 'product',
				operation: 'updateOptionStock',
				originProductNo: { __rl: true, mode: 'id', value: '={{ $json.originProductNo }}' },
				// The options' stock as they are, the new sale price: the one-product-at-a-time path.
				optionChanges: '[]',
				additionalFields: { salePrice: '={{ $json.price }}' },
			},
		});
		const singleMs = performance.now() - started;
		const singleCalls = calls(emulator.stats.byRoute, 'products.get', 'products.optionStock');

		// Images: 100 products × 3 photos.
		const binaries = Array.from({ length: IMAGE_PRODUCTS }, (_, product) =>
			Object.fromEntries(
				Array.from({ length: PHOTOS_PER_PRODUCT }, (_, photo): [string, TestBinaryFile] => [
					`photo${photo + 1}`,
					{
						data: jpegBytes(`p${product}-${photo}`),
						fileName: `p${product}-${photo}.jpg`,
						mimeType: 'image/jpeg',
					},
				]),
			),
		);
		emulator.resetStats();
		started = performance.now();
		const uploads = await runNaverCommerceNode({
			credentialsHelper: helper,
			inputItems: binaries.map(() => ({})),
			inputBinaries: binaries,
			parameters: { resource: 'product', operation: 'uploadImages' },
		});
		const uploadMs = performance.now() - started;
		const uploadCalls = calls(emulator.stats.byRoute, 'productImages.upload');
		const files = IMAGE_PRODUCTS * PHOTOS_PER_PRODUCT;
		const uploadMinimum = Math.ceil(files / 10);

		const failed = [many, single, uploads].find((run) => run.error);
		return [
			{
				measure: `Stock + price sync, ${PRODUCTS.toLocaleString('en')} products: Update Many calls / ceil(N / 100) (100 a request, the option’s default; Naver documents no maximum)`,
				value: `${manyCalls} / ${manyMinimum} = ${(manyCalls / manyMinimum).toFixed(2)}×, ${(manyMs / 1000).toFixed(1)} s, ${many.items?.length ?? 0} result items`,
			},
			{
				measure: 'The same, Update Option Stock and Price per product (read + write each)',
				value: `${singleCalls} calls, ${(singleMs / 1000).toFixed(1)} s`,
			},
			{
				measure: 'Per-product calls / Update Many calls; wall time ratio',
				value: `${(singleCalls / Math.max(1, manyCalls)).toFixed(0)}×; ${(singleMs / manyMs).toFixed(1)}×`,
			},
			{
				measure: `Images, ${IMAGE_PRODUCTS} products × ${PHOTOS_PER_PRODUCT}: upload requests / minimum ceil(${files} / 10) (10 files a request)`,
				value: `${uploadCalls} / ${uploadMinimum} = ${(uploadCalls / uploadMinimum).toFixed(2)}×, ${(uploadMs / 1000).toFixed(1)} s`,
			},
			{
				measure: 'Uploading per product instead (one request each) / Upload Images requests',
				value: `${IMAGE_PRODUCTS} / ${uploadCalls} = ${(IMAGE_PRODUCTS / Math.max(1, uploadCalls)).toFixed(2)}×`,
			},
			...(failed ? [{ measure: 'error', value: String(failed.error?.message) }] : []),
		];
	} finally {
		await emulator.stop();
	}
}

if (require.main === module) {
	const run = startBenchRun();
	benchCatalogue()
		.then((rows) =>
			run.finish([
				{
					file: 'docs/performance.md',
					id: 'bench/catalogue',
					markdown: markdownTable(
						['Measure (catalogue)', 'Figure'],
						rows.map((row) => [row.measure, row.value]),
					),
				},
			]),
		)
		.catch((error: unknown) => {
			console.error(error);
			process.exit(1);
		});
}
