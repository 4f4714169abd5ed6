/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * 오늘출발, logistics companies, warehouses and SKUs over HTTP, with plain fetch: the dispatch
 * settings read and set (no weekend day off), the SKUs the fulfillment orders name found by ID,
 * barcode and period, paged in the body, and the products linked to one, paged by query. No
 * answer breaks the contract.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { requestTokenDirectly } from './directToken';
import { productOrderDetails } from './store';
import { callEmulator } from './registrationBody';
import { contractFindings, type NaverCommerceEmulator, startEmulator } from './server';

type Json = Record<string, unknown>;

describe('Emulator: this-day dispatch, logistics and SKUs', () => {
	let emulator: NaverCommerceEmulator;
	let token = '';
	const findingsBefore = contractFindings.length;
	const call = (method: string, path: string, body?: unknown) =>
		callEmulator(emulator.baseUrl, token, method, path, body);
	const search = (body: Json) =>
		call('POST', '/v1/logistics/products/sellers/me/skus/query-paged-list', body);

	before(async () => {
		emulator = await startEmulator({ productOrders: 60 });
		token = (await requestTokenDirectly(emulator.baseUrl)).access_token;
	});
	after(async () => await emulator.stop());

	test('오늘출발: read, set, read back; a weekend day off is refused', async () => {
		const read = await call('GET', '/v1/seller/this-day-dispatch');
		assert.equal(read.status, 200);
		assert.equal(read.body.sellerId, emulator.store.account.accountId);
		assert.equal(read.body.basisHour, 14);

		const set = await call('POST', '/v1/seller/this-day-dispatch', {
			basisHour: 16,
			basisMinute: 0,
			holidayOfTheWeek: 'WEDNESDAY',
			sellerHolidays: ['2026-12-31', '2027-01-01'],
			reason: '연말 택배 집하 시간 변경',
		});
		assert.equal(set.status, 200);
		assert.equal(set.text, '');
		const reread = await call('GET', '/v1/seller/this-day-dispatch');
		assert.deepEqual(reread.body, {
			sellerId: emulator.store.account.accountId,
			basisHour: 16,
			basisMinute: 0,
			holidayOfTheWeek: 'WEDNESDAY',
			sellerHolidays: ['2026-12-31', '2027-01-01'],
			reason: '연말 택배 집하 시간 변경',
		});

		const weekend = await call('POST', '/v1/seller/this-day-dispatch', {
			basisHour: 16,
			basisMinute: 0,
			holidayOfTheWeek: 'SATURDAY',
			reason: '주말 휴무',
		});
		assert.equal(weekend.status, 400, weekend.text);
		assert.equal(weekend.body.code, 'GENERAL_ERROR');
		assert.match(String(weekend.body.message), /토요일, 일요일/);
		assert.equal(typeof weekend.body.traceId, 'string');
		assert.equal(
			(await call('GET', '/v1/seller/this-day-dispatch')).body.holidayOfTheWeek,
			'WEDNESDAY',
		);
	});

	test('logistics companies and warehouses', async () => {
		const companies = await call('GET', '/v1/logistics/logistics-companies');
		const list = companies.body.logisticsCompanies as Json[];
		// The fulfillment orders' logistics company.
		assert.ok(list.some((company) => company.logisticsCompanyId === 'EMU-FF'));
		const warehouses = await call('GET', '/v1/logistics/outbound-locations');
		assert.ok(Array.isArray(warehouses.body));
		assert.equal(
			((warehouses.body as unknown as Json[])[0].mappings as Json[])[0].allianceId,
			'CJGLS',
		);
	});

	test('SKUs: the fulfillment orders’ SKUs, found by ID and barcode, linked to their order’s product', async () => {
		const order = emulator.store.productOrders.find((entry) => entry.fulfillment)!;
		const mapping = ((productOrderDetails(order).productOrder as Json).skuMappings as Json[])[0];
		const byId = await search({ searchKeywordType: 'NS_ID', nsIds: [mapping.nsId] });
		assert.equal(byId.status, 200, byId.text);
		assert.equal(byId.body.totalElements, 1);
		const summary = (byId.body.content as Json[])[0];
		assert.equal(summary.nsBarcode, mapping.nsBarcode);
		assert.equal(summary.nsMappingCount, 1);
		const byBarcode = await search({
			searchKeywordType: 'BARCODE',
			nsBarcodes: [mapping.nsBarcode],
		});
		assert.equal((byBarcode.body.content as Json[])[0].nsId, mapping.nsId);

		const sku = await call('GET', `/v1/logistics/products/sellers/me/skus/${mapping.nsId}`);
		assert.equal(sku.status, 200);
		assert.equal(sku.body.nsName, order.productName);
		const mappings = await call(
			'GET',
			`/v1/logistics/products/sellers/me/skus/${mapping.nsId}/product-mappings`,
		);
		assert.deepEqual(mappings.body.content, [
			{
				channelProductId: (productOrderDetails(order).productOrder as Json).productId,
				optionId: (productOrderDetails(order).productOrder as Json).optionCode,
				pickingQuantityPerOrder: 1,
			},
		]);
		const missing = await call('GET', '/v1/logistics/products/sellers/me/skus/NS00000000');
		assert.equal(missing.status, 404);
		assert.equal(missing.body.code, 'not_found');
	});

	test('SKU search: pages in the body, latest change first or registration order, a period, the limits', async () => {
		const first = await search({ page: 1, size: 20 });
		assert.equal(first.body.sort, 'MODIFICATION');
		const content = first.body.content as Json[];
		assert.equal(content.length, 20);
		const modified = content.map((sku) => String(sku.modificationYmdt));
		assert.deepEqual(modified, [...modified].sort().reverse());
		const total = first.body.totalElements as number;
		const pages = [];
		for (let page = 1; page <= (first.body.totalPages as number); page++) {
			pages.push(
				...((await search({ page, size: 20, orderType: 'REGISTRATION' })).body.content as Json[]),
			);
		}
		assert.equal(new Set(pages.map((sku) => sku.nsId)).size, total);

		const day = String(content[0].modificationYmdt).slice(0, 10);
		const period = await search({
			periodType: 'SKU_MOD_DAY',
			fromDate: day,
			toDate: day,
			size: 500,
		});
		assert.ok(
			(period.body.content as Json[]).every((sku) => String(sku.modificationYmdt).startsWith(day)),
		);

		const refused = await search({ page: 201, size: 500, fromDate: day });
		assert.equal(refused.status, 400);
		assert.equal(refused.body.code, 'invalid_input');
		assert.deepEqual((refused.body.invalidInputs as Json[]).map((input) => input.name).sort(), [
			'page',
			'periodType',
		]);
		assert.equal((await search({ orderType: 'NAME' })).status, 400);
	});

	test('SKU product mappings: 50 a page by default, up to 500', async () => {
		const path = '/v1/logistics/products/sellers/me/skus/NSGIFT0001/product-mappings';
		const first = await call('GET', path);
		assert.equal(first.body.size, 50);
		assert.equal(first.body.totalElements, 130);
		assert.equal(first.body.totalPages, 3);
		const last = await call('GET', `${path}?page=3`);
		assert.equal((last.body.content as Json[]).length, 30);
		assert.equal(last.body.last, true);
		assert.equal((await call('GET', `${path}?size=501`)).status, 400);
	});

	test('no answer broke the contract', () => {
		assert.deepEqual(contractFindings.slice(findingsBefore), []);
	});
});
