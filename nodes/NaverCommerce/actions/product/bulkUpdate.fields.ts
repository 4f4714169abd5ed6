import type { INodeProperties } from 'n8n-workflow';

import { COURIER_OPTIONS } from '../../options/couriers';
import { BULK_DELIVERY_ATTRIBUTE_TYPES } from '../../options/deliveryAttributeTypes';
import { DISCOUNT_UNIT_OPTIONS } from '../../options/discountUnits';
import { EXPECTED_DELIVERY_PERIODS } from '../../options/expectedDeliveryPeriods';
import { PRODUCT_BULK_UPDATE_TYPES } from '../../options/productBulkUpdateTypes';
import { MAX_DISCOUNT_VALUE, MAX_PRICE } from './writeFields';

/**
 * The fields of Product → Bulk Update (PUT /v1/products/origin-products/bulk-update), by update
 * type: each type sends one object of the body, as bulk-update.PUT.md documents it. Names follow
 * Naver's fields, so what the editor shows is what the reference explains.
 */

const forType = (...types: string[]) => ({ show: { productBulkUpdateType: types } });

const dateField = (name: string, displayName: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'dateTime',
	default: '',
	description,
});

export const BULK_UPDATE_FIELDS: INodeProperties[] = [
	{
		displayName: 'Update Type',
		name: 'productBulkUpdateType',
		type: 'options',
		noDataExpression: true,
		required: true,
		default: 'SALE_PRICE',
		options: PRODUCT_BULK_UPDATE_TYPES,
		description:
			'What changes on every product (productBulkUpdateType); the same change applies to all of them',
	},

	// IMMEDIATE_DISCOUNT: immediateDiscountPolicy.discountMethod
	{
		displayName: 'Discount Value',
		name: 'discountValue',
		type: 'number',
		required: true,
		typeOptions: { minValue: 1, maxValue: MAX_DISCOUNT_VALUE },
		default: 1000,
		description:
			'The immediate discount (즉시 할인) in the Discount Unit: 10 for 10 %, 1000 for 1,000 won',
		displayOptions: forType('IMMEDIATE_DISCOUNT'),
	},
	{
		displayName: 'Discount Unit',
		name: 'discountUnit',
		type: 'options',
		options: DISCOUNT_UNIT_OPTIONS,
		default: 'WON',
		displayOptions: forType('IMMEDIATE_DISCOUNT'),
	},
	{
		...dateField(
			'discountStartDate',
			'Discount Start',
			'When the discount starts, on a minute ending in 0 (e.g. 10:20). Empty: at once.',
		),
		displayOptions: forType('IMMEDIATE_DISCOUNT'),
	},
	{
		...dateField(
			'discountEndDate',
			'Discount End',
			'When the discount ends, on a minute ending in 9 (e.g. 23:59). Empty: no end.',
		),
		displayOptions: forType('IMMEDIATE_DISCOUNT'),
	},

	// SALE_PRICE: productSalePrice
	{
		displayName: 'Price Change',
		name: 'productSalePriceChangerType',
		type: 'options',
		default: 'TO',
		options: [
			{ name: 'Set To (TO)', value: 'TO', description: 'Every product gets this price in won' },
			{ name: 'Raise By (UP)', value: 'UP', description: 'Each price goes up by the value' },
			{ name: 'Lower By (DOWN)', value: 'DOWN', description: 'Each price goes down by the value' },
		],
		description: 'How the sale prices change (productSalePriceChangerType)',
		displayOptions: forType('SALE_PRICE'),
	},
	{
		displayName: 'Change Unit',
		name: 'productSalePriceChangerUnitType',
		type: 'options',
		options: DISCOUNT_UNIT_OPTIONS,
		default: 'WON',
		description: 'Whether the value is won or a percentage of each price',
		displayOptions: {
			show: { productBulkUpdateType: ['SALE_PRICE'], productSalePriceChangerType: ['UP', 'DOWN'] },
		},
	},
	{
		displayName: 'Value',
		name: 'productSalePriceValue',
		type: 'number',
		required: true,
		typeOptions: { minValue: 0, maxValue: MAX_PRICE, numberPrecision: 0 },
		default: 0,
		description: 'The price in won (Set To), or the amount or percentage to raise or lower by',
		displayOptions: forType('SALE_PRICE'),
	},

	// SALE_PERIOD: productSalePeriod
	{
		...dateField(
			'saleStartDate',
			'Sale Start',
			'When the sale starts, on the hour (e.g. 09:00). Give a start, an end or both.',
		),
		displayOptions: forType('SALE_PERIOD'),
	},
	{
		...dateField(
			'saleEndDate',
			'Sale End',
			'When the sale ends, at minute 59 (e.g. 23:59). Give a start, an end or both.',
		),
		displayOptions: forType('SALE_PERIOD'),
	},

	// DELIVERY: deliveryInfo, replaced whole
	{
		displayName:
			'Naver replaces the whole delivery setup with these fields: bundle groups, address book entries and area fees you leave out are reset',
		name: 'deliveryNotice',
		type: 'notice',
		default: '',
		displayOptions: forType('DELIVERY'),
	},
	{
		displayName: 'Delivery Method',
		name: 'deliveryType',
		type: 'options',
		default: 'DELIVERY',
		options: [
			{ name: 'Parcel (택배, 소포, 등기)', value: 'DELIVERY' },
			{ name: 'Direct Delivery (직접배송)', value: 'DIRECT' },
		],
		description: 'How the products reach buyers (배송 방법)',
		displayOptions: forType('DELIVERY'),
	},
	{
		displayName: 'Delivery Attribute',
		name: 'deliveryAttributeType',
		type: 'options',
		default: 'NORMAL',
		options: BULK_DELIVERY_ATTRIBUTE_TYPES,
		description:
			'The delivery attribute (배송 속성) a bulk update may set. N Seller Delivery and N Hope Delivery by Seller need Parcel, a logistics company as Courier and an Outbound Location ID.',
		displayOptions: forType('DELIVERY'),
	},
	{
		displayName: 'Courier',
		name: 'deliveryCompany',
		type: 'options',
		default: 'CJGLS',
		options: COURIER_OPTIONS,
		description: 'The courier parcels are sent with (택배사); required for Parcel',
		displayOptions: { show: { productBulkUpdateType: ['DELIVERY'], deliveryType: ['DELIVERY'] } },
	},
	{
		displayName: 'Delivery Fee',
		name: 'deliveryFeeType',
		type: 'options',
		default: 'FREE',
		options: [
			{ name: 'By Quantity Range (구간별)', value: 'RANGE_QUANTITY_PAID' },
			{ name: 'By Quantity, Repeated (수량별)', value: 'UNIT_QUANTITY_PAID' },
			{ name: 'Free (무료)', value: 'FREE' },
			{ name: 'Free Above an Amount (조건부 무료)', value: 'CONDITIONAL_FREE' },
			{ name: 'Paid (유료)', value: 'PAID' },
		],
		description: 'How the delivery fee is charged (배송비 타입)',
		displayOptions: forType('DELIVERY'),
	},
	{
		displayName: 'Base Delivery Fee',
		name: 'baseFee',
		type: 'number',
		default: 3000,
		typeOptions: { minValue: 0, maxValue: 100_000, numberPrecision: 0 },
		description: 'In won, at most 100,000 (기본 배송비)',
		displayOptions: {
			show: {
				productBulkUpdateType: ['DELIVERY'],
				deliveryFeeType: ['CONDITIONAL_FREE', 'PAID', 'UNIT_QUANTITY_PAID', 'RANGE_QUANTITY_PAID'],
			},
		},
	},
	{
		displayName: 'Free Above',
		name: 'freeConditionalAmount',
		type: 'number',
		default: 50000,
		typeOptions: { minValue: 0, maxValue: 999_999_990, numberPrecision: 0 },
		description: 'Orders of this amount or more ship free (무료 조건 금액)',
		displayOptions: {
			show: { productBulkUpdateType: ['DELIVERY'], deliveryFeeType: ['CONDITIONAL_FREE'] },
		},
	},
	{
		displayName: 'Repeat Every',
		name: 'repeatQuantity',
		type: 'number',
		default: 1,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		description: 'The base fee is charged again for every this many items (반복 부과 수량)',
		displayOptions: {
			show: { productBulkUpdateType: ['DELIVERY'], deliveryFeeType: ['UNIT_QUANTITY_PAID'] },
		},
	},
	{
		displayName: 'Second Range From',
		name: 'secondBaseQuantity',
		type: 'number',
		default: 2,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		description: 'The smallest quantity of the second range (2구간 최소 수량)',
		displayOptions: {
			show: { productBulkUpdateType: ['DELIVERY'], deliveryFeeType: ['RANGE_QUANTITY_PAID'] },
		},
	},
	{
		displayName: 'Second Range Extra Fee',
		name: 'secondExtraFee',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0, numberPrecision: 0 },
		description: 'What the second range adds to the base fee, in won (2구간 추가 배송비)',
		displayOptions: {
			show: { productBulkUpdateType: ['DELIVERY'], deliveryFeeType: ['RANGE_QUANTITY_PAID'] },
		},
	},
	{
		displayName: 'Delivery Fee Payment',
		name: 'deliveryFeePayType',
		type: 'options',
		default: 'PREPAID',
		options: [
			{ name: 'Prepaid (선결제)', value: 'PREPAID' },
			{ name: 'Cash on Delivery (착불)', value: 'COLLECT' },
			{ name: 'Either (착불 또는 선결제)', value: 'COLLECT_OR_PREPAID' },
		],
		displayOptions: {
			show: {
				productBulkUpdateType: ['DELIVERY'],
				deliveryFeeType: ['CONDITIONAL_FREE', 'PAID', 'UNIT_QUANTITY_PAID', 'RANGE_QUANTITY_PAID'],
			},
		},
	},
	{
		displayName: 'Return Delivery Fee',
		name: 'returnDeliveryFee',
		type: 'number',
		required: true,
		default: 3000,
		typeOptions: { minValue: 0, maxValue: 1_000_000, numberPrecision: 0 },
		description: 'What a buyer pays to return a product, in won (반품 배송비, one way)',
		displayOptions: forType('DELIVERY'),
	},
	{
		displayName: 'Exchange Delivery Fee',
		name: 'exchangeDeliveryFee',
		type: 'number',
		required: true,
		default: 6000,
		typeOptions: { minValue: 0, maxValue: 1_000_000, numberPrecision: 0 },
		description: 'What a buyer pays for an exchange, in won (교환 배송비, both ways)',
		displayOptions: forType('DELIVERY'),
	},
	{
		displayName: 'Additional Delivery Fields',
		name: 'deliveryAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: forType('DELIVERY'),
		options: [
			{
				displayName: 'Area Fee Zones',
				name: 'deliveryAreaType',
				type: 'options',
				default: 'AREA_2',
				options: [
					{ name: 'Two: Mainland, Jeju and Remote Areas (AREA_2)', value: 'AREA_2' },
					{ name: 'Three: Mainland, Jeju, Other Remote Areas (AREA_3)', value: 'AREA_3' },
				],
				description: 'How extra fees by area are split (지역별 추가 배송비 권역)',
			},
			{
				displayName: 'Area Fee: Jeju or Remote Areas',
				name: 'area2extraFee',
				type: 'number',
				default: 3000,
				typeOptions: { minValue: 0, maxValue: 200_000, numberPrecision: 0 },
				description:
					'Extra fee in won for Jeju and remote areas (2 areas), or for Jeju alone (3 areas)',
			},
			{
				displayName: 'Area Fee: Remote Areas Outside Jeju',
				name: 'area3extraFee',
				type: 'number',
				default: 5000,
				typeOptions: { minValue: 0, maxValue: 200_000, numberPrecision: 0 },
				description: 'Extra fee in won for remote areas other than Jeju; required with 3 areas',
			},
			{
				displayName: 'Bundle Delivery',
				name: 'deliveryBundleGroupUsable',
				type: 'boolean',
				default: false,
				description: 'Whether orders of these products can ship in one parcel (묶음배송)',
			},
			{
				displayName: 'Bundle Group ID',
				name: 'deliveryBundleGroupId',
				type: 'number',
				default: 0,
				typeOptions: { minValue: 0, numberPrecision: 0 },
				description:
					'The bundle-delivery group (묶음배송 그룹); with Bundle Delivery on and no ID, the default group',
			},
			{
				displayName: 'Free Return Care',
				name: 'freeReturnInsuranceYn',
				type: 'boolean',
				default: false,
				description: 'Whether 반품안심케어 (return insurance) is on',
			},
			{
				displayName: 'Hope Delivery Group ID',
				name: 'hopeDeliveryGroupId',
				type: 'number',
				default: 0,
				typeOptions: { minValue: 0, numberPrecision: 0 },
				description: 'For Hope Delivery: the group (희망일배송 그룹); none means the default group',
			},
			{
				displayName: 'Installation',
				name: 'installation',
				type: 'boolean',
				default: false,
				description:
					'Whether the seller installs the product (설치 여부); required for N Hope Delivery by Seller, ignored otherwise',
			},
			{
				displayName: 'Outbound Location ID',
				name: 'outboundLocationId',
				type: 'string',
				default: '',
				description:
					'The seller warehouse (판매자 창고 ID); required for N Seller Delivery and N Hope Delivery by Seller',
			},
			{
				displayName: 'Return Address ID',
				name: 'returnAddressId',
				type: 'number',
				default: 0,
				typeOptions: { minValue: 0, numberPrecision: 0 },
				description: "Where returns and exchanges go (반품/교환지), from the seller's address book",
			},
			{
				displayName: 'Shipping Address ID',
				name: 'shippingAddressId',
				type: 'number',
				default: 0,
				typeOptions: { minValue: 0, numberPrecision: 0 },
				description: "Where parcels leave from (출고지), from the seller's address book",
			},
			{
				displayName: 'Third Range Extra Fee',
				name: 'thirdExtraFee',
				type: 'number',
				default: 0,
				typeOptions: { minValue: 0, numberPrecision: 0 },
				description: 'For By Quantity Range: what the third range adds, in won (3구간 추가 배송비)',
			},
			{
				displayName: 'Third Range From',
				name: 'thirdBaseQuantity',
				type: 'number',
				default: 3,
				typeOptions: { minValue: 1, numberPrecision: 0 },
				description: 'For By Quantity Range: the smallest quantity of a third range',
			},
		],
	},

	// DELIVERY_ATTRIBUTE and DELIVERY_HOPE: deliveryAttribute
	{
		displayName: 'Delivery Attribute',
		name: 'attributeType',
		type: 'options',
		default: 'NORMAL',
		options: [
			{ name: 'Normal (일반 배송)', value: 'NORMAL' },
			{ name: 'Same-Day Dispatch (오늘출발)', value: 'TODAY' },
		],
		description:
			'The delivery attribute (배송 속성). Hope delivery has its own update type, Hope Delivery.',
		displayOptions: forType('DELIVERY_ATTRIBUTE'),
	},
	{
		displayName: 'Hope Delivery Group ID',
		name: 'hopeDeliveryGroupId',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0, numberPrecision: 0 },
		description:
			'The hope-delivery group (희망일배송 그룹) the products join; 0 or empty: the default group',
		displayOptions: forType('DELIVERY_HOPE'),
	},
	{
		displayName: 'Additional Fields',
		name: 'deliveryAttributeFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: forType('DELIVERY_ATTRIBUTE', 'DELIVERY_HOPE'),
		options: [
			{
				displayName: 'Expected Dispatch',
				name: 'expectedDeliveryPeriodType',
				type: 'options',
				default: 'THREE',
				options: EXPECTED_DELIVERY_PERIODS,
				description:
					'For made-to-order products: when they ship after the order (발송 예정일). Direct Input only where the product already has one.',
			},
			{
				displayName: 'Expected Dispatch Text',
				name: 'expectedDeliveryPeriodDirectInput',
				type: 'string',
				default: '',
				description: 'The dispatch time in your words, for Expected Dispatch: Direct Input',
			},
			{
				displayName: 'Made After Order',
				name: 'customProductAfterOrderYn',
				type: 'boolean',
				default: false,
				description:
					'Whether the products are made after the order is confirmed (주문 확인 후 제작)',
			},
			{
				displayName: 'Same-Day Dispatch Stock',
				name: 'todayStockQuantity',
				type: 'number',
				default: 0,
				typeOptions: { minValue: 0, numberPrecision: 0 },
				description: 'For Same-Day Dispatch: how many can still leave today (오늘출발 재고 수량)',
			},
		],
	},

	// PURCHASE_BENEFIT: purchaseBenefit
	{
		displayName: 'Benefits',
		name: 'purchaseBenefit',
		type: 'fixedCollection',
		placeholder: 'Add Benefit',
		default: {},
		description: 'The benefits to set; those you do not add keep their current settings',
		displayOptions: forType('PURCHASE_BENEFIT'),
		options: [
			{
				displayName: 'Purchase Points (상품 구매 포인트)',
				name: 'purchasePointPolicy',
				values: [
					{
						displayName: 'Value',
						name: 'value',
						type: 'number',
						default: 1,
						typeOptions: { minValue: 1, numberPrecision: 0 },
						description: 'Points per purchase: 1 for 1 %, or an amount in won',
					},
					{
						displayName: 'Unit',
						name: 'unitType',
						type: 'options',
						options: DISCOUNT_UNIT_OPTIONS,
						default: 'PERCENT',
					},
					dateField('startDate', 'Start Date', 'First day (KST); an end date is then required'),
					dateField('endDate', 'End Date', 'Last day (KST)'),
				],
			},
			{
				displayName: 'Review Points (구매평 포인트)',
				name: 'reviewPointPolicy',
				values: [
					{
						displayName: 'Photo or Video Review',
						name: 'photoVideoReviewPoint',
						type: 'number',
						default: 150,
						description: 'Naver Pay points for a photo or video review',
					},
					{
						displayName: 'Photo or Video Review After a Month',
						name: 'afterUsePhotoVideoReviewPoint',
						type: 'number',
						default: 0,
						description: 'Naver Pay points for a photo or video review after a month of use',
					},
					{
						displayName: 'Store Member Extra',
						name: 'storeMemberReviewPoint',
						type: 'number',
						default: 0,
						description:
							'Extra points, once, for a review by a member who gets store news (알림받기	동의	회원)',
					},
					{
						displayName: 'Text Review',
						name: 'textReviewPoint',
						type: 'number',
						default: 50,
						description: 'Naver Pay points for a text review',
					},
					{
						displayName: 'Text Review After a Month',
						name: 'afterUseTextReviewPoint',
						type: 'number',
						default: 0,
						description: 'Naver Pay points for a text review after a month of use',
					},
				],
			},
			{
				displayName: 'Multi-Purchase Discount (복수 구매 할인)',
				name: 'multiPurchaseDiscountPolicy',
				values: [
					{
						displayName: 'Discount Value',
						name: 'value',
						type: 'number',
						default: 1000,
						typeOptions: { minValue: 1, maxValue: MAX_DISCOUNT_VALUE, numberPrecision: 0 },
						description: '10 for 10 %, or an amount in won',
					},
					{
						displayName: 'Discount Unit',
						name: 'unitType',
						type: 'options',
						options: DISCOUNT_UNIT_OPTIONS,
						default: 'WON',
					},
					{
						displayName: 'From',
						name: 'orderValue',
						type: 'number',
						default: 2,
						typeOptions: { minValue: 1, numberPrecision: 0 },
						description: 'The discount applies from this many items, or this order amount in won',
					},
					{
						displayName: 'From Unit',
						name: 'orderValueUnitType',
						type: 'options',
						options: [
							{ name: 'Items (COUNT)', value: 'COUNT' },
							{ name: 'Won (WON)', value: 'WON' },
						],
						default: 'COUNT',
					},
					dateField('startDate', 'Start Date', 'First day (KST)'),
					dateField('endDate', 'End Date', 'Last day (KST)'),
				],
			},
			{
				displayName: 'Interest-Free Installments (무이자 할부)',
				name: 'freeInterestPolicy',
				values: [
					{
						displayName: 'Months',
						name: 'value',
						type: 'number',
						default: 3,
						typeOptions: { minValue: 1, numberPrecision: 0 },
						description: 'How many interest-free months',
					},
					dateField('startDate', 'Start Date', 'First day (KST); an end date is then required'),
					dateField('endDate', 'End Date', 'Last day (KST)'),
				],
			},
			{
				displayName: 'Gift (사은품)',
				name: 'giftPolicy',
				values: [
					{
						displayName: 'Gift',
						name: 'presentContent',
						type: 'string',
						default: '',
						description: 'What buyers get with the product, as shown on the product page',
					},
				],
			},
		],
	},

	// PURCHASE_QUANTITY_LIMIT: purchaseQuantityInfo
	{
		displayName: 'Limits',
		name: 'purchaseQuantityInfo',
		type: 'collection',
		placeholder: 'Add Limit',
		default: {},
		description: 'The limits to set; add at least one',
		displayOptions: forType('PURCHASE_QUANTITY_LIMIT'),
		options: [
			{
				displayName: 'Max per Buyer',
				name: 'maxPurchaseQuantityPerId',
				type: 'number',
				default: 5,
				typeOptions: { minValue: 1, maxValue: 99_999_999, numberPrecision: 0 },
				description: 'The most one buyer may buy (1인 최대 구매 수량)',
			},
			{
				displayName: 'Max per Order',
				name: 'maxPurchaseQuantityPerOrder',
				type: 'number',
				default: 5,
				typeOptions: { minValue: 1, maxValue: 10_000, numberPrecision: 0 },
				description: 'The most one order may hold (1회 최대 구매 수량)',
			},
			{
				displayName: 'Min per Order',
				name: 'minPurchaseQuantity',
				type: 'number',
				default: 1,
				typeOptions: { minValue: 1, maxValue: 10_000, numberPrecision: 0 },
				description: 'The fewest one order may hold (최소 구매 수량)',
			},
		],
	},
];
