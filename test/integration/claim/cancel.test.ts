import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import { claimOf } from '../../emulator/routes/claims';
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import type { ProductOrder } from '../../emulator/store';
import {
	credentialsFor,
	runNaverCommerceNode,
	type StoredCredentialsHelper,
} from '../../helpers/n8nHarness';

const CANCEL_APPROVE_PATH = (id: string) =>
	`/v1/pay-order/seller/product-orders/${id}/claim/cancel/approve`;

describe('Claim: Request Cancellation and Approve Cancellation through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	let helper: StoredCredentialsHelper;
	const used = new Set<string>();

	/** Product orders in the seeded store that no other test of this file has touched. */
	function take(count: number, matches: (order: ProductOrder) => boolean): ProductOrder[] {
		const found = emulator.store.productOrders
			.filter((order) => !used.has(order.productOrderId) && matches(order))
			.slice(0, count);
		assert.equal(found.length, count, 'the seeded store has enough product orders');
		for (const order of found) used.add(order.productOrderId);
		return found;
	}
	const payedWithoutClaim = (order: ProductOrder) =>
		order.productOrderStatus === 'PAYED' && !order.claimType;
	const snapshot = (order: ProductOrder) => ({ ...order });

	async function run(
		operation: string,
		inputItems: IDataObject[],
		parameters: IDataObject = {},
		continueOnFail = false,
	) {
		return await runNaverCommerceNode({
			credentialsHelper: helper,
			continueOnFail,
			inputItems,
			parameters: {
				resource: 'claim',
				operation,
				productOrderIds: '={{ $json.id }}',
				...parameters,
			},
		});
	}

	before(async () => {
		emulator = await startEmulator();
		helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
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
