/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import type {
	EmulatorProduct,
	OptionCombination,
	OriginProduct,
} from '../../emulator/routes/products';
import { findProduct, startProductEnv, type ProductTestEnv } from './productKit';

const combinationsOf = (product: EmulatorProduct): OptionCombination[] =>
	product.originProduct.detailAttribute.optionInfo?.optionCombinations ?? [];

/** A product on sale with four options or more, all in stock, so a 0 cannot pass unnoticed. */
const optionProduct = (product: EmulatorProduct) =>
	product.originProduct.statusType === 'SALE' &&
	combinationsOf(product).length >= 4 &&
	combinationsOf(product).every((combination) => combination.stockQuantity > 0);

describe('Product → Update Option Stock and Price through n8n-core', () => {
	let env: ProductTestEnv;

	before(async () => {
		env = await startProductEnv();
	});
	after(async () => await env.stop());
	beforeEach(() => env.reset());

	test('changing one option leaves every other option, field and the sale price as they were', async () => {
		const product = findProduct(env.catalogue, optionProduct, 'product with options on sale');
		const before = structuredClone(combinationsOf(product));
		const salePrice = product.originProduct.salePrice;
		const target = before.find((combination) => combination.price > 0)!;
		const result = await env.run('updateOptionStock', {
			originProductNo: String(product.originProductNo),
			optionChanges: JSON.stringify([{ id: target.id, stockQuantity: 3 }]),
		});
		assert.equal(result.error, undefined, result.error?.message);

		const after = combinationsOf(product);
		assert.deepEqual(
			after,
			before.map((combination) =>
				combination.id === target.id ? { ...combination, stockQuantity: 3 } : combination,
			),
			'only the stock of the named option changed; its price and the other options are intact',
		);
		assert.ok(target.price > 0, 'the named option kept a price that is not 0');
		assert.equal(product.originProduct.salePrice, salePrice);

		// The product was read first, then every option was sent with all of its fields.
		assert.deepEqual(
			env.catalogue.requests.map((request) => request.route),
			['products.get', 'products.optionStock'],
		);
		assert.deepEqual(env.requestsTo('products.optionStock')[0].body, {
			productSalePrice: { salePrice },
			optionInfo: {
				optionCombinations: before.map((combination) => ({
					id: combination.id,
					stockQuantity: combination.id === target.id ? 3 : combination.stockQuantity,
					price: combination.price,
					usable: combination.usable,
				})),
				useStockManagement: true,
			},
		});
		// The output is Naver's answer: the product numbers and the whole product after the write.
		assert.equal(result.items?.length, 1);
		const output = result.items![0].json as IDataObject & { originProduct: OriginProduct };
		assert.equal(output.originProductNo, product.originProductNo);
		assert.equal(output.smartstoreChannelProductNo, product.smartstoreChannelProductNo);
		assert.deepEqual(output.originProduct.detailAttribute.optionInfo?.optionCombinations, after);
		assert.deepEqual(output.originProduct, product.originProduct);
		assert.deepEqual(output.smartstoreChannelProduct, product.smartstoreChannelProduct);
		assert.deepEqual(output.windowChannelProduct, product.windowChannelProduct);
		assert.deepEqual(result.items![0].pairedItem, { item: 0 });
	});

	test("the same change sent as a partial body (API Request) shows Naver's trap the operation avoids", async () => {
		const product = findProduct(env.catalogue, optionProduct, 'product with options on sale');
		const [first, second] = combinationsOf(product);
		const untouched = combinationsOf(product)
			.slice(2)
			.map((c) => structuredClone(c));
		const result = await env.runRaw({
			resource: 'apiRequest',
			operation: 'send',
			method: 'PUT',
			path: `/v1/products/origin-products/${product.originProductNo}/option-stock`,
			body: JSON.stringify({
				productSalePrice: { salePrice: product.originProduct.salePrice },
				optionInfo: {
					optionCombinations: [
						{ id: first.id, stockQuantity: 3 },
						{ id: second.id, price: 500 },
					],
				},
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		const [firstAfter, secondAfter] = combinationsOf(product);
		assert.equal(firstAfter.price, 0, 'an omitted price is saved as 0');
		assert.equal(secondAfter.stockQuantity, 0, 'an omitted stock is saved as 0');
		assert.deepEqual(combinationsOf(product).slice(2), untouched);
	});

	test('price, availability and a new sale price, for several products, each item paired', async () => {
		const products = env.catalogue.products.filter(optionProduct).slice(0, 2);
		const inputItems = products.map((product) => {
			const [first, second] = combinationsOf(product);
			return {
				no: product.originProductNo,
				changes: [
					{ id: String(first.id), price: '2500' },
					{ id: second.id, usable: false, stockQuantity: 0 },
				],
			};
		});
		const befores = products.map((product) => structuredClone(combinationsOf(product)));
		const result = await env.run(
			'updateOptionStock',
			{
				originProductNo: '={{ $json.no }}',
				optionChanges: '={{ $json.changes }}',
				additionalFields: { salePrice: 45000 },
			},
			{ inputItems },
		);
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items!.map((item) => [item.json.originProductNo, item.pairedItem]),
			products.map((product, index) => [product.originProductNo, { item: index }]),
		);
		products.forEach((product, index) => {
			const [first, second, ...rest] = befores[index];
			assert.deepEqual(combinationsOf(product), [
				{ ...first, price: 2500 },
				{ ...second, usable: false, stockQuantity: 0 },
				...rest,
			]);
			assert.equal(product.originProduct.salePrice, 45000);
		});
	});

	test('an unknown option ID, a bad value or nothing to change fails before any write', async () => {
		const product = findProduct(env.catalogue, optionProduct, 'product with options on sale');
		const [first] = combinationsOf(product);
		const before = structuredClone(combinationsOf(product));
		const cases: Array<[unknown, RegExp]> = [
			[[{ id: 123, stockQuantity: 1 }], /no option combination with ID 123/],
			[[{ id: first.id, stockQuantity: -1 }], /stockQuantity must be a whole number/],
			[[{ id: first.id, stockQuantity: 1.5 }], /stockQuantity must be a whole number/],
			[[{ id: first.id, usable: 'no' }], /usable must be true or false/],
			[[{ id: first.id }, { id: first.id, price: 1 }], /listed twice/],
			[[{ id: first.id, optionName1: '레드' }], /does not change: optionName1/],
			[[], /Nothing to change/],
			['{"id": ', /Option Changes is not valid JSON/],
		];
		const result = await env.run(
			'updateOptionStock',
			{ originProductNo: String(product.originProductNo), optionChanges: '={{ $json.changes }}' },
			{
				continueOnFail: true,
				inputItems: cases.map(([changes]) => ({
					changes: typeof changes === 'string' ? changes : JSON.stringify(changes),
				})),
			},
		);
		assert.equal(result.items?.length, cases.length);
		cases.forEach(([, message], index) => {
			assert.match(String(result.items![index].json.error), message);
			assert.deepEqual(result.items![index].pairedItem, { item: index });
		});
		assert.equal(env.requestsTo('products.optionStock').length, 0);
		assert.deepEqual(combinationsOf(product), before);
	});

	test('a product without options is refused after the read, before any write', async () => {
		const plain = findProduct(
			env.catalogue,
			(p) => !p.originProduct.detailAttribute.optionInfo,
			'product without options',
		);
		const result = await env.run('updateOptionStock', {
			originProductNo: String(plain.originProductNo),
			optionChanges: '[{"id": 1, "stockQuantity": 5}]',
		});
		assert.match(String(result.error?.message), /has no option combinations/);
		assert.deepEqual(
			env.catalogue.requests.map((request) => request.route),
			['products.get'],
		);
	});

	test("Naver's refusal of the write arrives as an error item with its code and message", async () => {
		const product = findProduct(env.catalogue, optionProduct, 'product with options on sale');
		const [first] = combinationsOf(product);
		// A rule of Naver's the emulator does not model (option prices relative to the sale price).
		env.emulator.faults.push({
			pathPrefix: `/v1/products/origin-products/${product.originProductNo}/option-stock`,
			status: 400,
			code: 'BAD_REQUEST',
			message: '옵션가는 판매가의 50%를 초과할 수 없습니다.',
			remaining: 1,
		});
		const refused = await env.run(
			'updateOptionStock',
			{
				originProductNo: String(product.originProductNo),
				optionChanges: JSON.stringify([{ id: first.id, price: 10 }]),
			},
			{ continueOnFail: true },
		);
		assert.equal(refused.items?.[0].json.code, 'BAD_REQUEST');
		assert.equal(refused.items?.[0].json.httpStatus, 400);
		assert.match(String(refused.items?.[0].json.error), /판매가의 50%/);
	});

	test('the write is never repeated: a server error after the read is reported once', async () => {
		const product = findProduct(env.catalogue, optionProduct, 'product with options on sale');
		const [first] = combinationsOf(product);
		env.emulator.faults.push({
			pathPrefix: `/v1/products/origin-products/${product.originProductNo}/option-stock`,
			status: 503,
			remaining: 2,
		});
		const result = await env.run('updateOptionStock', {
			originProductNo: String(product.originProductNo),
			optionChanges: JSON.stringify([{ id: first.id, stockQuantity: 9 }]),
		});
		assert.match(String(result.error?.message), /GW\.INTERNAL_SERVER_ERROR/);
		assert.equal(env.emulator.faults[0]?.remaining, 1, 'one attempt only');
		assert.notEqual(first.stockQuantity, 9);
	});

	test("the product's current discount is sent back, so an option change never clears it", async () => {
		const product = findProduct(
			env.catalogue,
			(p) =>
				combinationsOf(p).length > 0 &&
				Boolean(p.originProduct.customerBenefit?.immediateDiscountPolicy),
			'product with options and an immediate discount',
		);
		const discount = structuredClone(
			product.originProduct.customerBenefit!.immediateDiscountPolicy,
		);
		const [first] = combinationsOf(product);
		const result = await env.run('updateOptionStock', {
			originProductNo: String(product.originProductNo),
			optionChanges: JSON.stringify([{ id: first.id, stockQuantity: 8 }]),
		});
		assert.equal(result.error, undefined, result.error?.message);
		const [request] = env.requestsTo('products.optionStock');
		assert.deepEqual(
			(request.body as { immediateDiscountPolicy?: unknown }).immediateDiscountPolicy,
			discount,
		);
		assert.deepEqual(product.originProduct.customerBenefit?.immediateDiscountPolicy, discount);
		assert.equal(first.stockQuantity, 8);
	});

	test('a new discount (value, unit, start and end) is checked before any request and then sent', async () => {
		const product = findProduct(env.catalogue, optionProduct, 'product with options on sale');
		const run = (additionalFields: Record<string, unknown>) =>
			env.run(
				'updateOptionStock',
				{ originProductNo: String(product.originProductNo), additionalFields },
				{ continueOnFail: true },
			);
		const refused = [
			[{ discountValue: 150, discountUnit: 'PERCENT' }, /150 % is more than the price/],
			[{ discountValue: 0 }, /Discount Value must be from 1/],
			[
				{ discountValue: 10, discountStartDate: '2026-12-24T10:05:00+09:00' },
				/Discount Start must fall on a minute ending in 0/,
			],
			[
				{ discountValue: 10, discountEndDate: '2026-12-31T23:50:00+09:00' },
				/Discount End must fall on a minute ending in 9/,
			],
		] as const;
		for (const [fields, message] of refused) {
			const result = await run(fields);
			assert.match(String(result.items?.[0].json.error), message);
		}
		assert.equal(env.catalogue.requests.length, 0, 'no request for a refused discount');

		const result = await run({
			discountValue: 10,
			discountUnit: 'PERCENT',
			discountStartDate: '2026-12-24T00:00:00+09:00',
			discountEndDate: '2026-12-31T14:59:00Z',
		});
		assert.equal(result.items?.[0].json.error, undefined, String(result.items?.[0].json.error));
		const expected = {
			discountMethod: {
				value: 10,
				unitType: 'PERCENT',
				startDate: '2026-12-24T00:00:00.000+09:00',
				endDate: '2026-12-31T23:59:00.000+09:00',
			},
		};
		const [request] = env.requestsTo('products.optionStock');
		assert.deepEqual(
			(request.body as { immediateDiscountPolicy?: unknown }).immediateDiscountPolicy,
			expected,
		);
		assert.deepEqual(product.originProduct.customerBenefit?.immediateDiscountPolicy, expected);
	});

	test('standard options (표준형 옵션): every one is sent with its stock and availability, none with a price', async () => {
		const product = findProduct(
			env.catalogue,
			(p) =>
				(p.originProduct.detailAttribute.optionInfo?.optionStandards?.length ?? 0) >= 3 &&
				p.originProduct.statusType === 'SALE',
			'product with standard options on sale',
		);
		const standards = product.originProduct.detailAttribute.optionInfo!.optionStandards!;
		const before = structuredClone(standards);
		const [first, second] = before;
		const result = await env.run('updateOptionStock', {
			originProductNo: String(product.originProductNo),
			optionChanges: JSON.stringify([
				{ id: first.id, stockQuantity: 0 },
				{ id: second.id, usable: false },
			]),
		});
		assert.equal(result.error, undefined, result.error?.message);
		const [request] = env.requestsTo('products.optionStock');
		assert.deepEqual((request.body as { optionInfo: unknown }).optionInfo, {
			optionStandards: before.map((standard) => ({
				id: standard.id,
				stockQuantity: standard.id === first.id ? 0 : standard.stockQuantity,
				usable: standard.id !== second.id,
			})),
			useStockManagement: true,
		});
		assert.deepEqual(
			standards,
			before.map((standard) =>
				standard.id === first.id
					? { ...standard, stockQuantity: 0 }
					: standard.id === second.id
						? { ...standard, usable: false }
						: standard,
			),
		);

		env.catalogue.requests.length = 0;
		const priced = await env.run('updateOptionStock', {
			originProductNo: String(product.originProductNo),
			optionChanges: JSON.stringify([{ id: first.id, price: 500 }]),
		});
		assert.match(String(priced.error?.message), /is a standard option .*no option price/);
		assert.deepEqual(
			env.catalogue.requests.map((request) => request.route),
			['products.get'],
		);
	});
});
