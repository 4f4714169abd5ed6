/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The operations made from rows of the endpoint table (actions/endpointTable.ts), run through
 * n8n-core against the emulator: each row's request as the emulator received it (and checked
 * against Naver's contract: no finding), its output items against the emulator's state, and the
 * checks made before any request. Then the rows themselves against the contract: every method and
 * path is Naver's, every field is at the place Naver's reference names, and every description
 * says whether the operation writes.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import { DELETE_ROW } from '../../nodes/NaverCommerce/actions/channelProduct/ChannelProduct.resource';
import { rowsOf, type EndpointRow } from '../../nodes/NaverCommerce/actions/endpointTable';
import { RESOURCES } from '../../nodes/NaverCommerce/actions/resources';
import { contract, type Schema } from '../contract/contract';
import {
	LOGISTICS_COMPANIES,
	logisticsStateOf,
	OUTBOUND_LOCATIONS,
} from '../emulator/routes/logistics';
import { productCatalogue } from '../emulator/routes/products';
import { sellerNoticeStateOf } from '../emulator/routes/sellerNotices';
import {
	contractFindings,
	DEFAULT_APP,
	type NaverCommerceEmulator,
	startEmulator,
} from '../emulator/server';
import { credentialsFor, runListSearch, runNaverCommerceNode } from '../helpers/n8nHarness';
import { recordRequests, type ReceivedRequest } from '../helpers/receivedRequests';

