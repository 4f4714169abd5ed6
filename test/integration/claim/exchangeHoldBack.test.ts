/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { claimOf } from '../../emulator/routes/claims';
import type { NaverCommerceEmulator } from '../../emulator/server';

import { claimKit, payedWithoutClaim } from './claimKit';

describe('Claim → Hold Back Exchange through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = claimKit();
	const { take, run, exchangesRequested } = kit;

	before(async () => {
		emulator = await kit.start();
	});
	after(async () => await emulator.stop());
	beforeEach(() => emulator.resetStats());

	test('holds back requested exchanges, one request and one result item per product order', async () => {
		const orders = exchangesRequested(2);
		const result = await run(
			'exchangeHoldBack',
			orders.map((order) => ({ id: order.productOrderId })),
			{ holdbackClassType: 'SELLER_CONFIRM_NEED', holdbackExchangeDetailReason: '재고 확인 중' },
		);
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items!.map((item) => [item.json.productOrderId, item.json.success, item.pairedItem]),
			orders.map((order, index) => [order.productOrderId, true, { item: index }]),
		);
		assert.equal(emulator.stats.byRoute['claims.exchangeHoldBack'], 2);
		for (const order of orders) {
			const claim = claimOf(emulator.store, order.productOrderId);
			assert.deepEqual(
				[claim?.holdbackStatus, claim?.holdbackReason, claim?.holdbackDetailedReason],
				['HOLDBACK', 'SELLER_CONFIRM_NEED', '재고 확인 중'],
			);
			assert.equal(order.claimStatus, 'EXCHANGE_REQUEST', 'a hold changes no status');
		}
	});

	test('an empty detailed reason is refused before any request; no exchange is a Naver error item', async () => {
		const [requested] = exchangesRequested(1);
		const [plain] = take(1, payedWithoutClaim);
		const result = await run(
			'exchangeHoldBack',
			[
				{ id: requested.productOrderId, reason: ' ' },
				{ id: plain.productOrderId, reason: '확인 중' },
			],
			{ holdbackClassType: 'ETC', holdbackExchangeDetailReason: '={{ $json.reason }}' },
			true,
		);
		assert.match(String(result.items?.[0].json.error), /is empty/);
		assert.deepEqual(
			[result.items?.[1].json.success, result.items?.[1].json.productOrderId],
			[false, plain.productOrderId],
		);
		assert.match(String(result.items?.[1].json.code), /^\d+$/);
		assert.equal(emulator.stats.byRoute['claims.exchangeHoldBack'], 1);
		assert.equal(claimOf(emulator.store, requested.productOrderId)?.holdbackStatus, undefined);
	});
});
