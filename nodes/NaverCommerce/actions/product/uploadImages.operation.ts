import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { chunk } from '../../helpers/batching';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { errorItemJson } from '../../helpers/errorItem';
import {
	binaryBytesOf,
	binaryPropertyNamesOf,
	IMAGE_FILES_PER_REQUEST,
	mimeTypeOf,
	checkItemImage,
	type ItemImage,
} from '../../helpers/binaryFiles';
import { inInputOrder } from '../../helpers/productOrderBatch';
import { naverMultipartRequest } from '../../transport';

const UPLOAD_PATH = '/v1/product-images/upload';
/** The multipart field Naver reads the files from (upload.POST.md). */
const FILE_FIELD = 'imageFiles';
/** Ten images of up to 20 MB take longer to send than a JSON call's 30 seconds. */
const DEFAULT_TIMEOUT_MS = 120_000;

const displayOptions = { show: { resource: ['product'], operation: ['uploadImages'] } };

const properties: INodeProperties[] = [
	{
		displayName: 'Images',
		name: 'binaryPropertySelection',
		type: 'options',
		options: [
			{
				name: 'All Binary Properties',
				value: 'all',
				description: 'Every file the item carries, in the order the item has them',
			},
			{
				name: 'Named Binary Properties',
				value: 'named',
				description: 'Only the binary properties you name, in the order you name them',
			},
		],
		default: 'all',
		description:
			"Which of each input item's files (binary properties) to upload. Each must be a JPG, GIF, PNG or BMP image of at most 20 MB; the node checks the content before sending anything.",
	},
	{
		displayName: 'Binary Property Names',
		name: 'binaryPropertyNames',
		type: 'string',
		default: 'data',
		required: true,
		placeholder: 'data, data_1',
		displayOptions: { show: { binaryPropertySelection: ['named'] } },
		description:
			'The binary properties that hold the images, separated by commas, in the order their URLs should come back (the first is usually the representative image)',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Timeout (Ms)',
				name: 'timeout',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: DEFAULT_TIMEOUT_MS,
				description:
					'How long to wait for Naver to answer one upload request (up to 10 images) before failing. A request that times out is not repeated.',
			},
		],
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

function textList(value: unknown): string[] {
	const entries = Array.isArray(value) ? value : String(value ?? '').split(',');
	const names = entries.map((entry) => String(entry ?? '').trim()).filter((entry) => entry !== '');
	return [...new Set(names)];
}

/** The binary properties to upload from one item, as the Images parameters choose them. */
function imagePropertiesOf(this: IExecuteFunctions, itemIndex: number): string[] {
	const selection = this.getNodeParameter('binaryPropertySelection', itemIndex, 'all') as string;
	if (selection === 'named') {
		const names = textList(this.getNodeParameter('binaryPropertyNames', itemIndex, ''));
		if (names.length === 0) {
			throw new NodeOperationError(this.getNode(), 'Binary Property Names is empty', {
				itemIndex,
				description: 'Name the binary properties with the images, for example data, data_1.',
			});
		}
		return names;
	}
	const names = binaryPropertyNamesOf.call(this, itemIndex);
	if (names.length === 0) {
		throw new NodeOperationError(this.getNode(), 'This item carries no files to upload', {
			itemIndex,
			description:
				'Connect a node that outputs files (for example Read/Write Files from Disk, or HTTP Request with the response format File) before this one.',
		});
	}
	return names;
}

/** The image URLs of an upload answer, in the order of its files. */
function imageUrlsIn(body: unknown): string[] {
	const images = (body as { images?: unknown } | undefined)?.images;
	if (!Array.isArray(images)) return [];
	return images
		.map((image) => (image as { url?: unknown } | null)?.url)
		.filter((url): url is string => typeof url === 'string' && url !== '');
}

/**
 * One upload request of at most ten checked images; the URLs Naver issued, in their order. The
 * files are read again here, so only one request's files are in memory at a time.
 */
async function sendImages(
	this: IExecuteFunctions,
	images: ItemImage[],
	timeout: number | undefined,
): Promise<string[]> {
	const fields = [];
	for (const image of images) {
		fields.push({
			name: FILE_FIELD,
			file: await binaryBytesOf.call(this, image.itemIndex, image.binaryPropertyName),
			fileName: image.fileName,
			mimeType: mimeTypeOf(image.format),
		});
	}
	const response = await naverMultipartRequest.call(
		this,
		{ method: 'POST', path: UPLOAD_PATH, fields, timeout },
		images[0].itemIndex,
	);
	const urls = imageUrlsIn(response.body);
	if (urls.length !== images.length) {
		throw new NodeApiError(this.getNode(), { urls: urls.length } as JsonObject, {
			message: `Naver answered ${urls.length} image URLs for ${images.length} uploaded files`,
			description:
				'The images may or may not have been stored; their URLs cannot be told apart, so none is returned. Upload them again: new copies get new URLs.',
			itemIndex: images[0].itemIndex,
		});
	}
	return urls;
}

