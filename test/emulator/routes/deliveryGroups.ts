/**
 * The seller's delivery groups, as Naver's reference pages describe them:
 *
 * - bundle groups (묶음배송 그룹): create, read one, change. They are the groups the list of
 *   routes/catalogueData.ts serves (`catalogueStateOf(store).bundleGroups`), so a group created here
 *   is in that list. An `id` sent on create is ignored ("등록 요청인 경우에는 입력값이 무시됩니다");
 *   a base group is always usable ("기본 그룹인 경우 자동으로 true로 설정됩니다"); extra fees by
 *   area are at most 200,000 won;
 * - hope-delivery groups (희망일배송 그룹): list (name prefix, base group, use; pages of at most
 *   100, 50 by default), read one, create, change; the regions (hopeDeliveryGroupDays) are numbered
 *   by Naver, and an expected delivery fee is at most 100,000 won. The seeded base group has the
 *   regions and fees of HOPE_DELIVERY_GROUP (store.ts), which Change Hope Delivery checks against.
 *
 * The pages do not say what becomes of the current base group when another is made the base
 * group: the emulator changes no other group. Errors are the product group's
 * `{code, message, invalidInputs, timestamp}`.
 */
import type { DeliveryBundleGroup } from '../catalogueData';
import type { RouteModule } from '../server';
import { HOPE_DELIVERY_GROUP, type Store } from '../store';
import { catalogueStateOf } from './catalogueData';
import {
	ApiError,
	badRequest,
	Collection,
	isObject,
	notFound,
	omit,
	pageQuery,
	queryBoolean,
	queryText,
	routeTable,
	springPage,
	type InvalidInput,
	type Json,
	type RouteCall,
} from './collections';

const MAX_AREA_FEE = 200_000;
const MAX_EXPECTATION_FEE = 100_000;
/** GET hope-delivery-groups: "페이지당 100건까지 조회할 수 있습니다", 50 by default. */
export const HOPE_GROUP_MAX_SIZE = 100;
export const HOPE_GROUP_DEFAULT_SIZE = 50;

type WeekDay = 'SUNDAY' | 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY';

export interface HopeDeliveryGroupDay extends Json {
	id: number;
	regionName: string;
	usable: boolean;
	hopeStartDay?: number;
	hopeEndDay?: number;
	expectationDeliveryFee?: number;
}

export interface HopeDeliveryGroup extends Json {
	id: number;
	name: string;
	usable: boolean;
	baseGroup: boolean;
	hopeGroupStartTime?: number;
	hopeGroupEndTime?: number;
	regularHolidays?: WeekDay[];
	ladderTruckUseComment?: string;
	productRemovalType?: 'DOWN_FIRST_FLOOR' | 'COLLECT_SELLER';
	hopeDeliveryGroupDays: HopeDeliveryGroupDay[];
}

/**
 * The seller's hope-delivery groups: the base group (regions and fees of HOPE_DELIVERY_GROUP,
 * buyers choosing from the next day up to 30 days after payment), furniture and appliances
 * delivered and set up on a chosen day, and a group no longer used.
 */
function seedHopeDeliveryGroups(): HopeDeliveryGroup[] {
	let dayId = 9_100_000;
	const days = (
		regions: ReadonlyArray<{ regionName: string; expectationDeliveryFee: number }>,
		from: number,
		to: number,
	): HopeDeliveryGroupDay[] =>
		regions.map((region, index) => ({
			id: ++dayId,
			regionName: region.regionName,
			usable: true,
			hopeStartDay: from + index,
			hopeEndDay: to,
			expectationDeliveryFee: region.expectationDeliveryFee,
		}));
	return [
		{
			id: 900_001,
			name: '기본 희망일배송 그룹',
			usable: true,
			baseGroup: true,
			hopeGroupStartTime: 9,
			hopeGroupEndTime: 18,
			regularHolidays: ['SUNDAY'],
			hopeDeliveryGroupDays: days(HOPE_DELIVERY_GROUP.regions, 1, HOPE_DELIVERY_GROUP.hopeEndDay),
		},
		{
			id: 900_002,
			name: '가구 설치배송',
			usable: true,
			baseGroup: false,
			hopeGroupStartTime: 10,
			hopeGroupEndTime: 17,
			regularHolidays: ['SATURDAY', 'SUNDAY'],
			ladderTruckUseComment:
				'5층 이상 또는 엘리베이터가 없는 경우 사다리차 비용은 고객 부담입니다.',
			productRemovalType: 'COLLECT_SELLER',
			hopeDeliveryGroupDays: days(
				[
					{ regionName: '서울', expectationDeliveryFee: 0 },
					{ regionName: '경기/인천', expectationDeliveryFee: 20000 },
					{ regionName: '강원/충청', expectationDeliveryFee: 40000 },
				],
				3,
				21,
			),
		},
		{
			id: 900_003,
			name: '대형가전 희망일배송',
			usable: true,
			baseGroup: false,
			hopeGroupStartTime: 9,
			hopeGroupEndTime: 20,
			regularHolidays: ['SUNDAY'],
			ladderTruckUseComment: '사다리차가 필요한 경우 배송 메모에 남겨 주세요.',
			productRemovalType: 'DOWN_FIRST_FLOOR',
			hopeDeliveryGroupDays: days(
				[
					{ regionName: '수도권', expectationDeliveryFee: 0 },
					{ regionName: '충청권', expectationDeliveryFee: 30000 },
					{ regionName: '영남권', expectationDeliveryFee: 50000 },
					{ regionName: '호남권', expectationDeliveryFee: 50000 },
				],
				2,
				14,
			),
		},
		{
			id: 900_004,
			name: '2025 설 선물 희망일배송',
			usable: false,
			baseGroup: false,
			hopeGroupStartTime: 9,
			hopeGroupEndTime: 18,
			regularHolidays: [],
			hopeDeliveryGroupDays: days([{ regionName: '전국', expectationDeliveryFee: 0 }], 1, 10),
		},
	];
}

