/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The example workflows in examples/, imported as they are into a real n8n (the packed package
 * installed as a community package) against the emulator; only a workflow ID is added. Each test
 * compares what the example did with the emulator's store.
 *
 * - The examples started by hand or on a schedule run with `n8n execute`, from their Manual
 *   Trigger (the scheduled ones have one beside their Schedule Trigger, as the editor's Execute
 *   Workflow button uses it). n8n runs with its own defaults for what nodes may touch: file access
 *   only under ~/.n8n-files (HOME is a fresh folder, n8n's working directory too, as in n8n's
 *   Docker image) and no `$env` in expressions. The sample files of examples/ are copied where the
 *   examples' Settings nodes look for them by default.
 * - The trigger examples are published and run by `n8n start`, polling every minute as they do
 *   for a seller: events made in the emulator after activation come out once, as messages.
 *
 * The last test fails when a file in examples/ was run by no test (here or in
 * test/ai/examples.realN8n.test.ts).
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { COURIER_OPTIONS } from '../../nodes/NaverCommerce/options/couriers';
import { NOTICE_TYPE_OPTIONS } from '../../nodes/NaverCommerce/options/noticeTypes';
import { buildAndPack, ensureN8n, N8nInstance, PACKAGE_NAME, REPO_ROOT } from '../e2e/realN8n';
import { formatKst } from '../emulator/kst';
import { answerInSellerCenter, addProductQuestion } from '../emulator/routes/inquiries';
import {
	acceptCorrection,
	inspectionStateOf,
	productsNotSentBack,
	sendBackProduct,
} from '../emulator/routes/inspections';
import { issuedImageUrls, productImageState } from '../emulator/routes/productImages';
import { productCatalogue } from '../emulator/routes/products';
import { sellerNoticeStateOf } from '../emulator/routes/sellerNotices';
import {
	contractFindings,
	DEFAULT_APP,
	startEmulator,
	type NaverCommerceEmulator,
} from '../emulator/server';
import { productOrderDetails, type ProductOrder } from '../emulator/store';
import { freePort, stopProcess, waitFor } from '../trigger/realN8nHost';
import {
	credentialRef,
	EXAMPLES_DIR,
	exampleFiles,
	loadedExamples,
	loadExample,
	readExample,
	settingOf,
	type Workflow,
} from './exampleWorkflows';
import { lastExecution, readStoredState, type StoredExecution } from './storedExecutions';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const NAVER_NODE_TYPES = [
	`${PACKAGE_NAME}.naverCommerce`,
	`${PACKAGE_NAME}.naverCommerceTool`,
	`${PACKAGE_NAME}.naverCommerceTrigger`,
];
/** Examples another test file runs, each with the file that does. */
const RUN_ELSEWHERE: Record<string, string> = {
	'answer-inquiries-with-ai-agent.json': 'test/ai/examples.realN8n.test.ts',
	'group-product-from-spreadsheet.json': 'test/examples/groupProductExample.realN8n.test.ts',
	'daily-statistics-to-file.json': 'test/examples/statisticsExample.realN8n.test.ts',
};

/**
 * Runs an imported example with `n8n execute`; what its nodes output is read from the execution n8n
 * stored (see storedExecutions.ts).
 */
async function executeExample(
	n8n: N8nInstance,
	id: string,
): Promise<{ ok: boolean; output: string; execution: StoredExecution }> {
	const result = await n8n.execute(id);
	return { ok: result.ok, output: result.output, execution: lastExecution(n8n, id) };
}

/** The JSON of the items a node output in a stored execution (none when it did not run). */
function outputOf(execution: StoredExecution, node: string): Array<Record<string, unknown>> {
	return execution.nodes[node] ?? [];
}

/** A sample CSV of examples/ as rows of named fields (the samples quote nothing). */
function sampleRows(file: string): Array<Record<string, string>> {
	const [header, ...lines] = readFileSync(join(EXAMPLES_DIR, file), 'utf-8').trim().split('\n');
	const names = header.split(',');
	return lines.map((line) => {
		const cells = line.split(',');
		assert.equal(cells.length, names.length, `${file}: ${line}`);
		return Object.fromEntries(names.map((name, index) => [name, cells[index]]));
	});
}

/** A product order paid at `changedMs`, waiting for 발주 확인. */
function paidOrder(productOrderId: string, changedMs: number): ProductOrder {
	return {
		orderId: `${productOrderId.slice(0, 8)}9${productOrderId.slice(-7)}`,
		productOrderId,
		lastChangedType: 'PAYED',
		lastChangedMs: changedMs,
		paymentMs: changedMs,
		productOrderStatus: 'PAYED',
		receiverAddressChanged: false,
		productName: '제주 감귤 5kg',
		quantity: 2,
		unitPrice: 19_900,
		placeOrderStatus: 'NOT_YET',
	};
}

