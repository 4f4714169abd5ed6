import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	IPollFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import {
	describeTransportFailure,
	normalizeBaseUrl,
	parseNaverErrorBody,
	tokenErrorOf,
	traceIdOf,
	type NaverErrorBody,
} from '../../../credentials/naverCommerceShared';
import { applicationFingerprint } from '../../../credentials/naverCommerceFingerprint';
import { resolveApiUrl } from '../helpers/apiUrl';
import { naverErrorHeadline, withTraceId } from '../helpers/errorItem';
import { admit, pacingKey, settle } from './pacing';

const CREDENTIAL_TYPE = 'naverCommerceApi';

const DEFAULT_TIMEOUT_MS = 30_000;

export type NaverCommerceContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

export interface NaverCommerceRequest {
	method: IHttpRequestMethods;
	/** Relative to the credential's Base URL, e.g. `/v1/seller/account`. */
	path: string;
	qs?: IDataObject;
	body?: unknown;
	timeout?: number;
	/**
	 * Whether sending the request twice is harmless: true for GET, and for read-only POSTs such as
	 * searches. Only such requests are retried after a server error or a lost connection; a write
	 * that may or may not have been applied is reported, never repeated.
	 */
	idempotent?: boolean;
}

/** One part of a multipart/form-data body: a file, or a text field. */
export type NaverMultipartField =
	| { name: string; file: Buffer; fileName: string; mimeType?: string }
	| { name: string; value: string };

export interface NaverMultipartRequest {
	method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
	/** Relative to the credential's Base URL, e.g. `/v1/product-images/upload`. */
	path: string;
	qs?: IDataObject;
	/** The parts in the order they are sent; several may share a field name. */
	fields: NaverMultipartField[];
	timeout?: number;
}

/** Bounds of the automatic retries. Exported for tests and the benchmark. */
export const RETRY_POLICY = {
	/**
	 * 429 means Naver did not process the request: its gateway answers it before the API runs
	 * (restriction.md, 요청량 제한: the request over the limit gets 429 GW.RATE_LIMIT), so reads
	 * and writes alike are sent again. With Naver's rate headers the answer is a schedule: the call
	 * waits as they say, up to the credential's Wait When Rate-Limited. Without them (a proxy, a
	 * quota answer without its period) it is tried this many more times.
	 */
	rateLimitRetries: 4,
	/** The wait when the credential does not say (saved before the setting existed). */
	rateLimitWaitMs: 300_000,
	/** 5xx, timeouts and dropped connections, for idempotent requests only. */
	serverErrorRetries: 2,
	baseDelayMs: 500,
	maxDelayMs: 5_000,
};

export interface NaverCommerceResponse {
	statusCode: number;
	headers: IDataObject;
	body: unknown;
}

/** Naver's details of a failed call, as they appear in error items and messages. */
interface NaverErrorDetails {
	httpStatus?: number;
	code?: string;
	message?: string;
	traceId?: string;
	invalidInputs?: NaverErrorBody['invalidInputs'];
}

/**
 * The one place that talks HTTP to Naver. The URL is always built from the credential's Base URL,
 * so the Bearer token n8n adds can reach no other host; n8n issues the token on first use and
 * refreshes it once on a 401.
 */
export async function naverCommerceRequest(
	this: NaverCommerceContext,
	request: NaverCommerceRequest,
	itemIndex = 0,
): Promise<NaverCommerceResponse> {
	const hasBody = request.body !== undefined && request.method !== 'GET';
	return await sendToNaver.call(
		this,
		request,
		hasBody ? () => ({ body: request.body as IDataObject, json: true }) : () => ({}),
		request.idempotent ?? request.method === 'GET',
		itemIndex,
	);
}

/**
 * A multipart/form-data request (file uploads), through the same URL checks, authentication,
 * retries and error mapping as every call. The body is Node's own FormData with a Blob per file:
 * n8n's HTTP client hands it to axios, which streams it with its boundary and length. Unlike the
 * `form-data` package's streams, such a body can be sent again, so n8n can repeat the request
 * after refreshing an expired token (Naver did not take a request it answered 401).
 * An upload is a write: it is retried only after 429, never after a lost answer.
 */
