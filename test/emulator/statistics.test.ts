/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * API데이터솔루션 over HTTP: the 23 statistics endpoints answer records that follow the contract
 * (every documented response field seen, at least 95 % of each endpoint's), a day's figures agree
 * across the reports that must agree, the top-N cuts hold, the date rules are refused as the
 * pages describe them, and a store without the subscription is refused. No answer breaks the
 * contract.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { findEndpoint, type Schema } from '../contract/contract';
import { formatKst } from './kst';
import { requestTokenDirectly } from './directToken';
import { callEmulator } from './registrationBody';
import { statisticsStateOf, TOP_N } from './routes/statistics';
import { dateOfDay, dayNumber, monthsBefore, MONTHS_KEPT } from './routes/statisticsData';
import { contractFindings, type NaverCommerceEmulator, startEmulator } from './server';

type Json = Record<string, unknown>;
/** A report's row: its figures and dimensions, read loosely for sums and comparisons. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;

const BIZDATA_REPORTS = [
	'marketing/all/daily',
	'marketing/all/detail',
	'marketing/custom/detail',
	'marketing/custom/simple',
	'marketing/hourly/detail',
	'marketing/hourly/simple',
	'marketing/search/detail',
	'marketing/search/keyword',
	'marketing/website/daily',
	'marketing/website/detail',
	'sales/delivery/detail',
	'sales/hourly/detail',
	'sales/product-marketing/category',
	'sales/product-marketing/detail',
	'sales/product-search/detail',
	'sales/product-search/keyword-by-product',
	'sales/product/detail',
	'shopping/page/detail',
	'shopping/product/detail',
];

/** Leaf paths of a documented schema (as scripts/contract/coverage.ts counts them). */
function documentedLeaves(schema: Schema | undefined, prefix = ''): string[] {
	if (!schema) return [];
	if (schema.type === 'array') return documentedLeaves(schema.items, `${prefix}[]`);
	if (schema.type === 'object' && schema.properties && Object.keys(schema.properties).length > 0) {
		return Object.entries(schema.properties).flatMap(([key, child]) =>
			documentedLeaves(child, prefix ? `${prefix}.${key}` : key),
		);
	}
	return [prefix];
}

function presentLeaves(value: unknown, prefix: string, into: Set<string>): void {
	if (value === undefined || value === null) return;
	if (Array.isArray(value)) {
		if (value.length === 0) into.add(`${prefix}[]`);
		for (const item of value) presentLeaves(item, `${prefix}[]`, into);
		return;
	}
	if (typeof value === 'object') {
		for (const [key, child] of Object.entries(value as Json))
			presentLeaves(child, prefix ? `${prefix}.${key}` : key, into);
		return;
	}
	into.add(prefix);
}

const total = (rows: Row[], field: string) =>
	rows.reduce((sum, row) => sum + Number(row[field]), 0);

describe('Emulator: API데이터솔루션 statistics', () => {
	let emulator: NaverCommerceEmulator;
	let token = '';
	const findingsBefore = contractFindings.length;
	let channelNo = '';
	const today = () => formatKst(Date.now()).slice(0, 10);
	const daysAgo = (days: number) => dateOfDay(dayNumber(today()) - days);
	const get = (path: string, query: Record<string, string> = {}) =>
		callEmulator(emulator.baseUrl, token, 'GET', `${path}?${new URLSearchParams(query)}`);
	const report = async (name: string, startDate: string, endDate = startDate, more = {}) => {
		const answer = await get(`/v1/bizdata-stats/channels/${channelNo}/${name}`, {
			startDate,
			endDate,
			...more,
		});
		assert.equal(answer.status, 200, `${name}: ${answer.text}`);
		return answer.body;
	};
	const rows = async (name: string, startDate: string, endDate = startDate) =>
		(await report(name, startDate, endDate)).rows as Row[];

	before(async () => {
		emulator = await startEmulator({ productOrders: 30 });
		token = (await requestTokenDirectly(emulator.baseUrl)).access_token;
		channelNo = String(emulator.store.channels[0].channelNo);
	});
	after(async () => {
		await emulator.stop();
		assert.deepEqual(contractFindings.slice(findingsBefore), []);
	});

	test('every endpoint answers records that cover at least 95 % of its documented fields', async (t) => {
		const week = [daysAgo(7), daysAgo(1)];
		const answers: Array<{ path: string; body: unknown }> = [];
		for (const name of BIZDATA_REPORTS) {
			const path = `/v1/bizdata-stats/channels/${channelNo}/${name}`;
			answers.push({ path, body: await report(name, week[0], week[1]) });
		}
		const realtime = await get(`/v1/bizdata-stats/channels/${channelNo}/realtime/daily`);
		assert.equal(realtime.status, 200);
		answers.push({
			path: `/v1/bizdata-stats/channels/${channelNo}/realtime/daily`,
			body: realtime.body,
		});
		for (const path of [
			'/v1/customer-data/customer-status/account/statistics',
			`/v1/customer-data/customer-status/channels/${channelNo}/statistics`,
			'/v1/customer-data/repurchase/account/statistics',
		]) {
			const answer = await get(path, { startDate: week[0], endDate: week[1] });
			assert.equal(answer.status, 200, answer.text);
			answers.push({ path, body: JSON.parse(answer.text) });
		}
		assert.equal(answers.length, 23);
		for (const { path, body } of answers) {
			const documented = documentedLeaves(findEndpoint('GET', path)!.endpoint.response);
			const seen = new Set<string>();
			presentLeaves(body, '', seen);
			const covered = documented.filter((leaf) => seen.has(leaf));
			const share = covered.length / documented.length;
			t.diagnostic(`${path}: ${covered.length}/${documented.length}`);
			assert.ok(
				share >= 0.95,
				`${path}: ${documented.filter((leaf) => !seen.has(leaf)).join(', ')} not answered`,
			);
		}
		assert.deepEqual(contractFindings.slice(findingsBefore), []);
	});

	test("a day's channels, hours, products and delivery types add up to the day", async () => {
		for (const date of [daysAgo(1), daysAgo(2), daysAgo(30)]) {
			const sales = await rows('sales/hourly/detail', date);
			assert.equal(sales.length, 24, 'a payment every hour');
			const payAmount = total(sales, 'payAmount');
			const purchases = total(sales, 'numPurchases');
			assert.ok(payAmount > 0);
			const channels = await rows('marketing/all/daily', date);
			assert.ok(channels.every((row) => row.date === date));
			assert.equal(total(channels, 'payAmount'), payAmount, 'all/daily: the channels');
			const detail = await rows('marketing/all/detail', date);
			assert.equal(total(detail, 'payAmount'), payAmount);
			assert.equal(total(detail, 'numPurchases'), purchases);
			assert.equal(total(detail, 'numInteractions'), total(channels, 'numInteractions'));
			const hours = await rows('marketing/hourly/simple', date);
			assert.equal(total(hours, 'payAmount'), payAmount);
			assert.equal(total(hours, 'numInteractions'), total(channels, 'numInteractions'));
			const products = (await report('sales/product/detail', date)).productUnitReport as Row[];
			assert.equal(total(products, 'payAmount'), payAmount);
			assert.equal(total(products, 'numPurchases'), purchases);
			assert.equal(total(products, 'refundPayAmount'), total(sales, 'refundPayAmount'));
			assert.equal(total(products, 'productQuantity'), total(sales, 'productQuantity'));
			assert.equal(total(products, 'payAmountOnMobile'), total(sales, 'payAmountOnMobile'));
			const delivery = (await report('sales/delivery/detail', date)).deliveryReport as Row[];
			assert.equal(total(delivery, 'payAmount'), payAmount);
			assert.equal(total(delivery, 'numPurchases'), purchases);
			for (const row of delivery) {
				assert.ok(row.dispatchedDueSuccessCount <= row.dispatchedCount);
				assert.ok(row.deliveryCompletedCount <= row.dispatchedCount);
				assert.ok(row.dispatchedCount <= row.numPurchases);
			}
			const productChannels = await rows('sales/product-marketing/detail', date);
			assert.equal(total(productChannels, 'payAmount'), payAmount);
			// Fewer than 15 small categories and 50 channels here: no cut, so the whole day.
			const categories = await rows('sales/product-marketing/category', date);
			assert.equal(total(categories, 'payAmount'), payAmount);
			// Search: the keywords of the search channels are those channels' visits.
			const searchRows = await rows('marketing/search/detail', date);
			assert.equal(
				total(searchRows, 'numInteractions'),
				total(
					detail.filter((row) => row.channelGroup === '검색'),
					'numInteractions',
				),
			);
			// Websites: by day and by domain alike.
			const websiteDaily = await rows('marketing/website/daily', date);
			const websites = await rows('marketing/website/detail', date);
			assert.equal(websiteDaily.length, 1);
			assert.equal(websiteDaily[0].numInteractions, total(websites, 'numInteractions'));
			assert.equal(
				total(websites, 'numInteractions'),
				total(
					detail.filter((row) => row.channelGroup === '웹사이트'),
					'numInteractions',
				),
			);
			// Page views: the pages are the channels' views; a product's page is its detailPv.
			const pages = await rows('shopping/page/detail', date);
			assert.equal(total(pages, 'pv'), total(detail, 'pv'));
			const productViews = await rows('shopping/product/detail', date);
			for (const row of productViews) {
				const page = pages.find((each) => each.url.endsWith(`/products/${row.productId}`));
				assert.equal(row.detailPv, page?.pv);
				const sold = products.find((each) => each.productId === row.productId);
				assert.equal(row.productQuantity, sold?.productQuantity ?? 0);
			}
			// Customers: the day's payments and buyers.
			const customers = await get('/v1/customer-data/customer-status/account/statistics', {
				startDate: date,
				endDate: date,
			});
			const [status] = JSON.parse(customers.text) as Array<Record<string, Row>>;
			assert.equal(status.aggregateDate as unknown, date);
			assert.equal(status.purchaseStats.purchaseCount, purchases);
			assert.equal(status.purchaseStats.refundCount, total(sales, 'refundNumPurchases'));
			assert.equal(
				status.purchaseStats.newCustomerCount + status.purchaseStats.existCustomerCount,
				status.purchaseStats.customerCount,
			);
			assert.ok(
				Math.abs(status.malePurchaseStats.ratio + status.femalePurchaseStats.ratio - 100) <= 0.01,
			);
			const channelStatus = await get(
				`/v1/customer-data/customer-status/channels/${channelNo}/statistics`,
				{ startDate: date, endDate: date },
			);
			assert.deepEqual(JSON.parse(channelStatus.text), JSON.parse(customers.text));
		}
	});

	test('a range adds up its days; the same store answers the same figures', async () => {
		const [from, to] = [daysAgo(5), daysAgo(3)];
		const range = await rows('marketing/all/detail', from, to);
		let payAmount = 0;
		for (let day = 5; day >= 3; day--)
			payAmount += total(await rows('sales/hourly/detail', daysAgo(day)), 'payAmount');
		assert.equal(total(range, 'payAmount'), payAmount);
		const daily = await rows('marketing/all/daily', from, to);
		assert.deepEqual([...new Set(daily.map((row) => row.date))], [from, daysAgo(4), to]);
		const again = await startEmulator({ productOrders: 30 });
		try {
			const otherToken = (await requestTokenDirectly(again.baseUrl)).access_token;
			const other = await callEmulator(
				again.baseUrl,
				otherToken,
				'GET',
				`/v1/bizdata-stats/channels/${channelNo}/marketing/all/detail?startDate=${from}&endDate=${to}`,
			);
			assert.deepEqual(other.body.rows, range);
		} finally {
			await again.stop();
		}
	});

	test('the top N of each page: rows cut, ordered by the metric the page names', async () => {
		const [from, to] = [daysAgo(14), daysAgo(1)];
		const keywords = await rows('marketing/search/keyword', from, to);
		assert.equal(keywords.length, TOP_N.searchKeyword);
		const searchRows = await rows('marketing/search/detail', from, to);
		assert.ok(total(keywords, 'numInteractions') < total(searchRows, 'numInteractions'));
		const descending = (list: Row[], field: string) =>
			list.every((row, index) => index === 0 || list[index - 1][field] >= row[field]);
		assert.ok(descending(keywords, 'numInteractions'));
		const hourly = await rows('marketing/hourly/detail', from, to);
		assert.equal(hourly.length, TOP_N.hourlyDetail);
		assert.ok(descending(hourly, 'numInteractions'));
		assert.ok(hourly.every((row) => /^\d{2}$/.test(row.hour) && /DAY$/.test(row.dayOfWeek)));
		const productViews = await rows('shopping/product/detail', from, to);
		assert.equal(productViews.length, TOP_N.productActions);
		assert.ok(descending(productViews, 'detailPv'));
		const keywordsByProduct = await rows('sales/product-search/keyword-by-product', from, to);
		const byProduct = new Map<string, Row[]>();
		for (const row of keywordsByProduct)
			byProduct.set(row.productName, [...(byProduct.get(row.productName) ?? []), row]);
		assert.equal(byProduct.size, TOP_N.keywordProducts);
		assert.ok([...byProduct.values()].every((list) => list.length <= TOP_N.keywordsPerProduct));
		const categories = await rows('sales/product-marketing/category', from, to);
		assert.ok(new Set(categories.map((row) => row.smallCategory)).size <= TOP_N.categories);
		const custom = await rows('marketing/custom/simple', from, to);
		assert.ok(custom.length <= TOP_N.customSimple && descending(custom, 'numInteractions'));
		const refunds = (await report('sales/product/detail', from, to, { sort: 'refundPayAmount' }))
			.productUnitReport as Row[];
		assert.ok(descending(refunds, 'refundPayAmount'));
		const realtime = (await get(`/v1/bizdata-stats/channels/${channelNo}/realtime/daily`))
			.body as Record<string, Row[]> & { numInteraction: number; payAmount: number };
		assert.equal(total(realtime.numInteractionsByHour, 'metric'), realtime.numInteraction);
		assert.equal(total(realtime.numInteractionsByChannel, 'metric'), realtime.numInteraction);
		assert.equal(total(realtime.payAmountByHour, 'metric'), realtime.payAmount);
		assert.ok(realtime.payAmountByProduct.length <= TOP_N.realtimeProducts);
		assert.ok(descending(realtime.payAmountByProduct, 'metric'));
	});

	test('repurchase: a record a Monday in the range, for the week before it', async () => {
		let monday = dayNumber(daysAgo(1));
		while (new Date(monday * 86_400_000).getUTCDay() !== 1) monday -= 1;
		const mondayDate = dateOfDay(monday);
		const answer = await get('/v1/customer-data/repurchase/account/statistics', {
			startDate: dateOfDay(monday - 1),
			endDate: mondayDate,
		});
		const records = JSON.parse(answer.text) as Row[];
		assert.equal(records.length, 1);
		assert.equal(records[0].aggregateDate, mondayDate);
		assert.equal(records[0].periodType, 'weekly');
		const week = await rows('sales/hourly/detail', dateOfDay(monday - 7), dateOfDay(monday - 1));
		assert.equal(records[0].purchaseAmount, total(week, 'payAmount'));
		assert.ok(records[0].repurchaseAmount < records[0].purchaseAmount);
		const noMonday = await get('/v1/customer-data/repurchase/account/statistics', {
			startDate: dateOfDay(monday - 6),
			endDate: dateOfDay(monday - 4),
		});
		assert.deepEqual(JSON.parse(noMonday.text), []);
	});

	test('date rules: bizdata refuses an unreadable or reversed range with E400S00', async () => {
		for (const query of [
			{ startDate: '20261201', endDate: daysAgo(1) },
			{ startDate: daysAgo(1), endDate: daysAgo(3) },
			{ startDate: '2026-02-30', endDate: daysAgo(1) },
		]) {
			const answer = await get(
				`/v1/bizdata-stats/channels/${channelNo}/marketing/all/detail`,
				query,
			);
			assert.equal(answer.status, 400, JSON.stringify(query));
			assert.equal(answer.body.code, 'E400S00');
			assert.deepEqual(Object.keys(answer.body).sort(), [
				'code',
				'message',
				'timestamp',
				'traceId',
			]);
		}
		// "최대 18개월 전 데이터부터 제공됩니다": older days have no data.
		const first = monthsBefore(today(), MONTHS_KEPT);
		const old = await rows(
			'marketing/all/daily',
			dateOfDay(dayNumber(first) - 5),
			dateOfDay(dayNumber(first) + 1),
		);
		assert.deepEqual(
			[...new Set(old.map((row) => row.date))],
			[first, dateOfDay(dayNumber(first) + 1)],
		);
		// Today is the realtime report's; the daily reports end yesterday.
		const recent = await rows('sales/hourly/detail', daysAgo(1), today());
		assert.deepEqual([...new Set(recent.map((row) => row.date))], [daysAgo(1)]);
	});

	test('date rules: customer-data "최대 18개월 전", "최소 1일 전", yyyy-MM-dd', async () => {
		const path = '/v1/customer-data/customer-status/account/statistics';
		const first = monthsBefore(today(), MONTHS_KEPT);
		const tooOld = {
			startDate: dateOfDay(dayNumber(first) - 3),
			endDate: dateOfDay(dayNumber(first) + 2),
		};
		const untilToday = { startDate: daysAgo(2), endDate: today() };
		const refuses = Boolean(findEndpoint('GET', path)?.endpoint.errors?.['400']);
		if (refuses) {
			for (const [query, field] of [
				[tooOld, 'startDate'],
				[untilToday, 'endDate'],
				[{ startDate: '2026.12.01', endDate: daysAgo(1) }, 'startDate'],
			] as const) {
				const answer = await get(path, query);
				assert.equal(answer.status, 400);
				const inputs = answer.body.invalidInputs as Array<{ name: string }>;
				assert.deepEqual(
					inputs.map((input) => input.name),
					[field],
				);
				assert.equal(typeof answer.body.debugMessage, 'string');
			}
		} else {
			// The contract lost the pages' 400: the days inside the bounds are answered.
			const old = JSON.parse((await get(path, tooOld)).text) as Row[];
			assert.deepEqual(
				old.map((record) => record.aggregateDate),
				[first, dateOfDay(dayNumber(first) + 1), dateOfDay(dayNumber(first) + 2)],
			);
			const recent = JSON.parse((await get(path, untilToday)).text) as Row[];
			assert.deepEqual(
				recent.map((record) => record.aggregateDate),
				[daysAgo(2), daysAgo(1)],
			);
		}
	});

	test('with a store per seller, each seller has its own figures and its own subscription', async () => {
		const perSeller = await startEmulator({ productOrders: 30, storePerSeller: true });
		try {
			const call = async (seller: string) => {
				const sellerToken = (await requestTokenDirectly(perSeller.baseUrl, undefined, seller))
					.access_token;
				const channel = String(perSeller.sellerStore(seller).channels[0].channelNo);
				return await callEmulator(
					perSeller.baseUrl,
					sellerToken,
					'GET',
					`/v1/bizdata-stats/channels/${channel}/marketing/all/detail?startDate=${daysAgo(2)}&endDate=${daysAgo(1)}`,
				);
			};
			const first = await call('linked_seller');
			const second = await call('ncp_2linkedSellerUid0001');
			assert.equal(first.status, 200);
			assert.equal(second.status, 200);
			assert.notDeepEqual(first.body.rows, second.body.rows);
			// A seller's routes are built on its first call; its subscription is its own.
			statisticsStateOf(perSeller.sellerStore('linked_seller')).subscribed = false;
			assert.equal((await call('linked_seller')).status, 403);
			assert.equal((await call('ncp_2linkedSellerUid0001')).status, 200);
			assert.equal(statisticsStateOf(perSeller.store).subscribed, true);
		} finally {
			await perSeller.stop();
		}
	});

	test('a store without the API데이터솔루션 subscription is refused, and another channel too', async () => {
		const state = statisticsStateOf(emulator.store);
		state.subscribed = false;
		try {
			const refused = await get(`/v1/bizdata-stats/channels/${channelNo}/marketing/all/detail`, {
				startDate: daysAgo(2),
				endDate: daysAgo(1),
			});
			assert.equal(refused.status, 403);
			assert.equal(refused.body.code, 'E403A01');
			assert.match(String(refused.body.message), /API데이터솔루션/);
			const realtime = await get(`/v1/bizdata-stats/channels/${channelNo}/realtime/daily`);
			assert.equal(realtime.status, 403);
			for (const path of [
				'/v1/customer-data/customer-status/account/statistics',
				'/v1/customer-data/repurchase/account/statistics',
			]) {
				const answer = await get(path, { startDate: daysAgo(2), endDate: daysAgo(1) });
				assert.equal(answer.status, 401);
				assert.deepEqual(Object.keys(answer.body).sort(), [
					'code',
					'debugMessage',
					'invalidInputs',
					'message',
					'timestamp',
					'traceId',
				]);
			}
		} finally {
			state.reset();
		}
		assert.equal(state.subscribed, true);
		const served = await get(`/v1/bizdata-stats/channels/${channelNo}/marketing/all/detail`, {
			startDate: daysAgo(2),
			endDate: daysAgo(1),
		});
		assert.equal(served.status, 200);
		const otherChannel = await get('/v1/bizdata-stats/channels/999/marketing/all/detail', {
			startDate: daysAgo(2),
			endDate: daysAgo(1),
		});
		assert.equal(otherChannel.status, 403);
		assert.equal(otherChannel.body.code, 'E403A01');
	});
});
