/**
 * What the Answer and Update Answer tests share: one emulator per test file, its inquiries (each
 * test takes ones no other test of the file has touched) and a way to run the Naver Commerce node
 * through n8n-core.
 */
import {
	type CustomerInquiry,
	inquiryStateOf,
	type InquiryState,
} from '../../emulator/routes/inquiries';
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import { credentialsFor, runNaverCommerceNode } from '../../helpers/n8nHarness';

export const inquiryOperation = (operation: string, parameters: Record<string, unknown>) => ({
	resource: 'customerInquiry',
	operation,
	...parameters,
});

/** One kit per test file (per describe): its own emulator and its own set of used inquiries. */
export function customerInquiryKit() {
	let emulator: NaverCommerceEmulator;
	let state: InquiryState;
	const run = (options: Omit<Parameters<typeof runNaverCommerceNode>[0], 'credentialsHelper'>) =>
		runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			...options,
		});
	// Each test takes inquiries no other test has touched.
	const used = new Set<number>();
	const take = (answered: boolean): CustomerInquiry => {
		const inquiry = state.inquiries.find(
			(candidate) =>
				(candidate.answerContentId !== undefined) === answered && !used.has(candidate.inquiryNo),
		)!;
		used.add(inquiry.inquiryNo);
		return inquiry;
	};
	const writes = () => state.requests.filter((request) => request.method !== 'GET');

	return {
		/** Starts the emulator (call it in before()); stop it with emulator.stop() in after(). */
		async start(): Promise<NaverCommerceEmulator> {
			emulator = await startEmulator();
			state = inquiryStateOf(emulator.store);
			return emulator;
		},
		/** No recorded requests, no counters, no faults (call it in beforeEach()). */
		reset() {
			emulator.resetStats();
			emulator.faults = [];
			state.requests.length = 0;
		},
		run,
		take,
		writes,
	};
}
