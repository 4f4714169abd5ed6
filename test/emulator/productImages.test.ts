/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The image upload route and the multipart reader behind it, over HTTP with plain fetch and Node's
 * FormData, independent of the package's request code: what Naver's upload takes, and what it
 * refuses, with the products group's error envelope.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { gifBytes, jpegBytes, pngBytes } from '../helpers/imageBytes';
import { requestTokenDirectly } from './directToken';
import { multipartBoundary, MultipartError, parseMultipart } from './multipart';
import { imageFormatOf, issuedImageUrls, productImageState } from './routes/productImages';
import { type NaverCommerceEmulator, startEmulator } from './server';

const UPLOAD_PATH = '/v1/product-images/upload';

describe('Emulator: POST /v1/product-images/upload', () => {
	let emulator: NaverCommerceEmulator;
	let token = '';

	before(async () => {
		emulator = await startEmulator();
		token = (await requestTokenDirectly(emulator.baseUrl)).access_token;
	});
	after(async () => await emulator.stop());
	beforeEach(() => {
		emulator.resetStats();
		productImageState(emulator.store).resetRequests();
	});

	const post = async (body: FormData | string, contentType?: string) => {
		const response = await fetch(`${emulator.baseUrl}${UPLOAD_PATH}`, {
			method: 'POST',
			headers: {
				Authorization: `Bearer ${token}`,
				...(contentType ? { 'Content-Type': contentType } : {}),
			},
			body,
		});
		return { status: response.status, body: (await response.json()) as Record<string, unknown> };
	};
	const form = (files: Array<[string, Buffer, string?]>) => {
		const data = new FormData();
		for (const [name, bytes, fileName] of files) {
			if (fileName === undefined) data.append(name, bytes.toString('utf-8'));
			else data.append(name, new Blob([bytes as Uint8Array<ArrayBuffer>]), fileName);
		}
		return data;
	};

	test('issues one URL per file, in order, and remembers them for the product routes', async () => {
		const answer = await post(
			form([
				['imageFiles', jpegBytes('a'), 'a.jpg'],
				['imageFiles', pngBytes('b'), '한글 이름.png'],
				['imageFiles', gifBytes(), 'c.gif'],
			]),
		);
		assert.equal(answer.status, 200);
		const urls = (answer.body.images as Array<{ url: string }>).map((image) => image.url);
		assert.equal(urls.length, 3);
		assert.match(urls[0], /^https:\/\/shop-phinf\.pstatic\.net\/\d{8}_\d{1,3}\/\w+\.jpg$/);
		assert.match(urls[1], /\.png$/);
		assert.match(urls[2], /\.gif$/);
		assert.ok(urls.every((url) => issuedImageUrls(emulator.store).has(url)));
		assert.deepEqual(
			productImageState(emulator.store).requests[0].files.map((file) => file.fileName),
			['a.jpg', '한글 이름.png', 'c.gif'],
		);
	});

	test('refuses more than ten files, files that are no JPG/GIF/PNG/BMP by content, and empty ones', async () => {
		const eleven = await post(
			form(Array.from({ length: 11 }, (_, i) => ['imageFiles', jpegBytes(`${i}`), `${i}.jpg`])),
		);
		assert.equal(eleven.status, 400);
		assert.equal(eleven.body.code, 'BAD_REQUEST');
		assert.deepEqual(
			(eleven.body.invalidInputs as Array<{ name: string; type: string }>).map((input) => [
				input.name,
				input.type,
			]),
			[['imageFiles', 'Size']],
		);

		const mixed = await post(
			form([
				['imageFiles', jpegBytes('ok'), 'ok.jpg'],
				['imageFiles', Buffer.from('GIF but not really'), 'fake.gif'],
				['imageFiles', Buffer.alloc(0), 'empty.png'],
			]),
		);
		assert.equal(mixed.status, 400);
		assert.deepEqual(
			(mixed.body.invalidInputs as Array<{ name: string; type: string }>).map((input) => [
				input.name,
				input.type,
			]),
			[
				['imageFiles[1]', 'InvalidFormat'],
				['imageFiles[2]', 'NotEmpty'],
			],
		);
		assert.equal(typeof mixed.body.timestamp, 'string');
		// A refused request uploads nothing, not even its good file.
		assert.equal(issuedImageUrls(emulator.store).size, 3, 'only the first test’s URLs');
	});

	test('refuses a text value in imageFiles, undocumented fields, no files and a JSON body', async () => {
		const text = await post(form([['imageFiles', Buffer.from('not a file')]]));
		assert.equal(text.status, 400);
		assert.equal((text.body.invalidInputs as Array<{ type: string }>)[0].type, 'typeMismatch');

		const extra = await post(
			form([
				['imageFiles', jpegBytes('x'), 'x.jpg'],
				['memo', Buffer.from('메모')],
			]),
		);
		assert.equal(extra.status, 400);
		assert.deepEqual(
			(extra.body.invalidInputs as Array<{ name: string; type: string }>).map((input) => [
				input.name,
				input.type,
			]),
			[['memo', 'Unknown']],
		);

		const none = await post(form([]));
		assert.equal(none.status, 400);

		const json = await post(JSON.stringify({ imageFiles: ['a.jpg'] }), 'application/json');
		assert.equal(json.status, 400);
		assert.equal(json.body.message, 'multipart/form-data 요청이어야 합니다.');
	});

	test('a multipart body to a JSON API and a broken multipart body are refused', async () => {
		const toJsonApi = await fetch(`${emulator.baseUrl}/v1/products/search`, {
			method: 'POST',
			headers: { Authorization: `Bearer ${token}` },
			body: form([['imageFiles', jpegBytes('x'), 'x.jpg']]),
		});
		assert.equal(toJsonApi.status, 400);

		const broken = await post(
			'--abc\r\nContent-Disposition: form-data; name="imageFiles"; filename="a.jpg"\r\n\r\n\xff\xd8\xff',
			'multipart/form-data; boundary=abc',
		);
		assert.equal(broken.status, 400);
		assert.match(String(broken.body.message), /closing boundary is missing/);
	});
});

