/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { formatKst } from '../../emulator/kst';
import { PRODUCT_COUNT, type EmulatorProduct } from '../../emulator/routes/products';
import { errorText, startProductEnv, type ProductTestEnv } from './productKit';

const channelCount = (product: EmulatorProduct) => (product.windowChannelProductNo ? 2 : 1);

describe('Product → Search through n8n-core', () => {
	let env: ProductTestEnv;

	before(async () => {
		env = await startProductEnv();
	});
	after(async () => await env.stop());
	beforeEach(() => env.reset());

	test('Return All, one item per origin product: pages of 500 until the last, every product once', async () => {
		const result = await env.run('search', { output: 'originProducts', returnAll: true });
		assert.equal(result.error, undefined, result.error?.message);
		const searches = env.requestsTo('products.search');
		assert.deepEqual(
			searches.map((request) => request.body),
			[1, 2, 3].map((page) => ({ page, size: 500 })),
		);
		assert.equal(result.items?.length, PRODUCT_COUNT);
		const numbers = result.items!.map((item) => item.json.originProductNo);
		assert.equal(new Set(numbers).size, PRODUCT_COUNT, 'no product twice');
		// Naver's default order (product number, newest first) is kept across pages.
		assert.deepEqual(
			numbers,
			[...env.catalogue.products]
				.sort((a, b) => b.originProductNo - a.originProductNo)
				.map((product) => product.originProductNo),
		);
		const first = result.items![0].json;
		assert.deepEqual(Object.keys(first).sort(), ['channelProducts', 'originProductNo'].sort());
		assert.ok(result.items!.every((item) => (item.pairedItem as { item: number }).item === 0));
	});

	test("Return All, one item per channel product: Naver's field names, window products too", async () => {
		const result = await env.run('search', { returnAll: true });
		assert.equal(result.error, undefined, result.error?.message);
		const expected = env.catalogue.products.reduce((sum, p) => sum + channelCount(p), 0);
		assert.ok(expected > PRODUCT_COUNT, 'some products are on two channels');
		assert.equal(result.items?.length, expected);
		assert.equal(env.requestsTo('products.search').length, 3, 'pages count origin products');
		const window = result.items!.find((item) => item.json.channelServiceType === 'WINDOW')!.json;
		const product = env.catalogue.byOriginProductNo(window.originProductNo as number)!;
		assert.equal(window.channelProductNo, product.windowChannelProductNo);
		for (const field of [
			'channelProductNo',
			'originProductNo',
			'channelServiceType',
			'name',
			'statusType',
			'salePrice',
			'discountedPrice',
			'stockQuantity',
			'sellerManagementCode',
			'regDate',
			'modifiedDate',
		]) {
			assert.ok(field in window, `${field} is in the item`);
		}
		assert.equal(window.stockQuantity, product.originProduct.stockQuantity);
	});

	test('Limit: one request of that size up to 500, then pages of 500 cut to the limit', async () => {
		const small = await env.run('search', { output: 'originProducts', limit: 7 });
		assert.equal(small.items?.length, 7);
		assert.deepEqual(
			env.requestsTo('products.search').map((request) => request.body),
			[{ page: 1, size: 7 }],
		);

		env.reset();
		const large = await env.run('search', { output: 'originProducts', limit: 600 });
		assert.equal(large.items?.length, 600);
		assert.deepEqual(
			env.requestsTo('products.search').map((request) => request.body),
			[
				{ page: 1, size: 500 },
				{ page: 2, size: 500 },
			],
		);
	});

	test('Limit counts channel products, even when one origin product gives two', async () => {
		// The newest products come first; find a limit that ends in the middle of a two-channel one.
		const ordered = [...env.catalogue.products].sort(
			(a, b) => b.originProductNo - a.originProductNo,
		);
		const twoChannelIndex = ordered.findIndex((product) => channelCount(product) === 2);
		const before = ordered.slice(0, twoChannelIndex).reduce((sum, p) => sum + channelCount(p), 0);
		const limit = before + 1;
		const result = await env.run('search', { limit });
		assert.equal(result.items?.length, limit);
		assert.equal(result.items![limit - 1].json.channelServiceType, 'STOREFARM');
		assert.deepEqual(env.requestsTo('products.search')[0].body, { page: 1, size: limit });
	});

	test('filters and sort arrive in the body as Naver names them, dates as KST yyyy-MM-dd', async () => {
		const now = Date.now();
		const from = formatKst(now - 30 * 86_400_000).slice(0, 10);
		const to = formatKst(now).slice(0, 10);
		const result = await env.run('search', {
			output: 'originProducts',
			returnAll: true,
			filters: {
				productStatusTypes: ['SALE', 'OUTOFSTOCK'],
				periodType: 'PROD_MOD_DAY',
				// n8n hands over date-times without a zone; Naver reads them as Korean time.
				fromDate: `${from}T00:00:00`,
				toDate: `${to}T23:59:59`,
			},
			options: { orderType: 'LOW_PRICE' },
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(env.requestsTo('products.search')[0].body, {
			productStatusTypes: ['SALE', 'OUTOFSTOCK'],
			periodType: 'PROD_MOD_DAY',
			fromDate: from,
			toDate: to,
			orderType: 'LOW_PRICE',
			page: 1,
			size: 500,
		});
		const expected = env.catalogue.products.filter((product) => {
			const modified = formatKst(product.modMs).slice(0, 10);
			return (
				['SALE', 'OUTOFSTOCK'].includes(product.originProduct.statusType) &&
				modified >= from &&
				modified <= to
			);
		});
		assert.ok(expected.length > 0 && expected.length < PRODUCT_COUNT);
		assert.equal(result.items?.length, expected.length);
		const prices = result.items!.map(
			(item) => (item.json.channelProducts as Array<{ salePrice: number }>)[0].salePrice,
		);
		assert.deepEqual(
			prices,
			[...prices].sort((a, b) => a - b),
			'lowest price first',
		);
	});

	test('a date without a period type searches by registration date', async () => {
		const result = await env.run('search', {
			limit: 5,
			filters: { fromDate: '2020-01-01' },
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(env.requestsTo('products.search')[0].body, {
			periodType: 'PROD_REG_DAY',
			fromDate: '2020-01-01',
			page: 1,
			size: 5,
		});
	});

	test('search by numbers: one search per input item, numbers sent as numbers, items paired', async () => {
		const [a, b, c] = env.catalogue.products.slice(40, 43);
		const result = await env.run(
			'search',
			{
				searchBy: 'PRODUCT_NO',
				originProductNos: '={{ $json.numbers }}',
				output: 'originProducts',
				returnAll: true,
			},
			{
				inputItems: [
					{ numbers: `${a.originProductNo}, ${b.originProductNo}` },
					{ numbers: [c.originProductNo] },
				],
			},
		);
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			env.requestsTo('products.search').map((request) => request.body),
			[
				{
					searchKeywordType: 'PRODUCT_NO',
					originProductNos: [a.originProductNo, b.originProductNo],
					page: 1,
					size: 500,
				},
				{
					searchKeywordType: 'PRODUCT_NO',
					originProductNos: [c.originProductNo],
					page: 1,
					size: 500,
				},
			],
		);
		assert.deepEqual(
			result.items!.map((item) => [item.json.originProductNo, item.pairedItem]),
			[
				[b.originProductNo, { item: 0 }],
				[a.originProductNo, { item: 0 }],
				[c.originProductNo, { item: 1 }],
			],
		);
	});

	test('search by channel product number finds the window channel too; by seller code exactly', async () => {
		const product = env.catalogue.products.find((p) => p.windowChannelProductNo)!;
		const byChannel = await env.run('search', {
			searchBy: 'CHANNEL_PRODUCT_NO',
			channelProductNos: String(product.windowChannelProductNo),
			returnAll: true,
		});
		assert.deepEqual(
			byChannel.items!.map((item) => item.json.channelProductNo),
			[product.smartstoreChannelProductNo, product.windowChannelProductNo],
		);
		const code = product.originProduct.detailAttribute.sellerCodeInfo!.sellerManagementCode!;
		const byCode = await env.run('search', {
			searchBy: 'SELLER_CODE',
			sellerManagementCode: code,
			output: 'originProducts',
			returnAll: true,
		});
		assert.deepEqual(
			byCode.items!.map((item) => item.json.originProductNo),
			[product.originProductNo],
		);
		assert.deepEqual(env.requestsTo('products.search')[1].body, {
			searchKeywordType: 'SELLER_CODE',
			sellerManagementCode: code,
			page: 1,
			size: 500,
		});
	});

	test("Naver's BAD_REQUEST becomes an error item in place, with its invalid inputs", async () => {
		const result = await env.run(
			'search',
			{ limit: 3, filters: { fromDate: '={{ $json.from }}', toDate: '2024-01-31' } },
			{ continueOnFail: true, inputItems: [{ from: '2024-01-01' }, { from: '2024-03-01' }] },
		);
		assert.equal(result.error, undefined);
		const failed = result.items!.find((item) => 'error' in item.json)!;
		assert.deepEqual(failed.pairedItem, { item: 1 });
		assert.equal(failed.json.code, 'BAD_REQUEST');
		assert.equal(failed.json.httpStatus, 400);
		assert.match(String(failed.json.message), /시작일이 종료일보다/);
		assert.deepEqual((failed.json.invalidInputs as Array<{ name: string }>)[0].name, 'fromDate');
		assert.match(String(failed.json.traceId), /^emu-/);
		assert.match(String(failed.json.description), /Invalid input: fromDate/);
		assert.ok(
			result
				.items!.filter((item) => !('error' in item.json))
				.every((item) => item.pairedItem && (item.pairedItem as { item: number }).item === 0),
		);

		const stopped = await env.run(
			'search',
			{ limit: 3, filters: { fromDate: '={{ $json.from }}', toDate: '2024-01-31' } },
			{ inputItems: [{ from: '2024-01-01' }, { from: '2024-03-01' }] },
		);
		assert.match(String(stopped.error?.message), /^Naver Commerce API error BAD_REQUEST/);
		assert.equal((stopped.error as { context?: { itemIndex?: number } }).context?.itemIndex, 1);
	});

	test('product numbers that are not numbers are refused before any request', async () => {
		const result = await env.run(
			'search',
			{ searchBy: 'CHANNEL_PRODUCT_NO', channelProductNos: '={{ $json.numbers }}' },
			{ continueOnFail: true, inputItems: [{ numbers: '123, abc' }, { numbers: '' }] },
		);
		assert.match(
			String(result.items?.[0].json.error),
			/Channel Product Numbers must be a product number/,
		);
		assert.match(String(result.items?.[1].json.error), /at least one number/);
		assert.equal(env.emulator.stats.apiRequests, 0);
	});

	test('a search is read-only, so a server error is retried', async () => {
		env.emulator.faults.push({
			pathPrefix: '/v1/products/search',
			status: 503,
			remaining: 1,
		});
		const result = await env.run('search', { limit: 2 });
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(result.items?.length, 2);
		assert.equal(env.emulator.faults.length, 0, 'the failed attempt happened');
	});

	test('the emulator follows Naver: size over 500 is a BAD_REQUEST', async () => {
		const send = (size: number) =>
			env.runRaw(
				{
					resource: 'apiRequest',
					operation: 'send',
					method: 'POST',
					path: '/v1/products/search',
					body: JSON.stringify({ size }),
				},
				{ continueOnFail: true },
			);
		const tooLarge = await send(501);
		assert.equal(tooLarge.items?.[0].json.code, 'BAD_REQUEST');
		assert.equal(tooLarge.items?.[0].json.httpStatus, 400);
		assert.deepEqual(
			(tooLarge.items?.[0].json.invalidInputs as Array<{ name: string }>).map((i) => i.name),
			['size'],
		);
		const largest = await send(500);
		assert.equal((largest.items?.[0].json.contents as unknown[]).length, 500);
		// Product answers are not wrapped in { timestamp, traceId, data }.
		assert.equal(largest.items?.[0].json.data, undefined);
		assert.equal(largest.items?.[0].json.totalElements, PRODUCT_COUNT);
		assert.equal(tooLarge.error, undefined, errorText(tooLarge));
	});
});
