/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import type { EmulatorRoute, NaverCommerceEmulator } from '../emulator/server';

/** A request as an emulator route handled it (after the contract check). */
export interface ReceivedRequest {
	route: string;
	method: string;
	path: string;
	query: Record<string, string>;
	body: unknown;
}

/**
 * Every request the emulator's routes handle from now on, as it arrived, in one list the caller
 * may empty between tests (`received.length = 0`).
 */
export function recordRequests(emulator: NaverCommerceEmulator): ReceivedRequest[] {
	const received: ReceivedRequest[] = [];
	for (const route of (emulator as unknown as { routes: EmulatorRoute[] }).routes) {
		const handler = route.handler;
		route.handler = (request, match) => {
			received.push({
				route: route.name,
				method: request.method,
				path: request.path,
				query: Object.fromEntries(request.query),
				body: request.body,
			});
			return handler(request, match);
		};
	}
	return received;
}
