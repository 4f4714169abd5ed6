/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Naver's documented contract (naver-commerce.contract.json, made from Naver's reference by
 * scripts/contract/convert.ts) applied to what crosses the wire: the emulator checks every request
 * it receives and every answer it serves against it, so neither the node nor the emulator can
 * drift from the reference unnoticed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Schema {
	/** Valid when one of these is (a reading where the reference contradicts itself). */
	anyOf?: Schema[];
	type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
	format?: 'date-time' | 'date' | 'year-month' | 'yyyyMMdd' | 'HHmm';
	note?: string;
	properties?: Record<string, Schema>;
	required?: string[];
	items?: Schema;
	enum?: string[];
	minimum?: number;
	maximum?: number;
	/** `<= N characters`, `최대 N자`. */
	maxLength?: number;
	/** `최대 9개`: a list's size in words. */
	maxItems?: number;
	/** `deprecated`: still accepted; the node never sends one by default. */
	deprecated?: true;
	/** `해당 사항이 없으면 이 요소를 삭제하고 전송합니다`: about meaning, never refused. */
	omitIfNotApplicable?: true;
	/** The enum is (or is narrowed by) a sentence: `PERCENT, WON만 입력 가능합니다`. */
	allowedInWords?: true;
	/** Codes the page lists as standard texts (`- 0 (…)`), or allowed values written softly. */
	standardValues?: string[];
	/** `packDate를 입력하지 않은 경우에는 필수`: required when none of these siblings is given. */
	requiredUnless?: string[];
	/** `시작일을 입력한 경우 필수`: required when one of these siblings is given. */
	requiredWith?: string[];
	/** `deliveryAreaType이 3권역인 경우 필수`: required when the sibling holds one of the codes. */
	requiredWhen?: { field: string; in: string[] };
}

export interface ContractEndpoint {
	method: string;
	path: string;
	source: string;
	title?: string;
	pathParameters?: Schema;
	query?: Schema;
	body?: Schema;
	maxIds?: number;
	response?: Schema;
	/** The error answers the page documents, by HTTP status: body schema and the codes it names. */
	errors?: Record<string, { schema: Schema; codes?: string[]; note?: string }>;
	/** Where the contract reads a contradiction of the reference one way, why. */
	note?: string;
}

export interface Contract {
	source: string;
	docsVersion: string;
	endpoints: ContractEndpoint[];
	/** What scripts/contract/prose.ts found in the reference's sentences, for the coverage table. */
	rulesInWords?: {
		kinds: Record<string, { found: number; encoded: number }>;
		unread: Array<{ page: string; fields: string[]; sentence: string; why: string }>;
	};
}

/** One input Naver would name in `invalidInputs`. */
export interface InvalidInput {
	name: string;
	type: string;
	message: string;
}

let loaded: Contract | undefined;

export function contract(): Contract {
	loaded ??= JSON.parse(
		readFileSync(join(__dirname, 'naver-commerce.contract.json'), 'utf-8'),
	) as Contract;
	return loaded;
}

const templates = new Map<ContractEndpoint, RegExp>();

/** The documented endpoint of a method and path (below /external), with its path parameters. */
export function findEndpoint(
	method: string,
	path: string,
): { endpoint: ContractEndpoint; pathParameters: Record<string, string> } | undefined {
	// A path that matches several templates is the one with the most literal segments, as Naver's
	// (and any) router resolves it: GET /v2/standard-group-products/status is the status page, not
	// /v2/standard-group-products/{groupProductNo} with groupProductNo "status".
	let found: { endpoint: ContractEndpoint; pathParameters: Record<string, string> } | undefined;
	let foundLiterals = -1;
	for (const endpoint of contract().endpoints) {
		if (endpoint.method !== method) continue;
		let pattern = templates.get(endpoint);
		if (!pattern) {
			pattern = new RegExp(`^${endpoint.path.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`);
			templates.set(endpoint, pattern);
		}
		const match = pattern.exec(path);
		if (!match) continue;
		const literals = endpoint.path.split('/').filter((segment) => !segment.startsWith('{')).length;
		if (literals > foundLiterals) {
			found = { endpoint, pathParameters: { ...match.groups } };
			foundLiterals = literals;
		}
	}
	return found;
}

// Naver's request date-times: 'yyyy-MM-dd'T'HH:mm[:ss][.SSS]XXX' (restful-api guide, option-stock).
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The formats Naver writes in words: `'yyyy-MM' 형식`, `yyyymmdd 형식`, `HHmm 형식`. */
const WORD_FORMATS: Record<string, { pattern: RegExp; message: string }> = {
	'year-month': { pattern: /^\d{4}-(0[1-9]|1[0-2])$/, message: "'yyyy-MM' 형식이어야 합니다." },
	yyyyMMdd: {
		pattern: /^\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/,
		message: "'yyyyMMdd' 형식이어야 합니다.",
	},
	HHmm: { pattern: /^([01]\d|2[0-3])[0-5]\d$/, message: "'HHmm' 형식이어야 합니다." },
};

// As for `required`: a field is given when it is there, even empty (whether Naver takes an empty
// text is a rule of its own that the reference does not state).
const given = (value: unknown) => value !== undefined && value !== null;

function typeOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
	return typeof value;
}

/** A value as JSON gives it; `fromText` for query, path and form values, which arrive as text. */
function check(
	schema: Schema,
	value: unknown,
	name: string,
	problems: InvalidInput[],
	options: { fromText?: boolean; closed: boolean },
): void {
	if (value === undefined || value === null) return;
	if (schema.anyOf) {
		const attempts = schema.anyOf.map((branch) => {
			const found: InvalidInput[] = [];
			check(branch, value, name, found, options);
			return found;
		});
		const best = attempts.reduce((a, b) => (b.length < a.length ? b : a));
		problems.push(...best);
		return;
	}
	if (schema.type === undefined) return;
	let actual: unknown = value;
	if (options.fromText && typeof value === 'string') {
		if (schema.type === 'integer' && /^-?\d+$/.test(value)) actual = Number(value);
		else if (schema.type === 'number' && value.trim() !== '' && !Number.isNaN(Number(value)))
			actual = Number(value);
		else if (schema.type === 'boolean' && (value === 'true' || value === 'false'))
			actual = value === 'true';
	}
	const type = typeOf(actual);
	const fits =
		type === schema.type ||
		(schema.type === 'number' && type === 'integer') ||
		// Naver's int64 IDs travel as strings in some answers and as numbers in others.
		(schema.type === 'string' && type === 'integer' && !options.closed);
	if (!fits) {
		problems.push({ name, type: 'typeMismatch', message: `${schema.type}이어야 합니다.` });
		return;
	}
	if (schema.type === 'string') {
		const text = String(actual);
		if (schema.enum && !schema.enum.includes(text)) {
			problems.push({ name, type: 'typeMismatch', message: `허용되지 않은 값입니다: ${text}` });
		}
		// A date Spring cannot bind is a typeMismatch, as Naver's validation errors name it.
		if (schema.format === 'date-time' && !DATE_TIME.test(text)) {
			problems.push({
				name,
				type: 'typeMismatch',
				message: "'yyyy-MM-dd'T'HH:mm:ss.SSSXXX' 형식이어야 합니다.",
			});
		}
		if (schema.format === 'date' && !DATE.test(text)) {
			problems.push({ name, type: 'typeMismatch', message: "'yyyy-MM-dd' 형식이어야 합니다." });
		}
		// A text the page shapes in words is a pattern check (Spring's @Pattern), not a binding error.
		const words = schema.format ? WORD_FORMATS[schema.format] : undefined;
		if (words && !words.pattern.test(text)) {
			problems.push({ name, type: 'Pattern', message: words.message });
		}
		if (schema.maxLength !== undefined && [...text].length > schema.maxLength) {
			problems.push({
				name,
				type: 'Size',
				message: `최대 ${schema.maxLength}자까지 입력할 수 있습니다.`,
			});
		}
	}
	// Allowed values written for a number (`10, 50, 100만 입력 가능`).
	if ((schema.type === 'integer' || schema.type === 'number') && schema.enum) {
		if (!schema.enum.includes(String(actual))) {
			problems.push({
				name,
				type: 'typeMismatch',
				message: `허용되지 않은 값입니다: ${String(actual)}`,
			});
		}
	}
	if (schema.type === 'array' && schema.maxItems !== undefined) {
		if ((actual as unknown[]).length > schema.maxItems) {
			problems.push({
				name,
				type: 'Size',
				message: `최대 ${schema.maxItems}개까지 입력할 수 있습니다.`,
			});
		}
	}
	if (schema.type === 'array' && schema.items) {
		(actual as unknown[]).forEach((item, index) =>
			check(schema.items!, item, `${name}[${index}]`, problems, options),
		);
	}
	if (schema.type === 'object' && schema.properties) {
		const object = actual as Record<string, unknown>;
		for (const key of Object.keys(object)) {
			const child = schema.properties[key];
			const childName = name === '' ? key : `${name}.${key}`;
			if (!child) {
				problems.push({ name: childName, type: 'Unknown', message: '정의되지 않은 필드입니다.' });
				continue;
			}
			check(child, object[key], childName, problems, options);
		}
		for (const key of schema.required ?? []) {
			if (object[key] === undefined || object[key] === null) {
				const childName = name === '' ? key : `${name}.${key}`;
				problems.push({ name: childName, type: 'NotNull', message: '필수 입력값입니다.' });
			}
		}
		// Requirements written in words, each naming a sibling of the same object.
		for (const [key, child] of Object.entries(schema.properties)) {
			if (given(object[key])) continue;
			const childName = name === '' ? key : `${name}.${key}`;
			const missing = (message: string) =>
				problems.push({ name: childName, type: 'NotNull', message });
			if (child.requiredUnless && !child.requiredUnless.some((other) => given(object[other]))) {
				missing(`${child.requiredUnless.join(', ')}을(를) 입력하지 않은 경우 필수입니다.`);
			} else if (child.requiredWith?.some((other) => given(object[other]))) {
				missing(`${child.requiredWith.join(', ')}을(를) 입력한 경우 필수입니다.`);
			} else if (
				child.requiredWhen &&
				child.requiredWhen.in.includes(String(object[child.requiredWhen.field]))
			) {
				missing(
					`${child.requiredWhen.field}이(가) ${String(object[child.requiredWhen.field])}인 경우 필수입니다.`,
				);
			}
		}
	}
}

