/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * examples/daily-statistics-to-file.json, imported as it is into a real n8n (the packed package
 * installed as a community package) against the emulator, run with `n8n execute` and n8n's own
 * defaults for file and `$env` access (files only under ~/.n8n-files). Two mornings: the first
 * reports the day before yesterday (its date put in Settings → day, as a seller adding a missed day
 * does), the second yesterday (the file as shipped). The two CSV files must then hold one header
 * row and both days' rows, as the emulator's data set says they are. examples.test.ts lists this
 * file as the one that runs the example.
 *
 * The emulator's "yesterday" follows the wall clock (it also checks signatures against it), so the
 * second morning cannot be a later day: reporting an earlier day first gives the same append.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { buildAndPack, ensureN8n, N8nInstance } from '../e2e/realN8n';
import { statisticsStateOf } from '../emulator/routes/statistics';
import {
	dateOfDay,
	dayNumber,
	KEYWORDS,
	kstDate,
	MARKETING_CHANNELS,
} from '../emulator/routes/statisticsData';
import {
	contractFindings,
	DEFAULT_APP,
	startEmulator,
	type NaverCommerceEmulator,
} from '../emulator/server';
import { credentialRef, loadExample, settingOf, type Workflow } from './exampleWorkflows';
import { lastExecution } from './storedExecutions';

const FILE = 'daily-statistics-to-file.json';
const BOM = '\ufeff';
const SALES_HEADER =
	'날짜 (date),채널 (channelName),유입 수 (numInteractions),결제금액 (payAmount)';
const KEYWORDS_HEADER =
	'날짜 (date),순위 (rank),검색어 (refKeyword),유입 수 (numInteractions),결제 수 (numPurchases),결제금액 (payAmount)';

/** The KST date `days` days before today. */
const kstDaysAgo = (days: number): string => dateOfDay(dayNumber(kstDate(Date.now())) - days);

/** The workflow with one Settings value replaced, as a seller types it. */
function withSetting(workflow: Workflow, field: string, value: string): Workflow {
	return {
		...workflow,
		nodes: workflow.nodes.map((node) => {
			if (node.name !== 'Settings') return node;
			const { assignments } = node.parameters.assignments as {
				assignments: Array<{ name: string; value: unknown }>;
			};
			return {
				...node,
				parameters: {
					...node.parameters,
					assignments: {
						assignments: assignments.map((entry) =>
							entry.name === field ? { ...entry, value } : entry,
						),
					},
				},
			};
		}),
	};
}

/**
 * A CSV file's rows of cells: a byte order mark at the very start only, every line ended by a line
 * break. No value the emulator has holds a comma or a quote, so none is quoted.
 */
function csvRows(path: string): string[][] {
	const text = readFileSync(path, 'utf-8');
	assert.ok(text.startsWith(BOM), `${path} does not start with a byte order mark`);
	assert.equal(text.indexOf(BOM, 1), -1, `${path} has a byte order mark after its start`);
	assert.ok(text.endsWith('\n'), `${path} does not end with a line break`);
	assert.ok(!text.includes('"'), text);
	return text
		.slice(BOM.length, -1)
		.split('\n')
		.map((line) => line.split(','));
}

