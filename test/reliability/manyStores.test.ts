/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * 20 stores of one application (a solution provider, one SELLER credential per store) run their
 * daily job (Get Many Changed → Get → Confirm, one n8n-core execution per store) at once against
 * the emulator's bucket, which Naver counts per application and API (5 requests a second, burst
 * 10): in one process (one n8n), and in 4 worker processes of 5 stores each (queue mode). See
 * manyStores.ts for the set-up.
 *
 * Asserted are counts only: every execution succeeds, every product order is confirmed exactly
 * once (none refused as already confirmed, 105306), every Confirm outcome is reported by one output
 * item, and each store asks for one token at most (each store runs in one process). The share of
 * 429 answers and the wall time against the bucket's minimum are printed (as diagnostics here,
 * as a table by scripts/benchManyStores.ts), not asserted: they are the goal of the transport's
 * pacing, and a wall-clock figure depends on the machine.
 */
import assert from 'node:assert/strict';
import { describe, test, type TestContext } from 'node:test';

import { describeMode, type ModeFigures, runMode } from './manyStores';

function assertCounts(t: TestContext, figures: ModeFigures): void {
	for (const line of describeMode(figures)) t.diagnostic(line);
	assert.equal(
		figures.executionsFailed,
		0,
		`executions failed: ${figures.failures.slice(0, 3).join(' | ')}`,
	);
	assert.equal(figures.confirmedOnce, figures.orders, 'every product order confirmed once');
	assert.equal(figures.confirmedTwice, 0, 'no product order confirmed twice');
	assert.equal(figures.stats.alreadyConfirmed, 0, 'no confirmation sent again (105306)');
	assert.equal(figures.outcomesReportedOnce, figures.orders, 'every outcome reported once');
	for (const result of figures.results) {
		assert.ok(
			result.confirmOutcomes.every((outcome) => outcome.success),
			`${result.accountId}: every confirmation reported done`,
		);
	}
	assert.ok(
		figures.maxTokenRequestsPerStore <= 1,
		`token requests of one store: ${figures.maxTokenRequestsPerStore}`,
	);
}

describe('20 stores of one application, each store’s daily job at once, one bucket', () => {
	test('in one process', { timeout: 90_000 }, async (t) => {
		assertCounts(t, await runMode(1));
	});

	test('in 4 worker processes of 5 stores each', { timeout: 120_000 }, async (t) => {
		assertCounts(t, await runMode(4));
	});
});
