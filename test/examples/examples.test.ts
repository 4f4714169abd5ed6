/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The example workflows in examples/, imported as they are into a real n8n (with the packed
 * package installed) and run with `n8n execute` against the emulator. Only two things change
 * before import: a workflow ID to run it by, and for a scheduled example, its Schedule Trigger
 * becomes a Manual Trigger of the same name (a CLI run needs one).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
	buildAndPack,
	ensureN8n,
	type ExecutedRun,
	N8nInstance,
	nodeOutput,
	PACKAGE_NAME,
	REPO_ROOT,
} from '../e2e/realN8n';
import { formatKst } from '../emulator/kst';
import { DEFAULT_APP, startEmulator, type NaverCommerceEmulator } from '../emulator/server';
import { issuedImageUrls, productImageState } from '../emulator/routes/productImages';
import { productCatalogue } from '../emulator/routes/products';
import { productOrderDetails } from '../emulator/store';
import { jpegBytes } from '../helpers/imageBytes';

const EXAMPLES_DIR = join(REPO_ROOT, 'examples');
const DAY_MS = 24 * 3600_000;

interface WorkflowNode {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
}

interface Workflow {
	id?: string;
	name: string;
	nodes: WorkflowNode[];
	connections: Record<string, unknown>;
}

function readExample(file: string): Workflow {
	return JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf-8')) as Workflow;
}

/** A copy with an ID, and every Schedule Trigger replaced by a Manual Trigger of the same name. */
function runnable(workflow: Workflow, id: string): Workflow {
	return {
		...workflow,
		id,
		nodes: workflow.nodes.map((node) =>
			node.type === 'n8n-nodes-base.scheduleTrigger'
				? { ...node, type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} }
				: node,
		),
	};
}

type RunItem = {
	json: Record<string, unknown>;
	binary?: Record<string, { mimeType?: string; fileName?: string; data?: string }>;
};

function itemsOf(run: ExecutedRun | undefined, nodeName: string): RunItem[] {
	const runs = run?.data.resultData.runData[nodeName] as
		| Array<{ data?: { main: RunItem[][] } }>
		| undefined;
	return runs?.[0]?.data?.main[0] ?? [];
}

describe('the example workflows', () => {
	test('every example is importable JSON that references credentials by id and name only', () => {
		const files = readdirSync(EXAMPLES_DIR).filter((file) => file.endsWith('.json'));
		assert.ok(files.length >= 2, `examples: ${files.join(', ')}`);
		for (const file of files) {
			const text = readFileSync(join(EXAMPLES_DIR, file), 'utf-8');
			const workflow = JSON.parse(text) as Workflow;
			assert.ok(workflow.name && Array.isArray(workflow.nodes), file);
			assert.ok(workflow.connections && typeof workflow.connections === 'object', file);
			// The node, and its tool variant that an AI Agent calls.
			const naverNodes = workflow.nodes.filter(
				(node) =>
					node.type === `${PACKAGE_NAME}.naverCommerce` ||
					node.type === `${PACKAGE_NAME}.naverCommerceTool`,
			);
			assert.ok(naverNodes.length > 0, `${file} uses no Naver Commerce node`);
			for (const node of naverNodes) {
				assert.deepEqual(Object.keys(node.credentials ?? {}), ['naverCommerceApi'], node.name);
				assert.deepEqual(Object.keys(node.credentials!.naverCommerceApi).sort(), ['id', 'name']);
			}
			// No secret, signature or token: nothing shaped like a bcrypt salt or a bearer token.
			assert.doesNotMatch(text, /\$2[aby]\$\d\d\$/, file);
			assert.doesNotMatch(text, /clientSecret|client_secret|accessToken|Bearer /i, file);
			// Every connection names nodes that exist.
			const names = new Set(workflow.nodes.map((node) => node.name));
			for (const [from, outputs] of Object.entries(workflow.connections)) {
				assert.ok(names.has(from), `${file}: connection from unknown node ${from}`);
				for (const target of JSON.stringify(outputs).matchAll(/"node":"([^"]+)"/g)) {
					assert.ok(names.has(target[1]), `${file}: connection to unknown node ${target[1]}`);
				}
			}
		}
	});
});

