import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import { claimOf, openBuyerClaim } from '../../emulator/routes/claims';
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import type { ProductOrder } from '../../emulator/store';
import {
	credentialsFor,
	runNaverCommerceNode,
	type StoredCredentialsHelper,
} from '../../helpers/n8nHarness';

describe('Claim: exchange operations through n8n-core', () => {
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

	/** Dispatched product orders whose buyer has asked for an exchange in the Naver app. */
	function exchangesRequested(count: number): ProductOrder[] {
		const orders = take(
			count,
			(order) => order.productOrderStatus === 'DELIVERING' && !order.claimType,
		);
		for (const order of orders) {
			openBuyerClaim(emulator.store, order.productOrderId, 'EXCHANGE', Date.now());
		}
		return orders;
	}

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

	/** Exchanges whose item has come back, ready for the replacement to be shipped. */
	async function exchangesCollected(count: number): Promise<ProductOrder[]> {
		const orders = exchangesRequested(count);
		const result = await run(
			'exchangeApproveCollection',
			orders.map((order) => ({ id: order.productOrderId })),
		);
		assert.equal(result.error, undefined, result.error?.message);
		return orders;
	}

	before(async () => {
		emulator = await startEmulator();
		helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
	});
	after(async () => await emulator.stop());
	beforeEach(() => emulator.resetStats());

	test('the exchange flow: no re-dispatch before collection, then Approve Collection, then Re-Dispatch', async () => {
		const [order] = exchangesRequested(1);
		const reDispatch = {
			reDeliveryMethod: 'DELIVERY',
			reDeliveryCompany: 'CJGLS',
			reDeliveryTrackingNumber: '1111111115',
		};

		const tooEarly = await run(
			'exchangeReDispatch',
			[{ id: order.productOrderId }],
			reDispatch,
			true,
		);
		assert.deepEqual(
			[tooEarly.items?.[0].json.success, tooEarly.items?.[0].json.code],
			[false, '104417'],
			'Naver answers 200 with the product order in failProductOrderInfos',
		);
		assert.equal(order.claimStatus, 'EXCHANGE_REQUEST');

		let startedMs = Date.now();
		const collected = await run('exchangeApproveCollection', [{ id: order.productOrderId }]);
		assert.equal(collected.error, undefined, collected.error?.message);
		assert.equal(collected.items?.[0].json.success, true);
		assert.equal(order.claimStatus, 'COLLECT_DONE');
		assert.equal(order.lastChangedType, 'COLLECT_DONE');
		assert.ok(order.lastChangedMs >= startedMs);

		const collectedAgain = await run(
			'exchangeApproveCollection',
			[{ id: order.productOrderId }],
			{},
			true,
		);
		assert.equal(collectedAgain.items?.[0].json.code, '105306');

		startedMs = Date.now();
		const shipped = await run('exchangeReDispatch', [{ id: order.productOrderId }], reDispatch);
		assert.equal(shipped.error, undefined, shipped.error?.message);
		assert.deepEqual(
			[shipped.items?.[0].json.success, shipped.items?.[0].pairedItem],
			[true, { item: 0 }],
		);
		assert.equal(order.claimType, 'EXCHANGE');
		assert.equal(order.claimStatus, 'EXCHANGE_REDELIVERING');
		assert.equal(order.lastChangedType, 'CLAIM_REDELIVERING');
		assert.ok(order.lastChangedMs >= startedMs);
		const claim = claimOf(emulator.store, order.productOrderId);
		assert.deepEqual(
			[claim?.reDeliveryMethod, claim?.reDeliveryCompany, claim?.reDeliveryTrackingNumber],
			['DELIVERY', 'CJGLS', '1111111115'],
		);
		assert.equal(emulator.stats.byRoute['claims.exchangeReDispatch'], 2);
	});

	test('Re-Dispatch: a reused tracking number and an unknown courier fail per item; the good one ships', async () => {
		const [first, second, third, handed] = await exchangesCollected(4);
		const result = await run(
			'exchangeReDispatch',
			[
				{ id: first.productOrderId, courier: 'HANJIN', tracking: '520098765432' },
				{ id: second.productOrderId, courier: 'HANJIN', tracking: '520098765432' },
				{ id: third.productOrderId, courier: 'NO_SUCH_COURIER', tracking: '520011112222' },
				{ id: handed.productOrderId, method: 'DIRECT_DELIVERY' },
			],
			{
				reDeliveryMethod: '={{ $json.method ?? "DELIVERY" }}',
				reDeliveryCompany: '={{ $json.courier }}',
				reDeliveryTrackingNumber: '={{ $json.tracking }}',
			},
			true,
		);

		assert.equal(result.error, undefined);
		assert.deepEqual(
			result.items?.map((item) => [
				item.json.productOrderId,
				item.json.success,
				item.json.code,
				item.pairedItem,
			]),
			[
				[first.productOrderId, true, undefined, { item: 0 }],
				[second.productOrderId, false, '104121', { item: 1 }],
				[third.productOrderId, false, '104119', { item: 2 }],
				[handed.productOrderId, true, undefined, { item: 3 }],
			],
		);
		assert.equal(first.claimStatus, 'EXCHANGE_REDELIVERING');
		assert.equal(second.claimStatus, 'COLLECT_DONE');
		assert.equal(third.claimStatus, 'COLLECT_DONE');
		assert.equal(handed.claimStatus, 'EXCHANGE_REDELIVERING');
		assert.equal(
			claimOf(emulator.store, handed.productOrderId)?.reDeliveryCompany,
			undefined,
			'no courier is sent for a hand-over',
		);
	});

	test('a 200 whose failProductOrderInfos holds the product order stops the node without continue on fail', async () => {
		const [collected, requested] = [...(await exchangesCollected(1)), ...exchangesRequested(1)];
		const result = await run(
			'exchangeReDispatch',
			[{ id: collected.productOrderId }, { id: requested.productOrderId }],
			{ reDeliveryCompany: 'EPOST', reDeliveryTrackingNumber: '={{ "6" + $json.id.slice(-12) }}' },
		);
		assert.match(
			String(result.error?.message),
			new RegExp(
				`^1 of 2 product orders were not re-dispatched for exchange: ${requested.productOrderId} \\(104417: `,
			),
		);
		assert.match(String(result.error?.description), new RegExp(collected.productOrderId));
		assert.equal(collected.claimStatus, 'EXCHANGE_REDELIVERING');
		assert.equal(requested.claimStatus, 'EXCHANGE_REQUEST');
	});

	test('a held-back exchange cannot be collected until released', async () => {
		const [order] = exchangesRequested(1);
		const requestedAt = { ...order };
		const held = await run('exchangeHoldBack', [{ id: order.productOrderId }], {
			holdbackClassType: 'EXCHANGE_DELIVERYFEE',
			holdbackExchangeDetailReason: '교환 배송비 미입금',
			additionalFields: { extraExchangeFeeAmount: 6000 },
		});
		assert.equal(held.error, undefined, held.error?.message);
		const claim = claimOf(emulator.store, order.productOrderId);
		assert.deepEqual(
			[
				claim?.holdbackStatus,
				claim?.holdbackReason,
				claim?.holdbackDetailedReason,
				claim?.extraFeeAmount,
			],
			['HOLDBACK', 'EXCHANGE_DELIVERYFEE', '교환 배송비 미입금', 6000],
		);
		assert.deepEqual({ ...order }, requestedAt);

		const heldAgain = await run(
			'exchangeHoldBack',
			[{ id: order.productOrderId }],
			{ holdbackClassType: 'ETC', holdbackExchangeDetailReason: '확인 중' },
			true,
		);
		assert.equal(heldAgain.items?.[0].json.code, '105306');

		const blocked = await run(
			'exchangeApproveCollection',
			[{ id: order.productOrderId }],
			{},
			true,
		);
		assert.deepEqual(
			[blocked.items?.[0].json.success, blocked.items?.[0].json.code],
			[false, '104442'],
		);
		assert.equal(order.claimStatus, 'EXCHANGE_REQUEST');

		const released = await run('exchangeReleaseHoldBack', [{ id: order.productOrderId }]);
		assert.equal(released.error, undefined, released.error?.message);
		assert.equal(claim?.holdbackStatus, 'RELEASED');

		const collected = await run('exchangeApproveCollection', [{ id: order.productOrderId }]);
		assert.equal(collected.error, undefined, collected.error?.message);
		assert.equal(order.claimStatus, 'COLLECT_DONE');
	});

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
