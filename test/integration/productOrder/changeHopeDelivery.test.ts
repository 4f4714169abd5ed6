/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import { formatKst } from '../../emulator/kst';
import {
	hopeDeliveryRequestsOf,
	type HopeDeliveryRequest,
} from '../../emulator/routes/productOrders';
import type { NaverCommerceEmulator } from '../../emulator/server';
import { hopeDeliveryOf, hopeDeliveryTypeOf, type ProductOrder } from '../../emulator/store';
import { runNaverCommerceNode } from '../../helpers/n8nHarness';

import { DAY, productOrderKit } from './productOrderKit';

/** A KST day as the node's date field takes it (yyyy-MM-dd) and as Naver writes it (yyyyMMdd). */
const kstDay = (ms: number) => formatKst(ms).slice(0, 10);
const ymd = (ms: number) => kstDay(ms).replace(/-/g, '');

describe('Product Order → Change Hope Delivery through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	let requests: HopeDeliveryRequest[];
	const kit = productOrderKit();
	const { helper } = kit;
	const used = new Set<string>();

	/** Product orders no other test of this file has touched. */
	const take = (count: number, matches: (order: ProductOrder) => boolean): ProductOrder[] => {
		const found = emulator.store.productOrders
			.filter((order) => !used.has(order.productOrderId) && matches(order))
			.slice(0, count);
		assert.equal(found.length, count, 'the seeded store has enough product orders');
		for (const order of found) used.add(order.productOrderId);
		return found;
	};
	/** Paid, not claimed, sold with this kind of hope delivery and still before its day. */
	const changeable = (type: 'HOPE' | 'HOPE_SELLER_GUARANTEE') => (order: ProductOrder) =>
		hopeDeliveryTypeOf(order) === type &&
		order.productOrderStatus === 'PAYED' &&
		!order.claimStatus &&
		hopeDeliveryOf(order)!.hopeDeliveryYmd > ymd(Date.now());

	const change = (inputItems: IDataObject[], parameters: IDataObject = {}, continueOnFail = true) =>
		runNaverCommerceNode({
			credentialsHelper: helper(),
			continueOnFail,
			inputItems,
			parameters: {
				resource: 'productOrder',
				operation: 'changeHopeDelivery',
				productOrderIds: '={{ $json.ids }}',
				hopeDeliveryYmd: '={{ $json.day }}',
				changeReason: '={{ $json.reason ?? "고객 요청으로 배송 희망일 변경" }}',
				...parameters,
			},
		});
	const detailsOf = async (ids: string[]) => {
		const result = await runNaverCommerceNode({
			credentialsHelper: helper(),
			inputItems: [{ ids }],
			parameters: {
				resource: 'productOrder',
				operation: 'get',
				productOrderIds: '={{ $json.ids }}',
			},
		});
		assert.equal(result.error, undefined, result.error?.message);
		return result.items!.map((item) => item.json.productOrder as IDataObject);
	};

	before(async () => {
		emulator = await kit.start();
		requests = hopeDeliveryRequestsOf(emulator.store);
	});
	after(async () => await emulator.stop());
	beforeEach(() => {
		emulator.resetStats();
		emulator.faults = [];
		requests.length = 0;
	});

	test('changes day, time and region, one request per product order, and Get reads the change back', async () => {
		const [a, b] = take(2, changeable('HOPE'));
		const [n] = take(1, changeable('HOPE_SELLER_GUARANTEE'));
		const newDay = Date.now() + 6 * DAY;
		const result = await change(
			[
				{ ids: [a.productOrderId, b.productOrderId], day: kstDay(newDay) },
				// N희망일배송 takes the day alone; yyyyMMdd as Get returns it is read as that day.
				{ ids: n.productOrderId, day: ymd(newDay + DAY), reason: '구매자와 통화 후 일정 조정' },
			],
			{
				options: {
					hopeDeliveryHm: '={{ $json.reason ? "" : "15:30" }}',
					region: '={{ $json.reason ? "" : "충청권" }}',
				},
			},
			false,
		);

		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			requests.map((request) => [request.productOrderId, request.body]),
			[
				[
					a.productOrderId,
					{
						hopeDeliveryYmd: ymd(newDay),
						hopeDeliveryHm: '1530',
						region: '충청권',
						changeReason: '고객 요청으로 배송 희망일 변경',
					},
				],
				[
					b.productOrderId,
					{
						hopeDeliveryYmd: ymd(newDay),
						hopeDeliveryHm: '1530',
						region: '충청권',
						changeReason: '고객 요청으로 배송 희망일 변경',
					},
				],
				[
					n.productOrderId,
					{ hopeDeliveryYmd: ymd(newDay + DAY), changeReason: '구매자와 통화 후 일정 조정' },
				],
			],
		);
		assert.deepEqual(
			result.items!.map((item) => [
				item.json.productOrderId,
				item.json.success,
				item.json.hopeDeliveryYmd,
				item.pairedItem,
			]),
			[
				[a.productOrderId, true, ymd(newDay), { item: 0 }],
				[b.productOrderId, true, ymd(newDay), { item: 0 }],
				[n.productOrderId, true, ymd(newDay + DAY), { item: 1 }],
			],
		);
		assert.match(String(result.items![0].json.traceId), /^emu-/);

		const [readA, , readN] = await detailsOf([
			a.productOrderId,
			b.productOrderId,
			n.productOrderId,
		]);
		assert.equal(readA.deliveryAttributeType, 'HOPE');
		assert.deepEqual(readA.hopeDelivery, {
			region: '충청권',
			additionalFee: 10000,
			hopeDeliveryYmd: ymd(newDay),
			hopeDeliveryHm: '1530',
			changeReason: '고객 요청으로 배송 희망일 변경',
			changer: '판매자 API',
		});
		assert.equal(readN.deliveryAttributeType, 'HOPE_SELLER_GUARANTEE');
		assert.deepEqual(readN.hopeDelivery, {
			additionalFee: 0,
			hopeDeliveryYmd: ymd(newDay + DAY),
			changeReason: '구매자와 통화 후 일정 조정',
			changer: '판매자 API',
		});
		assert.equal(a.lastChangedType, 'HOPE_DELIVERY_INFO_CHANGED', 'the change feed shows it');
	});

	test("Naver's refusals come back per product order with its documented code", async () => {
		const [sameDay, past, tooLate, badRegion, released, dueToday] = take(6, changeable('HOPE'));
		const [nWithRegion] = take(1, changeable('HOPE_SELLER_GUARANTEE'));
		const [notHope] = take(
			1,
			(order) => !hopeDeliveryTypeOf(order) && order.productOrderStatus === 'PAYED',
		);
		const [shipped] = take(
			1,
			(order) => hopeDeliveryTypeOf(order) === 'HOPE' && order.productOrderStatus === 'DELIVERING',
		);
		released.placeOrderStatus = 'CANCEL';
		// The buyer's day has come: too late to move it.
		dueToday.hopeDelivery = { ...hopeDeliveryOf(dueToday)!, hopeDeliveryYmd: ymd(Date.now()) };
		const inWeek = kstDay(Date.now() + 7 * DAY);
		const current = hopeDeliveryOf(sameDay)!;
		const result = await change(
			[
				{ ids: notHope.productOrderId, day: inWeek },
				{ ids: shipped.productOrderId, day: inWeek },
				{ ids: released.productOrderId, day: inWeek },
				{ ids: nWithRegion.productOrderId, day: inWeek, region: '수도권' },
				{ ids: dueToday.productOrderId, day: inWeek },
				{ ids: past.productOrderId, day: kstDay(Date.now()) },
				{ ids: tooLate.productOrderId, day: kstDay(tooLate.paymentMs + 31 * DAY) },
				{ ids: badRegion.productOrderId, day: inWeek, region: '제주권' },
				{ ids: sameDay.productOrderId, day: current.hopeDeliveryYmd, time: current.hopeDeliveryHm },
			],
			{
				options: { region: '={{ $json.region ?? "" }}', hopeDeliveryHm: '={{ $json.time ?? "" }}' },
			},
		);

		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items!.map((item) => [item.json.success, item.json.code, item.pairedItem]),
			[
				[false, '104441', { item: 0 }],
				[false, '104442', { item: 1 }],
				[false, '104443', { item: 2 }],
				[false, '104450', { item: 3 }],
				[false, '104449', { item: 4 }],
				[false, '104444', { item: 5 }],
				[false, '104445', { item: 6 }],
				[false, '104138', { item: 7 }],
				[false, '104446', { item: 8 }],
			],
		);
		assert.match(String(result.items![0].json.error), /^Naver Commerce API error 104441: /);
		assert.equal(requests.length, 9);
		assert.deepEqual(hopeDeliveryOf(sameDay), current, 'nothing changed');
		assert.equal(hopeDeliveryOf(badRegion)!.region, '수도권');
	});

	test('without Continue On Fail a refusal stops the node and says what was already changed', async () => {
		const [ok] = take(1, changeable('HOPE'));
		const [notHope] = take(
			1,
			(order) => !hopeDeliveryTypeOf(order) && order.productOrderStatus === 'PAYED',
		);
		const result = await change(
			[{ ids: [ok.productOrderId, notHope.productOrderId], day: kstDay(Date.now() + 5 * DAY) }],
			{},
			false,
		);
		assert.match(String(result.error?.message), /1 of 2 product orders were not changed/);
		assert.match(String(result.error?.message), new RegExp(`${notHope.productOrderId} \\(104441`));
		assert.match(
			String(result.error?.description),
			new RegExp(`were changed: ${ok.productOrderId}`),
		);
		assert.equal(hopeDeliveryOf(ok)!.hopeDeliveryYmd, ymd(Date.now() + 5 * DAY));
	});

	test('bad input is refused before any request, item by item; the valid item still goes', async () => {
		const [valid, other] = take(2, changeable('HOPE'));
		const before = hopeDeliveryOf(other);
		const inWeek = kstDay(Date.now() + 7 * DAY);
		const result = await change(
			[
				{ ids: other.productOrderId, day: inWeek, reason: '   ' },
				{ ids: other.productOrderId, day: inWeek, reason: '가'.repeat(301) },
				{ ids: other.productOrderId, day: '2026-02-30' },
				{ ids: other.productOrderId, day: inWeek, time: '25:00' },
				{ ids: other.productOrderId, day: inWeek, region: '가'.repeat(31) },
				{ ids: `ORD-${other.productOrderId}`, day: inWeek },
				{ ids: valid.productOrderId, day: inWeek, time: '0930' },
			],
			{
				options: { region: '={{ $json.region ?? "" }}', hopeDeliveryHm: '={{ $json.time ?? "" }}' },
			},
		);

		assert.equal(result.error, undefined, result.error?.message);
		const errors = result.items!.slice(0, 6).map((item) => String(item.json.error));
		assert.match(errors[0], /Change Reason is empty/);
		assert.match(errors[1], /Change Reason is 301 characters long: Naver takes at most 300/);
		assert.match(errors[2], /Hope Delivery Date is not a valid date: "2026-02-30"/);
		assert.match(
			errors[3],
			/Hope Delivery Time must be a time of day such as 14:00 or 1400, not "25:00"/,
		);
		assert.match(errors[4], /Region is 31 characters long: Naver takes at most 30/);
		assert.match(errors[5], /is not a product order ID/);
		assert.deepEqual(
			result.items!.map((item) => [item.json.success, item.pairedItem]),
			[0, 1, 2, 3, 4, 5, 6].map((index) => [index < 6 ? false : true, { item: index }]),
		);
		assert.equal(emulator.stats.byRoute['productOrders.changeHopeDelivery'], 1);
		assert.deepEqual(
			requests.map((request) => request.productOrderId),
			[valid.productOrderId],
		);
		assert.equal((requests[0].body as IDataObject).hopeDeliveryHm, '0930');
		assert.deepEqual(hopeDeliveryOf(other), before);
	});

	test("Naver's 4000 names each malformed field, as 오류 유형.객체명.필드명 (direct call)", async () => {
		const [order] = take(1, changeable('HOPE'));
		const before = hopeDeliveryOf(order);
		const send = async (body: IDataObject) => {
			const result = await runNaverCommerceNode({
				credentialsHelper: helper(),
				continueOnFail: true,
				parameters: {
					resource: 'apiRequest',
					operation: 'send',
					method: 'POST',
					path: `/v1/pay-order/seller/product-orders/${order.productOrderId}/hope-delivery/change`,
					body: JSON.stringify(body),
				},
			});
			const error = result.items![0].json;
			assert.deepEqual([error.httpStatus, error.code], [400, '4000']);
			return (error.invalidInputs as Array<{ name: string; type: string }>).map(
				(input) => `${input.name}:${input.type}`,
			);
		};
		// The formats the page writes in words (yyyymmdd 형식, HHmm 형식), checked before anything else.
		assert.deepEqual(
			await send({
				hopeDeliveryYmd: kstDay(Date.now() + 3 * DAY),
				hopeDeliveryHm: '3pm',
				region: '서울',
				changeReason: '고객 요청',
			}),
			['hopeDeliveryYmd:Pattern', 'hopeDeliveryHm:Pattern'],
		);
		// Well-formed, but empty where the page wants text.
		assert.deepEqual(
			await send({
				hopeDeliveryYmd: kstDay(Date.now() + 3 * DAY).replace(/-/g, ''),
				hopeDeliveryHm: '1500',
				region: '',
				changeReason: '',
			}),
			['region:Size', 'changeReason:Size'],
		);
		assert.deepEqual(hopeDeliveryOf(order), before);
	});

	test('a change is never repeated: a server error is reported, not retried', async () => {
		const [order] = take(1, changeable('HOPE'));
		emulator.faults.push({
			method: 'POST',
			pathPrefix: `/v1/pay-order/seller/product-orders/${order.productOrderId}/hope-delivery/change`,
			status: 500,
			code: 'GW.INTERNAL_SERVER_ERROR',
			remaining: 3,
		});
		const result = await change([{ ids: order.productOrderId, day: kstDay(Date.now() + 4 * DAY) }]);
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items!.map((item) => [
				item.json.productOrderId,
				item.json.success,
				item.json.httpStatus,
			]),
			[[order.productOrderId, false, 500]],
		);
		assert.match(String(result.items![0].json.description), /may or may not have been applied/);
		assert.equal(emulator.faults[0]?.remaining, 2, 'sent once');
	});
});
