/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import type { EmulatorProduct } from '../../emulator/routes/products';
import { errorText, findProduct, startProductEnv, type ProductTestEnv } from './productKit';

const PATH = '/v1/products/origin-products/bulk-update';

type BulkBody = IDataObject & { originProductNos: number[] };

describe('Product → Bulk Update through n8n-core', () => {
	let env: ProductTestEnv;
	const bodies = () =>
		env.requestsTo('products.bulkUpdate').map((request) => request.body as BulkBody);
	const onSale = (product: EmulatorProduct) => product.originProduct.statusType === 'SALE';
	const shipped = (product: EmulatorProduct) =>
		onSale(product) && Boolean(product.originProduct.deliveryInfo);
	const run = (
		parameters: IDataObject,
		products: EmulatorProduct[],
		options: { continueOnFail?: boolean; extra?: (index: number) => IDataObject } = {},
	) =>
		env.run(
			'bulkUpdate',
			{ originProductNo: '={{ $json.no }}', ...parameters },
			{
				continueOnFail: options.continueOnFail,
				inputItems: products.map((product, index) => ({
					no: product.originProductNo,
					...(options.extra?.(index) ?? {}),
				})),
			},
		);

	before(async () => {
		env = await startProductEnv();
	});
	after(async () => await env.stop());
	beforeEach(() => env.reset());

	test('one new price for 250 products: three requests (100, 100, 50), one paired item each, as Search shows', async () => {
		const products = env.catalogue.products.slice(0, 250);
		const result = await run(
			{ productBulkUpdateType: 'SALE_PRICE', productSalePriceValue: 19900 },
			products,
		);
		assert.equal(result.error, undefined, result.error?.message);
		const sent = bodies();
		assert.deepEqual(
			sent.map((body) => body.originProductNos.length),
			[100, 100, 50],
		);
		assert.deepEqual(sent[2], {
			originProductNos: products.slice(200).map((product) => product.originProductNo),
			productBulkUpdateType: 'SALE_PRICE',
			productSalePrice: {
				value: 19900,
				productSalePriceChangerType: 'TO',
				productSalePriceChangerUnitType: 'WON',
			},
		});
		assert.equal(result.items!.length, 250);
		result.items!.forEach((item, index) => {
			assert.deepEqual(item.pairedItem, { item: index });
			assert.equal(item.json.originProductNo, products[index].originProductNo);
			assert.equal(item.json.success, true);
			assert.equal(item.json.productBulkUpdateType, 'SALE_PRICE');
		});
		assert.ok(products.every((product) => product.originProduct.salePrice === 19900));
		const searched = await env.run('search', {
			searchBy: 'PRODUCT_NO',
			originProductNos: String(products[7].originProductNo),
			returnAll: true,
		});
		assert.ok(searched.items!.every((item) => item.json.salePrice === 19900));
	});

	test('lower each price by 10 %: every product from its own price', async () => {
		const products = env.catalogue.products.filter(onSale).slice(0, 3);
		const before = products.map((product) => product.originProduct.salePrice);
		const result = await run(
			{
				productBulkUpdateType: 'SALE_PRICE',
				productSalePriceChangerType: 'DOWN',
				productSalePriceChangerUnitType: 'PERCENT',
				productSalePriceValue: 10,
			},
			products,
		);
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(bodies()[0].productSalePrice, {
			value: 10,
			productSalePriceChangerType: 'DOWN',
			productSalePriceChangerUnitType: 'PERCENT',
		});
		assert.deepEqual(
			products.map((product) => product.originProduct.salePrice),
			before.map((price) => price - Math.round(price / 10)),
		);
	});

	test('items whose changes differ go in requests of their own', async () => {
		const products = env.catalogue.products.slice(0, 5);
		const result = await run(
			{ productBulkUpdateType: 'SALE_PRICE', productSalePriceValue: '={{ $json.price }}' },
			products,
			{ extra: (index) => ({ price: index % 2 === 0 ? 10000 : 20000 }) },
		);
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			bodies().map((body) => [(body.productSalePrice as IDataObject).value, body.originProductNos]),
			[
				[10000, [0, 2, 4].map((index) => products[index].originProductNo)],
				[20000, [1, 3].map((index) => products[index].originProductNo)],
			],
		);
		assert.deepEqual(
			result.items!.map((item) => [item.pairedItem, item.json.success]),
			[0, 1, 2, 3, 4].map((item) => [{ item }, true]),
		);
	});

	test('every update type sends its object as the page documents it, and Get shows the change', async () => {
		const products = env.catalogue.products.filter(shipped).slice(0, 2);
		const cases: Array<[string, IDataObject, IDataObject, (product: EmulatorProduct) => unknown]> =
			[
				[
					'IMMEDIATE_DISCOUNT',
					{
						discountValue: 2000,
						discountStartDate: '2030-05-01T00:00:00+09:00',
						discountEndDate: '2030-05-31T23:59:00+09:00',
					},
					{
						immediateDiscountPolicy: {
							discountMethod: {
								value: 2000,
								unitType: 'WON',
								startDate: '2030-05-01T00:00:00.000+09:00',
								endDate: '2030-05-31T23:59:00.000+09:00',
							},
						},
					},
					(product) =>
						product.originProduct.customerBenefit?.immediateDiscountPolicy?.discountMethod.value,
				],
				[
					'SALE_PERIOD',
					{ saleStartDate: '2030-01-01T09:00:00+09:00', saleEndDate: '2030-12-31T23:59:00+09:00' },
					{
						productSalePeriod: {
							saleStartDate: '2030-01-01T09:00:00.000+09:00',
							saleEndDate: '2030-12-31T23:59:00.000+09:00',
						},
					},
					(product) => product.originProduct.saleEndDate,
				],
				[
					'DELIVERY',
					{
						deliveryFeeType: 'CONDITIONAL_FREE',
						baseFee: 3500,
						freeConditionalAmount: 30000,
						returnDeliveryFee: 4000,
						exchangeDeliveryFee: 8000,
						deliveryAdditionalFields: {
							deliveryAreaType: 'AREA_3',
							area2extraFee: 3000,
							area3extraFee: 6000,
							shippingAddressId: 100234,
						},
					},
					{
						deliveryInfo: {
							deliveryType: 'DELIVERY',
							deliveryAttributeType: 'NORMAL',
							deliveryCompany: 'CJGLS',
							deliveryFee: {
								deliveryFeeType: 'CONDITIONAL_FREE',
								baseFee: 3500,
								deliveryFeePayType: 'PREPAID',
								freeConditionalAmount: 30000,
								deliveryFeeByArea: {
									deliveryAreaType: 'AREA_3',
									area2extraFee: 3000,
									area3extraFee: 6000,
								},
							},
							claimDeliveryInfo: {
								returnDeliveryFee: 4000,
								exchangeDeliveryFee: 8000,
								shippingAddressId: 100234,
							},
						},
					},
					(product) =>
						(product.originProduct.deliveryInfo?.claimDeliveryInfo as IDataObject)
							.returnDeliveryFee,
				],
				[
					'DELIVERY_ATTRIBUTE',
					{ attributeType: 'TODAY', deliveryAttributeFields: { todayStockQuantity: 30 } },
					{ deliveryAttribute: { deliveryAttributeType: 'TODAY', todayStockQuantity: 30 } },
					(product) => product.originProduct.deliveryInfo?.deliveryAttributeType,
				],
				[
					'DELIVERY_HOPE',
					{ hopeDeliveryGroupId: 501 },
					{ deliveryAttribute: { deliveryAttributeType: 'HOPE', hopeDeliveryGroupId: 501 } },
					(product) => product.originProduct.deliveryInfo?.hopeDeliveryGroupId,
				],
				[
					'PURCHASE_BENEFIT',
					{
						purchaseBenefit: {
							purchasePointPolicy: {
								value: 2,
								unitType: 'PERCENT',
								startDate: '2030-01-01',
								endDate: '2030-01-31',
							},
							giftPolicy: { presentContent: '사은품 증정' },
						},
					},
					{
						purchaseBenefit: {
							purchasePointPolicy: {
								value: 2,
								unitType: 'PERCENT',
								startDate: '2030-01-01',
								endDate: '2030-01-31',
							},
							giftPolicy: { presentContent: '사은품 증정' },
						},
					},
					(product) => product.originProduct.customerBenefit?.giftPolicy,
				],
				[
					'PURCHASE_QUANTITY_LIMIT',
					{ purchaseQuantityInfo: { minPurchaseQuantity: 2, maxPurchaseQuantityPerOrder: 10 } },
					{ purchaseQuantityInfo: { minPurchaseQuantity: 2, maxPurchaseQuantityPerOrder: 10 } },
					(product) => product.originProduct.detailAttribute.purchaseQuantityInfo,
				],
			];
		const seen: Record<string, unknown> = {};
		for (const [type, parameters, object, read] of cases) {
			env.reset();
			const targets = products.map(
				(product) => env.catalogue.byOriginProductNo(product.originProductNo)!,
			);
			const result = await run({ productBulkUpdateType: type, ...parameters }, targets);
			assert.equal(
				result.error,
				undefined,
				`${type}: ${result.error?.message} ${errorText(result)}`,
			);
			assert.deepEqual(
				bodies(),
				[
					{
						originProductNos: targets.map((p) => p.originProductNo),
						productBulkUpdateType: type,
						...object,
					},
				],
				type,
			);
			const got = await env.run('get', { originProductNo: String(targets[1].originProductNo) });
			assert.equal(got.error, undefined, got.error?.message);
			seen[type] = read(targets[1]);
		}
		assert.deepEqual(seen, {
			IMMEDIATE_DISCOUNT: 2000,
			SALE_PERIOD: '2030-12-31T23:59:00.000+09:00',
			DELIVERY: 4000,
			DELIVERY_ATTRIBUTE: 'TODAY',
			DELIVERY_HOPE: 501,
			PURCHASE_BENEFIT: { presentContent: '사은품 증정' },
			PURCHASE_QUANTITY_LIMIT: {
				...(products[1].originProduct.detailAttribute.purchaseQuantityInfo ?? {}),
				minPurchaseQuantity: 2,
				maxPurchaseQuantityPerOrder: 10,
			},
		});
	});

	test('a product Naver refuses fails alone: the others go again without it', async () => {
		const products = env.catalogue.products.filter(onSale).slice(0, 3);
		const unknown = 99_999_999_999;
		const numbers = [
			products[0].originProductNo,
			unknown,
			products[1].originProductNo,
			products[2].originProductNo,
		];
		const result = await env.run(
			'bulkUpdate',
			{
				originProductNo: '={{ $json.no }}',
				productBulkUpdateType: 'SALE_PRICE',
				productSalePriceValue: 12340,
			},
			{ continueOnFail: true, inputItems: numbers.map((no) => ({ no })) },
		);
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			bodies().map((body) => body.originProductNos),
			[numbers, [numbers[0], numbers[2], numbers[3]]],
		);
		assert.deepEqual(
			result.items!.map((item) => [item.pairedItem, item.json.success, item.json.code ?? null]),
			[
				[{ item: 0 }, true, null],
				[{ item: 1 }, false, 'NOT_FOUND'],
				[{ item: 2 }, true, null],
				[{ item: 3 }, true, null],
			],
		);
		assert.deepEqual(
			(result.items![1].json.invalidInputs as IDataObject[]).map((input) => input.name),
			['originProductNos[1]'],
		);
		assert.ok(products.every((product) => product.originProduct.salePrice === 12340));
	});

	test('a refused relative price change is not sent again: the others are reported not changed', async () => {
		const products = env.catalogue.products.filter(onSale).slice(0, 2);
		const before = products.map((product) => product.originProduct.salePrice);
		const unknown = 99_999_999_999;
		const result = await env.run(
			'bulkUpdate',
			{
				originProductNo: '={{ $json.no }}',
				productBulkUpdateType: 'SALE_PRICE',
				productSalePriceChangerType: 'UP',
				productSalePriceValue: 500,
			},
			{
				continueOnFail: true,
				inputItems: [products[0].originProductNo, unknown, products[1].originProductNo].map(
					(no) => ({ no }),
				),
			},
		);
		assert.equal(bodies().length, 1, 'sent once');
		assert.deepEqual(
			result.items!.map((item) => [item.json.success, item.json.code ?? null]),
			[
				[false, null],
				[false, 'NOT_FOUND'],
				[false, null],
			],
		);
		assert.match(String(result.items![0].json.error), new RegExp(`Not changed: .*${unknown}`));
		assert.match(String(result.items![0].json.description), /not sent again automatically/);
		assert.deepEqual(
			products.map((product) => product.originProduct.salePrice),
			before,
		);
	});

	test('bad input is refused before any request', async () => {
		const product = env.catalogue.products[0];
		const cases: Array<[IDataObject, RegExp]> = [
			[
				{
					productBulkUpdateType: 'IMMEDIATE_DISCOUNT',
					discountValue: 10,
					discountUnit: 'PERCENT',
					discountStartDate: '2030-01-01T10:03:00+09:00',
				},
				/Discount Start must fall on a minute ending in 0/,
			],
			[
				{
					productBulkUpdateType: 'IMMEDIATE_DISCOUNT',
					discountValue: 101,
					discountUnit: 'PERCENT',
				},
				/101 % is more than the price/,
			],
			[
				{
					productBulkUpdateType: 'SALE_PRICE',
					productSalePriceChangerType: 'DOWN',
					productSalePriceChangerUnitType: 'PERCENT',
					productSalePriceValue: 100,
				},
				/leaves nothing to pay/,
			],
			[
				{
					productBulkUpdateType: 'SALE_PRICE',
					productSalePriceChangerType: 'UP',
					productSalePriceValue: 0,
				},
				/Value must be a whole number from 1/,
			],
			[
				{ productBulkUpdateType: 'SALE_PERIOD', saleStartDate: '2030-01-01T09:30:00+09:00' },
				/Sale Start must fall on the full hour/,
			],
			[
				{ productBulkUpdateType: 'SALE_PERIOD', saleEndDate: '2030-01-01T23:00:00+09:00' },
				/Sale End must fall on minute 59/,
			],
			[{ productBulkUpdateType: 'SALE_PERIOD' }, /Give a Sale Start, a Sale End or both/],
			[
				{ productBulkUpdateType: 'DELIVERY', deliveryAttributeType: 'SELLER_GUARANTEE' },
				/needs an Outbound Location ID/,
			],
			[
				{
					productBulkUpdateType: 'DELIVERY',
					deliveryAttributeType: 'SELLER_GUARANTEE',
					deliveryType: 'DIRECT',
				},
				/needs the Parcel method/,
			],
			[{ productBulkUpdateType: 'PURCHASE_BENEFIT' }, /No benefit to set/],
			[
				{
					productBulkUpdateType: 'PURCHASE_BENEFIT',
					purchaseBenefit: { freeInterestPolicy: { value: 3, startDate: '2030-01-01' } },
				},
				/needs an End Date/,
			],
			[{ productBulkUpdateType: 'PURCHASE_QUANTITY_LIMIT' }, /No limit to set/],
			[
				{
					productBulkUpdateType: 'PURCHASE_QUANTITY_LIMIT',
					purchaseQuantityInfo: { minPurchaseQuantity: 5, maxPurchaseQuantityPerOrder: 2 },
				},
				/maximum \(2\) is below the minimum \(5\)/,
			],
			[
				{
					productBulkUpdateType: 'DELIVERY_ATTRIBUTE',
					deliveryAttributeFields: { expectedDeliveryPeriodType: 'ETC' },
				},
				/needs an Expected Dispatch Text/,
			],
			[
				{ productBulkUpdateType: 'SALE_PRICE', options: { productsPerRequest: 0 } },
				/Products per Request must be a whole number from 1 to 500/,
			],
		];
		for (const [parameters, message] of cases) {
			const result = await run(parameters, [product]);
			assert.match(String(result.error?.message), message, JSON.stringify(parameters));
		}
		assert.equal(bodies().length, 0, 'no request for bad input');
	});

	test('the node checks what it can; Naver refuses the rest, named for the item: a price below 0', async () => {
		const cheap = findProduct(
			env.catalogue,
			(p) => onSale(p) && p.originProduct.salePrice < 50000,
			'product under 50,000 won',
		);
		const result = await run(
			{
				productBulkUpdateType: 'SALE_PRICE',
				productSalePriceChangerType: 'DOWN',
				productSalePriceValue: 50000,
			},
			[cheap],
			{ continueOnFail: true },
		);
		assert.deepEqual(
			[result.items![0].json.success, result.items![0].json.code],
			[false, 'BAD_REQUEST'],
		);
		assert.match(
			String((result.items![0].json.invalidInputs as IDataObject[])[0].message),
			/변경 후 판매가/,
		);
	});

	test('a request whose answer is lost is reported for its products and never repeated', async () => {
		const products = env.catalogue.products.slice(0, 3);
		env.emulator.faults.push({
			method: 'PUT',
			pathPrefix: PATH,
			status: 504,
			code: 'GW.TIMEOUT',
			remaining: 2,
		});
		const result = await run(
			{ productBulkUpdateType: 'SALE_PRICE', productSalePriceValue: 777 },
			products,
			{
				continueOnFail: true,
			},
		);
		assert.equal(env.emulator.faults[0]?.remaining, 1, 'one attempt only');
		assert.deepEqual(
			result.items!.map((item) => [item.pairedItem, item.json.success, item.json.code]),
			[0, 1, 2].map((item) => [{ item }, false, 'GW.TIMEOUT']),
		);
		assert.ok(products.every((product) => product.originProduct.salePrice !== 777));

		env.reset();
		env.emulator.faults.push({
			method: 'PUT',
			pathPrefix: PATH,
			status: 0,
			kind: 'drop',
			remaining: 2,
		});
		const stopped = await run(
			{ productBulkUpdateType: 'SALE_PRICE', productSalePriceValue: 777 },
			products,
		);
		assert.match(errorText(stopped), /The answer was lost for 3 products/);
		assert.equal(env.emulator.faults[0]?.remaining, 1, 'one attempt only');
	});
});
