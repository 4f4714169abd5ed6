/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * What the order actions accept, against what their reference pages state, over HTTP with plain
 * fetch: a rule the page does not state is no reason to refuse.
 * - delay (delay.POST.md): dispatchDelayedDetailedReason is "string", "발송 지연 상세 사유", not
 *   marked required and without a length;
 * - dispatch (dispatch.POST.md): deliveryCompanyCode is any code of the page's table (203 rows, one
 *   with its columns swapped: "| GS더프레시 | GSTHEFRESH |"); the page gives no tracking number
 *   format, and the table's international couriers number with letters.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { requestTokenDirectly } from './directToken';
import { formatKst } from './kst';
import { type NaverCommerceEmulator, startEmulator } from './server';

const ACTIONS = '/v1/pay-order/seller/product-orders';
const DAY_MS = 86_400_000;

describe('Emulator: order actions refuse only what their pages state', () => {
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
			body: JSON.stringify(body),
		});
		return {
			status: response.status,
			body: (await response.json()) as {
				code?: string;
				message?: string;
				data?: {
					successProductOrderIds?: string[];
					failProductOrderInfos?: Array<{ productOrderId: string; code: string }>;
				};
			},
		};
	}

	/** Paid product orders without a claim, each used once across the tests. */
	const fresh = (() => {
		let used = 0;
		return () =>
			emulator.store.productOrders.filter(
				(order) => order.productOrderStatus === 'PAYED' && !order.claimStatus,
			)[used++];
	})();

	test('delay: without a detailed reason, or with an empty one, the delay is done', async () => {
		for (const detail of [{}, { dispatchDelayedDetailedReason: '' }]) {
			const order = fresh();
			const due = formatKst(Date.now() + 3 * DAY_MS);
			const answer = await post(`${order.productOrderId}/delay`, {
				dispatchDueDate: due,
				delayedDispatchReason: 'PRODUCT_PREPARE',
				...detail,
			});
			assert.equal(answer.status, 200, JSON.stringify(answer.body));
			assert.deepEqual(answer.body.data?.successProductOrderIds, [order.productOrderId]);
			assert.deepEqual(answer.body.data?.failProductOrderInfos, []);
			assert.equal(order.delayedDispatchReason, 'PRODUCT_PREPARE');
		}
	});

	test('delay: what the page states is still refused (a reason code not in its table)', async () => {
		const order = fresh();
		const answer = await post(`${order.productOrderId}/delay`, {
			dispatchDueDate: formatKst(Date.now() + 3 * DAY_MS),
			delayedDispatchReason: 'NO_SUCH_REASON',
		});
		assert.equal(answer.status, 400);
	});

	test('dispatch: any courier of the table (GSTHEFRESH as GS더프레시) and a tracking number with letters', async () => {
		const cases: Array<[string, string]> = [
			['MTINTER', '610000000001'],
			['EMS', 'EE123456789KR'],
			['DHL', '1234567890'],
			['GSTHEFRESH', '610000000002'],
			['GS더프레시', '610000000003'],
		];
		const orders = cases.map(() => fresh());
		const answer = await post('dispatch', {
			dispatchProductOrders: cases.map(([courier, tracking], index) => ({
				productOrderId: orders[index].productOrderId,
				deliveryMethod: 'DELIVERY',
				deliveryCompanyCode: courier,
				trackingNumber: tracking,
				dispatchDate: formatKst(Date.now()),
			})),
		});
		assert.equal(answer.status, 200, JSON.stringify(answer.body));
		assert.deepEqual(answer.body.data?.failProductOrderInfos, []);
		assert.deepEqual(
			answer.body.data?.successProductOrderIds,
			orders.map((order) => order.productOrderId),
		);
	});

	test('dispatch: a code the table does not list is still 104119', async () => {
		const order = fresh();
		const answer = await post('dispatch', {
			dispatchProductOrders: [
				{
					productOrderId: order.productOrderId,
					deliveryMethod: 'DELIVERY',
					deliveryCompanyCode: 'LOGEN',
					trackingNumber: '610000000009',
				},
			],
		});
		assert.equal(answer.status, 200);
		assert.deepEqual(
			answer.body.data?.failProductOrderInfos?.map((info) => info.code),
			['104119'],
		);
	});
});
