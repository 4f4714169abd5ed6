/* eslint-disable @n8n/community-nodes/require-node-api-error -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * A small multipart/form-data reader (RFC 7578) for the emulator: the parts of a request body as
 * bytes, with each part's field name, file name and content type. It reads what HTTP clients send
 * (axios, undici, curl): CRLF line ends, quoted names with `"`, CR and LF escaped as %22, %0D and
 * %0A, and `filename*=UTF-8''…` where a client uses RFC 5987 for a non-ASCII name.
 */

/** One part of a multipart body. */
export interface MultipartPart {
	/** The form field name (`name` in Content-Disposition). */
	name: string;
	/** The file name of a file part; undefined for a text field. */
	fileName?: string;
	/** The part's Content-Type header, if it had one. */
	contentType?: string;
	data: Buffer;
}

/** A body that is not well-formed multipart/form-data, with what is wrong. */
export class MultipartError extends Error {}

/** The boundary of a `multipart/form-data; boundary=…` content type, or undefined. */
export function multipartBoundary(contentType: string | undefined): string | undefined {
	if (!contentType || !/^multipart\/form-data\b/i.test(contentType.trim())) return undefined;
	const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
	return match ? (match[1] ?? match[2]) : undefined;
}

export function isMultipart(contentType: string | undefined): boolean {
	return !!contentType && /^multipart\/form-data\b/i.test(contentType.trim());
}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

function unescapeQuoted(value: string): string {
	return value.replace(/%22|%0D|%0A/gi, (escape) =>
		escape === '%22' ? '"' : escape.toUpperCase() === '%0D' ? '\r' : '\n',
	);
}

/** The value of one Content-Disposition parameter (`name`, `filename`), quoted or not. */
function dispositionParameter(disposition: string, parameter: string): string | undefined {
	const extended = new RegExp(`;\\s*${parameter}\\*=([^']*)'[^']*'([^;]*)`, 'i').exec(disposition);
	if (extended) {
		try {
			return decodeURIComponent(extended[2].trim());
		} catch {
			throw new MultipartError(`${parameter}* is not valid percent-encoding`);
		}
	}
	const quoted = new RegExp(`;\\s*${parameter}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(disposition);
	if (quoted) return unescapeQuoted(quoted[1].replace(/\\(.)/g, '$1'));
	const bare = new RegExp(`;\\s*${parameter}=([^;\\s]+)`, 'i').exec(disposition);
	return bare ? bare[1] : undefined;
}

function parseHeaders(block: string): Map<string, string> {
	const headers = new Map<string, string>();
	for (const line of block.split('\r\n')) {
		if (line === '') continue;
		const colon = line.indexOf(':');
		if (colon <= 0) throw new MultipartError(`a part header line has no name: ${line}`);
		headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
	}
	return headers;
}

/**
 * The parts of `body`, in order. Throws MultipartError for a body that does not start with the
 * boundary, a part without Content-Disposition `form-data; name=…`, or a missing closing boundary.
 */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
	const delimiter = Buffer.from(`--${boundary}`);
	// The delimiter of every part after the first is preceded by CRLF, which belongs to it.
	const nextDelimiter = Buffer.concat([CRLF, delimiter]);
	let position = body.indexOf(delimiter);
	if (position < 0) throw new MultipartError('the body does not contain the boundary');
	const parts: MultipartPart[] = [];
	for (;;) {
		position += delimiter.length;
		if (body.subarray(position, position + 2).toString('latin1') === '--') return parts;
		// Transport padding (spaces, tabs) may follow a delimiter before its CRLF.
		while (body[position] === 0x20 || body[position] === 0x09) position += 1;
		if (!body.subarray(position, position + 2).equals(CRLF)) {
			throw new MultipartError('a boundary is not followed by a line end');
		}
		position += 2;
		const headerEnd = body.indexOf(HEADER_END, position);
		// A part with no headers at all starts straight with the blank line.
		const noHeaders = body.subarray(position, position + 2).equals(CRLF);
		const headerBlock = noHeaders ? '' : body.subarray(position, headerEnd).toString('utf-8');
		if (!noHeaders && headerEnd < 0) throw new MultipartError('a part has no end of headers');
		const contentStart = noHeaders ? position + 2 : headerEnd + HEADER_END.length;
		const contentEnd = body.indexOf(nextDelimiter, contentStart);
		if (contentEnd < 0) throw new MultipartError('the closing boundary is missing');

		const headers = parseHeaders(headerBlock);
		const disposition = headers.get('content-disposition') ?? '';
		if (!/^form-data\b/i.test(disposition)) {
			throw new MultipartError('a part has no Content-Disposition: form-data header');
		}
		const name = dispositionParameter(disposition, 'name');
		if (name === undefined) throw new MultipartError('a part has no field name');
		parts.push({
			name,
			fileName: dispositionParameter(disposition, 'filename'),
			contentType: headers.get('content-type'),
			data: body.subarray(contentStart, contentEnd),
		});
		position = contentEnd + CRLF.length;
	}
}
