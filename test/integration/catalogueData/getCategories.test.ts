/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { CATEGORIES, subCategoriesOf } from '../../emulator/catalogueData';
import type { NaverCommerceEmulator } from '../../emulator/server';
import { catalogueData, catalogueKit, picked } from './catalogueKit';

const entry = ({ wholeCategoryName, id, name, last }: (typeof CATEGORIES)[number]) => ({
	wholeCategoryName,
	id,
	name,
	last,
});

describe('Catalogue Data → Get Categories through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = catalogueKit();
	const { run } = kit;

	before(async () => {
		({ emulator } = await kit.start());
	});
	after(async () => await emulator.stop());
	beforeEach(() => kit.reset());

	test('Leaf Only (the default) with Return All: every leaf, from one request with last=true', async () => {
		const result = await run({ parameters: catalogueData('getCategories', { returnAll: true }) });
		assert.equal(result.error, undefined, result.error?.message);
		const leaves = CATEGORIES.filter((category) => category.last);
		assert.ok(leaves.length > 300);
		assert.deepEqual(
			result.items?.map((item) => item.json),
			leaves.map(entry),
		);
		assert.ok(result.items!.every((item) => (item.pairedItem as { item: number }).item === 0));
		assert.deepEqual(kit.requests(), [
			{ route: 'catalogue.categories', query: { last: ['true'] } },
		]);
	});

	test('All with a limit: the first categories of the tree, parents before their children', async () => {
		const result = await run({
			parameters: catalogueData('getCategories', { categoryScope: 'all', limit: 7 }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => item.json),
			CATEGORIES.slice(0, 7).map(entry),
		);
		assert.equal(result.items![0].json.wholeCategoryName, '패션의류');
		assert.equal(result.items![0].json.last, false);
		assert.deepEqual(kit.requests(), [{ route: 'catalogue.categories', query: {} }]);
	});

	test('Children of a Category: the sub-categories of the picked or mapped parent, per input item', async () => {
		const result = await run({
			inputItems: [{ parent: '50000003' }, { parent: '50000830' }],
			parameters: catalogueData('getCategories', {
				categoryScope: 'children',
				parentCategoryId: picked('={{ $json.parent }}', 'id'),
				returnAll: true,
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		const digital = subCategoriesOf('50000003').map(entry);
		assert.ok(digital.some((category) => category.name === '노트북' && category.last));
		// A leaf (남성 티셔츠) has no sub-categories: no items for the second input item.
		assert.deepEqual(
			result.items?.map((item) => [item.json, item.pairedItem]),
			digital.map((category) => [category, { item: 0 }]),
		);
		assert.deepEqual(
			kit.requests().map((request) => request.route),
			['catalogue.subCategories', 'catalogue.subCategories'],
		);
	});

	test('a parent that is not a number fails before any request; an unknown one carries Naver’s 404', async () => {
		const result = await run({
			continueOnFail: true,
			inputItems: [{ parent: 'fashion' }, { parent: '59999999' }, { parent: '50000001' }],
			parameters: catalogueData('getCategories', {
				categoryScope: 'children',
				parentCategoryId: '={{ $json.parent }}',
				limit: 3,
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		const [notNumber, unknown, ...shoes] = result.items!;
		assert.match(String(notNumber.json.error), /^Parent Category must be a number/);
		assert.deepEqual(notNumber.pairedItem, { item: 0 });
		assert.equal(unknown.json.code, 'NOT_FOUND');
		assert.equal(unknown.json.httpStatus, 404);
		assert.deepEqual(unknown.pairedItem, { item: 1 });
		assert.deepEqual(
			shoes.map((item) => item.json.name),
			['여성신발', '남성신발', '여성가방'],
		);
		assert.equal(kit.requests().length, 2, 'no request for the item that is not a number');
	});
});
