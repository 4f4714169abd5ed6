/* eslint-disable @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Property: whatever the stream of new inquiries or questions and whenever n8n polls, restarts or
 * fails, the trigger emits each one exactly once, and with Only Unanswered exactly the ones that
 * were still unanswered when it read them (each one still unanswered at the end among them).
 *
 * Per seed, a seeded InquiryStream adds bursts of new customer inquiries and product questions,
 * several sharing one millisecond, some dated up to MAX_LATE_MS before they appear (below the
 * trigger's safety lag), and the seller answers some of them a moment later, so answers race the
 * polls. The trigger polls at random moments through n8n-core's PollContext with a small per-poll
 * cap, so polls stop inside groups of equal registration times. Between polls the host restarts
 * (static data reloaded from its JSON copy), polls fail half-way (a Naver error injected during
 * the poll) and, with durable cursors, executions are lost before being stored. Finally the
 * stream stops and the trigger catches up; then what it emitted is compared with the store.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import { InquiryStream, inquiryIdentity, questionIdentity } from '../emulator/inquiryStream.ts';
import { inquiryStateOf } from '../emulator/routes/inquiries.ts';
import { DEFAULT_APP, NaverCommerceEmulator } from '../emulator/server.ts';
import { seededRandom } from '../emulator/store.ts';
import { credentialsFor } from '../helpers/n8nHarness.ts';
import { TriggerHost, type Persistence } from './pollHarness.ts';
import { pollAtRandom } from './randomPolls.ts';
import { emittedRegistrationIdentity, tally } from './streamCheck.ts';

const SAFETY_LAG_SECONDS = 1.5;
const MAX_LATE_MS = 1_200;
const PATHS = {
	customerInquiry: '/v1/pay-user/inquiries',
	productQuestion: '/v1/contents/qnas',
} as const;

interface Scenario {
	seed: number;
	source: 'customerInquiry' | 'productQuestion';
	onlyUnanswered: boolean;
	persistence: Persistence;
	backfillHours: number;
	rounds: number;
}

const SCENARIOS: Scenario[] = [
	{
		seed: 11,
		source: 'customerInquiry',
		onlyUnanswered: true,
		persistence: 'legacy',
		backfillHours: 0,
		rounds: 30,
	},
	{
		seed: 12,
		source: 'customerInquiry',
		onlyUnanswered: false,
		persistence: 'durable',
		backfillHours: 0,
		rounds: 30,
	},
	{
		seed: 13,
		source: 'productQuestion',
		onlyUnanswered: true,
		persistence: 'durable',
		backfillHours: 0,
		rounds: 30,
	},
	{
		seed: 14,
		source: 'productQuestion',
		onlyUnanswered: false,
		persistence: 'legacy',
		backfillHours: 72,
		rounds: 30,
	},
	{
		seed: 15,
		source: 'customerInquiry',
		onlyUnanswered: true,
		persistence: 'durable',
		backfillHours: 72,
		rounds: 30,
	},
];

const emulators: NaverCommerceEmulator[] = [];
after(async () => {
	await Promise.all(emulators.map(async (emulator) => await emulator.stop()));
});

/** Every record of the source the emulator holds: identity, registration time, answered now. */
function recordsOf(emulator: NaverCommerceEmulator, source: Scenario['source']) {
	const state = inquiryStateOf(emulator.store);
	return source === 'customerInquiry'
		? state.inquiries.map((inquiry) => ({
				identity: inquiryIdentity(inquiry),
				ms: inquiry.registeredMs,
				answered: inquiry.answerContentId !== undefined,
			}))
		: state.questions.map((question) => ({
				identity: questionIdentity(question),
				ms: question.createdMs,
				answered: question.answer !== undefined,
			}));
}

