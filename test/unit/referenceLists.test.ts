/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The code lists the node offers, against the enum tables of Naver's reference (the docs copy
 * myso-kr/naver-commerce-api-docs-cli, v2.73.0; the page is named beside each list). Values must
 * match exactly; labels are checked where a label once said something the reference does not.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import type { INodePropertyOptions } from 'n8n-workflow';

import { description as getManyChangedDescription } from '../../nodes/NaverCommerce/actions/productOrder/getManyChanged.operation';
import { description as searchDescription } from '../../nodes/NaverCommerce/actions/productOrder/search.operation';
import { CHANGE_TYPES } from '../../nodes/NaverCommerce/options/changeTypes';
import { CLAIM_STATUSES } from '../../nodes/NaverCommerce/options/claimStatuses';
import { COURIER_OPTIONS } from '../../nodes/NaverCommerce/options/couriers';
import {
	COLLECT_DELIVERY_METHOD_OPTIONS,
	DISPATCH_DELIVERY_METHOD_OPTIONS,
} from '../../nodes/NaverCommerce/options/deliveryMethods';
import { PLACE_ORDER_STATUSES } from '../../nodes/NaverCommerce/options/placeOrderStatuses';
import { PRODUCT_ORDER_STATUSES } from '../../nodes/NaverCommerce/options/productOrderStatuses';
import { RANGE_TYPES } from '../../nodes/NaverCommerce/options/rangeTypes';
import { triggerProperties } from '../../nodes/NaverCommerce/trigger/description';

const values = (options: INodePropertyOptions[]) => options.map((option) => option.value).sort();
/** Options in the order the editor shows them: alphabetical by name. */
const isSorted = (options: INodePropertyOptions[]) =>
	options.every((option, index) => index === 0 || options[index - 1].name <= option.name);
const labelOf = (options: INodePropertyOptions[], value: string) =>
	options.find((option) => option.value === value)?.name;

