/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { claimOf } from '../../emulator/routes/claims';
import type { NaverCommerceEmulator } from '../../emulator/server';

import { claimKit, dispatchedWithoutClaim } from './claimKit';

describe('Claim → Release Return Hold Back through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = claimKit();
	const { take, run, requestReturn } = kit;

	before(async () => {
		emulator = await kit.start();
	});
	after(async () => await emulator.stop());
	beforeEach(() => emulator.resetStats());

	test('releases a held-back return; releasing again is refused with 105306, reported per item', async () => {
		const [order] = take(1, dispatchedWithoutClaim);
		await requestReturn([order]);
		const held = await run('returnHoldBack', [{ id: order.productOrderId }], {
			holdbackClassType: 'RETURN_PRODUCT_NOT_DELIVERED',
			holdbackReturnDetailReason: '반품 상품 미입고',
		});
		assert.equal(held.error, undefined, held.error?.message);
		const claim = claimOf(emulator.store, order.productOrderId);
		assert.equal(claim?.holdbackStatus, 'HOLDBACK');

		const released = await run('returnReleaseHoldBack', [{ id: order.productOrderId }]);
		assert.equal(released.error, undefined, released.error?.message);
		assert.deepEqual(
			[released.items?.[0].json.productOrderId, released.items?.[0].json.success],
			[order.productOrderId, true],
		);
		assert.equal(claim?.holdbackStatus, 'RELEASED');
		assert.equal(order.claimStatus, 'RETURN_REQUEST', 'a release changes no status');

		const again = await run('returnReleaseHoldBack', [{ id: order.productOrderId }], {}, true);
		assert.deepEqual(
			[again.items?.[0].json.success, again.items?.[0].json.code],
			[false, '105306'],
		);
		const stopped = await run('returnReleaseHoldBack', [{ id: order.productOrderId }]);
		assert.match(String(stopped.error?.message), /1 of 1 product orders were not/);
	});
});
