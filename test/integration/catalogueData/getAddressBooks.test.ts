/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { CatalogueState } from '../../emulator/routes/catalogueData';
import type { NaverCommerceEmulator } from '../../emulator/server';
import { catalogueData, catalogueKit } from './catalogueKit';

describe('Catalogue Data → Get Address Book Entries through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	let state: CatalogueState;
	const kit = catalogueKit();
	const { run } = kit;

	before(async () => {
		({ emulator, state } = await kit.start());
	});
	after(async () => await emulator.stop());
	beforeEach(() => kit.reset());

	test('Return All: every entry, page by page of the 100 Naver fixes', async () => {
		const result = await run({
			parameters: catalogueData('getAddressBooks', { returnAll: true }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(state.addressBook.length, 125);
		assert.deepEqual(
			result.items?.map((item) => item.json),
			state.addressBook,
		);
		assert.deepEqual(
			kit.requests().map((request) => request.query),
			[{ page: ['1'] }, { page: ['2'] }],
		);
	});

	test('a limit within the first page is one request', async () => {
		const result = await run({ parameters: catalogueData('getAddressBooks', { limit: 5 }) });
		assert.deepEqual(
			result.items?.map((item) => item.json.addressBookNo),
			state.addressBook.slice(0, 5).map((entry) => entry.addressBookNo),
		);
		assert.equal(kit.requests().length, 1);
	});

	test('Shipping and Return Addresses: the entries of those types, from every page', async () => {
		// A shipping address on the second page is found too.
		state.addressBook[110] = { ...state.addressBook[110], addressType: 'RELEASE' };
		const shipping = await run({
			parameters: catalogueData('getAddressBooks', { addressKind: 'shipping', returnAll: true }),
		});
		assert.equal(shipping.error, undefined, shipping.error?.message);
		assert.deepEqual(
			shipping.items?.map((item) => [item.json.addressBookNo, item.json.addressType]),
			[
				[1001001, 'RELEASE'],
				[1001005, 'RELEASE'],
				[1001007, 'RELEASE'],
				[1001008, 'LOGISTICS_CENTER_RELEASE'],
				[state.addressBook[110].addressBookNo, 'RELEASE'],
			],
		);
		const returns = await run({
			parameters: catalogueData('getAddressBooks', { addressKind: 'return', limit: 2 }),
		});
		assert.deepEqual(
			returns.items?.map((item) => [item.json.addressBookNo, item.json.addressType]),
			[
				[1001002, 'REFUND_OR_EXCHANGE'],
				[1001006, 'REFUND_OR_EXCHANGE'],
			],
		);
		assert.equal(kit.requests().length, 4);
	});
});
