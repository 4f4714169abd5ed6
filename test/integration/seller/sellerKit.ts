/**
 * What the Seller tests share: one emulator per test file, its seeded channels (put back before
 * every test) and a way to run the Naver Commerce node through n8n-core.
 */
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import { credentialsFor, runNaverCommerceNode } from '../../helpers/n8nHarness';

export const seller = (operation: string) => ({ resource: 'seller', operation });

/** One kit per test file (per describe), with its own emulator. */
export function sellerKit() {
	let emulator: NaverCommerceEmulator;
	let seededChannels: Array<Record<string, unknown>>;
	const run = (options: Omit<Parameters<typeof runNaverCommerceNode>[0], 'credentialsHelper'>) =>
		runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			...options,
		});

	return {
		/** Starts the emulator (call it in before()); stop it with emulator.stop() in after(). */
		async start() {
			emulator = await startEmulator();
			seededChannels = emulator.store.channels;
			return { emulator, seededChannels };
		},
		/** No counters, no faults, the seeded channels (call it in beforeEach()). */
		reset() {
			emulator.resetStats();
			emulator.faults = [];
			emulator.store.channels = seededChannels;
		},
		run,
	};
}
