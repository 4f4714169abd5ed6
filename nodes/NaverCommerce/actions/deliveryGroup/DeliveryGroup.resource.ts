import type { INodePropertyOptions } from 'n8n-workflow';

import { listSearchOf } from '../../methods/listSearch';
import { rowsResource, type EndpointField, type EndpointRow } from '../endpointTable';
import type { ListSearchMethod } from '../node.type';
import { checkRegions, WEEK_DAYS } from './hopeDeliveryGroupChecks';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Delivery Group',
	value: 'deliveryGroup',
	description: 'Bundle delivery groups (묶음배송) and hope-date delivery groups (희망일배송)',
};

const BUNDLE_GROUPS_PATH = '/v1/product-delivery-info/bundle-groups';
const HOPE_GROUPS_PATH = '/v1/product-delivery-info/hope-delivery-groups';
/** area2extraFee, area3extraFee: "Possible values: <= 200000". */
const MAX_AREA_EXTRA_FEE = 200_000;
/** GET hope-delivery-groups: "페이지당 100건까지 조회할 수 있습니다". */
const HOPE_GROUP_PAGE_SIZE = 100;

const deliveryBundleGroupId: EndpointField = {
	name: 'deliveryBundleGroupId',
	displayName: 'Bundle Group ID',
	kind: 'id',
	in: 'path',
	required: true,
	example: '1000001',
	// The list of Catalogue Data → Get Delivery Bundle Groups: the groups in use.
	searchListMethod: 'searchDeliveryBundleGroups',
	description:
		'The bundle delivery group, by the ID Catalogue Data → Get Delivery Bundle Groups and Create Bundle Group return',
};

const hopeDeliveryGroupId: EndpointField = {
	name: 'hopeDeliveryGroupId',
	displayName: 'Hope Delivery Group ID',
	kind: 'id',
	in: 'path',
	required: true,
	example: '900001',
	searchListMethod: 'searchHopeDeliveryGroups',
	description:
		'The hope-date delivery group, by the ID Get Many Hope Delivery Groups and Create Hope Delivery Group return',
};

/**
 * A bundle group as Create sends it and Update sends it again (the same body, in
 * deliveryBundleGroup). Its `id` is left out: "등록 요청인 경우에는 입력값이 무시됩니다", and Update
 * names the group in its path.
 */
const BUNDLE_GROUP_FIELDS: EndpointField[] = [
	{
		name: 'name',
		displayName: 'Name',
		kind: 'text',
		in: 'body',
		required: true,
		description: "The group's name (묶음배송 그룹명)",
	},
	{
		name: 'usable',
		displayName: 'Usable',
		kind: 'boolean',
		in: 'body',
		required: true,
		default: true,
		description:
			'Whether the group is in use (사용 여부); Naver makes a base group usable whatever is sent ("기본 그룹인 경우 자동으로 true")',
	},
	{
		// The page marks it required and also says "미입력 시 false": the node always sends it.
		name: 'baseGroup',
		displayName: 'Base Group',
		kind: 'boolean',
		in: 'body',
		required: true,
		description: "Whether this is the store's base bundle group (기본 묶음배송 그룹)",
	},
	{
		name: 'deliveryFeeChargeMethodType',
		displayName: 'Delivery Fee Charged',
		kind: 'options',
		in: 'body',
		required: true,
		options: [
			{
				name: 'Largest Fee in the Group',
				value: 'MAX',
				description: '묶음배송 그룹에서 가장 큰 배송비로 부과',
			},
			{
				name: 'Smallest Fee in the Group',
				value: 'MIN',
				description: '묶음배송 그룹에서 가장 작은 배송비로 부과',
			},
		],
		// The page names no default: MIN, the first code it lists, is preselected.
		default: 'MIN',
		description:
			'Which delivery fee a bundled order is charged: the smallest or the largest of its products (배송비 계산 방식)',
	},
	{
		name: 'deliveryAreaType',
		at: 'deliveryFeeByArea.deliveryAreaType',
		displayName: 'Extra Fee by Area',
		kind: 'options',
		in: 'body',
		options: [
			{
				name: 'None',
				value: '',
				description: 'No extra fee by area is sent (deliveryFeeByArea left out)',
			},
			{
				name: 'Two Areas',
				value: 'AREA_2',
				description: 'Mainland, and Jeju with the remote islands (내륙/제주 및 도서산간)',
			},
			{
				name: 'Three Areas',
				value: 'AREA_3',
				description: 'Mainland, Jeju, and the other remote islands (내륙/제주/제주 외 도서산간)',
			},
		],
		default: '',
		description:
			"The areas that pay an extra delivery fee (지역별 추가 배송비 권역); products that bundle take the group's setting, except arrival-guarantee delivery",
	},
	{
		name: 'area2extraFee',
		at: 'deliveryFeeByArea.area2extraFee',
		displayName: 'Jeju (and Remote Islands) Extra Fee',
		kind: 'number',
		in: 'body',
		// The page gives the maximum only; below 0 won is no fee (the docs are silent on it).
		min: 0,
		max: MAX_AREA_EXTRA_FEE,
		showWhen: { deliveryAreaType: ['AREA_2', 'AREA_3'] },
		description:
			'In won, at most 200,000: with two areas the extra fee for Jeju and the remote islands, with three the extra fee for Jeju (2권역 추가 배송비)',
	},
	{
		// "deliveryAreaType이 3권역인 경우 필수."
		name: 'area3extraFee',
		at: 'deliveryFeeByArea.area3extraFee',
		displayName: 'Other Remote Islands Extra Fee',
		kind: 'number',
		in: 'body',
		required: true,
		min: 0,
		max: MAX_AREA_EXTRA_FEE,
		showWhen: { deliveryAreaType: ['AREA_3'] },
		description:
			'In won, at most 200,000: the extra fee for the remote islands other than Jeju (3권역 추가 배송비); Naver requires it with three areas',
	},
];