describe('Endpoint table operations through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	let seededChannels: unknown;
	let received: ReceivedRequest[] = [];
	const findingsBefore = contractFindings.length;
	const run = (
		resource: string,
		operation: string,
		parameters: IDataObject = {},
		options: { continueOnFail?: boolean; inputItems?: IDataObject[] } = {},
	) =>
		runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			parameters: { resource, operation, ...parameters },
			...options,
		});
	const requestsTo = (route: string) => received.filter((request) => request.route === route);
	const jsonOf = (result: Awaited<ReturnType<typeof run>>) => {
		assert.equal(result.error, undefined, result.error?.message);
		return result.items!.map((item) => item.json);
	};

	before(async () => {
		emulator = await startEmulator({ productOrders: 40 });
		seededChannels = emulator.store.channels;
		// Every request a route handles, as it arrived (after the contract check).
		received = recordRequests(emulator);
	});
	after(async () => {
		await emulator.stop();
	});
	beforeEach(() => {
		received.length = 0;
		emulator.store.channels = seededChannels as typeof emulator.store.channels;
		sellerNoticeStateOf(emulator.store).reset();
		logisticsStateOf(emulator.store).reset();
	});

	test('Seller → Get Account: the account, one item per input item, paired', async () => {
		const result = await run('seller', 'getAccount', {}, { inputItems: [{}, {}] });
		assert.deepEqual(
			result.items?.map((item) => [item.json, item.pairedItem]),
			[
				[emulator.store.account, { item: 0 }],
				[emulator.store.account, { item: 1 }],
			],
		);
		assert.deepEqual(
			received.map((request) => [request.method, request.path]),
			[
				['GET', '/v1/seller/account'],
				['GET', '/v1/seller/account'],
			],
		);
	});

	test('Seller → Get Channels: one item per channel, whether Naver answers a list or one object', async () => {
		const window = { channelNo: 100000002, channelType: 'WINDOW', name: '윈도', url: 'https://x' };
		const channels = emulator.store.channels as unknown as IDataObject[];
		emulator.store.channels = [...channels, window] as typeof emulator.store.channels;
		assert.deepEqual(jsonOf(await run('seller', 'getChannels')), [...channels, window]);
		(emulator.store as { channels: unknown }).channels = channels[0];
		assert.deepEqual(jsonOf(await run('seller', 'getChannels')), [channels[0]]);
	});

	test('Seller → Get Logistics Companies and Get Outbound Locations: one item per entry', async () => {
		assert.deepEqual(jsonOf(await run('seller', 'getLogisticsCompanies')), LOGISTICS_COMPANIES);
		assert.deepEqual(jsonOf(await run('seller', 'getOutboundLocations')), OUTBOUND_LOCATIONS);
		assert.deepEqual(
			received.map((request) => request.route),
			['logistics.companies', 'logistics.outboundLocations'],
		);
	});

	test('Seller → Set Same-Day Dispatch sends the body; Get Same-Day Dispatch reads it back', async () => {
		const set = await run('seller', 'setSameDayDispatch', {
			basisHour: 16,
			basisMinute: 30,
			holidayOfTheWeek: 'WEDNESDAY',
			sellerHolidays: '2026-12-31, 2027-01-01',
			reason: '연말 택배 집하 시간 변경',
		});
		assert.deepEqual(jsonOf(set), [{ success: true }]);
		assert.deepEqual(requestsTo('logistics.thisDayDispatchSet')[0].body, {
			basisHour: 16,
			basisMinute: 30,
			holidayOfTheWeek: 'WEDNESDAY',
			sellerHolidays: ['2026-12-31', '2027-01-01'],
			reason: '연말 택배 집하 시간 변경',
		});
		const state = logisticsStateOf(emulator.store).thisDayDispatch;
		assert.equal(state.basisHour, 16);
		assert.deepEqual(jsonOf(await run('seller', 'getSameDayDispatch')), [
			{ sellerId: emulator.store.account.accountId, ...state },
		]);

		// No weekly day off: the field is left out of the body.
		jsonOf(
			await run('seller', 'setSameDayDispatch', { basisHour: 9, basisMinute: 0, reason: 'x' }),
		);
		assert.deepEqual(requestsTo('logistics.thisDayDispatchSet')[1].body, {
			basisHour: 9,
			basisMinute: 0,
			reason: 'x',
		});
	});

	test('Seller → Set Same-Day Dispatch: an empty reason or an hour past 23 is refused before any request', async () => {
		const empty = await run('seller', 'setSameDayDispatch', {
			basisHour: 16,
			basisMinute: 0,
			reason: '  ',
		});
		assert.match(String(empty.error?.message), /^Reason is empty/);
		const late = await run('seller', 'setSameDayDispatch', {
			basisHour: 24,
			basisMinute: 0,
			reason: 'x',
		});
		assert.match(String(late.error?.message), /Cut-Off Hour must be a whole number from 0 to 23/);
		assert.equal(received.length, 0);
	});

	test('Seller Notice → Get Many: pages of 100 up to the limit, or all', async () => {
		const notices = sellerNoticeStateOf(emulator.store).notices.items;
		const newest = [...notices].sort((a, b) => b.sellerNoticeId - a.sellerNoticeId);
		const some = jsonOf(await run('sellerNotice', 'getMany', { returnAll: false, limit: 5 }));
		assert.deepEqual(
			some.map((notice) => notice.sellerNoticeId),
			newest.slice(0, 5).map((notice) => notice.sellerNoticeId),
		);
		assert.deepEqual(requestsTo('sellerNotices.list')[0].query, { page: '1', size: '5' });

		received.length = 0;
		const all = jsonOf(await run('sellerNotice', 'getMany', { returnAll: true }));
		assert.equal(all.length, notices.length);
		assert.deepEqual(requestsTo('sellerNotices.list')[0].query, { page: '1', size: '100' });
		assert.equal(all[0].title, newest[0].title);
		assert.equal(all[0].detailContents, undefined, 'the list has no contents');
	});

	test('Seller Notice → Create, Get, Update: what is created and changed is read back', async () => {
		const created = jsonOf(
			await run('sellerNotice', 'create', {
				title: '연말 휴무 안내',
				detailContents: '<p>12월 31일은 쉽니다.</p>',
				postCategoryType: 'DELIVERY',
				displayStartDate: '2026-12-20T10:15:00+09:00',
				importantNotice: true,
				importantNoticeStartDate: '2026-12-20T10:00:00+09:00',
				importantNoticeEndDate: '2026-12-31T18:00:00+09:00',
				popup: false,
				// Hidden while Popup is off: not sent.
				popupStartDate: '2026-12-20T10:00:00+09:00',
			}),
		);
		const body = requestsTo('sellerNotices.create')[0].body as IDataObject;
		assert.deepEqual(body, {
			title: '연말 휴무 안내',
			detailContents: '<p>12월 31일은 쉽니다.</p>',
			postCategoryType: 'DELIVERY',
			displayStartDate: '2026-12-20T10:15:00.000+09:00',
			importantNotice: true,
			importantNoticeStartDate: '2026-12-20T10:00:00.000+09:00',
			importantNoticeEndDate: '2026-12-31T18:00:00.000+09:00',
			wholeNotice: false,
			popup: false,
		});
		const sellerNoticeId = created[0].sellerNoticeId as number;
		assert.ok(sellerNoticeId > 0);
		const read = jsonOf(
			await run('sellerNotice', 'get', { sellerNoticeId: String(sellerNoticeId) }),
		);
		assert.equal(read[0].title, '연말 휴무 안내');
		assert.equal(read[0].postCategoryType, 'DELIVERY');
		assert.equal(read[0].importantNotice, true);
		assert.deepEqual(read[0], sellerNoticeStateOf(emulator.store).notices.find(sellerNoticeId));

		const updated = jsonOf(
			await run('sellerNotice', 'update', {
				sellerNoticeId: String(sellerNoticeId),
				title: '연말 휴무 안내 (변경)',
				detailContents: '<p>1월 1일도 쉽니다.</p>',
			}),
		);
		assert.deepEqual(updated, [{ sellerNoticeId }]);
		const reread = jsonOf(
			await run('sellerNotice', 'get', { sellerNoticeId: String(sellerNoticeId) }),
		);
		assert.equal(reread[0].title, '연말 휴무 안내 (변경)');
		assert.equal(reread[0].postCategoryType, 'ORDINARY');
		assert.equal(reread[0].importantNotice, false);
	});

	test('Seller Notice ID "From List": the notices, newest first, narrowed by the filter', async () => {
		const search = (filter?: string) =>
			runListSearch({
				credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
				method: 'searchSellerNotices',
				filter,
			});
		const notices = sellerNoticeStateOf(emulator.store).notices.items;
		const first = await search();
		assert.equal(first.results.length, notices.length);
		assert.equal(first.results[0].value, String(Math.max(...notices.map((n) => n.sellerNoticeId))));
		const citrus = await search('감귤');
		assert.deepEqual(
			citrus.results.map((result) => result.value),
			notices.filter((n) => n.title.includes('감귤')).map((n) => String(n.sellerNoticeId)),
		);
		assert.deepEqual(requestsTo('sellerNotices.list')[0].query, { page: '1', size: '50' });
	});

	test('Seller Notice: an empty title or an ID that is not digits is refused before any request', async () => {
		const noTitle = await run('sellerNotice', 'create', {
			title: '={{ $json.title }}',
			detailContents: 'x',
		});
		assert.match(String(noTitle.error?.message), /^Title is empty/);
		const badId = await run('sellerNotice', 'get', { sellerNoticeId: '53100001/../x' });
		assert.match(String(badId.error?.message), /^Seller Notice ID must be a number/);
		const noProducts = await run('sellerNotice', 'applyToChannelProducts', {
			sellerNoticeId: '53100001',
			channelProductNos: ' , ',
		});
		assert.match(String(noProducts.error?.message), /^Channel Product Numbers is empty/);
		assert.equal(received.length, 0);
	});

	test('Seller Notice → Apply to Channel Products: the products carry the notice; then it cannot be deleted', async () => {
		const products = productCatalogue(emulator.store).products.slice(10, 12);
		const numbers = products.map((product) => product.smartstoreChannelProductNo);
		const applied = jsonOf(
			await run('sellerNotice', 'applyToChannelProducts', {
				sellerNoticeId: '53100005',
				channelProductNos: numbers.join(', '),
			}),
		);
		assert.deepEqual(applied, [{ data: true }]);
		assert.deepEqual(requestsTo('sellerNotices.apply')[0].body, {
			sellerNoticeId: 53100005,
			channelProductNos: numbers,
		});
		const state = sellerNoticeStateOf(emulator.store);
		assert.deepEqual(
			numbers.map((number) => state.applied.get(number)),
			[53100005, 53100005],
		);

		const refused = await run(
			'sellerNotice',
			'delete',
			{ sellerNoticeId: '53100005' },
			{ continueOnFail: true },
		);
		assert.equal(result(refused).length, 1);
		assert.ok(state.notices.find(53100005), 'still there');
	});

	test('Seller Notice → Delete: the notice is gone; Get is then a 404 error item', async () => {
		const deleted = jsonOf(await run('sellerNotice', 'delete', { sellerNoticeId: '53100001' }));
		assert.deepEqual(deleted, [{ success: true, sellerNoticeId: 53100001 }]);
		assert.equal(
			requestsTo('sellerNotices.delete')[0].path,
			'/v1/contents/seller-notices/53100001',
		);
		assert.equal(sellerNoticeStateOf(emulator.store).notices.find(53100001), undefined);
		const gone = await run(
			'sellerNotice',
			'get',
			{ sellerNoticeId: '53100001' },
			{ continueOnFail: true },
		);
		assert.equal(gone.items?.length, 1);
		assert.equal(gone.items![0].json.httpStatus, 404);
		assert.deepEqual(gone.items![0].pairedItem, { item: 0 });
	});

	test('Channel Product → Delete: the channel product is gone; Get is then a 404 error item', async () => {
		const product = productCatalogue(emulator.store).products[20];
		const channelProductNo = product.smartstoreChannelProductNo;
		const deleted = jsonOf(
			await run('channelProduct', 'delete', {
				channelProductNo: { __rl: true, mode: 'id', value: String(channelProductNo) },
			}),
		);
		assert.deepEqual(deleted, [{ channelProductNo }]);
		assert.deepEqual(
			received.map((request) => [request.method, request.path]),
			[['DELETE', `/v2/products/channel-products/${channelProductNo}`]],
		);
		const gone = await run(
			'channelProduct',
			'get',
			{ channelProductNo: { __rl: true, mode: 'id', value: String(channelProductNo) } },
			{ continueOnFail: true },
		);
		assert.equal(gone.items?.length, 1);
		assert.equal(gone.items![0].json.httpStatus, 404);
	});

	test('no request or answer broke the contract', () => {
		assert.deepEqual(contractFindings.slice(findingsBefore), []);
	});
});

