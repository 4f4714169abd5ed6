/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { claimOf } from '../../emulator/routes/claims';
import type { NaverCommerceEmulator } from '../../emulator/server';

import { claimKit, dispatchedWithoutClaim } from './claimKit';

describe('Claim → Request Return through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = claimKit();
	const { take, run } = kit;

	before(async () => {
		emulator = await kit.start();
	});
	after(async () => await emulator.stop());
	beforeEach(() => emulator.resetStats());

	test('Request Return on a dispatched product order opens the return with the collect details', async () => {
		const [order] = take(1, dispatchedWithoutClaim);
		const startedMs = Date.now();
		const result = await run('returnRequest', [{ id: order.productOrderId }], {
			returnReason: 'WRONG_OPTION',
			collectDeliveryMethod: 'DELIVERY',
			additionalFields: {
				collectDeliveryCompany: 'HANJIN',
				collectTrackingNumber: '420012345678',
				returnQuantity: 1,
			},
		});

		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			[result.items?.length, result.items?.[0].json.success, result.items?.[0].pairedItem],
			[1, true, { item: 0 }],
		);
		assert.equal(emulator.stats.byRoute['claims.returnRequest'], 1);
		assert.equal(order.productOrderStatus, 'DELIVERING');
		assert.equal(order.claimType, 'RETURN');
		assert.equal(order.claimStatus, 'RETURN_REQUEST');
		assert.equal(order.lastChangedType, 'CLAIM_REQUESTED');
		assert.ok(order.lastChangedMs >= startedMs);
		const claim = claimOf(emulator.store, order.productOrderId);
		assert.equal(claim?.reason, 'WRONG_OPTION');
		assert.equal(claim?.collectDeliveryMethod, 'DELIVERY');
		assert.equal(claim?.collectDeliveryCompany, 'HANJIN');
		assert.equal(claim?.collectTrackingNumber, '420012345678');
		assert.equal(claim?.requestQuantity, 1);
	});

	test('a return on a product order not yet dispatched, or already decided, fails for that item only', async () => {
		const [payed] = take(1, (order) => order.productOrderStatus === 'PAYED' && !order.claimType);
		const [decided] = take(1, (order) => order.productOrderStatus === 'PURCHASE_DECIDED');
		const [dispatched] = take(1, dispatchedWithoutClaim);
		const result = await run(
			'returnRequest',
			[
				{ id: payed.productOrderId },
				{ id: dispatched.productOrderId },
				{ id: decided.productOrderId },
			],
			{ returnReason: 'INTENT_CHANGED', collectDeliveryMethod: 'RETURN_DESIGNATED' },
			true,
		);

		assert.equal(result.error, undefined);
		assert.deepEqual(
			result.items?.map((item) => [item.json.success, item.json.code, item.pairedItem]),
			[
				[false, '104442', { item: 0 }],
				[true, undefined, { item: 1 }],
				[false, '104442', { item: 2 }],
			],
		);
		assert.match(
			String(result.items![0].json.message),
			/발송 전인 상품 주문은 반품 요청할 수 없습니다/,
		);
		assert.equal(payed.claimType, undefined);
		assert.equal(decided.claimType, undefined);
		assert.equal(dispatched.claimStatus, 'RETURN_REQUEST');
	});

	test('an unknown courier code for the collection fails with 104119', async () => {
		const [order] = take(1, dispatchedWithoutClaim);
		const result = await run(
			'returnRequest',
			[{ id: order.productOrderId }],
			{
				returnReason: 'BROKEN',
				collectDeliveryMethod: 'DELIVERY',
				additionalFields: { collectDeliveryCompany: '={{ "NO_SUCH_COURIER" }}' },
			},
			true,
		);
		assert.deepEqual(
			[result.items?.[0].json.success, result.items?.[0].json.code],
			[false, '104119'],
		);
		assert.equal(order.claimType, undefined);
	});
});
