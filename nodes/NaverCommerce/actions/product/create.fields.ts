import type { INodeProperties } from 'n8n-workflow';

import { COURIER_OPTIONS } from '../../options/couriers';
import { ORIGIN_AREA_OPTIONS } from '../../options/originAreas';

/**
 * The guided form of Product → Create: what most products need, named as a seller knows it.
 * Everything else POST /v2/products accepts goes in Additional Fields (JSON).
 */

/** An optional pick from one of the seller's lists, or a number typed or mapped. */
function optionalLocator(
	displayName: string,
	name: string,
	searchListMethod: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: '100000001',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '\\s*[0-9]{1,30}\\s*',
							errorMessage: `${displayName}: digits only, such as 100000001`,
						},
					},
				],
			},
		],
	};
}

const showForPaidDelivery = { deliveryFeeType: ['PAID', 'CONDITIONAL_FREE'] };

export const createFields: INodeProperties[] = [
	{
		displayName: 'Category',
		name: 'leafCategoryId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description:
			'The leaf category (리프 카테고리) the product is listed in. Search by its full path, such as 패션의류>여성의류>티셔츠; only categories without sub-categories can hold products.',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchLeafCategories', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: '50000830',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '\\s*[0-9]{1,20}\\s*',
							errorMessage: 'Category: digits only, such as 50000830',
						},
					},
				],
			},
		],
	},
	{
		displayName: 'Product Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: 'The name buyers see (상품명)',
	},
	{
		displayName: 'Sale Price',
		name: 'salePrice',
		type: 'number',
		required: true,
		default: 0,
		typeOptions: { minValue: 0, maxValue: 999_999_990, numberPrecision: 0 },
		description: 'Price in won before discounts (판매가), at most 999,999,990',
	},
	{
		displayName: 'Stock Quantity',
		name: 'stockQuantity',
		type: 'number',
		required: true,
		default: 1,
		typeOptions: { minValue: 0, maxValue: 99_999_999, numberPrecision: 0 },
		description:
			'Units in stock (재고 수량). With combination options, the options carry the stock and this is their total.',
	},
	{
		displayName: 'Images From',
		name: 'imageSource',
		type: 'options',
		default: 'url',
		options: [
			{
				name: 'Image URLs',
				value: 'url',
				description: 'URLs that Product → Upload Images returned',
			},
			{
				name: 'Binary Properties',
				value: 'binary',
				description: "Files in the item's binary data, uploaded to Naver first in this execution",
			},
		],
		description:
			'Naver takes only image URLs its own upload issued: give those, or let the node upload files',
	},
	{
		displayName: 'Image URLs',
		name: 'imageUrls',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://shop-phinf.pstatic.net/…/1.jpg, https://shop-phinf.pstatic.net/…/2.jpg',
		description:
			'Comma-separated, or a list from an expression: the first is the representative image (대표 이미지), up to 9 more follow (추가 이미지)',
		displayOptions: { show: { imageSource: ['url'] } },
	},
	{
		displayName: 'Binary Properties',
		name: 'imageBinaryProperties',
		type: 'string',
		default: 'data',
		required: true,
		placeholder: 'data, photo2',
		description:
			"Comma-separated names of the item's binary properties (JPG, GIF, PNG or BMP): the first is the representative image, up to 9 more follow",
		displayOptions: { show: { imageSource: ['binary'] } },
	},
	{
		displayName: 'Detail Content (HTML)',
		name: 'detailContent',
		type: 'string',
		required: true,
		default: '',
		typeOptions: { rows: 5 },
		description: 'The product page body (상품 상세), in HTML',
	},
	{
		displayName: 'Delivery',
		name: 'deliveryType',
		type: 'options',
		default: 'DELIVERY',
		options: [
			{ name: 'Parcel (택배, 소포, 등기)', value: 'DELIVERY' },
			{ name: 'Direct Delivery (직접배송)', value: 'DIRECT' },
			{
				name: 'No Delivery (배송 없음)',
				value: 'NONE',
				description: 'For products that are not shipped, such as e-coupons',
			},
		],
		description: 'How the product reaches the buyer (배송 방법)',
	},
	{
		displayName: 'Courier',
		name: 'deliveryCompany',
		type: 'options',
		default: 'CJGLS',
		options: COURIER_OPTIONS,
		description: 'The courier parcels are sent with (택배사)',
		displayOptions: { show: { deliveryType: ['DELIVERY'] } },
	},
	{
		displayName: 'Delivery Fee',
		name: 'deliveryFeeType',
		type: 'options',
		default: 'FREE',
		options: [
			{ name: 'Free (무료)', value: 'FREE' },
			{ name: 'Free Above an Amount (조건부 무료)', value: 'CONDITIONAL_FREE' },
			{ name: 'Paid (유료)', value: 'PAID' },
		],
		description:
			'Fees by quantity or area: choose one of these and set the rest in Additional Fields',
		displayOptions: { hide: { deliveryType: ['NONE'] } },
	},
	{
		displayName: 'Base Delivery Fee',
		name: 'baseFee',
		type: 'number',
		default: 3000,
		typeOptions: { minValue: 0, maxValue: 100_000, numberPrecision: 0 },
		description: 'In won, at most 100,000 (기본 배송비)',
		displayOptions: { show: showForPaidDelivery, hide: { deliveryType: ['NONE'] } },
	},
	{
		displayName: 'Free Above',
		name: 'freeConditionalAmount',
		type: 'number',
		default: 50000,
		typeOptions: { minValue: 0, maxValue: 999_999_990, numberPrecision: 0 },
		description: 'Orders of this amount or more ship free (무료 조건 금액)',
		displayOptions: {
			show: { deliveryFeeType: ['CONDITIONAL_FREE'] },
			hide: { deliveryType: ['NONE'] },
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
		displayOptions: { show: showForPaidDelivery, hide: { deliveryType: ['NONE'] } },
	},
	{
		displayName: 'Return Delivery Fee',
		name: 'returnDeliveryFee',
		type: 'number',
		default: 3000,
		typeOptions: { minValue: 0, maxValue: 1_000_000, numberPrecision: 0 },
		description: 'What a buyer pays to return the product, in won (반품 배송비, one way)',
		displayOptions: { hide: { deliveryType: ['NONE'] } },
	},
	{
		displayName: 'Exchange Delivery Fee',
		name: 'exchangeDeliveryFee',
		type: 'number',
		default: 6000,
		typeOptions: { minValue: 0, maxValue: 1_000_000, numberPrecision: 0 },
		description: 'What a buyer pays for an exchange, in won (교환 배송비, both ways)',
		displayOptions: { hide: { deliveryType: ['NONE'] } },
	},
	{
		...optionalLocator(
			'Shipping Address',
			'shippingAddressId',
			'searchShippingAddresses',
			"Where parcels leave from (출고지), from the seller's address book. Empty: the store's default.",
		),
		displayOptions: { hide: { deliveryType: ['NONE'] } },
	},
	{
		...optionalLocator(
			'Return Address',
			'returnAddressId',
			'searchReturnAddresses',
			"Where returns and exchanges go (반품/교환지), from the seller's address book. Empty: the store's default.",
		),
		displayOptions: { hide: { deliveryType: ['NONE'] } },
	},
	{
		displayName: 'Product Information Notice Name or ID',
		name: 'noticeType',
		type: 'options',
		default: 'ETC',
		// Those Naver recommends for the picked category come first (methods/loadOptions.ts).
		typeOptions: {
			loadOptionsMethod: 'getProductNoticeTypes',
			loadOptionsDependsOn: ['leafCategoryId.value'],
		},
		description:
			'The notice group of the product (상품정보제공고시), those Naver recommends for the category first. Its required text fields are sent as "상품상세 참조" (see the detail page) and its legal clauses as the statutory text; fields that apply only to some products (certification, importer, energy rating…), dates and months are left out: give them in Additional Fields. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	// Processed and health food require two yes/no answers only the seller can give.
	{
		displayName: 'Genetically Modified',
		name: 'noticeGeneticallyModified',
		type: 'boolean',
		default: false,
		displayOptions: { show: { noticeType: ['GENERAL_FOOD', 'DIET_FOOD'] } },
		description:
			'Whether the food is genetically modified and must say so (유전자변형식품 표시, geneticallyModified)',
	},
	{
		displayName: 'Import Declared',
		name: 'noticeImportDeclarationCheck',
		type: 'boolean',
		default: false,
		displayOptions: { show: { noticeType: ['GENERAL_FOOD', 'DIET_FOOD'] } },
		description:
			'Whether the food is imported with its import declaration filed (수입신고 필, importDeclarationCheck); off means it does not apply',
	},
	{
		displayName: 'Origin',
		name: 'originAreaCode',
		type: 'options',
		default: '03',
		options: ORIGIN_AREA_OPTIONS,
		description:
			'Where the product comes from (원산지). A detailed origin code from Catalogue Data → Get Origin Areas can be set in Additional Fields.',
	},
	{
		displayName: 'Importer',
		name: 'originImporter',
		type: 'string',
		default: '',
		required: true,
		description: 'The importing company (수입사명), required for imported products',
		displayOptions: { show: { originAreaCode: ['02'] } },
	},
	{
		displayName: 'Origin Text',
		name: 'originContent',
		type: 'string',
		default: '',
		required: true,
		description: 'The origin as it is to be shown (원산지 표시 내용)',
		displayOptions: { show: { originAreaCode: ['04'] } },
	},
	{
		displayName: 'After-Sales Phone',
		name: 'afterServiceTelephoneNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: '02-1234-5678',
		description: 'Telephone number for after-sales service (A/S 전화번호)',
	},
	{
		displayName: 'After-Sales Guide',
		name: 'afterServiceGuideContent',
		type: 'string',
		required: true,
		default: '',
		description: 'How buyers get after-sales service (A/S 안내)',
	},
	{
		displayName: 'Tax Type',
		name: 'taxType',
		type: 'options',
		default: 'TAX',
		options: [
			{ name: 'Taxed (과세)', value: 'TAX' },
			{ name: 'Tax-Free (면세)', value: 'DUTYFREE' },
			{ name: 'Zero-Rated (영세)', value: 'SMALL' },
		],
		description: 'Value-added tax of the product (부가가치세)',
	},
	{
		displayName: 'Minors May Buy',
		name: 'minorPurchasable',
		type: 'boolean',
		default: true,
		description: 'Whether buyers under 19 may buy it (미성년자 구매 가능)',
	},
	{
		displayName: 'Options',
		name: 'optionType',
		type: 'options',
		default: 'none',
		options: [
			{ name: 'None', value: 'none' },
			{
				name: 'Simple (단독형)',
				value: 'simple',
				description: 'Up to 3 independent choices, no stock per option',
			},
			{
				name: 'Combination (조합형)',
				value: 'combination',
				description: 'Up to 3 option groups; each combination has its stock and extra price',
			},
		],
		description: 'Choices a buyer makes, such as colour and size (옵션)',
	},
	{
		displayName: 'Simple Options',
		name: 'simpleOptions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Option',
		displayOptions: { show: { optionType: ['simple'] } },
		options: [
			{
				displayName: 'Option',
				name: 'option',
				values: [
					{
						displayName: 'Group Name',
						name: 'groupName',
						type: 'string',
						default: '',
						placeholder: '색상',
						description: 'The option name (옵션명)',
					},
					{
						displayName: 'Value',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: '블랙',
						description: 'The option value (옵션값)',
					},
				],
			},
		],
	},
	{
		displayName: 'Option Group Names',
		name: 'combinationGroupNames',
		type: 'string',
		default: '',
		required: true,
		placeholder: '색상, 사이즈',
		description: 'Comma-separated, 1 to 3 names (조합형 옵션명)',
		displayOptions: { show: { optionType: ['combination'] } },
	},
	{
		displayName: 'Combinations',
		name: 'combinations',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Combination',
		displayOptions: { show: { optionType: ['combination'] } },
		options: [
			{
				displayName: 'Combination',
				name: 'combination',
				values: [
					{
						displayName: 'Values',
						name: 'values',
						type: 'string',
						default: '',
						placeholder: '블랙, M',
						description: 'Comma-separated, one value per option group, in their order',
					},
					{
						displayName: 'Stock Quantity',
						name: 'stockQuantity',
						type: 'number',
						default: 0,
						typeOptions: { minValue: 0, maxValue: 99_999_999, numberPrecision: 0 },
					},
					{
						displayName: 'Extra Price',
						name: 'price',
						type: 'number',
						default: 0,
						typeOptions: { numberPrecision: 0 },
						description: 'Added to the sale price, in won (may be negative)',
					},
					{
						displayName: 'Seller Code',
						name: 'sellerManagerCode',
						type: 'string',
						default: '',
						description: "The seller's code of this combination (판매자 관리 코드)",
					},
				],
			},
		],
	},
	{
		displayName: 'Seller Management Code',
		name: 'sellerManagementCode',
		type: 'string',
		default: '',
		description:
			"The seller's own code of the product (판매자 관리 코드), e.g. the SKU in a spreadsheet; Search finds products by it",
	},
	{
		displayName: 'Register on Naver Shopping',
		name: 'naverShoppingRegistration',
		type: 'boolean',
		default: true,
		description: 'Whether the product is also listed on Naver Shopping (네이버 쇼핑 등록)',
	},
	{
		displayName: 'Additional Fields (JSON)',
		name: 'additionalFieldsJson',
		type: 'json',
		default: '{}',
		description:
			'Anything else POST /v2/products accepts, merged into the request built from the fields above (objects key by key, lists and values replace), e.g. {"originProduct": {"customerBenefit": {…}}}',
	},
];
