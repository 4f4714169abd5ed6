/**
 * What the Search, Get Product Order IDs and Delay Dispatch tests share: one emulator per test
 * file, seeded with 900 product orders over 72 hours, and credentials for it.
 */
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import { credentialsFor } from '../../helpers/n8nHarness';

export const DAY = 24 * 3600_000;

/** One kit per test file (per describe), with its own emulator. */
export function productOrderKit() {
	let emulator: NaverCommerceEmulator;

	return {
		/** Starts the emulator (call it in before()); stop it with emulator.stop() in after(). */
		async start(): Promise<NaverCommerceEmulator> {
			emulator = await startEmulator({ productOrders: 900, spanHours: 72 });
			return emulator;
		},
		helper: () => credentialsFor(emulator.baseUrl, DEFAULT_APP),
	};
}