describe("Code lists match Naver's reference", () => {
	test('rangeType (docs/api/v1/pay-order/seller/product-orders.GET.md): all nine date types', () => {
		assert.deepEqual(
			values(RANGE_TYPES),
			[
				'PAYED_DATETIME',
				'ORDERED_DATETIME',
				'DISPATCHED_DATETIME',
				'PURCHASE_DECIDED_DATETIME',
				'CLAIM_REQUESTED_DATETIME',
				'CLAIM_COMPLETED_DATETIME',
				'COLLECT_COMPLETED_DATETIME',
				'GIFT_RECEIVED_DATETIME',
				'HOPE_DELIVERY_INFO_CHANGED_DATETIME',
			].sort(),
		);
	});

	test('the conditional search offers the documented fulfillment filter (true, false, or left out)', () => {
		const filters = searchDescription.find((property) => property.name === 'filters');
		const fulfillment = (filters?.options as Array<{ name: string; type?: string }>).find(
			(option) => option.name === 'fulfillment',
		);
		assert.equal(fulfillment?.type, 'boolean');
	});

	test('placeOrderStatus (product-orders.GET.md): CANCEL is 발주 확인 해제, not a cancelled order', () => {
		assert.deepEqual(values(PLACE_ORDER_STATUSES), ['CANCEL', 'NOT_YET', 'OK']);
		const cancel = String(labelOf(PLACE_ORDER_STATUSES, 'CANCEL'));
		assert.match(cancel, /발주 확인 해제/);
		assert.doesNotMatch(cancel, /취소|Cancel/i);
	});

	test('productOrderStatus and claimStatus (product-orders.GET.md)', () => {
		assert.deepEqual(
			values(PRODUCT_ORDER_STATUSES),
			[
				'PAYMENT_WAITING',
				'PAYED',
				'DELIVERING',
				'DELIVERED',
				'PURCHASE_DECIDED',
				'EXCHANGED',
				'CANCELED',
				'RETURNED',
				'CANCELED_BY_NOPAYMENT',
			].sort(),
		);
		assert.deepEqual(
			values(CLAIM_STATUSES),
			[
				'CANCEL_REQUEST',
				'CANCELING',
				'CANCEL_DONE',
				'CANCEL_REJECT',
				'RETURN_REQUEST',
				'EXCHANGE_REQUEST',
				'COLLECTING',
				'COLLECT_DONE',
				'EXCHANGE_REDELIVERING',
				'RETURN_DONE',
				'EXCHANGE_DONE',
				'RETURN_REJECT',
				'EXCHANGE_REJECT',
				'PURCHASE_DECISION_HOLDBACK',
				'PURCHASE_DECISION_REQUEST',
				'PURCHASE_DECISION_HOLDBACK_RELEASE',
				'ADMIN_CANCELING',
				'ADMIN_CANCEL_DONE',
				'ADMIN_CANCEL_REJECT',
			].sort(),
		);
		// 취소/반품/교환/직권 취소 철회: withdrawn, not "rejected".
		for (const value of [
			'CANCEL_REJECT',
			'RETURN_REJECT',
			'EXCHANGE_REJECT',
			'ADMIN_CANCEL_REJECT',
		]) {
			assert.match(String(labelOf(CLAIM_STATUSES, value)), /Withdrawn/, value);
		}
	});

	test('lastChangedType (last-changed-statuses.GET.md): CLAIM_REJECTED is 클레임 철회 in node and trigger', () => {
		const documented = [
			'PAY_WAITING',
			'PAYED',
			'EXCHANGE_OPTION',
			'DELIVERY_ADDRESS_CHANGED',
			'GIFT_RECEIVED',
			'CLAIM_REJECTED',
			'DISPATCHED',
			'CLAIM_REQUESTED',
			'COLLECT_DONE',
			'CLAIM_COMPLETED',
			'PURCHASE_DECIDED',
			'HOPE_DELIVERY_INFO_CHANGED',
			'CLAIM_REDELIVERING',
		].sort();
		assert.deepEqual(values(CHANGE_TYPES), documented);
		assert.ok(isSorted(CHANGE_TYPES) && isSorted(CLAIM_STATUSES));
		// One list, so one label per value: the trigger's events and Get Many Changed's filter.
		const events = triggerProperties.find((property) => property.name === 'events');
		const filter = getManyChangedDescription.find(
			(property) => property.name === 'lastChangedTypes',
		);
		assert.equal(events?.options, CHANGE_TYPES);
		assert.equal(filter?.options, CHANGE_TYPES);
		const label = String(labelOf(CHANGE_TYPES, 'CLAIM_REJECTED'));
		assert.match(label, /Withdrawn/);
		assert.doesNotMatch(label, /Reject/);
		assert.match(
			String(CHANGE_TYPES.find((option) => option.value === 'CLAIM_REJECTED')?.description),
			/철회/,
		);
		// EXCHANGE_OPTION is 옵션 변경 of a gift order (선물하기), not an exchange.
		assert.match(String(labelOf(CHANGE_TYPES, 'EXCHANGE_OPTION')), /^Gift Option Changed$/);
	});

	test('deliveryMethod (dispatch.POST.md): one label per method; dispatch offers no return-only method', () => {
		for (const option of DISPATCH_DELIVERY_METHOD_OPTIONS) {
			assert.deepEqual(
				COLLECT_DELIVERY_METHOD_OPTIONS.find((other) => other.value === option.value),
				option,
			);
		}
		assert.deepEqual(values(DISPATCH_DELIVERY_METHOD_OPTIONS), [
			'DELIVERY',
			'DIRECT_DELIVERY',
			'GDFW_ISSUE_SVC',
			'NOTHING',
			'QUICK_SVC',
			'VISIT_RECEIPT',
		]);
		assert.ok(
			isSorted(COLLECT_DELIVERY_METHOD_OPTIONS) && isSorted(DISPATCH_DELIVERY_METHOD_OPTIONS),
		);
	});

	test('deliveryCompanyCode (product-orders/dispatch.POST.md): the swapped GS더프레시 row is offered as GSTHEFRESH', () => {
		assert.equal(labelOf(COURIER_OPTIONS, 'GSTHEFRESH'), 'GS더프레시 (GSTHEFRESH)');
		assert.ok(COURIER_OPTIONS.every((option) => /^[0-9A-Z]+$/.test(String(option.value))));
		assert.equal(new Set(values(COURIER_OPTIONS)).size, COURIER_OPTIONS.length);
		assert.equal(COURIER_OPTIONS.length, 203);
	});
});
