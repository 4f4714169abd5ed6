/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * What the Settlement tests share: one emulator per test file with its settlement state (its
 * counters, faults and recorded requests cleared before every test), the node run through
 * n8n-core, and the dates the settlement APIs take (yyyy-MM-dd, KST).
 */
import { after, before, beforeEach } from 'node:test';

import { formatKst } from '../../emulator/kst';
import { settlementStateOf, type SettlementState } from '../../emulator/routes/settlements';
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import { credentialsFor, runNaverCommerceNode } from '../../helpers/n8nHarness';

export const DAY_MS = 24 * 60 * 60 * 1000;
export const kstDate = (ms: number) => formatKst(ms).slice(0, 10);

/** The last day Naver keeps VAT records for: the end of the previous month (KST). */
export const lastDayOfPreviousMonth = () => {
	const [year, month] = kstDate(Date.now()).split('-').map(Number);
	return new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10);
};

export const dayBefore = (day: string, days: number) =>
	new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);

/** The node's parameters for one Settlement operation. */
export const settlement = (operation: string) => (parameters: Record<string, unknown>) => ({
	resource: 'settlement',
	operation,
	...parameters,
});

/**
 * Call it inside a describe: it registers the hooks that start and stop the file's emulator and
 * clear it before each test. `emulator` and `state` are there once the describe's tests run.
 */
export function settlementKit() {
	const kit = {
		emulator: undefined as unknown as NaverCommerceEmulator,
		state: undefined as unknown as SettlementState,
		run: (options: Omit<Parameters<typeof runNaverCommerceNode>[0], 'credentialsHelper'>) =>
			runNaverCommerceNode({
				credentialsHelper: credentialsFor(kit.emulator.baseUrl, DEFAULT_APP),
				...options,
			}),
		/** The requests a settlement route received since the test began. */
		requestsOf: (route: string) => kit.state.requests.filter((request) => request.route === route),
		/** The pages a route was asked for, as [pageNumber, pageSize]. */
		pagesRequested: (route: string) =>
			kit.requestsOf(route).map((request) => [request.query.pageNumber, request.query.pageSize]),
	};
	before(async () => {
		kit.emulator = await startEmulator();
		kit.state = settlementStateOf(kit.emulator.store);
	});
	after(async () => await kit.emulator.stop());
	beforeEach(() => {
		kit.emulator.resetStats();
		kit.emulator.faults = [];
		kit.state.requests.length = 0;
	});
	return kit;
}
