import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import { credentialsFor, runNaverCommerceNode } from '../../helpers/n8nHarness';

const seller = (operation: string) => ({ resource: 'seller', operation });

describe('Seller → Get Account and Get Channels through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	let seededChannels: Array<Record<string, unknown>>;
	const run = (options: Omit<Parameters<typeof runNaverCommerceNode>[0], 'credentialsHelper'>) =>
		runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			...options,
		});

	before(async () => {
		emulator = await startEmulator();
		seededChannels = emulator.store.channels;
	});
	after(async () => {
		await emulator.stop();
	});
	beforeEach(() => {
		emulator.resetStats();
		emulator.faults = [];
		emulator.store.channels = seededChannels;
	});

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

	test('Get Channels: one item per channel', async () => {
		const window = {
			channelNo: 100000002,
			channelType: 'WINDOW',
			name: '에뮬레이터 윈도',
			url: 'https://shopping.naver.com/window/emulator',
			representativeImageUrl: null,
			talkTalkAccountId: null,
		};
		emulator.store.channels = [...seededChannels, window];
		const result = await run({ parameters: seller('getChannels') });
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => [item.json, item.pairedItem]),
			[
				[seededChannels[0], { item: 0 }],
				[window, { item: 0 }],
			],
		);
	});

	test("Get Channels: the single object of Naver's reference is one channel item", async () => {
		(emulator.store as { channels: unknown }).channels = seededChannels[0];
		const result = await run({ parameters: seller('getChannels') });
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => item.json),
			[seededChannels[0]],
		);
	});

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
