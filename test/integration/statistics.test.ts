/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Statistics (Brand Store) (actions/statistics/Statistics.resource.ts, rows of the endpoint table
 * with output `rows`) through n8n-core against the emulator: each of the 23 operations' request as
 * the emulator received it, tidy rows (plain columns, numbers as numbers, one item per date ×
 * dimension, a day's channels adding up to the emulator's data), Naver's answer behind the Output
 * option, the date rules refused before any request, the message for a store without the
 * API데이터솔루션 subscription, paired items, continueOnFail and the Channel "From List".
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import { tidyRows } from '../../nodes/NaverCommerce/actions/endpointTable';
import { ROWS } from '../../nodes/NaverCommerce/actions/statistics/Statistics.resource';
import { STATISTICS_NUMBER_COLUMNS } from '../../nodes/NaverCommerce/actions/statistics/statisticsRules';
import { findEndpoint, type Schema } from '../contract/contract';
import { formatKst } from '../emulator/kst';
import { statisticsStateOf, type StatisticsState } from '../emulator/routes/statistics';
import { dateOfDay, dayNumber } from '../emulator/routes/statisticsData';
import {
	contractFindings,
	DEFAULT_APP,
	type EmulatorRoute,
	type NaverCommerceEmulator,
	startEmulator,
} from '../emulator/server';
import { credentialsFor, runListSearch, runNaverCommerceNode } from '../helpers/n8nHarness';

interface Received {
	method: string;
	path: string;
	query: Record<string, string>;
}

const picked = (value: string, mode: 'list' | 'id' = 'list') => ({ __rl: true, mode, value });

/** A schema's leaves as the node's plain columns (`purchaseStats_customerCount`) and their types. */
function columnTypes(schema: Schema | undefined, prefix = '', into: Record<string, string> = {}) {
	if (schema?.properties) {
		for (const [key, child] of Object.entries(schema.properties))
			columnTypes(child, prefix ? `${prefix}_${key}` : key, into);
	} else if (schema?.type) into[prefix] = schema.type;
	return into;
}