export async function naverMultipartRequest(
	this: NaverCommerceContext,
	request: NaverMultipartRequest,
	itemIndex = 0,
): Promise<NaverCommerceResponse> {
	return await sendToNaver.call(
		this,
		{ method: request.method, path: request.path, qs: request.qs, timeout: request.timeout },
		() => ({ body: multipartBody(request.fields) }),
		false,
		itemIndex,
	);
}

function multipartBody(fields: NaverMultipartField[]): FormData {
	const form = new FormData();
	for (const field of fields) {
		if ('file' in field) {
			const blob = new Blob([field.file as Uint8Array<ArrayBuffer>], {
				type: field.mimeType ?? 'application/octet-stream',
			});
			form.append(field.name, blob, field.fileName);
		} else {
			form.append(field.name, field.value);
		}
	}
	return form;
}

/** The body options of one attempt: a JSON value, a FormData, or none. */
type BodyOptions = () => Pick<IHttpRequestOptions, 'body' | 'json'>;

async function sendToNaver(
	this: NaverCommerceContext,
	request: Omit<NaverCommerceRequest, 'body' | 'idempotent'>,
	bodyOptions: BodyOptions,
	idempotent: boolean,
	itemIndex: number,
): Promise<NaverCommerceResponse> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE, itemIndex);
	const node = this.getNode();
	let baseUrl: string;
	let url: string;
	// A bad Base URL or path is a configuration mistake found before any request: an operation
	// error, not an API error.
	try {
		baseUrl = normalizeBaseUrl(credentials.baseUrl);
	} catch (error) {
		throw new NodeOperationError(node, (error as Error).message, {
			description: 'Fix the Base URL in the credential, or leave it at its default for Naver.',
			itemIndex,
		});
	}
	try {
		url = resolveApiUrl(baseUrl, request.path);
	} catch (error) {
		throw new NodeOperationError(node, (error as Error).message, {
			description:
				"Paths are relative to the credential's Base URL, for example /v1/seller/account.",
			itemIndex,
		});
	}

	const options: IHttpRequestOptions = {
		method: request.method,
		url,
		qs: request.qs,
		arrayFormat: 'repeat',
		headers: { Accept: 'application/json' },
		returnFullResponse: true,
		timeout: request.timeout ?? DEFAULT_TIMEOUT_MS,
		// A redirect to another origin must not carry the token along, and a write is not re-sent
		// to wherever a redirect points: only reads follow redirects.
		sendCredentialsOnCrossOriginRedirect: false,
		disableFollowRedirect: request.method !== 'GET',
	};
	// Naver's rate limit is a bucket per application and API, shared by every store and token of
	// the application: requests are spaced per application and API (transport/pacing.ts).
	const bucket = pacingKey(applicationFingerprint(credentials), request.method, request.path);
	const waitSeconds = Number(credentials.rateLimitWaitSeconds);
	const rateLimitWaitMs =
		credentials.rateLimitWaitSeconds === undefined ||
		credentials.rateLimitWaitSeconds === '' ||
		!Number.isFinite(waitSeconds) ||
		waitSeconds < 0
			? RETRY_POLICY.rateLimitWaitMs
			: waitSeconds * 1000;
	let rateLimitedSinceMs: number | undefined;

	for (let attempt = 0; ; attempt++) {
		let failure: unknown;
		const ticket = await admit(bucket);
		try {
			// A fresh body (and options n8n may add headers to) for every attempt.
			const attemptOptions: IHttpRequestOptions = {
				...options,
				headers: { ...options.headers },
				...bodyOptions(),
			};
			const response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				CREDENTIAL_TYPE,
				attemptOptions,
			)) as { statusCode: number; headers: unknown; body: unknown };
			const headers = plainHeaders(response.headers);
			settle(ticket, response.statusCode, headers);
			return {
				statusCode: response.statusCode,
				headers,
				body: parseBody(response.body),
			};
		} catch (error) {
			failure = error;
			settle(ticket, naverErrorDetails(error)?.httpStatus, responseHeaders(error));
		}
		const scheduled = isScheduledRateLimit(failure);
		if (scheduled) rateLimitedSinceMs ??= Date.now();
		const delayMs = scheduled
			? scheduledDelayMs(failure, Date.now() - rateLimitedSinceMs!, rateLimitWaitMs)
			: retryDelayMs(failure, attempt, idempotent);
		if (delayMs === undefined) throw toNaverApiError(node, failure, itemIndex, idempotent);
		await sleep(delayMs);
	}
}

