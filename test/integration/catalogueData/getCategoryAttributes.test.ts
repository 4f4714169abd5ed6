/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { attributesOf, attributeValuesOf, categoryById } from '../../emulator/catalogueData';
import type { NaverCommerceEmulator } from '../../emulator/server';
import { catalogueData, catalogueKit, picked } from './catalogueKit';

describe('Catalogue Data → Get Category Attributes through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = catalogueKit();
	const { run } = kit;

	before(async () => {
		({ emulator } = await kit.start());
	});
	after(async () => await emulator.stop());
	beforeEach(() => kit.reset());

	test('one item per attribute with its values in display order (the default)', async () => {
		const result = await run({
			parameters: catalogueData('getCategoryAttributes', { categoryId: picked('50000145') }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		const tumbler = categoryById('50000145')!;
		const values = attributeValuesOf(tumbler);
		assert.deepEqual(
			result.items?.map((item) => item.json),
			attributesOf(tumbler).map((attribute) => ({
				...attribute,
				attributeValues: values.filter((value) => value.attributeSeq === attribute.attributeSeq),
			})),
		);
		const capacity = result.items!.find((item) => item.json.attributeName === '용량')!.json;
		assert.equal(capacity.attributeClassificationType, 'RANGE');
		assert.deepEqual((capacity.attributeValues as Array<Record<string, unknown>>)[0], {
			attributeSeq: 10002,
			attributeValueSeq: 100021,
			minAttributeValue: '0',
			minAttributeValueUnitCode: 'ml',
			maxAttributeValue: '500',
			maxAttributeValueUnitCode: 'ml',
			exposureOrder: 1,
		});
		assert.deepEqual(kit.requests(), [
			{ route: 'catalogue.attributes', query: { categoryId: ['50000145'] } },
			{ route: 'catalogue.attributeValues', query: { categoryId: ['50000145'] } },
		]);
	});

	test('without values: one request, the attributes as Naver lists them', async () => {
		const result = await run({
			parameters: catalogueData('getCategoryAttributes', {
				categoryId: picked('50000830', 'id'),
				includeValues: false,
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => item.json),
			attributesOf(categoryById('50000830')!),
		);
		assert.deepEqual(
			kit.requests().map((request) => request.route),
			['catalogue.attributes'],
		);
	});

	test('a parent category has no attributes: no items and no second request', async () => {
		const result = await run({
			parameters: catalogueData('getCategoryAttributes', { categoryId: picked('50000169', 'id') }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(result.items ?? [], []);
		assert.deepEqual(
			kit.requests().map((request) => request.route),
			['catalogue.attributes'],
		);
	});

	test("an unknown category gives an error item with Naver's code, the next item still runs", async () => {
		const result = await run({
			continueOnFail: true,
			inputItems: [{ id: '59999999' }, { id: '50000803' }],
			parameters: catalogueData('getCategoryAttributes', { categoryId: '={{ $json.id }}' }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(result.items![0].json.code, 'NOT_FOUND');
		assert.deepEqual(result.items![0].pairedItem, { item: 0 });
		const tangerine = result.items!.slice(1);
		assert.deepEqual(
			tangerine.map((item) => item.json.attributeName),
			['보관방법', '중량', '포장형태', '당도', '크기'],
		);
		assert.ok(tangerine.every((item) => (item.pairedItem as { item: number }).item === 1));
	});
});
