/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { PROVIDED_NOTICE_TYPES } from '../../emulator/providedNoticeData';
import type { NaverCommerceEmulator } from '../../emulator/server';
import { catalogueData, catalogueKit, picked } from './catalogueKit';

const typesOf = (items: Array<{ json: Record<string, unknown> }> | undefined) =>
	items?.map((item) => item.json.productInfoProvidedNoticeType);

describe('Catalogue Data → Get Notice Types through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = catalogueKit();
	const { run } = kit;

	before(async () => {
		({ emulator } = await kit.start());
	});
	after(async () => await emulator.stop());
	beforeEach(() => kit.reset());

	test("for a leaf category: Naver is asked with the category's top-level ID, as its reference requires", async () => {
		const result = await run({
			parameters: catalogueData('getNoticeTypes', { categoryId: picked('50000830') }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(typesOf(result.items), ['WEAR', 'ETC']);
		const wear = PROVIDED_NOTICE_TYPES.find(
			(type) => type.productInfoProvidedNoticeType === 'WEAR',
		);
		assert.deepEqual(result.items![0].json, wear);
		assert.deepEqual(kit.requests(), [
			{ route: 'catalogue.categories', query: {} },
			{ route: 'catalogue.noticeTypes', query: { categoryId: ['50000000'] } },
		]);
	});

	test('a top-level category is sent as it is; each input item gets its own types', async () => {
		const result = await run({
			inputItems: [{ category: '50000006' }, { category: 50001203 }],
			parameters: catalogueData('getNoticeTypes', {
				categoryId: picked('={{ $json.category }}', 'id'),
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => [item.json.productInfoProvidedNoticeType, item.pairedItem]),
			[
				['FOOD', { item: 0 }],
				['GENERAL_FOOD', { item: 0 }],
				['DIET_FOOD', { item: 0 }],
				['MOBILE_COUPON', { item: 0 }],
				['ETC', { item: 0 }],
				...[
					'IMAGE_APPLIANCES',
					'HOME_APPLIANCES',
					'SEASON_APPLIANCES',
					'OFFICE_APPLIANCES',
					'OPTICS_APPLIANCES',
					'MICROELECTRONICS',
					'NAVIGATION',
					'RENTAL_HA',
					'CELLPHONE',
					'ETC',
				].map((type) => [type, { item: 1 }]),
			],
		);
		assert.deepEqual(
			kit
				.requests()
				.filter((request) => request.route === 'catalogue.noticeTypes')
				.map((request) => request.query.categoryId),
			[['50000006'], ['50000003']],
		);
	});

	test('All: every notice type, without asking for categories', async () => {
		const result = await run({
			parameters: catalogueData('getNoticeTypes', { noticeTypeScope: 'all' }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(result.items?.length, 36);
		assert.deepEqual(
			typesOf(result.items),
			PROVIDED_NOTICE_TYPES.map((type) => type.productInfoProvidedNoticeType),
		);
		assert.deepEqual(kit.requests(), [{ route: 'catalogue.noticeTypes', query: {} }]);
	});

	test('a category Naver does not list fails the item before the notice request', async () => {
		const result = await run({
			continueOnFail: true,
			parameters: catalogueData('getNoticeTypes', { categoryId: picked('59999999', 'id') }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.match(String(result.items?.[0].json.error), /no category 59999999/);
		assert.deepEqual(
			kit.requests().map((request) => request.route),
			['catalogue.categories'],
		);
	});
});
