/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { errorText, findProduct, startProductEnv, type ProductTestEnv } from './productKit';

describe('Product → Delete through n8n-core', () => {
	let env: ProductTestEnv;

	before(async () => {
		env = await startProductEnv();
	});
	after(async () => await env.stop());
	beforeEach(() => env.reset());

	test('deletes the product: Get answers NOT_FOUND for it and Search no longer finds it', async () => {
		const product = findProduct(
			env.catalogue,
			(p) => Boolean(p.windowChannelProductNo),
			'product in two channels',
		);
		const result = await env.run('delete', { originProductNo: String(product.originProductNo) });
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			env.requestsTo('products.delete').map((request) => [request.method, request.path]),
			[['DELETE', `/v2/products/origin-products/${product.originProductNo}`]],
		);
		assert.deepEqual(result.items?.[0].json, {
			originProductNo: product.originProductNo,
			deleted: true,
			code: 'SUCCESS',
			message: '상품이 삭제되었습니다.',
			data: {},
		});
		assert.deepEqual(result.items?.[0].pairedItem, { item: 0 });

		const got = await env.run(
			'get',
			{ originProductNo: String(product.originProductNo) },
			{ continueOnFail: true },
		);
		assert.equal(got.items?.[0].json.code, 'NOT_FOUND');
		assert.equal(got.items?.[0].json.httpStatus, 404);

		const searched = await env.run('search', {
			searchBy: 'PRODUCT_NO',
			originProductNos: String(product.originProductNo),
			returnAll: true,
		});
		assert.equal(searched.error, undefined, searched.error?.message);
		assert.deepEqual(
			(searched.items ?? []).filter((item) => item.json.originProductNo !== undefined),
			[],
		);
		assert.equal(env.catalogue.byOriginProductNo(product.originProductNo), undefined);
	});

	test('several items, each paired; a product Naver does not have is an error item of its own', async () => {
		const [first, second] = env.catalogue.products;
		const unknown = 99_999_999_999;
		const result = await env.run(
			'delete',
			{ originProductNo: '={{ $json.no }}' },
			{
				continueOnFail: true,
				inputItems: [
					{ no: first.originProductNo },
					{ no: unknown },
					{ no: second.originProductNo },
				],
			},
		);
		assert.equal(result.error, undefined);
		assert.deepEqual(
			result.items!.map((item) => [
				item.pairedItem,
				item.json.originProductNo ?? null,
				item.json.deleted ?? false,
				item.json.code,
			]),
			[
				[{ item: 0 }, first.originProductNo, true, 'SUCCESS'],
				[{ item: 1 }, null, false, 'NOT_FOUND'],
				[{ item: 2 }, second.originProductNo, true, 'SUCCESS'],
			],
		);
		assert.equal(result.items![1].json.httpStatus, 404);
		assert.equal(env.catalogue.byOriginProductNo(first.originProductNo), undefined);
		assert.equal(env.catalogue.byOriginProductNo(second.originProductNo), undefined);
	});

	test('deleting twice: the second time Naver answers NOT_FOUND and the run stops with it', async () => {
		const product = env.catalogue.products[5];
		const parameters = { originProductNo: String(product.originProductNo) };
		assert.equal((await env.run('delete', parameters)).error, undefined);
		const again = await env.run('delete', parameters);
		assert.match(String(again.error?.message), /^Naver Commerce API error NOT_FOUND/);
		assert.equal(env.requestsTo('products.delete').length, 2);
	});

	test('a number that is not a product number is refused before any request', async () => {
		const result = await env.run('delete', { originProductNo: '123abc' });
		assert.match(
			String(result.error?.message),
			/Origin Product Number must be a product number such as 10000000007/,
		);
		assert.equal(env.requestsTo('products.delete').length, 0);
		assert.equal(env.catalogue.products.length > 0, true);
	});

	test('a deletion whose answer is lost is reported, not repeated', async () => {
		const product = env.catalogue.products[2];
		for (const fault of [{ status: 503 }, { status: 0, kind: 'drop' as const }]) {
			env.emulator.faults.push({
				method: 'DELETE',
				pathPrefix: `/v2/products/origin-products/${product.originProductNo}`,
				...fault,
				remaining: 2,
			});
			const result = await env.run('delete', { originProductNo: String(product.originProductNo) });
			assert.ok(result.error, 'the run fails');
			assert.match(errorText(result), /may or may not have been applied/);
			assert.equal(env.emulator.faults[0]?.remaining, 1, 'one attempt only');
			env.emulator.faults.length = 0;
		}
		// Neither attempt reached the catalogue: the product is still there.
		assert.ok(env.catalogue.byOriginProductNo(product.originProductNo));
	});
});
