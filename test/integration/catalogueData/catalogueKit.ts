/**
 * What the Catalogue Data tests share: one emulator per test file, its catalogue state (the
 * seller's settings put back and the recorded requests forgotten before every test) and a way to
 * run the Naver Commerce node through n8n-core.
 */
import { catalogueStateOf, type CatalogueState } from '../../emulator/routes/catalogueData';
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import { credentialsFor, runNaverCommerceNode } from '../../helpers/n8nHarness';

export const catalogueData = (operation: string, parameters: Record<string, unknown> = {}) => ({
	resource: 'catalogueData',
	operation,
	...parameters,
});

/** A resource locator value as the editor saves it. */
export const picked = (value: string, mode: 'list' | 'id' = 'list') => ({
	__rl: true,
	mode,
	value,
});

/** One kit per test file (per describe), with its own emulator. */
export function catalogueKit() {
	let emulator: NaverCommerceEmulator;
	let state: CatalogueState;
	const run = (options: Omit<Parameters<typeof runNaverCommerceNode>[0], 'credentialsHelper'>) =>
		runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			...options,
		});

	return {
		/** Starts the emulator (call it in before()); stop it with emulator.stop() in after(). */
		async start() {
			emulator = await startEmulator({ productOrders: 20 });
			state = catalogueStateOf(emulator.store);
			return { emulator, state };
		},
		/** The seeded settings, no counters, no faults, no recorded requests (in beforeEach()). */
		reset() {
			emulator.resetStats();
			emulator.faults = [];
			state.reset();
		},
		/** What the catalogue routes received, in order, as `route path?query`. */
		requests() {
			return state.requests.map((request) => ({ route: request.route, query: request.query }));
		},
		run,
	};
}
