/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { claimOf } from '../../emulator/routes/claims';
import type { NaverCommerceEmulator } from '../../emulator/server';

import { claimKit, dispatchedWithoutClaim } from './claimKit';

describe('Claim → Hold Back Return through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = claimKit();
	const { take, run, requestReturn } = kit;

	before(async () => {
		emulator = await kit.start();
	});
	after(async () => await emulator.stop());
	beforeEach(() => emulator.resetStats());

	test('a negative extra fee is a 400 from Naver for that product order; the other is held back', async () => {
		const [valid, invalid] = take(2, dispatchedWithoutClaim);
		await requestReturn([valid, invalid]);
		const result = await run(
			'returnHoldBack',
			[
				{ id: valid.productOrderId, fee: 5000 },
				{ id: invalid.productOrderId, fee: -1 },
			],
			{
				holdbackClassType: 'EXTRAFEEE',
				holdbackReturnDetailReason: '추가 비용 청구',
				additionalFields: { extraReturnFeeAmount: '={{ $json.fee }}' },
			},
			true,
		);

		assert.equal(result.error, undefined);
		const [held, refused] = result.items!;
		assert.equal(held.json.success, true);
		assert.deepEqual(
			[refused.json.success, refused.json.code, refused.json.httpStatus, refused.pairedItem],
			[false, '4000', 400, { item: 1 }],
		);
		assert.match(String(refused.json.description), /Invalid input: extraReturnFeeAmount/);
		assert.equal(claimOf(emulator.store, valid.productOrderId)?.extraFeeAmount, 5000);
		assert.equal(claimOf(emulator.store, invalid.productOrderId)?.holdbackStatus, undefined);
	});
});