/**
 * A 429 that carries Naver's rate headers (GW.RATE_LIMIT, or GW.QUOTA_LIMIT counted per second):
 * Naver says when a request is free again, so waiting is the way through, not giving up.
 */
function isScheduledRateLimit(error: unknown): boolean {
	if (naverErrorDetails(error)?.httpStatus !== 429) return false;
	const headers = responseHeaders(error);
	if (String(headers['gncp-gw-quota-period'] ?? '').toUpperCase() === 'ROUND') return false;
	return (
		Number(headers['gncp-gw-ratelimit-replenish-rate']) > 0 ||
		String(headers['gncp-gw-quota-period'] ?? '').toUpperCase() === 'SECONDS'
	);
}

/**
 * The wait after a scheduled 429: the time one request takes to come back into the bucket, with
 * jitter so that callers refused together do not return together; the pacing then spaces the
 * request behind those already admitted. Undefined once the call has waited its budget.
 */
function scheduledDelayMs(error: unknown, waitedMs: number, budgetMs: number): number | undefined {
	const headers = responseHeaders(error);
	const rate = Number(headers['gncp-gw-ratelimit-replenish-rate']);
	const refillMs = rate > 0 ? Math.ceil(1000 / rate) : 1000;
	const delayMs = Math.round(refillMs * (1 + Math.random()));
	return waitedMs + delayMs > budgetMs ? undefined : delayMs;
}

/**
 * How long to wait before trying again, or undefined when the failure must be reported. 429s
 * follow Naver's GNCP-GW-RateLimit headers (a token bucket refilled `Replenish-Rate` times a
 * second); other retries back off exponentially. All waits are bounded and jittered.
 */
function retryDelayMs(error: unknown, attempt: number, idempotent: boolean): number | undefined {
	const details = naverErrorDetails(error);
	const headers = responseHeaders(error);
	const backoff = Math.min(RETRY_POLICY.maxDelayMs, RETRY_POLICY.baseDelayMs * 2 ** attempt);
	const jitter = (ms: number) => Math.round(ms * (0.8 + Math.random() * 0.4));

	if (details?.httpStatus === 429) {
		if (attempt >= RETRY_POLICY.rateLimitRetries) return undefined;
		// A quota counted per subscription round does not come back by waiting a few seconds.
		if (String(headers['gncp-gw-quota-period'] ?? '').toUpperCase() === 'ROUND') return undefined;
		const rate = Number(headers['gncp-gw-ratelimit-replenish-rate']);
		const refillMs = rate > 0 ? Math.ceil(1000 / rate) : 1000;
		return jitter(Math.min(RETRY_POLICY.maxDelayMs, Math.max(refillMs, backoff / 2)));
	}
	if (!idempotent || attempt >= RETRY_POLICY.serverErrorRetries) return undefined;
	if (details === undefined) return isTransportFailure(error) ? jitter(backoff) : undefined;
	return [500, 502, 503, 504].includes(details.httpStatus ?? 0) ? jitter(backoff) : undefined;
}

