/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { ORIGIN_AREAS } from '../../emulator/catalogueData';
import type { NaverCommerceEmulator } from '../../emulator/server';
import { catalogueData, catalogueKit } from './catalogueKit';

describe('Catalogue Data → Get Origin Areas through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = catalogueKit();
	const { run } = kit;

	before(async () => {
		({ emulator } = await kit.start());
	});
	after(async () => await emulator.stop());
	beforeEach(() => kit.reset());

	test('by name (the default): a last part matches its start, a whole name matches whole', async () => {
		const result = await run({
			inputItems: [{ name: '중국' }, { name: '경기도 > 이천시' }, { name: '이' }],
			parameters: catalogueData('getOriginAreas', { originName: '={{ $json.name }}' }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		const byItem = (index: number) =>
			result
				.items!.filter((item) => (item.pairedItem as { item: number }).item === index)
				.map((item) => item.json);
		assert.deepEqual(byItem(0), [{ code: '0200037', name: '아시아>중국' }]);
		assert.deepEqual(byItem(1), [{ code: '0009005', name: '경기도>이천시' }]);
		assert.deepEqual(
			byItem(2).map((area) => area.name),
			['경기도>이천시', '아시아>이란', '아시아>이스라엘', '유럽>이탈리아', '아프리카>이집트'],
		);
		assert.deepEqual(
			kit.requests().map((request) => request.query),
			[{ name: ['중국'] }, { name: ['경기도 > 이천시'] }, { name: ['이'] }],
		);
	});

	test('by code, and the sub-areas of a code or the top level', async () => {
		const byCode = await run({
			parameters: catalogueData('getOriginAreas', { originLookup: 'code', originCode: '02' }),
		});
		assert.deepEqual(
			byCode.items?.map((item) => item.json),
			[{ code: '02', name: '수입산' }],
		);
		const continents = await run({
			parameters: catalogueData('getOriginAreas', { originLookup: 'subAreas', originCode: '02' }),
		});
		assert.deepEqual(
			continents.items?.map((item) => item.json.name),
			['아시아', '유럽', '북아메리카', '남아메리카', '오세아니아', '아프리카'],
		);
		const top = await run({
			parameters: catalogueData('getOriginAreas', { originLookup: 'subAreas' }),
		});
		assert.deepEqual(
			top.items?.map((item) => item.json.code),
			['00', '01', '02', '03', '04', '05'],
		);
		assert.deepEqual(
			kit.requests().map((request) => [request.route, request.query]),
			[
				['catalogue.originAreasQuery', { code: ['02'] }],
				['catalogue.subOriginAreas', { code: ['02'] }],
				['catalogue.subOriginAreas', {}],
			],
		);
	});

	test('All Codes with Return All, or up to the limit', async () => {
		const all = await run({
			parameters: catalogueData('getOriginAreas', { originLookup: 'all', returnAll: true }),
		});
		assert.equal(all.error, undefined, all.error?.message);
		assert.deepEqual(
			all.items?.map((item) => item.json),
			[...ORIGIN_AREAS],
		);
		const some = await run({
			parameters: catalogueData('getOriginAreas', { originLookup: 'all', limit: 3 }),
		});
		assert.deepEqual(
			some.items?.map((item) => item.json.code),
			['00', '0001', '0001001'],
		);
	});

	test('a code of letters or an empty one fails the item before any request', async () => {
		const result = await run({
			continueOnFail: true,
			inputItems: [{ code: 'CN' }, { code: '' }, { code: '0200037' }],
			parameters: catalogueData('getOriginAreas', {
				originLookup: 'code',
				originCode: '={{ $json.code }}',
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.match(String(result.items![0].json.error), /^Code must be an origin area code/);
		assert.equal(result.items![1].json.error, 'Code is empty');
		assert.deepEqual(result.items![2].json, { code: '0200037', name: '아시아>중국' });
		assert.equal(kit.requests().length, 1);
	});

	test("an unknown code's sub-areas: Naver's NOT_FOUND", async () => {
		const result = await run({
			parameters: catalogueData('getOriginAreas', { originLookup: 'subAreas', originCode: '09' }),
		});
		assert.match(String(result.error?.message), /^Naver Commerce API error NOT_FOUND/);
	});
});
