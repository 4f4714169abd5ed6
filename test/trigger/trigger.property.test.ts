/* eslint-disable @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Property: whatever the stream of changes and whenever n8n polls, restarts or fails, the trigger
 * emits every change of the selected events exactly once.
 *
 * Per seed, the emulator holds a 48-hour history (backfilled, so 24-hour window slicing and `more`
 * paging run) and a seeded ChangeStream adds bursts of up to hundreds of changes sharing few
 * timestamps, follow-up changes of the same product orders and late arrivals (dated up to
 * MAX_LATE_MS before they appear, below the trigger's safety lag) — concurrently with the polls.
 * The trigger polls at random moments through n8n-core's PollContext with a small per-poll cap, so
 * polls stop inside groups of equal timestamps. Between polls the host restarts (static data
 * reloaded from its JSON copy), polls fail half-way (a Naver error injected during the poll) and,
 * with durable cursors, executions are lost before being stored. Finally the stream stops and the
 * trigger catches up; then the emitted identities are compared with the feed.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import { seededRandom } from '../emulator/store.ts';
import { ALL_CHANGE_TYPES, ChangeStream, identityOf } from '../emulator/changeStream.ts';
import { DEFAULT_APP, NaverCommerceEmulator } from '../emulator/server.ts';
import { credentialsFor } from '../helpers/n8nHarness.ts';
import { TriggerHost, type Persistence } from './pollHarness.ts';
import { pollAtRandom } from './randomPolls.ts';
import { emittedIdentity, tally } from './streamCheck.ts';

const FEED_PATH = '/v1/pay-order/seller/product-orders/last-changed-statuses';
const DETAILS_PATH = '/v1/pay-order/seller/product-orders/query';
const SAFETY_LAG_SECONDS = 1.5;
const MAX_LATE_MS = 1_200;

interface Scenario {
	seed: number;
	events: string[];
	output: 'changes' | 'details';
	persistence: Persistence;
	backfillHours: number;
	rounds: number;
}

const SCENARIOS: Scenario[] = [
	{
		seed: 1,
		events: ['PAYED'],
		output: 'changes',
		persistence: 'legacy',
		backfillHours: 49,
		rounds: 30,
	},
	{
		seed: 2,
		events: ['PAYED', 'DISPATCHED', 'CLAIM_REQUESTED'],
		output: 'changes',
		persistence: 'durable',
		backfillHours: 49,
		rounds: 30,
	},
	{
		seed: 3,
		events: [...ALL_CHANGE_TYPES],
		output: 'changes',
		persistence: 'legacy',
		backfillHours: 0,
		rounds: 30,
	},
	{
		seed: 4,
		events: ['PAYED', 'CLAIM_COMPLETED', 'PURCHASE_DECIDED'],
		output: 'details',
		persistence: 'durable',
		backfillHours: 49,
		rounds: 25,
	},
	{
		seed: 5,
		events: [...ALL_CHANGE_TYPES],
		output: 'changes',
		persistence: 'durable',
		backfillHours: 0,
		rounds: 30,
	},
];

const emulators: NaverCommerceEmulator[] = [];
after(async () => {
	await Promise.all(emulators.map(async (emulator) => await emulator.stop()));
});

async function runScenario(scenario: Scenario, safetyLagSeconds = SAFETY_LAG_SECONDS) {
	const random = seededRandom(scenario.seed * 7919);
	const emulator = await new NaverCommerceEmulator({
		seed: scenario.seed,
		productOrders: 1200,
		spanHours: 48,
	}).start();
	emulators.push(emulator);
	const stream = new ChangeStream(emulator.store, { seed: scenario.seed, maxLateMs: MAX_LATE_MS });
	const wanted = new Set(scenario.events);
	// Changes that existed at some point: the seeded history and everything the stream produced.
	const allowed = new Set(
		emulator.store.productOrders.filter((o) => wanted.has(o.lastChangedType)).map(identityOf),
	);

	const maxChangesPerPoll = 40 + Math.floor(random() * 260);
	const host = new TriggerHost(
		credentialsFor(emulator.baseUrl, DEFAULT_APP),
		{
			events: scenario.events,
			output: scenario.output,
			options: { backfillHours: scenario.backfillHours, safetyLagSeconds, maxChangesPerPoll },
		},
		scenario.persistence,
	);

	const activation = await host.activate();
	assert.equal(activation.error, undefined, String(activation.error));
	// Where the trigger started, as it recorded at activation in the workflow's static data, which
	// n8n saves in both cursor modes (with durable cursors it drops the node's own static data of
	// an activation poll that emits nothing, so that record is what the first scheduled poll
	// continues from).
	const start = (host.savedGlobalStaticData().naverCommerceTriggerStart as IDataObject)?.[
		'trigger-node'
	] as { startMs: number } | undefined;
	assert.ok(start, 'the activation recorded where the trigger starts');
	const startMs = start.startMs;
	if (scenario.persistence === 'legacy' && scenario.backfillHours === 0) {
		const cursor = host.savedNodeStaticData().cursor as { lastChangedMs?: number } | undefined;
		assert.equal(cursor?.lastChangedMs, startMs, 'the saved cursor starts there too');
	}
	if (scenario.backfillHours === 0) {
		assert.equal(activation.items, undefined, 'first activation without backfill emits nothing');
	}

	const stats = await pollAtRandom({
		host,
		emulator,
		random,
		rounds: scenario.rounds,
		persistence: scenario.persistence,
		burst: () => stream.burst(),
		// With details, an unforced fault may strike the details request instead of the feed.
		faultPath: (forced) =>
			!forced && scenario.output === 'details' && random() < 0.5 ? DETAILS_PATH : FEED_PATH,
		safetyLagSeconds,
	});
	for (const identity of stream.history) allowed.add(identity);

	const expected = stream.currentIdentities(
		scenario.backfillHours > 0 ? 0 : startMs,
		scenario.events,
	);
	const result = tally(host.executions, expected, allowed);
	return { result, stats, stream, expected, host, maxChangesPerPoll };
}

describe('Naver Commerce Trigger: every change exactly once (property, real PollContext)', () => {
	for (const scenario of SCENARIOS) {
		it(`seed ${scenario.seed}: ${scenario.events.length} event(s), ${scenario.output}, ${scenario.persistence} cursors, backfill ${scenario.backfillHours} h`, async () => {
			const started = Date.now();
			const { result, stats, stream, expected, host, maxChangesPerPoll } =
				await runScenario(scenario);
			const summary = {
				generated: stream.history.length,
				expected: expected.length,
				emitted: result.emitted.length,
				executions: host.executions.length,
				maxChangesPerPoll,
				...stats,
				seconds: Math.round((Date.now() - started) / 100) / 10,
			};
			console.log(`seed ${scenario.seed}: ${JSON.stringify(summary)}`);
			assert.deepEqual(result.duplicates.slice(0, 5), [], 'a change was emitted twice');
			assert.deepEqual(result.missing.slice(0, 5), [], 'a change was never emitted');
			assert.deepEqual(
				result.unexpected.slice(0, 5),
				[],
				'an item is not a change of the selected events',
			);
			assert.ok(expected.length > 300, 'the scenario must produce a real stream');
			assert.ok(stats.failedPolls >= 1 && stats.restarts >= 1, 'failures and restarts must happen');
			assert.ok(
				host.executions.some((items) => items.length === maxChangesPerPoll),
				'some poll must stop at the cap, inside the stream',
			);
			if (scenario.output === 'details') {
				for (const item of host.executions.flat()) {
					const productOrder = item.json.productOrder as { productOrderId?: string } | undefined;
					assert.equal(productOrder?.productOrderId, emittedIdentity(item).split('|')[0]);
				}
			}
		});
	}

	it('detects loss: without a safety lag, late arrivals are missed (the property can fail)', async () => {
		const { result } = await runScenario(
			{
				seed: 6,
				events: [...ALL_CHANGE_TYPES],
				output: 'changes',
				persistence: 'legacy',
				backfillHours: 0,
				rounds: 20,
			},
			0,
		);
		assert.ok(result.missing.length > 0, 'with lag 0 some late change should have been missed');
		assert.deepEqual(result.duplicates, []);
	});
});
