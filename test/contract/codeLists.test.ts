/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Every code list the node offers, against the enum of the field it fills in the contract made
 * from Naver's reference: a value Naver does not document, or a documented value the node does not
 * offer, fails here. Where the node leaves a value out on purpose, the exception says why.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import type { INodePropertyOptions } from 'n8n-workflow';

import { CANCEL_REASON_OPTIONS } from '../../nodes/NaverCommerce/options/cancelReasons';
import { CHANGE_TYPES } from '../../nodes/NaverCommerce/options/changeTypes';
import { CLAIM_STATUSES } from '../../nodes/NaverCommerce/options/claimStatuses';
import { COURIER_OPTIONS } from '../../nodes/NaverCommerce/options/couriers';
import { DELAY_REASONS } from '../../nodes/NaverCommerce/options/delayReasons';
import { BULK_DELIVERY_ATTRIBUTE_TYPES } from '../../nodes/NaverCommerce/options/deliveryAttributeTypes';
import {
	COLLECT_DELIVERY_METHOD_OPTIONS,
	DISPATCH_DELIVERY_METHOD_OPTIONS,
} from '../../nodes/NaverCommerce/options/deliveryMethods';
import { DISCOUNT_UNIT_OPTIONS } from '../../nodes/NaverCommerce/options/discountUnits';
import { EXPECTED_DELIVERY_PERIODS } from '../../nodes/NaverCommerce/options/expectedDeliveryPeriods';
import { HOLDBACK_CLASS_TYPE_OPTIONS } from '../../nodes/NaverCommerce/options/holdbackReasons';
import { NOTICE_TYPE_OPTIONS, NOTICE_TYPES } from '../../nodes/NaverCommerce/options/noticeTypes';
import {
	NOTICE_TYPES_FILE,
	noticeSchema,
	noticeTypesFile,
	noticeTypesFromContract,
} from '../../scripts/contract/noticeTypes';
import { PLACE_ORDER_STATUSES } from '../../nodes/NaverCommerce/options/placeOrderStatuses';
import { PRODUCT_BULK_UPDATE_TYPES } from '../../nodes/NaverCommerce/options/productBulkUpdateTypes';
import { PRODUCT_ORDER_STATUSES } from '../../nodes/NaverCommerce/options/productOrderStatuses';
import { QNA_TEMPLATE_QUESTION_TYPES } from '../../nodes/NaverCommerce/options/qnaTemplateQuestionTypes';
import { RANGE_TYPES } from '../../nodes/NaverCommerce/options/rangeTypes';
import { RETURN_REASON_OPTIONS } from '../../nodes/NaverCommerce/options/returnReasons';
import { contract, type Schema } from './contract';

const values = (options: INodePropertyOptions[]) =>
	options.map((option) => String(option.value)).sort();

/** The enum at a dotted path (`[]` for list items) of an endpoint's query, body or response. */
function documented(
	method: string,
	path: string,
	part: 'query' | 'body' | 'response',
	at: string,
): string[] {
	const endpoint = contract().endpoints.find((e) => e.method === method && e.path === path);
	assert.ok(endpoint, `${method} ${path} is in the contract`);
	let schema: Schema | undefined = endpoint[part];
	for (const step of at.split('.')) {
		const name = step.replace(/\[\]$/, '');
		// A reading of one object or a list of them (anyOf): the object names the fields.
		if (schema?.anyOf) schema = schema.anyOf[0];
		schema = schema?.properties?.[name];
		if (schema?.type === 'array' && (step.endsWith('[]') || schema.items?.enum))
			schema = schema.items;
	}
	assert.ok(schema?.enum, `${method} ${path} ${part} ${at} has a documented code list`);
	return [...schema.enum].sort();
}

const ORDERS = '/v1/pay-order/seller/product-orders';
const CLAIM = `${ORDERS}/{productOrderId}/claim`;
const BULK_UPDATE = '/v1/products/origin-products/bulk-update';
const MULTI_UPDATE = '/v1/products/origin-products/multi-update';

