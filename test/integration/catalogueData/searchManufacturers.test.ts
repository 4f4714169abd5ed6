/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { NaverCommerceEmulator } from '../../emulator/server';
import { catalogueData, catalogueKit } from './catalogueKit';

describe('Catalogue Data → Search Manufacturers through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = catalogueKit();
	const { run } = kit;

	before(async () => {
		({ emulator } = await kit.start());
	});
	after(async () => await emulator.stop());
	beforeEach(() => kit.reset());

	test('the manufacturers matching a name, as Naver lists them', async () => {
		const result = await run({
			parameters: catalogueData('searchManufacturers', { manufacturerName: '농협' }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => item.json),
			[
				{ id: 310040, name: '제주감귤농협' },
				{ id: 310041, name: '이천농협' },
			],
		);
		assert.deepEqual(kit.requests(), [
			{ route: 'catalogue.manufacturers', query: { name: ['농협'] } },
		]);
	});

	test('no match is no item; an empty name fails before any request', async () => {
		const none = await run({
			parameters: catalogueData('searchManufacturers', { manufacturerName: '없는제조사' }),
		});
		assert.equal(none.error, undefined, none.error?.message);
		assert.deepEqual(none.items ?? [], []);
		const empty = await run({
			continueOnFail: true,
			inputItems: [{ maker: '' }],
			parameters: catalogueData('searchManufacturers', { manufacturerName: '={{ $json.maker }}' }),
		});
		assert.equal(empty.items?.[0].json.error, 'Manufacturer Name is empty');
		assert.equal(kit.requests().length, 1);
	});
});
