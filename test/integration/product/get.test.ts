/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { findProduct, startProductEnv, type ProductTestEnv } from './productKit';

describe('Product → Get through n8n-core', () => {
	let env: ProductTestEnv;

	before(async () => {
		env = await startProductEnv();
	});
	after(async () => await env.stop());
	beforeEach(() => env.reset());

	test("one item per input item: Naver's answer plus the originProductNo it leaves out", async () => {
		const withOptions = findProduct(
			env.catalogue,
			(p) => Boolean(p.groupProductNo && p.originProduct.detailAttribute.optionInfo),
			'grouped product with options',
		);
		const plain = findProduct(
			env.catalogue,
			(p) => !p.groupProductNo && !p.originProduct.detailAttribute.optionInfo,
			'product without group or options',
		);
		const result = await env.run(
			'get',
			{ originProductNo: '={{ $json.no }}' },
			{ inputItems: [{ no: withOptions.originProductNo }, { no: String(plain.originProductNo) }] },
		);
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			env.requestsTo('products.get').map((request) => [request.method, request.path]),
			[
				['GET', `/v2/products/origin-products/${withOptions.originProductNo}`],
				['GET', `/v2/products/origin-products/${plain.originProductNo}`],
			],
		);
		assert.equal(result.items?.length, 2);
		const [first, second] = result.items!;
		assert.deepEqual(first.pairedItem, { item: 0 });
		assert.deepEqual(second.pairedItem, { item: 1 });
		assert.equal(first.json.originProductNo, withOptions.originProductNo);
		assert.deepEqual(first.json.originProduct, withOptions.originProduct);
		assert.deepEqual(first.json.smartstoreChannelProduct, withOptions.smartstoreChannelProduct);
		assert.equal(
			(first.json.groupProduct as { groupProductNo: number }).groupProductNo,
			withOptions.groupProductNo,
		);
		assert.equal(second.json.originProductNo, plain.originProductNo);
		assert.equal(second.json.groupProduct, undefined);
		assert.equal((second.json.originProduct as { name: string }).name, plain.originProduct.name);
	});

	test('an unknown product: an error item in place with continue on fail, else the run stops', async () => {
		const known = env.catalogue.products[0].originProductNo;
		const inputItems = [{ no: known }, { no: 99_999_999_999 }, { no: known }];
		const continued = await env.run(
			'get',
			{ originProductNo: '={{ $json.no }}' },
			{ inputItems, continueOnFail: true },
		);
		assert.equal(continued.error, undefined);
		assert.equal(continued.items?.length, 3);
		const failed = continued.items![1];
		assert.deepEqual(failed.pairedItem, { item: 1 });
		assert.equal(failed.json.code, 'NOT_FOUND');
		assert.equal(failed.json.httpStatus, 404);
		assert.match(String(failed.json.error), /NOT_FOUND: 상품이 존재하지 않습니다/);
		assert.equal(continued.items![2].json.originProductNo, known);

		const stopped = await env.run('get', { originProductNo: '={{ $json.no }}' }, { inputItems });
		assert.match(String(stopped.error?.message), /^Naver Commerce API error NOT_FOUND/);
		assert.equal((stopped.error as { context?: { itemIndex?: number } }).context?.itemIndex, 1);
	});

	test('a number that is not a product number fails the item before any request', async () => {
		const result = await env.run(
			'get',
			{ originProductNo: '={{ $json.no }}' },
			{ inputItems: [{ no: 'abc' }, { no: '' }, { no: '1e3' }], continueOnFail: true },
		);
		assert.equal(result.items?.length, 3);
		for (const item of result.items!) {
			assert.match(String(item.json.error), /Origin Product Number must be a product number/);
		}
		assert.equal(env.emulator.stats.apiRequests, 0);
	});
});