describe('the example workflows in a real n8n', { timeout: 15 * 60_000 }, () => {
	let emulator: NaverCommerceEmulator | undefined;
	let n8n: N8nInstance | undefined;
	let packDir: string | undefined;

	let filesDir: string | undefined;

	before(async () => {
		const runtime = ensureN8n();
		packDir = mkdtempSync(join(tmpdir(), 'naver-pack-'));
		// The folder the spreadsheet example reads, the one folder its file nodes may open.
		filesDir = mkdtempSync(join(tmpdir(), 'naver-files-'));
		const tarball = buildAndPack(packDir);
		// 2 000 product orders over 48 hours: about 14 paid ones in any hour, so the hourly example
		// always has orders to find.
		emulator = await startEmulator({ productOrders: 2000 });
		n8n = new N8nInstance(runtime, undefined, { N8N_RESTRICT_FILE_ACCESS_TO: filesDir });
		n8n.installCommunityPackage(tarball);
		const credentialRefs = new Set<string>();
		for (const file of readdirSync(EXAMPLES_DIR).filter((name) => name.endsWith('.json'))) {
			for (const node of readExample(file).nodes) {
				const ref = node.credentials?.naverCommerceApi;
				if (ref) credentialRefs.add(JSON.stringify([ref.id, ref.name]));
			}
		}
		// The credential the examples name, pointed at the emulator (its app exists only there).
		await n8n.importCredentials(
			[...credentialRefs].map((ref) => {
				const [id, name] = JSON.parse(ref) as [string, string];
				return {
					id,
					name,
					type: 'naverCommerceApi',
					data: {
						clientId: DEFAULT_APP.clientId,
						clientSecret: DEFAULT_APP.clientSecret,
						type: 'SELF',
						baseUrl: emulator!.baseUrl,
					},
				};
			}),
		);
	});

	after(async () => {
		await emulator?.stop();
		n8n?.cleanup();
		if (packDir) rmSync(packDir, { recursive: true, force: true });
		if (filesDir) rmSync(filesDir, { recursive: true, force: true });
	});

	test('new products from a spreadsheet with photos: one product per row, its photo uploaded first', async () => {
		const folder = join(filesDir!, 'naver-products');
		mkdirSync(join(folder, 'photos'), { recursive: true });
		const rows = [
			['TEE-001', '오버핏 반팔 티셔츠', '면 100%', '19900', '30', '50000830', 'WEAR', 'tee.jpg'],
			[
				'TUM-002',
				'스테인리스 텀블러 600ml',
				'보온 보냉',
				'15900',
				'12',
				'50000145',
				'KITCHEN_UTENSILS',
				'tumbler.jpg',
			],
			[
				'EAR-003',
				'무선 이어폰 라이트',
				'블루투스 5.3',
				'39000',
				'0',
				'50001203',
				'MICROELECTRONICS',
				'earbuds.jpg',
			],
		];
		writeFileSync(
			join(folder, 'products.csv'),
			[
				'sku,name,description,price,stock,category,notice,photo',
				...rows.map((row) => row.join(',')),
			].join('\n'),
		);
		for (const row of rows) writeFileSync(join(folder, 'photos', row[7]), jpegBytes(row[0]));
		const workflow = runnable(readExample('new-products-from-spreadsheet.json'), 'exNewProducts1');
		const settings = workflow.nodes.find((node) => node.name === 'Settings')!;
		const assignments = (
			settings.parameters.assignments as { assignments: Array<{ name: string; value: string }> }
		).assignments;
		assignments.find((assignment) => assignment.name === 'folder')!.value = folder;
		await n8n!.importWorkflow(workflow);
		const catalogue = productCatalogue(emulator!.store);
		const before = catalogue.products.length;
		const result = await n8n!.execute('exNewProducts1');
		assert.ok(result.ok, result.output.slice(-3000));

		const created = catalogue.products.slice(before);
		assert.deepEqual(
			created.map((product) => [
				(product.originProduct.detailAttribute.sellerCodeInfo as { sellerManagementCode: string })
					.sellerManagementCode,
				product.originProduct.name,
				product.originProduct.salePrice,
				product.originProduct.stockQuantity,
				product.originProduct.leafCategoryId,
				(
					product.originProduct.detailAttribute.productInfoProvidedNotice as {
						productInfoProvidedNoticeType: string;
					}
				).productInfoProvidedNoticeType,
				product.originProduct.statusType,
			]),
			rows.map(([sku, name, , price, stock, category, notice]) => [
				sku,
				name,
				Number(price),
				Number(stock),
				category,
				notice,
				stock === '0' ? 'OUTOFSTOCK' : 'SALE',
			]),
		);
		// Each row's photo went through Naver's upload, and its URL is the product's image.
		const uploads = productImageState(emulator!.store).requests;
		assert.equal(uploads.length, rows.length);
		const issued = issuedImageUrls(emulator!.store);
		for (const product of created) {
			assert.ok(issued.has(product.originProduct.images.representativeImage.url));
		}
		const output = nodeOutput(result.run, 'Create product');
		assert.deepEqual(
			output.map((item) => item.originProductNo),
			created.map((product) => product.originProductNo),
		);
	});

	test('changed orders of the last 24 hours → details → spreadsheet', async () => {
		await n8n!.importWorkflow(
			runnable(readExample('changed-orders-to-spreadsheet.json'), 'exSpreadsheet1'),
		);
		const startedMs = Date.now();
		const result = await n8n!.execute('exSpreadsheet1');
		assert.ok(result.ok, result.output.slice(-3000));

		const [changes] = nodeOutput(result.run, 'Changed orders (last 24 h)');
		const changed = (changes.data as { lastChangeStatuses: Array<{ productOrderId: string }> })
			.lastChangeStatuses;
		const inWindow = emulator!.store.productOrders.filter(
			(order) => order.lastChangedMs >= startedMs - DAY_MS,
		).length;
		// About 1 000 changes in 24 hours: Naver's page size of 300 applies, with a pointer to more.
		assert.ok(inWindow > 300, `${inWindow}`);
		assert.equal(changed.length, 300);
		assert.ok((changes.data as { more?: unknown }).more, 'no pointer to the next page');

		const [details] = nodeOutput(result.run, 'Order details');
		const orders = details.data as Array<{ productOrder: { productOrderId: string } }>;
		assert.deepEqual(
			orders.map((order) => order.productOrder.productOrderId).sort(),
			changed.map((change) => change.productOrderId).sort(),
		);

		const rows = nodeOutput(result.run, 'Spreadsheet columns');
		assert.equal(rows.length, orders.length);
		const byId = new Map(
			emulator!.store.productOrders.map((order) => [order.productOrderId, order]),
		);
		for (const row of rows) {
			const order = byId.get(String(row['상품주문번호 (productOrderId)']));
			assert.ok(order, JSON.stringify(row));
			assert.equal(row['주문번호 (orderId)'], order.orderId);
			assert.equal(row['상태 (status)'], order.productOrderStatus);
			assert.equal(row['상품명 (productName)'], order.productName);
			// What the buyer paid: the amount less a product coupon where the order has one.
			const paid = (productOrderDetails(order).productOrder as { totalPaymentAmount: number })
				.totalPaymentAmount;
			assert.ok(paid > 0 && paid <= order.quantity * order.unitPrice);
			assert.equal(row['결제금액 (totalPaymentAmount)'], paid);
			assert.equal(row['결제일시 (paymentDate)'], formatKst(order.paymentMs));
		}

		const files = itemsOf(result.run, 'Spreadsheet');
		assert.equal(files.length, 1);
		const file = files[0].binary?.data;
		assert.ok(file, 'no file in the Spreadsheet node output');
		assert.equal(
			file.mimeType,
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		);
		assert.match(String(file.fileName), /^naver-orders-\d{8}-\d{4}\.xlsx$/);
		if (file.data && !file.data.startsWith('filesystem')) {
			// An .xlsx file is a zip archive.
			assert.equal(Buffer.from(file.data, 'base64').subarray(0, 2).toString('latin1'), 'PK');
		}
	});

	test('new paid orders every hour (run once with a Manual Trigger)', async () => {
		await n8n!.importWorkflow(
			runnable(readExample('new-paid-orders-hourly.json'), 'exHourlyPaid01'),
		);
		const startedMs = Date.now();
		const result = await n8n!.execute('exHourlyPaid01');
		assert.ok(result.ok, result.output.slice(-3000));
		const finishedMs = Date.now();

		const orders = nodeOutput(result.run, 'New order');
		const paid = (fromMs: number) =>
			emulator!.store.productOrders
				.filter((order) => order.lastChangedType === 'PAYED' && order.lastChangedMs >= fromMs)
				.map((order) => order.productOrderId);
		// n8n evaluated "65 minutes ago" at some moment between start and finish: orders paid after
		// finish − 65 min must be there, and none paid before start − 65 min.
		const surely = paid(finishedMs - 65 * 60_000);
		const possibly = new Set(paid(startedMs - 65 * 60_000 - 1000));
		assert.ok(surely.length > 0, 'the emulator has no paid orders in the last hour');
		const ids = orders.map((order) => String(order.productOrderId));
		for (const id of surely) assert.ok(ids.includes(id), `missing paid order ${id}`);
		for (const id of ids) assert.ok(possibly.has(id), `unexpected order ${id}`);
		assert.equal(new Set(ids).size, ids.length, 'an order came twice');
		for (const order of orders) {
			assert.match(String(order.message), /^새 주문 \d{16} \(결제 \d{4}-\d\d-\d\dT/);
			assert.deepEqual(Object.keys(order).sort(), [
				'message',
				'orderId',
				'paymentDate',
				'productOrderId',
			]);
		}
	});
});
