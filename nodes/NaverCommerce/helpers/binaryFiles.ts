import type { IBinaryData, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Files an input item carries as binary properties, read for multipart uploads; and images among
 * them checked the way Naver's image upload (POST /v1/product-images/upload) judges them, so a
 * file Naver would refuse fails its own item before anything is sent.
 */

/** "최대 10개까지 등록 가능" (product-images/upload.POST.md). */
export const IMAGE_FILES_PER_REQUEST = 10;

/**
 * Naver's API reference names no size limit for the upload; SmartStore's rule for product images
 * (Seller Center) is 20 MB per image, which is what is enforced here.
 */
export const IMAGE_MAX_BYTES = 20 * 1024 * 1024;

/** The formats the upload takes: "JPG, GIF, PNG, BMP" (upload.POST.md). */
export type ImageFormat = 'JPG' | 'GIF' | 'PNG' | 'BMP';

const MIME_TYPES: Record<ImageFormat, string> = {
	JPG: 'image/jpeg',
	GIF: 'image/gif',
	PNG: 'image/png',
	BMP: 'image/bmp',
};

const EXTENSIONS: Record<ImageFormat, string> = { JPG: 'jpg', GIF: 'gif', PNG: 'png', BMP: 'bmp' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The sizes a BMP's DIB header can have (BITMAPCOREHEADER to BITMAPV5HEADER). */
const BMP_DIB_HEADER_SIZES = [12, 40, 52, 56, 64, 108, 124];

function startsWith(data: Buffer, bytes: number[], offset = 0): boolean {
	return (
		data.length >= offset + bytes.length && bytes.every((byte, i) => data[offset + i] === byte)
	);
}

/**
 * The format of an image by its content (its first bytes), whatever its name or MIME type say;
 * undefined for anything that is not a JPG, GIF, PNG or BMP.
 */
export function imageFormatOf(data: Buffer): ImageFormat | undefined {
	if (startsWith(data, [0xff, 0xd8, 0xff])) return 'JPG';
	if (startsWith(data, PNG_SIGNATURE)) return 'PNG';
	const head = data.subarray(0, 6).toString('latin1');
	if (head === 'GIF87a' || head === 'GIF89a') return 'GIF';
	// "BM" alone is two letters any text can start with: the DIB header must follow.
	if (head.startsWith('BM') && data.length >= 26) {
		if (BMP_DIB_HEADER_SIZES.includes(data.readUInt32LE(14))) return 'BMP';
	}
	return undefined;
}

/** What a refused file looks like, to say so in its error. */
function lookalike(data: Buffer): string | undefined {
	const ascii = data.subarray(0, 16).toString('latin1');
	if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') return 'a WebP image';
	if (/^....ftyp(heic|heix|mif1|msf1|hevc)/s.test(ascii)) return 'a HEIC image';
	if (/^....ftypavi[fs]/s.test(ascii)) return 'an AVIF image';
	if (ascii.startsWith('II*\0') || ascii.startsWith('MM\0*')) return 'a TIFF image';
	if (ascii.startsWith('%PDF')) return 'a PDF document';
	if (/^\s*<(\?xml|svg)/i.test(data.subarray(0, 256).toString('utf-8')))
		return 'an SVG or XML file';
	return undefined;
}

export function mimeTypeOf(format: ImageFormat): string {
	return MIME_TYPES[format];
}

/** An image of an input item, checked. */
export interface ItemImage {
	itemIndex: number;
	binaryPropertyName: string;
	fileName: string;
	format: ImageFormat;
	size: number;
}

function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The binary property names of an item, in the order the item has them. */
export function binaryPropertyNamesOf(this: IExecuteFunctions, itemIndex: number): string[] {
	return Object.keys(this.getInputData()[itemIndex]?.binary ?? {});
}

function binaryOf(
	this: IExecuteFunctions,
	itemIndex: number,
	binaryPropertyName: string,
): IBinaryData {
	const binary = this.getInputData()[itemIndex]?.binary ?? {};
	const data = binary[binaryPropertyName];
	if (data) return data;
	const present = Object.keys(binary);
	throw new NodeOperationError(
		this.getNode(),
		`This item has no binary property "${binaryPropertyName}"`,
		{
			itemIndex,
			description:
				present.length > 0
					? `Its binary properties are: ${present.join(', ')}. Name one of them, or check the node that made the files.`
					: 'It carries no files at all. Connect a node that outputs files (for example Read/Write Files from Disk, or HTTP Request with the response format File) before this one.',
		},
	);
}

/** The bytes of an item's binary property, wherever n8n keeps them (memory or disk). */
export async function binaryBytesOf(
	this: IExecuteFunctions,
	itemIndex: number,
	binaryPropertyName: string,
): Promise<Buffer> {
	binaryOf.call(this, itemIndex, binaryPropertyName);
	return await this.helpers.getBinaryDataBuffer(itemIndex, binaryPropertyName);
}

/** A binary property as a file to send: its bytes, file name and MIME type. */
export async function binaryFileOf(
	this: IExecuteFunctions,
	itemIndex: number,
	binaryPropertyName: string,
): Promise<{ data: Buffer; fileName: string; mimeType: string }> {
	const binary = binaryOf.call(this, itemIndex, binaryPropertyName);
	return {
		data: await this.helpers.getBinaryDataBuffer(itemIndex, binaryPropertyName),
		fileName: fileNameOf.call(this, itemIndex, binaryPropertyName),
		mimeType: binary.mimeType || 'application/octet-stream',
	};
}

/** The file name to send for a binary property: its own, or one made from the property name. */
export function fileNameOf(
	this: IExecuteFunctions,
	itemIndex: number,
	binaryPropertyName: string,
	extension?: string,
): string {
	const binary = binaryOf.call(this, itemIndex, binaryPropertyName);
	const fromExtension = extension ?? binary.fileExtension;
	return binary.fileName ?? `${binaryPropertyName}${fromExtension ? `.${fromExtension}` : ''}`;
}

/**
 * Reads one binary property of an item and checks it as Naver's upload would: not empty, at most
 * 20 MB, and a JPG, GIF, PNG or BMP by its content. Throws a NodeOperationError naming the file
 * and the binary property otherwise. The bytes are not kept: they are read again to be sent.
 */
export async function checkItemImage(
	this: IExecuteFunctions,
	itemIndex: number,
	binaryPropertyName: string,
): Promise<ItemImage> {
	const data = await binaryBytesOf.call(this, itemIndex, binaryPropertyName);
	const format = imageFormatOf(data);
	const fileName = fileNameOf.call(
		this,
		itemIndex,
		binaryPropertyName,
		format && EXTENSIONS[format],
	);
	const named = `"${fileName}" (binary property "${binaryPropertyName}")`;
	const fail = (message: string, description: string) =>
		new NodeOperationError(this.getNode(), message, {
			itemIndex,
			description: `${description} No image of this item was uploaded.`,
		});
	if (data.length === 0) {
		throw fail(`${named} is empty`, 'An empty file is no image, so Naver would refuse it.');
	}
	if (data.length > IMAGE_MAX_BYTES) {
		throw fail(
			`${named} is ${megabytes(data.length)}: Naver takes images of at most ${megabytes(IMAGE_MAX_BYTES)}`,
			'Make the image smaller first, for example with the Edit Image node (Resize, or a lower JPEG quality).',
		);
	}
	if (!format) {
		const looksLike = lookalike(data);
		throw fail(
			`${named} is not a JPG, GIF, PNG or BMP image`,
			`Naver's image upload takes JPG, GIF, PNG and BMP files only. The content of this file is none of them${looksLike ? ` (it looks like ${looksLike})` : ''}: it was checked by its first bytes, whatever its name or MIME type say. Convert it first, for example with the Edit Image node, or leave it out.`,
		);
	}
	return { itemIndex, binaryPropertyName, fileName, format, size: data.length };
}