export interface DeliveryGroupState {
	hopeDeliveryGroups: Collection<HopeDeliveryGroup>;
	reset(): void;
}

const STATES = new WeakMap<Store, DeliveryGroupState>();

export function deliveryGroupStateOf(store: Store): DeliveryGroupState {
	const state = STATES.get(store);
	if (!state) throw new Error('This store has no delivery group routes');
	return state;
}

/** Collects what is wrong with a body, to name every input in one 400. */
class Problems {
	readonly inputs: InvalidInput[] = [];

	add(name: string, type: string, message: string): void {
		this.inputs.push({ name, type, message });
	}

	max(value: unknown, name: string, max: number): void {
		if (typeof value === 'number' && value > max) {
			this.add(name, 'Max', `${name}은(는) ${max} 이하여야 합니다.`);
		}
		if (typeof value === 'number' && value < 0) {
			this.add(name, 'Min', `${name}은(는) 0 이상이어야 합니다.`);
		}
	}

	throwIfAny(): void {
		if (this.inputs.length > 0) {
			throw new ApiError(400, 'BAD_REQUEST', '잘못된 요청입니다.', this.inputs);
		}
	}
}

/** A bundle group as the POST and PUT send it, checked and made what Naver saves. */
function bundleGroupOf(body: Json): Omit<DeliveryBundleGroup, 'id'> {
	const sent = body.deliveryBundleGroup;
	if (!isObject(sent))
		throw badRequest('deliveryBundleGroup', 'NotNull', '묶음배송 그룹 정보는 필수입니다.');
	const problems = new Problems();
	const area = isObject(sent.deliveryFeeByArea) ? sent.deliveryFeeByArea : undefined;
	const at = 'deliveryBundleGroup.deliveryFeeByArea';
	problems.max(area?.area2extraFee, `${at}.area2extraFee`, MAX_AREA_FEE);
	problems.max(area?.area3extraFee, `${at}.area3extraFee`, MAX_AREA_FEE);
	problems.throwIfAny();
	const baseGroup = sent.baseGroup === true;
	return {
		name: String(sent.name),
		// "기본 그룹인 경우 자동으로 true로 설정됩니다."
		usable: baseGroup ? true : sent.usable === true,
		baseGroup,
		deliveryFeeChargeMethodType: sent.deliveryFeeChargeMethodType as 'MIN' | 'MAX',
		...(area
			? {
					deliveryFeeByArea: {
						deliveryAreaType: area.deliveryAreaType as 'AREA_2' | 'AREA_3',
						...(area.area2extraFee !== undefined
							? { area2extraFee: area.area2extraFee as number }
							: {}),
						...(area.area3extraFee !== undefined
							? { area3extraFee: area.area3extraFee as number }
							: {}),
					},
				}
			: {}),
	};
}

/**
 * A hope-delivery group as the POST and PUT send it. Regions sent with the ID of one of the
 * group's regions keep it; the others are numbered as new (the page documents the IDs and says
 * nothing of them on a write).
 */
function hopeGroupOf(
	body: Json,
	current: HopeDeliveryGroup | undefined,
	nextDayId: () => number,
): Omit<HopeDeliveryGroup, 'id'> {
	const sent = body.hopeDeliveryGroup;
	if (!isObject(sent))
		throw badRequest('hopeDeliveryGroup', 'NotNull', '희망일배송 그룹 정보는 필수입니다.');
	const problems = new Problems();
	const sentDays = Array.isArray(sent.hopeDeliveryGroupDays) ? sent.hopeDeliveryGroupDays : [];
	if (sentDays.length === 0) {
		problems.add(
			'hopeDeliveryGroup.hopeDeliveryGroupDays',
			'NotEmpty',
			'배송 희망일자 목록은 필수입니다.',
		);
	}
	sentDays.forEach((day, index) => {
		if (isObject(day)) {
			problems.max(
				day.expectationDeliveryFee,
				`hopeDeliveryGroup.hopeDeliveryGroupDays[${index}].expectationDeliveryFee`,
				MAX_EXPECTATION_FEE,
			);
		}
	});
	problems.throwIfAny();
	const known = new Set((current?.hopeDeliveryGroupDays ?? []).map((day) => day.id));
	return {
		...(omit(sent, 'id') as Omit<HopeDeliveryGroup, 'id'>),
		hopeDeliveryGroupDays: sentDays.filter(isObject).map((day) => ({
			...(day as HopeDeliveryGroupDay),
			id: typeof day.id === 'number' && known.has(day.id) ? day.id : nextDayId(),
		})),
	};
}

