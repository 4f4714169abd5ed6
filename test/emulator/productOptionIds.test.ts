/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Option ids over HTTP, with plain fetch: Naver numbers the options and supplement products it
 * registers (the answers of products.POST.md show an id on each), and the full update
 * (origin-products/{originProductNo}.PUT.md) keeps an id that is sent, finds a combination or
 * standard option sent without one by its option values ("옵션ID가 미입력된 경우, 옵션값의
 * 옵션정보를 수정합니다. (동일 옵션값이 존재하지 않는 경우 옵션 신규등록)") and numbers what is new.
 * A registered product's options can then be changed by id through option-stock.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { requestTokenDirectly } from './directToken';
import { callEmulator, REGISTRATION_IMAGE as IMAGE, registration } from './registrationBody';
import { issuedImageUrls } from './routes/productImages';
import { productCatalogue, type EmulatorProduct } from './routes/products';
import { type NaverCommerceEmulator, startEmulator } from './server';

type Json = Record<string, unknown>;
type Numbered = Json & { id?: unknown };

/** Every id the catalogue holds in a numbered list, but those of `except`. */
function idsOfOthers(products: EmulatorProduct[], except: number): Set<unknown> {
	const ids = new Set<unknown>();
	for (const product of products) {
		if (product.originProductNo === except) continue;
		const detail = product.originProduct.detailAttribute as Json;
		const info = (detail.optionInfo ?? {}) as Json;
		const supplements = (detail.supplementProductInfo ?? {}) as Json;
		for (const list of [
			info.optionSimple,
			info.optionCustom,
			info.optionCombinations,
			info.optionStandards,
			supplements.supplementProducts,
		]) {
			for (const entry of (list ?? []) as Numbered[]) ids.add(entry.id);
		}
	}
	return ids;
}

describe('Emulator: option ids on registration and full update', () => {
	let emulator: NaverCommerceEmulator;
	let token = '';

	before(async () => {
		emulator = await startEmulator();
		token = (await requestTokenDirectly(emulator.baseUrl)).access_token;
	});
	after(async () => await emulator.stop());
	beforeEach(() => {
		productCatalogue(emulator.store).reset();
		issuedImageUrls(emulator.store).add(IMAGE);
	});

	const call = (method: string, path: string, body?: unknown) =>
		callEmulator(emulator.baseUrl, token, method, path, body);

	const detailOf = (answer: Json) => (answer.originProduct as Json).detailAttribute as Json;
	const combinationsOf = (answer: Json) =>
		(detailOf(answer).optionInfo as Json).optionCombinations as Numbered[];
	const supplementsOf = (answer: Json) =>
		(detailOf(answer).supplementProductInfo as Json).supplementProducts as Numbered[];
	/** The GET answer as a PUT body: the origin product and the Smart Store channel product. */
	const asUpdate = (answer: Json, change: (detail: Json) => void): Json => {
		const body = structuredClone({
			originProduct: answer.originProduct,
			smartstoreChannelProduct: answer.smartstoreChannelProduct,
		});
		change((body.originProduct as Json).detailAttribute as Json);
		return body;
	};

	test('registration numbers every combination and supplement product with an id no other option has', async () => {
		const created = await call(
			'POST',
			'/v2/products',
			registration({
				optionInfo: {
					optionCombinationGroupNames: { optionGroupName1: '색상', optionGroupName2: '사이즈' },
					optionCombinations: [
						{ stockQuantity: 10, price: 0, optionName1: '블랙', optionName2: 'M' },
						{ stockQuantity: 5, price: 1000, optionName1: '화이트', optionName2: 'L' },
					],
					useStockManagement: true,
				},
				supplementProductInfo: {
					supplementProducts: [{ groupName: '추가구성', name: '선물포장', price: 2000 }],
				},
			}),
		);
		assert.equal(created.status, 200, JSON.stringify(created.body));
		const originProductNo = created.body.originProductNo as number;
		const read = await call('GET', `/v2/products/origin-products/${originProductNo}`);
		assert.equal(read.status, 200);
		const ids = [...combinationsOf(read.body), ...supplementsOf(read.body)].map((e) => e.id);
		assert.equal(ids.length, 3);
		assert.ok(
			ids.every((id) => Number.isSafeInteger(id)),
			`every id is an integer: ${JSON.stringify(ids)}`,
		);
		assert.equal(new Set(ids).size, 3, 'no two entries share an id');
		const others = idsOfOthers(productCatalogue(emulator.store).products, originProductNo);
		assert.ok(
			ids.every((id) => !others.has(id)),
			'no other product has one of these ids',
		);
		assert.deepEqual(
			combinationsOf(created.body).map((entry) => entry.id),
			combinationsOf(read.body).map((entry) => entry.id),
			'the registration answer shows the ids the GET shows',
		);
	});

	test('a full update keeps a sent id, finds an option sent without one by its values and numbers new ones; option-stock then changes them', async () => {
		const created = await call(
			'POST',
			'/v2/products',
			registration({
				optionInfo: {
					optionCombinationGroupNames: { optionGroupName1: '색상', optionGroupName2: '사이즈' },
					optionCombinations: [
						{ stockQuantity: 10, price: 0, optionName1: '블랙', optionName2: 'M' },
						{ stockQuantity: 5, price: 1000, optionName1: '화이트', optionName2: 'L' },
						{ stockQuantity: 3, price: 0, optionName1: '블랙', optionName2: 'L' },
					],
					useStockManagement: true,
				},
				supplementProductInfo: {
					supplementProducts: [{ groupName: '추가구성', name: '선물포장', price: 2000 }],
				},
			}),
		);
		assert.equal(created.status, 200, JSON.stringify(created.body));
		const path = `/v2/products/origin-products/${String(created.body.originProductNo)}`;
		const read = (await call('GET', path)).body;
		const [blackM, whiteL] = combinationsOf(read);
		const [wrapping] = supplementsOf(read);

		const updated = await call(
			'PUT',
			path,
			asUpdate(read, (detail) => {
				(detail.optionInfo as Json).optionCombinations = [
					{ id: blackM.id, stockQuantity: 4, price: 0, optionName1: '블랙', optionName2: 'M' },
					// No id, the values of a current option: that option, with its id.
					{ stockQuantity: 6, price: 1000, optionName1: '화이트', optionName2: 'L' },
					// No id, new values: a new option with a new id. 블랙/L is left out: removed.
					{ stockQuantity: 2, price: 500, optionName1: '네이비', optionName2: 'S' },
				];
				(detail.supplementProductInfo as Json).supplementProducts = [
					{ ...wrapping, stockQuantity: 7 },
					{ groupName: '추가구성', name: '쇼핑백', price: 500 },
				];
			}),
		);
		assert.equal(updated.status, 200, JSON.stringify(updated.body));
		const after = (await call('GET', path)).body;
		const combinations = combinationsOf(after);
		assert.deepEqual(
			combinations.map((entry) => [entry.optionName1, entry.optionName2, entry.stockQuantity]),
			[
				['블랙', 'M', 4],
				['화이트', 'L', 6],
				['네이비', 'S', 2],
			],
		);
		assert.equal(combinations[0].id, blackM.id, 'the id sent is kept');
		assert.equal(combinations[1].id, whiteL.id, 'found by its option values, its id kept');
		const navy = combinations[2].id;
		assert.ok(Number.isSafeInteger(navy), `the new option has an id: ${JSON.stringify(navy)}`);
		assert.ok(!combinationsOf(read).some((entry) => entry.id === navy), 'a new id');
		const supplements = supplementsOf(after);
		assert.equal(supplements[0].id, wrapping.id);
		assert.ok(Number.isSafeInteger(supplements[1].id));
		assert.notEqual(supplements[1].id, wrapping.id);
		assert.deepEqual(
			combinationsOf(updated.body).map((entry) => entry.id),
			combinations.map((entry) => entry.id),
			'the update answer shows the ids the GET shows',
		);

		// Option stock by id, on the product registered and updated through the API.
		const stock = await call(
			'PUT',
			`/v1/products/origin-products/${String(created.body.originProductNo)}/option-stock`,
			{
				productSalePrice: { salePrice: 19900 },
				optionInfo: {
					optionCombinations: combinations.map((entry) => ({
						id: entry.id,
						stockQuantity: entry.id === navy ? 9 : entry.stockQuantity,
						price: entry.price,
						usable: entry.usable,
					})),
					useStockManagement: true,
				},
			},
		);
		assert.equal(stock.status, 200, JSON.stringify(stock.body));
		const final = (await call('GET', path)).body;
		assert.deepEqual(
			combinationsOf(final).map((entry) => entry.stockQuantity),
			[4, 6, 9],
		);
		assert.equal((final.originProduct as Json).stockQuantity, 19);
	});

	test('a seeded product: a combination sent without an id keeps the id of the option with its values', async () => {
		const product = productCatalogue(emulator.store).products.find(
			(candidate) =>
				candidate.originProduct.statusType === 'SALE' &&
				(candidate.originProduct.detailAttribute.optionInfo?.optionCombinations?.length ?? 0) >=
					3 &&
				!candidate.originProduct.detailAttribute.optionInfo?.optionCombinations?.some(
					(combination) => 'optionName3' in combination,
				),
		)!;
		const path = `/v2/products/origin-products/${product.originProductNo}`;
		const read = (await call('GET', path)).body;
		const before = combinationsOf(read);
		const body = asUpdate(read, (detail) => {
			const list = (detail.optionInfo as Json).optionCombinations as Numbered[];
			delete list[1].id;
			// The first option's values again, without an id, beside the first option with its id:
			// that option is taken, so this is a new one.
			list.push({ ...list[0], id: undefined, optionName2: list[0].optionName2 });
		});
		// The GET shows fields the PUT does not take for some seeded products; none is touched here.
		for (const field of ['naverShoppingSearchInfo', 'productSize']) {
			delete ((body.originProduct as Json).detailAttribute as Json)[field];
		}
		delete ((body.originProduct as Json).customerBenefit as Json | undefined)
			?.promotionDiscountPolicies;
		const updated = await call('PUT', path, body);
		assert.equal(updated.status, 200, JSON.stringify(updated.body));
		const after = combinationsOf((await call('GET', path)).body);
		assert.equal(after.length, before.length + 1);
		assert.deepEqual(
			after.slice(0, before.length).map((entry) => entry.id),
			before.map((entry) => entry.id),
			'every current option keeps its id, the one sent without an id included',
		);
		const added = after.at(-1)!.id;
		assert.ok(Number.isSafeInteger(added));
		assert.ok(!before.some((entry) => entry.id === added), 'the repeated values got a new id');
	});

	test('simple and custom options are numbered on registration; on update an id is kept and an option without one is new', async () => {
		const created = await call(
			'POST',
			'/v2/products',
			registration({
				optionInfo: {
					optionSimple: [
						{ groupName: '맛', name: '순한맛' },
						{ groupName: '맛', name: '매운맛' },
					],
					optionCustom: [{ groupName: '각인 문구' }],
				},
			}),
		);
		assert.equal(created.status, 200, JSON.stringify(created.body));
		const path = `/v2/products/origin-products/${String(created.body.originProductNo)}`;
		const read = (await call('GET', path)).body;
		const info = detailOf(read).optionInfo as Json;
		const simple = info.optionSimple as Numbered[];
		const custom = info.optionCustom as Numbered[];
		const ids = [...simple, ...custom].map((entry) => entry.id);
		assert.ok(
			ids.every((id) => Number.isSafeInteger(id)),
			JSON.stringify(ids),
		);
		assert.equal(new Set(ids).size, 3);

		const updated = await call(
			'PUT',
			path,
			asUpdate(read, (detail) => {
				const options = detail.optionInfo as Json;
				options.optionSimple = [simple[0], { groupName: '맛', name: '아주 매운맛' }];
			}),
		);
		assert.equal(updated.status, 200, JSON.stringify(updated.body));
		const after = (detailOf((await call('GET', path)).body).optionInfo as Json)
			.optionSimple as Numbered[];
		assert.equal(after[0].id, simple[0].id);
		assert.ok(Number.isSafeInteger(after[1].id));
		assert.ok(!ids.includes(after[1].id));
		assert.equal(
			((detailOf((await call('GET', path)).body).optionInfo as Json).optionCustom as Numbered[])[0]
				.id,
			custom[0].id,
		);
	});
});
