/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * examples/group-product-from-spreadsheet.json, imported as it is into a real n8n (the packed
 * package installed as a community package) against the emulator, run with `n8n execute` and n8n's
 * own defaults for file and `$env` access, with examples/group-products.csv where its Settings node
 * looks. One group product is registered from the rows, Naver's asynchronous registration is
 * waited for (the status polled, the write sent once), and the result is compared with the
 * emulator's store. examples.test.ts lists this file as the one that runs the example.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { buildAndPack, ensureN8n, N8nInstance } from '../e2e/realN8n';
import { DEFAULT_POLLS_TO_COMPLETE, groupProductStateOf } from '../emulator/routes/groupProducts';
import { issuedImageUrls } from '../emulator/routes/productImages';
import { productCatalogue } from '../emulator/routes/products';
import {
	contractFindings,
	DEFAULT_APP,
	startEmulator,
	type NaverCommerceEmulator,
} from '../emulator/server';
import { credentialRef, EXAMPLES_DIR, loadExample, settingOf } from './exampleWorkflows';
import { lastExecution } from './storedExecutions';

const FILE = 'group-product-from-spreadsheet.json';

/** examples/group-products.csv as rows of named fields (the sample quotes nothing). */
function sampleRows(): Array<Record<string, string>> {
	const text = readFileSync(join(EXAMPLES_DIR, 'group-products.csv'), 'utf-8');
	const [header, ...lines] = text.trim().split('\n');
	const names = header.split(',');
	return lines.map((line) => {
		const cells = line.split(',');
		assert.equal(cells.length, names.length, line);
		return Object.fromEntries(names.map((name, index) => [name, cells[index]]));
	});
}

describe(
	'the group product example in a real n8n, run with n8n execute',
	{ timeout: 15 * 60_000 },
	() => {
		let emulator: NaverCommerceEmulator;
		let n8n: N8nInstance;
		/** n8n's HOME and working directory. */
		let home: string;
		let packDir: string;
		const startDir = process.cwd();
		const findingsBefore = contractFindings.length;

		before(async () => {
			const runtime = ensureN8n();
			packDir = mkdtempSync(join(tmpdir(), 'naver-group-example-pack-'));
			const tarball = buildAndPack(packDir);
			home = mkdtempSync(join(tmpdir(), 'naver-group-example-home-'));
			// n8n resolves a relative file path from its working directory, as in its Docker image
			// (WORKDIR /home/node); its processes inherit this one's.
			process.chdir(home);
			emulator = await startEmulator({ productOrders: 20 });
			n8n = new N8nInstance(runtime, undefined, {
				HOME: home,
				// n8n 2.x's default (1.x allows $env unless told otherwise): the example must not need it.
				N8N_BLOCK_ENV_ACCESS_IN_NODE: 'true',
			});
			n8n.installCommunityPackage(tarball);
			const workflow = loadExample(FILE, 'exGroupProduct1');
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
		});

		after(async () => {
			process.chdir(startDir);
			await emulator?.stop();
			n8n?.cleanup();
			if (home) rmSync(home, { recursive: true, force: true });
			if (packDir) rmSync(packDir, { recursive: true, force: true });
		});

		test('examples/group-products.csv becomes one group product, one product per row, registration waited for', async () => {
			const workflow = loadExample(FILE, 'exGroupProduct1');
			// The sample file, where the Settings node looks by default (relative to n8n's folder).
			const file = join(home, settingOf(workflow, 'file'));
			mkdirSync(join(file, '..'), { recursive: true });
			copyFileSync(join(EXAMPLES_DIR, 'group-products.csv'), file);
			const rows = sampleRows();
			// The sample's image URLs stand for images uploaded to Naver (Product → Upload Images).
			for (const row of rows) issuedImageUrls(emulator.store).add(row.imageUrl);
			const state = groupProductStateOf(emulator.store);
			assert.equal(state.pollsToComplete, DEFAULT_POLLS_TO_COMPLETE);
			assert.ok(DEFAULT_POLLS_TO_COMPLETE >= 1, 'the registration is not done when POST answers');

			await n8n.importWorkflow(workflow);
			emulator.resetStats();
			const result = await n8n.execute('exGroupProduct1');
			assert.ok(result.ok, result.output.slice(-3000));
			const execution = lastExecution(n8n, 'exGroupProduct1');

			// One registration, its status polled until done.
			assert.equal(emulator.stats.byRoute['groupProducts.create'], 1);
			assert.equal(emulator.stats.byRoute['groupProducts.status'], DEFAULT_POLLS_TO_COMPLETE);
			assert.equal(state.groups.size, 1);
			const [group] = [...state.groups.values()];
			assert.equal(group.fields.name, settingOf(workflow, 'groupName'));
			assert.equal(group.fields.leafCategoryId, settingOf(workflow, 'category'));
			assert.equal(group.fields.guideId, Number(settingOf(workflow, 'guideId')));

			const catalogue = productCatalogue(emulator.store);
			const products = group.specifics.map(
				(entry) => catalogue.byOriginProductNo(entry.originProductNo)!,
			);
			assert.deepEqual(
				products.map((product) => [
					(product.originProduct.detailAttribute.sellerCodeInfo as { sellerManagementCode: string })
						.sellerManagementCode,
					product.originProduct.salePrice,
					product.originProduct.stockQuantity,
					product.originProduct.images.representativeImage.url,
					product.originProduct.statusType,
					product.groupProductNo,
				]),
				rows.map((row) => [
					row.sku,
					Number(row.price),
					Number(row.stock),
					row.imageUrl,
					'SALE',
					group.groupProductNo,
				]),
			);
			// Each product carries its row's colour and size as purchase option values.
			assert.deepEqual(
				group.specifics.map((entry) =>
					(entry.sent.standardPurchaseOptions as Array<{ valueName: string }>).map(
						(option) => option.valueName,
					),
				),
				rows.map((row) => [row.colour, row.size]),
			);

			// The node's output: the final status, with the numbers.
			const output = execution.nodes['Create group product'] ?? [];
			assert.equal(output.length, 1);
			const [done] = output;
			assert.equal((done.progress as { state: string }).state, 'COMPLETED');
			assert.equal(done.groupProductNo, group.groupProductNo);
			assert.deepEqual(
				(done.productNos as Array<{ originProductNo: number }>).map(
					(entry) => entry.originProductNo,
				),
				group.specifics.map((entry) => entry.originProductNo),
			);
			assert.deepEqual(contractFindings.slice(findingsBefore), []);
			console.log(
				`group-product-from-spreadsheet: group ${group.groupProductNo} with ${products.length} products, ${DEFAULT_POLLS_TO_COMPLETE} status polls`,
			);
		});
	},
);
