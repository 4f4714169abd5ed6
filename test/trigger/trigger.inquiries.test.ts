/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Trigger On "New Customer Inquiry" and "New Product Question", rule by rule, through n8n-core's
 * PollContext against the emulator: the first activation, what is asked of Naver, equal
 * registration times across polls, the safety lag and late listings, an answer given between
 * polls (with and without Only Unanswered), failures, backfill in week-long windows, paging,
 * Fetch Test Event, and a node switched from product orders to inquiries.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';

import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { parseNaverDateTime } from '../emulator/kst.ts';
import { inquiryIdentity, questionIdentity } from '../emulator/inquiryStream.ts';
import {
	addCustomerInquiry,
	addProductQuestion,
	answerInSellerCenter,
	inquiryStateOf,
	type CustomerInquiry,
	type ProductQuestion,
	type RecordedRequest,
} from '../emulator/routes/inquiries.ts';
import { DEFAULT_APP, NaverCommerceEmulator } from '../emulator/server.ts';
import type { Store } from '../emulator/store.ts';
import { credentialsFor } from '../helpers/n8nHarness.ts';
import { TriggerHost, type Persistence } from './pollHarness.ts';
import { emittedRegistrationIdentity, sleep } from './streamCheck.ts';

const DAY_MS = 86_400_000;
const KST_OFFSET_MS = 9 * 3_600_000;

/** The last millisecond of the KST day that holds `ms`. */
function kstDayEnd(ms: number): number {
	return Math.floor((ms + KST_OFFSET_MS) / DAY_MS) * DAY_MS - KST_OFFSET_MS + DAY_MS - 1;
}

const emulators: NaverCommerceEmulator[] = [];
after(async () => {
	await Promise.all(emulators.map(async (emulator) => await emulator.stop()));
});

async function startEmulator(): Promise<NaverCommerceEmulator> {
	const emulator = await new NaverCommerceEmulator().start();
	emulators.push(emulator);
	return emulator;
}

type Source = 'customerInquiry' | 'productQuestion';
type Entry = CustomerInquiry | ProductQuestion;

/** What differs between the two sources, for the tests that hold for both. */
interface SourceKit {
	source: Source;
	route: string;
	cursorKey: string;
	pageSize: number;
	add(store: Store, ms: number): Entry;
	identity(entry: Entry): string;
	/** When it was registered. */
	ms(entry: Entry): number;
	/** Every record the emulator holds, with its registration time. */
	all(store: Store): Array<{ ms: number; entry: Entry; answered: boolean }>;
	/** The period a recorded list request asked for, as [first ms, last ms]. */
	period(request: RecordedRequest): [number, number];
}

const KITS: SourceKit[] = [
	{
		source: 'customerInquiry',
		route: 'inquiries.list',
		cursorKey: 'customerInquiryCursor',
		pageSize: 200,
		add: (store, ms) => addCustomerInquiry(store, { registeredMs: ms }),
		identity: (entry) => inquiryIdentity(entry as CustomerInquiry),
		ms: (entry) => (entry as CustomerInquiry).registeredMs,
		all: (store) =>
			inquiryStateOf(store).inquiries.map((entry) => ({
				ms: entry.registeredMs,
				entry,
				answered: entry.answerContentId !== undefined,
			})),
		period: (request) => [
			Date.parse(`${request.query.startSearchDate[0]}T00:00:00+09:00`),
			Date.parse(`${request.query.endSearchDate[0]}T00:00:00+09:00`) + DAY_MS - 1,
		],
	},
	{
		source: 'productQuestion',
		route: 'qnas.list',
		cursorKey: 'productQuestionCursor',
		pageSize: 100,
		add: (store, ms) => addProductQuestion(store, { createdMs: ms }),
		identity: (entry) => questionIdentity(entry as ProductQuestion),
		ms: (entry) => (entry as ProductQuestion).createdMs,
		all: (store) =>
			inquiryStateOf(store).questions.map((entry) => ({
				ms: entry.createdMs,
				entry,
				answered: entry.answer !== undefined,
			})),
		period: (request) => [
			parseNaverDateTime(request.query.fromDate[0]) ?? NaN,
			parseNaverDateTime(request.query.toDate[0]) ?? NaN,
		],
	},
];

