/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Delivery Group's rows through n8n-core against the emulator: bundle groups (묶음배송 그룹) and
 * hope-date delivery groups (희망일배송 그룹) created, read, listed and changed, each request as the
 * emulator received it (and checked against Naver's contract: no finding), the output items paired
 * with their input items, what the node refuses before any request, and the From List lookups.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { IDataObject, INodeProperties } from 'n8n-workflow';

import {
	description,
	ROWS,
} from '../../nodes/NaverCommerce/actions/deliveryGroup/DeliveryGroup.resource';
import { catalogueStateOf } from '../emulator/routes/catalogueData';
import { deliveryGroupStateOf } from '../emulator/routes/deliveryGroups';
import {
	contractFindings,
	DEFAULT_APP,
	type NaverCommerceEmulator,
	startEmulator,
} from '../emulator/server';
import { credentialsFor, runListSearch, runNaverCommerceNode } from '../helpers/n8nHarness';
import { recordRequests, type ReceivedRequest } from '../helpers/receivedRequests';

const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

describe('Delivery Group through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	let received: ReceivedRequest[] = [];
	const findingsBefore = contractFindings.length;
	const run = (
		operation: string,
		parameters: IDataObject = {},
		options: { continueOnFail?: boolean; inputItems?: IDataObject[] } = {},
	) =>
		runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			parameters: { resource: 'deliveryGroup', operation, ...parameters },
			...options,
		});
	const search = (method: string, filter?: string, paginationToken?: string) =>
		runListSearch({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			method,
			filter,
			paginationToken,
		});
	const requestsTo = (route: string) => received.filter((request) => request.route === route);
	const jsonOf = (result: Awaited<ReturnType<typeof run>>) => {
		assert.equal(result.error, undefined, result.error?.message);
		return result.items!.map((item) => item.json);
	};
	const bundleGroup = (id: number) =>
		catalogueStateOf(emulator.store).bundleGroups.find((group) => group.id === id);
	const hopeGroups = () => deliveryGroupStateOf(emulator.store).hopeDeliveryGroups;

	before(async () => {
		emulator = await startEmulator({ productOrders: 10 });
		// Every request a route handles, as it arrived (after the contract check).
		received = recordRequests(emulator);
	});
	after(async () => {
		await emulator.stop();
	});
	beforeEach(() => {
		received.length = 0;
		catalogueStateOf(emulator.store).reset();
		deliveryGroupStateOf(emulator.store).reset();
	});

	test('Create Bundle Group sends the group in deliveryBundleGroup, with its fees by area; Get reads it back', async () => {
		const created = jsonOf(
			await run('createBundleGroup', {
				name: '겨울 의류 묶음배송',
				usable: true,
				baseGroup: false,
				deliveryFeeChargeMethodType: 'MAX',
				deliveryAreaType: 'AREA_3',
				area2extraFee: 3000,
				area3extraFee: 5000,
			}),
		);
		assert.deepEqual(requestsTo('deliveryGroups.bundleCreate')[0].body, {
			deliveryBundleGroup: {
				name: '겨울 의류 묶음배송',
				usable: true,
				baseGroup: false,
				deliveryFeeChargeMethodType: 'MAX',
				deliveryFeeByArea: { deliveryAreaType: 'AREA_3', area2extraFee: 3000, area3extraFee: 5000 },
			},
		});
		const groupId = created[0].groupId as number;
		assert.deepEqual(created, [{ groupId }]);
		assert.equal(bundleGroup(groupId)?.name, '겨울 의류 묶음배송');

		// Two input items, two reads, each output item paired with its input item.
		const read = await run(
			'getBundleGroup',
			{ deliveryBundleGroupId: byId(groupId) },
			{ inputItems: [{}, {}] },
		);
		assert.deepEqual(
			read.items?.map((item) => [item.json, item.pairedItem]),
			[
				[bundleGroup(groupId), { item: 0 }],
				[bundleGroup(groupId), { item: 1 }],
			],
		);
		assert.deepEqual(
			requestsTo('deliveryGroups.bundle').map((request) => request.path),
			[1, 2].map(() => `/v1/product-delivery-info/bundle-groups/${groupId}`),
		);
	});

	test('Create Bundle Group without fees by area leaves deliveryFeeByArea out, whatever the hidden fee fields hold', async () => {
		jsonOf(
			await run('createBundleGroup', {
				name: '도서 묶음배송 2',
				usable: false,
				baseGroup: false,
				deliveryFeeChargeMethodType: 'MIN',
				deliveryAreaType: '',
				area2extraFee: 3000,
				area3extraFee: 5000,
			}),
		);
		// Two areas: the third area's fee is not shown, so not sent.
		jsonOf(
			await run('createBundleGroup', {
				name: '의류 2권역',
				baseGroup: false,
				deliveryFeeChargeMethodType: 'MIN',
				deliveryAreaType: 'AREA_2',
				area2extraFee: 4000,
				area3extraFee: 5000,
			}),
		);
		assert.deepEqual(
			requestsTo('deliveryGroups.bundleCreate').map((request) => request.body),
			[
				{
					deliveryBundleGroup: {
						name: '도서 묶음배송 2',
						usable: false,
						baseGroup: false,
						deliveryFeeChargeMethodType: 'MIN',
					},
				},
				{
					deliveryBundleGroup: {
						name: '의류 2권역',
						// Left as the editor shows it: in use.
						usable: true,
						baseGroup: false,
						deliveryFeeChargeMethodType: 'MIN',
						deliveryFeeByArea: { deliveryAreaType: 'AREA_2', area2extraFee: 4000 },
					},
				},
			],
		);
	});

	test('Update Bundle Group sends the whole group to its path; the change is read back', async () => {
		const updated = jsonOf(
			await run('updateBundleGroup', {
				deliveryBundleGroupId: byId(800_005),
				name: '의류 묶음배송 (3권역)',
				usable: true,
				baseGroup: false,
				deliveryFeeChargeMethodType: 'MAX',
				deliveryAreaType: 'AREA_3',
				area2extraFee: 3500,
				area3extraFee: 6000,
			}),
		);
		assert.deepEqual(updated, [{ groupId: 800_005 }]);
		const [request] = requestsTo('deliveryGroups.bundleUpdate');
		assert.equal(request.method, 'PUT');
		assert.equal(request.path, '/v1/product-delivery-info/bundle-groups/800005');
		assert.deepEqual(request.body, {
			deliveryBundleGroup: {
				name: '의류 묶음배송 (3권역)',
				usable: true,
				baseGroup: false,
				deliveryFeeChargeMethodType: 'MAX',
				deliveryFeeByArea: { deliveryAreaType: 'AREA_3', area2extraFee: 3500, area3extraFee: 6000 },
			},
		});
		assert.deepEqual(
			jsonOf(await run('getBundleGroup', { deliveryBundleGroupId: byId(800_005) })),
			[
				{
					id: 800_005,
					name: '의류 묶음배송 (3권역)',
					usable: true,
					baseGroup: false,
					deliveryFeeChargeMethodType: 'MAX',
					deliveryFeeByArea: {
						deliveryAreaType: 'AREA_3',
						area2extraFee: 3500,
						area3extraFee: 6000,
					},
				},
			],
		);
	});

	test('Bundle groups: what Naver requires or caps is refused before any request', async () => {
		const valid = {
			name: '캠핑 2',
			baseGroup: false,
			deliveryFeeChargeMethodType: 'MIN',
			deliveryAreaType: 'AREA_3',
			area2extraFee: 3000,
			area3extraFee: 5000,
		};
		const noName = await run('createBundleGroup', { ...valid, name: '={{ $json.missing }}' });
		assert.match(String(noName.error?.message), /^Name is empty/);
		// "deliveryAreaType이 3권역인 경우 필수": an expression that gives nothing is refused.
		const noThirdFee = await run('createBundleGroup', {
			...valid,
			area3extraFee: '={{ $json.missing }}',
		});
		assert.match(String(noThirdFee.error?.message), /^Other Remote Islands Extra Fee is empty/);
		const tooMuch = await run('createBundleGroup', { ...valid, area2extraFee: 200_001 });
		assert.match(
			String(tooMuch.error?.message),
			/Jeju \(and Remote Islands\) Extra Fee must be a whole number from 0 to 200000/,
		);
		const badId = await run('updateBundleGroup', {
			...valid,
			// Mapped from an earlier node: n8n checks the typed ID, the node checks what maps in.
			deliveryBundleGroupId: byId('={{ "800005/../1" }}'),
		});
		assert.match(String(badId.error?.message), /^Bundle Group ID must be a number/);
		assert.equal(received.length, 0);
		// 200,000 itself is allowed.
		jsonOf(
			await run('createBundleGroup', { ...valid, area2extraFee: 200_000, area3extraFee: 200_000 }),
		);
	});

	test('Get Many Hope Delivery Groups: filters in the query, pages of 100 up to the limit, or all', async () => {
		const groups = hopeGroups().items;
		const all = jsonOf(await run('getManyHopeDeliveryGroups', { returnAll: true }));
		assert.deepEqual(all, groups);
		assert.deepEqual(requestsTo('deliveryGroups.hopeList')[0].query, { page: '1', size: '100' });

		received.length = 0;
		const some = jsonOf(
			await run('getManyHopeDeliveryGroups', { returnAll: false, limit: 2, usable: true }),
		);
		assert.deepEqual(
			some.map((group) => group.id),
			groups
				.filter((group) => group.usable)
				.slice(0, 2)
				.map((group) => group.id),
		);
		assert.deepEqual(requestsTo('deliveryGroups.hopeList')[0].query, {
			usable: 'true',
			page: '1',
			size: '2',
		});

		received.length = 0;
		const named = jsonOf(
			await run('getManyHopeDeliveryGroups', {
				returnAll: true,
				name: '가구',
				baseGroup: false,
				usable: '',
			}),
		);
		assert.deepEqual(
			named.map((group) => group.name),
			['가구 설치배송'],
		);
		assert.deepEqual(requestsTo('deliveryGroups.hopeList')[0].query, {
			name: '가구',
			baseGroup: 'false',
			page: '1',
			size: '100',
		});
	});

	const regions = [
		{
			regionName: '서울',
			usable: true,
			hopeStartDay: 2,
			hopeEndDay: 14,
			expectationDeliveryFee: 0,
		},
		{
			regionName: '경기',
			usable: true,
			hopeStartDay: 3,
			hopeEndDay: 14,
			expectationDeliveryFee: 100_000,
		},
	];

	test('Create Hope Delivery Group sends hopeDeliveryGroup with its regions; Get and Update read and change it', async () => {
		const created = jsonOf(
			await run('createHopeDeliveryGroup', {
				name: '침대 설치배송',
				usable: true,
				baseGroup: false,
				hopeDeliveryGroupDays: JSON.stringify(regions),
				hopeGroupStartTime: 9,
				hopeGroupEndTime: 18,
				regularHolidays: 'SATURDAY, SUNDAY',
				ladderTruckUseComment: '사다리차 비용은 고객 부담입니다.',
				productRemovalType: 'COLLECT_SELLER',
			}),
		);
		assert.deepEqual(requestsTo('deliveryGroups.hopeCreate')[0].body, {
			hopeDeliveryGroup: {
				name: '침대 설치배송',
				usable: true,
				baseGroup: false,
				hopeDeliveryGroupDays: regions,
				hopeGroupStartTime: 9,
				hopeGroupEndTime: 18,
				regularHolidays: ['SATURDAY', 'SUNDAY'],
				ladderTruckUseComment: '사다리차 비용은 고객 부담입니다.',
				productRemovalType: 'COLLECT_SELLER',
			},
		});
		const groupId = created[0].groupId as number;
		assert.deepEqual(created, [{ groupId }]);

		const read = jsonOf(await run('getHopeDeliveryGroup', { hopeDeliveryGroupId: byId(groupId) }));
		assert.deepEqual(read, [hopeGroups().find(groupId)]);
		assert.deepEqual(
			(read[0].hopeDeliveryGroupDays as IDataObject[]).map((day) => day.regionName),
			['서울', '경기'],
		);

		// Regions mapped from an earlier node arrive parsed; empty optional fields are not sent.
		const mapped = [{ ...(read[0].hopeDeliveryGroupDays as IDataObject[])[0], usable: false }];
		const updated = jsonOf(
			await run(
				'updateHopeDeliveryGroup',
				{
					hopeDeliveryGroupId: byId(groupId),
					name: '침대 설치배송 (서울)',
					usable: true,
					baseGroup: false,
					hopeDeliveryGroupDays: '={{ $json.regions }}',
				},
				{ inputItems: [{ regions: mapped }] },
			),
		);
		assert.deepEqual(updated, [{ groupId }]);
		const [request] = requestsTo('deliveryGroups.hopeUpdate');
		assert.equal(request.path, `/v1/product-delivery-info/hope-delivery-groups/${groupId}`);
		assert.deepEqual(request.body, {
			hopeDeliveryGroup: {
				name: '침대 설치배송 (서울)',
				usable: true,
				baseGroup: false,
				hopeDeliveryGroupDays: mapped,
			},
		});
		const changed = hopeGroups().find(groupId)!;
		assert.equal(changed.name, '침대 설치배송 (서울)');
		assert.deepEqual(changed.hopeDeliveryGroupDays, mapped);
	});

	test('Hope delivery groups: regions and days off Naver does not take are refused before any request', async () => {
		const valid = {
			name: '가전',
			usable: true,
			baseGroup: false,
			hopeDeliveryGroupDays: JSON.stringify(regions),
		};
		const refusal = async (parameters: IDataObject, operation = 'createHopeDeliveryGroup') => {
			const result = await run(operation, {
				...valid,
				...(operation === 'updateHopeDeliveryGroup' ? { hopeDeliveryGroupId: byId(900_002) } : {}),
				...parameters,
			});
			assert.ok(result.error, `refused: ${JSON.stringify(parameters)}`);
			return String(result.error.message);
		};
		assert.match(await refusal({ hopeDeliveryGroupDays: '' }), /^Regions is empty/);
		assert.match(await refusal({ hopeDeliveryGroupDays: '[' }), /^Regions is not valid JSON/);
		assert.match(
			await refusal({ hopeDeliveryGroupDays: '{"regionName": "서울", "usable": true}' }),
			/^Regions: it must be a JSON array/,
		);
		assert.match(
			await refusal({ hopeDeliveryGroupDays: '[]' }),
			/^Regions: it must hold at least one region/,
		);
		assert.match(
			await refusal({ hopeDeliveryGroupDays: '[{"usable": true}]' }),
			/^Regions: region 1 needs regionName/,
		);
		assert.match(
			await refusal({ hopeDeliveryGroupDays: '[{"regionName": "서울", "usable": "Y"}]' }),
			/^Regions: region 1 needs usable, true or false/,
		);
		assert.match(
			await refusal(
				{
					hopeDeliveryGroupDays: JSON.stringify([
						regions[0],
						{ ...regions[1], expectationDeliveryFee: 100_001 },
					]),
				},
				'updateHopeDeliveryGroup',
			),
			/^Regions: region 2: expectationDeliveryFee must be from 0 to 100000 won, not 100001/,
		);
		assert.match(
			await refusal({
				hopeDeliveryGroupDays: '[{"regionName": "서울", "usable": true, "fee": 1}]',
			}),
			/^Regions: region 1 has fee, which Naver does not know/,
		);
		assert.match(
			await refusal({
				hopeDeliveryGroupDays: '[{"regionName": "서울", "usable": true, "hopeEndDay": 1.5}]',
			}),
			/^Regions: region 1: hopeEndDay must be a whole number/,
		);
		assert.match(
			await refusal({ regularHolidays: 'SUNDAY, Saturday' }),
			/^Each of Days Off must be one of Naver's day names \(SUNDAY, .*\), not "Saturday"/,
		);
		assert.match(await refusal({ name: ' ' }), /^Name is empty/);
		assert.match(
			await refusal({ hopeGroupStartTime: 9.5 }),
			/^Delivery Time From must be a whole number/,
		);
		assert.match(
			await refusal({ hopeDeliveryGroupId: byId('={{ "x" }}') }, 'updateHopeDeliveryGroup'),
			/^Hope Delivery Group ID must be a number/,
		);
		assert.equal(received.length, 0);
	});

	test('Get Hope Delivery Group: a group that does not exist is a 404 error item, paired', async () => {
		const gone = await run(
			'getHopeDeliveryGroup',
			{ hopeDeliveryGroupId: byId(123) },
			{ continueOnFail: true, inputItems: [{}] },
		);
		assert.equal(gone.error, undefined);
		assert.equal(gone.items?.length, 1);
		assert.equal(gone.items![0].json.httpStatus, 404);
		assert.deepEqual(gone.items![0].pairedItem, { item: 0 });
	});

	test('Hope Delivery Group ID "From List": every group, marked base or unused, narrowed by the filter', async () => {
		const groups = hopeGroups().items;
		const all = await search('searchHopeDeliveryGroups');
		assert.deepEqual(
			all.results.map((result) => result.value),
			groups.map((group) => String(group.id)),
		);
		assert.equal(all.results[0].name, '기본 희망일배송 그룹 · 기본 그룹 (900001)');
		assert.equal(all.results[3].name, '2025 설 선물 희망일배송 · 사용 안 함 (900004)');
		assert.equal(all.paginationToken, undefined);
		assert.deepEqual(requestsTo('deliveryGroups.hopeList')[0].query, { page: '1', size: '100' });
		const furniture = await search('searchHopeDeliveryGroups', '가구');
		assert.deepEqual(
			furniture.results.map((result) => result.value),
			['900002'],
		);
		const byNumber = await search('searchHopeDeliveryGroups', '900003');
		assert.deepEqual(
			byNumber.results.map((result) => result.value),
			['900003'],
		);
	});

	test('Bundle Group ID "From List" is the groups in use, from Catalogue Data\'s list', async () => {
		const locators = description.filter(
			(property: INodeProperties) => property.name === 'deliveryBundleGroupId',
		);
		assert.equal(locators.length, 2, 'Get and Update');
		for (const locator of locators) {
			assert.equal(locator.type, 'resourceLocator');
			assert.equal(locator.modes?.[0].typeOptions?.searchListMethod, 'searchDeliveryBundleGroups');
		}
		const found = await search('searchDeliveryBundleGroups', '의류');
		assert.deepEqual(
			found.results.map((result) => result.value),
			['800005'],
		);
		// Picked from the list, the value reads the group.
		const read = jsonOf(
			await run('getBundleGroup', {
				deliveryBundleGroupId: { __rl: true, mode: 'list', value: found.results[0].value },
			}),
		);
		assert.equal(read[0].name, '의류 묶음배송');
	});

	test('every row is one of the seven delivery group endpoints', () => {
		assert.deepEqual(ROWS.map((row) => `${row.method} ${row.path}`).sort(), [
			'GET /v1/product-delivery-info/bundle-groups/{deliveryBundleGroupId}',
			'GET /v1/product-delivery-info/hope-delivery-groups',
			'GET /v1/product-delivery-info/hope-delivery-groups/{hopeDeliveryGroupId}',
			'POST /v1/product-delivery-info/bundle-groups',
			'POST /v1/product-delivery-info/hope-delivery-groups',
			'PUT /v1/product-delivery-info/bundle-groups/{deliveryBundleGroupId}',
			'PUT /v1/product-delivery-info/hope-delivery-groups/{hopeDeliveryGroupId}',
		]);
	});

	test('no request or answer broke the contract', () => {
		assert.deepEqual(contractFindings.slice(findingsBefore), []);
	});
});
