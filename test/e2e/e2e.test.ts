/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * End to end in a real n8n, 2.x and the newest 1.x: the packed tarball installed as a community
 * package, credentials imported through n8n's CLI, and `n8n execute` runs against the emulator.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
	DEFAULT_APP,
	type EmulatorApp,
	fingerprint,
	type NaverCommerceEmulator,
	startEmulator,
} from '../emulator/server';
import { productImageState } from '../emulator/routes/productImages';
import { productCatalogue } from '../emulator/routes/products';
import { jpegBytes } from '../helpers/imageBytes';
import {
	apiRequestWorkflow,
	buildAndPack,
	confirmNewOrdersWorkflow,
	DEFAULT_N8N_VERSION,
	ensureN8n,
	LAST_24H_QUERY,
	N8N_1X_VERSION,
	N8nInstance,
	nodeOutput,
} from './realN8n';

const GOOD_CREDENTIAL = 'naverCred0001';
const WRONG_SECRET = '$2a$04$SomeoneElsesSecretSalt';
/** An app whose allow-list holds only another server's address (a documentation address). */
const BLOCKED_APP: EmulatorApp = {
	clientId: 'blockedAppId0000000001',
	clientSecret: '$2a$04$BlockedAppSecretSalt0u',
	allowedIps: ['203.0.113.10'],
};

/**
 * Every way the credential can be wrong that a new user meets, each with its own credential and
 * workflow, and the headline n8n must show for it (Naver's own words are in the description).
 */
const CREDENTIAL_MISTAKES: Array<{
	name: string;
	credentialId: string;
	data: Record<string, string>;
	headline: RegExp;
	description: RegExp;
}> = [
	{
		name: 'a wrong Application Secret',
		credentialId: 'naverWrongSec1',
		data: { clientId: DEFAULT_APP.clientId, clientSecret: WRONG_SECRET, type: 'SELF' },
		headline:
			/^Naver Commerce token request failed: BadRequest – .*Application Secret does not belong to this Application ID/,
		description: /^HTTP status: 400\nNaver code: BadRequest\n(.|\n)*Trace ID: emu-/,
	},
	{
		name: 'an unknown Application ID',
		credentialId: 'naverWrongId01',
		data: {
			clientId: 'notARegisteredAppId001',
			clientSecret: DEFAULT_APP.clientSecret,
			type: 'SELF',
		},
		headline:
			/^Naver Commerce token request failed: BadRequest – .*does not know this Application ID/,
		description: /^HTTP status: 400\n(.|\n)*Invalid input: client_id/,
	},
	{
		name: 'a SELLER token for a seller not linked to the app',
		credentialId: 'naverSeller001',
		data: {
			clientId: DEFAULT_APP.clientId,
			clientSecret: DEFAULT_APP.clientSecret,
			type: 'SELLER',
			accountId: 'not_a_linked_seller',
		},
		headline: /^Naver Commerce token request failed: .*Check the Account ID/,
		description: /^HTTP status: 403\n(.|\n)*Invalid input: account_id/,
	},
	{
		name: "a server IP not on the app's allow-list",
		credentialId: 'naverBlocked01',
		data: { clientId: BLOCKED_APP.clientId, clientSecret: BLOCKED_APP.clientSecret, type: 'SELF' },
		headline:
			/^Naver Commerce token request failed: GW\.IP_NOT_ALLOWED – .*allow-list.*API 호출 IP/,
		description: /^HTTP status: 403\nNaver code: GW\.IP_NOT_ALLOWED/,
	},
];

/** The newest 2.x first (what most users run), then the newest 1.x. */
const N8N_VERSIONS = [DEFAULT_N8N_VERSION, N8N_1X_VERSION];

/** Built and packed once for every version. */
let tarball: string | undefined;
function packedTarball(): string {
	tarball ??= buildAndPack(mkdtempSync(join(tmpdir(), 'naver-pack-')));
	return tarball;
}

for (const version of N8N_VERSIONS) describeRealN8n(version);

