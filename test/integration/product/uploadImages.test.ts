/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import {
	issuedImageUrls,
	productImageState,
	type ReceivedImageFile,
} from '../../emulator/routes/productImages';
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import { bmpBytes, gifBytes, jpegBytes, pngBytes } from '../../helpers/imageBytes';
import {
	credentialsFor,
	runNaverCommerceNode,
	type TestBinaryFile,
} from '../../helpers/n8nHarness';

const UPLOAD_PATH = '/v1/product-images/upload';

const op = (parameters: IDataObject = {}) => ({
	resource: 'product',
	operation: 'uploadImages',
	...parameters,
});

/** `count` real images for one item, as data, data_1, … with files named after the item. */
function itemImages(item: string, count: number): Record<string, TestBinaryFile> {
	const makers = [
		(label: string) => ({ data: jpegBytes(label), fileName: `${label}.jpg` }),
		(label: string) => ({ data: pngBytes(label), fileName: `${label}.png` }),
		(label: string) => ({ data: gifBytes(), fileName: `${label}.gif` }),
		(label: string) => ({ data: bmpBytes(), fileName: `${label}.bmp` }),
	];
	return Object.fromEntries(
		Array.from({ length: count }, (_, index) => [
			index === 0 ? 'data' : `data_${index}`,
			makers[index % makers.length](`${item}-${index + 1}`),
		]),
	);
}

interface OutputImage {
	binaryPropertyName: string;
	fileName: string;
	url: string;
}

