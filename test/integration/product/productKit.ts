/**
 * What the product tests share: one emulator per test file, its product catalogue (reset before
 * every test) and a way to run the Naver Commerce node's Product resource through n8n-core.
 */
import type { IDataObject } from 'n8n-workflow';

import {
	productCatalogue,
	type EmulatorProduct,
	type ProductCatalogue,
	type RecordedRequest,
} from '../../emulator/routes/products';
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import {
	credentialsFor,
	runNaverCommerceNode,
	type RunResult,
	type StoredCredentialsHelper,
} from '../../helpers/n8nHarness';

export interface ProductTestEnv {
	emulator: NaverCommerceEmulator;
	catalogue: ProductCatalogue;
	helper: StoredCredentialsHelper;
	/** Runs Input → Naver Commerce (resource Product) once. */
	run(
		operation: string,
		parameters: IDataObject,
		options?: { inputItems?: IDataObject[]; continueOnFail?: boolean },
	): Promise<RunResult>;
	/** The same, for any resource (API Request, to show what Naver does with raw bodies). */
	runRaw(
		parameters: IDataObject,
		options?: { inputItems?: IDataObject[]; continueOnFail?: boolean },
	): Promise<RunResult>;
	/** Requests the node made to one emulator route, in order, with their bodies. */
	requestsTo(route: string): RecordedRequest[];
	/** Back to the seeded catalogue, no recorded requests, no counters, no faults. */
	reset(): void;
	stop(): Promise<void>;
}

export async function startProductEnv(): Promise<ProductTestEnv> {
	const emulator = await startEmulator();
	const helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
	const catalogue = productCatalogue(emulator.store);
	const runRaw: ProductTestEnv['runRaw'] = async (parameters, options = {}) =>
		await runNaverCommerceNode({ credentialsHelper: helper, parameters, ...options });
	return {
		emulator,
		catalogue,
		helper,
		run: async (operation, parameters, options) =>
			await runRaw({ resource: 'product', operation, ...parameters }, options),
		runRaw,
		requestsTo: (route) => catalogue.requests.filter((request) => request.route === route),
		reset() {
			catalogue.reset();
			emulator.resetStats();
			emulator.faults.length = 0;
		},
		stop: async () => await emulator.stop(),
	};
}

/** The first seeded product that matches, so a test names what it needs rather than an index. */
export function findProduct(
	catalogue: ProductCatalogue,
	predicate: (product: EmulatorProduct) => boolean,
	what: string,
): EmulatorProduct {
	const product = catalogue.products.find(predicate);
	if (!product) throw new Error(`The seeded catalogue has no ${what}`);
	return product;
}

/** What the error item or the node error says, in one string, for matching. */
export function errorText(result: RunResult): string {
	const error = result.error as (Error & { description?: string }) | undefined;
	return `${error?.message ?? ''}\n${error?.description ?? ''}`;
}
