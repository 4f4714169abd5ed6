/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { PROVIDED_NOTICE_TYPES } from '../../emulator/providedNoticeData';
import type { NaverCommerceEmulator } from '../../emulator/server';
import { catalogueData, catalogueKit } from './catalogueKit';

describe('Catalogue Data → Get Notice Type through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = catalogueKit();
	const { run } = kit;

	before(async () => {
		({ emulator } = await kit.start());
	});
	after(async () => await emulator.stop());
	beforeEach(() => kit.reset());

	test('one item: the type, its name and the fields a seller fills, with their lengths', async () => {
		const result = await run({
			parameters: catalogueData('getNoticeType', { productInfoProvidedNoticeType: 'WEAR' }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		const wear = PROVIDED_NOTICE_TYPES.find(
			(type) => type.productInfoProvidedNoticeType === 'WEAR',
		)!;
		assert.deepEqual(result.items?.[0].json, wear);
		const material = wear.productInfoProvidedNoticeContents.find(
			(field) => field.fieldName === 'material',
		);
		assert.deepEqual(material, {
			fieldType: 'String',
			fieldName: 'material',
			fieldDescription: '제품 소재',
			fieldAddDescription:
				'섬유의 조성 또는 혼용율을 백분율로 표시, 기능성인 경우 성적서 또는 허가서',
			fieldMaxLength: 1500,
		});
		assert.deepEqual(
			kit.requests().map((request) => request.route),
			['catalogue.noticeType'],
		);
		assert.equal(emulator.stats.byRoute['catalogue.noticeType'], 1);
	});

	test('the type mapped per input item; what is not a type name is refused before a request', async () => {
		const result = await run({
			continueOnFail: true,
			inputItems: [{ type: 'GIFT_CARD' }, { type: 'wear/../..' }, { type: 'RENT_CAR' }],
			parameters: catalogueData('getNoticeType', {
				productInfoProvidedNoticeType: '={{ $json.type }}',
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		const [giftCard, refused, rentCar] = result.items!;
		assert.equal(giftCard.json.productInfoProvidedNoticeTypeName, '상품권/쿠폰');
		assert.match(String(refused.json.error), /^Notice Type must be one of Naver's notice types/);
		assert.deepEqual(refused.pairedItem, { item: 1 });
		// A type of the reference's list it documents no fields for: Naver's answer is passed on.
		assert.equal(rentCar.json.code, 'NOT_FOUND');
		assert.equal(kit.requests().length, 2);
	});
});
