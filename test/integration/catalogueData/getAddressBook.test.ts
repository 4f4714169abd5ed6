/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { ADDRESS_BOOK_NOS } from '../../emulator/catalogueData';
import type { CatalogueState } from '../../emulator/routes/catalogueData';
import type { NaverCommerceEmulator } from '../../emulator/server';
import { catalogueData, catalogueKit, picked } from './catalogueKit';

describe('Catalogue Data → Get Address Book Entry through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	let state: CatalogueState;
	const kit = catalogueKit();
	const { run } = kit;

	before(async () => {
		({ emulator, state } = await kit.start());
	});
	after(async () => await emulator.stop());
	beforeEach(() => kit.reset());

	test('the entry picked from the list or mapped by number, one item per input item', async () => {
		const result = await run({
			inputItems: [{ no: ADDRESS_BOOK_NOS.returns }],
			parameters: catalogueData('getAddressBook', {
				addressBookNo: picked(String(ADDRESS_BOOK_NOS.shipping)),
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		const shipping = state.addressBook.find(
			(entry) => entry.addressBookNo === ADDRESS_BOOK_NOS.shipping,
		);
		assert.deepEqual(result.items?.[0].json, shipping);
		assert.equal(result.items?.[0].json.addressType, 'RELEASE');

		const mapped = await run({
			inputItems: [{ no: ADDRESS_BOOK_NOS.returns }, { no: '1001010' }],
			parameters: catalogueData('getAddressBook', { addressBookNo: '={{ $json.no }}' }),
		});
		assert.deepEqual(
			mapped.items?.map((item) => [item.json.addressType, item.pairedItem]),
			[
				['REFUND_OR_EXCHANGE', { item: 0 }],
				['OVERSEAS_BANK', { item: 1 }],
			],
		);
		assert.equal(mapped.items![1].json.overseasAddress, true);
		assert.deepEqual(
			kit.requests().map((request) => request.route),
			['catalogue.addressBook', 'catalogue.addressBook', 'catalogue.addressBook'],
		);
	});

	test("a number that is not the seller's: the seller group's 403 with its trace ID", async () => {
		const result = await run({
			continueOnFail: true,
			parameters: catalogueData('getAddressBook', { addressBookNo: picked('4242', 'id') }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		const failed = result.items![0].json;
		assert.equal(failed.code, 'RESOURCE_NOT_AVAILABLE');
		assert.equal(failed.httpStatus, 403);
		assert.match(String(failed.traceId), /^emu-catalogue-/);
		assert.match(String(failed.description), /API 그룹/);
	});

	test('text that is not a number fails before any request', async () => {
		const result = await run({
			continueOnFail: true,
			inputItems: [{ no: '출고지' }],
			parameters: catalogueData('getAddressBook', { addressBookNo: '={{ $json.no }}' }),
		});
		assert.match(String(result.items?.[0].json.error), /^Address Book Entry must be a number/);
		assert.deepEqual(kit.requests(), []);
	});
});
