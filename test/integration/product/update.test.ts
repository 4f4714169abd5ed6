/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import type { EmulatorProduct } from '../../emulator/routes/products';
import { errorText, findProduct, startProductEnv, type ProductTestEnv } from './productKit';

describe('Product → Update through n8n-core', () => {
	let env: ProductTestEnv;

	before(async () => {
		env = await startProductEnv();
	});
	after(async () => await env.stop());
	beforeEach(() => env.reset());

	/** What a workflow does: Get the product, then edit its JSON (here in the test). */
	async function getJson(product: EmulatorProduct): Promise<IDataObject> {
		const got = await env.run('get', { originProductNo: String(product.originProductNo) });
		assert.equal(got.error, undefined, got.error?.message);
		return structuredClone(got.items![0].json);
	}

	test('Get → edit → Update with the defaults: the edited product replaces the old one', async () => {
		const product = findProduct(
			env.catalogue,
			(p) =>
				p.originProduct.statusType === 'SALE' &&
				Boolean(p.groupProductNo) &&
				Boolean(p.windowChannelProductNo),
			'grouped product on sale in two channels',
		);
		const edited = await getJson(product);
		const originProduct = edited.originProduct as IDataObject;
		originProduct.name = '새 상품명';
		originProduct.salePrice = 12340;
		originProduct.stockQuantity = 77;

		// Origin Product Number and Product (JSON) left at their defaults: the input item.
		const result = await env.run('update', {}, { inputItems: [edited] });
		assert.equal(result.error, undefined, result.error?.message);
		// Naver answers with the numbers and the product as it now is (the PUT page's example).
		const output = result.items![0].json;
		assert.deepEqual(
			[output.originProductNo, output.smartstoreChannelProductNo, output.windowChannelProductNo],
			[product.originProductNo, product.smartstoreChannelProductNo, product.windowChannelProductNo],
		);
		assert.equal((output.originProduct as IDataObject).name, '새 상품명');
		assert.equal(output.groupProduct, undefined);
		assert.deepEqual(result.items?.[0].pairedItem, { item: 0 });

		const [request] = env.requestsTo('products.update');
		assert.equal(request.path, `/v2/products/origin-products/${product.originProductNo}`);
		assert.deepEqual(
			Object.keys(request.body as IDataObject).sort(),
			['originProduct', 'smartstoreChannelProduct', 'windowChannelProduct'],
			'groupProduct and the added originProductNo are not sent',
		);
		assert.equal(product.originProduct.name, '새 상품명');
		assert.equal(product.originProduct.salePrice, 12340);
		assert.equal(product.originProduct.stockQuantity, 77);
	});

	test("Get → Update sends only what Naver's PUT documents: the Get's read-only fields stay behind", async () => {
		const product = findProduct(
			env.catalogue,
			(p) =>
				Boolean(p.windowChannelProductNo) &&
				Boolean(p.originProduct.detailAttribute.productSize) &&
				p.originProduct.statusType === 'SALE',
			'catalogue-matched product with size models in two channels',
		);
		const promoted = findProduct(
			env.catalogue,
			(p) =>
				Boolean(p.originProduct.customerBenefit?.promotionDiscountPolicies) &&
				['SALE', 'SUSPENSION'].includes(p.originProduct.statusType),
			'product with a Naver promotion',
		);
		for (const target of [product, promoted]) {
			const json = await getJson(target);
			const result = await env.run('update', {}, { inputItems: [json] });
			assert.equal(result.error, undefined, result.error?.message);
		}
		const [matched, withPromotion] = env
			.requestsTo('products.update')
			.map((request) => request.body as IDataObject);
		const origin = matched.originProduct as {
			detailAttribute: {
				naverShoppingSearchInfo: IDataObject;
				productSize: { models: IDataObject[]; sizeTypeNo: number };
			};
		};
		// The catalogue matching is Naver's; the model, maker and brand the seller names are sent.
		const searchInfo = product.originProduct.detailAttribute.naverShoppingSearchInfo as IDataObject;
		assert.equal(searchInfo.catalogMatchingYn, true);
		const { modelId, modelName, manufacturerName, brandId, brandName } = searchInfo;
		assert.deepEqual(origin.detailAttribute.naverShoppingSearchInfo, {
			modelId,
			modelName,
			manufacturerName,
			brandId,
			brandName,
		});
		assert.deepEqual(origin.detailAttribute.productSize.models, [
			{
				modelId: (
					product.originProduct.detailAttribute.productSize as {
						models: Array<{ modelId: number }>;
					}
				).models[0].modelId,
			},
		]);
		assert.equal(origin.detailAttribute.productSize.sizeTypeNo, 1);
		assert.equal(
			(matched.windowChannelProduct as IDataObject).channelProductDisplayStatusType,
			undefined,
		);
		assert.equal(
			(matched.windowChannelProduct as IDataObject).channelProductName,
			product.originProduct.name,
		);
		const benefit = (withPromotion.originProduct as { customerBenefit: IDataObject })
			.customerBenefit;
		assert.equal(benefit.promotionDiscountPolicies, undefined);
		assert.deepEqual(benefit.immediateDiscountPolicy, {
			discountMethod: { value: 1000, unitType: 'WON' },
		});
	});

	test('Get → Update goes through for a product of every kind: every notice type and delivery', async () => {
		// One product on sale (or suspended) of each notice type and each delivery attribute: books,
		// e-coupons without delivery, rentals, fulfilment, branch options and the rest.
		const picked = new Map<string, EmulatorProduct>();
		for (const product of env.catalogue.products) {
			if (!['SALE', 'SUSPENSION'].includes(product.originProduct.statusType)) continue;
			const notice = product.originProduct.detailAttribute.productInfoProvidedNotice as IDataObject;
			const delivery = product.originProduct.deliveryInfo?.deliveryAttributeType ?? 'none';
			for (const key of [
				`notice ${String(notice.productInfoProvidedNoticeType)}`,
				`delivery ${String(delivery)}`,
			]) {
				if (!picked.has(key)) picked.set(key, product);
			}
		}
		assert.ok(picked.size >= 36 + 9, `${picked.size} kinds of product`);
		for (const [kind, product] of picked) {
			const result = await env.run('update', {}, { inputItems: [await getJson(product)] });
			assert.equal(
				result.error,
				undefined,
				`${kind}: ${result.error?.message} ${errorText(result)}`,
			);
		}
	});

	test("a write's answer fed into Update goes through: a rental's terms, which only write answers show, stay behind", async () => {
		const rental = findProduct(
			env.catalogue,
			(p) => Boolean(p.rental) && p.originProduct.statusType === 'SALE',
			'rental product on sale',
		);
		const got = await getJson(rental);
		assert.equal(
			(got.originProduct as { detailAttribute: IDataObject }).detailAttribute.rentalInfo,
			undefined,
			"Naver's Get documents no rental terms",
		);
		const first = await env.run('update', {}, { inputItems: [got] });
		assert.equal(first.error, undefined, first.error?.message);
		const answer = first.items![0].json as { originProduct: { detailAttribute: IDataObject } };
		assert.deepEqual(
			answer.originProduct.detailAttribute.rentalInfo,
			rental.rental!.rentalInfo,
			'the PUT answer documents them',
		);

		// The answer as the next Update's input, as a workflow would chain them.
		const renamed = structuredClone(answer) as unknown as IDataObject;
		(renamed.originProduct as IDataObject).name = '직수 정수기 렌탈 (신형)';
		const second = await env.run('update', {}, { inputItems: [renamed] });
		assert.equal(second.error, undefined, second.error?.message);
		const sent = env.requestsTo('products.update')[1].body as {
			originProduct: { detailAttribute: IDataObject; customerBenefit?: IDataObject };
		};
		assert.equal(sent.originProduct.detailAttribute.rentalInfo, undefined);
		for (const policy of [
			'scheduledPointPolicy',
			'rentalGiftPointPolicy',
			'rentalReservedPointPolicy',
		]) {
			assert.equal(sent.originProduct.customerBenefit?.[policy], undefined, policy);
		}
		assert.equal(rental.originProduct.name, '직수 정수기 렌탈 (신형)');
		assert.ok(rental.rental?.rentalInfo, 'Naver keeps the rental terms the PUT cannot send');
	});

	test('JSON of another product is refused before any write', async () => {
		const [first, second] = env.catalogue.products;
		const json = await getJson(first);
		const result = await env.run(
			'update',
			{ originProductNo: String(second.originProductNo) },
			{ inputItems: [json] },
		);
		assert.match(
			String(result.error?.message),
			new RegExp(`is for product ${first.originProductNo}, not ${second.originProductNo}`),
		);
		assert.equal(env.requestsTo('products.update').length, 0);
	});

	test('JSON that is not a product is refused before any write, item by item', async () => {
		const product = env.catalogue.products[0];
		const result = await env.run(
			'update',
			{ originProductNo: String(product.originProductNo), product: '={{ $json.body }}' },
			{
				continueOnFail: true,
				inputItems: [{ body: '[1]' }, { body: '{"smartstoreChannelProduct": {}}' }, { body: '{' }],
			},
		);
		assert.deepEqual(
			result.items!.map((item) => [String(item.json.error), item.pairedItem]),
			[
				['Product must be a JSON object as Get returns it', { item: 0 }],
				['Product has no originProduct object', { item: 1 }],
				[String(result.items![2].json.error), { item: 2 }],
			],
		);
		assert.match(String(result.items![2].json.error), /Product is not valid JSON/);
		assert.equal(env.requestsTo('products.update').length, 0);
	});

	test('Get → edit → Update of a sold-out product: sent as SALE with stock 0, it stays OUTOFSTOCK', async () => {
		const soldOut = findProduct(
			env.catalogue,
			(p) =>
				p.originProduct.statusType === 'OUTOFSTOCK' &&
				!p.originProduct.detailAttribute.optionInfo?.optionCombinations?.length,
			'sold-out product without options',
		);
		const json = await getJson(soldOut);
		const originProduct = json.originProduct as IDataObject;
		assert.equal(originProduct.statusType, 'OUTOFSTOCK');
		assert.equal(originProduct.stockQuantity, 0);
		originProduct.salePrice = 23450;

		const result = await env.run('update', {}, { inputItems: [json] });
		assert.equal(result.error, undefined, result.error?.message);
		// The PUT takes only SALE or SUSPENSION; with stock 0 Naver ignores it and stores OUTOFSTOCK.
		const [request] = env.requestsTo('products.update');
		const sent = (request.body as { originProduct: IDataObject }).originProduct;
		assert.deepEqual([sent.statusType, sent.stockQuantity], ['SALE', 0]);
		assert.equal(soldOut.originProduct.salePrice, 23450);
		assert.equal(soldOut.originProduct.statusType, 'OUTOFSTOCK');
		assert.equal((result.items![0].json.originProduct as IDataObject).statusType, 'OUTOFSTOCK');

		// Set back on sale with stock, as Naver asks, the same JSON goes through and sells.
		originProduct.statusType = 'SALE';
		originProduct.stockQuantity = 4;
		const restocked = await env.run('update', {}, { inputItems: [json] });
		assert.equal(restocked.error, undefined, restocked.error?.message);
		assert.equal(soldOut.originProduct.statusType, 'SALE');
		assert.equal(soldOut.originProduct.stockQuantity, 4);
	});

	test('a status the PUT refuses is an error before any request, item by item', async () => {
		// Every status Get can answer besides SALE and SUSPENSION: read so from a seeded product, or
		// set in the JSON (DELETE; OUTOFSTOCK with stock given back).
		const readAs = ['WAIT', 'UNADMISSION', 'REJECTION', 'CLOSE', 'PROHIBITION'];
		const products = readAs.map((status) =>
			findProduct(env.catalogue, (p) => p.originProduct.statusType === status, `${status} product`),
		);
		const soldOut = findProduct(
			env.catalogue,
			(p) => p.originProduct.statusType === 'OUTOFSTOCK',
			'sold-out product',
		);
		const onSale = findProduct(
			env.catalogue,
			(p) => p.originProduct.statusType === 'SALE',
			'product on sale',
		);
		const inputItems: IDataObject[] = [];
		for (const product of products) inputItems.push(await getJson(product));
		// Restocked in the JSON but left OUTOFSTOCK: Naver documents OUTOFSTOCK only for stock 0.
		const restockedJson = await getJson(soldOut);
		(restockedJson.originProduct as IDataObject).stockQuantity = 5;
		const deletedJson = await getJson(onSale);
		(deletedJson.originProduct as IDataObject).statusType = 'DELETE';
		inputItems.push(restockedJson, deletedJson);
		const all = [...products, soldOut, onSale];
		const before = structuredClone(all.map((p) => p.originProduct));

		const result = await env.run('update', {}, { continueOnFail: true, inputItems });
		const refusal = "Naver's product update takes the status SALE or SUSPENSION, not";
		assert.deepEqual(
			result.items!.map((item) => [String(item.json.error), item.pairedItem]),
			[
				...readAs.map((status, item) => [`${refusal} ${status}`, { item }]),
				[`${refusal} OUTOFSTOCK with a stock quantity of 5`, { item: 5 }],
				[`${refusal} DELETE`, { item: 6 }],
			],
		);
		assert.equal(env.requestsTo('products.update').length, 0, 'no PUT reached Naver');
		assert.deepEqual(
			all.map((p) => p.originProduct),
			before,
		);

		const single = await env.run('update', {}, { inputItems: [inputItems[0]] });
		assert.match(errorText(single), /statusType WAIT \(판매 대기\)/);
		assert.match(
			errorText(single),
			/SALE\(판매 중\), SUSPENSION\(판매 중지\)만 입력할 수 있습니다/,
		);
		assert.match(errorText(single), /Set originProduct\.statusType to SALE or SUSPENSION/);
		assert.equal(env.requestsTo('products.update').length, 0);
	});

	test("Naver's BAD_REQUEST reaches the user with its inputs", async () => {
		const product = findProduct(
			env.catalogue,
			(p) => p.originProduct.statusType === 'SALE',
			'product on sale',
		);
		const json = await getJson(product);
		(json.originProduct as IDataObject).salePrice = 1_000_000_000;
		const result = await env.run('update', {}, { inputItems: [json] });
		assert.match(String(result.error?.message), /^Naver Commerce API error BAD_REQUEST: /);
		assert.match(errorText(result), /Invalid input: originProduct\.salePrice/);
		assert.match(errorText(result), /HTTP status: 400/);
		assert.equal(env.requestsTo('products.update').length, 1);
	});

	test('an update is a write: a server error is reported, not repeated', async () => {
		const product = env.catalogue.products[1];
		const json = await getJson(product);
		env.emulator.faults.push({
			method: 'PUT',
			pathPrefix: `/v2/products/origin-products/${product.originProductNo}`,
			status: 502,
			remaining: 2,
		});
		const result = await env.run('update', {}, { inputItems: [json] });
		assert.match(String(result.error?.message), /GW\.INTERNAL_SERVER_ERROR/);
		assert.equal(env.emulator.faults[0]?.remaining, 1, 'one attempt only');
	});
});
