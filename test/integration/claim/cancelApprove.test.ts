/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { claimOf } from '../../emulator/routes/claims';
import type { NaverCommerceEmulator } from '../../emulator/server';

import { claimKit, payedWithoutClaim } from './claimKit';

const CANCEL_APPROVE_PATH = (id: string) =>
	`/v1/pay-order/seller/product-orders/${id}/claim/cancel/approve`;

describe('Claim → Approve Cancellation through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = claimKit();
	const { take, run } = kit;

	before(async () => {
		emulator = await kit.start();
	});
	after(async () => await emulator.stop());
	beforeEach(() => {
		emulator.resetStats();
		emulator.faults.length = 0;
	});

	test('Approve Cancellation completes a requested cancel; one never requested fails, and a second approval gives 105306', async () => {
		const [requested] = take(1, (order) => order.claimStatus === 'CANCEL_REQUEST');
		const [neverRequested] = take(1, payedWithoutClaim);
		const startedMs = Date.now();
		const result = await run(
			'cancelApprove',
			[{ id: requested.productOrderId }, { id: neverRequested.productOrderId }],
			{},
			true,
		);

		assert.equal(result.error, undefined);
		const [approved, refused] = result.items!;
		assert.deepEqual([approved.json.success, approved.pairedItem], [true, { item: 0 }]);
		assert.equal(requested.productOrderStatus, 'CANCELED');
		assert.equal(requested.claimStatus, 'CANCEL_DONE');
		assert.equal(requested.lastChangedType, 'CLAIM_COMPLETED');
		assert.ok(requested.lastChangedMs >= startedMs);

		assert.deepEqual(
			[refused.json.success, refused.json.code, refused.pairedItem],
			[false, '104442', { item: 1 }],
		);
		assert.match(String(refused.json.message), /취소 요청 상태가 아닌/);
		assert.equal(neverRequested.productOrderStatus, 'PAYED');
		assert.equal(neverRequested.claimType, undefined);

		const again = await run('cancelApprove', [{ id: requested.productOrderId }], {}, true);
		assert.deepEqual(
			[again.items?.[0].json.success, again.items?.[0].json.code],
			[false, '105306'],
		);
	});

	// Requests the cancellation first, then asserts its approval: it lives with Approve Cancellation.
	test('a request, then its approval: the seller’s own cancel request can be approved', async () => {
		const [order] = take(1, payedWithoutClaim);
		const requested = await run('cancelRequest', [{ id: order.productOrderId }], {
			cancelReason: 'SOLD_OUT',
		});
		assert.equal(requested.error, undefined, requested.error?.message);
		const approved = await run('cancelApprove', [{ id: order.productOrderId }]);
		assert.equal(approved.error, undefined, approved.error?.message);
		assert.equal(approved.items?.[0].json.success, true);
		assert.equal(order.productOrderStatus, 'CANCELED');
		assert.equal(claimOf(emulator.store, order.productOrderId)?.reason, 'SOLD_OUT');
	});

	test('a server error on a claim action is reported and never retried', async () => {
		const [requested] = take(1, (order) => order.claimStatus === 'CANCEL_REQUEST');
		emulator.faults.push({
			pathPrefix: CANCEL_APPROVE_PATH(requested.productOrderId),
			status: 500,
			remaining: 3,
		});
		const result = await run('cancelApprove', [{ id: requested.productOrderId }]);

		assert.match(
			String(result.error?.message),
			/^Naver Commerce API error GW\.INTERNAL_SERVER_ERROR/,
		);
		assert.equal(emulator.faults[0]?.remaining, 2, 'exactly one attempt');
		assert.equal(requested.claimStatus, 'CANCEL_REQUEST');

		const continued = await run('cancelApprove', [{ id: requested.productOrderId }], {}, true);
		assert.equal(emulator.faults[0]?.remaining, 1, 'again one attempt');
		const [item] = continued.items!;
		assert.deepEqual(
			[item.json.productOrderId, item.json.success, item.json.httpStatus, item.pairedItem],
			[requested.productOrderId, false, 500, { item: 0 }],
		);
	});

	test('an unknown product order fails with 100001', async () => {
		const result = await run('cancelApprove', [{ id: '1999010100000001' }], {}, true);
		assert.deepEqual(
			[result.items?.[0].json.success, result.items?.[0].json.code],
			[false, '100001'],
		);
	});
});
