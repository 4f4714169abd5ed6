/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Product → Create through n8n-core against the emulator: the guided form becomes Naver's
 * POST /v2/products body, images come as URLs the upload issued or as files uploaded first in the
 * same execution, Additional Fields (JSON) are merged in, bad input is refused before any request,
 * Naver's 400 is shown with every invalid input or with its message, and a lost answer is not
 * repeated.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import { NOTICE_TYPES } from '../../../nodes/NaverCommerce/options/noticeTypes';
import { adviseRequest, checkRequest, contract } from '../../contract/contract';
import { issuedImageUrls } from '../../emulator/routes/productImages';
import { runNaverCommerceNode } from '../../helpers/n8nHarness';
import { jpegBytes } from '../../helpers/imageBytes';
import { errorText, startProductEnv, type ProductTestEnv } from './productKit';

const TSHIRT = '50000830'; // 패션의류>남성의류>티셔츠, a leaf
const WOMENS_WEAR = '50000167'; // 패션의류>여성의류, not a leaf
const IMAGE_1 = 'https://shop-phinf.pstatic.net/20261201_1/create-test-1.jpg';
const IMAGE_2 = 'https://shop-phinf.pstatic.net/20261201_1/create-test-2.jpg';

/** The form as a seller fills it for a simple T-shirt. */
function form(overrides: IDataObject = {}): IDataObject {
	return {
		leafCategoryId: { __rl: true, mode: 'list', value: TSHIRT },
		name: '면 100% 반팔 티셔츠 (신상)',
		salePrice: 19900,
		stockQuantity: 30,
		imageSource: 'url',
		imageUrls: `${IMAGE_1}, ${IMAGE_2}`,
		detailContent: '<p>부드러운 면 티셔츠</p>',
		deliveryType: 'DELIVERY',
		deliveryCompany: 'CJGLS',
		deliveryFeeType: 'CONDITIONAL_FREE',
		baseFee: 3000,
		freeConditionalAmount: 50000,
		deliveryFeePayType: 'PREPAID',
		returnDeliveryFee: 3000,
		exchangeDeliveryFee: 6000,
		noticeType: 'WEAR',
		originAreaCode: '00',
		afterServiceTelephoneNumber: '02-1234-5678',
		afterServiceGuideContent: '고객센터로 문의해 주세요.',
		sellerManagementCode: 'NEW-TEE-001',
		...overrides,
	};
}