describe('Product → Upload Images', () => {
	let emulator: NaverCommerceEmulator;
	const run = (options: Omit<Parameters<typeof runNaverCommerceNode>[0], 'credentialsHelper'>) =>
		runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			...options,
		});
	const handled = () => productImageState(emulator.store).requests;
	const sentFiles = (): ReceivedImageFile[] => handled().flatMap((request) => request.files);

	before(async () => {
		emulator = await startEmulator();
	});
	after(async () => await emulator.stop());
	beforeEach(() => {
		emulator.resetStats();
		emulator.faults.length = 0;
		productImageState(emulator.store).resetRequests();
	});

	test('25 images over 3 items go in 3 requests (10, 10, 5); each item gets its URLs in its order', async () => {
		const binaries = [itemImages('감귤', 8), itemImages('이어폰', 9), itemImages('텀블러', 8)];
		const result = await run({
			inputItems: [{}, {}, {}],
			inputBinaries: binaries,
			parameters: op(),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(emulator.stats.byRoute['productImages.upload'], 3);
		assert.deepEqual(
			emulator.multipartRequests.map((request) => request.parts.length),
			[10, 10, 5],
		);
		assert.ok(
			emulator.multipartRequests.every((request) =>
				request.parts.every((part) => part.name === 'imageFiles'),
			),
		);
		const files = sentFiles();
		assert.deepEqual(
			files.map((file) => file.fileName),
			binaries.flatMap((files) => Object.values(files).map((file) => file.fileName)),
			'every file once, in item order',
		);
		assert.deepEqual(
			files.slice(0, 4).map((file) => [file.format, file.contentType]),
			[
				['JPG', 'image/jpeg'],
				['PNG', 'image/png'],
				['GIF', 'image/gif'],
				['BMP', 'image/bmp'],
			],
		);

		assert.equal(result.items?.length, 3);
		let offset = 0;
		result.items!.forEach((item, index) => {
			assert.deepEqual(item.pairedItem, { item: index });
			assert.equal(item.json.success, true);
			const images = item.json.images as unknown as OutputImage[];
			const names = Object.keys(binaries[index]);
			assert.deepEqual(
				images.map((image) => image.binaryPropertyName),
				names,
			);
			assert.deepEqual(
				images.map((image) => [image.fileName, image.url]),
				files.slice(offset, offset + names.length).map((file) => [file.fileName, file.url]),
				`item ${index}: each URL is the one Naver issued for that file`,
			);
			offset += names.length;
			for (const image of images) assert.ok(issuedImageUrls(emulator.store).has(image.url));
		});
		assert.equal(new Set(files.map((file) => file.url)).size, 25);
	});

	test('named binary properties: only those, in the order named', async () => {
		const result = await run({
			inputBinaries: [itemImages('셔츠', 4)],
			parameters: op({ binaryPropertySelection: 'named', binaryPropertyNames: 'data_2, data' }),
		});
		assert.equal(result.error, undefined, result.error?.message);
		const images = result.items![0].json.images as unknown as OutputImage[];
		assert.deepEqual(
			images.map((image) => [image.binaryPropertyName, image.fileName]),
			[
				['data_2', '셔츠-3.gif'],
				['data', '셔츠-1.jpg'],
			],
		);
		assert.deepEqual(
			sentFiles().map((file) => file.fileName),
			['셔츠-3.gif', '셔츠-1.jpg'],
		);
	});

	test('a text file named .gif is refused before sending; with continue on fail the rest upload', async () => {
		const fake: TestBinaryFile = {
			data: Buffer.from('hello, I am not a GIF\n', 'utf-8'),
			fileName: 'banner.gif',
			mimeType: 'image/gif',
		};
		const result = await run({
			continueOnFail: true,
			inputItems: [{}, {}, {}],
			inputBinaries: [
				itemImages('a', 3),
				{ ...itemImages('b', 2), data_2: fake },
				itemImages('c', 2),
			],
			parameters: op(),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(result.items?.length, 3);
		const refused = result.items![1];
		assert.deepEqual(refused.pairedItem, { item: 1 });
		assert.equal(refused.json.success, false);
		assert.equal(
			refused.json.error,
			'"banner.gif" (binary property "data_2") is not a JPG, GIF, PNG or BMP image',
		);
		assert.match(String(refused.json.description), /checked by its first bytes/);
		assert.match(String(refused.json.description), /No image of this item was uploaded/);
		assert.equal(
			(result.items![0].json.images as unknown[]).length +
				(result.items![2].json.images as unknown[]).length,
			5,
		);
		// One request with the other items' five files; none of item 1's was sent.
		assert.equal(handled().length, 1);
		assert.deepEqual(
			sentFiles().map((file) => file.fileName),
			['a-1.jpg', 'a-2.png', 'a-3.gif', 'c-1.jpg', 'c-2.png'],
		);
	});

	test('without continue on fail a refused file stops the node before any request', async () => {
		const result = await run({
			inputItems: [{}, {}],
			inputBinaries: [
				itemImages('a', 2),
				{
					data: {
						data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
						fileName: 'logo.png',
					},
				},
			],
			parameters: op(),
		});
		assert.equal(
			result.error?.message,
			'"logo.png" (binary property "data") is not a JPG, GIF, PNG or BMP image',
		);
		assert.match(String(result.error?.description), /it looks like an SVG or XML file/);
		assert.equal((result.error as { context?: { itemIndex?: number } }).context?.itemIndex, 1);
		assert.equal(emulator.stats.apiRequests, 0);
		assert.equal(emulator.multipartRequests.length, 0);
	});

	test('empty files, files over 20 MB and items without files fail alone', async () => {
		const big = Buffer.alloc(21 * 1024 * 1024);
		jpegBytes('big').copy(big);
		const result = await run({
			continueOnFail: true,
			inputItems: [{}, {}, {}, {}, {}],
			inputBinaries: [
				{ data: { data: Buffer.alloc(0), fileName: 'empty.jpg' } },
				{ data: { data: big, fileName: 'huge.jpg' } },
				undefined,
				itemImages('ok', 1),
				itemImages('named', 1),
			],
			parameters: op({
				binaryPropertySelection: '={{ $itemIndex === 4 ? "named" : "all" }}',
				binaryPropertyNames: 'photo',
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items!.map((item) => item.json.error ?? 'uploaded'),
			[
				'"empty.jpg" (binary property "data") is empty',
				'"huge.jpg" (binary property "data") is 21.0 MB: Naver takes images of at most 20.0 MB',
				'This item carries no files to upload',
				'uploaded',
				'This item has no binary property "photo"',
			],
		);
		assert.deepEqual(
			sentFiles().map((file) => file.fileName),
			['ok-1.jpg'],
		);
	});

	test('a request whose answer is lost is reported for its items, never repeated; the others upload', async () => {
		// The first request (item 0's eight files and two of item 1's) is stored by Naver, but its
		// answer never arrives.
		emulator.faults.push({ pathPrefix: UPLOAD_PATH, status: 0, kind: 'lostAnswer', remaining: 1 });
		const result = await run({
			continueOnFail: true,
			inputItems: [{}, {}, {}],
			inputBinaries: [itemImages('a', 8), itemImages('b', 9), itemImages('c', 8)],
			parameters: op(),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.equal(emulator.faults.length, 0, 'the lost answer happened');
		// Sent again, the lost request would be a fourth, with item 0's files twice.
		assert.equal(emulator.multipartRequests.length, 3, 'three requests, each sent once');
		assert.equal(handled().length, 3);
		assert.equal(new Set(sentFiles().map((file) => file.fileName)).size, 25);
		assert.deepEqual(
			handled().map((request) => request.files.length),
			[10, 10, 5],
		);

		const [first, second, third] = result.items!;
		assert.equal(first.json.success, false);
		assert.match(String(first.json.error), /^Could not reach the Naver Commerce API/);
		assert.match(String(first.json.description), /may or may not have been applied/);
		assert.equal(first.json.uploadedImages, undefined);
		// Item 1's last seven files went in the second request, which was answered.
		assert.equal(second.json.success, false);
		const partly = second.json.uploadedImages as unknown as OutputImage[];
		assert.deepEqual(
			partly.map((image) => image.binaryPropertyName),
			['data_2', 'data_3', 'data_4', 'data_5', 'data_6', 'data_7', 'data_8'],
		);
		assert.deepEqual(
			partly.map((image) => image.url),
			handled()[1]
				.files.slice(0, 7)
				.map((file) => file.url),
		);
		assert.equal(third.json.success, true);
		assert.equal((third.json.images as unknown[]).length, 8);
	});

	test('without continue on fail a lost answer stops the node and says what was uploaded', async () => {
		// The first request (item 0's ten files) is answered; the second one's answer is lost.
		emulator.faults.push({
			pathPrefix: UPLOAD_PATH,
			status: 0,
			kind: 'lostAnswer',
			skip: 1,
			remaining: 2,
		});
		const result = await run({
			inputItems: [{}, {}, {}],
			inputBinaries: [itemImages('a', 10), itemImages('b', 3), itemImages('c', 10)],
			parameters: op(),
		});
		assert.match(String(result.error?.message), /^Could not reach the Naver Commerce API/);
		assert.equal((result.error as { context?: { itemIndex?: number } }).context?.itemIndex, 1);
		assert.match(
			String(result.error?.description),
			/Images uploaded before this request \(their URLs are not returned\): item 0: 10\./,
		);
		assert.match(String(result.error?.description), /Continue On Fail/);
		assert.equal(emulator.faults[0]?.remaining, 1, 'the lost request was sent once');
		assert.equal(handled().length, 2, 'the node stopped after the lost request');
	});
});
