/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { NaverCommerceEmulator } from '../../emulator/server';
import { catalogueData, catalogueKit } from './catalogueKit';

describe('Catalogue Data → Search Brands through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = catalogueKit();
	const { run } = kit;

	before(async () => {
		({ emulator } = await kit.start());
	});
	after(async () => await emulator.stop());
	beforeEach(() => kit.reset());

	test('the brands matching a name, with the IDs a product gives as brandId', async () => {
		const result = await run({
			parameters: catalogueData('searchBrands', { brandName: ' 에뮬 ', returnAll: true }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => [item.json, item.pairedItem]),
			[
				[{ id: 90001, name: '에뮬레이터' }, { item: 0 }],
				[{ id: 90002, name: '에뮬' }, { item: 0 }],
			],
		);
		assert.deepEqual(kit.requests(), [{ route: 'catalogue.brands', query: { name: ['에뮬'] } }]);
	});

	test('Limit keeps the first brands; a mapped name per input item', async () => {
		const result = await run({
			inputItems: [{ brand: 'jbl' }, { brand: '라' }],
			parameters: catalogueData('searchBrands', { brandName: '={{ $json.brand }}', limit: 2 }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => [item.json.name, item.pairedItem]),
			[
				['JBL', { item: 0 }],
				['라네즈', { item: 1 }],
				['라운드랩', { item: 1 }],
			],
		);
	});

	test('an empty name fails before any request', async () => {
		const result = await run({
			continueOnFail: true,
			parameters: catalogueData('searchBrands', { brandName: '  ' }),
		});
		assert.equal(result.items?.[0].json.error, 'Brand Name is empty');
		assert.deepEqual(kit.requests(), []);
	});
});