describe('Product → Create through n8n-core', () => {
	let env: ProductTestEnv;
	before(async () => {
		env = await startProductEnv();
	});
	after(async () => await env.stop());
	beforeEach(() => {
		env.reset();
		issuedImageUrls(env.emulator.store).add(IMAGE_1);
		issuedImageUrls(env.emulator.store).add(IMAGE_2);
	});

	const sentBodies = () =>
		env.requestsTo('products.create').map((request) => request.body as IDataObject);

	test('the form becomes one registration; the output has the product numbers and Search finds it', async () => {
		const result = await env.run('create', form());
		assert.equal(result.error, undefined, errorText(result));
		const [body] = sentBodies();
		const origin = body.originProduct as IDataObject;
		const detail = origin.detailAttribute as IDataObject;
		assert.equal(origin.statusType, 'SALE');
		assert.equal(origin.leafCategoryId, TSHIRT);
		assert.deepEqual(origin.images, {
			representativeImage: { url: IMAGE_1 },
			optionalImages: [{ url: IMAGE_2 }],
		});
		assert.deepEqual(origin.deliveryInfo, {
			deliveryType: 'DELIVERY',
			deliveryAttributeType: 'NORMAL',
			deliveryCompany: 'CJGLS',
			deliveryFee: {
				deliveryFeeType: 'CONDITIONAL_FREE',
				baseFee: 3000,
				deliveryFeePayType: 'PREPAID',
				freeConditionalAmount: 50000,
			},
			claimDeliveryInfo: { returnDeliveryFee: 3000, exchangeDeliveryFee: 6000 },
		});
		const notice = detail.productInfoProvidedNotice as { wear: IDataObject };
		assert.equal((notice as IDataObject).productInfoProvidedNoticeType, 'WEAR');
		assert.equal(notice.wear.material, '상품상세 참조');
		// The legal clauses by their statutory code; the month left out, its text twin answered.
		assert.equal(notice.wear.returnCostReason, '0');
		assert.equal(notice.wear.packDate, undefined);
		assert.equal(notice.wear.packDateText, '상품상세 참조');
		assert.deepEqual(detail.originAreaInfo, { originAreaCode: '00' });
		assert.deepEqual(detail.sellerCodeInfo, { sellerManagementCode: 'NEW-TEE-001' });
		assert.equal(detail.minorPurchasable, true);
		assert.deepEqual(body.smartstoreChannelProduct, {
			naverShoppingRegistration: true,
			channelProductDisplayStatusType: 'ON',
		});

		const created = env.catalogue.products.at(-1)!;
		assert.deepEqual(
			result.items?.map((item) => [item.json, item.pairedItem]),
			[
				[
					{
						originProductNo: created.originProductNo,
						smartstoreChannelProductNo: created.smartstoreChannelProductNo,
						name: '면 100% 반팔 티셔츠 (신상)',
						leafCategoryId: TSHIRT,
						sellerManagementCode: 'NEW-TEE-001',
						representativeImageUrl: IMAGE_1,
						optionalImageUrls: [IMAGE_2],
					},
					{ item: 0 },
				],
			],
		);
		const found = await env.run('search', {
			searchBy: 'SELLER_CODE',
			sellerManagementCode: 'NEW-TEE-001',
			output: 'originProducts',
		});
		assert.deepEqual(
			found.items?.map((item) => item.json.originProductNo),
			[created.originProductNo],
		);
	});

	test('images from binary properties are uploaded first, in one request, and used in order', async () => {
		const result = await runNaverCommerceNode({
			credentialsHelper: env.helper,
			parameters: {
				resource: 'product',
				operation: 'create',
				...form({ imageSource: 'binary', imageBinaryProperties: 'front, back' }),
			},
			inputBinaries: [
				{
					front: { data: jpegBytes('front'), fileName: 'front.jpg', mimeType: 'image/jpeg' },
					back: { data: jpegBytes('back'), fileName: 'back.jpg', mimeType: 'image/jpeg' },
				},
			],
		});
		assert.equal(result.error, undefined, errorText(result));
		assert.equal(env.emulator.stats.byRoute['productImages.upload'], 1);
		const json = result.items![0].json;
		const urls = [json.representativeImageUrl, ...(json.optionalImageUrls as string[])];
		assert.equal(urls.length, 2);
		for (const url of urls) assert.ok(issuedImageUrls(env.emulator.store).has(String(url)));
		const images = (sentBodies()[0].originProduct as IDataObject).images as IDataObject;
		assert.deepEqual(images.representativeImage, { url: urls[0] });
	});

	test('combination options and Additional Fields (JSON) merged into the request', async () => {
		const result = await env.run(
			'create',
			form({
				optionType: 'combination',
				combinationGroupNames: '색상, 사이즈',
				combinations: {
					combination: [
						{ values: '블랙, M', stockQuantity: 10, price: 0, sellerManagerCode: 'TEE-BK-M' },
						{ values: '화이트, L', stockQuantity: 5, price: 1000 },
					],
				},
				additionalFieldsJson: JSON.stringify({
					originProduct: {
						customerBenefit: {
							immediateDiscountPolicy: { discountMethod: { value: 10, unitType: 'PERCENT' } },
						},
						detailAttribute: { naverShoppingSearchInfo: { brandName: '에뮬레이터' } },
					},
				}),
			}),
		);
		assert.equal(result.error, undefined, errorText(result));
		const origin = sentBodies()[0].originProduct as IDataObject;
		const detail = origin.detailAttribute as IDataObject;
		assert.deepEqual(detail.optionInfo, {
			optionCombinationGroupNames: { optionGroupName1: '색상', optionGroupName2: '사이즈' },
			optionCombinations: [
				{
					stockQuantity: 10,
					price: 0,
					usable: true,
					optionName1: '블랙',
					optionName2: 'M',
					sellerManagerCode: 'TEE-BK-M',
				},
				{ stockQuantity: 5, price: 1000, usable: true, optionName1: '화이트', optionName2: 'L' },
			],
			useStockManagement: true,
		});
		assert.deepEqual(origin.customerBenefit, {
			immediateDiscountPolicy: { discountMethod: { value: 10, unitType: 'PERCENT' } },
		});
		assert.deepEqual(detail.naverShoppingSearchInfo, { brandName: '에뮬레이터' });
		assert.equal(
			(detail.afterServiceInfo as IDataObject).afterServiceTelephoneNumber,
			'02-1234-5678',
		);
	});

	test('a created product with combination options: Get shows each option with an id, and Update Option Stock changes it', async () => {
		const created = await env.run(
			'create',
			form({
				optionType: 'combination',
				combinationGroupNames: '색상, 사이즈',
				combinations: {
					combination: [
						{ values: '블랙, M', stockQuantity: 10, price: 0 },
						{ values: '화이트, L', stockQuantity: 5, price: 1000 },
					],
				},
			}),
		);
		assert.equal(created.error, undefined, errorText(created));
		const originProductNo = String(created.items![0].json.originProductNo);

		type Combination = { id: unknown; optionName1: string; stockQuantity: number };
		const combinationsRead = async () => {
			const read = await env.run('get', { originProductNo });
			assert.equal(read.error, undefined, errorText(read));
			const origin = read.items![0].json.originProduct as {
				stockQuantity: number;
				detailAttribute: { optionInfo: { optionCombinations: Combination[] } };
			};
			return { origin, combinations: origin.detailAttribute.optionInfo.optionCombinations };
		};
		const { combinations } = await combinationsRead();
		const ids = combinations.map((combination) => combination.id);
		assert.ok(
			ids.every((id) => Number.isSafeInteger(id)),
			`Naver numbers the options it registers: ${JSON.stringify(ids)}`,
		);
		assert.equal(new Set(ids).size, 2);

		const white = combinations.find((combination) => combination.optionName1 === '화이트')!;
		const changed = await env.run('updateOptionStock', {
			originProductNo,
			optionChanges: JSON.stringify([{ id: white.id, stockQuantity: 8 }]),
		});
		assert.equal(changed.error, undefined, errorText(changed));

		const after = await combinationsRead();
		assert.deepEqual(
			after.combinations.map((combination) => [
				combination.id,
				combination.optionName1,
				combination.stockQuantity,
			]),
			[
				[ids[0], '블랙', 10],
				[ids[1], '화이트', 8],
			],
		);
		assert.equal(after.origin.stockQuantity, 18);
	});

	test('bad input is refused before any request (nothing uploaded, nothing registered)', async () => {
		const cases: Array<[IDataObject, RegExp]> = [
			[
				{
					optionType: 'combination',
					combinationGroupNames: '색상, 사이즈',
					combinations: { combination: [{ values: '블랙', stockQuantity: 1 }] },
				},
				/Combination 1 has 1 values for 2 option groups/,
			],
			[{ imageUrls: ' , ' }, /at least one image URL/],
			[{ imageUrls: Array.from({ length: 11 }, () => IMAGE_1).join(',') }, /at most 10 images/],
			[{ salePrice: 0 }, /Sale Price must be a whole number from 1/],
			[{ originAreaCode: '02', originImporter: '  ' }, /Importer is required/],
			[
				{
					additionalFieldsJson: JSON.stringify({
						originProduct: {
							detailAttribute: {
								productInfoProvidedNotice: { wear: { material: '', packDateText: '' } },
							},
						},
					}),
				},
				/notice needs material, packDateText \(or packDate\)/,
			],
			[{ additionalFieldsJson: '[1]' }, /must be an object/],
			[
				{ leafCategoryId: { __rl: true, mode: 'id', value: '={{ "tees" }}' } },
				/Category must be a category ID/,
			],
		];
		for (const [overrides, expected] of cases) {
			const result = await env.run('create', form(overrides));
			assert.match(errorText(result), expected);
		}
		assert.equal(sentBodies().length, 0);
		assert.equal(env.emulator.stats.byRoute['productImages.upload'] ?? 0, 0);
	});

	test("processed food's two yes/no answers come from the form; a month or date from Additional Fields", async () => {
		const result = await env.run(
			'create',
			form({
				noticeType: 'GENERAL_FOOD',
				noticeGeneticallyModified: true,
				additionalFieldsJson: JSON.stringify({
					originProduct: {
						detailAttribute: {
							productInfoProvidedNotice: { generalFood: { packDate: '2026-11-30' } },
						},
					},
				}),
			}),
		);
		assert.equal(result.error, undefined, errorText(result));
		const notice = ((sentBodies()[0].originProduct as IDataObject).detailAttribute as IDataObject)
			.productInfoProvidedNotice as { generalFood: IDataObject };
		assert.equal(notice.generalFood.geneticallyModified, true);
		assert.equal(notice.generalFood.importDeclarationCheck, false);
		assert.equal(notice.generalFood.productName, '상품상세 참조');
		assert.equal(notice.generalFood.packDate, '2026-11-30');
		// Its text twin is not invented when the date is given.
		assert.equal(notice.generalFood.packDateText, undefined);
	});

	test('every notice type: the form alone, no Additional Fields, makes a request the contract takes, rules in words included, and fills nothing the seller must decide', async () => {
		const create = contract().endpoints.find(
			(endpoint) => endpoint.method === 'POST' && endpoint.path === '/v2/products',
		)!;
		for (const type of NOTICE_TYPES) {
			env.reset();
			issuedImageUrls(env.emulator.store).add(IMAGE_1);
			issuedImageUrls(env.emulator.store).add(IMAGE_2);
			const result = await env.run('create', form({ noticeType: type.value }));
			assert.equal(result.error, undefined, `${type.value}: ${errorText(result)}`);
			const [body] = sentBodies();
			assert.deepEqual(checkRequest(create, { pathParameters: {}, body }), [], type.value);
			// Nothing deprecated, nothing "to delete if it does not apply" (certificateDetails, importer…).
			assert.deepEqual(adviseRequest(create, body), [], type.value);
			const notice = ((body.originProduct as IDataObject).detailAttribute as IDataObject)
				.productInfoProvidedNotice as IDataObject;
			const fields = notice[type.field] as IDataObject;
			for (const [field, kind] of Object.entries(type.fields)) {
				if (kind === 'yearMonth' || kind === 'date')
					assert.equal(fields[field], undefined, `${type.value}.${field} is the seller's`);
				if (kind === 'legalText') assert.equal(fields[field], '0', `${type.value}.${field}`);
			}
		}
	});

	test("Naver's 400 shows every invalid input, or Naver's message when there is none", async () => {
		const notLeaf = await env.run(
			'create',
			form({ leafCategoryId: { __rl: true, mode: 'id', value: WOMENS_WEAR } }),
		);
		assert.match(errorText(notLeaf), /BAD_REQUEST/);
		assert.match(
			errorText(notLeaf),
			/Invalid input: originProduct\.leafCategoryId – 리프 카테고리가 아니거나/,
		);

		const notUploaded = await env.run(
			'create',
			form({ imageUrls: 'https://example.com/elsewhere.jpg' }),
		);
		assert.match(
			errorText(notUploaded),
			/업로드한 URL만 사용할 수 있습니다: https:\/\/example\.com\/elsewhere\.jpg/,
		);
		assert.doesNotMatch(errorText(notUploaded), /Invalid input/);
	});

	test('continue on fail: the refused item gets its error, paired, and the other is created', async () => {
		const result = await env.run(
			'create',
			form({ name: '={{ $json.name }}', sellerManagementCode: '={{ $json.code }}' }),
			{
				inputItems: [
					{ name: '', code: 'A-1' },
					{ name: '텀블러 신상', code: 'A-2' },
				],
				continueOnFail: true,
			},
		);
		assert.equal(result.error, undefined);
		assert.match(String(result.items![0].json.error), /Product Name is required/);
		assert.deepEqual(result.items![0].pairedItem, { item: 0 });
		assert.equal(result.items![1].json.sellerManagementCode, 'A-2');
		assert.deepEqual(result.items![1].pairedItem, { item: 1 });
		assert.equal(sentBodies().length, 1);
	});

	test('a registration whose answer is lost is reported, not repeated', async () => {
		env.emulator.faults.push({
			method: 'POST',
			pathPrefix: '/v2/products',
			status: 502,
			remaining: 2,
		});
		const result = await env.run('create', form());
		assert.match(errorText(result), /GW\.INTERNAL_SERVER_ERROR/);
		assert.equal(env.emulator.faults[0]?.remaining, 1, 'one attempt only');
	});
});
