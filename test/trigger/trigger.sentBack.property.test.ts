/* eslint-disable @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Property: whatever the inspection does to the list of products sent back and whenever n8n polls,
 * restarts or fails, the trigger emits each sending back exactly once.
 *
 * A sending back is a product's stay on the list with one finding: a product sent back, or one
 * whose restore request the next inspection refused (listed again, open to a request, with a new
 * finding). Each gets a reason of its own here, so an item names the sending back it stands for.
 * Per seed, a stream sends products back, accepts corrections (they leave), requests restores and
 * refuses them, and sends back again products that left, while the trigger polls at random moments
 * through n8n-core's PollContext with a small per-poll cap; the list grows past one page, so reads
 * page it while it changes. Between polls the host restarts, polls fail half-way (a Naver error
 * during the read) and, with durable cursors, executions are lost before being stored. Finally the
 * stream stops and the trigger catches up.
 *
 * Then: no sending back emitted twice, none from before activation, and every sending back still
 * listed at the end emitted. The stream respects the limits the trigger documents: it refuses
 * a restore only once n8n has stored that the trigger saw the request pending, and it sends back
 * again a product that left only once n8n has stored that the trigger forgot it (two reads without
 * it), and it requests a restore of a product the trigger knows only once n8n has stored that the
 * trigger saw it open. Faster than that, a change cannot be told from the list
 * (trigger.sentBack.test.ts shows it).
 */
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { after, describe, it } from 'node:test';

import type { INodeExecutionData } from 'n8n-workflow';

import {
	acceptCorrection,
	inspectionStateOf,
	productsNotSentBack,
	refuseRestoration,
	sendBackProduct,
} from '../emulator/routes/inspections.ts';
import { contractFindings, DEFAULT_APP, NaverCommerceEmulator } from '../emulator/server.ts';
import { seededRandom } from '../emulator/store.ts';
import { credentialsFor } from '../helpers/n8nHarness.ts';
import { TriggerHost, type Persistence } from './pollHarness.ts';
import { pollAtRandom } from './randomPolls.ts';
import { tally } from './streamCheck.ts';

const LIST_PATH = '/v1/product-inspections/channel-products';
/** The stream stops sending fresh products back beyond this many listed: about three pages. */
const MAX_LISTED = 280;

interface Scenario {
	seed: number;
	persistence: Persistence;
	rounds: number;
}

const SCENARIOS: Scenario[] = [
	{ seed: 21, persistence: 'legacy', rounds: 36 },
	{ seed: 22, persistence: 'durable', rounds: 36 },
	{ seed: 23, persistence: 'legacy', rounds: 36 },
	{ seed: 24, persistence: 'durable', rounds: 36 },
];

const emulators: NaverCommerceEmulator[] = [];
after(async () => {
	await Promise.all(emulators.map(async (emulator) => await emulator.stop()));
});

const identityOf = (record: { channelProductNo?: unknown; reason?: unknown }) =>
	`${String(record.channelProductNo)}|${String(record.reason)}`;

const emittedIdentity = (item: INodeExecutionData) => identityOf(item.json);

