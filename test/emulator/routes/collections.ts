/* eslint-disable @n8n/community-nodes/require-node-api-error -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * What the route modules of the seller's settings and lookups share, so that alike endpoints are
 * rows of a table rather than hand-written handlers:
 *
 * - `routeTable`: routes from path templates as the reference writes them (`/v1/…/{id}`), each
 *   answering its action's result with 200, or the API group's error envelope for an `ApiError`;
 * - `errorReply`: the error body the endpoint's page documents for that status (the contract's
 *   `errors`), so a group that documents a traceId gets one and the others do not;
 * - `Collection`: records with a numeric ID the API assigns, seeded, found, created, replaced and
 *   removed, and put back by `reset`;
 * - `springPage` and the query readers for numbered pages (`page` from 1, a default and a largest
 *   size), the shape the lookups answer (`contents`, `page`, `size`, `totalElements`, …).
 */
import { findEndpoint, type Schema } from '../../contract/contract';
import { formatKst } from '../kst';
import type { ApiRequest, EmulatorRoute, HttpReply } from '../server';

export type Json = Record<string, unknown>;

export interface InvalidInput {
	name: string;
	type: string;
	message: string;
}

/** A refusal with the API's own status and code (NOT_FOUND, BAD_REQUEST, SUBSCRIPTION_NOT_FOUND…). */
export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly invalidInputs?: InvalidInput[],
	) {
		super(message);
	}
}

/** A copy of an object without the named keys. */
export function omit(value: Json, ...keys: string[]): Json {
	return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}

export const isObject = (value: unknown): value is Json =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** A 400 naming one input, in the product group's words. */
export function badRequest(name: string, type: string, message: string, code = 'BAD_REQUEST') {
	return new ApiError(400, code, '잘못된 요청입니다.', [{ name, type, message }]);
}

export function notFound(message: string, code = 'NOT_FOUND'): ApiError {
	return new ApiError(404, code, message);
}

let traces = 0;

/**
 * The error body the endpoint's page documents for the status: `{code, message, invalidInputs,
 * timestamp}` in the product group, with a `traceId` where the page lists one (seller notices,
 * commerce solutions, the seller group), each input with the keys documented for it. The logistics
 * pages, which describe their errors in words, get the body their prose describes: code, message,
 * invalidInputs, timestamp and traceId. The traceId is also the answer's GNCP-GW-Trace-ID header.
 */
export function errorReply(
	method: string,
	path: string,
	error: ApiError,
	nowMs: number,
): HttpReply {
	traces += 1;
	const traceId = `emu-route-${traces.toString(36)}^${nowMs}`;
	const full: Json = {
		code: error.code,
		message: error.message,
		...(error.invalidInputs ? { invalidInputs: error.invalidInputs } : {}),
		timestamp: formatKst(nowMs),
		traceId,
	};
	const schema = findEndpoint(method, path)?.endpoint.errors?.[String(error.status)]?.schema;
	const fields = schema?.properties;
	const inputFields = fields?.invalidInputs?.items?.properties;
	const body = fields
		? Object.fromEntries(Object.entries(full).filter(([key]) => key in fields))
		: full;
	if (inputFields && Array.isArray(body.invalidInputs)) {
		body.invalidInputs = (body.invalidInputs as InvalidInput[]).map((input) =>
			Object.fromEntries(Object.entries(input).filter(([key]) => key in inputFields)),
		);
	}
	return {
		status: error.status,
		body,
		headers: 'traceId' in body ? { 'GNCP-GW-Trace-ID': traceId } : undefined,
	};
}

/** What an action gets: the request, its path parameters by name, body and query. */
export interface RouteCall {
	request: ApiRequest;
	params: Record<string, string>;
	body: Json;
	query: URLSearchParams;
}

/** An answer other than a plain 200 with a JSON body. */
export class Answer {
	constructor(readonly reply: HttpReply) {}
}

