/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import type { NaverCommerceEmulator } from '../../emulator/server';

import { claimKit } from './claimKit';

describe('Claim → Release Exchange Hold Back through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = claimKit();
	const { take, run } = kit;

	before(async () => {
		emulator = await kit.start();
	});
	after(async () => await emulator.stop());
	beforeEach(() => emulator.resetStats());

	// Tries all five exchange actions; it lives with Release Hold Back, the last one it asserts.
	test('exchange actions on a product order without an exchange fail with Naver’s codes', async () => {
		const [order] = take(
			1,
			(candidate) => candidate.productOrderStatus === 'DELIVERING' && !candidate.claimType,
		);
		const before = { ...order };
		const operations: Array<[string, IDataObject, string]> = [
			['exchangeApproveCollection', {}, '104442'],
			['exchangeReDispatch', { reDeliveryMethod: 'NOTHING' }, '104417'],
			['exchangeReject', { rejectExchangeReason: '사유' }, '104442'],
			[
				'exchangeHoldBack',
				{ holdbackClassType: 'ETC2', holdbackExchangeDetailReason: '사유' },
				'104442',
			],
			['exchangeReleaseHoldBack', {}, '104442'],
		];
		for (const [operation, parameters, code] of operations) {
			const result = await run(operation, [{ id: order.productOrderId }], parameters, true);
			assert.deepEqual(
				[result.items?.[0].json.success, result.items?.[0].json.code],
				[false, code],
				operation,
			);
		}
		assert.deepEqual({ ...order }, before);
	});
});