/**
 * Uploads named binary properties of one item and returns their URLs in that order, for other
 * operations that take images (Product → Create). Every file is checked before any is sent; any
 * failure throws.
 */
export async function uploadItemImages(
	this: IExecuteFunctions,
	itemIndex: number,
	binaryPropertyNames: string[],
	timeout = DEFAULT_TIMEOUT_MS,
): Promise<string[]> {
	const images: ItemImage[] = [];
	for (const name of binaryPropertyNames) {
		images.push(await checkItemImage.call(this, itemIndex, name));
	}
	const urls: string[] = [];
	for (const batch of chunk(images, IMAGE_FILES_PER_REQUEST)) {
		urls.push(...(await sendImages.call(this, batch, timeout)));
	}
	return urls;
}

interface ItemUpload {
	itemIndex: number;
	images: Array<ItemImage & { url?: string }>;
	failure?: unknown;
}

function imagesJson(images: ItemUpload['images']): IDataObject[] {
	return images
		.filter((image) => image.url !== undefined)
		.map((image) => ({
			binaryPropertyName: image.binaryPropertyName,
			fileName: image.fileName,
			url: image.url,
		}));
}

/** What the requests before a failure already uploaded, for the error that stops the node. */
function uploadedSummary(uploads: ItemUpload[]): string {
	const done = uploads
		.map((upload) => ({ itemIndex: upload.itemIndex, count: imagesJson(upload.images).length }))
		.filter((entry) => entry.count > 0);
	if (done.length === 0) return 'No image was uploaded before this request.';
	const list = done.map((entry) => `item ${entry.itemIndex}: ${entry.count}`).join(', ');
	return `Images uploaded before this request (their URLs are not returned): ${list}. Turn on "Continue On Fail" in the node settings to get one item per input item with its URLs or its error.`;
}

/**
 * Uploads the images of every input item (its binary properties) to Naver's image server, which
 * product registration requires (상품 이미지 다건 등록): in as few requests as Naver's limit of ten
 * files per request allows, files of several items sharing one. Each input item gets one output
 * item: `images`, one `{ binaryPropertyName, fileName, url }` per file in the item's order. A file
 * Naver would refuse (not a JPG, GIF, PNG or BMP by its content, empty, over 20 MB) fails its
 * own item before anything is sent; with continue-on-fail the other items still upload. An upload
 * whose answer is lost is reported for its items, never sent again.
 */
export async function executeBatch(
	this: IExecuteFunctions,
	itemIndexes: number[],
): Promise<INodeExecutionData[]> {
	const continueOnFail = this.continueOnFail();
	const output: INodeExecutionData[] = [];
	const uploads: ItemUpload[] = [];

	for (const itemIndex of itemIndexes) {
		try {
			const images: ItemImage[] = [];
			for (const name of imagePropertiesOf.call(this, itemIndex)) {
				images.push(await checkItemImage.call(this, itemIndex, name));
			}
			uploads.push({ itemIndex, images });
		} catch (error) {
			const nodeError =
				error instanceof NodeOperationError
					? error
					: new NodeOperationError(this.getNode(), error as Error, { itemIndex });
			if (!continueOnFail) throw nodeError;
			output.push({ json: errorItemJson(nodeError), pairedItem: { item: itemIndex } });
		}
	}

	const files = uploads.flatMap((upload) => upload.images.map((image) => ({ upload, image })));
	for (const batch of chunk(files, IMAGE_FILES_PER_REQUEST)) {
		const first = batch[0].image.itemIndex;
		const options = this.getNodeParameter('options', first, {}) as { timeout?: number };
		try {
			const urls = await sendImages.call(
				this,
				batch.map((file) => file.image),
				options.timeout ?? DEFAULT_TIMEOUT_MS,
			);
			batch.forEach((file, index) => Object.assign(file.image, { url: urls[index] }));
		} catch (error) {
			if (!continueOnFail) {
				const apiError =
					error instanceof NodeApiError
						? error
						: new NodeApiError(this.getNode(), error as JsonObject, { itemIndex: first });
				apiError.context.itemIndex ??= first;
				apiError.description = [apiError.description, uploadedSummary(uploads)]
					.filter(Boolean)
					.join('\n');
				throw apiError;
			}
			for (const { upload } of batch) upload.failure ??= error;
		}
	}

	for (const upload of uploads) {
		const pairedItem = { item: upload.itemIndex };
		if (upload.failure !== undefined) {
			const uploaded = imagesJson(upload.images);
			output.push({
				json: {
					...errorItemJson(upload.failure),
					// Files of this item that went in another, successful request.
					...(uploaded.length > 0 ? { uploadedImages: uploaded } : {}),
				},
				pairedItem,
			});
			continue;
		}
		output.push({ json: { success: true, images: imagesJson(upload.images) }, pairedItem });
	}
	return inInputOrder(output);
}
