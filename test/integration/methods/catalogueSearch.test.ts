/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The editor's "From List" lookups of reference data and seller settings
 * (methods/catalogueSearch.ts) through n8n-core's LoadOptionsContext, as Catalogue Data and
 * Product → Create use them.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { CATEGORIES, ORIGIN_AREAS } from '../../emulator/catalogueData';
import { catalogueStateOf, type CatalogueState } from '../../emulator/routes/catalogueData';
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import {
	credentialsFor,
	runListSearch,
	type StoredCredentialsHelper,
} from '../../helpers/n8nHarness';

describe('Catalogue lookups (listSearch) through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	let helper: StoredCredentialsHelper;
	let state: CatalogueState;
	const search = (method: string, filter?: string, paginationToken?: string) =>
		runListSearch({ credentialsHelper: helper, method, filter, paginationToken });
	const routes = () => state.requests.map((request) => request.route);

	before(async () => {
		emulator = await startEmulator({ productOrders: 20 });
		helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		state = catalogueStateOf(emulator.store);
	});
	after(async () => await emulator.stop());
	beforeEach(() => {
		emulator.resetStats();
		state.reset();
	});

	test('leaf categories by a word: only leaves, by whole name, those named as typed first', async () => {
		const result = await search('searchLeafCategories', '티셔츠');
		assert.deepEqual(
			result.results.map((entry) => [entry.name, entry.value]),
			[
				['패션의류>여성의류>티셔츠', '50010001'],
				['패션의류>남성의류>티셔츠', '50000830'],
			],
		);
		assert.equal(result.paginationToken, undefined);
		assert.deepEqual(state.requests[0].query, { last: ['true'] });
	});

	test('leaf categories by a path or several words, ignoring spaces around ">"', async () => {
		const byPath = await search('searchLeafCategories', '패션의류 > 여성의류');
		const women = CATEGORIES.filter(
			(category) => category.last && category.wholeCategoryName.startsWith('패션의류>여성의류>'),
		);
		assert.deepEqual(
			byPath.results.map((entry) => entry.value),
			women.map((category) => category.id),
		);
		assert.ok(byPath.results.every((entry) => !entry.name.includes('남성')));
		const byWords = await search('searchLeafCategories', '남성 티셔츠');
		assert.deepEqual(
			byWords.results.map((entry) => entry.value),
			['50000830'],
		);
		const byId = await search('searchLeafCategories', '50000803');
		assert.deepEqual(byId.results, [{ name: '식품>농산물>과일>감귤', value: '50000803' }]);
		// A parent is never offered where a product's category is picked.
		assert.deepEqual(
			(await search('searchLeafCategories', '패션의류>남성의류')).results.length,
			11,
		);
		assert.deepEqual((await search('searchLeafCategories', '50000169')).results, []);
	});

	test('leaf categories without a filter: 100 a page, every leaf once', async () => {
		const leaves = CATEGORIES.filter((category) => category.last).map((category) => category.id);
		const seen: string[] = [];
		let token: string | undefined;
		let pages = 0;
		do {
			const page = await search('searchLeafCategories', undefined, token);
			assert.ok(page.results.length <= 100);
			seen.push(...page.results.map((entry) => String(entry.value)));
			token = page.paginationToken;
			pages += 1;
		} while (token);
		assert.deepEqual(seen, leaves);
		assert.equal(pages, Math.ceil(leaves.length / 100));
	});

	test('all categories and parent categories', async () => {
		const all = await search('searchCategories', '디지털/가전>음향가전');
		assert.deepEqual(
			all.results.map((entry) => entry.name),
			[
				'디지털/가전>음향가전',
				'디지털/가전>음향가전>이어폰',
				'디지털/가전>음향가전>헤드폰',
				'디지털/가전>음향가전>블루투스스피커',
				'디지털/가전>음향가전>사운드바',
			],
		);
		const parents = await search('searchParentCategories', '음향가전');
		const audio = CATEGORIES.find(
			(category) => category.wholeCategoryName === '디지털/가전>음향가전',
		);
		assert.deepEqual(parents.results, [{ name: '디지털/가전>음향가전', value: audio!.id }]);
		assert.deepEqual(state.requests[0].query, {});
	});

	test('origin areas: the path from the top and the code; text or digits narrow them', async () => {
		const china = await search('searchOriginAreas', '중국');
		assert.deepEqual(china.results, [
			{ name: '수입산 > 아시아 > 중국 (0200037)', value: '0200037' },
		]);
		const icheon = await search('searchOriginAreas', '경기도 이천');
		assert.deepEqual(icheon.results, [
			{ name: '국산 > 경기도 > 이천시 (0009005)', value: '0009005' },
		]);
		const byCode = await search('searchOriginAreas', '0201');
		assert.equal(byCode.results[0].name, '수입산 > 유럽 (0201)');
		assert.ok(byCode.results.every((entry) => String(entry.value).startsWith('0201')));
		const all = await search('searchOriginAreas');
		assert.deepEqual(
			all.results.slice(0, 3).map((entry) => entry.name),
			['국산 (00)', '국산 > 서울특별시 (0001)', '국산 > 서울특별시 > 강남구 (0001001)'],
		);
		assert.equal(all.paginationToken, '100');
		const rest = await search('searchOriginAreas', undefined, all.paginationToken);
		assert.equal(all.results.length + rest.results.length, ORIGIN_AREAS.length);
		assert.ok(routes().every((route) => route === 'catalogue.originAreas'));
	});

	test('brands by the typed name (the value is the brand ID); nothing until a name is typed', async () => {
		const brands = await search('searchBrands', '에뮬');
		assert.deepEqual(brands.results, [
			{ name: '에뮬레이터 (90001)', value: '90001' },
			{ name: '에뮬 (90002)', value: '90002' },
		]);
		assert.deepEqual(state.requests[0].query, { name: ['에뮬'] });
		assert.deepEqual((await search('searchBrands', ' ')).results, []);
		assert.equal(state.requests.length, 1, 'no request without a name');
	});

	test('manufacturers by the typed name; the value is the name a product gives', async () => {
		const makers = await search('searchManufacturers', '농협');
		assert.deepEqual(makers.results, [
			{ name: '제주감귤농협', value: '제주감귤농협' },
			{ name: '이천농협', value: '이천농협' },
		]);
		assert.deepEqual((await search('searchManufacturers')).results, []);
		assert.deepEqual(routes(), ['catalogue.manufacturers']);
	});

	test('shipping and return addresses: their types only, from every page of the address book', async () => {
		state.addressBook[120] = { ...state.addressBook[120], addressType: 'REFUND_OR_EXCHANGE' };
		const shipping = await search('searchShippingAddresses');
		assert.deepEqual(
			shipping.results.map((entry) => entry.value),
			['1001001', '1001005', '1001007', '1001008'],
		);
		assert.equal(
			shipping.results[0].name,
			'이천 물류창고 출고지 – 경기도 이천시 마장면 덕이로 154-10 에뮬레이터 물류센터 A동 (1001001)',
		);
		assert.match(shipping.results[3].name, /^풀필먼트 곤지암센터 출고지 · 물류센터 출고지 – /);
		const returns = await search('searchReturnAddresses');
		assert.deepEqual(
			returns.results.map((entry) => entry.value),
			['1001002', '1001006', '1001009', String(state.addressBook[120].addressBookNo)],
		);
		const jeju = await search('searchShippingAddresses', '제주');
		assert.deepEqual(
			jeju.results.map((entry) => entry.value),
			['1001005'],
		);
		assert.deepEqual(
			state.requests.map((request) => request.query.page),
			[['1'], ['2'], ['1'], ['2'], ['1'], ['2']],
		);
	});

	test('every address book entry, with its type, for Get Address Book Entry', async () => {
		const first = await search('searchAddressBooks');
		assert.equal(first.results.length, 100);
		assert.equal(first.paginationToken, '100');
		assert.match(first.results[0].name, /^에뮬레이터 스토어 사업장 · 사업장 – 서울특별시/);
		const second = await search('searchAddressBooks', undefined, first.paginationToken);
		assert.equal(second.results.length, 25);
		assert.equal(second.paginationToken, undefined);
		const byNumber = await search('searchAddressBooks', '1001010');
		assert.deepEqual(
			byNumber.results.map((entry) => entry.value),
			['1001010'],
		);
	});

	test('bundle groups in use, a page of Naver’s list at a time; a filter narrows them', async () => {
		const result = await search('searchDeliveryBundleGroups');
		const usable = state.bundleGroups.filter((group) => group.usable);
		assert.deepEqual(
			result.results.map((entry) => entry.value),
			usable.map((group) => String(group.id)),
		);
		assert.equal(result.results[0].name, '기본 묶음배송 그룹 · 기본 그룹 (800001)');
		assert.equal(result.paginationToken, undefined);
		assert.deepEqual(state.requests[0].query, { usable: ['true'], page: ['1'], size: ['100'] });
		const chilled = await search('searchDeliveryBundleGroups', '냉장');
		assert.deepEqual(
			chilled.results.map((entry) => entry.name),
			['냉장/냉동 식품 (800002)', '축산물 냉장배송 (800019)'],
		);
	});

	test('return couriers: the value is the priority a product names its courier by', async () => {
		const result = await search('searchReturnCouriers');
		assert.deepEqual(result.results.slice(0, 2), [
			{ name: 'CJ대한통운 (기본 반품 택배사)', value: 'PRIMARY' },
			{ name: '우체국택배 (SECONDARY_1)', value: 'SECONDARY_1' },
		]);
		assert.equal(result.results.length, state.returnCouriers.length);
		const lotte = await search('searchReturnCouriers', '롯데');
		assert.deepEqual(lotte.results, [{ name: '롯데택배 (SECONDARY_2)', value: 'SECONDARY_2' }]);
	});
});