async function runScenario(scenario: Scenario, safetyLagSeconds = SAFETY_LAG_SECONDS) {
	const random = seededRandom(scenario.seed * 7919);
	const emulator = await new NaverCommerceEmulator({ seed: scenario.seed }).start();
	emulators.push(emulator);
	const stream = new InquiryStream(emulator.store, { seed: scenario.seed, maxLateMs: MAX_LATE_MS });

	const maxChangesPerPoll = 5 + Math.floor(random() * 25);
	const host = new TriggerHost(
		credentialsFor(emulator.baseUrl, DEFAULT_APP),
		{
			triggerOn: scenario.source,
			onlyUnanswered: scenario.onlyUnanswered,
			options: { backfillHours: scenario.backfillHours, safetyLagSeconds, maxChangesPerPoll },
		},
		scenario.persistence,
	);

	const activation = await host.activate();
	assert.equal(activation.error, undefined, String(activation.error));
	if (scenario.backfillHours === 0) {
		assert.equal(activation.items, undefined, 'first activation without backfill emits nothing');
	}
	// Where the trigger started, as it recorded at activation (both cursor modes).
	const start = (host.savedGlobalStaticData().naverCommerceTriggerStart as IDataObject)?.[
		'trigger-node'
	] as { startMs: number } | undefined;
	assert.ok(start, 'the activation recorded where the trigger starts');

	const stats = await pollAtRandom({
		host,
		emulator,
		random,
		rounds: scenario.rounds,
		persistence: scenario.persistence,
		burst: () => stream.burst(),
		faultPath: () => PATHS[scenario.source],
		safetyLagSeconds,
		// Whether a poll in the random phase met the cap depends on the machine's timing; when none
		// did, a backlog of three caps makes the catch-up meet it, so every seed checks the capped path.
		beforeCatchUp: () => {
			if (host.executions.some((items) => items.length === maxChangesPerPoll)) return;
			const target = recordsOf(emulator, scenario.source).length + 3 * maxChangesPerPoll;
			while (recordsOf(emulator, scenario.source).length < target) stream.burst();
		},
	});

	const records = recordsOf(emulator, scenario.source);
	const since = records.filter((record) => record.ms >= start.startMs);
	// Without Only Unanswered every one since the start; with it, at least those never answered
	// (they were unanswered whenever the trigger read them).
	const expected = since
		.filter((record) => !scenario.onlyUnanswered || !record.answered)
		.map((record) => record.identity);
	const allowed = new Set(since.map((record) => record.identity));
	const result = tally(host.executions, expected, allowed, emittedRegistrationIdentity);
	const answeredAtRead = host.executions.flat().filter((item) => item.json.answered === true);
	const emittedSet = new Set(result.emitted);
	const skippedAnswered = since.filter(
		(record) => record.answered && !emittedSet.has(record.identity),
	).length;
	const answeredAfterEmission = since.filter(
		(record) => record.answered && emittedSet.has(record.identity),
	).length;
	return {
		result,
		stats,
		expected,
		host,
		maxChangesPerPoll,
		answeredAtRead,
		skippedAnswered,
		answeredAfterEmission,
		generated: stream.inquiries.length + stream.questions.length,
	};
}

describe('Naver Commerce Trigger: every new inquiry and question exactly once (property, real PollContext)', () => {
	for (const scenario of SCENARIOS) {
		it(`seed ${scenario.seed}: ${scenario.source}, ${scenario.onlyUnanswered ? 'only unanswered' : 'all'}, ${scenario.persistence} cursors, backfill ${scenario.backfillHours} h`, async () => {
			const started = Date.now();
			const run = await runScenario(scenario);
			const { result, stats, expected, host, maxChangesPerPoll } = run;
			console.log(
				`seed ${scenario.seed}: ${JSON.stringify({
					generated: run.generated,
					expected: expected.length,
					emitted: result.emitted.length,
					executions: host.executions.length,
					maxChangesPerPoll,
					skippedAnswered: run.skippedAnswered,
					answeredAfterEmission: run.answeredAfterEmission,
					...stats,
					seconds: Math.round((Date.now() - started) / 100) / 10,
				})}`,
			);
			assert.deepEqual(result.duplicates.slice(0, 5), [], 'one was emitted twice');
			assert.deepEqual(result.missing.slice(0, 5), [], 'one was never emitted');
			assert.deepEqual(result.unexpected.slice(0, 5), [], 'an item from before the start');
			assert.ok(
				result.emitted.length > 100,
				`the scenario must produce a real stream (${result.emitted.length} emitted)`,
			);
			assert.ok(stats.failedPolls >= 1 && stats.restarts >= 1, 'failures and restarts must happen');
			assert.ok(
				host.executions.some((items) => items.length === maxChangesPerPoll),
				'some poll must stop at the cap',
			);
			if (scenario.onlyUnanswered) {
				assert.deepEqual(run.answeredAtRead.length, 0, 'an answered one was emitted');
				assert.ok(run.skippedAnswered > 0, 'some were answered before the trigger read them');
				assert.ok(run.answeredAfterEmission > 0, 'some were answered after being emitted');
			} else {
				assert.ok(run.answeredAtRead.length > 0, 'answered ones are emitted too');
			}
		});
	}

	it('detects loss: without a safety lag, late listings are missed (the property can fail)', async () => {
		const { result } = await runScenario(
			{
				seed: 16,
				source: 'productQuestion',
				onlyUnanswered: false,
				persistence: 'legacy',
				backfillHours: 0,
				rounds: 20,
			},
			0,
		);
		assert.ok(result.missing.length > 0, 'with lag 0 some late question should have been missed');
		assert.deepEqual(result.duplicates, []);
	});
});
