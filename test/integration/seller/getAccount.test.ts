/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { NaverCommerceEmulator } from '../../emulator/server';

import { seller, sellerKit } from './sellerKit';

describe('Seller → Get Account through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = sellerKit();
	const { run } = kit;

	before(async () => {
		({ emulator } = await kit.start());
	});
	after(async () => {
		await emulator.stop();
	});
	beforeEach(() => kit.reset());

	test('Get Account: one item per input item with the account, paired with it', async () => {
		const result = await run({ inputItems: [{}, {}], parameters: seller('getAccount') });
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => [item.json, item.pairedItem]),
			[
				[emulator.store.account, { item: 0 }],
				[emulator.store.account, { item: 1 }],
			],
		);
		assert.equal(emulator.stats.byRoute['seller.account'], 2);
	});

	// Get Channels fails first, but the retried read it asserts last is Get Account: it lives here.
	test('a missing API group is an error item with the hint; a server error on a read is retried', async () => {
		emulator.faults.push(
			{
				method: 'GET',
				pathPrefix: '/v1/seller/channels',
				status: 403,
				code: 'ROLE_NOT_FOUND',
				message: '권한 없음',
				remaining: 1,
			},
			{ method: 'GET', pathPrefix: '/v1/seller/account', status: 503, remaining: 1 },
		);
		const channels = await run({ continueOnFail: true, parameters: seller('getChannels') });
		assert.equal(channels.items?.length, 1);
		const failed = channels.items![0].json;
		assert.equal(failed.code, 'ROLE_NOT_FOUND');
		assert.equal(failed.httpStatus, 403);
		assert.match(String(failed.description), /API group/);
		assert.deepEqual(channels.items![0].pairedItem, { item: 0 });

		const account = await run({ parameters: seller('getAccount') });
		assert.equal(account.error, undefined, account.error?.message);
		assert.deepEqual(account.items?.[0].json, emulator.store.account);
		assert.equal(emulator.faults.length, 0);
	});
});