/**
 * The HTTP client's error behind a failed request. n8n wraps it in a NodeApiError: n8n 2.x keeps it
 * as the `cause`; n8n 1.x loses the cause (its error base class declares a `cause` field, which
 * resets the one the Error constructor set) and keeps only the status (`httpCode`), the parsed
 * error body (`context.data`) and the client's message (`messages`). Naver's code, message and
 * trace ID are in that body, so the same details are rebuilt from it; only the response headers
 * are lost on 1.x: retries then use the default waits, and an answer whose body has no trace ID
 * (only the GNCP-GW-Trace-ID header) is reported without one.
 */
function failureCause(error: unknown): unknown {
	const cause = (error as { cause?: unknown } | undefined)?.cause;
	if (cause !== undefined) return cause;
	if (!(error instanceof Error) || error.name !== 'NodeApiError' || tokenErrorOf(error))
		return error;
	const wrapped = error as { httpCode?: unknown; context?: { data?: unknown }; messages?: unknown };
	const status = Number(wrapped.httpCode);
	if (Number.isInteger(status) && status >= 100) {
		return { response: { status, data: wrapped.context?.data, headers: {} } };
	}
	const messages = Array.isArray(wrapped.messages) ? wrapped.messages.map(String) : [];
	const original = [...messages, error.message].join('\n');
	return { code: /\b(E[A-Z]{3,}|UND_ERR_\w+)\b/.exec(original)?.[1], message: original };
}

function isTransportFailure(error: unknown): boolean {
	const cause = failureCause(error);
	const code = (cause as { code?: unknown }).code;
	return typeof code === 'string' && /^(E[A-Z]+|UND_ERR_\w+)$/.test(code);
}

function responseHeaders(error: unknown): IDataObject {
	const cause = failureCause(error);
	return plainHeaders((cause as { response?: { headers?: unknown } }).response?.headers);
}

function plainHeaders(headers: unknown): IDataObject {
	if (!headers || typeof headers !== 'object') return {};
	const result: IDataObject = {};
	for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
		if (value !== undefined && typeof value !== 'function')
			result[key.toLowerCase()] = value as string;
	}
	return result;
}

function parseBody(body: unknown): unknown {
	if (Buffer.isBuffer(body)) body = body.toString('utf-8');
	if (typeof body === 'string') {
		if (body.trim() === '') return undefined;
		try {
			return JSON.parse(body);
		} catch {
			return body;
		}
	}
	return body;
}

// What to do about the errors users meet most, keyed by Naver's code.
const HINTS: Record<string, string> = {
	'GW.AUTHN':
		'The access token was refused even after a fresh one was issued. Check that the app is active and the token type and account match.',
	'GW.IP_NOT_ALLOWED':
		'This server\'s IP address is not on the app\'s allow-list: add it under "API 호출 IP" in the Naver Commerce API Center.',
	'GW.NOT_FOUND': 'No such API: check the path and the HTTP method.',
	'GW.RATE_LIMIT':
		"Too many requests per second for this application and API, for longer than the credential's Wait When Rate-Limited allows. Naver did not process the call, so it can be run again; every store, execution and queue-mode worker of the application shares the limit.",
	'GW.QUOTA_LIMIT': 'The quota for this period is used up. Retry after the period resets.',
	'104139': 'The date range is too long: Naver accepts at most 24 hours per request.',
};

function hintFor(status: number | undefined, code: string | undefined): string | undefined {
	if (code && HINTS[code]) return HINTS[code];
	if (code?.startsWith('GW.TIMEOUT'))
		return 'Naver timed out; the request may or may not have been applied.';
	if (code?.startsWith('GW.BLOCK'))
		return 'The API is under maintenance or temporarily blocked; retry later.';
	if (code?.startsWith('GW.PROXY') || code === 'GW.INTERNAL_SERVER_ERROR' || (status ?? 0) >= 500) {
		return 'Naver had a temporary problem; reads were already retried. Retry later. A write (POST/PUT/PATCH/DELETE) may or may not have been applied: check before repeating it.';
	}
	if (status === 403) {
		return 'Check that the app has the API group for this call (Naver Commerce API Center → 애플리케이션 → API 그룹).';
	}
	return undefined;
}

