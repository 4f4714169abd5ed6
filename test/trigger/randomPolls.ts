/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The random phase and the catch-up that both trigger property tests run (product-order changes,
 * and new inquiries and questions): the stream adds bursts on its own while the host polls at
 * random moments, restarts (static data reloaded from its JSON copy), fails polls half-way (a
 * Naver error injected during the poll: it must emit nothing and move nothing) and, with durable
 * cursors, loses executions before n8n stores them. Then the stream stops and, once the last
 * events have aged past the safety lag, the trigger polls until a poll finds nothing new.
 */
import assert from 'node:assert/strict';

import type { NaverCommerceEmulator } from '../emulator/server.ts';
import type { Persistence, TriggerHost } from './pollHarness.ts';
import { sleep } from './streamCheck.ts';

export interface PollStats {
	polls: number;
	restarts: number;
	failedPolls: number;
	lostExecutions: number;
	catchUpPolls: number;
}

export async function pollAtRandom(options: {
	host: TriggerHost;
	emulator: NaverCommerceEmulator;
	random: () => number;
	rounds: number;
	persistence: Persistence;
	/** Adds one burst of events to the emulator's store. */
	burst: () => void;
	/** The path a fault strikes; `forced` is a failure that must happen and strikes the first request. */
	faultPath: (forced: boolean) => string;
	safetyLagSeconds: number;
	/** After the stream stops, before the catch-up (to add a backlog, say). */
	beforeCatchUp?: () => void;
}): Promise<PollStats> {
	const { host, emulator, random, persistence } = options;
	const stats: PollStats = {
		polls: 0,
		restarts: 0,
		failedPolls: 0,
		lostExecutions: 0,
		catchUpPolls: 0,
	};

	// The stream runs on its own, between and during polls.
	let streaming = true;
	const producer = (async () => {
		while (streaming) {
			options.burst();
			await sleep(Math.floor(random() * 120));
		}
	})();

	// The stream runs a moment before the first scheduled poll, so the interval between activation
	// and that poll holds events (with durable cursors n8n used to lose that interval).
	await sleep(400);
	for (let round = 0; round < options.rounds; round++) {
		await sleep(Math.floor(random() * 350));
		const dice = random();
		// From half-way on, every round fails until one poll has failed for sure.
		const forceFault = stats.failedPolls === 0 && round >= options.rounds / 2;
		if (!forceFault && (round === 3 || dice < 0.1)) {
			stats.restarts += 1;
			const outcome = await host.restart();
			assert.equal(outcome.error, undefined, String(outcome.error));
			continue;
		}
		if (forceFault || dice < 0.25) {
			const before = { data: host.savedStaticData, cursor: host.savedPollerCursor };
			const executions = host.executions.length;
			const fault = {
				pathPrefix: options.faultPath(forceFault),
				status: 403,
				code: 'GW.IP_NOT_ALLOWED',
				remaining: 1,
			};
			// A forced failure strikes the first request; the others come at a random moment, often
			// after some pages were read.
			if (forceFault) emulator.faults.push(fault);
			const injector = forceFault
				? Promise.resolve()
				: sleep(Math.floor(random() * 15)).then(() => emulator.faults.push(fault));
			const outcome = await host.poll();
			await injector;
			const struck = emulator.faults.length === 0;
			emulator.faults = [];
			stats.polls += 1;
			if (outcome.error) {
				assert.ok(struck, `unexpected poll error: ${outcome.error.message}`);
				assert.match(outcome.error.message, /GW\.IP_NOT_ALLOWED/);
				stats.failedPolls += 1;
				assert.deepEqual(
					{ data: host.savedStaticData, cursor: host.savedPollerCursor },
					before,
					'a failed poll must not move the saved cursor',
				);
				assert.equal(host.executions.length, executions, 'a failed poll must not emit');
			}
			continue;
		}
		if (persistence === 'durable' && dice < 0.3) {
			host.dropNextExecution = true;
			const outcome = await host.poll();
			stats.polls += 1;
			assert.equal(outcome.error, undefined, String(outcome.error));
			if (outcome.items) stats.lostExecutions += 1;
			else host.dropNextExecution = false;
			continue;
		}
		const outcome = await host.poll();
		stats.polls += 1;
		assert.equal(outcome.error, undefined, String(outcome.error));
	}

	streaming = false;
	await producer;
	options.beforeCatchUp?.();
	// Let the last events age past the safety lag, then catch up until a poll finds nothing new.
	await sleep(options.safetyLagSeconds * 1000 + 100);
	for (let attempt = 0; attempt < 500; attempt++) {
		stats.catchUpPolls += 1;
		const outcome = await host.poll();
		assert.equal(outcome.error, undefined, String(outcome.error));
		if (!outcome.items) break;
	}
	return stats;
}