/** The output of a run that may hold error items (continueOnFail): the items' JSON. */
function result(run: Awaited<ReturnType<typeof runNaverCommerceNode>>): IDataObject[] {
	assert.equal(run.error, undefined, run.error?.message);
	const items = run.items!.map((item) => item.json);
	for (const item of items) assert.ok(item.error || item.code, 'an error item');
	return items;
}

describe("The endpoint table's rows follow Naver's reference", () => {
	const rows: Array<{ resource: string; row: EndpointRow }> = Object.entries(RESOURCES).flatMap(
		([resource, module]) => rowsOf(module.operations).map((row) => ({ resource, row })),
	);

	test('the rows this slice made are in the table', () => {
		const names = rows.map(({ resource, row }) => `${resource}.${row.value}`);
		for (const expected of [
			'seller.getAccount',
			'seller.getChannels',
			'seller.getLogisticsCompanies',
			'seller.getOutboundLocations',
			'seller.getSameDayDispatch',
			'seller.setSameDayDispatch',
			'sellerNotice.applyToChannelProducts',
			'sellerNotice.create',
			'sellerNotice.delete',
			'sellerNotice.get',
			'sellerNotice.getMany',
			'sellerNotice.update',
			'channelProduct.delete',
		]) {
			assert.ok(names.includes(expected), expected);
		}
		assert.ok(rows.some(({ row }) => row === DELETE_ROW));
	});

	for (const { resource, row } of rows) {
		test(`${resource} → ${row.name}: ${row.method} ${row.path} and its fields are Naver's`, () => {
			const endpoint = contract().endpoints.find(
				(entry) => entry.method === row.method && entry.path === row.path,
			);
			assert.ok(endpoint, `${row.method} ${row.path} is in the contract`);
			const placeOf: Record<string, Schema | undefined> = {
				path: endpoint.pathParameters,
				query: endpoint.query,
				body: row.bodyWrapper ? endpoint.body?.properties?.[row.bodyWrapper] : endpoint.body,
			};
			for (const field of row.fields) {
				// A nested body field (`at`): every step is a property of the one before, and the
				// field is required when Naver requires it of its parent (the parent itself sent).
				const steps = (field.in === 'body' && field.at ? field.at : field.name).split('.');
				let parent = placeOf[field.in];
				for (const step of steps.slice(0, -1)) parent = parent?.properties?.[step];
				const leaf = steps[steps.length - 1];
				assert.ok(
					parent?.properties?.[leaf],
					`${steps.join('.')} is a ${field.in} field of ${row.method} ${row.path}`,
				);
				const required = steps.length === 1 && (parent?.required?.includes(leaf) ?? false);
				if (required) assert.ok(field.required, `${field.name} is required by Naver`);
			}
			for (const name of Object.keys(endpoint.pathParameters?.properties ?? {})) {
				assert.ok(
					row.fields.some((field) => field.in === 'path' && field.name === name),
					`the path's ${name} is a field`,
				);
			}
			if (row.paging?.kind === 'springPage') {
				const place = row.paging.in === 'body' ? endpoint.body : endpoint.query;
				assert.ok(place?.properties?.page, `the ${row.paging.in ?? 'query'} takes page`);
				assert.ok(place?.properties?.size, `the ${row.paging.in ?? 'query'} takes size`);
				assert.ok(
					endpoint.response?.properties?.[row.paging.listField],
					`the answer holds ${row.paging.listField}`,
				);
			}
			if (row.output?.kind === 'entries' && row.output.field) {
				assert.ok(endpoint.response?.properties?.[row.output.field], 'the answer holds the list');
			}
		});

		test(`${resource} → ${row.name}: the description says whether it writes`, () => {
			const prefix = row.writes ? 'Writes: ' : 'Read-only: ';
			assert.ok(row.description.startsWith(prefix), `"${row.description}" starts with ${prefix}`);
			// A search Naver takes as a POST (its criteria in the body, such as the SKU list's
			// query-paged-list) reads; every other method writes.
			const search = row.method === 'POST' && row.paging?.kind === 'springPage';
			assert.equal(row.writes, row.method !== 'GET' && !search, 'only GET rows and searches read');
		});
	}
});