function hostFor(
	emulator: NaverCommerceEmulator,
	parameters: IDataObject,
	persistence: Persistence = 'legacy',
): TriggerHost {
	return new TriggerHost(credentialsFor(emulator.baseUrl, DEFAULT_APP), parameters, persistence);
}

function listRequests(emulator: NaverCommerceEmulator, route: string): RecordedRequest[] {
	return inquiryStateOf(emulator.store).requests.filter((request) => request.route === route);
}

const emitted = (items: Array<{ json: IDataObject }> | undefined) =>
	(items ?? []).map((item) => emittedRegistrationIdentity(item));

for (const kit of KITS) {
	describe(`Naver Commerce Trigger on ${kit.source}`, () => {
		it('first activation asks Naver nothing and emits no history; a new one is emitted once, read with the largest page and no answered filter', async () => {
			const emulator = await startEmulator();
			const host = hostFor(emulator, {
				triggerOn: kit.source,
				options: { safetyLagSeconds: 0.2 },
			});
			const activation = await host.activate();
			assert.equal(activation.error, undefined, String(activation.error));
			assert.equal(activation.items, undefined);
			assert.equal(listRequests(emulator, kit.route).length, 0, 'activation only sets the cursor');
			assert.ok(host.savedNodeStaticData()[kit.cursorKey], 'the cursor is saved');

			const entry = kit.add(emulator.store, Date.now());
			await sleep(300);
			const first = await host.poll();
			const afterMs = Date.now();
			assert.equal(first.error, undefined, String(first.error));
			assert.deepEqual(emitted(first.items), [kit.identity(entry)]);
			const json = first.items![0].json;
			assert.equal(json.answered, false, "Naver's record, as it is");

			const requests = listRequests(emulator, kit.route);
			assert.ok(requests.length >= 1);
			for (const request of requests) {
				assert.deepEqual(request.query.size, [String(kit.pageSize)], 'the largest page');
				assert.equal(request.query.answered, undefined, 'no server-side answered filter');
				const [fromMs, toMs] = kit.period(request);
				assert.ok(fromMs <= kit.ms(entry), 'the window holds the new one');
				// Inquiries are asked for by whole KST days, up to the day of now minus the lag;
				// questions by date-time, up to now minus the lag (plus the 1 ms either side).
				const latestMs = kit.source === 'customerInquiry' ? kstDayEnd(afterMs) : afterMs - 200 + 1;
				assert.ok(toMs <= latestMs, 'nothing is asked for beyond now minus the lag');
			}
			assert.equal((await host.poll()).items, undefined, 'nothing twice');
		});

		it('splits a group of equal registration times across polls without loss or repeat', async () => {
			const emulator = await startEmulator();
			const host = hostFor(emulator, {
				triggerOn: kit.source,
				onlyUnanswered: false,
				options: { safetyLagSeconds: 0.2, maxChangesPerPoll: 7 },
			});
			await host.activate();
			const stampMs = Date.now() + 5;
			const group = Array.from({ length: 23 }, () => kit.add(emulator.store, stampMs));
			await sleep(400);
			const sizes: number[] = [];
			for (let poll = 0; poll < 6; poll++) {
				const outcome = await host.poll();
				assert.equal(outcome.error, undefined, String(outcome.error));
				sizes.push(outcome.items?.length ?? 0);
				host.stop(); // the next poll starts from the saved static data only
			}
			assert.deepEqual(sizes, [7, 7, 7, 2, 0, 0]);
			assert.deepEqual(
				host.executions.flat().map(emittedRegistrationIdentity).sort(),
				group.map(kit.identity).sort(),
			);
		});

		it('holds a late-listed one back until it is older than the safety lag', async () => {
			const emulator = await startEmulator();
			const host = hostFor(emulator, { triggerOn: kit.source, options: { safetyLagSeconds: 1 } });
			await host.activate();
			await sleep(1_100);
			assert.equal((await host.poll()).items, undefined);
			// Naver lists one dated 600 ms ago only now, after a poll covered up to now − 1 s.
			const late = kit.add(emulator.store, Date.now() - 600);
			assert.equal((await host.poll()).items, undefined, 'not yet older than the lag');
			await sleep(1_000);
			assert.deepEqual(emitted((await host.poll()).items), [kit.identity(late)]);
		});

		it('answered between polls: Only Unanswered never emits it, without it it comes once, answered; an answer after emission emits nothing', async () => {
			const emulator = await startEmulator();
			const unanswered = hostFor(emulator, {
				triggerOn: kit.source,
				options: { safetyLagSeconds: 0.5 },
			});
			const everything = hostFor(emulator, {
				triggerOn: kit.source,
				onlyUnanswered: false,
				options: { safetyLagSeconds: 0.5 },
			});
			await unanswered.activate();
			await everything.activate();
			const answeredSoon = kit.add(emulator.store, Date.now());
			const answeredLater = kit.add(emulator.store, Date.now());
			// A poll within the lag sees neither yet; then the seller answers the first one.
			assert.equal((await unanswered.poll()).items, undefined);
			assert.equal((await everything.poll()).items, undefined);
			answerInSellerCenter(emulator.store, answeredSoon, Date.now());
			await sleep(600);

			assert.deepEqual(emitted((await unanswered.poll()).items), [kit.identity(answeredLater)]);
			const all = (await everything.poll()).items ?? [];
			assert.deepEqual(emitted(all).sort(), [answeredSoon, answeredLater].map(kit.identity).sort());
			const answeredItem = all.find(
				(item) => emittedRegistrationIdentity(item) === kit.identity(answeredSoon),
			);
			assert.equal(answeredItem?.json.answered, true, 'emitted as it is now: answered');

			// Answering the one already emitted does not emit it again, nor anything else.
			answerInSellerCenter(emulator.store, answeredLater, Date.now());
			await sleep(600);
			for (const host of [unanswered, everything]) {
				assert.equal((await host.poll()).items, undefined);
				assert.equal((await host.restart()).items, undefined);
				assert.equal((await host.poll()).items, undefined);
			}
		});

		it('a failed poll throws the NodeApiError, emits nothing, keeps the cursor; the next poll emits the same one', async () => {
			const emulator = await startEmulator();
			const host = hostFor(emulator, { triggerOn: kit.source, options: { safetyLagSeconds: 0.2 } });
			await host.activate();
			const entry = kit.add(emulator.store, Date.now());
			await sleep(300);
			const saved = host.savedStaticData;
			emulator.faults.push({
				pathPrefix:
					kit.source === 'customerInquiry' ? '/v1/pay-user/inquiries' : '/v1/contents/qnas',
				status: 403,
				code: 'GW.IP_NOT_ALLOWED',
				remaining: 1,
			});
			const failed = await host.poll();
			assert.ok(failed.error instanceof NodeApiError, 'n8n gets a NodeApiError');
			assert.match(failed.error.message, /GW\.IP_NOT_ALLOWED/);
			assert.equal(host.errors.length, 1, 'n8n records the failed poll');
			assert.equal(host.executions.length, 0);
			assert.equal(host.savedStaticData, saved);
			assert.deepEqual(emitted((await host.poll()).items), [kit.identity(entry)]);
		});

		it('backfill of 10 days emits each of those once, read a week at a time', async () => {
			const emulator = await startEmulator();
			const host = hostFor(
				emulator,
				{
					triggerOn: kit.source,
					onlyUnanswered: false,
					options: { backfillHours: 240, safetyLagSeconds: 1 },
				},
				'durable',
			);
			const outcome = await host.activate();
			assert.equal(outcome.error, undefined, String(outcome.error));
			const start = (host.savedGlobalStaticData().naverCommerceTriggerStart as IDataObject)[
				'trigger-node'
			] as { startMs: number; source: string };
			assert.equal(start.source, kit.source);
			const expected = kit
				.all(emulator.store)
				.filter((record) => record.ms >= start.startMs)
				.map((record) => kit.identity(record.entry));
			assert.ok(expected.length >= 3, `the seeded store holds a few (${expected.length})`);
			assert.deepEqual(emitted(outcome.items).sort(), expected.sort());
			const requests = listRequests(emulator, kit.route);
			assert.ok(requests.length >= 2, '10 days take two week-long windows');
			for (const request of requests) {
				const [fromMs, toMs] = kit.period(request);
				assert.ok(
					toMs - fromMs < 7 * DAY_MS + 2,
					`at most a week: ${JSON.stringify(request.query)}`,
				);
			}
			// Durable cursors: the activation poll emitted, so n8n committed the cursor with it.
			assert.ok(host.savedNodeStaticData()[kit.cursorKey]);
			assert.equal((await host.poll()).items, undefined, 'nothing twice');
		});

		it(`reads every page of a busy day, each record once (${kit.pageSize} per page)`, async () => {
			const emulator = await startEmulator();
			const host = hostFor(emulator, {
				triggerOn: kit.source,
				onlyUnanswered: false,
				options: { safetyLagSeconds: 0.2 },
			});
			await host.activate();
			const now = Date.now();
			const busy = Array.from({ length: kit.pageSize * 2 + 37 }, (_, index) =>
				kit.add(emulator.store, now + (index % 40)),
			);
			await sleep(400);
			const outcome = await host.poll();
			assert.equal(outcome.error, undefined, String(outcome.error));
			assert.deepEqual(emitted(outcome.items).sort(), busy.map(kit.identity).sort());
			const pages = listRequests(emulator, kit.route).map((request) => request.query.page?.[0]);
			assert.ok(pages.includes('3'), `three pages at least: ${pages.join(',')}`);
		});

		it('Fetch Test Event returns the newest unanswered one and leaves the cursor alone', async () => {
			const emulator = await startEmulator();
			const host = hostFor(emulator, { triggerOn: kit.source });
			const newest = kit.add(emulator.store, Date.now() - 5_000);
			const answered = kit.add(emulator.store, Date.now() - 1_000);
			answerInSellerCenter(emulator.store, answered, Date.now());
			const before = host.savedStaticData;
			const sample = await host.fetchTestEvent();
			assert.equal(sample.error, undefined, String(sample.error));
			assert.deepEqual(emitted(sample.items), [kit.identity(newest)]);
			assert.equal(host.savedStaticData, before);

			const everything = await hostFor(emulator, {
				triggerOn: kit.source,
				onlyUnanswered: false,
			}).fetchTestEvent();
			assert.deepEqual(emitted(everything.items), [kit.identity(answered)]);
		});
	});
}

describe('Naver Commerce Trigger: switching Trigger On', () => {
	it('a node switched from product orders to inquiries starts the inquiries at that activation and forgets the order position', async () => {
		const emulator = await startEmulator();
		const orders = hostFor(emulator, { events: ['PAYED'], options: { safetyLagSeconds: 0.2 } });
		await orders.activate();
		assert.ok(orders.savedNodeStaticData().cursor, 'the order cursor');

		const inquiries = hostFor(emulator, {
			triggerOn: 'customerInquiry',
			options: { safetyLagSeconds: 0.2 },
		});
		inquiries.savedStaticData = orders.savedStaticData;
		addCustomerInquiry(emulator.store, { registeredMs: Date.now() - 60_000 });
		const activation = await inquiries.activate();
		assert.equal(activation.items, undefined, 'no inquiry from before the switch');
		const saved = inquiries.savedNodeStaticData();
		assert.equal(saved.cursor, undefined, 'the order position is forgotten');
		assert.ok(saved.customerInquiryCursor);

		const fresh = addCustomerInquiry(emulator.store, { registeredMs: Date.now() });
		await sleep(300);
		assert.deepEqual(emitted((await inquiries.poll()).items), [inquiryIdentity(fresh)]);
	});
});
