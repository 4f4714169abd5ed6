/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The package in the n8n editor, in a real browser: a real `n8n start` on 127.0.0.1 with the packed
 * package installed as a community package, an owner set up through n8n's REST API, and headless
 * Chromium from Debian. Asserts what the pages show; the PNGs go to a temporary folder (or to
 * EDITOR_SCREENSHOTS_DIR), `npm run screenshots` writes the ones in docs/.
 */
import { hashSync } from 'bcryptjs';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { buildAndPack, ensureN8n, PACKAGE_NAME } from '../e2e/realN8n';
import { credentialFingerprint } from '../../credentials/naverCommerceAuth';
import { productCatalogue } from '../emulator/routes/products';
import { DEFAULT_APP, startEmulator, type NaverCommerceEmulator } from '../emulator/server';
import { ensureChromium, openEditorBrowser, type EditorBrowser } from './browser';
import {
	CATEGORY_PATH,
	confirmableProductOrderIds,
	createCredential,
	CREDENTIAL_NAME,
	DELIVERY_AND_NOTICE_FIELDS,
	editorTour,
	issueProductImageUrls,
	NODE_TYPE,
	NOTICE_TYPE_PICKED,
	PRODUCT_FORM,
	PRODUCT_IMAGE_URLS,
	TALL_VIEWPORT,
	type EditorObservations,
} from './editorTour';
import { freeN8nPort, N8nServer } from './n8nServer';

// A well-formed bcrypt salt that belongs to no app (not a real secret).
const WRONG_SECRET = '$2a$04$SomeoneElsesSecretSalt';

