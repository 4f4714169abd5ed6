/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * `npm run demo`: builds the package, installs it into a real n8n as a community package, starts
 * the Naver Commerce emulator, and runs examples/confirm-new-paid-orders.json (the seller's daily
 * job, the file a seller imports, with only a workflow ID added) from its Manual Trigger:
 *   Product Order → Get Many Changed (last 15 minutes, New Paid Order) → Product Order → Get →
 *   Filter "Paid, not yet confirmed" → Product Order → Confirm → Edit Fields "Slack message".
 * Then runs it again, as its next scheduled run reads the same minutes again. Prints what n8n did,
 * the HTTP calls it took and how many tokens were issued. No Naver account.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { buildAndPack, ensureN8n, N8nInstance } from '../test/e2e/realN8n';
import { DEFAULT_APP, startEmulator, type NaverCommerceEmulator } from '../test/emulator/server';
import { credentialRef, loadExample } from '../test/examples/exampleWorkflows';
import { lastExecution } from '../test/examples/storedExecutions';

const EXAMPLE = 'confirm-new-paid-orders.json';
const WORKFLOW_ID = 'naverDemo00001';

async function main(): Promise<void> {
	console.log('1/4 Installing n8n (once, cached) …');
	const runtime = ensureN8n();
	console.log('2/4 Building and packing n8n-nodes-naver-commerce …');
	const packDir = mkdtempSync(join(tmpdir(), 'naver-demo-pack-'));
	const tarball = buildAndPack(packDir);
	const n8n = new N8nInstance(runtime);
	let emulator: NaverCommerceEmulator | undefined;
	let failed = false;
	try {
		console.log(`3/4 Installing ${tarball.split('/').pop()} into n8n as a community package …`);
		n8n.installCommunityPackage(tarball);
		// A busy lunchtime: 120 product order changes in the last 12 minutes, a third of them new
		// paid orders.
		emulator = await startEmulator({ productOrders: 120, spanHours: 0.2 });
		const workflow = loadExample(EXAMPLE, WORKFLOW_ID);
		await n8n.importCredentials([
			{
				...credentialRef(workflow, 'naverCommerceApi'),
				type: 'naverCommerceApi',
				data: {
					clientId: DEFAULT_APP.clientId,
					clientSecret: DEFAULT_APP.clientSecret,
					type: 'SELF',
					baseUrl: emulator.baseUrl,
				},
			},
		]);
		await n8n.importWorkflow(workflow);

		console.log(
			`4/4 Running examples/${EXAMPLE} in n8n against the emulator (${emulator.baseUrl}) …\n`,
		);
		const result = await n8n.execute(WORKFLOW_ID);
		// What each node output, as n8n stored the execution.
		const run = lastExecution(n8n, WORKFLOW_ID);
		const output = (node: string) => run.nodes[node] ?? [];
		if (!result.ok) {
			failed = true;
			console.error(`The workflow failed: ${run.error ?? result.output.slice(-1500)}`);
		} else {
			const changed = output('New paid orders (last 15 minutes)');
			const details = output('Order details');
			const waiting = output('Paid, not yet confirmed');
			const confirmed = output('Confirm (발주 확인)');
			const messages = output('Slack message');
			const ok = confirmed.filter((item) => item.success === true);
			console.log(
				`New paid orders  → ${changed.length} product orders paid in the last 15 minutes`,
			);
			console.log(
				`Order details    → ${details.length} product orders with buyer, item and amount`,
			);
			console.log(`Filter           → ${waiting.length} paid and not yet confirmed`);
			console.log(
				`Confirm          → ${ok.length} confirmed (발주 확인), ${confirmed.length - ok.length} refused`,
			);
			console.log(
				`Slack message    → ${messages.length} messages, such as "${String(messages[0]?.text ?? '')}"\n`,
			);
			const confirmedIds = new Set(ok.map((item) => String(item.productOrderId)));
			console.table(
				details.slice(0, 8).map((detail) => {
					const productOrder = detail.productOrder as Record<string, unknown>;
					return {
						productOrderId: productOrder.productOrderId,
						productName: productOrder.productName,
						quantity: productOrder.quantity,
						totalPaymentAmount: productOrder.totalPaymentAmount,
						confirmed: confirmedIds.has(String(productOrder.productOrderId)),
					};
				}),
			);
			const calls = emulator.stats.byRoute;
			console.log(
				`HTTP calls to Naver: ${calls['productOrders.lastChangedStatuses'] ?? 0} change-feed page(s), ` +
					`${calls['productOrders.query'] ?? 0} details request(s) (300 IDs each), ` +
					`${calls['productOrders.confirm'] ?? 0} confirm request(s) (30 IDs each).`,
			);

			// The next run (10 minutes later in production) reads the same minutes again.
			const confirmRequests = calls['productOrders.confirm'] ?? 0;
			const again = await n8n.execute(WORKFLOW_ID);
			const rerun = lastExecution(n8n, WORKFLOW_ID);
			const reread = rerun.nodes['New paid orders (last 15 minutes)'] ?? [];
			const toConfirm = rerun.nodes['Paid, not yet confirmed'] ?? [];
			const twice = Object.values(emulator.stats.confirmations).filter((count) => count > 1);
			if (!again.ok) failed = true;
			console.log(
				`\nRunning it again (its next run reads the same 15 minutes): ${again.ok ? 'succeeded' : `failed: ${rerun.error}`} — ` +
					`${reread.length} paid orders read again, ${toConfirm.length} still to confirm, ` +
					`${(emulator.stats.byRoute['productOrders.confirm'] ?? 0) - confirmRequests} confirm requests. ` +
					`Confirmed twice: ${twice.length}; Naver's 105306 (already confirmed): ${emulator.stats.alreadyConfirmed}. ` +
					'The filter skips what was confirmed, so Naver is never asked twice (it would refuse: 105306).',
			);
		}
		console.log(
			`\nToken requests: ${emulator.stats.tokenRequests}, tokens issued: ${emulator.stats.tokensIssued} ` +
				'for two executions — n8n stored the token (encrypted) after the first and reused it.',
		);
	} finally {
		await emulator?.stop();
		n8n.cleanup();
		rmSync(packDir, { recursive: true, force: true });
	}
	if (failed) process.exit(1);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