/** The ID of a product order made here: today's date in KST and 8 digits. */
function newProductOrderId(serial: number): string {
	return `${formatKst(Date.now()).slice(0, 10).replace(/-/g, '')}${88_000_000 + serial}`;
}

let tarball: string | undefined;
let packDir: string | undefined;
/** Builds and packs the package once for this file. */
function packedPackage(): string {
	if (!tarball) {
		packDir = mkdtempSync(join(tmpdir(), 'naver-examples-pack-'));
		tarball = buildAndPack(packDir);
	}
	return tarball;
}

after(() => {
	if (packDir) rmSync(packDir, { recursive: true, force: true });
});

/** The credential every example names, pointed at an emulator (its app exists only there). */
function emulatorCredential(emulator: NaverCommerceEmulator): Record<string, unknown> {
	return {
		...credentialRef(readExample('confirm-new-paid-orders.json'), 'naverCommerceApi'),
		type: 'naverCommerceApi',
		data: {
			clientId: DEFAULT_APP.clientId,
			clientSecret: DEFAULT_APP.clientSecret,
			type: 'SELF',
			baseUrl: emulator.baseUrl,
		},
	};
}

describe('the example files', () => {
	test('every example is importable JSON that names its credentials by id and name only', () => {
		const files = exampleFiles();
		assert.ok(files.length >= 7, `examples: ${files.join(', ')}`);
		const naverRef = credentialRef(readExample('confirm-new-paid-orders.json'), 'naverCommerceApi');
		for (const file of files) {
			const text = readFileSync(join(EXAMPLES_DIR, file), 'utf-8');
			const workflow = JSON.parse(text) as Workflow;
			assert.ok(workflow.name && Array.isArray(workflow.nodes), file);
			assert.ok(workflow.connections && typeof workflow.connections === 'object', file);
			assert.equal(workflow.id, undefined, `${file} carries a workflow ID`);
			const naverNodes = workflow.nodes.filter((node) => NAVER_NODE_TYPES.includes(node.type));
			assert.ok(naverNodes.length > 0, `${file} uses no Naver Commerce node`);
			for (const node of naverNodes) {
				assert.deepEqual(node.credentials, { naverCommerceApi: naverRef }, `${file}: ${node.name}`);
			}
			// Any other credential is a chat model's, on n8n's AI nodes.
			for (const node of workflow.nodes.filter((node) => !NAVER_NODE_TYPES.includes(node.type))) {
				for (const [type, ref] of Object.entries(node.credentials ?? {})) {
					assert.ok(node.type.startsWith('@n8n/n8n-nodes-langchain.lmChat'), `${file}: ${type}`);
					assert.deepEqual(Object.keys(ref).sort(), ['id', 'name']);
				}
			}
			// No secret, signature or token: nothing shaped like a bcrypt salt or a bearer token.
			assert.doesNotMatch(text, /\$2[aby]\$\d\d\$/, file);
			assert.doesNotMatch(text, /clientSecret|client_secret|accessToken|Bearer /i, file);
			// No node is disabled: what is in the file is what runs.
			assert.ok(!workflow.nodes.some((node) => node.disabled), file);
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

	test('a scheduled example also runs now: its Manual Trigger starts the same node as its schedule', () => {
		for (const file of exampleFiles()) {
			const workflow = readExample(file);
			const targets = (type: string) =>
				workflow.nodes
					.filter((node) => node.type === type)
					.map((node) => JSON.stringify(workflow.connections[node.name]));
			const schedules = targets('n8n-nodes-base.scheduleTrigger');
			const manual = targets('n8n-nodes-base.manualTrigger');
			for (const schedule of schedules) assert.ok(manual.includes(schedule), file);
		}
	});

	test('no example names a folder of one installation: file paths are relative to where n8n runs', () => {
		for (const file of exampleFiles()) {
			const text = readFileSync(join(EXAMPLES_DIR, file), 'utf-8');
			assert.doesNotMatch(text, /"\/(home|Users|root|data|tmp)\/|[A-Z]:\\\\/, file);
			assert.doesNotMatch(text, /\$env\b/, `${file} reads the environment (n8n 2.x blocks it)`);
		}
		assert.equal(
			settingOf(readExample('new-products-from-spreadsheet.json'), 'folder'),
			'.n8n-files/naver-products',
		);
		assert.equal(
			settingOf(readExample('dispatch-from-csv.json'), 'file'),
			'.n8n-files/tracking.csv',
		);
	});

	test('examples/README.md lists every example and sample file, with the credentials each needs', () => {
		const readme = readFileSync(join(EXAMPLES_DIR, 'README.md'), 'utf-8');
		const table = readme.split('\n').filter((line) => line.startsWith('| ['));
		for (const file of exampleFiles()) {
			const row = table.find((line) => line.startsWith(`| [\`${file}\`](${file})`));
			assert.ok(row, `examples/README.md has no row for ${file}`);
			const credentials = new Set(
				readExample(file).nodes.flatMap((node) => Object.keys(node.credentials ?? {})),
			);
			assert.match(row, /Naver Commerce API/, file);
			if (credentials.has('openAiApi')) assert.match(row, /OpenAI/, file);
		}
		const samples = [
			...readdirSync(EXAMPLES_DIR).filter((file) => file.endsWith('.csv')),
			...readdirSync(join(EXAMPLES_DIR, 'photos')).map((file) => `photos/${file}`),
		];
		for (const sample of samples) assert.ok(readme.includes(`(${sample})`), sample);
		// Every file README links to exists.
		for (const link of readme.matchAll(/\]\(([^)#:]+)\)/g)) {
			assert.doesNotThrow(() => readFileSync(join(EXAMPLES_DIR, link[1])), link[1]);
		}
	});

	test('the sample files hold what a Naver column must: leaf category IDs, notice type codes, courier codes', () => {
		const noticeTypes = new Set(NOTICE_TYPE_OPTIONS.map((option) => String(option.value)));
		const couriers = new Set(COURIER_OPTIONS.map((option) => String(option.value)));
		const photos = new Set(readdirSync(join(EXAMPLES_DIR, 'photos')));
		const products = sampleRows('products.csv');
		assert.ok(products.length >= 2);
		for (const row of products) {
			assert.match(row.category, /^\d{8}$/, row.sku);
			assert.ok(noticeTypes.has(row.notice), `${row.sku}: notice ${row.notice}`);
			assert.ok(photos.has(row.photo), `${row.sku}: photo ${row.photo}`);
			assert.match(row.price, /^\d+$/);
			assert.match(row.stock, /^\d+$/);
		}
		for (const photo of photos) {
			const bytes = readFileSync(join(EXAMPLES_DIR, 'photos', photo));
			assert.equal(bytes.subarray(0, 3).toString('hex'), 'ffd8ff', `${photo} is a JPEG`);
			assert.ok(bytes.length < 10_000, `${photo}: ${bytes.length} bytes`);
		}
		const tracking = sampleRows('tracking.csv');
		assert.ok(tracking.length >= 2);
		for (const row of tracking) {
			assert.match(row.productOrderId, /^\d{16}$/);
			assert.ok(couriers.has(row.courier), `courier ${row.courier}`);
			assert.match(row.trackingNumber, /^[0-9A-Za-z-]{8,30}$/);
		}
	});
});

describe(
	'the example workflows in a real n8n, run with n8n execute',
	{ timeout: 15 * 60_000 },
	() => {
		let emulator: NaverCommerceEmulator;
		let n8n: N8nInstance;
		/** n8n's HOME and working directory. */
		let home: string;
		const startDir = process.cwd();

		before(async () => {
			const runtime = ensureN8n();
			const tgz = packedPackage();
			home = mkdtempSync(join(tmpdir(), 'naver-examples-home-'));
			// n8n resolves a relative file path from its working directory, as in its Docker image
			// (WORKDIR /home/node); its processes inherit this one's.
			process.chdir(home);
			// 2 000 product orders over 48 hours: about 1 000 changes in the last 24 hours.
			emulator = await startEmulator({ productOrders: 2000 });
			n8n = new N8nInstance(runtime, undefined, {
				HOME: home,
				// n8n 2.x's default (1.x allows $env unless told otherwise): the examples must not need it.
				N8N_BLOCK_ENV_ACCESS_IN_NODE: 'true',
			});
			n8n.installCommunityPackage(tgz);
			await n8n.importCredentials([emulatorCredential(emulator)]);
		});

		after(async () => {
			process.chdir(startDir);
			await emulator?.stop();
			n8n?.cleanup();
			if (home) rmSync(home, { recursive: true, force: true });
		});

		test('confirm new paid orders: each paid order of the last 15 minutes confirmed once, one message each; the next run skips what the last one confirmed', async () => {
			const store = emulator.store;
			const now = Date.now();
			// Fresh paid orders beside the seeded ones (spread over 48 hours), and one the seller
			// already confirmed in the Seller Center.
			const fresh = [3, 2, 1].map((minutes, index) =>
				paidOrder(newProductOrderId(index), now - minutes * MINUTE_MS),
			);
			const confirmedByHand = {
				...paidOrder(newProductOrderId(3), now - 4 * MINUTE_MS),
				placeOrderStatus: 'OK' as const,
				placeOrderMs: now - MINUTE_MS,
			};
			store.productOrders.push(...fresh, confirmedByHand);
			const waiting = (fromMs: number) =>
				store.productOrders
					.filter(
						(order) =>
							order.lastChangedType === 'PAYED' &&
							order.lastChangedMs >= fromMs &&
							order.productOrderStatus === 'PAYED' &&
							order.placeOrderStatus === 'NOT_YET' &&
							!order.claimType,
					)
					.map((order) => order.productOrderId);

			await n8n.importWorkflow(loadExample('confirm-new-paid-orders.json', 'exConfirmPaid1'));
			emulator.resetStats();
			const possibly = new Set(waiting(Date.now() - 15 * MINUTE_MS - 1000));
			const first = await executeExample(n8n, 'exConfirmPaid1');
			assert.ok(first.ok, first.output.slice(-3000));
			// n8n evaluated "15 minutes ago" during the run: orders paid after the end less 15 minutes
			// are surely in, none paid before the start less 15 minutes.
			const surely = new Set(
				[...possibly].filter(
					(id) =>
						store.productOrders.find((order) => order.productOrderId === id)!.lastChangedMs >=
						Date.now() - 15 * MINUTE_MS,
				),
			);
			for (const order of fresh) assert.ok(surely.has(order.productOrderId));

			const confirmed = Object.keys(emulator.stats.confirmations);
			for (const id of surely) assert.ok(confirmed.includes(id), `not confirmed: ${id}`);
			for (const id of confirmed) assert.ok(possibly.has(id), `confirmed, not new: ${id}`);
			assert.ok(Object.values(emulator.stats.confirmations).every((count) => count === 1));
			assert.equal(emulator.stats.alreadyConfirmed, 0);
			assert.equal(emulator.stats.confirmations[confirmedByHand.productOrderId], undefined);
			for (const id of confirmed) {
				assert.equal(
					store.productOrders.find((order) => order.productOrderId === id)!.placeOrderStatus,
					'OK',
				);
			}
			const messages = outputOf(first.execution, 'Slack message');
			assert.deepEqual(messages.map((message) => message.productOrderId).sort(), confirmed.sort());
			for (const order of fresh) {
				const message = messages.find((item) => item.productOrderId === order.productOrderId)!;
				const paid = (productOrderDetails(order).productOrder as { totalPaymentAmount: number })
					.totalPaymentAmount;
				assert.deepEqual(message, {
					productOrderId: order.productOrderId,
					text: `발주 확인: 제주 감귤 5kg × 2, ${paid}원 (상품주문번호 ${order.productOrderId})`,
				});
			}

			// The next run, 10 minutes later in production (here at once): its 15 minutes overlap the
			// last run's. Two more orders were paid since.
			const later = [
				paidOrder(newProductOrderId(4), Date.now()),
				paidOrder(newProductOrderId(5), Date.now()),
			];
			store.productOrders.push(...later);
			const second = await executeExample(n8n, 'exConfirmPaid1');
			assert.ok(second.ok, second.output.slice(-3000));
			const reread = outputOf(second.execution, 'New paid orders (last 15 minutes)').map(
				(change) => change.productOrderId,
			);
			for (const order of fresh) assert.ok(reread.includes(order.productOrderId), 'the overlap');
			assert.deepEqual(
				outputOf(second.execution, 'Paid, not yet confirmed').map(
					(detail) => (detail.productOrder as { productOrderId: string }).productOrderId,
				),
				later.map((order) => order.productOrderId),
			);
			assert.deepEqual(
				outputOf(second.execution, 'Slack message').map((message) => message.productOrderId),
				later.map((order) => order.productOrderId),
			);
			for (const order of later)
				assert.equal(emulator.stats.confirmations[order.productOrderId], 1);
			assert.ok(Object.values(emulator.stats.confirmations).every((count) => count === 1));
			assert.equal(emulator.stats.alreadyConfirmed, 0, 'Naver was asked to confirm twice');
			console.log(
				`confirm-new-paid-orders: ${confirmed.length} confirmed, then ${later.length}; ${reread.length} read again by the second run`,
			);
		});

		test('changed orders of the last 24 hours → details → spreadsheet, every page; a day without changes ends without a file', async () => {
			await n8n.importWorkflow(loadExample('changed-orders-to-spreadsheet.json', 'exSpreadsheet1'));
			emulator.resetStats();
			const startedMs = Date.now();
			const result = await executeExample(n8n, 'exSpreadsheet1');
			assert.ok(result.ok, result.output.slice(-3000));
			const finishedMs = Date.now();

			const changed = (fromMs: number) =>
				emulator.store.productOrders
					.filter((order) => order.lastChangedMs >= fromMs)
					.map((order) => order.productOrderId);
			const surely = changed(finishedMs - DAY_MS);
			const possibly = new Set(changed(startedMs - DAY_MS - 1000));
			// About 1 000 changes: more than Naver's page of 300, so the node followed `more`.
			assert.ok(surely.length > 300, `${surely.length}`);
			assert.ok(emulator.stats.byRoute['productOrders.lastChangedStatuses'] >= 4);

			const rows = outputOf(result.execution, 'Spreadsheet columns');
			const ids = rows.map((row) => String(row['상품주문번호 (productOrderId)']));
			for (const id of surely) assert.ok(ids.includes(id), `missing ${id}`);
			for (const id of ids) assert.ok(possibly.has(id), `not changed in 24 hours: ${id}`);
			assert.equal(new Set(ids).size, ids.length, 'a product order came twice');
			// Details 300 at a time.
			assert.equal(emulator.stats.byRoute['productOrders.query'], Math.ceil(ids.length / 300));
			const byId = new Map(
				emulator.store.productOrders.map((order) => [order.productOrderId, order]),
			);
			for (const row of rows) {
				const order = byId.get(String(row['상품주문번호 (productOrderId)']))!;
				assert.equal(row['주문번호 (orderId)'], order.orderId);
				assert.equal(row['상태 (status)'], order.productOrderStatus);
				assert.equal(row['마지막 변경 (lastChangedType)'], order.lastChangedType);
				assert.equal(row['변경일시 (lastChangedDate)'], formatKst(order.lastChangedMs));
				assert.equal(row['상품명 (productName)'], order.productName);
				assert.equal(row['결제일시 (paymentDate)'], formatKst(order.paymentMs));
				const paid = (productOrderDetails(order).productOrder as { totalPaymentAmount: number })
					.totalPaymentAmount;
				assert.ok(paid > 0 && paid <= order.quantity * order.unitPrice);
				assert.equal(row['결제금액 (totalPaymentAmount)'], paid);
			}

			const files = result.execution.files['Spreadsheet'] ?? [];
			assert.equal(files.length, 1);
			const file = files[0].data;
			assert.ok(file, 'no file in the Spreadsheet node output');
			assert.equal(
				file.mimeType,
				'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			);
			assert.match(String(file.fileName), /^naver-orders-\d{8}-\d{4}\.xlsx$/);
			// n8n writes the size as text, such as "52.3 kB": about 1 000 rows are tens of kilobytes.
			assert.match(String(file.fileSize), /^\d+(\.\d+)? kB$/);

			// A quiet day: nothing changed in the last 24 hours.
			const everything = emulator.store.productOrders;
			emulator.store.productOrders = everything.filter(
				(order) => order.lastChangedMs < Date.now() - DAY_MS - 10 * MINUTE_MS,
			);
			try {
				emulator.resetStats();
				const quiet = await executeExample(n8n, 'exSpreadsheet1');
				assert.ok(quiet.ok, quiet.output.slice(-3000));
				assert.deepEqual(outputOf(quiet.execution, 'Changed orders (last 24 h)'), []);
				assert.equal(quiet.execution.nodes['Spreadsheet'], undefined);
				assert.equal(quiet.execution.nodes['Order details'], undefined);
				assert.equal(emulator.stats.byRoute['productOrders.query'], undefined, 'asked for details');
			} finally {
				emulator.store.productOrders = everything;
			}
		});

		test('new products from a spreadsheet with photos: examples/products.csv and photos/, one product per row, its photo uploaded first', async () => {
			const workflow = loadExample('new-products-from-spreadsheet.json', 'exNewProducts1');
			// The sample files, where the Settings node looks by default (relative to n8n's folder).
			const folder = join(home, settingOf(workflow, 'folder'));
			mkdirSync(join(folder, 'photos'), { recursive: true });
			copyFileSync(join(EXAMPLES_DIR, 'products.csv'), join(folder, 'products.csv'));
			for (const photo of readdirSync(join(EXAMPLES_DIR, 'photos')))
				copyFileSync(join(EXAMPLES_DIR, 'photos', photo), join(folder, 'photos', photo));
			const rows = sampleRows('products.csv');

			await n8n.importWorkflow(workflow);
			const catalogue = productCatalogue(emulator.store);
			const before = catalogue.products.length;
			const uploadsBefore = productImageState(emulator.store).requests.length;
			const result = await executeExample(n8n, 'exNewProducts1');
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
				rows.map((row) => [
					row.sku,
					row.name,
					Number(row.price),
					Number(row.stock),
					row.category,
					row.notice,
					row.stock === '0' ? 'OUTOFSTOCK' : 'SALE',
				]),
			);
			// Each row's photo went through Naver's upload first, and its URL is the product's image.
			const uploads = productImageState(emulator.store).requests.slice(uploadsBefore);
			assert.equal(uploads.length, rows.length);
			rows.forEach((row, index) => {
				assert.equal(uploads[index].files.length, 1);
				const [image] = uploads[index].files;
				assert.equal(image.fileName, row.photo);
				assert.equal(image.format, 'JPG');
				assert.equal(image.size, statSync(join(EXAMPLES_DIR, 'photos', row.photo)).size);
				assert.ok(image.url && issuedImageUrls(emulator.store).has(image.url));
				assert.equal(created[index].originProduct.images.representativeImage.url, image.url);
			});
			assert.deepEqual(
				outputOf(result.execution, 'Create product').map((item) => item.originProductNo),
				created.map((product) => product.originProductNo),
			);
		});

		test('dispatch from a CSV: examples/tracking.csv, every row dispatched with its courier and tracking number', async () => {
			const workflow = loadExample('dispatch-from-csv.json', 'exDispatchCsv1');
			const file = join(home, settingOf(workflow, 'file'));
			mkdirSync(join(file, '..'), { recursive: true });
			copyFileSync(join(EXAMPLES_DIR, 'tracking.csv'), file);
			const rows = sampleRows('tracking.csv');
			// The store has the sample's product orders, paid and waiting for dispatch.
			const orders = rows.map((row, index) =>
				paidOrder(row.productOrderId, Date.now() - (index + 1) * 3600_000),
			);
			emulator.store.productOrders.push(...orders);

			await n8n.importWorkflow(workflow);
			emulator.resetStats();
			const result = await executeExample(n8n, 'exDispatchCsv1');
			assert.ok(result.ok, result.output.slice(-3000));

			// One request for the file (30 rows per request).
			assert.equal(emulator.stats.byRoute['productOrders.dispatch'], 1);
			orders.forEach((order, index) => {
				assert.equal(order.productOrderStatus, 'DELIVERING', order.productOrderId);
				assert.equal(order.delivery?.deliveryMethod, 'DELIVERY');
				assert.equal(order.delivery?.deliveryCompany, rows[index].courier);
				assert.equal(order.delivery?.trackingNumber, rows[index].trackingNumber);
			});
			const output = outputOf(result.execution, 'Dispatch');
			assert.deepEqual(
				output.map((item) => [item.productOrderId, item.success]),
				rows.map((row) => [row.productOrderId, true]),
			);
		});

		test('holiday notice: posted by hand with the Settings dates and shown on every channel product, 100 per request; once its display has ended, the usual notice goes back on the products and the holiday notice is deleted', async () => {
			const store = emulator.store;
			const workflow = loadExample('holiday-notice.json', 'exHoliday1');
			const title = settingOf(workflow, 'title');
			const noticeState = sellerNoticeStateOf(store);
			const findingsBefore = contractFindings.length;
			await n8n.importWorkflow(workflow);
			/** Every channel product of the catalogue, Smart Store and window, as the search finds them. */
			const channelProductNos = () =>
				productCatalogue(store)
					.products.filter((product) => product.originProduct.statusType !== 'DELETE')
					.flatMap((product) => [
						product.smartstoreChannelProductNo,
						...(product.windowChannelProductNo ? [product.windowChannelProductNo] : []),
					]);
			const holidayNotices = () =>
				noticeState.notices.items.filter((notice) => notice.title === title);
			assert.deepEqual(holidayNotices(), []);

			emulator.resetStats();
			const posted = await executeExample(n8n, 'exHoliday1');
			assert.ok(posted.ok, posted.output.slice(-3000));
			const [notice, ...others] = holidayNotices();
			assert.ok(notice, 'no holiday notice was posted');
			assert.deepEqual(others, []);
			// From 00:00 of the first day to 23:59 of the last, Korean time (Naver keeps minute 59).
			assert.equal(
				notice.displayStartDate,
				`${settingOf(workflow, 'holidayFrom')}T00:00:00.000+09:00`,
			);
			assert.equal(
				notice.displayEndDate,
				`${settingOf(workflow, 'holidayUntil')}T23:59:59.000+09:00`,
			);
			assert.equal(notice.detailContents, settingOf(workflow, 'contents'));
			assert.equal(notice.postCategoryType, 'DELIVERY');
			const products = channelProductNos();
			assert.ok(products.length > 1000, `${products.length} channel products`);
			for (const channelProductNo of products) {
				assert.equal(noticeState.applied.get(channelProductNo), notice.sellerNoticeId);
			}
			assert.equal(emulator.stats.byRoute['sellerNotices.create'], 1);
			assert.equal(emulator.stats.byRoute['sellerNotices.apply'], Math.ceil(products.length / 100));
			assert.equal(emulator.stats.byRoute['sellerNotices.delete'], undefined);

			// Another run during the holiday: the notice is there and showing; nothing to do.
			emulator.resetStats();
			const during = await executeExample(n8n, 'exHoliday1');
			assert.ok(during.ok, during.output.slice(-3000));
			assert.deepEqual(holidayNotices(), [notice]);
			assert.equal(emulator.stats.byRoute['sellerNotices.create'], undefined);
			assert.equal(emulator.stats.byRoute['sellerNotices.apply'], undefined);
			assert.deepEqual(outputOf(during.execution, 'What to do'), []);

			// The day after the holiday: Naver's display of the notice has ended. The emulator's
			// record stands for the time that passed (n8n compares it with its own clock).
			notice.displayEndDate = formatKst(Date.now() - DAY_MS);
			const usual = noticeState.notices.items.find((entry) => entry.wholeNotice);
			assert.ok(usual, 'the emulator seeds a whole-store notice');
			emulator.resetStats();
			const after = await executeExample(n8n, 'exHoliday1');
			assert.ok(after.ok, after.output.slice(-3000));
			assert.equal(noticeState.notices.find(notice.sellerNoticeId), undefined, 'not deleted');
			for (const channelProductNo of channelProductNos()) {
				assert.equal(noticeState.applied.get(channelProductNo), usual.sellerNoticeId);
			}
			assert.equal(emulator.stats.byRoute['sellerNotices.create'], undefined);
			assert.equal(emulator.stats.byRoute['sellerNotices.apply'], Math.ceil(products.length / 100));
			assert.equal(emulator.stats.byRoute['sellerNotices.delete'], 1);
			assert.deepEqual(contractFindings.slice(findingsBefore), []);
		});

		test('morning inspection alert: one message listing exactly the products sent back for correction, every page; a morning without any ends without a message', async () => {
			const store = emulator.store;
			const inspections = inspectionStateOf(store);
			const findingsBefore = contractFindings.length;
			await n8n.importWorkflow(loadExample('morning-inspection-alert.json', 'exInspection1'));
			try {
				// More than one page of 100: the seeded ones and more sent back since.
				for (const channelProductNo of productsNotSentBack(store).slice(0, 80))
					sendBackProduct(store, channelProductNo);
				const listed = inspections.listed();
				assert.ok(listed.length > 100, `${listed.length} sent back`);
				assert.ok(listed.some((record) => !record.restorationRequestAvailable));

				emulator.resetStats();
				const morning = await executeExample(n8n, 'exInspection1');
				assert.ok(morning.ok, morning.output.slice(-3000));
				assert.equal(emulator.stats.byRoute['inspections.list'], Math.ceil(listed.length / 100));
				const lines = listed.map(
					(record) =>
						`- ${record.channelProductNo}: ${record.reason} → ${record.action} (${record.restorationRequestAvailable ? '복원 요청 가능' : '복원 요청됨, 재검수 중'})`,
				);
				assert.deepEqual(outputOf(morning.execution, 'Message'), [
					{
						count: listed.length,
						text: [
							`상품 검수 수정 요청 ${listed.length}건 (채널상품번호: 사유 → 조치):`,
							...lines,
						].join('\n'),
					},
				]);

				// Every correction accepted: a quiet morning.
				for (const record of inspections.listed()) acceptCorrection(store, record.channelProductNo);
				emulator.resetStats();
				const quiet = await executeExample(n8n, 'exInspection1');
				assert.ok(quiet.ok, quiet.output.slice(-3000));
				assert.equal(quiet.execution.status, 'success');
				assert.equal(emulator.stats.byRoute['inspections.list'], 1);
				assert.deepEqual(outputOf(quiet.execution, 'Sent back for correction'), []);
				assert.equal(quiet.execution.nodes['Message'], undefined);
				assert.deepEqual(contractFindings.slice(findingsBefore), []);
			} finally {
				inspections.reset();
			}
		});
	},
);

describe(
	'the trigger examples in a running n8n (n8n start, polling every minute)',
	{ timeout: 10 * 60_000 },
	() => {
		const PAID = { file: 'notify-new-paid-orders.json', id: 'exTriggerPaid01' };
		const QNA = { file: 'notify-new-product-qna.json', id: 'exTriggerQna001' };
		let emulator: NaverCommerceEmulator;
		let n8n: N8nInstance;
		let server: ChildProcess | undefined;
		let log = '';
		const workflows = new Map<string, Workflow>();

		before(async () => {
			const runtime = ensureN8n();
			const tgz = packedPackage();
			emulator = await startEmulator();
			const port = await freePort([5750, 5751, 5752, 5753, 5754, 5755, 5756, 5757, 5758, 5759]);
			n8n = new N8nInstance(runtime, undefined, {
				N8N_PORT: String(port),
				N8N_LISTEN_ADDRESS: '127.0.0.1',
				N8N_HOST: '127.0.0.1',
				N8N_BLOCK_ENV_ACCESS_IN_NODE: 'true',
				N8N_LOG_LEVEL: 'info',
			});
			n8n.installCommunityPackage(tgz);
			await n8n.importCredentials([emulatorCredential(emulator)]);
			for (const { file, id } of [PAID, QNA]) {
				const workflow = loadExample(file, id);
				workflows.set(id, workflow);
				await n8n.importWorkflow(workflow);
				// Published as a seller does (n8n 2.x runs the published version; 1.x: active).
				await n8n.runOrThrow(
					runtime.version.startsWith('1.')
						? ['update:workflow', `--id=${id}`, '--active=true']
						: ['publish:workflow', `--id=${id}`],
				);
			}
			server = spawn(runtime.bin, ['start'], { env: n8n.env(), stdio: ['ignore', 'pipe', 'pipe'] });
			server.stdout!.setEncoding('utf-8').on('data', (chunk: string) => (log += chunk));
			server.stderr!.setEncoding('utf-8').on('data', (chunk: string) => (log += chunk));
		});

		after(async () => {
			await stopProcess(server);
			n8n?.cleanup();
			await emulator?.stop();
		});

		test('new paid orders and new product questions after activation come out as one message each, once', async () => {
			const ids = [PAID.id, QNA.id];
			const started = Date.now();
			// Activation polls once: each trigger records where it starts (now) in the static data.
			await waitFor(
				'activation of both trigger examples',
				180_000,
				() => {
					assert.equal(server!.exitCode, null, `n8n start exited:\n${log.slice(-3000)}`);
					try {
						const { staticData } = readStoredState(n8n, ids);
						const started = ids.every((id) => {
							const records = (staticData[id]?.global as Record<string, unknown> | undefined)
								?.naverCommerceTriggerStart as Record<string, unknown> | undefined;
							return workflows.get(id)!.nodes.some((node) => records?.[node.id]);
						});
						return started || undefined;
					} catch {
						return undefined; // the database is not there or not migrated yet
					}
				},
				() => log,
			);

			const now = Date.now();
			const store = emulator.store;
			const paid = [0, 1, 2].map((index) => paidOrder(newProductOrderId(20 + index), now));
			const dispatched = {
				...paidOrder(newProductOrderId(23), now),
				lastChangedType: 'DISPATCHED',
				productOrderStatus: 'DELIVERING',
				placeOrderStatus: 'OK' as const,
			};
			store.productOrders.push(...paid, dispatched);
			const questions = [0, 1].map((index) =>
				addProductQuestion(store, {
					createdMs: now,
					question: `사이즈 문의드립니다 (${index + 1})`,
				}),
			);
			const answered = addProductQuestion(store, { createdMs: now, question: '이미 답변한 문의' });
			answerInSellerCenter(store, answered, now);

			const emitted = (executions: StoredExecution[], id: string) =>
				executions
					.filter((execution) => execution.workflowId === id)
					.flatMap((execution) => execution.nodes['Message'] ?? []);
			const executions = await waitFor(
				'an execution of each trigger example',
				240_000,
				() => {
					const stored = readStoredState(n8n, ids).executions;
					return emitted(stored, PAID.id).length >= paid.length &&
						emitted(stored, QNA.id).length >= questions.length
						? stored
						: undefined;
				},
				() => log,
			);
			// One more poll of each, which must find nothing new.
			const polls = () => [
				emulator.stats.byRoute['productOrders.lastChangedStatuses'] ?? 0,
				emulator.stats.byRoute['qnas.list'] ?? 0,
			];
			const [orderPolls, questionPolls] = polls();
			await waitFor(
				'one more poll of each trigger',
				150_000,
				() => {
					const [orders, qnas] = polls();
					return orders > orderPolls && qnas > questionPolls ? true : undefined;
				},
				() => log,
			);
			await new Promise((resolve) => setTimeout(resolve, 5_000));
			const final = readStoredState(n8n, ids).executions;
			assert.deepEqual(
				final.map((execution) => execution.id),
				executions.map((execution) => execution.id),
				'the next poll started another execution',
			);
			for (const execution of final) {
				assert.equal(execution.mode, 'trigger');
				assert.equal(execution.status, 'success');
			}

			assert.deepEqual(
				emitted(final, PAID.id),
				paid.map((order) => ({
					productOrderId: order.productOrderId,
					orderId: order.orderId,
					text: `새 결제 주문: 제주 감귤 5kg × 2, ${(productOrderDetails(order).productOrder as { totalPaymentAmount: number }).totalPaymentAmount}원 (상품주문번호 ${order.productOrderId}, 결제 ${formatKst(order.paymentMs)})`,
				})),
			);
			assert.deepEqual(
				emitted(final, QNA.id),
				questions.map((question) => ({
					questionId: question.questionId,
					productName: question.productName,
					text: `새 상품 문의 (${question.productName}, ${formatKst(question.createdMs)}): ${question.question}`,
				})),
			);
			console.log(
				`trigger examples: ${final.length} executions, ${paid.length} + ${questions.length} messages, ${Math.round((Date.now() - started) / 1000)} s`,
			);
		});
	},
);

describe('the suite runs every example', () => {
	test('every file in examples/ was run by a test, here or in the file named for it', () => {
		const notRun: string[] = [];
		for (const file of exampleFiles()) {
			if (loadedExamples.has(file)) continue;
			const elsewhere = RUN_ELSEWHERE[file];
			const source = elsewhere ? readFileSync(join(REPO_ROOT, elsewhere), 'utf-8') : '';
			// The file names the example in the call, or in a constant it passes to loadExample.
			const named =
				source.includes(`loadExample('${file}'`) ||
				(source.includes(`'${file}'`) && /\bloadExample\(/.test(source));
			if (!named) notRun.push(file);
		}
		assert.deepEqual(notRun, [], 'examples no test runs');
	});
});
