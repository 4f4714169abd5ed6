/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import {
	errorText,
	findProduct,
	startProductEnv,
	type ProductTestEnv,
} from '../product/productKit';

describe('Channel Product → Update through n8n-core', () => {
	let env: ProductTestEnv;
	const run = (
		operation: string,
		parameters: IDataObject,
		options?: { inputItems?: IDataObject[]; continueOnFail?: boolean },
	) => env.runRaw({ resource: 'channelProduct', operation, ...parameters }, options);

	/** What a workflow does: Get the channel product, then edit its JSON (here in the test). */
	async function getJson(channelProductNo: number): Promise<IDataObject> {
		const got = await run('get', { channelProductNo: String(channelProductNo) });
		assert.equal(got.error, undefined, got.error?.message);
		return structuredClone(got.items![0].json);
	}

	before(async () => {
		env = await startProductEnv();
	});
	after(async () => await env.stop());
	beforeEach(() => env.reset());

	test("Get → edit → Update with the defaults: only what Naver's PUT takes is sent, and the change shows", async () => {
		const product = findProduct(
			env.catalogue,
			(p) =>
				p.originProduct.statusType === 'SALE' &&
				Boolean(p.groupProductNo) &&
				Boolean(p.windowChannelProductNo) &&
				Boolean(p.originProduct.detailAttribute.productSize),
			'grouped product on sale in two channels with size models',
		);
		const edited = await getJson(product.smartstoreChannelProductNo);
		(edited.originProduct as IDataObject).name = '채널에서 바꾼 상품명';
		(edited.smartstoreChannelProduct as IDataObject).channelProductName = '스마트스토어 전용 이름';

		const result = await run('update', {}, { inputItems: [edited] });
		assert.equal(result.error, undefined, result.error?.message);
		const [request] = env.requestsTo('channelProducts.update');
		assert.equal(
			request.path,
			`/v2/products/channel-products/${product.smartstoreChannelProductNo}`,
		);
		const body = request.body as {
			originProduct: { detailAttribute: { productSize: { models: IDataObject[] } } };
			windowChannelProduct: IDataObject;
		};
		assert.deepEqual(
			Object.keys(body).sort(),
			['originProduct', 'smartstoreChannelProduct', 'windowChannelProduct'],
			'groupProduct and the added channelProductNo are not sent',
		);
		assert.equal(body.windowChannelProduct.channelProductDisplayStatusType, undefined);
		assert.deepEqual(
			Object.keys(body.originProduct.detailAttribute.productSize.models[0]),
			['modelId'],
			'size models go by modelId only',
		);
		// Naver answers with the numbers and the product as it now is.
		const output = result.items![0].json;
		assert.deepEqual(
			[output.originProductNo, output.smartstoreChannelProductNo, output.windowChannelProductNo],
			[product.originProductNo, product.smartstoreChannelProductNo, product.windowChannelProductNo],
		);
		assert.deepEqual(result.items![0].pairedItem, { item: 0 });
		const byOrigin = await env.run('get', { originProductNo: String(product.originProductNo) });
		const origin = byOrigin.items![0].json as {
			originProduct: IDataObject;
			smartstoreChannelProduct: IDataObject;
		};
		assert.equal(origin.originProduct.name, '채널에서 바꾼 상품명');
		assert.equal(origin.smartstoreChannelProduct.channelProductName, '스마트스토어 전용 이름');
	});

	test("a window channel product: its window part changes, the Smart Store part is Naver's to ignore", async () => {
		const product = findProduct(
			env.catalogue,
			(p) => p.originProduct.statusType === 'SALE' && Boolean(p.windowChannelProductNo),
			'product on sale in the shopping window',
		);
		const storeBefore = structuredClone(product.smartstoreChannelProduct);
		const edited = await getJson(product.windowChannelProductNo!);
		(edited.windowChannelProduct as IDataObject).channelProductName = '윈도 전용 이름';
		(edited.smartstoreChannelProduct as IDataObject).channelProductName = '무시될 이름';
		const result = await run('update', {}, { inputItems: [edited] });
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(product.windowChannelProduct?.channelProductName, '윈도 전용 이름');
		assert.deepEqual(product.smartstoreChannelProduct, storeBefore);
	});

	test('JSON of another channel product is refused before any write', async () => {
		const [first, second] = env.catalogue.products;
		const json = await getJson(first.smartstoreChannelProductNo);
		const result = await run('update', {
			channelProductNo: String(second.smartstoreChannelProductNo),
			product: JSON.stringify(json),
		});
		assert.match(
			String(result.error?.message),
			new RegExp(
				`is for channel product ${first.smartstoreChannelProductNo}, not ${second.smartstoreChannelProductNo}`,
			),
		);
		const noOrigin = await run('update', {
			channelProductNo: String(first.smartstoreChannelProductNo),
			product: '{"smartstoreChannelProduct": {}}',
		});
		assert.match(String(noOrigin.error?.message), /Product has no originProduct object/);
		assert.equal(env.requestsTo('channelProducts.update').length, 0);
	});

	test('Get → edit → Update of a sold-out channel product: sent as SALE with stock 0, it stays OUTOFSTOCK', async () => {
		const soldOut = findProduct(
			env.catalogue,
			(p) =>
				p.originProduct.statusType === 'OUTOFSTOCK' &&
				!p.originProduct.detailAttribute.optionInfo?.optionCombinations?.length,
			'sold-out product without options',
		);
		const edited = await getJson(soldOut.smartstoreChannelProductNo);
		const originProduct = edited.originProduct as IDataObject;
		assert.deepEqual([originProduct.statusType, originProduct.stockQuantity], ['OUTOFSTOCK', 0]);
		originProduct.salePrice = 34560;

		const result = await run('update', {}, { inputItems: [edited] });
		assert.equal(result.error, undefined, result.error?.message);
		const [request] = env.requestsTo('channelProducts.update');
		const sent = (request.body as { originProduct: IDataObject }).originProduct;
		assert.deepEqual([sent.statusType, sent.stockQuantity], ['SALE', 0]);
		assert.equal(soldOut.originProduct.salePrice, 34560);
		assert.equal(soldOut.originProduct.statusType, 'OUTOFSTOCK');
		const after = await getJson(soldOut.smartstoreChannelProductNo);
		assert.equal((after.originProduct as IDataObject).statusType, 'OUTOFSTOCK');
	});

	test('a status the PUT refuses is an error before any request; the product stays as it was', async () => {
		const product = findProduct(
			env.catalogue,
			(p) => p.originProduct.statusType === 'SALE',
			'product on sale',
		);
		const before = structuredClone(product.originProduct);
		const edited = await getJson(product.smartstoreChannelProductNo);
		(edited.originProduct as IDataObject).statusType = 'CLOSE';
		const result = await run('update', {}, { inputItems: [edited], continueOnFail: true });
		assert.equal(
			result.items![0].json.error,
			"Naver's product update takes the status SALE or SUSPENSION, not CLOSE",
		);
		assert.equal(env.requestsTo('channelProducts.update').length, 0, 'no PUT reached Naver');
		assert.deepEqual(product.originProduct, before);
	});

	test("Naver's refusal is an error item with its invalid inputs", async () => {
		const product = findProduct(
			env.catalogue,
			(p) => p.originProduct.statusType === 'SALE',
			'product on sale',
		);
		const edited = await getJson(product.smartstoreChannelProductNo);
		(edited.originProduct as IDataObject).salePrice = 1_000_000_000;
		const result = await run('update', {}, { inputItems: [edited], continueOnFail: true });
		assert.equal(result.items![0].json.code, 'BAD_REQUEST');
		assert.deepEqual(
			(result.items![0].json.invalidInputs as IDataObject[]).map((input) => input.name),
			['originProduct.salePrice'],
		);
	});

	test('an update whose answer is lost is reported, not repeated', async () => {
		const product = env.catalogue.products.find((p) => p.originProduct.statusType === 'SALE')!;
		const edited = await getJson(product.smartstoreChannelProductNo);
		env.emulator.faults.push({
			method: 'PUT',
			pathPrefix: '/v2/products/channel-products/',
			status: 502,
			remaining: 2,
		});
		const result = await run('update', {}, { inputItems: [edited] });
		assert.match(errorText(result), /may or may not have been applied/);
		assert.equal(env.emulator.faults[0]?.remaining, 1, 'one attempt only');
	});
});