/**
 * A hope-date delivery group as Create sends it and Update sends it again (in hopeDeliveryGroup).
 * The regions (hopeDeliveryGroupDays) are a JSON array, checked in hopeDeliveryGroupChecks.ts.
 */
const HOPE_GROUP_FIELDS: EndpointField[] = [
	{
		name: 'name',
		displayName: 'Name',
		kind: 'text',
		in: 'body',
		required: true,
		description: "The group's name (희망일배송 그룹명)",
	},
	{
		name: 'usable',
		displayName: 'Usable',
		kind: 'boolean',
		in: 'body',
		required: true,
		default: true,
		description: 'Whether the group is in use (사용 여부)',
	},
	{
		name: 'baseGroup',
		displayName: 'Base Group',
		kind: 'boolean',
		in: 'body',
		required: true,
		description: "Whether this is the store's base hope-date delivery group (기본 희망일배송 그룹)",
	},
	{
		name: 'hopeDeliveryGroupDays',
		displayName: 'Regions',
		kind: 'json',
		in: 'body',
		required: true,
		description:
			'The regions buyers pick a delivery date for (배송 희망일자 목록), a JSON array: each with regionName and usable, and optionally hopeStartDay, hopeEndDay and expectationDeliveryFee (in won, at most 100,000); Get returns each region with its ID',
		hint: '[{"regionName": "서울", "usable": true, "hopeStartDay": 1, "hopeEndDay": 30, "expectationDeliveryFee": 0}]',
	},
	{
		// Optional whole numbers: left empty, they are not sent (a 0 would be a time).
		name: 'hopeGroupStartTime',
		displayName: 'Delivery Time From',
		kind: 'number',
		in: 'body',
		default: '',
		description:
			'The start of the delivery time buyers may ask for (배송 희망시간 시작 시각), a whole number such as 9; the page gives no unit or range. Empty: not sent.',
	},
	{
		name: 'hopeGroupEndTime',
		displayName: 'Delivery Time Until',
		kind: 'number',
		in: 'body',
		default: '',
		description:
			'The end of the delivery time buyers may ask for (배송 희망시간 종료 시각), a whole number such as 18. Empty: not sent.',
	},
	{
		name: 'regularHolidays',
		displayName: 'Days Off',
		kind: 'textList',
		in: 'body',
		entries: 'text',
		// regularHolidays: "SUNDAY(일요일), MONDAY(월요일), …, SATURDAY(토요일)".
		pattern: {
			regex: WEEK_DAYS.join('|'),
			says: `one of Naver's day names (${WEEK_DAYS.join(', ')})`,
		},
		example: 'SATURDAY, SUNDAY',
		description:
			'The weekly days off (정기휴무 요일), separated by commas: SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY',
	},
	{
		name: 'ladderTruckUseComment',
		displayName: 'Ladder Truck Note',
		kind: 'text',
		in: 'body',
		description: 'What buyers read about using a ladder truck (사다리차 이용 시 입력 사항)',
	},
	{
		name: 'productRemovalType',
		displayName: 'Old Product Removal',
		kind: 'options',
		in: 'body',
		options: [
			{ name: 'Not Sent', value: '' },
			{
				name: 'Brought Down to the First Floor',
				value: 'DOWN_FIRST_FLOOR',
				description: '1층까지 내림',
			},
			{ name: 'Collected by the Seller', value: 'COLLECT_SELLER', description: '수거' },
		],
		default: '',
		description: "What becomes of the buyer's old product (기존 상품 철거/수거 타입)",
	},
];