describe('Emulator multipart reader', () => {
	test('reads quoted and RFC 5987 names, escapes, text fields and a preamble', () => {
		const body = Buffer.concat([
			Buffer.from('preamble\r\n--b0undary\r\n'),
			Buffer.from('Content-Disposition: form-data; name="a%22b"; filename="x%0Ay.jpg"\r\n'),
			Buffer.from('Content-Type: image/jpeg\r\n\r\n'),
			Buffer.from([0xff, 0xd8, 0xff, 0x0d, 0x0a]),
			Buffer.from('\r\n--b0undary\r\n'),
			Buffer.from(
				"Content-Disposition: form-data; name=memo; filename*=UTF-8''%EC%82%AC%EC%A7%84.png\r\n\r\n",
			),
			Buffer.from('\r\n--b0undary\r\nContent-Disposition: form-data; name="note"\r\n\r\n안녕'),
			Buffer.from('\r\n--b0undary--\r\n'),
		]);
		const parts = parseMultipart(body, 'b0undary');
		assert.deepEqual(
			parts.map((part) => [part.name, part.fileName, part.contentType, part.data.length]),
			[
				['a"b', 'x\ny.jpg', 'image/jpeg', 5],
				['memo', '사진.png', undefined, 0],
				['note', undefined, undefined, Buffer.byteLength('안녕')],
			],
		);
		assert.equal(parts[2].data.toString('utf-8'), '안녕');
	});

	test('the boundary of a content type, and what is not multipart', () => {
		assert.equal(multipartBoundary('multipart/form-data; boundary=abc123'), 'abc123');
		assert.equal(multipartBoundary('multipart/form-data; boundary="a b"'), 'a b');
		assert.equal(multipartBoundary('application/json'), undefined);
		assert.throws(
			() => parseMultipart(Buffer.from('--x\r\nX-Other: 1\r\n\r\nv\r\n--x--'), 'x'),
			MultipartError,
		);
	});

	test('image formats are read from content', () => {
		assert.equal(imageFormatOf(jpegBytes()), 'JPG');
		assert.equal(imageFormatOf(pngBytes()), 'PNG');
		assert.equal(imageFormatOf(gifBytes()), 'GIF');
		assert.equal(imageFormatOf(Buffer.from('BM is how this text starts, not a bitmap')), undefined);
		assert.equal(imageFormatOf(Buffer.from('GIF89')), undefined);
	});
});