/** Naver's details from any error a request can end with, or undefined when there were none. */
function naverErrorDetails(error: unknown): NaverErrorDetails | undefined {
	const cause = failureCause(error);
	const response = (cause as { response?: { status?: number; data?: unknown; headers?: unknown } })
		.response;
	if (!response || typeof response.status !== 'number') return undefined;
	const body = parseNaverErrorBody(response.data);
	return {
		httpStatus: response.status,
		code: body?.code,
		message: body?.message,
		traceId: traceIdOf(body, plainHeaders(response.headers)),
		invalidInputs: body?.invalidInputs ?? inputsNamedIn(body?.message),
	};
}

/**
 * The pay-order APIs document no invalidInputs: their 4000 names each field in the message as
 * 오류 유형.객체명.필드명 (e.g. `NotNull.request.productOrderIds`), read here as the same list.
 */
function inputsNamedIn(message: string | undefined): NaverErrorDetails['invalidInputs'] {
	const named = [...(message ?? '').matchAll(/\b([A-Za-z]+)\.request\.([\w.[\]]+)/g)].map(
		([, type, name]) => ({ name, type }),
	);
	return named.length > 0 ? named : undefined;
}

/**
 * One NodeApiError shape for every failure: Naver's code, message and trace ID in the headline
 * (the message: all that n8n's AI Agent gives its model of a failed tool call), and again with the
 * status, what to do and the invalid inputs in the description. Built from scratch so that no
 * request header (and so no token) can travel inside it.
 */
function toNaverApiError(
	node: INode,
	error: unknown,
	itemIndex?: number,
	idempotent = true,
): NodeApiError {
	const tokenError = tokenErrorOf(error);
	if (tokenError) {
		return new NodeApiError(node, { code: tokenError.naverCode ?? null } as JsonObject, {
			message: withTraceId(tokenError.message, tokenError.traceId),
			description: tokenError.description,
			httpCode: tokenError.httpStatus ? String(tokenError.httpStatus) : undefined,
			itemIndex,
		});
	}

	const details = naverErrorDetails(error);
	if (!details) {
		const cause = failureCause(error);
		const code = (cause as { code?: string }).code;
		const isTimeout =
			code === 'ECONNABORTED' ||
			code === 'ETIMEDOUT' ||
			/timeout/i.test(String((cause as Error)?.message));
		const codeLine = code ? `Error code: ${code}. ` : '';
		return new NodeApiError(node, {} as JsonObject, {
			message: isTimeout
				? 'Naver Commerce API did not answer in time'
				: `Could not reach the Naver Commerce API (${describeTransportFailure(code)})`,
			description: isTimeout
				? `${codeLine}Raise the timeout in the node options, or retry later. A write may or may not have been applied.`
				: `${codeLine}Check the Base URL in the credential and that this server can reach it.${
						idempotent
							? ''
							: ' The connection broke after the request was sent: this write may or may not have been applied, so it was not repeated. Check before repeating it.'
					}`,
			itemIndex,
		});
	}

	const headline = naverErrorHeadline(details);
	const hint = hintFor(details.httpStatus, details.code);
	const description = [
		hint,
		`HTTP status: ${details.httpStatus}`,
		details.code ? `Naver code: ${details.code}` : undefined,
		details.message ? `Naver message: ${details.message}` : undefined,
		...(details.invalidInputs ?? []).map(
			(input) => `Invalid input: ${input.name ?? '?'} – ${input.message ?? input.type ?? ''}`,
		),
		details.traceId ? `Trace ID: ${details.traceId}` : undefined,
	]
		.filter((line): line is string => line !== undefined)
		.join('\n');
	const apiError = new NodeApiError(node, details as JsonObject, {
		message: headline,
		description,
		httpCode: String(details.httpStatus),
		itemIndex,
	});
	apiError.context.naver = details as IDataObject;
	return apiError;
}
