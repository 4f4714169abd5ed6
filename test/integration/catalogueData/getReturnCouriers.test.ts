/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { CatalogueState } from '../../emulator/routes/catalogueData';
import type { NaverCommerceEmulator } from '../../emulator/server';
import { catalogueData, catalogueKit } from './catalogueKit';

describe('Catalogue Data → Get Return Couriers through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	let state: CatalogueState;
	const kit = catalogueKit();
	const { run } = kit;

	before(async () => {
		({ emulator, state } = await kit.start());
	});
	after(async () => await emulator.stop());
	beforeEach(() => kit.reset());

	test("every return courier of the seller's, with its priority", async () => {
		const result = await run({ parameters: catalogueData('getReturnCouriers') });
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => item.json),
			state.returnCouriers,
		);
		assert.equal(result.items?.[0].json.returnDeliveryCompanyPriorityType, 'PRIMARY');
		assert.deepEqual(kit.requests(), [{ route: 'catalogue.returnCouriers', query: {} }]);
	});

	test('a name sends Naver its prefix search, per input item', async () => {
		const result = await run({
			inputItems: [{ courier: '우체국' }, { courier: '한진' }],
			parameters: catalogueData('getReturnCouriers', { courierName: '={{ $json.courier }}' }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => [
				item.json.name,
				item.json.returnDeliveryCompanyPriorityType,
				item.pairedItem,
			]),
			[
				['우체국택배', 'SECONDARY_1', { item: 0 }],
				['한진택배', 'SECONDARY_3', { item: 1 }],
			],
		);
		assert.deepEqual(
			kit.requests().map((request) => request.query),
			[{ name: ['우체국'] }, { name: ['한진'] }],
		);
	});
});
