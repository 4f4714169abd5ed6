/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * `npm run demo`: builds the package, installs it into a real n8n as a community package, starts
 * the Naver Commerce emulator, and runs the seller's daily job as an n8n workflow:
 *   Manual Trigger → New Paid Orders (Get Many Changed) → Order Details (Get) → Confirm Orders.
 * Prints what n8n did, the HTTP calls it took and how many tokens were issued. No Naver account.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DEFAULT_APP, startEmulator } from '../test/emulator/server';
import {
	buildAndPack,
	confirmNewOrdersWorkflow,
	ensureN8n,
	N8nInstance,
	nodeOutput,
} from '../test/e2e/realN8n';

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
			confirmNewOrdersWorkflow({ id: 'naverDemo00001', credentialId: 'naverDemoCred01' }),
		);

		console.log(
			`4/4 Running "Confirm new paid orders" in n8n against the emulator (${emulator.baseUrl}) …\n`,
		);
		const result = await n8n.execute('naverDemo00001');
		if (!result.ok) {
			failed = true;
			console.error(
				`The workflow failed: ${result.run?.data.resultData.error?.message ?? result.output.slice(-1500)}`,
			);
		} else {
			const changed = nodeOutput(result.run, 'New Paid Orders');
			const details = nodeOutput(result.run, 'Order Details');
			const confirmed = nodeOutput(result.run, 'Confirm Orders');
			console.log(`New Paid Orders  → ${changed.length} product orders paid in the last 24 hours`);
			console.log(
				`Order Details    → ${details.length} product orders with buyer, item and amount`,
			);
			console.log(
				`Confirm Orders   → ${confirmed.filter((item) => item.success === true).length} confirmed (발주 확인), ` +
					`${confirmed.filter((item) => item.success !== true).length} refused\n`,
			);
			console.table(
				details.slice(0, 8).map((detail, index) => {
					const productOrder = detail.productOrder as Record<string, unknown>;
					return {
						productOrderId: productOrder.productOrderId,
						productName: productOrder.productName,
						quantity: productOrder.quantity,
						totalPaymentAmount: productOrder.totalPaymentAmount,
						confirmed: confirmed[index]?.success,
					};
				}),
			);
			const calls = emulator.stats.byRoute;
			console.log(
				`HTTP calls to Naver: ${calls['productOrders.lastChangedStatuses'] ?? 0} change-feed page(s), ` +
					`${calls['productOrders.query'] ?? 0} details request(s) (300 IDs each), ` +
					`${calls['productOrders.confirm'] ?? 0} confirm request(s) (30 IDs each).`,
			);

			const again = await n8n.execute('naverDemo00001');
			console.log(
				`\nRunning it again: ${again.ok ? 'succeeded' : 'stopped, as it should'} — ` +
					`"${String(again.run?.data.resultData.error?.message ?? '').slice(0, 110)}…"`,
			);
		}
		console.log(
			`\nToken requests: ${emulator.stats.tokenRequests}, tokens issued: ${emulator.stats.tokensIssued} ` +
				'for two executions — n8n stored the token (encrypted) after the first and reused it.',
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