export interface RouteSpec {
	method: string;
	/** As the reference writes it: `/v1/contents/seller-notices/{sellerNoticeId}`. */
	path: string;
	name: string;
	/** The body of a 200, or an `Answer` for anything else; throws ApiError to refuse. */
	action: (call: RouteCall) => unknown;
}

/** A 200 without a body: the reference documents success with no response schema. */
export const EMPTY_SUCCESS = new Answer({ status: 200 });

/**
 * Routes from a table of path templates. Rows with a literal segment go before rows with a
 * parameter in its place (`/status` before `/{groupProductNo}`), so the emulator's first match is
 * the literal one.
 */
export function routeTable(specs: RouteSpec[], now: () => number): EmulatorRoute[] {
	const literalFirst = [...specs].sort(
		(a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0),
	);
	return literalFirst.map((spec) => {
		const names = [...spec.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
		const pattern = new RegExp(`^${spec.path.replace(/\{\w+\}/g, '([^/]+)')}$`);
		return {
			method: spec.method,
			pattern,
			name: spec.name,
			handler: (request: ApiRequest, match: RegExpMatchArray): HttpReply => {
				const params = Object.fromEntries(
					names.map((name, index) => [name, decodeURIComponent(match[index + 1])]),
				);
				try {
					const result = spec.action({
						request,
						params,
						body: isObject(request.body) ? request.body : {},
						query: request.query,
					});
					return result instanceof Answer ? result.reply : { status: 200, body: result };
				} catch (error) {
					if (!(error instanceof ApiError)) throw error;
					return errorReply(request.method, request.path, error, now());
				}
			},
		};
	});
}

// --- records with IDs ------------------------------------------------------------------------

/**
 * Records the API numbers itself (공지사항 ID, 패션모델 번호, 그룹 일련번호): the seeded ones and
 * those created since, each new one numbered `step` above the highest so far.
 */
export class Collection<T extends Json> {
	items: T[];

	constructor(
		private readonly seed: () => T[],
		readonly idKey: keyof T & string,
		private readonly step = 1,
		private readonly firstId = 1,
	) {
		this.items = seed();
	}

	reset(): void {
		this.items = this.seed();
	}

	find(id: number | string): T | undefined {
		return this.items.find((item) => String(item[this.idKey]) === String(id));
	}

	/** The record, or the API's not-found refusal. */
	get(id: number | string, missing: () => ApiError): T {
		const found = this.find(id);
		if (!found) throw missing();
		return found;
	}

	nextId(): number {
		const highest = Math.max(
			this.firstId - this.step,
			...this.items.map((item) => Number(item[this.idKey]) || 0),
		);
		return highest + this.step;
	}

	/** Adds the record under a new ID (an ID the caller sent is ignored) and returns it. */
	create(record: Omit<T, typeof this.idKey> & Partial<T>): T {
		const created = { ...record, [this.idKey]: this.nextId() } as T;
		this.items.push(created);
		return created;
	}

	/** Puts `record` in the place of the record with this ID, keeping the ID. */
	replace(id: number | string, record: Partial<T>, missing: () => ApiError): T {
		const current = this.get(id, missing);
		const next = { ...record, [this.idKey]: current[this.idKey] } as T;
		this.items[this.items.indexOf(current)] = next;
		return next;
	}

	remove(id: number | string, missing: () => ApiError): T {
		const current = this.get(id, missing);
		this.items.splice(this.items.indexOf(current), 1);
		return current;
	}
}

// --- numbered pages --------------------------------------------------------------------------

/** A query value, or undefined when it is absent or blank. */
export function queryText(query: URLSearchParams, name: string): string | undefined {
	const value = query.get(name);
	return value === null || value.trim() === '' ? undefined : value.trim();
}

export function requiredText(query: URLSearchParams, name: string): string {
	const value = queryText(query, name);
	if (value === undefined) throw badRequest(name, 'NotBlank', `${name}은(는) 필수입니다.`);
	return value;
}

export function queryBoolean(query: URLSearchParams, name: string): boolean | undefined {
	const text = queryText(query, name);
	if (text === undefined) return undefined;
	if (text !== 'true' && text !== 'false') {
		throw badRequest(name, 'typeMismatch', `${name}은(는) true 또는 false여야 합니다.`);
	}
	return text === 'true';
}

/** An integer query value within [min, max], or `fallback` when absent. */
export function queryInteger(
	query: URLSearchParams,
	name: string,
	fallback: number,
	range: { min: number; max?: number },
): number {
	const text = queryText(query, name);
	if (text === undefined) return fallback;
	if (!/^-?\d+$/.test(text))
		throw badRequest(name, 'typeMismatch', `${name}은(는) 숫자여야 합니다.`);
	const value = Number(text);
	if (value < range.min)
		throw badRequest(name, 'Min', `${name}은(는) ${range.min} 이상이어야 합니다.`);
	if (range.max !== undefined && value > range.max) {
		throw badRequest(name, 'Max', `${name}은(는) ${range.max} 이하여야 합니다.`);
	}
	return value;
}

/** `page` (from 1) and `size` of a numbered page, with the page's default and largest size. */
export function pageQuery(
	query: URLSearchParams,
	sizes: { defaultSize: number; maxSize?: number },
): { page: number; size: number } {
	return {
		page: queryInteger(query, 'page', 1, { min: 1 }),
		size: queryInteger(query, 'size', sizes.defaultSize, { min: 1, max: sizes.maxSize }),
	};
}

/**
 * One page of records as the lookups answer it (Spring's page: `contents`, `page`, `size`,
 * `totalElements`, `totalPages`, `first`, `last`, and `sort` where the page documents one).
 */
export function springPage<T>(
	items: T[],
	page: number,
	size: number,
	sort?: Array<{ name: string; direction: string }>,
): Json {
	const totalPages = Math.ceil(items.length / size);
	return {
		contents: items.slice((page - 1) * size, page * size),
		page,
		size,
		totalElements: items.length,
		totalPages,
		...(sort ? { sort: { sorted: true, fields: sort } } : {}),
		first: page === 1,
		last: page >= totalPages,
	};
}

/** The `{code, message, data}` answer of the product group's writes. */
export function success(message: string, data: unknown = {}): Json {
	return { code: 'SUCCESS', message, data };
}

/** A whole KST hour: Naver keeps the seller notices' and similar periods on the hour. */
export function onMinute(dateTime: string, minute: '00' | '59'): string {
	const ms = Date.parse(dateTime);
	const text = formatKst(ms);
	return `${text.slice(0, 14)}${minute}:${minute === '00' ? '00.000' : '59.000'}+09:00`;
}

/**
 * A value with only the fields a schema of the contract documents, at every depth: for records
 * built from what a request sent (a group product's specific products become origin products),
 * so that an answer never shows a field the reference does not document there.
 */
export function pruneToSchema(value: unknown, schema: Schema | undefined): unknown {
	if (!schema || value === null || value === undefined) return value;
	if (schema.anyOf) {
		const kind = Array.isArray(value) ? 'array' : typeof value === 'object' ? 'object' : undefined;
		const branch = schema.anyOf.find((entry) => entry.type === kind) ?? schema.anyOf[0];
		return pruneToSchema(value, branch);
	}
	if (schema.type === 'array' && Array.isArray(value)) {
		return value.map((item) => pruneToSchema(item, schema.items));
	}
	if (schema.type === 'object' && isObject(value) && schema.properties) {
		const properties = schema.properties;
		return Object.fromEntries(
			Object.entries(value)
				.filter(([key]) => key in properties)
				.map(([key, child]) => [key, pruneToSchema(child, properties[key])]),
		);
	}
	return value;
}

/** The schema of a documented answer, at a path of property names (`originProduct`). */
export function answerSchema(method: string, path: string, ...at: string[]): Schema | undefined {
	let schema = findEndpoint(method, path)?.endpoint.response;
	for (const key of at) schema = schema?.properties?.[key];
	return schema;
}
