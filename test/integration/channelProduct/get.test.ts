/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import { runListSearch } from '../../helpers/n8nHarness';
import { findProduct, startProductEnv, type ProductTestEnv } from '../product/productKit';

describe('Channel Product → Get through n8n-core', () => {
	let env: ProductTestEnv;
	const get = (
		parameters: IDataObject,
		options?: { inputItems?: IDataObject[]; continueOnFail?: boolean },
	) => env.runRaw({ resource: 'channelProduct', operation: 'get', ...parameters }, options);

	before(async () => {
		env = await startProductEnv();
	});
	after(async () => await env.stop());
	beforeEach(() => env.reset());

	test('by its Smart Store and its window number: the product with its channels, as Product → Get shows it', async () => {
		const product = findProduct(
			env.catalogue,
			(p) => Boolean(p.windowChannelProductNo) && Boolean(p.groupProductNo),
			'grouped product in two channels',
		);
		const numbers = [product.smartstoreChannelProductNo, product.windowChannelProductNo!];
		const result = await get(
			{ channelProductNo: '={{ $json.no }}' },
			{ inputItems: numbers.map((no) => ({ no })) },
		);
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			env.requestsTo('channelProducts.get').map((request) => request.path),
			numbers.map((no) => `/v2/products/channel-products/${no}`),
		);
		const byOrigin = await env.run('get', { originProductNo: String(product.originProductNo) });
		// Product → Get adds originProductNo; Naver's answer is the rest, the same for both pages.
		const originAnswer = { ...byOrigin.items![0].json };
		delete originAnswer.originProductNo;
		result.items!.forEach((item, index) => {
			assert.deepEqual(item.pairedItem, { item: index });
			const { channelProductNo, ...answer } = item.json;
			assert.equal(channelProductNo, numbers[index]);
			assert.deepEqual(answer, originAnswer);
		});
		assert.deepEqual(Object.keys(result.items![0].json).sort(), [
			'channelProductNo',
			'groupProduct',
			'originProduct',
			'smartstoreChannelProduct',
			'windowChannelProduct',
		]);
	});

	test('a number Naver does not have is an error item; a deleted product is gone from its channels too', async () => {
		const product = env.catalogue.products[0];
		await env.run('delete', { originProductNo: String(product.originProductNo) });
		const result = await get(
			{ channelProductNo: '={{ $json.no }}' },
			{
				continueOnFail: true,
				inputItems: [{ no: product.smartstoreChannelProductNo }, { no: 99_999_999_999 }],
			},
		);
		assert.deepEqual(
			result.items!.map((item) => [item.pairedItem, item.json.code, item.json.httpStatus]),
			[
				[{ item: 0 }, 'NOT_FOUND', 404],
				[{ item: 1 }, 'NOT_FOUND', 404],
			],
		);
	});

	test('a value that is not a channel product number is refused before any request', async () => {
		const result = await get({ channelProductNo: 'SMART-1' });
		assert.match(
			String(result.error?.message),
			/Channel Product Number must be a product number such as 10000000007/,
		);
		assert.equal(env.requestsTo('channelProducts.get').length, 0);
	});

	test('a read is retried after a server error', async () => {
		const product = env.catalogue.products[1];
		env.emulator.faults.push({
			pathPrefix: `/v2/products/channel-products/${product.smartstoreChannelProductNo}`,
			status: 503,
			remaining: 1,
		});
		const result = await get({ channelProductNo: String(product.smartstoreChannelProductNo) });
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(env.emulator.faults.length, 0);
		assert.equal(env.requestsTo('channelProducts.get').length, 1);
	});

	test('From List: one entry per channel, named by channel; digits look a channel product number up', async () => {
		const search = (filter?: string, paginationToken?: string) =>
			runListSearch({
				credentialsHelper: env.helper,
				method: 'searchChannelProducts',
				filter,
				paginationToken,
			});
		const first = await search();
		assert.equal(first.paginationToken, '2');
		assert.ok(first.results.length >= 50, 'one page of 50 products, some in two channels');
		const window = first.results.find((result) => result.name.includes('Shopping Window'));
		assert.ok(window, 'a window channel product is listed');
		const owner = env.catalogue.products.find(
			(product) => product.windowChannelProductNo === Number(window.value),
		);
		assert.ok(owner, 'its value is a window channel product number');

		const byNumber = await search(String(owner.smartstoreChannelProductNo));
		assert.deepEqual(byNumber.results, [
			{
				name: `${String(owner.smartstoreChannelProduct.channelProductName ?? owner.originProduct.name)} – Smart Store (${owner.smartstoreChannelProductNo})`,
				value: String(owner.smartstoreChannelProductNo),
			},
		]);
		assert.equal(byNumber.paginationToken, undefined);
		assert.deepEqual(env.requestsTo('products.search').at(-1)?.body, {
			searchKeywordType: 'CHANNEL_PRODUCT_NO',
			channelProductNos: [owner.smartstoreChannelProductNo],
			page: 1,
		});

		// A picked value reaches Naver as the number.
		const picked = await get({
			channelProductNo: { __rl: true, mode: 'list', value: window.value },
		});
		assert.equal(picked.error, undefined, picked.error?.message);
		assert.equal(picked.items![0].json.channelProductNo, Number(window.value));
	});
});
