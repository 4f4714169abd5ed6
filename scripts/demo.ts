/**
 * `npm run demo`: builds the package, installs it into a real n8n as a community package, starts
 * the Naver Commerce emulator, and runs "Manual Trigger → Naver Commerce (API Request)" twice to
 * fetch the last 24 hours of changed product orders. Prints what n8n returned and how many tokens
 * were issued. No Naver account needed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DEFAULT_APP, startEmulator } from '../test/emulator/server';
import {
	apiRequestWorkflow,
	buildAndPack,
	ensureN8n,
	LAST_24H_QUERY,
	N8nInstance,
	nodeOutput,
} from '../test/e2e/realN8n';

const PATH = '/v1/pay-order/seller/product-orders/last-changed-statuses';

async function main(): Promise<void> {
	console.log('1/4 Installing n8n (once, cached) …');
	const runtime = ensureN8n();
	console.log('2/4 Building and packing n8n-nodes-naver-commerce …');
	const tarball = buildAndPack(mkdtempSync(join(tmpdir(), 'naver-demo-pack-')));
	const emulator = await startEmulator();
	const n8n = new N8nInstance(runtime);
	let failed = false;
	try {
		console.log(`3/4 Installing ${tarball.split('/').pop()} into n8n as a community package …`);
		n8n.installCommunityPackage(tarball);
		await n8n.importCredentials([
			{
				id: 'naverDemoCred01',
				name: 'Naver Commerce (emulator)',
				type: 'naverCommerceApi',
				data: {
					clientId: DEFAULT_APP.clientId,
					clientSecret: DEFAULT_APP.clientSecret,
					type: 'SELF',
					baseUrl: emulator.baseUrl,
				},
			},
		]);
		await n8n.importWorkflow(
			apiRequestWorkflow({
				id: 'naverDemo00001',
				credentialId: 'naverDemoCred01',
				path: PATH,
				query: LAST_24H_QUERY,
			}),
		);

		console.log(`4/4 Running the workflow in n8n (${emulator.baseUrl}) …\n`);
		for (const run of [1, 2]) {
			const result = await n8n.execute('naverDemo00001');
			if (!result.ok) {
				failed = true;
				console.error(
					`Execution ${run} failed: ${result.run?.data.resultData.error?.message ?? result.output.slice(-1500)}`,
				);
				break;
			}
			const [item] = nodeOutput(result.run, 'Naver Commerce');
			const data = item.data as {
				count: number;
				lastChangeStatuses: Array<Record<string, unknown>>;
				more?: unknown;
			};
			console.log(
				`Execution ${run}: GET ${PATH} → ${data.count} changed product orders in the last 24 h (trace ID ${String(item.traceId)})`,
			);
			if (run === 1) {
				console.table(
					data.lastChangeStatuses.slice(-8).map((change) => ({
						productOrderId: change.productOrderId,
						lastChangedType: change.lastChangedType,
						lastChangedDate: change.lastChangedDate,
						productOrderStatus: change.productOrderStatus,
					})),
				);
				const byType = new Map<string, number>();
				for (const change of data.lastChangeStatuses) {
					byType.set(
						String(change.lastChangedType),
						(byType.get(String(change.lastChangedType)) ?? 0) + 1,
					);
				}
				console.log(
					`By change type: ${[...byType].map(([type, count]) => `${type} ${count}`).join(', ')}\n`,
				);
			}
		}
		console.log(
			`\nToken requests to the emulator: ${emulator.stats.tokenRequests}, tokens issued: ${emulator.stats.tokensIssued}, ` +
				`API calls: ${emulator.stats.apiRequests} — n8n stored the token (encrypted) after the first execution and reused it.`,
		);
	} finally {
		await emulator.stop();
		n8n.cleanup();
	}
	if (failed) process.exit(1);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
