/**
 * Product images (상품 이미지 다건 등록, POST /v1/product-images/upload): the one multipart API of
 * Naver's reference. It takes image files in the `imageFiles` field and answers with the URL Naver
 * hosts each at, in the order of the files; product registration accepts only image URLs this API
 * issued, so the issued URLs are kept per store (`issuedImageUrls`) for the product routes to check.
 *
 * Rules, as docs/api/v1/product-images/upload.POST.md states them or is read here:
 * - "최대 10개까지 등록 가능": 1 to 10 files per request;
 * - "업로드할 수 있는 이미지의 형식은 JPG, GIF, PNG, BMP": the format is read from the content
 *   (magic bytes), as an image server does, not from the file name or the part's Content-Type;
 * - the page names no size limit. SmartStore's product image rule (Seller Center: JPG, JPEG, GIF,
 *   PNG, BMP, 20 MB at most per image) is applied, and an empty file is no image;
 * - a request with any file refused uploads nothing: the page documents one answer per request
 *   (`images`, or an error), with no per-file result;
 * - errors are the products group's `{ code: 'BAD_REQUEST', message, invalidInputs, timestamp }`,
 *   naming each refused file as `imageFiles[i]`, every problem at once as Spring's validation does.
 */
import { formatKst } from '../kst';
import type { ApiRequest, HttpReply, RouteModule } from '../server';
import type { Store } from '../store';

/** "최대 10개까지 등록 가능" (upload.POST.md). */
export const IMAGE_FILES_PER_REQUEST = 10;
/** SmartStore's limit per product image; the API reference states none (see above). */
export const IMAGE_MAX_BYTES = 20 * 1024 * 1024;

export type ImageFormat = 'JPG' | 'GIF' | 'PNG' | 'BMP';

const EXTENSIONS: Record<ImageFormat, string> = { JPG: 'jpg', GIF: 'gif', PNG: 'png', BMP: 'bmp' };

/** The image format of `data` by its first bytes, or undefined for anything else. */
export function imageFormatOf(data: Buffer): ImageFormat | undefined {
	if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'JPG';
	if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
		return 'PNG';
	}
	const head = data.subarray(0, 6).toString('latin1');
	if (head === 'GIF87a' || head === 'GIF89a') return 'GIF';
	// "BM", a 14-byte file header, then a DIB header whose first field is its own known size.
	if (head.startsWith('BM') && data.length >= 26) {
		if ([12, 40, 52, 56, 64, 108, 124].includes(data.readUInt32LE(14))) return 'BMP';
	}
	return undefined;
}

/** One file of an upload request, as the emulator received it. */
export interface ReceivedImageFile {
	fieldName: string;
	fileName?: string;
	contentType?: string;
	size: number;
	/** The format read from the content; undefined when it is none Naver takes. */
	format?: ImageFormat;
	/** The URL issued for it, when the request succeeded. */
	url?: string;
}

export interface ImageUploadRequest {
	status: number;
	files: ReceivedImageFile[];
}

export interface ProductImageState {
	/** Every URL this store's upload API issued. */
	issued: Set<string>;
	/** Every request the upload route handled (past the contract check), in order. */
	requests: ImageUploadRequest[];
	/** Forgets the requests; issued URLs stay valid, as Naver's do. */
	resetRequests(): void;
}

const STATES = new WeakMap<Store, ProductImageState>();

/** The upload state of the emulator that owns `store`, made on first use by any route. */
export function productImageState(store: Store): ProductImageState {
	let state = STATES.get(store);
	if (!state) {
		const created: ProductImageState = {
			issued: new Set(),
			requests: [],
			resetRequests() {
				created.requests = [];
			},
		};
		state = created;
		STATES.set(store, state);
	}
	return state;
}

/** The image URLs the upload API issued for this store: the only ones product writes accept. */
export function issuedImageUrls(store: Store): Set<string> {
	return productImageState(store).issued;
}

interface InvalidInput {
	name: string;
	type: string;
	message: string;
}

/** 20260315 for a moment, in KST as Naver's image paths show the upload day. */
function kstDay(ms: number): string {
	return formatKst(ms).slice(0, 10).replaceAll('-', '');
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Product images (상품 이미지). */
export const productImageRoutes: RouteModule = ({ store, now, random }) => {
	const state = productImageState(store);
	let sequence = 0;

	const issueUrl = (format: ImageFormat): string => {
		sequence += 1;
		const at = now();
		const shard = 1 + Math.floor(random() * 300);
		const suffix = Array.from(
			{ length: 5 },
			() => ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length)],
		).join('');
		const url = `https://shop-phinf.pstatic.net/${kstDay(at)}_${shard}/${at}${String(sequence).padStart(4, '0')}${suffix}.${EXTENSIONS[format]}`;
		state.issued.add(url);
		return url;
	};

	const refuse = (message: string, invalidInputs: InvalidInput[]): HttpReply => ({
		status: 400,
		body: { code: 'BAD_REQUEST', message, invalidInputs, timestamp: formatKst(now()) },
	});

	const upload = (request: ApiRequest): HttpReply => {
		if (!request.parts) {
			const reply = refuse('multipart/form-data 요청이어야 합니다.', [
				{ name: 'imageFiles', type: 'NotNull', message: '이미지 파일이 없습니다.' },
			]);
			state.requests.push({ status: reply.status, files: [] });
			return reply;
		}
		const files: ReceivedImageFile[] = request.parts.map((part) => ({
			fieldName: part.name,
			fileName: part.fileName,
			contentType: part.contentType,
			size: part.data.length,
			format: part.fileName === undefined ? undefined : imageFormatOf(part.data),
		}));
		const problems: InvalidInput[] = [];
		if (files.length === 0) {
			problems.push({ name: 'imageFiles', type: 'NotNull', message: '이미지 파일이 없습니다.' });
		}
		if (files.length > IMAGE_FILES_PER_REQUEST) {
			problems.push({
				name: 'imageFiles',
				type: 'Size',
				message: `최대 ${IMAGE_FILES_PER_REQUEST}개까지 등록 가능합니다.`,
			});
		}
		files.forEach((file, index) => {
			const name = `imageFiles[${index}]`;
			if (file.fileName === undefined) {
				problems.push({ name, type: 'typeMismatch', message: '파일이어야 합니다.' });
			} else if (file.size === 0) {
				problems.push({ name, type: 'NotEmpty', message: '빈 파일은 등록할 수 없습니다.' });
			} else if (file.size > IMAGE_MAX_BYTES) {
				problems.push({
					name,
					type: 'Size',
					message: `이미지 용량은 최대 ${IMAGE_MAX_BYTES / 1024 / 1024}MB입니다.`,
				});
			} else if (!file.format) {
				problems.push({
					name,
					type: 'InvalidFormat',
					message: '업로드할 수 있는 이미지의 형식은 JPG, GIF, PNG, BMP입니다.',
				});
			}
		});
		if (problems.length > 0) {
			const reply = refuse('이미지를 등록할 수 없습니다.', problems);
			state.requests.push({ status: reply.status, files });
			return reply;
		}
		for (const file of files) file.url = issueUrl(file.format!);
		state.requests.push({ status: 200, files });
		return { status: 200, body: { images: files.map((file) => ({ url: file.url! })) } };
	};

	return [
		{
			method: 'POST',
			pattern: /^\/v1\/product-images\/upload$/,
			name: 'productImages.upload',
			multipart: true,
			handler: upload,
		},
	];
};