/** Width and height from a PNG's IHDR chunk; throws if the file is not a PNG. */
function pngSize(path: string): { width: number; height: number } {
	const bytes = readFileSync(path);
	assert.ok(
		bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
		`${path} is not a PNG`,
	);
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the package in the n8n editor (headless Chromium)', { timeout: 20 * 60_000 }, () => {
	let emulator: NaverCommerceEmulator | undefined;
	let server: N8nServer | undefined;
	let browser: EditorBrowser | undefined;
	let seen: EditorObservations;
	let confirmed: string[] = [];
	let packDir: string | undefined;
	const ownedOutDir = process.env.EDITOR_SCREENSHOTS_DIR
		? undefined
		: mkdtempSync(join(tmpdir(), 'naver-editor-shots-'));
	const outDir = process.env.EDITOR_SCREENSHOTS_DIR ?? ownedOutDir!;

	before(async () => {
		const chromiumPath = ensureChromium();
		const runtime = ensureN8n();
		packDir = mkdtempSync(join(tmpdir(), 'naver-pack-'));
		const tarball = buildAndPack(packDir);
		emulator = await startEmulator();
		server = new N8nServer(runtime, await freeN8nPort());
		server.instance.installCommunityPackage(tarball);
		await server.start();
		await server.setupOwner();
		browser = await openEditorBrowser({
			executablePath: chromiumPath,
			origin: server.baseUrl,
			authCookie: server.authCookie,
		});
		confirmed = confirmableProductOrderIds(emulator);
		issueProductImageUrls(emulator);
		seen = await editorTour({
			server,
			browser,
			emulatorBaseUrl: emulator.baseUrl,
			app: DEFAULT_APP,
			wrongSecret: WRONG_SECRET,
			confirmableProductOrderIds: confirmed,
			outDir,
			// Failure pictures stay even when the screenshots are in a temporary folder.
			failureDir: tmpdir(),
		});
	});

	after(async () => {
		await browser?.close();
		await server?.stop();
		await emulator?.stop();
		server?.instance.cleanup();
		if (packDir) rmSync(packDir, { recursive: true, force: true });
		if (ownedOutDir) rmSync(ownedOutDir, { recursive: true, force: true });
	});

	test('the nodes panel finds the node for "naver", and its entry offers both the triggers and the actions', () => {
		const { heading, itemNames, naverNodeType, naverDescription, naverIcon } = seen.nodesPanel;
		// An empty workflow: the panel asks for a trigger first.
		assert.match(heading, /What triggers this workflow\?/);
		assert.ok(itemNames.includes('Naver Commerce'), `search results: ${itemNames.join(', ')}`);
		assert.equal(naverNodeType, NODE_TYPE);
		// n8n 2.41 merges a node and its trigger into one entry carrying the trigger's description.
		assert.match(naverDescription, /Naver SmartStore/);
		assert.match(naverIcon.src, /^\/icons\/n8n-nodes-naver-commerce\/.*naverCommerce\.svg$/);
		assert.ok(naverIcon.naturalWidth > 0, `icon ${naverIcon.src} did not load`);

		// Opened: the trigger's events and the node's operations, each keyed by its own node type.
		const { sections, triggers, actions } = seen.nodesPanel;
		assert.equal(sections.length, 2, sections.join(' | '));
		assert.equal(sections[0], 'Triggers (4)');
		assert.match(sections[1], /^Actions \(\d+\)$/);
		assert.deepEqual(triggers, [
			'On new customer inquiry',
			'On new product question',
			'On product order change',
			'On product sent back by inspection',
		]);
		assert.equal(actions.length, Number(/\d+/.exec(sections[1])?.[0]), actions.join(' | '));
		for (const action of [
			'Send an API request',
			'Confirm product orders',
			'Dispatch product orders',
			'Create a product',
		]) {
			assert.ok(actions.includes(action), `missing "${action}" in: ${actions.join(' | ')}`);
		}
	});

	test('the parameter panel shows API Request and its run against the emulator', () => {
		const { labels, resource, operation, method, path, outputText } = seen.parameters;
		for (const label of ['Credential', 'Resource', 'Operation', 'Method', 'Path', 'Options']) {
			assert.ok(labels.includes(label), `missing "${label}" in: ${labels.join(' | ')}`);
		}
		assert.ok(
			labels.some((label) => label.startsWith('Query Parameters (JSON)')),
			labels.join(' | '),
		);
		assert.equal(resource, 'API Request');
		assert.equal(operation, 'Send');
		assert.equal(method, 'GET');
		assert.equal(path, '/v1/pay-order/seller/product-orders/last-changed-statuses');
		// The output panel shows what the emulator answered: three changes, with their IDs.
		assert.match(outputText, /"count": 3/);
		assert.match(outputText, /"productOrderId": "\d{16}"/);
		assert.match(outputText, /"traceId": "emu-/);
	});

	test('Product Order → Confirm run against the emulator: one result item per order, with success', () => {
		const { labels, resource, operation, outputText } = seen.confirm;
		assert.equal(resource, 'Product Order');
		assert.equal(operation, 'Confirm');
		assert.ok(labels.includes('Product Order IDs'), labels.join(' | '));
		assert.equal(confirmed.length, 4);
		assert.match(outputText, /4 items/);
		for (const id of confirmed) {
			assert.ok(outputText.includes(`"productOrderId": "${id}"`), outputText);
		}
		assert.equal(outputText.match(/"success": true/g)?.length, 4, outputText);
		assert.match(outputText, /"isReceiverAddressChanged": true/);
		assert.match(outputText, /"isReceiverAddressChanged": false/);
		// The run really confirmed them in the emulator.
		const orders = emulator!.store.productOrders.filter((order) =>
			confirmed.includes(order.productOrderId),
		);
		assert.deepEqual(
			orders.map((order) => order.placeOrderStatus),
			['OK', 'OK', 'OK', 'OK'],
		);
	});

	test('the trigger shows Trigger On and its parameters, and Fetch Test Event shows a change record', () => {
		const { labels, triggerOn, events, outputText } = seen.trigger;
		for (const label of ['Credential', 'Poll Times', 'Trigger On', 'Events', 'Output', 'Options']) {
			assert.ok(labels.includes(label), `missing "${label}" in: ${labels.join(' | ')}`);
		}
		assert.equal(triggerOn, 'Product Order Change');
		assert.deepEqual(events, ['New Paid Order', 'Dispatched']);
		assert.match(outputText, /1 item/);
		assert.match(outputText, /"productOrderId": "\d{16}"/);
		assert.match(outputText, /"lastChangedType": "PAYED"/);
	});

	test('the Product → Create form: the category picked from the list by its full path', () => {
		const { labels, categoryResults, category, name, salePrice, imageUrls, noticeTypes } =
			seen.productCreate;
		for (const label of [
			'Category',
			'Product Name',
			'Sale Price',
			'Stock Quantity',
			'Images From',
			'Image URLs',
			'Detail Content (HTML)',
		]) {
			assert.ok(labels.includes(label), `missing "${label}" in: ${labels.join(' | ')}`);
		}
		// The search offers leaves only, each by its whole path.
		assert.deepEqual(categoryResults, ['패션의류>여성의류>티셔츠', '패션의류>남성의류>티셔츠']);
		assert.equal(category, CATEGORY_PATH);
		assert.equal(name, '오버핏 코튼 반팔 티셔츠');
		assert.equal(salePrice, '19900');
		assert.match(imageUrls, /^https:\/\/shop-phinf\.pstatic\.net\//);
		// The notice types Naver recommends for 패션의류 first (each with its note), then the rest.
		assert.match(noticeTypes[0] ?? '', /^의류 \(WEAR\)/, noticeTypes.join(' | '));
		assert.match(noticeTypes[0], /Recommended by Naver for 패션의류/, 'its note is shown');
		assert.match(noticeTypes[1] ?? '', /^기타 \(ETC\)/, noticeTypes.join(' | '));
		assert.ok(noticeTypes.length > 30, `every type offered: ${noticeTypes.length}`);
	});

	test('Product → Create run against the emulator: the delivery and notice fields in view, and in the request', () => {
		const { labels, noticeType, fieldsInView, outputText } = seen.productCreate;
		for (const label of [
			'Delivery',
			'Courier',
			'Delivery Fee',
			'Base Delivery Fee',
			'Free Above',
			'Delivery Fee Payment',
			'Return Delivery Fee',
			'Exchange Delivery Fee',
			'Shipping Address',
			'Return Address',
			'Product Information Notice Name or ID',
			'Origin',
			'Importer',
			'After-Sales Phone',
			'After-Sales Guide',
		]) {
			assert.ok(labels.includes(label), `missing "${label}" in: ${labels.join(' | ')}`);
		}
		// The second picture shows every one of them whole, and neither the field above Delivery nor
		// the one below After-Sales Guide.
		assert.deepEqual(fieldsInView, [...DELIVERY_AND_NOTICE_FIELDS]);
		assert.equal(noticeType, NOTICE_TYPE_PICKED);
		// The output: the product Naver registered.
		assert.match(outputText, /"originProductNo": \d+/);
		assert.match(outputText, /"smartstoreChannelProductNo": \d+/);

		// What the emulator received: the form's delivery, claim, notice, origin and A/S values.
		const registrations = productCatalogue(emulator!.store).requests.filter(
			(request) => request.method === 'POST' && /\/v2\/products$/.test(request.path),
		);
		assert.equal(registrations.length, 1, JSON.stringify(registrations.map((r) => r.path)));
		const { originProduct } = registrations[0].body as {
			originProduct: {
				images: unknown;
				deliveryInfo: Record<string, unknown>;
				detailAttribute: Record<string, Record<string, unknown>>;
			};
		};
		assert.deepEqual(originProduct.images, {
			representativeImage: { url: PRODUCT_IMAGE_URLS[0] },
			optionalImages: [{ url: PRODUCT_IMAGE_URLS[1] }],
		});
		const { deliveryInfo, detailAttribute } = originProduct;
		assert.equal(deliveryInfo.deliveryType, PRODUCT_FORM.deliveryType);
		assert.equal(deliveryInfo.deliveryCompany, PRODUCT_FORM.deliveryCompany);
		assert.deepEqual(deliveryInfo.deliveryFee, {
			deliveryFeeType: PRODUCT_FORM.deliveryFeeType,
			baseFee: PRODUCT_FORM.baseFee,
			freeConditionalAmount: PRODUCT_FORM.freeConditionalAmount,
			deliveryFeePayType: PRODUCT_FORM.deliveryFeePayType,
		});
		assert.deepEqual(deliveryInfo.claimDeliveryInfo, {
			returnDeliveryFee: PRODUCT_FORM.returnDeliveryFee,
			exchangeDeliveryFee: PRODUCT_FORM.exchangeDeliveryFee,
		});
		assert.equal(detailAttribute.productInfoProvidedNotice.productInfoProvidedNoticeType, 'WEAR');
		assert.deepEqual(detailAttribute.originAreaInfo, {
			originAreaCode: PRODUCT_FORM.originAreaCode,
			importer: PRODUCT_FORM.originImporter,
		});
		assert.deepEqual(detailAttribute.afterServiceInfo, {
			afterServiceTelephoneNumber: PRODUCT_FORM.afterServiceTelephoneNumber,
			afterServiceGuideContent: PRODUCT_FORM.afterServiceGuideContent,
		});
	});

	test('the credential dialog shows the fields, their help and the IP allow-list notice', () => {
		const { labels, tooltips, notice, tokenTypeOptions } = seen.credentialDialog;
		const help = JSON.stringify(tooltips);
		// n8n's editor shows every credential property named clientId/clientSecret as "Client ID" /
		// "Client Secret", whatever its displayName (credText().inputLabelDisplayName in 2.41); the
		// Naver names are in the placeholders and the help. The property names are the credential's
		// public contract (saved credentials depend on them), so the README explains the labels.
		assert.deepEqual(labels, {
			clientId: 'Client ID',
			clientSecret: 'Client Secret',
			type: 'Token Type',
			baseUrl: 'Base URL',
			rateLimitWaitSeconds: 'Wait When Rate-Limited (Seconds)',
		});
		assert.match(String(tooltips.clientId), /Application ID \(애플리케이션 ID\)/, help);
		assert.match(String(tooltips.clientId), /Naver Commerce API Center/, help);
		assert.match(String(tooltips.clientSecret), /Application Secret \(애플리케이션 시크릿\)/, help);
		assert.match(String(tooltips.type), /SELF .*your own store/, help);
		assert.match(String(tooltips.type), /SELLER .*solution provider/, help);
		assert.match(notice, /API 호출 IP/);
		assert.match(notice, /GW\.IP_NOT_ALLOWED/);
		// Each option shows its name and its description.
		assert.equal(tokenTypeOptions.length, 2, tokenTypeOptions.join(' | '));
		assert.match(tokenTypeOptions[0], /^SELF \(My Own Store\) Your own store/);
		assert.match(tokenTypeOptions[1], /^SELLER \(A Linked Seller\) .*Account ID/);
		// The picture is taken with the secret field in view and no help tooltip open over it.
		assert.equal(seen.credentialDialog.secretFieldVisible, true);
		assert.deepEqual(seen.credentialDialog.openTooltips, []);
	});

	test("the editor's credential test succeeds with the emulator's app and explains a wrong secret", () => {
		const { name, heldToken, successText, failureText, retested, failedTest } = seen.credentialTest;
		// The credential the workflows above ran with, holding the access token of those runs.
		assert.equal(name, CREDENTIAL_NAME);
		assert.equal(heldToken, true);
		assert.deepEqual(retested, { status: 'OK', message: 'Connection successful!' });
		assert.match(successText, /Connection tested successfully/);
		assert.equal(failedTest.status, 'Error');
		assert.match(failedTest.message, /Application Secret does not belong to this Application ID/);
		assert.match(failureText, /Couldn.t connect with these settings/);
		assert.match(failureText, /Application Secret does not belong to this Application ID/);
		assert.ok(
			!failureText.includes(WRONG_SECRET) && !failureText.includes(DEFAULT_APP.clientSecret),
		);
	});

	test('POST /rest/credentials/test: OK for the emulator app, a clear error for a wrong secret', async () => {
		const data = {
			clientId: DEFAULT_APP.clientId,
			clientSecret: DEFAULT_APP.clientSecret,
			type: 'SELF',
			baseUrl: emulator!.baseUrl,
		};
		const id = await createCredential(server!, `${CREDENTIAL_NAME}, REST`, data);
		const testCredential = async (clientSecret: string) =>
			await server!.rest<{ data: { status: string; message: string } }>(
				'POST',
				'/credentials/test',
				{
					credentials: {
						id,
						name: `${CREDENTIAL_NAME}, REST`,
						type: 'naverCommerceApi',
						data: { ...data, clientSecret },
					},
				},
			);
		const good = await testCredential(DEFAULT_APP.clientSecret);
		assert.equal(good.status, 200);
		assert.deepEqual(good.body.data, { status: 'OK', message: 'Connection successful!' });

		const wrong = await testCredential(WRONG_SECRET);
		assert.equal(wrong.status, 200);
		assert.equal(wrong.body.data.status, 'Error');
		assert.match(wrong.body.data.message, /^Naver Commerce token request failed: BadRequest/);
		assert.match(
			wrong.body.data.message,
			/Application Secret does not belong to this Application ID/,
		);
		assert.ok(!wrong.body.data.message.includes(WRONG_SECRET));
	});

	// n8n 2.41's tester pre-authenticates only when the stored token is empty. The credential sends a
	// token only with the values it was issued for, so the changed secret forces a new token
	// request, which fails.
	test('the credential test catches a wrong secret even when the credential already holds a token', async () => {
		const issuedFor = {
			clientId: DEFAULT_APP.clientId,
			clientSecret: DEFAULT_APP.clientSecret,
			type: 'SELF',
			baseUrl: emulator!.baseUrl,
		};
		const data = {
			...issuedFor,
			// What the credential holds after a workflow has used it.
			accessToken: await emulatorToken(),
			accessTokenFor: credentialFingerprint(issuedFor),
		};
		const id = await createCredential(server!, `${CREDENTIAL_NAME}, used`, data);
		const wrong = await server!.rest<{ data: { status: string } }>('POST', '/credentials/test', {
			credentials: {
				id,
				name: `${CREDENTIAL_NAME}, used`,
				type: 'naverCommerceApi',
				data: { ...data, clientSecret: WRONG_SECRET },
			},
		});
		assert.equal(wrong.body.data.status, 'Error');
	});

	/** A valid token for the emulator's app, as a workflow run would have stored it. */
	async function emulatorToken(): Promise<string> {
		const timestamp = String(Date.now() - 1000);
		const sign = Buffer.from(
			hashSync(`${DEFAULT_APP.clientId}_${timestamp}`, DEFAULT_APP.clientSecret),
		).toString('base64');
		const response = await fetch(`${emulator!.baseUrl}/v1/oauth2/token`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({
				client_id: DEFAULT_APP.clientId,
				timestamp,
				grant_type: 'client_credentials',
				client_secret_sign: sign,
				type: 'SELF',
			}),
			signal: AbortSignal.timeout(10_000),
		});
		const body = (await response.json()) as { access_token?: string };
		assert.ok(body.access_token, 'the emulator issued no token');
		return body.access_token;
	}

	test('every screenshot is a real PNG of the expected size, and the icons follow the theme', () => {
		const names = seen.screenshots.map((path) => path.slice(outDir.length + 1));
		assert.deepEqual(names, [
			'nodes-panel-search.png',
			'credential-dialog.png',
			'node-parameters.png',
			'product-order-confirm.png',
			'trigger.png',
			'product-create.png',
			'product-create-delivery-notice.png',
			'credential-test-success.png',
			'credential-test-failure.png',
			'icon-light.png',
			'icon-dark.png',
		]);
		for (const path of seen.screenshots.slice(0, 9)) {
			const expected = path.endsWith('delivery-notice.png')
				? { ...TALL_VIEWPORT }
				: { width: 1280, height: 800 };
			assert.deepEqual(pngSize(path), expected, path);
		}
		for (const path of seen.screenshots.slice(9)) {
			const { width, height } = pngSize(path);
			assert.ok(width > 200 && height > 100, `${path}: ${width}×${height}`);
		}
		const { light, dark } = seen.icons;
		assert.equal(light.theme, 'light');
		assert.match(light.src, /\/naverCommerce\.svg$/);
		assert.ok(light.naturalWidth > 0, 'light icon did not load');
		assert.equal(dark.theme, 'dark');
		assert.match(dark.src, /\/naverCommerce\.dark\.svg$/);
		assert.ok(dark.naturalWidth > 0, 'dark icon did not load');
	});

	test('the editor reached nothing but this n8n, and n8n printed no secret', () => {
		// Opened in the nodes panel, a community node's details look the package up on the npm
		// registry from the browser; that request was aborted, like any other outside this n8n,
		// and the panel showed the node from n8n's own data. Nothing else was asked for.
		const npmLookup = `https://registry.npmjs.org/${PACKAGE_NAME}`;
		assert.deepEqual(
			browser!.blockedRequests.filter((url) => url !== npmLookup),
			[],
		);
		assert.ok(!server!.output.includes(DEFAULT_APP.clientSecret));
		assert.ok(!server!.output.includes(WRONG_SECRET));
	});
});
