/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import {
	categoryById,
	certificationInfosOf,
	exceptionalCategoriesOf,
} from '../../emulator/catalogueData';
import type { NaverCommerceEmulator } from '../../emulator/server';
import { catalogueData, catalogueKit, picked } from './catalogueKit';

describe('Catalogue Data → Get Category through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = catalogueKit();
	const { run } = kit;

	before(async () => {
		({ emulator } = await kit.start());
	});
	after(async () => await emulator.stop());
	beforeEach(() => kit.reset());

	test('a leaf picked from the list: its whole name, exceptions and certifications', async () => {
		const result = await run({
			parameters: catalogueData('getCategory', { categoryId: picked('50001203') }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		const earphones = categoryById('50001203')!;
		assert.deepEqual(result.items?.[0].json, {
			wholeCategoryName: '디지털/가전>음향가전>이어폰',
			id: '50001203',
			name: '이어폰',
			last: true,
			exceptionalCategories: exceptionalCategoriesOf(earphones),
			certificationInfos: certificationInfosOf(earphones),
		});
		const certifications = result.items![0].json.certificationInfos as Array<{
			kindTypes: string[];
		}>;
		assert.ok(certifications.some((info) => info.kindTypes.includes('KC_CERTIFICATION')));
		assert.deepEqual(result.items![0].pairedItem, { item: 0 });
		assert.deepEqual(kit.requests(), [{ route: 'catalogue.category', query: {} }]);
		assert.equal(emulator.stats.byRoute['catalogue.category'], 1);
	});

	test('IDs typed, mapped or saved as text, one item per input item; a parent has no certifications', async () => {
		const result = await run({
			inputItems: [{ id: '50000006' }, { id: 50000803 }],
			parameters: catalogueData('getCategory', { categoryId: picked('={{ $json.id }}', 'id') }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => [item.json.wholeCategoryName, item.pairedItem]),
			[
				['식품', { item: 0 }],
				['식품>농산물>과일>감귤', { item: 1 }],
			],
		);
		assert.deepEqual(result.items![0].json.certificationInfos, []);
		assert.ok(
			(result.items![1].json.exceptionalCategories as string[]).includes('ORIGINAREA_PRODUCTS'),
		);
		const plain = await run({
			parameters: catalogueData('getCategory', { categoryId: '50000830' }),
		});
		assert.equal(plain.items?.[0].json.wholeCategoryName, '패션의류>남성의류>티셔츠');
	});

	test("an unknown category stops the run with Naver's NOT_FOUND; text is refused before a request", async () => {
		const unknown = await run({
			parameters: catalogueData('getCategory', { categoryId: picked('59999999', 'id') }),
		});
		assert.match(String(unknown.error?.message), /^Naver Commerce API error NOT_FOUND/);
		const text = await run({
			continueOnFail: true,
			inputItems: [{ id: '티셔츠' }],
			parameters: catalogueData('getCategory', { categoryId: '={{ $json.id }}' }),
		});
		assert.match(String(text.items?.[0].json.error), /^Category must be a number such as 50000830/);
		assert.equal(kit.requests().length, 1);
	});
});
