/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Logistics SKU (rows of actions/logisticsSku) through n8n-core against the emulator: the SKU
 * search sent as a POST with its criteria and page in the body, one SKU, the products linked to
 * one paged in the query; each request as the emulator received it, the output against its
 * state, paired with the input item; what the pages' formats rule out refused before any
 * request; the SKU ID picked From List. No request or answer breaks the contract.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import { formatKst } from '../emulator/kst';
import { logisticsStateOf, type Sku } from '../emulator/routes/logistics';
import {
	contractFindings,
	DEFAULT_APP,
	type NaverCommerceEmulator,
	startEmulator,
} from '../emulator/server';
import { credentialsFor, runListSearch, runNaverCommerceNode } from '../helpers/n8nHarness';
import { recordRequests, type ReceivedRequest } from '../helpers/receivedRequests';

describe('Logistics SKU through n8n-core', () => {
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
			parameters: { resource: 'logisticsSku', operation, ...parameters },
			...options,
		});
	const jsonOf = (result: Awaited<ReturnType<typeof run>>) => {
		assert.equal(result.error, undefined, result.error?.message);
		return result.items!.map((item) => item.json);
	};
	const requestsTo = (route: string) => received.filter((request) => request.route === route);
	/** The emulator's SKUs, built on the first request that needs them. */
	const skus = (): Sku[] => logisticsStateOf(emulator.store).skus!;
	const byChange = (list: Sku[]) =>
		[...list].sort((a, b) => b.modificationMs - a.modificationMs || a.nsId.localeCompare(b.nsId));
	const summaryOf = (sku: Sku) => ({
		nsId: sku.nsId,
		nsName: sku.nsName,
		nsBarcode: sku.nsBarcode,
		storageTemperature: sku.storageTemperature,
		shelfLifeManagement: sku.shelfLifeManagement,
		lotNoManagement: sku.lotNoManagement,
		nsMappingCount: sku.mappings.length,
		registrationYmdt: formatKst(sku.registrationMs),
		modificationYmdt: formatKst(sku.modificationMs),
	});

	before(async () => {
		emulator = await startEmulator({ productOrders: 40 });
		// Every request a route handles, as it arrived (after the contract check).
		received = recordRequests(emulator);
	});
	after(async () => {
		await emulator.stop();
	});
	beforeEach(() => {
		received.length = 0;
		logisticsStateOf(emulator.store).reset();
	});

	test('Get Many: the latest changed first, the page and criteria in the POST body, up to the limit or all', async () => {
		const some = await run('getMany', { returnAll: false, limit: 5 }, { inputItems: [{}, {}] });
		assert.deepEqual(requestsTo('logistics.skuSearch')[0], {
			route: 'logistics.skuSearch',
			method: 'POST',
			path: '/v1/logistics/products/sellers/me/skus/query-paged-list',
			query: {},
			body: { orderType: 'MODIFICATION', page: 1, size: 5 },
		});
		const latest = byChange(skus()).slice(0, 5).map(summaryOf);
		assert.deepEqual(
			some.items?.map((item) => [item.json, item.pairedItem]),
			[...latest.map((sku) => [sku, { item: 0 }]), ...latest.map((sku) => [sku, { item: 1 }])],
		);

		received.length = 0;
		const all = jsonOf(await run('getMany', { returnAll: true, orderType: 'REGISTRATION' }));
		assert.deepEqual(requestsTo('logistics.skuSearch')[0].body, {
			orderType: 'REGISTRATION',
			page: 1,
			size: 500,
		});
		assert.equal(all.length, skus().length);
		assert.deepEqual(
			all.map((sku) => sku.nsId),
			[...skus()]
				.sort((a, b) => b.registrationMs - a.registrationMs || a.nsId.localeCompare(b.nsId))
				.map((sku) => sku.nsId),
		);
	});

	test('Get Many by SKU IDs, by barcodes, by a period; criteria hidden for the choice are not sent', async () => {
		jsonOf(await run('getMany', { returnAll: true }));
		const [first, second] = byChange(skus());
		const byIds = jsonOf(
			await run('getMany', {
				searchKeywordType: 'NS_ID',
				nsIds: `${first.nsId}, ${second.nsId}`,
				// Hidden while searching by SKU ID: not sent.
				nsBarcodes: first.nsBarcode,
				returnAll: true,
			}),
		);
		assert.deepEqual(byIds, [summaryOf(first), summaryOf(second)]);
		assert.deepEqual(requestsTo('logistics.skuSearch')[1].body, {
			searchKeywordType: 'NS_ID',
			nsIds: [first.nsId, second.nsId],
			orderType: 'MODIFICATION',
			page: 1,
			size: 500,
		});

		const gift = skus().find((sku) => sku.nsId === 'NSGIFT0001')!;
		const byBarcode = jsonOf(
			await run('getMany', {
				searchKeywordType: 'BARCODE',
				nsBarcodes: [gift.nsBarcode],
				returnAll: true,
			}),
		);
		assert.deepEqual(byBarcode, [summaryOf(gift)]);
		assert.deepEqual((requestsTo('logistics.skuSearch')[2].body as IDataObject).nsBarcodes, [
			'GIFT-ECOBAG-001',
		]);

		const day = formatKst(first.registrationMs).slice(0, 10);
		const registeredThatDay = skus().filter(
			(sku) => formatKst(sku.registrationMs).slice(0, 10) === day,
		);
		const byPeriod = jsonOf(
			await run('getMany', {
				periodType: 'SKU_REG_DAY',
				fromDate: day,
				toDate: day,
				returnAll: true,
			}),
		);
		assert.deepEqual(
			byPeriod.map((sku) => sku.nsId),
			byChange(registeredThatDay).map((sku) => sku.nsId),
		);
		assert.ok(byPeriod.length >= 1);
		assert.deepEqual(requestsTo('logistics.skuSearch')[3].body, {
			periodType: 'SKU_REG_DAY',
			fromDate: day,
			toDate: day,
			orderType: 'MODIFICATION',
			page: 1,
			size: 500,
		});

		// No period type: the dates are hidden and not sent.
		jsonOf(await run('getMany', { fromDate: day, limit: 3 }));
		assert.deepEqual(requestsTo('logistics.skuSearch')[4].body, {
			orderType: 'MODIFICATION',
			page: 1,
			size: 3,
		});
	});

	test('Get: one SKU by ID or picked from the list, one item per input item, paired', async () => {
		jsonOf(await run('getMany', { limit: 1 }));
		const sku = skus().find((entry) => entry.nsId === 'NSGIFT0001')!;
		const result = await run(
			'get',
			{ nsId: { __rl: true, mode: 'list', value: sku.nsId } },
			{ inputItems: [{}, {}] },
		);
		const expected = {
			nsId: sku.nsId,
			nsBarcode: sku.nsBarcode,
			nsName: sku.nsName,
			storageTemperature: sku.storageTemperature,
			shelfLifeManagement: sku.shelfLifeManagement,
			lotNoManagement: sku.lotNoManagement,
			pieceWidth: sku.pieceWidth,
			pieceLength: sku.pieceLength,
			pieceHeight: sku.pieceHeight,
			pieceWeight: sku.pieceWeight,
			nsType: 'FREEBIE',
			linkedAlliances: sku.linkedAlliances,
			registrationYmdt: formatKst(sku.registrationMs),
			modificationYmdt: formatKst(sku.modificationMs),
		};
		assert.deepEqual(
			result.items?.map((item) => [item.json, item.pairedItem]),
			[
				[expected, { item: 0 }],
				[expected, { item: 1 }],
			],
		);
		// By ID, with spaces around it, as a plain string of an older workflow would be.
		assert.deepEqual(jsonOf(await run('get', { nsId: ` ${sku.nsId} ` })), [expected]);
		assert.deepEqual(
			requestsTo('logistics.sku').map((request) => [request.method, request.path]),
			Array(3).fill(['GET', '/v1/logistics/products/sellers/me/skus/NSGIFT0001']),
		);
	});

	test('Get: a SKU Naver does not have is an error item, paired', async () => {
		const gone = await run('get', { nsId: 'NSNOTHERE01' }, { continueOnFail: true });
		assert.equal(gone.items?.length, 1);
		assert.equal(gone.items![0].json.httpStatus, 404);
		assert.deepEqual(gone.items![0].pairedItem, { item: 0 });
	});

	test('Get Product Mappings: the linked channel products and options, paged in the query', async () => {
		const some = jsonOf(await run('getProductMappings', { nsId: 'NSGIFT0001', limit: 60 }));
		const gift = skus().find((sku) => sku.nsId === 'NSGIFT0001')!;
		assert.deepEqual(some, gift.mappings.slice(0, 60));
		assert.deepEqual(requestsTo('logistics.skuMappings')[0].query, { page: '1', size: '60' });
		assert.equal(
			requestsTo('logistics.skuMappings')[0].path,
			'/v1/logistics/products/sellers/me/skus/NSGIFT0001/product-mappings',
		);

		const all = await run(
			'getProductMappings',
			{ nsId: { __rl: true, mode: 'id', value: 'NSGIFT0001' }, returnAll: true },
			{ inputItems: [{}, {}] },
		);
		assert.equal(all.items?.length, 2 * gift.mappings.length);
		assert.deepEqual(all.items![gift.mappings.length].json, gift.mappings[0]);
		assert.deepEqual(all.items![gift.mappings.length].pairedItem, { item: 1 });
		assert.deepEqual(requestsTo('logistics.skuMappings')[1].query, { page: '1', size: '500' });
	});

	test('refused before any request: an empty or malformed SKU ID, no SKU IDs or barcodes to look up, a day that is not yyyy-mm-dd', async () => {
		const cases: Array<[string, IDataObject, RegExp]> = [
			['get', { nsId: '  ' }, /^SKU ID is empty/],
			['get', { nsId: 'NS1/../x' }, /^SKU ID must be letters and digits/],
			['getProductMappings', { nsId: 'NS123456789012345678901' }, /^SKU ID must be letters/],
			['getMany', { searchKeywordType: 'NS_ID', nsIds: ' , ' }, /^SKU IDs is empty/],
			['getMany', { searchKeywordType: 'NS_ID', nsIds: 'NS1, NS-2' }, /"NS-2"/],
			// An expression that comes out empty: n8n itself refuses a required field left empty.
			[
				'getMany',
				{ searchKeywordType: 'BARCODE', nsBarcodes: '={{ $json.barcodes }}' },
				/^Barcodes is empty/,
			],
			['getMany', { searchKeywordType: 'BARCODE', nsBarcodes: '880#1' }, /^Each of Barcodes/],
			['getMany', { periodType: 'SKU_MOD_DAY', fromDate: '2026/12/01' }, /^From Date must be/],
			['getMany', { periodType: 'SKU_MOD_DAY', toDate: '2026-02-30' }, /^To Date must be/],
		];
		for (const [operation, parameters, message] of cases) {
			const result = await run(operation, parameters);
			assert.match(String(result.error?.message), message, JSON.stringify(parameters));
		}
		assert.deepEqual(received, []);
	});

	test('SKU ID "From List": SKUs latest changed first, 50 a page, narrowed by ID, name or barcode', async () => {
		const search = (filter?: string, paginationToken?: string) =>
			runListSearch({
				credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
				method: 'searchSkus',
				filter,
				paginationToken,
			});
		const first = await search();
		const ordered = byChange(skus());
		assert.deepEqual(
			first.results.map((result) => result.value),
			ordered.slice(0, 50).map((sku) => sku.nsId),
		);
		assert.equal(first.results[0].name, `${ordered[0].nsName} (${ordered[0].nsId})`);
		assert.equal(first.paginationToken, '2');
		assert.deepEqual(requestsTo('logistics.skuSearch')[0].body, {
			orderType: 'MODIFICATION',
			page: 1,
			size: 50,
		});
		const second = await search(undefined, first.paginationToken);
		assert.deepEqual(
			second.results.map((result) => result.value),
			ordered.slice(50, 100).map((sku) => sku.nsId),
		);

		const wanted = ordered[3];
		const narrowed = await search(wanted.nsBarcode.toLowerCase());
		assert.deepEqual(
			narrowed.results.map((result) => result.value),
			[wanted.nsId],
		);
	});

	test('no request or answer broke the contract', () => {
		assert.deepEqual(contractFindings.slice(findingsBefore), []);
	});
});