export const deliveryGroupRoutes: RouteModule = ({ store, now }) => {
	const state: DeliveryGroupState = {
		hopeDeliveryGroups: new Collection(seedHopeDeliveryGroups, 'id', 1, 900_001),
		reset() {
			this.hopeDeliveryGroups.reset();
		},
	};
	STATES.set(store, state);
	// The bundle groups live with the list route's (routes/catalogueData.ts), read when called:
	// that state is made by its own module, and `reset` there replaces the list.
	const bundleGroups = () => catalogueStateOf(store).bundleGroups;
	const findBundleGroup = (id: string) => {
		const group = bundleGroups().find((entry) => String(entry.id) === id);
		if (!group) throw notFound(`묶음배송 그룹(${id})이 존재하지 않습니다.`);
		return group;
	};
	const hopeGroups = () => state.hopeDeliveryGroups;
	const hopeNotFound = (id: string) => () =>
		notFound(`희망일배송 그룹(${id})이 존재하지 않습니다.`);
	/** New region IDs for one request, each above every region ID of every group. */
	const dayIds = () => {
		let last = Math.max(
			9_100_000,
			...hopeGroups().items.flatMap((group) => group.hopeDeliveryGroupDays.map((day) => day.id)),
		);
		return () => ++last;
	};

	return routeTable(
		[
			{
				method: 'POST',
				path: '/v1/product-delivery-info/bundle-groups',
				name: 'deliveryGroups.bundleCreate',
				action: ({ body }: RouteCall) => {
					const group = {
						...bundleGroupOf(body),
						id: Math.max(0, ...bundleGroups().map((g) => g.id)) + 1,
					};
					bundleGroups().push(group);
					return { groupId: group.id };
				},
			},
			{
				method: 'GET',
				path: '/v1/product-delivery-info/bundle-groups/{deliveryBundleGroupId}',
				name: 'deliveryGroups.bundle',
				action: ({ params }: RouteCall) => ({
					deliveryBundleGroup: findBundleGroup(params.deliveryBundleGroupId),
				}),
			},
			{
				method: 'PUT',
				path: '/v1/product-delivery-info/bundle-groups/{deliveryBundleGroupId}',
				name: 'deliveryGroups.bundleUpdate',
				action: ({ params, body }: RouteCall) => {
					const current = findBundleGroup(params.deliveryBundleGroupId);
					const list = bundleGroups();
					list[list.indexOf(current)] = { ...bundleGroupOf(body), id: current.id };
					return { groupId: current.id };
				},
			},
			{
				method: 'GET',
				path: '/v1/product-delivery-info/hope-delivery-groups',
				name: 'deliveryGroups.hopeList',
				action: ({ query }: RouteCall) => {
					const { page, size } = pageQuery(query, {
						defaultSize: HOPE_GROUP_DEFAULT_SIZE,
						maxSize: HOPE_GROUP_MAX_SIZE,
					});
					// "LIKE '희망일배송 그룹 이름%'", in the order the groups were made.
					const name = queryText(query, 'name');
					const baseGroup = queryBoolean(query, 'baseGroup');
					const usable = queryBoolean(query, 'usable');
					const matching = hopeGroups()
						.items.filter(
							(group) =>
								(name === undefined || group.name.startsWith(name)) &&
								(baseGroup === undefined || group.baseGroup === baseGroup) &&
								(usable === undefined || group.usable === usable),
						)
						.sort((a, b) => a.id - b.id);
					return springPage(matching, page, size, [{ name: 'id', direction: 'ASC' }]);
				},
			},
			{
				method: 'GET',
				path: '/v1/product-delivery-info/hope-delivery-groups/{hopeDeliveryGroupId}',
				name: 'deliveryGroups.hope',
				action: ({ params }: RouteCall) => ({
					hopeDeliveryGroup: hopeGroups().get(
						params.hopeDeliveryGroupId,
						hopeNotFound(params.hopeDeliveryGroupId),
					),
				}),
			},
			{
				method: 'POST',
				path: '/v1/product-delivery-info/hope-delivery-groups',
				name: 'deliveryGroups.hopeCreate',
				action: ({ body }: RouteCall) => {
					const group = hopeGroups().create(hopeGroupOf(body, undefined, dayIds()));
					return { groupId: group.id };
				},
			},
			{
				method: 'PUT',
				path: '/v1/product-delivery-info/hope-delivery-groups/{hopeDeliveryGroupId}',
				name: 'deliveryGroups.hopeUpdate',
				action: ({ params, body }: RouteCall) => {
					const missing = hopeNotFound(params.hopeDeliveryGroupId);
					const current = hopeGroups().get(params.hopeDeliveryGroupId, missing);
					const group = hopeGroups().replace(
						current.id,
						hopeGroupOf(body, current, dayIds()),
						missing,
					);
					return { groupId: group.id };
				},
			},
		],
		now,
	);
};