/** The Delivery Group operations, in the order of their names. */
export const ROWS: EndpointRow[] = [
	{
		value: 'createBundleGroup',
		name: 'Create Bundle Group',
		description:
			'Writes: creates a bundle delivery group (묶음배송 그룹), whose products ship together and are charged one delivery fee by its method. Returns its groupId.',
		action: 'Create a bundle delivery group',
		method: 'POST',
		path: BUNDLE_GROUPS_PATH,
		fields: BUNDLE_GROUP_FIELDS,
		writes: true,
		bodyWrapper: 'deliveryBundleGroup',
	},
	{
		value: 'createHopeDeliveryGroup',
		name: 'Create Hope Delivery Group',
		// "희망일배송 설정은 일부 판매자에 한하여 지정 조건에서만 설정이 가능합니다."
		description:
			'Writes: creates a hope-date delivery group (희망일배송 그룹): the regions where buyers pick a delivery date, with their days and expected fees. Returns its groupId. Only some sellers may set hope-date delivery.',
		action: 'Create a hope delivery group',
		method: 'POST',
		path: HOPE_GROUPS_PATH,
		fields: HOPE_GROUP_FIELDS,
		writes: true,
		bodyWrapper: 'hopeDeliveryGroup',
		check: checkRegions,
	},
	{
		value: 'getBundleGroup',
		name: 'Get Bundle Group',
		description:
			'Read-only: gets one bundle delivery group: its name, use, base group, fee method and extra fees by area',
		action: 'Get a bundle delivery group',
		method: 'GET',
		path: `${BUNDLE_GROUPS_PATH}/{deliveryBundleGroupId}`,
		fields: [deliveryBundleGroupId],
		writes: false,
		output: { kind: 'entries', field: 'deliveryBundleGroup' },
	},
	{
		value: 'getHopeDeliveryGroup',
		name: 'Get Hope Delivery Group',
		description:
			'Read-only: gets one hope-date delivery group with its regions, days, delivery time and days off',
		action: 'Get a hope delivery group',
		method: 'GET',
		path: `${HOPE_GROUPS_PATH}/{hopeDeliveryGroupId}`,
		fields: [hopeDeliveryGroupId],
		writes: false,
		output: { kind: 'entries', field: 'hopeDeliveryGroup' },
	},
	{
		value: 'getManyHopeDeliveryGroups',
		name: 'Get Many Hope Delivery Groups',
		description:
			"Read-only: lists the store's hope-date delivery groups, one item per group with its regions, optionally by name, base group or use",
		action: 'Get many hope delivery groups',
		method: 'GET',
		path: HOPE_GROUPS_PATH,
		fields: [
			{
				name: 'name',
				displayName: 'Name Starts With',
				kind: 'text',
				in: 'query',
				description: "Only groups whose name starts with this (Naver's LIKE 'name%'); empty: all",
			},
			{
				name: 'baseGroup',
				displayName: 'Base Group',
				kind: 'options',
				in: 'query',
				options: [
					{ name: 'All Groups', value: '' },
					{ name: 'Base Group Only', value: true },
					{ name: 'Other Groups Only', value: false },
				],
				default: '',
				description: 'Whether to list the base group, the others, or all',
			},
			{
				name: 'usable',
				displayName: 'Usable',
				kind: 'options',
				in: 'query',
				options: [
					{ name: 'All Groups', value: '' },
					{ name: 'In Use', value: true },
					{ name: 'Not in Use', value: false },
				],
				default: '',
				description: 'Whether to list the groups in use, the others, or all',
			},
		],
		writes: false,
		paging: { kind: 'springPage', listField: 'contents', maxSize: HOPE_GROUP_PAGE_SIZE },
		output: { kind: 'entries' },
	},
	{
		value: 'updateBundleGroup',
		name: 'Update Bundle Group',
		description:
			'Writes: changes a bundle delivery group to the values given; the group is sent whole, as Create sends it, so give what it should keep too. Products in it take the new fees.',
		action: 'Update a bundle delivery group',
		method: 'PUT',
		path: `${BUNDLE_GROUPS_PATH}/{deliveryBundleGroupId}`,
		fields: [deliveryBundleGroupId, ...BUNDLE_GROUP_FIELDS],
		writes: true,
		bodyWrapper: 'deliveryBundleGroup',
	},
	{
		value: 'updateHopeDeliveryGroup',
		name: 'Update Hope Delivery Group',
		description:
			'Writes: changes a hope-date delivery group to the values given; the group is sent whole, as Create sends it, so give what it should keep too. Only some sellers may set hope-date delivery.',
		action: 'Update a hope delivery group',
		method: 'PUT',
		path: `${HOPE_GROUPS_PATH}/{hopeDeliveryGroupId}`,
		fields: [hopeDeliveryGroupId, ...HOPE_GROUP_FIELDS],
		writes: true,
		bodyWrapper: 'hopeDeliveryGroup',
		check: checkRegions,
	},
];

export const { operations, description } = rowsResource('deliveryGroup', ROWS, 'getBundleGroup');

/**
 * The store's hope-date delivery groups, in Naver's order, used or not: what Get and Update pick
 * from. Text matches names and IDs on each page (Naver's own filter matches name prefixes only).
 */
export const listSearch: Record<string, ListSearchMethod> = {
	searchHopeDeliveryGroups: listSearchOf({
		path: HOPE_GROUPS_PATH,
		pages: { listField: 'contents', size: HOPE_GROUP_PAGE_SIZE },
		valueField: 'id',
		name: (group) =>
			`${String(group.name ?? 'Group')}${group.baseGroup === true ? ' · 기본 그룹' : ''}${group.usable === false ? ' · 사용 안 함' : ''} (${group.id})`,
		texts: (group) => [group.name, group.id],
	}),
};
