/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { claimOf } from '../../emulator/routes/claims';
import type { NaverCommerceEmulator } from '../../emulator/server';

import { claimKit, dispatchedWithoutClaim } from './claimKit';

describe('Claim → Reject Return through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = claimKit();
	const { take, run, requestReturn } = kit;

	before(async () => {
		emulator = await kit.start();
	});
	after(async () => await emulator.stop());
	beforeEach(() => emulator.resetStats());

	test('Reject Return withdraws the return with the reason; the product order goes back to its delivery status', async () => {
		const [order, other] = take(2, dispatchedWithoutClaim);
		await requestReturn([order, other]);
		const result = await run(
			'returnReject',
			[
				{ id: order.productOrderId, reason: '고객님께서 통화로 교환을 원하셨습니다.' },
				{ id: other.productOrderId, reason: '  ' },
			],
			{ rejectReturnReason: '={{ $json.reason }}' },
			true,
		);

		assert.equal(result.error, undefined);
		const [rejected, notSent] = result.items!;
		assert.deepEqual([rejected.json.success, rejected.pairedItem], [true, { item: 0 }]);
		assert.equal(order.claimStatus, 'RETURN_REJECT');
		assert.equal(order.lastChangedType, 'CLAIM_REJECTED');
		assert.equal(order.productOrderStatus, 'DELIVERING');
		assert.equal(
			claimOf(emulator.store, order.productOrderId)?.rejectReason,
			'고객님께서 통화로 교환을 원하셨습니다.',
		);
		assert.match(String(notSent.json.error), /Reject Reason is empty/);
		assert.deepEqual(notSent.pairedItem, { item: 1 });
		assert.equal(other.claimStatus, 'RETURN_REQUEST', 'an empty reason is never sent');
		assert.equal(emulator.stats.byRoute['claims.returnReject'], 1);

		const again = await run(
			'returnReject',
			[{ id: order.productOrderId }],
			{ rejectReturnReason: '중복' },
			true,
		);
		assert.equal(again.items?.[0].json.code, '105306');
	});
});
