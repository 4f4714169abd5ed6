/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The seller's delivery groups over HTTP, with plain fetch: a bundle group created here is in the
 * list of GET bundle-groups (one store), read back and changed; hope-delivery groups are listed,
 * created, read and changed, their regions numbered by the emulator. Fees above the pages' maximums
 * are refused. No answer breaks the contract.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { requestTokenDirectly } from './directToken';
import { callEmulator } from './registrationBody';
import { catalogueStateOf } from './routes/catalogueData';
import { deliveryGroupStateOf } from './routes/deliveryGroups';
import { contractFindings, type NaverCommerceEmulator, startEmulator } from './server';
import { HOPE_DELIVERY_GROUP } from './store';

type Json = Record<string, unknown>;

describe('Emulator: delivery groups', () => {
	let emulator: NaverCommerceEmulator;
	let token = '';
	const findingsBefore = contractFindings.length;
	const call = (method: string, path: string, body?: unknown) =>
		callEmulator(emulator.baseUrl, token, method, path, body);

	before(async () => {
		emulator = await startEmulator({ productOrders: 30 });
		token = (await requestTokenDirectly(emulator.baseUrl)).access_token;
	});
	after(async () => await emulator.stop());

	test('a bundle group: created (id ignored), in the list, read, changed; a base group is usable', async () => {
		const created = await call('POST', '/v1/product-delivery-info/bundle-groups', {
			deliveryBundleGroup: {
				id: 1,
				name: '겨울 의류 묶음배송',
				usable: false,
				baseGroup: false,
				deliveryFeeChargeMethodType: 'MAX',
				deliveryFeeByArea: { deliveryAreaType: 'AREA_3', area2extraFee: 3000, area3extraFee: 5000 },
			},
		});
		assert.equal(created.status, 200, JSON.stringify(created.body));
		const groupId = created.body.groupId as number;
		assert.equal(groupId, 800_025);

		const listed = await call('GET', '/v1/product-delivery-info/bundle-groups?name=겨울&size=100');
		assert.deepEqual(
			(listed.body.contents as Json[]).map((group) => group.id),
			[groupId],
		);
		const read = await call('GET', `/v1/product-delivery-info/bundle-groups/${groupId}`);
		assert.deepEqual(read.body, {
			deliveryBundleGroup: {
				name: '겨울 의류 묶음배송',
				usable: false,
				baseGroup: false,
				deliveryFeeChargeMethodType: 'MAX',
				deliveryFeeByArea: { deliveryAreaType: 'AREA_3', area2extraFee: 3000, area3extraFee: 5000 },
				id: groupId,
			},
		});

		const changed = await call('PUT', `/v1/product-delivery-info/bundle-groups/${groupId}`, {
			deliveryBundleGroup: {
				name: '겨울 의류 묶음배송 (기본)',
				usable: false,
				baseGroup: true,
				deliveryFeeChargeMethodType: 'MIN',
			},
		});
		assert.deepEqual(changed.body, { groupId });
		const group = catalogueStateOf(emulator.store).bundleGroups.find(
			(entry) => entry.id === groupId,
		)!;
		// "기본 그룹인 경우 자동으로 true로 설정됩니다."
		assert.equal(group.usable, true);
		assert.equal(group.deliveryFeeByArea, undefined);
		const usable = await call(
			'GET',
			'/v1/product-delivery-info/bundle-groups?usable=true&size=100',
		);
		assert.ok((usable.body.contents as Json[]).some((entry) => entry.id === groupId));
	});

	test('a bundle group: unknown is NOT_FOUND, fees above 200,000 are refused', async () => {
		const missing = await call('GET', '/v1/product-delivery-info/bundle-groups/123');
		assert.equal(missing.status, 404);
		assert.equal(missing.body.code, 'NOT_FOUND');
		assert.equal(
			(
				await call('PUT', '/v1/product-delivery-info/bundle-groups/123', {
					deliveryBundleGroup: {
						name: 'x',
						usable: true,
						baseGroup: false,
						deliveryFeeChargeMethodType: 'MIN',
					},
				})
			).status,
			404,
		);
		const refused = await call('POST', '/v1/product-delivery-info/bundle-groups', {
			deliveryBundleGroup: {
				name: '도서산간',
				usable: true,
				baseGroup: false,
				deliveryFeeChargeMethodType: 'MIN',
				deliveryFeeByArea: { deliveryAreaType: 'AREA_2', area2extraFee: 200_001 },
			},
		});
		assert.equal(refused.status, 400);
		assert.deepEqual(
			(refused.body.invalidInputs as Json[]).map((input) => input.name),
			['deliveryBundleGroup.deliveryFeeByArea.area2extraFee'],
		);
	});

	test('hope-delivery groups: the base group has the regions Change Hope Delivery checks; filters and pages', async () => {
		const all = await call('GET', '/v1/product-delivery-info/hope-delivery-groups');
		assert.equal(all.status, 200);
		assert.equal(all.body.size, 50);
		const contents = all.body.contents as Json[];
		assert.equal(contents.length, 4);
		const base = contents.find((group) => group.baseGroup === true)!;
		assert.deepEqual(
			(base.hopeDeliveryGroupDays as Json[]).map((day) => [
				day.regionName,
				day.expectationDeliveryFee,
			]),
			HOPE_DELIVERY_GROUP.regions.map((region) => [
				region.regionName,
				region.expectationDeliveryFee,
			]),
		);
		const unused = await call('GET', '/v1/product-delivery-info/hope-delivery-groups?usable=false');
		assert.deepEqual(
			(unused.body.contents as Json[]).map((group) => group.name),
			['2025 설 선물 희망일배송'],
		);
		const named = await call(
			'GET',
			'/v1/product-delivery-info/hope-delivery-groups?name=대형&page=1&size=1',
		);
		assert.equal(named.body.totalElements, 1);
		const tooLarge = await call('GET', '/v1/product-delivery-info/hope-delivery-groups?size=101');
		assert.equal(tooLarge.status, 400);
	});

	test('hope-delivery groups: create, read, change (regions keep their IDs, new ones are numbered)', async () => {
		const created = await call('POST', '/v1/product-delivery-info/hope-delivery-groups', {
			hopeDeliveryGroup: {
				name: '침대 설치배송',
				usable: true,
				baseGroup: false,
				hopeGroupStartTime: 9,
				hopeGroupEndTime: 17,
				regularHolidays: ['SUNDAY'],
				ladderTruckUseComment: '사다리차 비용 별도',
				productRemovalType: 'COLLECT_SELLER',
				hopeDeliveryGroupDays: [
					{
						regionName: '서울',
						usable: true,
						hopeStartDay: 3,
						hopeEndDay: 14,
						expectationDeliveryFee: 0,
					},
					{
						regionName: '경기',
						usable: true,
						hopeStartDay: 4,
						hopeEndDay: 14,
						expectationDeliveryFee: 30000,
					},
				],
			},
		});
		assert.equal(created.status, 200, JSON.stringify(created.body));
		const groupId = created.body.groupId as number;
		const read = await call('GET', `/v1/product-delivery-info/hope-delivery-groups/${groupId}`);
		const group = read.body.hopeDeliveryGroup as Json;
		assert.equal(group.id, groupId);
		assert.equal(group.ladderTruckUseComment, '사다리차 비용 별도');
		const days = group.hopeDeliveryGroupDays as Json[];
		assert.equal(new Set(days.map((day) => day.id)).size, 2);

		const changed = await call('PUT', `/v1/product-delivery-info/hope-delivery-groups/${groupId}`, {
			hopeDeliveryGroup: {
				...group,
				name: '침대 설치배송 (수도권)',
				hopeDeliveryGroupDays: [
					{ ...days[0], expectationDeliveryFee: 10000 },
					{
						regionName: '인천',
						usable: true,
						hopeStartDay: 4,
						hopeEndDay: 14,
						expectationDeliveryFee: 30000,
					},
				],
			},
		});
		assert.deepEqual(changed.body, { groupId });
		const stored = deliveryGroupStateOf(emulator.store).hopeDeliveryGroups.find(groupId)!;
		assert.equal(stored.name, '침대 설치배송 (수도권)');
		assert.equal(stored.hopeDeliveryGroupDays[0].id, days[0].id);
		assert.equal(stored.hopeDeliveryGroupDays[0].expectationDeliveryFee, 10000);
		assert.ok(!days.some((day) => day.id === stored.hopeDeliveryGroupDays[1].id));

		const refused = await call('PUT', `/v1/product-delivery-info/hope-delivery-groups/${groupId}`, {
			hopeDeliveryGroup: {
				...group,
				hopeDeliveryGroupDays: [
					{ regionName: '제주', usable: true, expectationDeliveryFee: 100_001 },
				],
			},
		});
		assert.equal(refused.status, 400);
		assert.equal(
			(await call('GET', '/v1/product-delivery-info/hope-delivery-groups/1')).status,
			404,
		);
	});

	test('no answer broke the contract', () => {
		assert.deepEqual(contractFindings.slice(findingsBefore), []);
	});
});
