/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { NaverCommerceEmulator } from '../../emulator/server';

import { seller, sellerKit } from './sellerKit';

describe('Seller → Get Channels through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	let seededChannels: Array<Record<string, unknown>>;
	const kit = sellerKit();
	const { run } = kit;

	before(async () => {
		({ emulator, seededChannels } = await kit.start());
	});
	after(async () => {
		await emulator.stop();
	});
	beforeEach(() => kit.reset());

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
});
