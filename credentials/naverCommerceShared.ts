import type { IDataObject } from 'n8n-workflow';

// What the credential and the node both need. No bcrypt here, so the node's bundle stays small.

/** Naver's only production host; the credential's Base URL may point elsewhere (emulator, proxy). */
export const DEFAULT_BASE_URL = 'https://api.commerce.naver.com/external';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** What Naver puts in an error body, gateway or API server alike. */
export interface NaverErrorBody {
	code?: string;
	message?: string;
	timestamp?: string;
	traceId?: string;
	invalidInputs?: Array<{ name?: string; type?: string; message?: string }>;
}

/**
 * A token request that failed, described without the secret, the signature or any token.
 * Its fields avoid the names (`code`, `status`, `response`, …) that n8n's NodeApiError reads, so that
 * n8n keeps our message as the headline instead of replacing it with a generic HTTP-status text.
 */
export class NaverCommerceTokenError extends Error {
	readonly description: string;
	readonly naverCode?: string;
	readonly httpStatus?: number;
	readonly traceId?: string;

	constructor(
		message: string,
		details: { description: string; naverCode?: string; httpStatus?: number; traceId?: string },
	) {
		super(message);
		this.name = 'NaverCommerceTokenError';
		this.description = details.description;
		this.naverCode = details.naverCode;
		this.httpStatus = details.httpStatus;
		this.traceId = details.traceId;
	}
}

/**
 * The credential and the node are bundled separately, so each has its own copy of the class:
 * recognise it by name, not with instanceof.
 */
export function isNaverCommerceTokenError(error: unknown): error is NaverCommerceTokenError {
	return error instanceof Error && error.name === 'NaverCommerceTokenError';
}

/** How every NaverCommerceTokenError's message begins (see naverCommerceAuth.ts). */
const TOKEN_ERROR_HEADLINE = /^Naver Commerce (token request failed|credential):/;

/**
 * The token error behind a failed request, however n8n wrapped it. n8n 2.x wraps what
 * preAuthentication throws in a NodeApiError whose `cause` is our error. n8n 1.x wraps it the same
 * way, but its error base class declares a `cause` field, which resets the cause the Error
 * constructor had set: only the message and the description survive. Our messages have a fixed
 * beginning and our descriptions name the status, code and trace ID on lines of their own, so the
 * error is rebuilt from them.
 */
export function tokenErrorOf(error: unknown): NaverCommerceTokenError | undefined {
	const cause = (error as { cause?: unknown } | undefined)?.cause;
	const direct = [error, cause].find(isNaverCommerceTokenError);
	if (direct) return direct;
	if (!(error instanceof Error) || cause !== undefined || !TOKEN_ERROR_HEADLINE.test(error.message))
		return undefined;
	const rawDescription = (error as { description?: unknown }).description;
	const description = typeof rawDescription === 'string' ? rawDescription : '';
	const line = (label: string) =>
		new RegExp(`^${label}: (.+)$`, 'm').exec(description)?.[1].trim() || undefined;
	const httpStatus = /^HTTP status: (\d{3})\b/m.exec(description)?.[1];
	return new NaverCommerceTokenError(error.message, {
		description,
		naverCode: line('Naver code'),
		httpStatus: httpStatus ? Number(httpStatus) : undefined,
		traceId: line('Trace ID'),
	});
}

/**
 * The credential's Base URL without a trailing slash. Tokens travel over it, so it must be https;
 * plain http is accepted only for a server on this machine (the emulator).
 */
export function normalizeBaseUrl(raw: unknown): string {
	const text = typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : DEFAULT_BASE_URL;
	const url = URL.canParse(text) ? new URL(text) : undefined;
	if (!url) throw new Error(`The credential's Base URL "${text}" is not a valid URL`);
	if (url.username || url.password || url.search || url.hash) {
		throw new Error(
			"The credential's Base URL must not contain a user name, password, query or fragment",
		);
	}
	const isLoopback = LOOPBACK_HOSTS.has(url.hostname);
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback)) {
		throw new Error(
			`The credential's Base URL must use https (plain http is allowed only for localhost): "${text}"`,
		);
	}
	return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function headerValue(headers: IDataObject | undefined, name: string): string | undefined {
	if (!headers) return undefined;
	const wanted = name.toLowerCase();
	for (const [key, value] of Object.entries(headers)) {
		if (key.toLowerCase() === wanted)
			return Array.isArray(value) ? String(value[0]) : String(value);
	}
	return undefined;
}

/** Naver's error body when the response carries one, else undefined (HTML page, empty body, …). */
export function parseNaverErrorBody(body: unknown): NaverErrorBody | undefined {
	let value = body;
	if (Buffer.isBuffer(value)) value = value.toString('utf-8');
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value);
		} catch {
			return undefined;
		}
	}
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
	const record = value as Record<string, unknown>;
	if (typeof record.code !== 'string' && typeof record.message !== 'string') return undefined;
	return {
		code: typeof record.code === 'string' ? record.code : undefined,
		message: typeof record.message === 'string' ? record.message : undefined,
		timestamp: typeof record.timestamp === 'string' ? record.timestamp : undefined,
		traceId: typeof record.traceId === 'string' ? record.traceId : undefined,
		invalidInputs: Array.isArray(record.invalidInputs)
			? (record.invalidInputs as NaverErrorBody['invalidInputs'])
			: undefined,
	};
}

export function traceIdOf(
	body: NaverErrorBody | undefined,
	headers?: IDataObject,
): string | undefined {
	return body?.traceId ?? headerValue(headers, 'gncp-gw-trace-id');
}

// n8n replaces a headline that contains a raw socket error code (ECONNREFUSED, …) with a generic
// sentence, so our headlines say it in words and leave the code to the description.
const TRANSPORT_FAILURES: Record<string, string> = {
	ECONNREFUSED: 'connection refused',
	ECONNRESET: 'connection reset',
	ENOTFOUND: 'host not found',
	EAI_AGAIN: 'host name lookup failed',
	ETIMEDOUT: 'timed out',
	ECONNABORTED: 'timed out',
	EHOSTUNREACH: 'host unreachable',
	ENETUNREACH: 'network unreachable',
	UND_ERR_SOCKET: 'connection closed',
};

/** Words for a socket error code, for error headlines. */
export function describeTransportFailure(code: string | undefined): string {
	return (code && TRANSPORT_FAILURES[code]) ?? 'no response';
}