describe("Every code list the node offers is the reference's", () => {
	const cases: Array<[string, INodePropertyOptions[], string[], string?]> = [
		[
			'change types (last-changed-statuses lastChangedType)',
			CHANGE_TYPES,
			documented('GET', `${ORDERS}/last-changed-statuses`, 'query', 'lastChangedType'),
		],
		[
			'date types (conditional search rangeType)',
			RANGE_TYPES,
			documented('GET', ORDERS, 'query', 'rangeType'),
		],
		[
			'product order statuses',
			PRODUCT_ORDER_STATUSES,
			documented('GET', ORDERS, 'query', 'productOrderStatuses'),
		],
		['claim statuses', CLAIM_STATUSES, documented('GET', ORDERS, 'query', 'claimStatuses')],
		[
			'place order statuses',
			PLACE_ORDER_STATUSES,
			documented('GET', ORDERS, 'query', 'placeOrderStatusType'),
		],
		[
			'delay reasons',
			DELAY_REASONS,
			documented('POST', `${ORDERS}/{productOrderId}/delay`, 'body', 'delayedDispatchReason'),
		],
		[
			'cancel reasons',
			CANCEL_REASON_OPTIONS,
			documented('POST', `${CLAIM}/cancel/request`, 'body', 'cancelReason'),
		],
		[
			'return reasons',
			RETURN_REASON_OPTIONS,
			documented('POST', `${CLAIM}/return/request`, 'body', 'returnReason'),
		],
		[
			'hold-back reasons (return)',
			HOLDBACK_CLASS_TYPE_OPTIONS,
			documented('POST', `${CLAIM}/return/holdback`, 'body', 'holdbackClassType'),
		],
		[
			'hold-back reasons (exchange)',
			HOLDBACK_CLASS_TYPE_OPTIONS,
			documented('POST', `${CLAIM}/exchange/holdback`, 'body', 'holdbackClassType'),
		],
		[
			'collection methods (return request)',
			COLLECT_DELIVERY_METHOD_OPTIONS,
			documented('POST', `${CLAIM}/return/request`, 'body', 'collectDeliveryMethod').filter(
				(code) => code !== 'UNKNOWN',
			),
			'UNKNOWN is left out: Naver uses it only for exceptions it cannot classify',
		],
		[
			'dispatch methods (dispatch)',
			DISPATCH_DELIVERY_METHOD_OPTIONS,
			documented(
				'POST',
				`${ORDERS}/dispatch`,
				'body',
				'dispatchProductOrders[].deliveryMethod',
			).filter((code) => code !== 'UNKNOWN' && !code.startsWith('RETURN_')),
			'the return-only methods and UNKNOWN are left out of sending goods',
		],
		[
			'couriers (product order delivery.deliveryCompany)',
			COURIER_OPTIONS,
			[
				...documented('POST', `${ORDERS}/query`, 'response', 'data[].delivery.deliveryCompany'),
				'GSTHEFRESH',
			].sort(),
			"GSTHEFRESH is the row Naver's table prints with code and name swapped",
		],
		[
			'Q&A answer template question types (qnas/templates questionType)',
			QNA_TEMPLATE_QUESTION_TYPES,
			documented('GET', '/v1/contents/qnas/templates', 'response', 'questionType'),
		],
		[
			'bulk update types (bulk-update productBulkUpdateType)',
			PRODUCT_BULK_UPDATE_TYPES,
			documented('PUT', BULK_UPDATE, 'body', 'productBulkUpdateType'),
		],
		[
			'discount units (multi-update discountMethod.unitType)',
			DISCOUNT_UNIT_OPTIONS,
			documented(
				'PATCH',
				MULTI_UPDATE,
				'body',
				'multiProductUpdateRequestVos[].immediateDiscountPolicy.discountMethod.unitType',
			).filter((code) => code !== 'YEN' && code !== 'COUNT'),
			'YEN and COUNT are left out: the page says "PERCENT, WON만 입력 가능합니다"',
		],
		[
			'discount units (bulk-update discountMethod.unitType)',
			DISCOUNT_UNIT_OPTIONS,
			documented(
				'PUT',
				BULK_UPDATE,
				'body',
				'immediateDiscountPolicy.discountMethod.unitType',
			).filter((code) => code !== 'YEN' && code !== 'COUNT'),
			'YEN and COUNT are left out: the page says "PERCENT, WON만 입력 가능합니다"',
		],
		[
			'delivery attributes of a bulk update (bulk-update deliveryInfo.deliveryAttributeType)',
			BULK_DELIVERY_ATTRIBUTE_TYPES,
			documented('PUT', BULK_UPDATE, 'body', 'deliveryInfo.deliveryAttributeType').filter((code) =>
				['NORMAL', 'TODAY', 'HOPE', 'SELLER_GUARANTEE', 'HOPE_SELLER_GUARANTEE'].includes(code),
			),
			'the five the field\'s description lists "상품 일괄 수정 시", of the twelve of its enum',
		],
		[
			'expected dispatch periods (bulk-update deliveryAttribute.expectedDeliveryPeriodType)',
			EXPECTED_DELIVERY_PERIODS,
			documented('PUT', BULK_UPDATE, 'body', 'deliveryAttribute.expectedDeliveryPeriodType'),
		],
	];
	for (const [name, options, expected, exception] of cases) {
		test(`${name}${exception ? ` (${exception})` : ''}`, () => {
			assert.deepEqual(values(options), expected);
		});
	}

	test('product information notice types: the committed file is what the generator writes', async () => {
		assert.equal(readFileSync(NOTICE_TYPES_FILE, 'utf-8'), await noticeTypesFile());
		// The options come sorted from the generator; they are the labels as Korean sorts them here.
		assert.deepEqual(
			NOTICE_TYPE_OPTIONS,
			[...NOTICE_TYPES]
				.sort((a, b) => a.label.localeCompare(b.label, 'ko'))
				.map((type) => ({ name: `${type.label} (${type.value})`, value: type.value })),
		);
	});

	test("product information notice types: the node's table is what the contract gives, rules in words included", () => {
		const notice = noticeSchema();
		assert.ok(notice?.properties, 'POST /v2/products documents productInfoProvidedNotice');
		const documentedTypes = notice.properties.productInfoProvidedNoticeType.enum!;
		// The enum names four types the page gives no object for: a notice of them cannot be
		// written from the reference, so the node does not offer them.
		const withoutObject = ['AIRLINE_TICKET', 'LODGMENT_RESERVATION', 'RENT_CAR', 'TRAVEL_PACKAGE'];
		assert.deepEqual(
			NOTICE_TYPES.map((type) => type.value).sort(),
			documentedTypes.filter((type) => !withoutObject.includes(type)).sort(),
		);
		// Generated by scripts/contract/noticeTypes.ts: kinds, required, twins, delete-if-N/A, deprecated,
		// in the contract's order (the rows decode to the very objects, keys in the same order).
		assert.deepEqual(NOTICE_TYPES, noticeTypesFromContract());
		assert.equal(JSON.stringify(NOTICE_TYPES), JSON.stringify(noticeTypesFromContract()));
		// The months the reference types `string<'yyyy-MM' 형식 입력>` are months, not text.
		const kindOf = (value: string, field: string) =>
			NOTICE_TYPES.find((type) => type.value === value)!.fields[field];
		for (const [value, field] of [
			['WEAR', 'packDate'],
			['BIOCHEMISTRY', 'packDate'],
			['COSMETIC', 'expirationDate'],
			['BIOCHEMISTRY', 'expirationDate'],
			...[
				'IMAGE_APPLIANCES',
				'HOME_APPLIANCES',
				'OPTICS_APPLIANCES',
				'MICROELECTRONICS',
				'CELLPHONE',
				'NAVIGATION',
				'CAR_ARTICLES',
				'MEDICAL_APPLIANCES',
				'KITCHEN_UTENSILS',
				'KIDS',
				'MUSICAL_INSTRUMENT',
			].map((type) => [type, 'releaseDate']),
		]) {
			assert.equal(kindOf(value, field), 'yearMonth', `${value} ${field}`);
		}
		const etc = NOTICE_TYPES.find((type) => type.value === 'ETC')!;
		assert.ok(etc.ifApplicable?.includes('certificateDetails'));
		const food = NOTICE_TYPES.find((type) => type.value === 'FOOD')!;
		assert.ok(food.deprecated?.includes('expirationDate'));
	});
});
