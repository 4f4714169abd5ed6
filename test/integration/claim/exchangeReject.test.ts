/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { claimOf } from '../../emulator/routes/claims';
import type { NaverCommerceEmulator } from '../../emulator/server';

import { claimKit } from './claimKit';

describe('Claim → Reject Exchange through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = claimKit();
	const { run, exchangesRequested, exchangesCollected } = kit;

	before(async () => {
		emulator = await kit.start();
	});
	after(async () => await emulator.stop());
	beforeEach(() => emulator.resetStats());

	test('Reject Exchange withdraws an exchange that has not been re-dispatched, with the reason', async () => {
		const [requested] = exchangesRequested(1);
		const [shipped] = await exchangesCollected(1);
		const sent = await run('exchangeReDispatch', [{ id: shipped.productOrderId }], {
			reDeliveryCompany: 'KGB',
			reDeliveryTrackingNumber: '30012345678',
		});
		assert.equal(sent.error, undefined, sent.error?.message);

		const startedMs = Date.now();
		const result = await run(
			'exchangeReject',
			[{ id: requested.productOrderId }, { id: shipped.productOrderId }],
			{ rejectExchangeReason: '착용한 상품은 교환할 수 없습니다.' },
			true,
		);
		assert.equal(result.error, undefined);
		const [rejected, refused] = result.items!;
		assert.deepEqual([rejected.json.success, rejected.pairedItem], [true, { item: 0 }]);
		assert.equal(requested.claimStatus, 'EXCHANGE_REJECT');
		assert.equal(requested.lastChangedType, 'CLAIM_REJECTED');
		assert.ok(requested.lastChangedMs >= startedMs);
		assert.equal(
			claimOf(emulator.store, requested.productOrderId)?.rejectReason,
			'착용한 상품은 교환할 수 없습니다.',
		);
		assert.deepEqual(
			[refused.json.success, refused.json.code, refused.pairedItem],
			[false, '104442', { item: 1 }],
		);
		assert.equal(shipped.claimStatus, 'EXCHANGE_REDELIVERING');
	});
});
