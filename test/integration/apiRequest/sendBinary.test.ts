/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { issuedImageUrls, productImageState } from '../../emulator/routes/productImages';
import {
	DEFAULT_APP,
	fingerprint,
	type NaverCommerceEmulator,
	startEmulator,
} from '../../emulator/server';
import {
	CREDENTIAL_ID,
	credentialsFor,
	runNaverCommerceNode,
	type StoredCredentialsHelper,
} from '../../helpers/n8nHarness';
import { jpegBytes, pngBytes } from '../../helpers/imageBytes';

const UPLOAD_PATH = '/v1/product-images/upload';

const sendFiles = (parameters: Record<string, unknown>) => ({
	resource: 'apiRequest',
	operation: 'send',
	method: 'POST',
	path: UPLOAD_PATH,
	sendBinaryFiles: true,
	...parameters,
});

describe('API Request → Send with Send Binary Files (multipart/form-data)', () => {
	let emulator: NaverCommerceEmulator;
	let helper: StoredCredentialsHelper;
	const front = jpegBytes('앞면 사진');
	const side = pngBytes('side view', 8, 6);

	before(async () => {
		emulator = await startEmulator();
	});
	after(async () => await emulator.stop());
	beforeEach(() => {
		emulator.resetStats();
		productImageState(emulator.store).resetRequests();
		emulator.faults.length = 0;
		helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
	});

	test("two binary properties reach Naver as two imageFiles parts, with the token, and Naver's URLs come back", async () => {
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			inputBinaries: [
				{
					data: { data: front, fileName: 'front.jpg', mimeType: 'image/jpeg' },
					data_1: { data: side, fileName: 'side.png' },
				},
			],
			parameters: sendFiles({
				binaryFiles: {
					files: [
						{ binaryPropertyName: 'data', fieldName: 'imageFiles' },
						{ binaryPropertyName: 'data_1', fieldName: 'imageFiles' },
					],
				},
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);

		assert.equal(emulator.multipartRequests.length, 1);
		const received = emulator.multipartRequests[0];
		assert.equal(received.method, 'POST');
		assert.equal(received.path, UPLOAD_PATH);
		assert.match(received.contentType, /^multipart\/form-data; boundary=\S+$/);
		assert.equal(
			received.tokenFingerprint,
			fingerprint(String(helper.store.get(CREDENTIAL_ID)!.accessToken)),
			'sent with the Bearer token n8n issued for the credential',
		);
		assert.deepEqual(received.parts, [
			{ name: 'imageFiles', fileName: 'front.jpg', contentType: 'image/jpeg', size: front.length },
			// n8n read the MIME type from the file name, as its nodes do.
			{ name: 'imageFiles', fileName: 'side.png', contentType: 'image/png', size: side.length },
		]);

		const [handled] = productImageState(emulator.store).requests;
		assert.deepEqual(
			handled.files.map((file) => file.format),
			['JPG', 'PNG'],
			'the bytes arrived intact: the emulator read both formats from the content',
		);
		const urls = handled.files.map((file) => file.url);
		assert.deepEqual(result.items?.[0].json, { images: urls.map((url) => ({ url })) });
		assert.deepEqual(result.items?.[0].pairedItem, { item: 0 });
		for (const url of urls) {
			assert.match(String(url), /^https:\/\/shop-phinf\.pstatic\.net\/\d{8}_\d+\/\w+\.(jpg|png)$/);
			assert.ok(issuedImageUrls(emulator.store).has(String(url)), 'issued by the upload API');
		}
	});

	test('several properties in one row share its field name; text fields follow the files', async () => {
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			inputBinaries: [
				{
					data: { data: front, fileName: 'front.jpg' },
					data_1: { data: side, fileName: 'side.png' },
				},
			],
			parameters: sendFiles({
				binaryFiles: { files: [{ binaryPropertyName: 'data, data_1', fieldName: 'imageFiles' }] },
				textFields: {
					fields: [
						{ name: 'memo', value: '대표 이미지 ①' },
						{ name: 'sellerCode', value: 'SKU-001' },
					],
				},
			}),
		});
		const received = emulator.multipartRequests[0];
		assert.deepEqual(
			received.parts.map((part) => [part.name, part.fileName ?? part.text]),
			[
				['imageFiles', 'front.jpg'],
				['imageFiles', 'side.png'],
				['memo', '대표 이미지 ①'],
				['sellerCode', 'SKU-001'],
			],
		);
		// The reference documents imageFiles alone, so the emulator refuses the other fields as
		// Naver refuses undocumented input, naming each; nothing was uploaded.
		const traceId = String(
			(result.error as { context?: { naver?: { traceId?: string } } }).context?.naver?.traceId,
		);
		assert.match(traceId, /^emu-/);
		assert.equal(
			result.error?.message,
			`Naver Commerce API error BAD_REQUEST: 잘못된 요청 (trace ID ${traceId})`,
		);
		assert.match(String(result.error?.description), /Invalid input: memo/);
		assert.match(String(result.error?.description), /Invalid input: sellerCode/);
		assert.equal(productImageState(emulator.store).requests.length, 0);
	});

	test('a missing binary property is a clear error before any request', async () => {
		const missing = await runNaverCommerceNode({
			credentialsHelper: helper,
			inputBinaries: [{ data: { data: front, fileName: 'front.jpg' } }],
			parameters: sendFiles({
				binaryFiles: { files: [{ binaryPropertyName: 'photo', fieldName: 'imageFiles' }] },
			}),
		});
		assert.equal(missing.error?.message, 'This item has no binary property "photo"');
		assert.match(String(missing.error?.description), /Its binary properties are: data\./);
		assert.equal((missing.error as { context?: { itemIndex?: number } }).context?.itemIndex, 0);

		const none = await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: sendFiles({}),
		});
		assert.equal(none.error?.message, 'This item has no binary property "data"');
		assert.match(String(none.error?.description), /carries no files at all/);

		const noFieldName = await runNaverCommerceNode({
			credentialsHelper: helper,
			inputBinaries: [{ data: { data: front, fileName: 'front.jpg' } }],
			parameters: sendFiles({
				binaryFiles: { files: [{ binaryPropertyName: 'data', fieldName: ' ' }] },
			}),
		});
		assert.equal(noFieldName.error?.message, 'The file from "data" has no field name');
		assert.equal(emulator.stats.apiRequests, 0);
		assert.equal(emulator.stats.tokenRequests, 0);
	});

	test('continue on fail: an item without the file fails alone, the others upload', async () => {
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			continueOnFail: true,
			inputItems: [{}, {}, {}],
			inputBinaries: [
				{ data: { data: front, fileName: 'a.jpg' } },
				undefined,
				{ data: { data: side, fileName: 'c.png' } },
			],
			parameters: sendFiles({}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(result.items?.length, 3);
		assert.equal((result.items![0].json.images as unknown[]).length, 1);
		assert.equal(result.items![1].json.success, false);
		assert.equal(result.items![1].json.error, 'This item has no binary property "data"');
		assert.deepEqual(result.items![1].pairedItem, { item: 1 });
		assert.equal((result.items![2].json.images as unknown[]).length, 1);
		assert.equal(emulator.multipartRequests.length, 2);
	});

	test('after the token expires: one 401, one refresh, and the same files sent again whole', async () => {
		await runNaverCommerceNode({
			credentialsHelper: helper,
			parameters: { resource: 'apiRequest', operation: 'send', path: '/v1/seller/account' },
		});
		const firstToken = helper.store.get(CREDENTIAL_ID)!.accessToken;
		emulator.advanceTokenClock(3 * 3600_000);
		emulator.resetStats();

		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			inputBinaries: [{ data: { data: front, fileName: 'front.jpg' } }],
			parameters: sendFiles({}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(emulator.stats.unauthorized, 1, 'the old token was refused once');
		assert.equal(emulator.stats.tokenRequests, 1);
		assert.equal(emulator.stats.apiRequests, 2);
		assert.notEqual(helper.store.get(CREDENTIAL_ID)!.accessToken, firstToken);
		// A 401 means Naver took nothing, so n8n sent the body again; Node's FormData can be.
		assert.equal(emulator.multipartRequests.length, 1);
		assert.deepEqual(
			emulator.multipartRequests[0].parts.map((part) => [part.fileName, part.size]),
			[['front.jpg', front.length]],
		);
		assert.equal((result.items![0].json.images as unknown[]).length, 1);
	});

	test('an upload whose answer is lost is reported, not sent again', async () => {
		emulator.faults.push({ pathPrefix: UPLOAD_PATH, status: 0, kind: 'lostAnswer', remaining: 2 });
		const result = await runNaverCommerceNode({
			credentialsHelper: helper,
			inputBinaries: [{ data: { data: front, fileName: 'front.jpg' } }],
			parameters: sendFiles({}),
		});
		assert.match(String(result.error?.message), /^Could not reach the Naver Commerce API/);
		assert.match(String(result.error?.description), /may or may not have been applied/);
		assert.equal(emulator.faults[0]?.remaining, 1, 'one attempt only');
		assert.equal(productImageState(emulator.store).requests.length, 1, 'Naver did store it');
	});
});