async function runScenario(scenario: Scenario) {
	const random = seededRandom(scenario.seed * 7919);
	const emulator = await new NaverCommerceEmulator({ seed: scenario.seed }).start();
	emulators.push(emulator);
	const store = emulator.store;
	const maxChangesPerPoll = 3 + Math.floor(random() * 12);
	const host = new TriggerHost(
		credentialsFor(emulator.baseUrl, DEFAULT_APP),
		{ triggerOn: 'productSentBack', options: { maxChangesPerPoll } },
		scenario.persistence,
	);
	const listed = () => inspectionStateOf(store).listed();

	const activation = await host.activate();
	assert.equal(activation.error, undefined, String(activation.error));
	assert.equal(activation.items, undefined, 'first activation emits nothing');
	const sendingsBack: string[] = [];
	const before = new Set(listed().map(identityOf));

	let episodes = 0;
	const finding = () => {
		episodes += 1;
		return {
			reason: `검수 ${scenario.seed}-${episodes}: 상세페이지에 외부 연락처가 노출되어 있습니다.`,
			action: '외부 연락처를 삭제해 주세요.',
		};
	};
	const fresh = productsNotSentBack(store);
	const left: number[] = [];
	const counts = { sentBack: 0, accepted: 0, restoreRequested: 0, refused: 0, sentBackAgain: 0 };
	/**
	 * What n8n stored of the trigger's knowledge: restore pending, and every product it knows. Until
	 * a poll's products are stored in the node's static data (durable cursors commit none at
	 * activation), the trigger knows what its activation recorded in the workflow's static data.
	 */
	const stored = () => {
		const starts = host.savedGlobalStaticData().naverCommerceTriggerStart as
			| Record<string, { known?: Record<string, string[]> }>
			| undefined;
		const saved =
			(host.savedNodeStaticData().sentBackProducts as Record<string, string[]> | undefined) ??
			starts?.['trigger-node']?.known;
		return {
			open: new Set(saved?.open ?? []),
			pending: new Set(saved?.restoreRequested ?? []),
			known: new Set([...(saved?.open ?? []), ...(saved?.restoreRequested ?? [])]),
		};
	};
	const pick = <T>(list: T[]): T | undefined =>
		list.length === 0 ? undefined : list[Math.floor(random() * list.length)];

	const burst = () => {
		const knowledge = stored();
		for (let step = 0; step < 1 + Math.floor(random() * 4); step++) {
			const dice = random();
			const now = listed();
			if (dice < 0.45 && now.length < MAX_LISTED && fresh.length > 0) {
				const record = sendBackProduct(store, fresh.shift()!, finding());
				sendingsBack.push(identityOf(record));
				counts.sentBack += 1;
			} else if (dice < 0.6) {
				const record = pick(now);
				if (!record) continue;
				acceptCorrection(store, record.channelProductNo);
				left.push(record.channelProductNo);
				counts.accepted += 1;
			} else if (dice < 0.75) {
				// A product refused again: not before n8n stored that the trigger saw it open (else the
				// refusal in between is never seen).
				const record = pick(
					now.filter((entry) => {
						const number = String(entry.channelProductNo);
						return (
							entry.restorationRequestAvailable &&
							(!knowledge.known.has(number) || knowledge.open.has(number))
						);
					}),
				);
				if (!record) continue;
				record.restorationRequestAvailable = false;
				counts.restoreRequested += 1;
			} else if (dice < 0.9) {
				const record = pick(
					now.filter(
						(entry) =>
							!entry.restorationRequestAvailable &&
							knowledge.pending.has(String(entry.channelProductNo)),
					),
				);
				if (!record) continue;
				sendingsBack.push(identityOf(refuseRestoration(store, record.channelProductNo, finding())));
				counts.refused += 1;
			} else {
				const product = pick(left.filter((number) => !knowledge.known.has(String(number))));
				if (product === undefined) continue;
				left.splice(left.indexOf(product), 1);
				sendingsBack.push(identityOf(sendBackProduct(store, product, finding())));
				counts.sentBackAgain += 1;
			}
		}
	};

	// The list also changes while the trigger pages it: before a later page is answered, a product
	// of the first page leaves now and then.
	let streaming = true;
	let departuresWhilePaging = 0;
	const api = emulator['api'].bind(emulator);
	emulator['api'] = (
		req: IncomingMessage,
		path: string,
		query: URLSearchParams,
		rawBody: string,
		traceId: string,
		rawBytes?: Buffer,
	) => {
		if (streaming && path === LIST_PATH && query.get('page') !== '1' && random() < 0.5) {
			// A product of the first page leaves: the first of this page moves onto a page read already.
			const record = pick(listed().slice(0, 100));
			if (record) {
				acceptCorrection(store, record.channelProductNo);
				left.push(record.channelProductNo);
				counts.accepted += 1;
				departuresWhilePaging += 1;
			}
		}
		return api(req, path, query, rawBody, traceId, rawBytes);
	};

	const stats = await pollAtRandom({
		host,
		emulator,
		random,
		rounds: scenario.rounds,
		persistence: scenario.persistence,
		burst,
		faultPath: () => LIST_PATH,
		safetyLagSeconds: 0,
		// Whether a poll in the random phase met the cap depends on the machine's timing; when none
		// did, a backlog of three caps makes the catch-up meet it.
		beforeCatchUp: () => {
			streaming = false;
			if (host.executions.some((items) => items.length === maxChangesPerPoll)) return;
			for (let count = 0; count < 3 * maxChangesPerPoll && fresh.length > 0; count++) {
				sendingsBack.push(identityOf(sendBackProduct(store, fresh.shift()!, finding())));
			}
		},
	});

	const listedAtEnd = new Set(listed().map(identityOf));
	const expected = sendingsBack.filter((identity) => listedAtEnd.has(identity));
	const allowed = new Set(sendingsBack.filter((identity) => !before.has(identity)));
	const result = tally(host.executions, expected, allowed, emittedIdentity);
	return {
		result,
		stats: { ...stats, departuresWhilePaging },
		counts,
		expected,
		host,
		maxChangesPerPoll,
		listedAtEnd,
	};
}

describe('Naver Commerce Trigger: every product sent back exactly once (property, real PollContext)', () => {
	const findingsBefore = contractFindings.length;

	for (const scenario of SCENARIOS) {
		it(`seed ${scenario.seed}: ${scenario.persistence} cursors`, async () => {
			const started = Date.now();
			const run = await runScenario(scenario);
			const { result, stats, counts, expected, host, maxChangesPerPoll } = run;
			console.log(
				`seed ${scenario.seed}: ${JSON.stringify({
					...counts,
					listedAtEnd: run.listedAtEnd.size,
					expected: expected.length,
					emitted: result.emitted.length,
					executions: host.executions.length,
					maxChangesPerPoll,
					...stats,
					seconds: Math.round((Date.now() - started) / 100) / 10,
				})}`,
			);
			assert.deepEqual(result.duplicates.slice(0, 5), [], 'one sending back was emitted twice');
			assert.deepEqual(result.missing.slice(0, 5), [], 'one still listed was never emitted');
			assert.deepEqual(result.unexpected.slice(0, 5), [], 'an item from before activation');
			assert.ok(result.emitted.length > 100, `a real stream (${result.emitted.length} emitted)`);
			assert.ok(counts.refused > 0 && counts.sentBackAgain > 0, 'refusals and returns happen');
			assert.ok(run.listedAtEnd.size > 100, 'the list is paged');
			assert.ok(stats.departuresWhilePaging > 0, 'the list changed while it was paged');
			assert.ok(stats.failedPolls >= 1 && stats.restarts >= 1, 'failures and restarts must happen');
			assert.ok(
				host.executions.some((items) => items.length === maxChangesPerPoll),
				'some poll must stop at the cap',
			);
		});
	}

	it('no request or answer broke the contract', () => {
		assert.deepEqual(contractFindings.slice(findingsBefore), []);
	});
});
