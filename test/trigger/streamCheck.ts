/* eslint-disable @n8n/community-nodes/no-restricted-globals -- Node-side code (tests, emulator, tooling), not run inside n8n */
/** Helpers shared by the trigger tests: identities of emitted items and small waits. */
import type { INodeExecutionData } from 'n8n-workflow';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The identity of the change behind an emitted item, in either output mode. */
export function emittedIdentity(item: INodeExecutionData): string {
	const change = (item.json.lastChange ?? item.json) as {
		productOrderId: string;
		lastChangedType: string;
		lastChangedDate: string;
	};
	return `${change.productOrderId}|${change.lastChangedType}|${Date.parse(change.lastChangedDate)}`;
}

/** The identity of an emitted inquiry or question, as the inquiry stream names it. */
export function emittedRegistrationIdentity(item: INodeExecutionData): string {
	const json = item.json as { inquiryNo?: number; questionId?: number };
	if (json.inquiryNo !== undefined) return `inquiry|${json.inquiryNo}`;
	if (json.questionId !== undefined) return `question|${json.questionId}`;
	throw new Error(`not an inquiry or question: ${JSON.stringify(item.json)}`);
}

export interface Tally {
	emitted: string[];
	duplicates: string[];
	missing: string[];
	unexpected: string[];
}

/** Compares what the trigger emitted with what it should have emitted, exactly once each. */
export function tally(
	executions: INodeExecutionData[][],
	expected: Iterable<string>,
	allowed: ReadonlySet<string>,
	identityOf: (item: INodeExecutionData) => string = emittedIdentity,
): Tally {
	const emitted = executions.flat().map(identityOf);
	const seen = new Set<string>();
	const duplicates: string[] = [];
	for (const identity of emitted) {
		if (seen.has(identity)) duplicates.push(identity);
		seen.add(identity);
	}
	return {
		emitted,
		duplicates,
		missing: [...expected].filter((identity) => !seen.has(identity)),
		unexpected: [...seen].filter((identity) => !allowed.has(identity)),
	};
}
