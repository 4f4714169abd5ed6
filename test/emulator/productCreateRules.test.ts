/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Registration (POST /v2/products) over HTTP, with plain fetch: what products.POST.md states is
 * refused, what it does not state is not. The page asks deliveryCompany for DELIVERY ("DELIVERY(택배,
 * 소포, 등기)일 때 필수 입력") and freeConditionalAmount for conditional free delivery ("'조건부 무료'일
 * 경우 입력합니다"); it gives baseFee only a maximum and says nothing of two combinations with the same
 * option values.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { requestTokenDirectly } from './directToken';
import { callEmulator, REGISTRATION_IMAGE, registration } from './registrationBody';
import { issuedImageUrls } from './routes/productImages';
import { productCatalogue } from './routes/products';
import { type NaverCommerceEmulator, startEmulator } from './server';

type Json = Record<string, unknown>;

describe('Emulator: registration refuses only what products.POST.md states', () => {
	let emulator: NaverCommerceEmulator;
	let token = '';

	before(async () => {
		emulator = await startEmulator();
		token = (await requestTokenDirectly(emulator.baseUrl)).access_token;
	});
	after(async () => await emulator.stop());
	beforeEach(() => {
		productCatalogue(emulator.store).reset();
		issuedImageUrls(emulator.store).add(REGISTRATION_IMAGE);
	});

	const register = (body: Json) =>
		callEmulator(emulator.baseUrl, token, 'POST', '/v2/products', body);
	const invalidNames = (body: Json) =>
		((body.invalidInputs ?? []) as Array<{ name: string }>).map((input) => input.name);

	test('a paid delivery fee without baseFee is registered (the page does not require it)', async () => {
		const answer = await register(
			registration({}, { deliveryFee: { deliveryFeeType: 'PAID', deliveryFeePayType: 'PREPAID' } }),
		);
		assert.equal(answer.status, 200, JSON.stringify(answer.body));
	});

	test('two combinations with the same option values are registered, each with its own id', async () => {
		const answer = await register(
			registration({
				optionInfo: {
					optionCombinationGroupNames: { optionGroupName1: '색상', optionGroupName2: '사이즈' },
					optionCombinations: [
						{ stockQuantity: 1, optionName1: '블랙', optionName2: 'M' },
						{ stockQuantity: 2, optionName1: '블랙', optionName2: 'M' },
					],
					useStockManagement: true,
				},
			}),
		);
		assert.equal(answer.status, 200, JSON.stringify(answer.body));
		const combinations = (
			((answer.body.originProduct as Json).detailAttribute as Json).optionInfo as Json
		).optionCombinations as Array<{ id: unknown }>;
		assert.equal(new Set(combinations.map((combination) => combination.id)).size, 2);
	});

	test('what the page states is still refused: freeConditionalAmount for conditional free, deliveryCompany for DELIVERY', async () => {
		const conditional = await register(
			registration(
				{},
				{
					deliveryFee: {
						deliveryFeeType: 'CONDITIONAL_FREE',
						baseFee: 3000,
						deliveryFeePayType: 'PREPAID',
					},
				},
			),
		);
		assert.equal(conditional.status, 400);
		assert.deepEqual(invalidNames(conditional.body), [
			'originProduct.deliveryInfo.deliveryFee.freeConditionalAmount',
		]);

		const noCourier = await register(registration({}, { deliveryCompany: undefined }));
		assert.equal(noCourier.status, 400);
		assert.deepEqual(invalidNames(noCourier.body), ['originProduct.deliveryInfo.deliveryCompany']);
	});
});
