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

describe('Claim: Request, Approve, Reject, Hold Back and Release Return through n8n-core', () => {
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
	const dispatchedWithoutClaim = (order: ProductOrder) =>
		order.productOrderStatus === 'DELIVERING' && !order.claimType;

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

	/** Requests a return for the product orders and checks that Naver accepted every one. */
	async function requestReturn(orders: ProductOrder[]) {
		const result = await run(
			'returnRequest',
			orders.map((order) => ({ id: order.productOrderId })),
			{ returnReason: 'BROKEN', collectDeliveryMethod: 'RETURN_DESIGNATED' },
		);
		assert.equal(result.error, undefined, result.error?.message);
	}

	before(async () => {
		emulator = await startEmulator();
		helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
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