/**
 * What a request sends that the reference asks a client not to send, though Naver accepts it:
 * `deprecated` fields, and fields it says to delete when they do not apply (a value there tells
 * buyers something; only the seller can know it is true). The node's own requests are checked
 * with this: it may send either only when the seller gave the value.
 */
export function adviseRequest(
	endpoint: ContractEndpoint,
	body: unknown,
): Array<{ name: string; rule: 'deprecated' | 'omitIfNotApplicable' }> {
	const found: Array<{ name: string; rule: 'deprecated' | 'omitIfNotApplicable' }> = [];
	const walk = (schema: Schema | undefined, value: unknown, name: string) => {
		if (!schema || value === undefined || value === null) return;
		if (schema.deprecated) found.push({ name, rule: 'deprecated' });
		if (schema.omitIfNotApplicable) found.push({ name, rule: 'omitIfNotApplicable' });
		if (schema.anyOf) return schema.anyOf.forEach((branch) => walk(branch, value, name));
		if (Array.isArray(value)) {
			value.forEach((item, index) => walk(schema.items, item, `${name}[${index}]`));
			return;
		}
		if (typeof value === 'object') {
			for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
				walk(schema.properties?.[key], child, name === '' ? key : `${name}.${key}`);
			}
		}
	};
	walk(endpoint.body, body, '');
	return found;
}

/**
 * What Naver would refuse in a request: fields it does not document, missing required ones, wrong
 * types, values outside an enum, dates not in its format, and more IDs than one request takes.
 * Ranges (page sizes and the like) are left to the routes, which answer with each API's own code;
 * where a route refuses a read more precisely than this, its answer stands (see the emulator).
 */
export function checkRequest(
	endpoint: ContractEndpoint,
	request: {
		pathParameters: Record<string, string>;
		query?: URLSearchParams;
		body?: unknown;
		/** A form body (the token request), checked like query parameters. */
		form?: URLSearchParams;
	},
): InvalidInput[] {
	const problems: InvalidInput[] = [];
	const closed = { fromText: true, closed: true };
	if (endpoint.pathParameters) {
		check(endpoint.pathParameters, request.pathParameters, '', problems, closed);
	}
	for (const [schema, params] of [
		[endpoint.query, request.query],
		[endpoint.body, request.form],
	] as const) {
		if (!params) continue;
		const values: Record<string, unknown> = {};
		for (const key of new Set(params.keys())) {
			const all = params.getAll(key);
			values[key] = schema?.properties?.[key]?.type === 'array' ? all : all[0];
		}
		check(schema ?? { type: 'object', properties: {} }, values, '', problems, closed);
	}
	if (request.body !== undefined && !request.form) {
		check(endpoint.body ?? { type: 'object', properties: {} }, request.body, '', problems, {
			closed: true,
		});
		if (endpoint.maxIds !== undefined) {
			for (const [key, value] of Object.entries(request.body as Record<string, unknown>)) {
				if (Array.isArray(value) && value.length > endpoint.maxIds) {
					problems.push({
						name: key,
						type: 'Size',
						message: `최대 ${endpoint.maxIds}개까지 요청할 수 있습니다.`,
					});
				}
			}
		}
	}
	return problems;
}

/** What in a success answer the reference does not document, or documents otherwise. */
export function checkResponse(endpoint: ContractEndpoint, body: unknown): InvalidInput[] {
	const problems: InvalidInput[] = [];
	if (endpoint.response && body !== undefined && body !== '') {
		check(endpoint.response, body, '', problems, { closed: false });
	}
	return problems;
}

/**
 * What in an error answer the reference does not document: a status the page has no answer for,
 * fields outside its error body, or a code its tables do not list. Gateway answers (`GW.*`: token,
 * rate limit, unknown path) are the common guide's, not the page's, and are not checked here.
 */
export function checkErrorAnswer(
	endpoint: ContractEndpoint,
	status: number,
	body: unknown,
): InvalidInput[] {
	if (!endpoint.errors || body === null || typeof body !== 'object') return [];
	const code = (body as { code?: unknown }).code;
	if (typeof code === 'string' && code.startsWith('GW.')) return [];
	const documented = endpoint.errors[String(status)];
	if (!documented) {
		return [
			{
				name: `(HTTP ${status})`,
				type: 'UndocumentedStatus',
				message: `문서에 없는 응답 상태입니다: ${Object.keys(endpoint.errors).join(', ')}`,
			},
		];
	}
	const problems: InvalidInput[] = [];
	check(documented.schema, body, '', problems, { closed: false });
	if (documented.codes && !documented.codes.includes(String(code))) {
		problems.push({
			name: 'code',
			type: 'UndocumentedCode',
			message: `문서에 없는 오류 코드입니다: ${String(code)}`,
		});
	}
	return problems;
}
