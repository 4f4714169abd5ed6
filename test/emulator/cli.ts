/* eslint-disable @n8n/community-nodes/no-restricted-globals, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * `npm run emulator`: runs the Naver Commerce emulator until interrupted, so a real n8n credential
 * can point at it. Options: --port N (default 8787), --rate-limit N (requests per second per
 * application and API, burst twice that), --rate-limit-scope application|account (what one bucket
 * counts; default application, as Naver does), --store-per-seller (each SELLER account of the app
 * gets a store of its own), --paid-orders-only (every seeded product order new and paid).
 */
import { DEFAULT_APP, startEmulator } from './server';

function option(name: string): string | undefined {
	const index = process.argv.indexOf(`--${name}`);
	return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
	const emulator = await startEmulator({
		port: Number(option('port') ?? process.env.NAVER_EMULATOR_PORT ?? 8787),
		rateLimitPerSecond: option('rate-limit') ? Number(option('rate-limit')) : undefined,
		rateLimitScope: option('rate-limit-scope') === 'account' ? 'account' : 'application',
		storePerSeller: process.argv.includes('--store-per-seller'),
		paidOrdersOnly: process.argv.includes('--paid-orders-only'),
	});
	// The app below exists only inside this emulator; its secret opens nothing else.
	console.log(
		[
			`Naver Commerce emulator listening on ${emulator.baseUrl}`,
			'',
			'In n8n, create a "Naver Commerce API" credential with:',
			`  Application ID:     ${DEFAULT_APP.clientId}`,
			`  Application Secret: ${DEFAULT_APP.clientSecret}`,
			'  Token Type:         SELF',
			`  Base URL:           ${emulator.baseUrl}`,
			`  or Token Type SELLER with Account ID ${(DEFAULT_APP.linkedSellers ?? []).join(' or ')}`,
			process.argv.includes('--store-per-seller')
				? '  (each SELLER account has a store of its own)'
				: '  (every token type reaches the one store)',
			'',
			`Controls: GET ${emulator.baseUrl.replace('/external', '')}/__emulator/stats, POST …/__emulator/tokens/expire`,
			'Press Ctrl+C to stop.',
		].join('\n'),
	);
	const stop = () => {
		void emulator.stop().then(() => process.exit(0));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

void main();
