/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { claimOf } from '../../emulator/routes/claims';
import type { NaverCommerceEmulator } from '../../emulator/server';

import { claimKit } from './claimKit';

describe('Claim → Approve Exchange Collection through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = claimKit();
	const { run, exchangesRequested } = kit;

	before(async () => {
		emulator = await kit.start();
	});
	after(async () => await emulator.stop());
	beforeEach(() => emulator.resetStats());

	// Holds back and releases, but it is about (and asserts last) Approve Collection: it lives here.
	test('a held-back exchange cannot be collected until released', async () => {
		const [order] = exchangesRequested(1);
		const requestedAt = { ...order };
		const held = await run('exchangeHoldBack', [{ id: order.productOrderId }], {
			holdbackClassType: 'EXCHANGE_DELIVERYFEE',
			holdbackExchangeDetailReason: '교환 배송비 미입금',
			additionalFields: { extraExchangeFeeAmount: 6000 },
		});
		assert.equal(held.error, undefined, held.error?.message);
		const claim = claimOf(emulator.store, order.productOrderId);
		assert.deepEqual(
			[
				claim?.holdbackStatus,
				claim?.holdbackReason,
				claim?.holdbackDetailedReason,
				claim?.extraFeeAmount,
			],
			['HOLDBACK', 'EXCHANGE_DELIVERYFEE', '교환 배송비 미입금', 6000],
		);
		assert.deepEqual({ ...order }, requestedAt);

		const heldAgain = await run(
			'exchangeHoldBack',
			[{ id: order.productOrderId }],
			{ holdbackClassType: 'ETC', holdbackExchangeDetailReason: '확인 중' },
			true,
		);
		assert.equal(heldAgain.items?.[0].json.code, '105306');

		const blocked = await run(
			'exchangeApproveCollection',
			[{ id: order.productOrderId }],
			{},
			true,
		);
		assert.deepEqual(
			[blocked.items?.[0].json.success, blocked.items?.[0].json.code],
			[false, '104442'],
		);
		assert.equal(order.claimStatus, 'EXCHANGE_REQUEST');

		const released = await run('exchangeReleaseHoldBack', [{ id: order.productOrderId }]);
		assert.equal(released.error, undefined, released.error?.message);
		assert.equal(claim?.holdbackStatus, 'RELEASED');

		const collected = await run('exchangeApproveCollection', [{ id: order.productOrderId }]);
		assert.equal(collected.error, undefined, collected.error?.message);
		assert.equal(order.claimStatus, 'COLLECT_DONE');
	});
});