describe('Statistics (Brand Store) through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	let state: StatisticsState;
	let channelNo = '';
	const received: Received[] = [];
	const findingsBefore = contractFindings.length;
	const today = () => formatKst(Date.now()).slice(0, 10);
	const daysAgo = (days: number) => dateOfDay(dayNumber(today()) - days);
	const run = (
		operation: string,
		parameters: IDataObject = {},
		options: { continueOnFail?: boolean; inputItems?: IDataObject[] } = {},
	) =>
		runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			parameters: { resource: 'statistics', operation, ...parameters },
			...options,
		});
	const itemsOf = (result: Awaited<ReturnType<typeof run>>) => {
		assert.equal(result.error, undefined, result.error?.message);
		return result.items!;
	};
	const jsonOf = (result: Awaited<ReturnType<typeof run>>) =>
		itemsOf(result).map((item) => item.json);
	const week = () => ({ startDate: daysAgo(7), endDate: daysAgo(1) });

	before(async () => {
		emulator = await startEmulator({ productOrders: 10 });
		state = statisticsStateOf(emulator.store);
		channelNo = String(emulator.store.channels[0].channelNo);
		for (const route of (emulator as unknown as { routes: EmulatorRoute[] }).routes) {
			const handler = route.handler;
			route.handler = (request, match) => {
				if (route.name.startsWith('statistics.')) {
					received.push({
						method: request.method,
						path: request.path,
						query: Object.fromEntries(request.query),
					});
				}
				return handler(request, match);
			};
		}
	});
	after(async () => {
		await emulator.stop();
		assert.deepEqual(contractFindings.slice(findingsBefore), []);
	});
	beforeEach(() => {
		state.reset();
		received.length = 0;
	});

	test('every operation: its request as Naver takes it, and rows with plain columns, numbers as numbers', async () => {
		assert.equal(ROWS.length, 23);
		const range = week();
		for (const row of ROWS) {
			const hasChannel = row.fields.some((field) => field.name === 'channelNo');
			const hasDates = row.fields.some((field) => field.name === 'startDate');
			const parameters: IDataObject = {
				...(hasChannel ? { channelNo: picked(channelNo) } : {}),
				...(hasDates ? range : {}),
				...(row.value === 'getProductSales' ? { sort: 'refundPayAmount' } : {}),
			};
			const rows = jsonOf(await run(row.value, parameters));
			const path = row.path.replace('{channelNo}', channelNo);
			assert.deepEqual(
				received,
				[
					{
						method: 'GET',
						path,
						query: {
							...(hasDates ? range : {}),
							...(row.value === 'getProductSales' ? { sort: 'refundPayAmount' } : {}),
						},
					},
				],
				row.value,
			);
			received.length = 0;
			assert.ok(rows.length > 0, `${row.value}: rows`);

			const response = findEndpoint('GET', path)!.endpoint.response;
			const output = row.output as { field?: string };
			const entry =
				row.value === 'getTodayReport'
					? undefined
					: output.field
						? response?.properties?.[output.field]?.items
						: response?.items;
			const documented = entry
				? columnTypes(entry)
				: { date: 'string', measure: 'string', breakdown: 'string', dimension: 'string' };
			const ownDate = 'date' in documented || 'aggregateDate' in documented;
			for (const item of rows) {
				if (hasChannel) assert.equal(item.channelNo, Number(channelNo), row.value);
				if (!ownDate) {
					assert.equal(item.startDate, range.startDate, row.value);
					assert.equal(item.endDate, range.endDate, row.value);
				}
				for (const [column, value] of Object.entries(item)) {
					assert.ok(
						value === null || typeof value !== 'object',
						`${row.value}: ${column} is a plain value`,
					);
					const type = documented[column];
					if (type === 'number' || type === 'integer') {
						assert.equal(typeof value, 'number', `${row.value}: ${column} is a number`);
						assert.ok(
							STATISTICS_NUMBER_COLUMNS.has(column),
							`${row.value}: ${column} would be read as a number if sent as text`,
						);
					}
					if (!['channelNo', 'startDate', 'endDate', 'metric', 'rate'].includes(column)) {
						assert.ok(type, `${row.value}: ${column} is a documented column`);
					}
				}
			}
		}
	});

	test("Get Marketing Channels by Day: one item per day and channel; a day's channels add up to the emulator's day", async () => {
		const [first, last] = [daysAgo(3), daysAgo(2)];
		const rows = jsonOf(
			await run('getMarketingChannelsDaily', {
				channelNo: picked(channelNo),
				startDate: first,
				endDate: last,
			}),
		);
		for (const date of [first, last]) {
			const day = state.data.day(date);
			const ofDay = rows.filter((row) => row.date === date);
			const channels = ofDay.map((row) => row.channelName);
			assert.equal(new Set(channels).size, channels.length, 'one item per channel');
			assert.ok(ofDay.length > 1);
			const sum = (field: string) =>
				ofDay.reduce((total, row) => total + (row[field] as number), 0);
			assert.equal(
				sum('payAmount'),
				day.payments.reduce((total, payment) => total + payment.payAmount, 0),
			);
			assert.equal(
				sum('numInteractions'),
				day.hourCells.reduce((total, cell) => total + cell.numInteractions, 0),
			);
		}
		assert.equal(
			rows.length,
			rows.filter((row) => [first, last].includes(String(row.date))).length,
		);
		assert.deepEqual(Object.keys(rows[0]), [
			'channelNo',
			'channelName',
			'date',
			'numInteractions',
			'payAmount',
		]);
	});

	test("Get Today's Report: the two totals, then one item per hour, product and channel with the same columns", async () => {
		const rows = jsonOf(await run('getTodayReport', { channelNo: picked(channelNo) }));
		const columns = ['channelNo', 'date', 'measure', 'breakdown', 'dimension', 'metric', 'rate'];
		for (const row of rows) assert.deepEqual(Object.keys(row), columns);
		assert.ok(rows.every((row) => row.date === today()));
		const totals = rows.filter((row) => row.breakdown === 'total');
		assert.deepEqual(
			totals.map((row) => [row.measure, row.rate]),
			[
				['payAmount', null],
				['numInteractions', null],
			],
		);
		const sumOf = (measure: string, breakdown: string) =>
			rows
				.filter((row) => row.measure === measure && row.breakdown === breakdown)
				.reduce((total, row) => total + (row.metric as number), 0);
		const total = (measure: string) => totals.find((row) => row.measure === measure)!.metric;
		assert.equal(sumOf('payAmount', 'hour'), total('payAmount'));
		assert.equal(sumOf('numInteractions', 'hour'), total('numInteractions'));
		for (const breakdown of ['product', 'channel']) {
			assert.ok(
				rows.some((row) => row.breakdown === breakdown),
				breakdown,
			);
		}

		const [answer] = jsonOf(
			await run('getTodayReport', { channelNo: picked(channelNo), outputFormat: 'answer' }),
		);
		assert.equal(answer.payAmount, total('payAmount'));
		assert.equal(answer.numInteraction, total('numInteractions'));
		assert.equal(
			(answer.payAmountByHour as IDataObject[]).length,
			rows.filter((row) => row.measure === 'payAmount' && row.breakdown === 'hour').length,
		);
	});

	test('Get Customer Status: one item per day, nested figures as plain columns', async () => {
		const range = { startDate: daysAgo(3), endDate: daysAgo(1) };
		const rows = jsonOf(await run('getCustomerStatus', range));
		assert.deepEqual(
			rows.map((row) => row.aggregateDate),
			[daysAgo(3), daysAgo(2), daysAgo(1)],
		);
		for (const row of rows) {
			assert.equal(typeof row.purchaseStats_customerCount, 'number');
			assert.equal(typeof row.agePurchaseStats_early30s_femalePurchaseStats_ratio, 'number');
			assert.equal(typeof row.loungeStats_level5Count, 'number');
			assert.equal(row.startDate, undefined, 'a row with its own date has no range columns');
		}
		const [answer] = jsonOf(await run('getCustomerStatus', { ...range, outputFormat: 'answer' }));
		const days = answer.body as IDataObject[];
		assert.equal(days.length, 3);
		assert.equal(
			(days[0].purchaseStats as IDataObject).customerCount,
			rows[0].purchaseStats_customerCount,
		);
	});

	test('Get Repurchase: one item per week, for a range that holds a Monday', async () => {
		const rows = jsonOf(
			await run('getRepurchase', { startDate: daysAgo(14), endDate: daysAgo(1) }),
		);
		assert.equal(rows.length, 2);
		for (const row of rows) {
			assert.equal(new Date(`${String(row.aggregateDate)}T00:00:00Z`).getUTCDay(), 1);
			assert.equal(typeof row.repurchaseAmount, 'number');
		}
	});

	test("Output → Naver's Answer: one item with the answer as the emulator sent it", async () => {
		const range = week();
		const rows = jsonOf(await run('getSearchKeywords', { channelNo: picked(channelNo), ...range }));
		const answers = jsonOf(
			await run('getSearchKeywords', {
				channelNo: picked(channelNo),
				...range,
				outputFormat: 'answer',
			}),
		);
		assert.equal(answers.length, 1);
		assert.deepEqual(
			answers[0].rows,
			rows.map((row) =>
				Object.fromEntries(
					Object.entries(row).filter(
						([column]) => !['channelNo', 'startDate', 'endDate'].includes(column),
					),
				),
			),
		);
	});

	test('two input items: each gets its own rows, paired with it', async () => {
		const result = await run(
			'getSearchKeywords',
			{ channelNo: picked(channelNo), startDate: '={{ $json.day }}', endDate: '={{ $json.day }}' },
			{ inputItems: [{ day: daysAgo(2) }, { day: daysAgo(1) }] },
		);
		const items = itemsOf(result);
		const first = items.filter((item) => (item.pairedItem as { item: number }).item === 0);
		const second = items.filter((item) => (item.pairedItem as { item: number }).item === 1);
		assert.ok(first.length > 0 && second.length > 0);
		assert.equal(first.length + second.length, items.length);
		assert.ok(first.every((item) => item.json.startDate === daysAgo(2)));
		assert.ok(second.every((item) => item.json.startDate === daysAgo(1)));
	});

	test('dates the pages rule out are refused before any request, as failed items paired with theirs', async () => {
		const lastTuesday = (() => {
			let day = dayNumber(daysAgo(8));
			while (new Date(day * 86_400_000).getUTCDay() !== 2) day--;
			return day;
		})();
		const refusals: Array<[string, IDataObject, RegExp]> = [
			[
				'getSalesByHour',
				{ channelNo: picked(channelNo), startDate: '2026/12/01', endDate: daysAgo(1) },
				/^Start Date must be a day as yyyy-MM-dd/,
			],
			[
				'getSalesByHour',
				{ channelNo: picked(channelNo), startDate: daysAgo(1), endDate: daysAgo(2) },
				/is after End Date/,
			],
			[
				'getCustomerStatus',
				{ startDate: daysAgo(2), endDate: today() },
				/^End Date must be yesterday/,
			],
			[
				'getChannelCustomerStatus',
				{ channelNo: picked(channelNo), startDate: daysAgo(560), endDate: daysAgo(1) },
				/^Start Date must be .* \(18 months ago at most\)/,
			],
			[
				'getRepurchase',
				{ startDate: dateOfDay(lastTuesday), endDate: dateOfDay(lastTuesday + 5) },
				/holds no Monday/,
			],
			[
				'getSearchKeywords',
				{
					channelNo: picked('={{ $json.missing }}', 'id'),
					startDate: daysAgo(2),
					endDate: daysAgo(1),
				},
				/^Channel is empty/,
			],
		];
		for (const [operation, parameters, message] of refusals) {
			const result = await run(operation, parameters, {
				continueOnFail: true,
				inputItems: [{}, {}],
			});
			assert.equal(result.items?.length, 2, operation);
			result.items!.forEach((item, index) => {
				assert.equal(item.json.success, false);
				assert.match(String(item.json.error), message, operation);
				assert.deepEqual(item.pairedItem, { item: index });
			});
		}
		assert.deepEqual(received, []);
		// A range of the same days that holds a Monday is sent.
		jsonOf(
			await run('getRepurchase', {
				startDate: dateOfDay(lastTuesday - 1),
				endDate: dateOfDay(lastTuesday + 5),
			}),
		);
		assert.equal(received.length, 1);
	});

	test('a store without the API데이터솔루션 subscription: both families say what to subscribe to', async () => {
		state.subscribed = false;
		const runs: Array<[string, IDataObject, number]> = [
			['getMarketingChannelsDaily', { channelNo: picked(channelNo), ...week() }, 403],
			['getTodayReport', { channelNo: picked(channelNo) }, 403],
			['getCustomerStatus', week(), 401],
			['getRepurchase', { startDate: daysAgo(14), endDate: daysAgo(1) }, 401],
		];
		for (const [operation, parameters, status] of runs) {
			const failed = await run(operation, parameters);
			assert.match(
				String(failed.error?.message),
				/may lack the API데이터솔루션 subscription \(커머스솔루션마켓\) or may not be a brand store/,
				operation,
			);
			const [item] = itemsOfFailure(await run(operation, parameters, { continueOnFail: true }));
			assert.equal(item.json.httpStatus, status, operation);
			assert.match(String(item.json.error), /API데이터솔루션 subscription/);
			assert.match(String(item.json.description), /커머스솔루션마켓/);
			assert.deepEqual(item.pairedItem, { item: 0 });
		}
	});

	test("a gateway refusal (GW.IP_NOT_ALLOWED) keeps its own hint, not the subscription's", async () => {
		emulator.faults.push({
			method: 'GET',
			pathPrefix: '/v1/bizdata-stats',
			status: 403,
			code: 'GW.IP_NOT_ALLOWED',
			message: 'IP not allowed',
			remaining: 1,
		});
		try {
			const failed = await run('getMarketingChannelsDaily', {
				channelNo: picked(channelNo),
				...week(),
			});
			assert.match(String(failed.error?.message), /GW\.IP_NOT_ALLOWED/);
			assert.doesNotMatch(String(failed.error?.message), /subscription/);
		} finally {
			emulator.faults.length = 0;
		}
	});

	test('a figure Naver sent as text becomes a number where the reference types it so; text columns stay text', () => {
		const output = ROWS.find((row) => row.value === 'getSalesByHour')!.output!;
		assert.equal(output.kind, 'rows');
		const rows = tidyRows(
			output as Parameters<typeof tidyRows>[0],
			{
				rows: [
					{
						date: '2026-12-01',
						hour: '09',
						payAmount: '1200',
						numUsers: '3',
						refundPayAmount: 'n/a',
					},
				],
			},
			{ channelNo: 1 },
			{ startDate: '2026-12-01', endDate: '2026-12-01' },
		);
		assert.deepEqual(rows, [
			{
				channelNo: 1,
				date: '2026-12-01',
				hour: '09',
				payAmount: 1200,
				numUsers: 3,
				refundPayAmount: 'n/a',
			},
		]);
	});

	test('Channel "From List": the store\'s channels, narrowed by name or number', async () => {
		const search = (filter?: string) =>
			runListSearch({
				credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
				method: 'searchStatisticsChannels',
				filter,
			});
		const all = await search();
		assert.deepEqual(
			all.results.map((result) => result.value),
			emulator.store.channels.map((channel) => String(channel.channelNo)),
		);
		const channel = emulator.store.channels[0];
		assert.ok(all.results[0].name.includes(String(channel.channelNo)));
		assert.equal((await search(String(channel.channelNo))).results.length, 1);
		assert.equal((await search('no such channel name')).results.length, 0);
	});
});

function itemsOfFailure(result: Awaited<ReturnType<typeof runNaverCommerceNode>>) {
	assert.equal(result.error, undefined, result.error?.message);
	assert.equal(result.items?.length, 1);
	return result.items!;
}
