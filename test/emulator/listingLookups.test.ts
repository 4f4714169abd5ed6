/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The listing lookups over HTTP, with plain fetch: tags, standard options and purchase option
 * guides by category, catalogue models by name, size types, attribute value units, and the
 * seller's fashion models (created, listed, changed, deleted). They agree with what the seeded
 * products carry. No answer breaks the contract.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { attributesOf, CATEGORIES } from './catalogueData';
import { requestTokenDirectly } from './directToken';
import { callEmulator } from './registrationBody';
import { productCatalogue } from './routes/products';
import { contractFindings, type NaverCommerceEmulator, startEmulator } from './server';

type Json = Record<string, unknown>;

describe('Emulator: listing lookups', () => {
	let emulator: NaverCommerceEmulator;
	let token = '';
	const findingsBefore = contractFindings.length;
	const call = (method: string, path: string, body?: unknown) =>
		callEmulator(emulator.baseUrl, token, method, path, body);
	const get = async (path: string) => (await call('GET', path)).body as unknown;

	before(async () => {
		emulator = await startEmulator({ productOrders: 30 });
		token = (await requestTokenDirectly(emulator.baseUrl)).access_token;
	});
	after(async () => await emulator.stop());

	test('tags: restricted ones are marked, recommendations contain the keyword, dictionary tags first', async () => {
		const restricted = (await get(
			`/v2/tags/restricted-tags?tags=${encodeURIComponent('최저가')}&tags=${encodeURIComponent('선물추천')}`,
		)) as Json[];
		assert.deepEqual(restricted, [
			{ tag: '최저가', restricted: true },
			{ tag: '선물추천', restricted: false },
		]);
		const recommended = (await get(
			`/v2/tags/recommend-tags?keyword=${encodeURIComponent('선물')}`,
		)) as Json[];
		assert.ok(recommended.length > 3);
		assert.deepEqual(recommended[0], { code: 310_001, text: '선물추천' });
		assert.ok(recommended.every((tag) => String(tag.text).includes('선물')));
		const missing = await call('GET', '/v2/tags/recommend-tags');
		assert.equal(missing.status, 400);
	});

	test('standard options: fashion has colours and sizes (the seeded 11 블랙), others none', async () => {
		const tee = (await get('/v1/options/standard-options?categoryId=50000830')) as Json[];
		const groups = tee[0].standardOptionCategoryGroups as Json[];
		assert.equal(tee[0].useStandardOption, true);
		assert.deepEqual(
			groups.map((group) => group.groupName),
			['색상', '사이즈'],
		);
		assert.deepEqual((groups[0].standardOptionAttributes as Json[])[0], {
			attributeId: 1,
			attributeValueId: 11,
			attributeValueName: '블랙',
			attributeColorCode: '#000000',
			imageUrls: ['https://shop-phinf.pstatic.net/standard-option/color_11.png'],
		});
		const shoes = (await get('/v1/options/standard-options?categoryId=50010040')) as Json[];
		assert.equal(
			((shoes[0].standardOptionCategoryGroups as Json[])[1] as Json).attributeName,
			'사이즈(mm)',
		);
		const food = (await get('/v1/options/standard-options?categoryId=50000803')) as Json[];
		assert.deepEqual(food, [{ useStandardOption: false, standardOptionCategoryGroups: [] }]);
		const unknown = await call('GET', '/v1/options/standard-options?categoryId=1');
		assert.equal(unknown.status, 404);
	});

	test('purchase option guides: by leaf, with units for numbers; none where groups are not offered', async () => {
		const tee = (await get('/v2/standard-purchase-option-guides?categoryId=50000830')) as Json;
		assert.equal(tee.useOptionYn, true);
		assert.deepEqual(
			(tee.optionGuides as Json[]).map((guide) => guide.guideId),
			[200_001, 200_002],
		);
		const food = (await get('/v2/standard-purchase-option-guides?categoryId=50000803')) as Json;
		const weight = ((food.optionGuides as Json[])[0].standardPurchaseOptions as Json[])[0];
		assert.equal(weight.optionType, 'NUMBER');
		assert.deepEqual(weight.optionUsableUnits, [{ unit: 'g' }, { unit: 'kg' }]);
		assert.equal((food.optionGuides as Json[])[0].useUnitPrice, true);
		const desk = (await get('/v2/standard-purchase-option-guides?categoryId=50010186')) as Json;
		assert.deepEqual(desk, { useOptionYn: false, optionGuides: [] });
		const parent = await call('GET', '/v2/standard-purchase-option-guides?categoryId=50000000');
		assert.equal(parent.status, 400);
	});

	test('catalogue models: by name, paged; the seeded products name models that exist', async () => {
		const galaxy = (await get(`/v1/product-models?name=${encodeURIComponent('갤럭시')}`)) as Json;
		assert.ok((galaxy.contents as Json[]).every((model) => String(model.name).includes('갤럭시')));
		assert.equal(galaxy.size, 100);
		const emulated = (await get(
			`/v1/product-models?name=${encodeURIComponent('에뮬레이터 모델')}&page=2&size=50`,
		)) as Json;
		assert.equal(emulated.totalElements, 308);
		assert.equal((emulated.contents as Json[]).length, 50);
		const matched = productCatalogue(emulator.store).products.find(
			(product) =>
				(product.originProduct.detailAttribute.naverShoppingSearchInfo as Json | undefined)
					?.modelId !== undefined,
		)!;
		const info = matched.originProduct.detailAttribute.naverShoppingSearchInfo as Json;
		const model = (await get(`/v1/product-models/${info.modelId}`)) as Json;
		assert.equal(model.name, info.modelName);
		assert.equal(model.brandCode, info.brandId);
		assert.equal((await call('GET', '/v1/product-models/1')).status, 404);
		assert.equal((await call('GET', '/v1/product-models')).status, 400);
	});

	test('size types and attribute value units: the seeded products’ size type 1, the attributes’ units', async () => {
		const types = (await get('/v1/product-sizes')) as Json[];
		assert.equal(types.length, 7);
		const top = (await get('/v1/product-sizes/1')) as Json;
		assert.equal(top.name, '상의');
		assert.deepEqual((top.sizeValueTypes as Json[])[0], {
			id: 1,
			name: '가슴단면',
			exposureOrder: 1,
		});
		assert.equal((await call('GET', '/v1/product-sizes/99')).status, 404);
		const units = ((await get('/v1/product-attributes/attribute-value-units')) as Json[]).map(
			(unit) => unit.id,
		);
		const used = CATEGORIES.filter((category) => category.last).flatMap((category) =>
			attributesOf(category).flatMap((attribute) => attribute.representativeUnitCode ?? []),
		);
		for (const unit of new Set(used)) assert.ok(units.includes(unit), unit);
	});

	test('fashion models: saved with a new ID, listed, changed, deleted', async () => {
		const saved = await call('POST', '/v1/product-fashion-models', {
			id: 1,
			name: '정민지',
			height: 170,
			weight: 50,
			top: '55',
			bottom: '26',
			shoe: '245',
			modelImage: { url: 'https://shop-phinf.pstatic.net/20261201_1/fashion-model-new.jpg' },
		});
		assert.equal(saved.status, 200);
		const id = saved.body.id as number;
		assert.ok(id > 7103);
		assert.equal(saved.body.name, '정민지');
		const listed = (await get('/v1/product-fashion-models')) as Json[];
		assert.ok(listed.some((model) => model.id === id));
		const changed = await call('PUT', `/v1/product-fashion-models/${id}`, {
			name: '정민지',
			height: 171,
		});
		assert.deepEqual(changed.body, { name: '정민지', height: 171, id });
		const deleted = await call('DELETE', `/v1/product-fashion-models/${id}`);
		assert.deepEqual(deleted.body, {
			code: 'SUCCESS',
			message: '패션모델이 삭제되었습니다.',
			data: {},
		});
		assert.ok(
			!((await get('/v1/product-fashion-models')) as Json[]).some((model) => model.id === id),
		);
		assert.equal((await call('DELETE', `/v1/product-fashion-models/${id}`)).status, 404);
		assert.equal(
			(await call('PUT', `/v1/product-fashion-models/${id}`, { name: 'x' })).status,
			404,
		);
	});

	test('no answer broke the contract', () => {
		assert.deepEqual(contractFindings.slice(findingsBefore), []);
	});
});
