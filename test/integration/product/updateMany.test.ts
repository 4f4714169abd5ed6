/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import type { EmulatorProduct } from '../../emulator/routes/products';
import { errorText, findProduct, startProductEnv, type ProductTestEnv } from './productKit';

const PATH = '/v1/products/origin-products/multi-update';

/** Update Many with each change mapped from the input item, as a spreadsheet sync does. */
const mapped = (changes: string[]) => ({
	originProductNo: '={{ $json.no }}',
	changes: Object.fromEntries(changes.map((name) => [name, `={{ $json.${name} }}`])),
});

type Entry = IDataObject & { originProductNo: number };

describe('Product → Update Many through n8n-core', () => {
	let env: ProductTestEnv;
	const entriesSent = () =>
		env
			.requestsTo('products.multiUpdate')
			.map(
				(request) =>
					(request.body as { multiProductUpdateRequestVos: Entry[] }).multiProductUpdateRequestVos,
			);
	const inStatus = (status: string) => (product: EmulatorProduct) =>
		product.originProduct.statusType === status &&
		!product.originProduct.detailAttribute.optionInfo;

	before(async () => {
		env = await startProductEnv();
	});
	after(async () => await env.stop());
	beforeEach(() => env.reset());

	test('250 products, each with its own stock: three requests (100, 100, 50), one paired item each', async () => {
		const products = env.catalogue.products.filter(inStatus('SALE')).slice(0, 250);
		assert.equal(products.length, 250);
		const result = await env.run('updateMany', mapped(['stockQuantity']), {
			inputItems: products.map((product, index) => ({
				no: product.originProductNo,
				stockQuantity: index % 50 === 0 ? 0 : 100 + index,
			})),
		});
		assert.equal(result.error, undefined, result.error?.message);
		const sent = entriesSent();
		assert.deepEqual(
			sent.map((entries) => entries.length),
			[100, 100, 50],
		);
		assert.deepEqual(sent[0][1], {
			originProductNo: products[1].originProductNo,
			stockQuantity: 101,
			multiUpdateTypes: ['STOCK'],
		});
		assert.equal(result.items!.length, 250);
		result.items!.forEach((item, index) => {
			assert.deepEqual(item.pairedItem, { item: index });
			assert.equal(item.json.originProductNo, products[index].originProductNo);
			assert.equal(item.json.success, true);
			assert.deepEqual(item.json.multiUpdateTypes, ['STOCK']);
			assert.match(String(item.json.traceId), /^emu-/);
		});
		// Stock 0 puts a product on sale out of stock (change-status page), as Get and Search show.
		const soldOut = products[50];
		const got = await env.run('get', { originProductNo: String(soldOut.originProductNo) });
		const origin = got.items![0].json.originProduct as IDataObject;
		assert.deepEqual([origin.stockQuantity, origin.statusType], [0, 'OUTOFSTOCK']);
		const searched = await env.run('search', {
			searchBy: 'PRODUCT_NO',
			originProductNos: `${soldOut.originProductNo}, ${products[51].originProductNo}`,
			returnAll: true,
		});
		assert.deepEqual(
			searched
				.items!.filter((item) => item.json.channelServiceType === 'STOREFARM')
				.map((item) => [item.json.originProductNo, item.json.stockQuantity, item.json.statusType])
				.sort(),
			[
				[soldOut.originProductNo, 0, 'OUTOFSTOCK'],
				[products[51].originProductNo, 151, 'SALE'],
			].sort(),
		);
	});

	test('price, discount with a period, stock and status in one item: one entry with its types in order', async () => {
		const product = findProduct(env.catalogue, inStatus('SUSPENSION'), 'suspended product');
		const result = await env.run('updateMany', {
			originProductNo: String(product.originProductNo),
			changes: {
				salePrice: 23000,
				discountValue: 10,
				discountUnit: 'PERCENT',
				discountStartDate: '2030-03-01T10:00:00+09:00',
				discountEndDate: '2030-03-31T23:59:00+09:00',
				stockQuantity: 40,
				statusType: 'SALE',
			},
		});
		assert.equal(result.error, undefined, result.error?.message);
		const discountMethod = {
			value: 10,
			unitType: 'PERCENT',
			startDate: '2030-03-01T10:00:00.000+09:00',
			endDate: '2030-03-31T23:59:00.000+09:00',
		};
		assert.deepEqual(entriesSent(), [
			[
				{
					originProductNo: product.originProductNo,
					productSalePrice: { salePrice: 23000 },
					immediateDiscountPolicy: { discountMethod },
					stockQuantity: 40,
					multiUpdateTypes: ['SALE_PRICE', 'IMMEDIATE_DISCOUNT', 'STOCK', 'PRODUCT_STATUS_SALE'],
				},
			],
		]);
		assert.deepEqual(result.items![0].json, {
			originProductNo: product.originProductNo,
			multiUpdateTypes: ['SALE_PRICE', 'IMMEDIATE_DISCOUNT', 'STOCK', 'PRODUCT_STATUS_SALE'],
			salePrice: 23000,
			immediateDiscountPolicy: { discountMethod },
			stockQuantity: 40,
			statusType: 'SALE',
			success: true,
			traceId: result.items![0].json.traceId,
		});
		const origin = product.originProduct;
		assert.deepEqual(
			[origin.salePrice, origin.stockQuantity, origin.statusType],
			[23000, 40, 'SALE'],
		);
		assert.deepEqual(origin.customerBenefit?.immediateDiscountPolicy, { discountMethod });
	});

	test('a product Naver refuses fails alone; the others of its request go again without it', async () => {
		const onSale = env.catalogue.products.filter(inStatus('SALE')).slice(0, 3);
		const closed = findProduct(env.catalogue, inStatus('CLOSE'), 'closed product');
		const unknown = 99_999_999_999;
		const numbers = [
			onSale[0].originProductNo,
			unknown,
			onSale[1].originProductNo,
			closed.originProductNo,
			onSale[2].originProductNo,
		];
		const result = await env.run('updateMany', mapped(['statusType']), {
			continueOnFail: true,
			inputItems: numbers.map((no) => ({ no, statusType: 'SUSPENSION' })),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			entriesSent().map((entries) => entries.map((entry) => entry.originProductNo)),
			[numbers, [numbers[0], numbers[2], numbers[4]]],
		);
		assert.deepEqual(
			result.items!.map((item) => [
				item.pairedItem,
				item.json.originProductNo,
				item.json.success,
				item.json.code ?? null,
			]),
			[
				[{ item: 0 }, numbers[0], true, null],
				[{ item: 1 }, unknown, false, 'BAD_REQUEST'],
				[{ item: 2 }, numbers[2], true, null],
				[{ item: 3 }, closed.originProductNo, false, 'BAD_REQUEST'],
				[{ item: 4 }, numbers[4], true, null],
			],
		);
		// Each refused item carries the invalid inputs about its own entry.
		assert.deepEqual(
			(result.items![1].json.invalidInputs as IDataObject[]).map((input) => input.name),
			['multiProductUpdateRequestVos[1].originProductNo'],
		);
		assert.match(
			String((result.items![3].json.invalidInputs as IDataObject[])[0].message),
			/CLOSE 상태의 상품은 SUSPENSION 상태로 변경할 수 없습니다/,
		);
		assert.deepEqual(
			onSale.map((product) => product.originProduct.statusType),
			['SUSPENSION', 'SUSPENSION', 'SUSPENSION'],
		);
		assert.equal(closed.originProduct.statusType, 'CLOSE');
	});

	test('only unknown products in a request: Naver answers NOT_FOUND for those', async () => {
		const result = await env.run('updateMany', mapped(['stockQuantity']), {
			continueOnFail: true,
			inputItems: [{ no: 99_999_999_998, stockQuantity: 3 }],
		});
		assert.deepEqual(
			[result.items![0].json.code, result.items![0].json.httpStatus, result.items![0].json.success],
			['NOT_FOUND', 404, false],
		);
	});

	test('without Continue On Fail a refusal stops the node and says what was done and not sent', async () => {
		const onSale = env.catalogue.products.filter(inStatus('SALE')).slice(0, 4);
		const unknown = 99_999_999_999;
		const result = await env.run(
			'updateMany',
			{ ...mapped(['stockQuantity']), options: { productsPerRequest: 2 } },
			{
				inputItems: [
					{ no: onSale[0].originProductNo, stockQuantity: 11 },
					{ no: onSale[1].originProductNo, stockQuantity: 12 },
					{ no: unknown, stockQuantity: 13 },
					{ no: onSale[2].originProductNo, stockQuantity: 14 },
					{ no: onSale[3].originProductNo, stockQuantity: 15 },
				],
			},
		);
		assert.match(String(result.error?.message), /^Naver Commerce API error NOT_FOUND/);
		const description = errorText(result);
		assert.match(
			description,
			new RegExp(`Naver refused 1 of 2 products in one request: ${unknown}`),
		);
		assert.match(
			description,
			new RegExp(
				`Changed before this failure \\(2\\): ${onSale[0].originProductNo}, ${onSale[1].originProductNo}`,
			),
		);
		assert.match(description, /Not sent \(2 products\)/);
		assert.equal((result.error as { context?: { itemIndex?: number } }).context?.itemIndex, 2);
		assert.equal(entriesSent().length, 2, 'the rest is not sent');
		assert.deepEqual(
			onSale.map((product) => product.originProduct.stockQuantity).slice(0, 2),
			[11, 12],
		);
		assert.notEqual(onSale[2].originProduct.stockQuantity, 14);
	});

	test('bad input is refused before any request: each such item alone with Continue On Fail', async () => {
		const product = findProduct(env.catalogue, inStatus('SALE'), 'product on sale');
		const cases: Array<[IDataObject, RegExp]> = [
			[
				{ discountValue: 5, discountStartDate: '2030-01-01T10:05:00+09:00' },
				/Discount Start must fall on a minute ending in 0/,
			],
			[
				{ discountValue: 5, discountEndDate: '2030-01-01T10:10:00+09:00' },
				/Discount End must fall on a minute ending in 9/,
			],
			[
				{
					discountValue: 5,
					discountStartDate: '2030-01-02T10:00:00+09:00',
					discountEndDate: '2030-01-01T10:09:00+09:00',
				},
				/Discount End .* must come after Discount Start/,
			],
			[{ discountValue: 150, discountUnit: 'PERCENT' }, /150 % is more than the price/],
			[{ discountValue: 10_000_001 }, /Discount Value must be from 1 to 10000000/],
			[{ discountUnit: 'PERCENT' }, /needs a Discount Value/],
			[{ stockQuantity: -1 }, /Stock Quantity must be a whole number from 0 to 99999999/],
			[{ stockQuantity: 2.5 }, /Stock Quantity must be a whole number/],
			[{ salePrice: 1_000_000_000 }, /Sale Price must be a whole number from 0 to 999999990/],
			[{ stockQuantity: '' }, /Stock Quantity is empty/],
			[{}, /Nothing to change for this product/],
		];
		for (const [changes, message] of cases) {
			const result = await env.run('updateMany', {
				originProductNo: String(product.originProductNo),
				changes,
			});
			assert.match(String(result.error?.message), message, JSON.stringify(changes));
		}
		assert.equal(entriesSent().length, 0, 'no request for bad input');

		const [good, alsoGood] = env.catalogue.products.filter(inStatus('SALE'));
		const mixed = await env.run('updateMany', mapped(['stockQuantity']), {
			continueOnFail: true,
			inputItems: [
				{ no: good.originProductNo, stockQuantity: 8 },
				{ no: alsoGood.originProductNo, stockQuantity: -5 },
				{ no: 'abc', stockQuantity: 1 },
			],
		});
		assert.deepEqual(
			mixed.items!.map((item) => [item.pairedItem, item.json.success]),
			[
				[{ item: 0 }, true],
				[{ item: 1 }, false],
				[{ item: 2 }, false],
			],
		);
		assert.match(String(mixed.items![1].json.error), /Stock Quantity must be a whole number/);
		assert.deepEqual(
			entriesSent().map((entries) => entries.map((entry) => entry.originProductNo)),
			[[good.originProductNo]],
		);
	});

	test('one product named twice: the later item goes in a later request, so it wins', async () => {
		const [first, second] = env.catalogue.products.filter(inStatus('SALE'));
		const result = await env.run('updateMany', mapped(['stockQuantity']), {
			inputItems: [
				{ no: first.originProductNo, stockQuantity: 5 },
				{ no: second.originProductNo, stockQuantity: 6 },
				{ no: first.originProductNo, stockQuantity: 7 },
			],
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			entriesSent().map((entries) =>
				entries.map((entry) => [entry.originProductNo, entry.stockQuantity]),
			),
			[
				[
					[first.originProductNo, 5],
					[second.originProductNo, 6],
				],
				[[first.originProductNo, 7]],
			],
		);
		assert.equal(first.originProduct.stockQuantity, 7);
		assert.deepEqual(
			result.items!.map((item) => item.pairedItem),
			[0, 1, 2].map((item) => ({ item })),
		);
	});

	test('a refusal that names no product fails every product of its request, sent once', async () => {
		const products = env.catalogue.products.filter(inStatus('SALE')).slice(0, 2);
		env.emulator.faults.push({
			method: 'PATCH',
			pathPrefix: PATH,
			status: 400,
			code: 'BAD_REQUEST',
			message: '요청을 처리할 수 없습니다.',
			remaining: 2,
		});
		const result = await env.run('updateMany', mapped(['stockQuantity']), {
			continueOnFail: true,
			inputItems: products.map((product) => ({ no: product.originProductNo, stockQuantity: 4 })),
		});
		assert.equal(env.emulator.faults[0]?.remaining, 1, 'one attempt only');
		assert.deepEqual(
			result.items!.map((item) => [item.pairedItem, item.json.success, item.json.code]),
			[0, 1].map((item) => [{ item }, false, 'BAD_REQUEST']),
		);
	});

	test('a request whose answer is lost is reported for its products and never repeated', async () => {
		const products = env.catalogue.products.filter(inStatus('SALE')).slice(0, 3);
		env.emulator.faults.push({ method: 'PATCH', pathPrefix: PATH, status: 503, remaining: 2 });
		const result = await env.run('updateMany', mapped(['stockQuantity']), {
			continueOnFail: true,
			inputItems: products.map((product) => ({ no: product.originProductNo, stockQuantity: 9 })),
		});
		assert.equal(env.emulator.faults[0]?.remaining, 1, 'one attempt only');
		assert.deepEqual(
			result.items!.map((item) => [item.pairedItem, item.json.success, item.json.httpStatus]),
			[0, 1, 2].map((item) => [{ item }, false, 503]),
		);
		assert.match(String(result.items![0].json.description), /may or may not have been applied/);
		assert.ok(products.every((product) => product.originProduct.stockQuantity !== 9));
	});

	test('a lost first request does not stop the second with Continue On Fail; without it the run stops', async () => {
		const products = env.catalogue.products.filter(inStatus('SALE')).slice(0, 4);
		const input = products.map((product) => ({ no: product.originProductNo, stockQuantity: 21 }));
		const parameters = { ...mapped(['stockQuantity']), options: { productsPerRequest: 2 } };
		env.emulator.faults.push({
			method: 'PATCH',
			pathPrefix: PATH,
			status: 0,
			kind: 'drop',
			remaining: 1,
		});
		const result = await env.run('updateMany', parameters, {
			continueOnFail: true,
			inputItems: input,
		});
		assert.deepEqual(
			result.items!.map((item) => item.json.success),
			[false, false, true, true],
		);
		assert.deepEqual(
			products.map((product) => product.originProduct.stockQuantity === 21),
			[false, false, true, true],
		);

		env.reset();
		env.emulator.faults.push({ method: 'PATCH', pathPrefix: PATH, status: 500, remaining: 1 });
		const stopped = await env.run('updateMany', parameters, { inputItems: input });
		assert.match(errorText(stopped), /The answer was lost for 2 products/);
		assert.match(errorText(stopped), /Not sent \(2 products\)/);
		assert.equal(entriesSent().length, 0, 'nothing after the lost request');
	});
});
