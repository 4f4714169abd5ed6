/**
 * Coverage of the hope-delivery change, the Q&A answer templates and the VAT lists: a change that
 * Naver accepts and one it refuses (for failProductOrderInfos), the product order read back with
 * its changed hopeDelivery, every template, and every page of both VAT lists over the months the
 * seeded settlements reach.
 */
import { formatKst } from '../../../test/emulator/kst';
import { hopeDeliveryOf, hopeDeliveryTypeOf } from '../../../test/emulator/store';
import type { CoverageExercise } from './index';

const DAY_MS = 24 * 60 * 60 * 1000;
const ORDERS = '/v1/pay-order/seller/product-orders';

const ymd = (ms: number) => formatKst(ms).slice(0, 10).replace(/-/g, '');

export const ordersAndSettlements: CoverageExercise = async ({ emulator, call }) => {
	const changeable = emulator.store.productOrders.filter(
		(order) =>
			hopeDeliveryTypeOf(order) === 'HOPE' &&
			order.productOrderStatus === 'PAYED' &&
			!order.claimStatus &&
			hopeDeliveryOf(order)!.hopeDeliveryYmd > ymd(Date.now()),
	);
	const [changed] = changeable;
	if (changed) {
		await call('POST', `${ORDERS}/${changed.productOrderId}/hope-delivery/change`, {
			body: {
				hopeDeliveryYmd: ymd(Date.now() + 7 * DAY_MS),
				hopeDeliveryHm: '1500',
				region: '충청권',
				changeReason: '고객 요청으로 배송 희망일 변경',
			},
		});
		await call('POST', `${ORDERS}/query`, { body: { productOrderIds: [changed.productOrderId] } });
	}
	const notHope = emulator.store.productOrders.find((order) => !hopeDeliveryTypeOf(order))!;
	await call('POST', `${ORDERS}/${notHope.productOrderId}/hope-delivery/change`, {
		body: { hopeDeliveryYmd: ymd(Date.now() + 7 * DAY_MS), changeReason: '일정 변경' },
	});

	await call('GET', '/v1/contents/qnas/templates');

	// From six months back to the last day of the previous month, every page of both lists.
	const [year, month] = formatKst(Date.now()).slice(0, 7).split('-').map(Number);
	const endDate = new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10);
	const startDate = formatKst(Date.now() - 190 * DAY_MS).slice(0, 10);
	for (const path of ['/v1/pay-settle/vat/daily', '/v1/pay-settle/vat/case']) {
		for (let pageNumber = 1; ; pageNumber++) {
			const page = (await call('GET', path, {
				query: { startDate, endDate, pageNumber: String(pageNumber), pageSize: '1000' },
			})) as { pagination?: { totalPages?: number } };
			if (pageNumber >= (page.pagination?.totalPages ?? 0)) break;
		}
	}
};
