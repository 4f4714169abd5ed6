/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { CatalogueState } from '../../emulator/routes/catalogueData';
import type { NaverCommerceEmulator } from '../../emulator/server';
import { catalogueData, catalogueKit } from './catalogueKit';

describe('Catalogue Data → Get Delivery Bundle Groups through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	let state: CatalogueState;
	const kit = catalogueKit();
	const { run } = kit;

	before(async () => {
		({ emulator, state } = await kit.start());
	});
	after(async () => await emulator.stop());
	beforeEach(() => kit.reset());

	test('Return All: every group in pages of 100', async () => {
		// More groups than one page holds, as a seller with many product lines has.
		for (let index = 0; index < 90; index++) {
			state.bundleGroups.push({
				id: 801_000 + index,
				name: `시즌 기획전 ${index + 1}`,
				usable: true,
				baseGroup: false,
				deliveryFeeChargeMethodType: 'MIN',
			});
		}
		const result = await run({
			parameters: catalogueData('getDeliveryBundleGroups', { returnAll: true }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => item.json.id),
			state.bundleGroups.map((group) => group.id),
		);
		assert.deepEqual(result.items?.[0].json, state.bundleGroups[0]);
		assert.deepEqual(
			kit.requests().map((request) => request.query),
			[
				{ size: ['100'], page: ['1'] },
				{ size: ['100'], page: ['2'] },
			],
		);
	});

	test('Limit asks for a page of that size; the filters go to Naver as they are', async () => {
		const result = await run({
			parameters: catalogueData('getDeliveryBundleGroups', {
				limit: 3,
				filters: { usable: false, name: ' 20' },
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => [item.json.name, item.json.usable]),
			[
				['2025 추석 선물세트', false],
				['2024 설 선물세트', false],
			],
		);
		assert.deepEqual(kit.requests()[0].query, {
			size: ['3'],
			name: ['20'],
			usable: ['false'],
			page: ['1'],
		});

		const base = await run({
			parameters: catalogueData('getDeliveryBundleGroups', { filters: { baseGroup: true } }),
		});
		assert.deepEqual(
			base.items?.map((item) => [item.json.id, item.json.baseGroup]),
			[[800001, true]],
		);
	});
});
