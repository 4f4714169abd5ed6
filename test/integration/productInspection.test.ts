/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Product Inspection's rows through n8n-core against the emulator: the channel products Naver's
 * inspection sent back for correction (수정 요청 상품), paged by the only sizes Naver takes (10, 50,
 * 100), and the restore request (복원 요청), each request as the emulator received it (checked
 * against Naver's contract: no finding), the output items paired with their input items, what the
 * node refuses before any request, and the From List of the products sent back. The list is moved
 * on with the emulator's own helpers (routes/inspections.ts), as an inspection would.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import { ROWS } from '../../nodes/NaverCommerce/actions/productInspection/ProductInspection.resource';
import {
	inspectionStateOf,
	productsNotSentBack,
	sendBackProduct,
} from '../emulator/routes/inspections';
import {
	contractFindings,
	DEFAULT_APP,
	type NaverCommerceEmulator,
	startEmulator,
} from '../emulator/server';
import { credentialsFor, runListSearch, runNaverCommerceNode } from '../helpers/n8nHarness';
import { recordRequests, type ReceivedRequest } from '../helpers/receivedRequests';

const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

describe('Product Inspection through n8n-core', () => {
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
			parameters: { resource: 'productInspection', operation, ...parameters },
			...options,
		});
	const search = (filter?: string, paginationToken?: string) =>
		runListSearch({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			method: 'searchSentBackChannelProducts',
			filter,
			paginationToken,
		});
	const jsonOf = (result: Awaited<ReturnType<typeof run>>) => {
		assert.equal(result.error, undefined, result.error?.message);
		return result.items!.map((item) => item.json);
	};
	const listed = () => inspectionStateOf(emulator.store).listed();
	const sizesAsked = () =>
		received.map((request) => [request.query.page, request.query.size].map(Number));

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
		inspectionStateOf(emulator.store).reset();
	});

	test('Get Many: the products sent back, each with its reason and action, in pages of an allowed size', async () => {
		const all = jsonOf(await run('getMany', { returnAll: true }));
		assert.ok(all.length > 10, 'the seeded list is longer than the smallest page');
		assert.deepEqual(all, listed());
		assert.deepEqual(sizesAsked(), [[1, 100]]);

		// A limit asks for the smallest size Naver takes that holds it.
		for (const [limit, size] of [
			[3, 10],
			[10, 10],
			[11, 50],
			[50, 50],
			[51, 100],
		]) {
			received.length = 0;
			const some = jsonOf(await run('getMany', { returnAll: false, limit }));
			assert.deepEqual(some, listed().slice(0, limit), `limit ${limit}`);
			assert.deepEqual(sizesAsked()[0], [1, size], `limit ${limit}`);
		}
	});

	test('Get Many: a list longer than a page is read page by page; each item is paired with its input item', async () => {
		for (const channelProductNo of productsNotSentBack(emulator.store).slice(0, 80)) {
			sendBackProduct(emulator.store, channelProductNo);
		}
		const expected = listed();
		assert.ok(expected.length > 100);
		const all = await run('getMany', { returnAll: true });
		assert.deepEqual(
			all.items?.map((item) => item.json),
			expected,
		);
		assert.deepEqual(sizesAsked(), [
			[1, 100],
			[2, 100],
		]);

		received.length = 0;
		const twice = await run('getMany', { returnAll: false, limit: 3 }, { inputItems: [{}, {}] });
		assert.deepEqual(
			twice.items?.map((item) => [item.json.channelProductNo, item.pairedItem]),
			[0, 1].flatMap((item) =>
				expected.slice(0, 3).map((record) => [record.channelProductNo, { item }]),
			),
		);
		assert.deepEqual(sizesAsked(), [
			[1, 10],
			[1, 10],
		]);
	});

	test('Request Restore: PUT to the product; Get Many then shows it inspected again, and a second request is an error item', async () => {
		const [channelProductNo] = productsNotSentBack(emulator.store);
		sendBackProduct(emulator.store, channelProductNo);
		const restored = jsonOf(await run('restore', { channelProductNo: byId(channelProductNo) }));
		assert.deepEqual(restored, [{ channelProductNo }]);
		assert.deepEqual(
			received.map((request) => [request.method, request.path]),
			[['PUT', `/v1/product-inspections/channel-product/${channelProductNo}/restore`]],
		);
		const listedNow = jsonOf(await run('getMany', { returnAll: true }));
		assert.equal(
			listedNow.find((record) => record.channelProductNo === channelProductNo)
				?.restorationRequestAvailable,
			false,
		);

		// The emulator refuses a second request (the page says a restore is not available then).
		const again = await run(
			'restore',
			{ channelProductNo: byId(channelProductNo) },
			{ continueOnFail: true },
		);
		assert.equal(again.error, undefined);
		assert.equal(again.items?.length, 1);
		assert.equal(again.items![0].json.httpStatus, 400);
		assert.deepEqual(again.items![0].pairedItem, { item: 0 });
	});

	test('Request Restore: a number that is not digits is refused before any request', async () => {
		const refused = await run('restore', { channelProductNo: byId('={{ "11000000176x" }}') });
		assert.match(String(refused.error?.message), /^Channel Product Number must be a number/);
		const empty = await run('restore', { channelProductNo: byId('={{ $json.missing }}') });
		assert.match(String(empty.error?.message), /^Channel Product Number is empty/);
		assert.equal(received.length, 0);
	});

	test('Channel Product Number "From List": the products sent back with their reasons, those already requested marked', async () => {
		const records = listed();
		const first = await search();
		assert.deepEqual(
			first.results.map((result) => result.value),
			records.map((record) => String(record.channelProductNo)),
		);
		assert.equal(first.paginationToken, undefined);
		assert.deepEqual(sizesAsked(), [[1, 100]]);
		const waiting = records.find((record) => !record.restorationRequestAvailable)!;
		assert.equal(
			first.results.find((result) => result.value === String(waiting.channelProductNo))?.name,
			`${waiting.channelProductNo} – ${waiting.reason} (복원 요청됨)`,
		);
		const open = records.find((record) => record.restorationRequestAvailable)!;
		assert.equal(
			first.results.find((result) => result.value === String(open.channelProductNo))?.name,
			`${open.channelProductNo} – ${open.reason}`,
		);

		const images = await search('워터마크');
		assert.ok(images.results.length > 0);
		assert.deepEqual(
			images.results.map((result) => result.value),
			records
				.filter((record) => record.reason.includes('워터마크'))
				.map((record) => String(record.channelProductNo)),
		);
		const one = await search(String(open.channelProductNo));
		assert.deepEqual(
			one.results.map((result) => result.value),
			[String(open.channelProductNo)],
		);

		// Picked from the list, the value is the product restored.
		const restored = jsonOf(
			await run('restore', {
				channelProductNo: { __rl: true, mode: 'list', value: one.results[0].value },
			}),
		);
		assert.deepEqual(restored, [{ channelProductNo: open.channelProductNo }]);
	});

	test('the rows are the two inspection endpoints; the list takes only 10, 50 or 100', () => {
		assert.deepEqual(
			ROWS.map((row) => `${row.method} ${row.path}`),
			[
				'GET /v1/product-inspections/channel-products',
				'PUT /v1/product-inspections/channel-product/{channelProductNo}/restore',
			],
		);
		assert.deepEqual(ROWS[0].paging, {
			kind: 'springPage',
			listField: 'contents',
			maxSize: 100,
			sizes: [10, 50, 100],
		});
	});

	test('no request or answer broke the contract', () => {
		assert.deepEqual(contractFindings.slice(findingsBefore), []);
	});
});