function describeRealN8n(version: string): void {
	describe(`real n8n ${version} with the packed package`, { timeout: 15 * 60_000 }, () => {
		let emulator: NaverCommerceEmulator;
		let n8n: N8nInstance;
		/** The one folder the file nodes may read (n8n 2.x restricts file access). */
		let filesDir: string;
		const tokensSeen = new Set<string>();

		before(async () => {
			const runtime = ensureN8n(version);
			emulator = await startEmulator({ apps: [DEFAULT_APP, BLOCKED_APP] });
			filesDir = mkdtempSync(join(tmpdir(), 'naver-files-'));
			n8n = new N8nInstance(runtime, undefined, { N8N_RESTRICT_FILE_ACCESS_TO: filesDir });
			n8n.installCommunityPackage(packedTarball());
			assert.match((await n8n.runOrThrow(['--version'])).stdout, new RegExp(`^${version}\\b`, 'm'));
			await n8n.importCredentials([
				{
					id: GOOD_CREDENTIAL,
					name: 'Naver Commerce (emulator)',
					type: 'naverCommerceApi',
					data: {
						clientId: DEFAULT_APP.clientId,
						clientSecret: DEFAULT_APP.clientSecret,
						type: 'SELF',
						baseUrl: emulator.baseUrl,
					},
				},
				...CREDENTIAL_MISTAKES.map((mistake) => ({
					id: mistake.credentialId,
					name: `Naver Commerce (${mistake.name})`,
					type: 'naverCommerceApi',
					data: { ...mistake.data, baseUrl: emulator.baseUrl },
				})),
			]);
			await n8n.importWorkflow(
				apiRequestWorkflow({
					id: 'naverChanges01',
					credentialId: GOOD_CREDENTIAL,
					path: '/v1/pay-order/seller/product-orders/last-changed-statuses',
					query: LAST_24H_QUERY,
				}),
			);
			for (const mistake of CREDENTIAL_MISTAKES) {
				await n8n.importWorkflow(
					apiRequestWorkflow({
						id: `wf${mistake.credentialId}`,
						credentialId: mistake.credentialId,
						path: '/v1/seller/account',
					}),
				);
			}
			await n8n.importWorkflow(
				apiRequestWorkflow({
					id: 'naverNoSuchApi',
					credentialId: GOOD_CREDENTIAL,
					path: '/v1/no-such-api',
				}),
			);
			await n8n.importWorkflow(
				confirmNewOrdersWorkflow({ id: 'naverConfirm01', credentialId: GOOD_CREDENTIAL }),
			);
		});

		after(async () => {
			await emulator?.stop();
			n8n?.cleanup();
			if (filesDir) rmSync(filesDir, { recursive: true, force: true });
		});

		async function persistedToken(): Promise<string> {
			const data = await n8n.exportCredential(GOOD_CREDENTIAL);
			const token = String(data.accessToken ?? '');
			if (token) tokensSeen.add(token);
			return token;
		}

		test('three executions: one token issuance, the token persisted encrypted in n8n', async () => {
			const expectedCount = emulator.store.productOrders.filter(
				(order) => order.lastChangedMs >= Date.now() - 24 * 3600_000,
			).length;
			for (let run = 1; run <= 3; run++) {
				const result = await n8n.execute('naverChanges01');
				assert.ok(result.ok, `run ${run} failed:\n${result.output.slice(-2000)}`);
				const [item] = nodeOutput(result.run, 'Naver Commerce');
				const data = item.data as { count: number; lastChangeStatuses: unknown[] };
				assert.ok(
					Math.abs(data.count - Math.min(300, expectedCount)) <= 2,
					`count ${data.count} vs ${expectedCount}`,
				);
				assert.equal(data.lastChangeStatuses.length, data.count);
			}
			assert.equal(emulator.stats.tokenRequests, 1);
			assert.equal(emulator.stats.tokensIssued, 1);
			assert.equal(emulator.stats.apiRequests, 3);

			const token = await persistedToken();
			assert.ok(token.length > 20, 'a token is stored in the credential');
			assert.deepEqual(emulator.activeTokenFingerprints(), [fingerprint(token)]);
			const database = readdirSync(join(n8n.userFolder, '.n8n')).filter((name) =>
				name.endsWith('.sqlite'),
			);
			assert.ok(database.length > 0);
			for (const file of database) {
				assert.ok(
					!readFileSync(join(n8n.userFolder, '.n8n', file)).includes(token),
					'token stored in clear',
				);
			}
		});

		test('after the token expires: exactly one refresh and one retry, then success', async () => {
			const before = await persistedToken();
			emulator.resetStats();
			emulator.expireAllTokens();

			const result = await n8n.execute('naverChanges01');
			assert.ok(result.ok, result.output.slice(-2000));
			assert.equal(emulator.stats.unauthorized, 1);
			assert.equal(emulator.stats.tokenRequests, 1);
			assert.equal(emulator.stats.tokensIssued, 1);
			assert.equal(emulator.stats.apiRequests, 2);

			const after = await persistedToken();
			assert.notEqual(after, before);
			assert.deepEqual(emulator.activeTokenFingerprints(), [fingerprint(after)]);

			emulator.resetStats();
			assert.ok((await n8n.execute('naverChanges01')).ok);
			assert.equal(emulator.stats.tokenRequests, 0, 'the refreshed token is reused');
		});

		for (const mistake of CREDENTIAL_MISTAKES) {
			test(`${mistake.name}: a clear headline, not n8n's generic one`, async () => {
				emulator.resetStats();
				const result = await n8n.execute(`wf${mistake.credentialId}`);
				assert.equal(result.ok, false);
				const error = result.run?.data.resultData.error;
				assert.match(String(error?.message), mistake.headline);
				assert.match(String(error?.description), mistake.description);
				assert.doesNotMatch(result.output, /Bad request - please check your parameters/);
				assert.doesNotMatch(result.output, /Could not reach/);
				assert.equal(emulator.stats.tokenRequests, 1, 'one token request, not retried');
				assert.equal(emulator.stats.apiRequests, 0, 'no API call without a token');
			});
		}

		test("Naver's error for an API call comes through with its code and trace ID", async () => {
			emulator.resetStats();
			const result = await n8n.execute('naverNoSuchApi');
			assert.equal(result.ok, false);
			const error = result.run?.data.resultData.error;
			assert.match(String(error?.message), /^Naver Commerce API error GW\.NOT_FOUND: /);
			assert.match(
				String(error?.description),
				/No such API(.|\n)*HTTP status: 404(.|\n)*Trace ID: /,
			);
			assert.equal(emulator.stats.tokenRequests, 0, 'the stored token is used');
		});

		test('Get Many Changed → Get → Confirm: every new paid order confirmed, in as few requests as the limits allow', async () => {
			const paid = emulator.store.productOrders.filter(
				(order) =>
					order.lastChangedType === 'PAYED' &&
					order.lastChangedMs >= Date.now() - 24 * 3600_000 + 60_000,
			);
			assert.ok(paid.length > 30, `${paid.length} paid orders in the seed`);
			emulator.resetStats();

			const result = await n8n.execute('naverConfirm01');
			assert.ok(result.ok, result.output.slice(-2000));
			const changed = nodeOutput(result.run, 'New Paid Orders');
			const details = nodeOutput(result.run, 'Order Details');
			const confirmed = nodeOutput(result.run, 'Confirm Orders');
			assert.equal(details.length, changed.length);
			assert.equal(confirmed.length, changed.length);
			assert.ok(confirmed.every((item) => item.success === true));
			for (const order of paid) assert.equal(order.placeOrderStatus, 'OK', order.productOrderId);
			assert.equal(emulator.stats.byRoute['productOrders.query'], Math.ceil(changed.length / 300));
			assert.equal(emulator.stats.byRoute['productOrders.confirm'], Math.ceil(changed.length / 30));

			// Run again: Naver refuses to confirm twice; the node says so instead of reporting success.
			const again = await n8n.execute('naverConfirm01');
			assert.equal(again.ok, false);
			assert.match(
				String(again.run?.data.resultData.error?.message),
				new RegExp(
					`^${changed.length} of ${changed.length} product orders were not confirmed: \\d+ \\(105306`,
				),
			);
		});

		test('two JPEGs from disk → Upload Images → Create → Search finds it → Update Many (sold out, 10 % off) → Change Status', async () => {
			const photos = join(filesDir, 'new-product');
			mkdirSync(photos, { recursive: true });
			writeFileSync(join(photos, '1-front.jpg'), jpegBytes('front'));
			writeFileSync(join(photos, '2-back.jpg'), jpegBytes('back'));
			const naver = (name: string, x: number, parameters: Record<string, unknown>) => ({
				id: name.replace(/\W/g, ''),
				name,
				type: 'n8n-nodes-naver-commerce.naverCommerce',
				typeVersion: 1,
				position: [x, 0],
				parameters: { resource: 'product', ...parameters },
				credentials: {
					naverCommerceApi: { id: GOOD_CREDENTIAL, name: 'Naver Commerce (emulator)' },
				},
			});
			const chain = [
				'Manual Trigger',
				'Photos',
				'Upload Images',
				'All URLs',
				'Create',
				'Find It',
				'Sold Out, 10% Off',
				'Suspend',
			];
			await n8n.importWorkflow({
				id: 'catalogueChain01',
				name: 'Naver Commerce e2e catalogue chain',
				active: false,
				settings: { executionOrder: 'v1' },
				nodes: [
					{
						id: 'trigger',
						name: 'Manual Trigger',
						type: 'n8n-nodes-base.manualTrigger',
						typeVersion: 1,
						position: [0, 0],
						parameters: {},
					},
					{
						id: 'photos',
						name: 'Photos',
						type: 'n8n-nodes-base.readWriteFile',
						typeVersion: 1.1,
						position: [200, 0],
						parameters: { fileSelector: `${photos}/*.jpg`, options: {} },
					},
					naver('Upload Images', 400, { operation: 'uploadImages' }),
					{
						id: 'aggregate',
						name: 'All URLs',
						type: 'n8n-nodes-base.aggregate',
						typeVersion: 1,
						position: [600, 0],
						parameters: {
							fieldsToAggregate: { fieldToAggregate: [{ fieldToAggregate: 'images' }] },
							options: {},
						},
					},
					naver('Create', 800, {
						operation: 'create',
						leafCategoryId: { __rl: true, mode: 'id', value: '50000830' },
						name: '반팔 티셔츠 (e2e)',
						salePrice: 21000,
						stockQuantity: 40,
						imageSource: 'url',
						imageUrls: '={{ $json.images.flat().map(image => image.url).join(", ") }}',
						detailContent: '<p>e2e</p>',
						noticeType: 'WEAR',
						originAreaCode: '00',
						afterServiceTelephoneNumber: '02-1234-5678',
						afterServiceGuideContent: '고객센터로 문의해 주세요.',
						sellerManagementCode: 'E2E-TEE-001',
					}),
					// A cosmetic beside the T-shirt: the two notice types 0.2.0 filled months of with text.
					{
						...naver('Create Cream', 800, {
							operation: 'create',
							leafCategoryId: { __rl: true, mode: 'id', value: '50000830' },
							name: '수분 크림 50ml (e2e)',
							salePrice: 18000,
							stockQuantity: 25,
							imageSource: 'url',
							imageUrls: '={{ $json.images.flat().map(image => image.url).join(", ") }}',
							detailContent: '<p>e2e</p>',
							noticeType: 'COSMETIC',
							originAreaCode: '00',
							afterServiceTelephoneNumber: '02-1234-5678',
							afterServiceGuideContent: '고객센터로 문의해 주세요.',
							sellerManagementCode: 'E2E-CREAM-001',
						}),
						position: [800, 300],
					},
					naver('Find It', 1000, {
						operation: 'search',
						searchBy: 'SELLER_CODE',
						sellerManagementCode: '={{ $json.sellerManagementCode }}',
						output: 'originProducts',
					}),
					naver('Sold Out, 10% Off', 1200, {
						operation: 'updateMany',
						changes: { stockQuantity: 0, discountValue: 10, discountUnit: 'PERCENT' },
					}),
					naver('Suspend', 1400, {
						operation: 'changeStatus',
						originProductNo: {
							__rl: true,
							mode: 'id',
							value: "={{ $('Find It').item.json.originProductNo }}",
						},
						statusType: 'SUSPENSION',
					}),
				],
				connections: Object.fromEntries(
					chain.slice(0, -1).map((from, index) => [
						from,
						{
							main: [
								[
									{ node: chain[index + 1], type: 'main', index: 0 },
									...(from === 'All URLs'
										? [{ node: 'Create Cream', type: 'main', index: 0 }]
										: []),
								],
							],
						},
					]),
				),
			});
			const catalogue = productCatalogue(emulator.store);
			const countBefore = catalogue.products.length;
			const result = await n8n.execute('catalogueChain01');
			assert.ok(result.ok, result.output.slice(-3000));

			// One upload request for both files, then two new products with those two images.
			assert.equal(productImageState(emulator.store).requests.length, 1);
			assert.equal(catalogue.products.length, countBefore + 2);
			const bySellerCode = (code: string) =>
				catalogue.products.find(
					(candidate) =>
						candidate.originProduct.detailAttribute.sellerCodeInfo?.sellerManagementCode === code,
				)!;
			const product = bySellerCode('E2E-TEE-001');
			// Clothing and cosmetics are listed: the months are left out, their text twins answered,
			// the legal clauses sent by their statutory code, nothing that may not apply filled.
			const notice = (candidate: typeof product) =>
				candidate.originProduct.detailAttribute.productInfoProvidedNotice as unknown as Record<
					string,
					Record<string, unknown>
				>;
			const wear = notice(product).wear;
			assert.equal(wear.packDate, undefined);
			assert.equal(wear.packDateText, '상품상세 참조');
			assert.equal(wear.returnCostReason, '0');
			const cosmetic = notice(bySellerCode('E2E-CREAM-001')).cosmetic;
			assert.equal(cosmetic.expirationDate, undefined);
			assert.equal(cosmetic.expirationDateText, '상품상세 참조');
			assert.equal(cosmetic.customizedDistributor, undefined);
			assert.equal(nodeOutput(result.run, 'Create Cream').length, 1);
			const uploaded = nodeOutput(result.run, 'Upload Images').flatMap((item) =>
				(item.images as Array<{ url: string }>).map((image) => image.url),
			);
			assert.equal(uploaded.length, 2);
			assert.deepEqual(
				[
					product.originProduct.images.representativeImage.url,
					...(product.originProduct.images.optionalImages ?? []).map((image) => image.url),
				],
				uploaded,
			);
			const [found] = nodeOutput(result.run, 'Find It');
			assert.equal(found.originProductNo, product.originProductNo);
			// Update Many set stock 0 and a 10 % discount; the status change suspended the sale.
			assert.equal(product.originProduct.stockQuantity, 0);
			assert.deepEqual(
				product.originProduct.customerBenefit?.immediateDiscountPolicy?.discountMethod,
				{ value: 10, unitType: 'PERCENT' },
			);
			assert.equal(product.originProduct.statusType, 'SUSPENSION');
		});

		test('nothing n8n printed contains the secret, a signature or a token', () => {
			const transcript = n8n.transcript.join('\n');
			assert.ok(transcript.length > 1000);
			assert.ok(tokensSeen.size >= 2);
			for (const token of tokensSeen) assert.ok(!transcript.includes(token), 'token in n8n output');
			assert.ok(!transcript.includes(DEFAULT_APP.clientSecret));
			assert.ok(!transcript.includes(WRONG_SECRET));
			assert.ok(!transcript.includes(BLOCKED_APP.clientSecret));
			assert.ok(!transcript.includes('client_secret_sign='));
		});
	});
}
