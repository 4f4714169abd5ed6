/**
 * Coverage of the image upload (상품 이미지 다건 등록): one multipart request with a file of each
 * format Naver takes, sent with Node's FormData as the node sends it; its answer is recorded with
 * `record`, as `call` speaks JSON only.
 */
import { bmpBytes, gifBytes, jpegBytes, pngBytes } from '../../../test/helpers/imageBytes';
import type { CoverageExercise } from './index';

const UPLOAD_PATH = '/v1/product-images/upload';

export const productImages: CoverageExercise = async ({ emulator, record, token }) => {
	const files: Array<[Buffer, string]> = [
		[jpegBytes('대표 이미지'), 'representative.jpg'],
		[pngBytes('추가 이미지'), 'optional.png'],
		[gifBytes(), 'banner.gif'],
		[bmpBytes(), 'label.bmp'],
	];
	const form = new FormData();
	for (const [bytes, fileName] of files) {
		form.append('imageFiles', new Blob([bytes as Uint8Array<ArrayBuffer>]), fileName);
	}
	const response = await fetch(`${emulator.baseUrl}${UPLOAD_PATH}`, {
		method: 'POST',
		headers: { Authorization: `Bearer ${token}` },
		body: form,
	});
	const body: unknown = await response.json();
	if (response.status !== 200) {
		throw new Error(`The image upload answered ${response.status}: ${JSON.stringify(body)}`);
	}
	record('POST', UPLOAD_PATH, body);
};
