/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Naver's order actions answer 200 with what was done and what was not, in two documented shapes
 * (Naver's reference v2.73.0, docs/api/v1/pay-order/seller/product-orders/…): Confirm lists
 * `successProductOrderInfos` objects `{ productOrderId, isReceiverAddressChanged }`, every other
 * action `successProductOrderIds` strings; all of them `failProductOrderInfos`
 * `{ productOrderId, code, message }`. The emulator must answer each endpoint in its own shape, or
 * the node's reading of it is tested against nothing. Plain fetch, independent of the package.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { CLAIM_ACTION_SAMPLES } from './claimSamples';
import { requestTokenDirectly } from './directToken';
import { formatKst } from './kst';
import { type NaverCommerceEmulator, startEmulator } from './server';

const ACTIONS = '/v1/pay-order/seller/product-orders';
const UNKNOWN_ID = '2099010199999999';

/** Each action with the success list its reference page documents and a body it accepts. */
const ENDPOINTS: Array<{ path: string; successList: string; body: unknown }> = [
	{
		path: 'confirm',
		successList: 'successProductOrderInfos',
		body: { productOrderIds: [UNKNOWN_ID] },
	},
	{
		path: 'dispatch',
		successList: 'successProductOrderIds',
		body: {
			dispatchProductOrders: [{ productOrderId: UNKNOWN_ID, deliveryMethod: 'DIRECT_DELIVERY' }],
		},
	},
	{
		path: `${UNKNOWN_ID}/delay`,
		successList: 'successProductOrderIds',
		body: {
			dispatchDueDate: formatKst(Date.now() + 3 * 86_400_000),
			delayedDispatchReason: 'PRODUCT_PREPARE',
			dispatchDelayedDetailedReason: '상품 준비 중',
		},
	},
	...CLAIM_ACTION_SAMPLES.map(([action, body]) => ({
		path: `${UNKNOWN_ID}/claim/${action}`,
		successList: 'successProductOrderIds',
		body,
	})),
];

describe('Naver Commerce emulator: each order action answers in its documented shape', () => {
	let emulator: NaverCommerceEmulator;
	let token: string;

	before(async () => {
		emulator = await startEmulator({ productOrders: 400 });
		token = (await requestTokenDirectly(emulator.baseUrl)).access_token;
	});
	after(async () => await emulator.stop());

	async function post(path: string, body: unknown) {
		const response = await fetch(`${emulator.baseUrl}${ACTIONS}/${path}`, {
			method: 'POST',
			headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		return {
			status: response.status,
			body: (await response.json()) as { traceId?: string; data?: Record<string, unknown> },
		};
	}

	for (const endpoint of ENDPOINTS) {
		test(`${endpoint.path.replace(UNKNOWN_ID, '{productOrderId}')}: ${endpoint.successList} and failProductOrderInfos`, async () => {
			const { status, body } = await post(endpoint.path, endpoint.body);
			assert.equal(status, 200, JSON.stringify(body));
			assert.match(String(body.traceId), /^emu-/);
			assert.deepEqual(Object.keys(body.data ?? {}).sort(), [
				'failProductOrderInfos',
				endpoint.successList,
			]);
			assert.deepEqual(body.data![endpoint.successList], []);
			assert.deepEqual(body.data!.failProductOrderInfos, [
				{ productOrderId: UNKNOWN_ID, code: '100001', message: '상품 주문을 찾을 수 없습니다.' },
			]);
		});
	}

	test('Confirm: each success is { productOrderId, isReceiverAddressChanged } as the order has it', async () => {
		const unconfirmed = emulator.store.productOrders.filter(
			(order) =>
				order.productOrderStatus === 'PAYED' &&
				order.placeOrderStatus === 'NOT_YET' &&
				!order.claimStatus,
		);
		const changed = unconfirmed.find((order) => order.receiverAddressChanged)!;
		const unchanged = unconfirmed.find((order) => !order.receiverAddressChanged)!;
		assert.ok(
			changed && unchanged,
			'the seed has unconfirmed orders with and without a new address',
		);
		const { body } = await post('confirm', {
			productOrderIds: [changed.productOrderId, unchanged.productOrderId],
		});
		assert.deepEqual(body.data, {
			successProductOrderInfos: [
				{ productOrderId: changed.productOrderId, isReceiverAddressChanged: true },
				{ productOrderId: unchanged.productOrderId, isReceiverAddressChanged: false },
			],
			failProductOrderInfos: [],
		});
	});

	test('Dispatch: each success is the product order ID as a string', async () => {
		const order = emulator.store.productOrders.find(
			(candidate) =>
				candidate.productOrderStatus === 'PAYED' &&
				candidate.placeOrderStatus === 'NOT_YET' &&
				!candidate.claimStatus,
		)!;
		const { body } = await post('dispatch', {
			dispatchProductOrders: [
				{ productOrderId: order.productOrderId, deliveryMethod: 'DIRECT_DELIVERY' },
			],
		});
		assert.deepEqual(body.data, {
			successProductOrderIds: [order.productOrderId],
			failProductOrderInfos: [],
		});
	});
});
