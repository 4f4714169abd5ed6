/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { claimOf } from '../../emulator/routes/claims';
import type { NaverCommerceEmulator } from '../../emulator/server';

import { claimKit, dispatchedWithoutClaim } from './claimKit';

describe('Claim → Approve Return through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = claimKit();
	const { take, run, requestReturn } = kit;

	before(async () => {
		emulator = await kit.start();
	});
	after(async () => await emulator.stop());
	beforeEach(() => emulator.resetStats());

	// Holds back and releases, but it is about (and asserts last) Approve Return: it lives here.
	test('a held-back return cannot be approved until the hold is released; the hold changes no status', async () => {
		const [order] = take(1, dispatchedWithoutClaim);
		await requestReturn([order]);
		const requestedAt = { ...order };

		const held = await run('returnHoldBack', [{ id: order.productOrderId }], {
			holdbackClassType: 'RETURN_DELIVERYFEE',
			holdbackReturnDetailReason: '반품 배송비 미입금',
			additionalFields: { extraReturnFeeAmount: 3000 },
		});
		assert.equal(held.error, undefined, held.error?.message);
		assert.equal(held.items?.[0].json.success, true);
		const claim = claimOf(emulator.store, order.productOrderId);
		assert.equal(claim?.holdbackStatus, 'HOLDBACK');
		assert.equal(claim?.holdbackReason, 'RETURN_DELIVERYFEE');
		assert.equal(claim?.holdbackDetailedReason, '반품 배송비 미입금');
		assert.equal(claim?.extraFeeAmount, 3000);
		assert.deepEqual({ ...order }, requestedAt, 'Naver reports no status change for a hold');

		const heldAgain = await run(
			'returnHoldBack',
			[{ id: order.productOrderId }],
			{ holdbackClassType: 'ETC', holdbackReturnDetailReason: '확인 중' },
			true,
		);
		assert.equal(heldAgain.items?.[0].json.code, '105306');

		const blocked = await run('returnApprove', [{ id: order.productOrderId }], {}, true);
		assert.deepEqual(
			[blocked.items?.[0].json.success, blocked.items?.[0].json.code],
			[false, '104442'],
		);
		assert.match(String(blocked.items?.[0].json.message), /보류를 해제한 뒤/);
		assert.equal(order.claimStatus, 'RETURN_REQUEST');

		const released = await run('returnReleaseHoldBack', [{ id: order.productOrderId }]);
		assert.equal(released.error, undefined, released.error?.message);
		assert.equal(claim?.holdbackStatus, 'RELEASED');
		const releasedAgain = await run(
			'returnReleaseHoldBack',
			[{ id: order.productOrderId }],
			{},
			true,
		);
		assert.equal(releasedAgain.items?.[0].json.code, '105306');

		const startedMs = Date.now();
		const approved = await run('returnApprove', [{ id: order.productOrderId }]);
		assert.equal(approved.error, undefined, approved.error?.message);
		assert.equal(approved.items?.[0].json.success, true);
		assert.equal(order.productOrderStatus, 'RETURNED');
		assert.equal(order.claimStatus, 'RETURN_DONE');
		assert.equal(order.lastChangedType, 'CLAIM_COMPLETED');
		assert.ok(order.lastChangedMs >= startedMs);
	});

	test('Approve Return on a product order without a return request fails with Naver’s code', async () => {
		const [order] = take(1, dispatchedWithoutClaim);
		const result = await run('returnApprove', [{ id: order.productOrderId }]);
		assert.match(
			String(result.error?.message),
			new RegExp(
				`were not approved for return: ${order.productOrderId} \\(104442: 반품 요청 상태가 아닌`,
			),
		);
		assert.equal(order.claimType, undefined);
	});
});