describe(
	'the daily statistics example in a real n8n, run with n8n execute',
	{ timeout: 15 * 60_000 },
	() => {
		let emulator: NaverCommerceEmulator;
		let n8n: N8nInstance;
		/** n8n's HOME and working directory. */
		let home: string;
		let packDir: string;
		const startDir = process.cwd();
		const findingsBefore = contractFindings.length;

		/** Sales by channel of a day as the data set has them: the top 10 channels by visits. */
		function expectedSales(date: string): Array<[string, string, number, number]> {
			const day = statisticsStateOf(emulator.store).data.day(date);
			return MARKETING_CHANNELS.map((channel, index) => ({
				channelName: channel.channelName,
				visits: day.hourCells
					.filter((cell) => cell.channel === index)
					.reduce((total, cell) => total + cell.numInteractions, 0),
				paid: day.payments
					.filter((payment) => payment.channel === index)
					.reduce((total, payment) => total + payment.payAmount, 0),
			}))
				.filter((row) => row.visits > 0)
				.sort((a, b) => b.visits - a.visits)
				.slice(0, 10)
				.map((row) => [date, row.channelName, row.visits, row.paid]);
		}

		/** The day's top 10 search keywords by visits, with their payments, ranked. */
		function expectedKeywords(
			date: string,
		): Array<[string, number, string, number, number, number]> {
			const day = statisticsStateOf(emulator.store).data.day(date);
			return KEYWORDS.map((keyword, index) => {
				const payments = day.payments.filter((payment) => payment.keyword === index);
				return {
					keyword,
					visits: day.subCells
						.filter((cell) => cell.keyword === index)
						.reduce((total, cell) => total + cell.numInteractions, 0),
					purchases: payments.length,
					paid: payments.reduce((total, payment) => total + payment.payAmount, 0),
				};
			})
				.sort((a, b) => b.visits - a.visits)
				.slice(0, 10)
				.map((row, index) => [date, index + 1, row.keyword, row.visits, row.purchases, row.paid]);
		}

		before(async () => {
			const runtime = ensureN8n();
			packDir = mkdtempSync(join(tmpdir(), 'naver-statistics-example-pack-'));
			const tarball = buildAndPack(packDir);
			home = mkdtempSync(join(tmpdir(), 'naver-statistics-example-home-'));
			// n8n resolves a relative file path from its working directory, as in its Docker image
			// (WORKDIR /home/node); its processes inherit this one's.
			process.chdir(home);
			// n8n 2.x's default folder for file access; n8n writes a file there but makes no folder.
			mkdirSync(join(home, '.n8n-files'));
			emulator = await startEmulator({ productOrders: 20 });
			n8n = new N8nInstance(runtime, undefined, {
				HOME: home,
				// n8n 2.x's default (1.x allows $env unless told otherwise): the example must not need it.
				N8N_BLOCK_ENV_ACCESS_IN_NODE: 'true',
			});
			n8n.installCommunityPackage(tarball);
			const workflow = loadExample(FILE, 'exStatistics1');
			await n8n.importCredentials([
				{
					...credentialRef(workflow, 'naverCommerceApi'),
					type: 'naverCommerceApi',
					data: {
						clientId: DEFAULT_APP.clientId,
						clientSecret: DEFAULT_APP.clientSecret,
						type: 'SELF',
						baseUrl: emulator.baseUrl,
					},
				},
			]);
		});

		after(async () => {
			process.chdir(startDir);
			await emulator?.stop();
			n8n?.cleanup();
			if (home) rmSync(home, { recursive: true, force: true });
			if (packDir) rmSync(packDir, { recursive: true, force: true });
		});

		test('two mornings append each day’s sales by channel and top 10 keywords to two CSV files, one header each', async () => {
			const channelNo = String(emulator.store.channels[0].channelNo);
			// The file as shipped asks the seller for the channel number (Seller → Get Channels).
			const shipped = withSetting(loadExample(FILE, 'exStatistics1'), 'channelNo', channelNo);
			assert.equal(settingOf(loadExample(FILE, 'exStatistics1'), 'channelNo'), '');
			const salesFile = join(home, settingOf(shipped, 'salesFile'));
			const keywordsFile = join(home, settingOf(shipped, 'keywordsFile'));

			// First morning: a day missed, typed into Settings → day.
			const earlier = kstDaysAgo(2);
			await n8n.importWorkflow({ ...withSetting(shipped, 'day', earlier), id: 'exStatistics0' });
			emulator.resetStats();
			const first = await n8n.execute('exStatistics0');
			assert.ok(first.ok, first.output.slice(-3000));
			assert.equal(emulator.stats.byRoute['statistics.marketingAllDaily'], 1);
			assert.equal(emulator.stats.byRoute['statistics.marketingSearchKeyword'], 1);
			const firstRun = lastExecution(n8n, 'exStatistics0');
			// The node's rows carry numbers as numbers.
			const salesItems = firstRun.nodes['Sales by channel'] ?? [];
			assert.ok(salesItems.length > 0);
			for (const item of salesItems) {
				assert.equal(typeof item.payAmount, 'number', JSON.stringify(item));
				assert.equal(typeof item.numInteractions, 'number', JSON.stringify(item));
			}
			assert.deepEqual(csvRows(salesFile), [
				SALES_HEADER.split(','),
				...expectedSales(earlier).map((row) => row.map(String)),
			]);
			assert.deepEqual(csvRows(keywordsFile), [
				KEYWORDS_HEADER.split(','),
				...expectedKeywords(earlier).map((row) => row.map(String)),
			]);

			// Second morning: the file as shipped reports yesterday (KST) and appends it.
			const yesterdayBefore = kstDaysAgo(1);
			await n8n.importWorkflow(shipped);
			emulator.resetStats();
			const second = await n8n.execute('exStatistics1');
			assert.ok(second.ok, second.output.slice(-3000));
			const yesterdayAfter = kstDaysAgo(1);
			const [settings] = lastExecution(n8n, 'exStatistics1').nodes['Settings'] ?? [];
			const yesterday = String(settings?.day);
			// A run across KST midnight may see either day as yesterday.
			assert.ok([yesterdayBefore, yesterdayAfter].includes(yesterday), yesterday);
			assert.notEqual(yesterday, earlier);

			const sales = csvRows(salesFile);
			assert.deepEqual(sales, [
				SALES_HEADER.split(','),
				...expectedSales(earlier).map((row) => row.map(String)),
				...expectedSales(yesterday).map((row) => row.map(String)),
			]);
			const keywords = csvRows(keywordsFile);
			assert.deepEqual(keywords, [
				KEYWORDS_HEADER.split(','),
				...expectedKeywords(earlier).map((row) => row.map(String)),
				...expectedKeywords(yesterday).map((row) => row.map(String)),
			]);
			// Amounts are written as plain whole numbers, which a spreadsheet reads as numbers.
			for (const row of sales.slice(1)) assert.match(row[3], /^\d+$/);
			for (const row of keywords.slice(1)) assert.match(row[5], /^\d+$/);
			assert.equal(keywords.length, 1 + 10 + 10);
			assert.deepEqual(contractFindings.slice(findingsBefore), []);
			console.log(
				`daily-statistics-to-file: ${earlier} then ${yesterday}: ${sales.length - 1} channel rows, ${keywords.length - 1} keyword rows`,
			);
		});
	},
);
