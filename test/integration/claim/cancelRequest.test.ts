/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { claimOf } from '../../emulator/routes/claims';
import type { NaverCommerceEmulator } from '../../emulator/server';

import { claimKit, payedWithoutClaim, snapshot } from './claimKit';

describe('Claim → Request Cancellation through n8n-core', () => {
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

	test('Request Cancellation: one request and one output item per product order, paired with its input item', async () => {
		const [first, second, third] = take(3, payedWithoutClaim);
		const startedMs = Date.now();
		const result = await run(
			'cancelRequest',
			[{ id: `${first.productOrderId}, ${second.productOrderId}` }, { id: third.productOrderId }],
			{
				cancelReason: 'SOLD_OUT',
				additionalFields: { cancelDetailedReason: '재고가 모두 소진되었습니다', cancelQuantity: 1 },
			},
		);

		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => [item.json.productOrderId, item.json.success, item.pairedItem]),
			[
				[first.productOrderId, true, { item: 0 }],
				[second.productOrderId, true, { item: 0 }],
				[third.productOrderId, true, { item: 1 }],
			],
		);
		for (const item of result.items!) assert.match(String(item.json.traceId), /^emu-/);
		assert.equal(emulator.stats.byRoute['claims.cancelRequest'], 3, 'one request each');

		for (const order of [first, second, third]) {
			assert.equal(order.productOrderStatus, 'PAYED');
			assert.equal(order.claimType, 'CANCEL');
			assert.equal(order.claimStatus, 'CANCEL_REQUEST');
			assert.equal(order.lastChangedType, 'CLAIM_REQUESTED');
			assert.ok(order.lastChangedMs >= startedMs, 'the change is dated now');
			const claim = claimOf(emulator.store, order.productOrderId);
			assert.equal(claim?.requestChannel, 'SELLER');
			assert.equal(claim?.reason, 'SOLD_OUT');
			assert.equal(claim?.detailedReason, '재고가 모두 소진되었습니다');
			assert.equal(claim?.requestQuantity, 1);
		}
	});

	test('a dispatched product order cannot be cancelled: its item fails with Naver’s code, the others succeed (continue on fail)', async () => {
		const [payed, otherPayed] = take(2, payedWithoutClaim);
		const [dispatched] = take(1, (order) => order.productOrderStatus === 'DELIVERING');
		const before = snapshot(dispatched);
		const result = await run(
			'cancelRequest',
			[
				{ id: payed.productOrderId },
				{ id: dispatched.productOrderId },
				{ id: otherPayed.productOrderId },
			],
			{ cancelReason: 'DELAYED_DELIVERY' },
			true,
		);

		assert.equal(result.error, undefined);
		assert.equal(result.items?.length, 3);
		const [ok, refused, alsoOk] = result.items!;
		assert.deepEqual([ok.json.success, ok.pairedItem], [true, { item: 0 }]);
		assert.deepEqual([alsoOk.json.success, alsoOk.pairedItem], [true, { item: 2 }]);
		assert.equal(refused.json.productOrderId, dispatched.productOrderId);
		assert.equal(refused.json.success, false);
		assert.equal(refused.json.code, '104442');
		assert.match(String(refused.json.message), /반품 요청을 이용해 주세요/);
		assert.deepEqual(refused.pairedItem, { item: 1 });
		assert.deepEqual(snapshot(dispatched), before, 'the refused product order is unchanged');
		assert.equal(payed.claimStatus, 'CANCEL_REQUEST');
		assert.equal(otherPayed.claimStatus, 'CANCEL_REQUEST');
	});

	test('without continue on fail the node stops, naming the refused product order and the ones already done', async () => {
		const [payed] = take(1, payedWithoutClaim);
		const [decided] = take(1, (order) => order.productOrderStatus === 'PURCHASE_DECIDED');
		const result = await run(
			'cancelRequest',
			[{ id: payed.productOrderId }, { id: decided.productOrderId }],
			{ cancelReason: 'INTENT_CHANGED' },
		);

		assert.equal(result.items, undefined);
		assert.match(
			String(result.error?.message),
			new RegExp(
				`^1 of 2 product orders were not requested for cancellation: ${decided.productOrderId} \\(104442: `,
			),
		);
		assert.match(
			String(result.error?.description),
			new RegExp(`were requested for cancellation: ${payed.productOrderId}\\.`),
		);
		assert.equal((result.error as { context?: { itemIndex?: number } }).context?.itemIndex, 1);
		assert.equal(payed.claimStatus, 'CANCEL_REQUEST', 'the first request was made and reported');
		assert.equal(decided.claimType, undefined);
	});

	test('a body Naver refuses is a 400 for that product order only: code 4000 and the invalid input', async () => {
		const [valid, invalid] = take(2, payedWithoutClaim);
		const result = await run(
			'cancelRequest',
			[
				{ id: valid.productOrderId, reason: 'SOLD_OUT' },
				{ id: invalid.productOrderId, reason: 'BORED' },
			],
			{ cancelReason: '={{ $json.reason }}' },
			true,
		);

		assert.equal(result.error, undefined);
		const [ok, refused] = result.items!;
		assert.equal(ok.json.success, true);
		assert.equal(refused.json.success, false);
		assert.equal(refused.json.productOrderId, invalid.productOrderId);
		assert.equal(refused.json.code, '4000');
		assert.equal(refused.json.httpStatus, 400);
		assert.match(String(refused.json.description), /Invalid input: cancelReason/);
		assert.match(String(refused.json.traceId), /^emu-/);
		assert.deepEqual(refused.pairedItem, { item: 1 });
		assert.equal(invalid.claimType, undefined);
		assert.equal(emulator.stats.byRoute['claims.cancelRequest'], 2, 'a 400 is not repeated');
	});

	test('without continue on fail a 400 stops the node, and its description names what was already done', async () => {
		const [valid, invalid, notReached] = take(3, payedWithoutClaim);
		const result = await run(
			'cancelRequest',
			[
				{ id: valid.productOrderId, detail: '재고 소진' },
				{ id: invalid.productOrderId, detail: 'x'.repeat(501) },
				{ id: notReached.productOrderId, detail: '재고 소진' },
			],
			{
				cancelReason: 'SOLD_OUT',
				additionalFields: { cancelDetailedReason: '={{ $json.detail }}' },
			},
		);

		assert.match(String(result.error?.message), /^Naver Commerce API error 4000/);
		assert.match(String(result.error?.description), /Invalid input: cancelDetailedReason/);
		assert.match(
			String(result.error?.description),
			new RegExp(`were requested for cancellation: ${valid.productOrderId}\\.`),
		);
		assert.equal((result.error as { context?: { itemIndex?: number } }).context?.itemIndex, 1);
		assert.equal(valid.claimStatus, 'CANCEL_REQUEST');
		assert.equal(invalid.claimType, undefined);
		assert.equal(notReached.claimType, undefined, 'nothing is sent after the failure');
		assert.equal(emulator.stats.byRoute['claims.cancelRequest'], 2);
	});

	test('product order IDs are checked before any request is made', async () => {
		const [first, second] = take(2, payedWithoutClaim);
		const continued = await run(
			'cancelRequest',
			[{ id: '' }, { id: first.productOrderId }, { id: '2024/../../v1/seller/account' }],
			{ cancelReason: 'SOLD_OUT' },
			true,
		);
		assert.equal(continued.error, undefined);
		assert.deepEqual(
			continued.items?.map((item) => item.pairedItem),
			[{ item: 0 }, { item: 1 }, { item: 2 }],
		);
		assert.match(String(continued.items![0].json.error), /No product order ID given/);
		assert.equal(continued.items![0].json.success, false);
		assert.equal(continued.items![1].json.success, true);
		assert.match(String(continued.items![2].json.error), /is not a product order ID/);
		assert.equal(emulator.stats.apiRequests, 1, 'only the valid item was sent');

		emulator.resetStats();
		const stopped = await run(
			'cancelRequest',
			[{ id: second.productOrderId }, { id: 'not-an-id' }],
			{ cancelReason: 'SOLD_OUT' },
		);
		assert.match(String(stopped.error?.message), /"not-an-id" is not a product order ID/);
		assert.equal(emulator.stats.apiRequests, 0, 'a bad parameter stops the node before any write');
		assert.equal(second.claimType, undefined);
	});
});
