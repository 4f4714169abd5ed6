/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Turns Naver's API reference (the Markdown copy myso-kr/naver-commerce-api-docs-cli, one page per
 * endpoint under docs/api/<version>/<path>.<METHOD>.md) into the machine-readable contract the
 * emulator checks every request and response against: test/contract/naver-commerce.contract.json.
 *
 *   tsx scripts/contract/convert.ts <docs copy: a checkout, or a git directory without work tree>
 *
 * Each page lists its fields flat, in the order of a depth-first walk of the schema, with type,
 * `required`, formats, "Possible values" and code tables; its JSON examples ("from schema") show
 * the nesting. The converter walks each example and takes every key's rules from the next field of
 * that name in the list. What the pages do not say (a field whose list entry is missing) keeps the
 * example's type and no further rule. Re-running it on the same copy reproduces the file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { readProse, RULE_KINDS, type Condition, type Finding, type ProseRules } from './prose';

/** Every endpoint the package calls or the emulator serves, as Naver's reference names it. */
const ENDPOINTS: Array<[method: string, path: string]> = [
	['POST', '/v1/oauth2/token'],
	['GET', '/v1/seller/account'],
	['GET', '/v1/seller/channels'],
	['GET', '/v1/pay-order/seller/product-orders/last-changed-statuses'],
	['POST', '/v1/pay-order/seller/product-orders/query'],
	['GET', '/v1/pay-order/seller/product-orders'],
	['GET', '/v1/pay-order/seller/orders/{orderId}/product-order-ids'],
	['POST', '/v1/pay-order/seller/product-orders/confirm'],
	['POST', '/v1/pay-order/seller/product-orders/dispatch'],
	['POST', '/v1/pay-order/seller/product-orders/{productOrderId}/delay'],
	...[
		'cancel/request',
		'cancel/approve',
		'return/request',
		'return/approve',
		'return/reject',
		'return/holdback',
		'return/holdback/release',
		'exchange/collect/approve',
		'exchange/dispatch',
		'exchange/reject',
		'exchange/holdback',
		'exchange/holdback/release',
	].map((action): [string, string] => [
		'POST',
		`/v1/pay-order/seller/product-orders/{productOrderId}/claim/${action}`,
	]),
	['POST', '/v1/products/search'],
	['GET', '/v2/products/origin-products/{originProductNo}'],
	['PUT', '/v2/products/origin-products/{originProductNo}'],
	['PUT', '/v1/products/origin-products/{originProductNo}/change-status'],
	['PUT', '/v1/products/origin-products/{originProductNo}/option-stock'],
	['GET', '/v1/pay-user/inquiries'],
	['POST', '/v1/pay-merchant/inquiries/{inquiryNo}/answer'],
	['PUT', '/v1/pay-merchant/inquiries/{inquiryNo}/answer/{answerContentId}'],
	['GET', '/v1/contents/qnas'],
	['PUT', '/v1/contents/qnas/{questionId}'],
	['GET', '/v1/pay-settle/settle/daily'],
	['GET', '/v1/pay-settle/settle/case'],
	['GET', '/v1/pay-settle/settle/commission-details'],
	// The catalogue: images, products, channel products, bulk changes, and the lookups a product
	// needs (categories, attributes, notices, origins, brands, addresses, delivery groups).
	['POST', '/v1/product-images/upload'],
	['POST', '/v2/products'],
	['DELETE', '/v2/products/origin-products/{originProductNo}'],
	['GET', '/v2/products/channel-products/{channelProductNo}'],
	['PUT', '/v2/products/channel-products/{channelProductNo}'],
	['PATCH', '/v1/products/origin-products/multi-update'],
	['PUT', '/v1/products/origin-products/bulk-update'],
	['GET', '/v1/categories'],
	['GET', '/v1/categories/{categoryId}'],
	['GET', '/v1/categories/{categoryId}/sub-categories'],
	['GET', '/v1/product-attributes/attributes'],
	['GET', '/v1/product-attributes/attribute-values'],
	['GET', '/v1/products-for-provided-notice'],
	['GET', '/v1/products-for-provided-notice/{productInfoProvidedNoticeType}'],
	['GET', '/v1/product-origin-areas'],
	['GET', '/v1/product-origin-areas/query'],
	['GET', '/v1/product-origin-areas/sub-origin-areas'],
	['GET', '/v1/product-brands'],
	['GET', '/v1/product-manufacturers'],
	['GET', '/v1/seller/addressbooks-for-page'],
	['GET', '/v1/seller/addressbooks/{addressBookNo}'],
	['GET', '/v1/product-delivery-info/bundle-groups'],
	['GET', '/v2/product-delivery-info/return-delivery-companies'],
	['POST', '/v1/pay-order/seller/product-orders/{productOrderId}/hope-delivery/change'],
	['GET', '/v1/contents/qnas/templates'],
	['GET', '/v1/pay-settle/vat/daily'],
	['GET', '/v1/pay-settle/vat/case'],
];

export interface Schema {
	anyOf?: Schema[];
	type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
	format?: 'date-time' | 'date' | 'year-month' | 'yyyyMMdd' | 'HHmm';
	properties?: Record<string, Schema>;
	required?: string[];
	items?: Schema;
	enum?: string[];
	minimum?: number;
	maximum?: number;
	maxItems?: number;
	maxLength?: number;
	allowedInWords?: true;
	/** Rules written in words (prose.ts): see test/contract/contract.ts for what each means. */
	deprecated?: true;
	omitIfNotApplicable?: true;
	standardValues?: string[];
	requiredUnless?: string[];
	requiredWith?: string[];
	requiredWhen?: { field: string; in: string[] };
	/** Conditions still to be resolved against the object's fields (removed once they are). */
	conditions?: Condition[];
	/** Where a rule is our reading of the reference rather than its letter. */
	note?: string;
}

interface Field {
	name: string;
	/** Naver's name of the field's code list, e.g. lastChangedType.pay-order-seller. */
	namedType?: string;
	type?: Schema['type'];
	array: boolean;
	format?: Schema['format'];
	required: boolean;
	enum?: string[];
	minimum?: number;
	maximum?: number;
	used?: boolean;
	/** The rules its sentences give (prose.ts). */
	prose?: ProseRules;
	/** The labels of its codes (`AREA_3(…(3권역))`), for conditions that name a code by its label. */
	labels?: Record<string, string>;
}

/**
 * Where the reference contradicts itself, the reading the contract takes, said beside it. Each
 * changes the converted schema of one endpoint and leaves a `note` in the contract.
 */
const READINGS: Record<string, { note: string; apply: (endpoint: Endpoint) => void }> = {
	'GET /v1/pay-order/seller/product-orders/last-changed-statuses': {
		note: "The page's example has no `more`; its field list puts moreFrom and moreSequence after `more`, which the guide describes as data.more.{moreFrom, moreSequence}.",
		apply: (endpoint) => {
			const data = endpoint.response?.properties?.data;
			const { moreFrom, moreSequence } = data?.properties ?? {};
			if (!data?.properties || !moreFrom || !moreSequence) return;
			delete data.properties.moreFrom;
			delete data.properties.moreSequence;
			data.properties.more = { type: 'object', properties: { moreFrom, moreSequence } };
		},
	},
	'GET /v1/seller/channels': {
		note: 'The page documents one channel object under a plural path, and a store can have a SmartStore and a Window channel: one object or a list of them.',
		apply: (endpoint) => {
			const one = endpoint.response!;
			endpoint.response = { anyOf: [one, { type: 'array', items: one }] };
		},
	},
	'GET /v1/contents/qnas/templates': {
		note: 'The page is titled a list (상품 문의 답변 템플릿 목록 조회) under a plural path, yet its schema and example are one template object with no array marker, and a seller keeps several templates: one object or a list of them.',
		apply: (endpoint) => {
			const one = endpoint.response!;
			endpoint.response = { anyOf: [one, { type: 'array', items: one }] };
		},
	},
};

/**
 * Request fields whose code list Naver checks as a business rule with an error code of its own,
 * answered per product order, rather than as a malformed request: the contract keeps their type
 * and drops the list, so the emulator can answer as Naver documents (104119 for a courier code).
 */
const BUSINESS_CHECKED_FIELDS: Record<string, string> = {
	deliveryCompanyCode: '104119 택배사 코드 확인 (dispatch.POST.md)',
	collectDeliveryCompany: '104119 택배사 코드 확인 (return/request.POST.md)',
	reDeliveryCompany: '104119 택배사 코드 확인 (exchange/dispatch.POST.md)',
};

function dropBusinessCheckedEnums(schema: Schema | undefined): void {
	if (!schema) return;
	for (const [name, child] of Object.entries(schema.properties ?? {})) {
		if (BUSINESS_CHECKED_FIELDS[name] && child.enum) {
			delete child.enum;
			child.note = `Checked by Naver as a business rule: ${BUSINESS_CHECKED_FIELDS[name]}`;
		}
		dropBusinessCheckedEnums(child);
	}
	dropBusinessCheckedEnums(schema.items);
}

interface Endpoint {
	method: string;
	path: string;
	response?: Schema;
	errors?: Record<string, ErrorAnswer>;
	note?: string;
}

interface Reader {
	read: (path: string) => string;
	/** Every endpoint page of the reference: docs/api/<version>/<path>.<METHOD>.md. */
	pages: () => string[];
}

function reader(source: string): Reader {
	const isPage = (path: string) =>
		/^docs\/api\/v\d+\/.+\.(GET|POST|PUT|PATCH|DELETE)\.md$/.test(path);
	if (existsSync(join(source, 'docs'))) {
		return {
			read: (path) => readFileSync(join(source, path), 'utf-8'),
			pages: () =>
				(readdirSync(join(source, 'docs/api'), { recursive: true }) as string[])
					.map((path) => `docs/api/${path}`)
					.filter(isPage),
		};
	}
	return {
		read: (path) => execFileSync('git', ['--git-dir', source, 'show', `HEAD:${path}`]).toString(),
		pages: () =>
			execFileSync('git', ['--git-dir', source, 'ls-tree', '-r', '--name-only', 'HEAD', 'docs/api'])
				.toString()
				.split('\n')
				.filter(isPage),
	};
}

/** The method and path a page documents, from its file name. */
function endpointOfPage(page: string): [method: string, path: string] {
	const match = /^docs\/api\/(.+)\.(GET|POST|PUT|PATCH|DELETE)\.md$/.exec(page)!;
	return [match[2], `/${match[1]}`];
}

const TYPE_NAMES: Record<string, Schema['type']> = {
	string: 'string',
	integer: 'integer',
	number: 'number',
	boolean: 'boolean',
	object: 'object',
};

/**
 * The code lists a page gives by name: a field of a named type (`claimStatus.pay-order-seller`)
 * whose own entry has no table (query parameters often lack one) takes the page's list of that
 * name.
 */
let pageEnums = new Map<string, string[]>();

/** Where the rule findings of one reading of a whole page go (prose.ts), for the coverage table. */
let findingsSink: Finding[] | undefined;

/** `**name**<type text>` lines, with what follows them until the next field. */
function parseFields(text: string): Field[] {
	const fields: Field[] = [];
	const lines = text.split('\n');
	for (let index = 0; index < lines.length; index++) {
		const match = /^\*\*([A-Za-z_][\w]*)\*\*\s*(.*)$/.exec(lines[index].trim());
		if (!match || ['POST', 'GET', 'PUT', 'PATCH', 'DELETE'].includes(match[1])) continue;
		let rest = match[2];
		if (/^\s*$/.test(rest) && match[1] === 'Example') continue;
		// A note in the type's brackets can run on over the next lines (`(boolean<- true: …` then
		// `- false: …>)required`): the field's type text is all of it.
		for (let next = index + 1; /\([a-z]+<[^>]*$/.test(rest) && next < lines.length; next++) {
			rest += ` ${lines[next].trim()}`;
		}
		// The brackets hold a format (`integer<int64>`, `string<date>`) or a note in words
		// (`string<'yyyy-MM' 형식 입력>`, `string<해당 사항이 없으면 이 요소를 삭제하고 전송합니다.>`).
		const typed =
			/\(([a-z]+)(?:<([^>]*)>)?\)(\[\])?/.exec(rest) ??
			/^([a-z]+)(?:<([\w-]+)>)?(\[\])?/.exec(rest);
		const named = /^\s*([A-Za-z]+\.[\w-]+) \(/.exec(rest)?.[1];
		const field: Field = {
			name: match[1],
			...(named ? { namedType: named } : {}),
			type: typed ? TYPE_NAMES[typed[1]] : undefined,
			array: Boolean(typed?.[3]),
			format: typed?.[2] === 'date-time' ? 'date-time' : typed?.[2] === 'date' ? 'date' : undefined,
			required: /required\s*$/.test(rest),
		};
		// A field the page lists without a type (`**usable**사용 여부`) is still a field: dropping it,
		// or one whose type note is in words, made the example's key of that name match the next
		// field of the name further down the list, and every field in between was put into the
		// wrong object (the product pages' wear notice took some 70 fields of the notice types after
		// it, shoes those up to productSize). Its type is then the example's.
		if (!typed && rest.trim() === '') continue;
		// What belongs to this field: the lines up to the next field line.
		const own: string[] = [];
		for (let next = index + 1; next < lines.length; next++) {
			const line = lines[next].trim();
			if (
				/^\*\*[A-Za-z_][\w]*\*\*/.test(line) &&
				!/^\*\*(Possible values|Example|Default value)/.test(line)
			)
				break;
			if (line.startsWith('## ') || line.startsWith('### ')) break;
			if (line !== '') own.push(line);
			// Labels of codes: `- AREA_2(…(2권역)), AREA_3(…(3권역))`, `- FIXED(특정 기간), FLEXIBLE(…)`.
			if (line.startsWith('- ')) {
				for (const part of line.slice(2).split(/,\s*(?=[A-Z][A-Z0-9_]+\s?\()/)) {
					const labelled = /^([A-Z][A-Z0-9_]+)\s?\((.*)\)\s*$/.exec(part.trim());
					if (labelled) (field.labels ??= {})[labelled[1]] = labelled[2];
				}
			}
			const possible = /^\*\*Possible values:\*\*\s*\[(.*)\]/.exec(line);
			if (possible) field.enum = [...possible[1].matchAll(/`([^`]+)`/g)].map((m) => m[1]);
			const range =
				/^\*\*Possible values:\*\*\s*(?:`>= (-?[\d.]+)`)?(?:\s*and\s*)?(?:`<= (-?[\d.]+)`)?/.exec(
					line,
				);
			if (range && !possible) {
				if (range[1] !== undefined) field.minimum = Number(range[1]);
				if (range[2] !== undefined) field.maximum = Number(range[2]);
			}
			// A code table: | 코드 | 설명 | … with the codes in the first column.
			if (/^\|\s*코드\s*\|/.test(line) && !field.enum) {
				const codes: string[] = [];
				for (let row = next + 2; row < lines.length && lines[row].trim().startsWith('|'); row++) {
					const code = lines[row].split('|')[1]?.trim().replace(/\*\*/g, '');
					if (code && /^[A-Z0-9_]+$/.test(code)) codes.push(code);
				}
				if (codes.length > 0) field.enum = codes;
			}
		}
		const note = typed?.[2];
		const { rules, findings } = readProse({
			name: field.name,
			heading: rest,
			...(note && !/^[\w-]+$/.test(note) ? { typeNote: note } : {}),
			type: typed?.[1],
			array: Boolean(typed?.[3]),
			lines: own,
			...(field.enum ? { tableEnum: field.enum } : {}),
		});
		if (Object.keys(rules).length > 0) field.prose = rules;
		findingsSink?.push(...findings);
		fields.push(field);
	}
	for (const field of fields) {
		if (field.namedType && field.enum) pageEnums.set(field.namedType, field.enum);
		if (field.namedType && !field.enum && pageEnums.has(field.namedType)) {
			field.enum = pageEnums.get(field.namedType);
		}
	}
	return fields;
}

function exampleBlocks(text: string): unknown[] {
	return [...text.matchAll(/```json\n([\s\S]*?)\n```/g)].flatMap((match) => {
		try {
			return [JSON.parse(match[1])];
		} catch {
			return [];
		}
	});
}

/** A field the example leaves out, as far as the list tells: its type and rules, no children. */
function schemaOfField(field: Field): Schema {
	const scalar: Schema = { type: field.type ?? 'string' };
	if (field.format) scalar.format = field.format;
	if (field.enum && scalar.type === 'string') scalar.enum = field.enum;
	if (field.type === 'object') delete scalar.enum;
	return withProse(field.array ? { type: 'array', items: scalar } : scalar, field);
}

/**
 * A field's schema with the rules its sentences give. Value rules go on the value (an array's
 * items), presence rules (deprecated, delete-if-N/A, conditions) on the field itself.
 */
function withProse(schema: Schema, field: Field | undefined): Schema {
	const rules = field?.prose;
	if (!rules) return schema;
	let value = schema.type === 'array' && schema.items ? schema.items : schema;
	if (rules.format === 'year-month') {
		if (value.type === 'object') {
			// The product pages type some release months `object<'yyyy-MM' 형식 입력>` with an example
			// of Java's YearMonth as a bean ({year, month, monthValue, leapYear}): the words say a
			// 'yyyy-MM' text, the example an object. Either is taken; neither is refused.
			const text: Schema = { type: 'string', format: 'year-month' };
			if (rules.maxLength !== undefined) text.maxLength = rules.maxLength;
			const note =
				"Typed object<'yyyy-MM' 형식 입력> with YearMonth's bean as the example: a 'yyyy-MM' text or that object.";
			value = { anyOf: [value, text], note };
			if (schema.type === 'array') schema.items = value;
			else schema = value;
		} else if (value.type === 'string') {
			value.format = 'year-month';
		}
	} else if (rules.format && value.type === 'string' && !value.format) {
		value.format = rules.format;
	}
	if (rules.maxLength !== undefined && value.type === 'string') value.maxLength = rules.maxLength;
	if (rules.maximum !== undefined && value.maximum === undefined) value.maximum = rules.maximum;
	if (rules.enum && !value.anyOf) {
		// Values in prose narrow the table's list (`channelProductDisplayStatusType`: the table lists
		// WAIT, ON and SUSPENSION, the sentence `ON, SUSPENSION만 입력 가능합니다`).
		const listed = value.enum;
		value.enum = listed ? listed.filter((code) => rules.enum!.includes(code)) : rules.enum;
		if (listed && value.enum.length === 0) value.enum = rules.enum;
		value.allowedInWords = true;
	}
	if (rules.standardValues) value.standardValues = rules.standardValues;
	// On the list itself: an example's list is built item first, and its wrapper takes it over.
	if (rules.maxItems !== undefined) schema.maxItems = rules.maxItems;
	if (rules.deprecated) schema.deprecated = true;
	if (rules.omitIfNotApplicable) schema.omitIfNotApplicable = true;
	if (rules.conditions && rules.deprecated) {
		// The food pages mark expirationDateText `deprecated` and, in the same words, "required when
		// expirationDate is not given" (expirationDate is deprecated too): a retired field cannot be
		// required, so the requirement is read as retired with it, not enforced.
		for (const condition of rules.conditions) {
			condition.finding.why = 'the field is deprecated: its requirement is read as retired too';
		}
	} else if (rules.conditions) schema.conditions = rules.conditions;
	return schema;
}

/**
 * Turns the conditions of an object's fields into rules on those fields, each naming siblings of
 * the same object; a condition whose field or value cannot be found among them is left as an
 * unread sentence of the coverage table.
 */
function resolveConditions(object: Schema, fields: Map<string, Field>): void {
	const properties = object.properties ?? {};
	const names = Object.keys(properties);
	const sibling = (word: string) =>
		names.find((name) => name === word) ??
		names.find((name) => name.toLowerCase() === word.toLowerCase());
	const enumOf = (schema: Schema | undefined) =>
		(schema?.type === 'array' ? schema.items?.enum : schema?.enum) ?? [];
	for (const [name, child] of Object.entries(properties)) {
		const conditions = child.conditions;
		if (!conditions) continue;
		delete child.conditions;
		for (const condition of conditions) {
			const failed = (why: string) => {
				condition.finding.encoded = false;
				condition.finding.why = why;
			};
			if (condition.kind === 'unless') {
				const others = condition.fields.filter((field) => field !== name).map(sibling);
				if (others.some((other) => other === undefined)) {
					failed('names a field that is not in the same object');
					continue;
				}
				child.requiredUnless = [
					...new Set([...(child.requiredUnless ?? []), ...(others as string[])]),
				];
			} else if (condition.kind === 'with') {
				// `시작일을 입력한 경우 필수` on an end date: the start date of the same name.
				const start = sibling(name.replace(/End/, 'Start').replace(/^end/, 'start'));
				if (!/End|^end/.test(name) || !start) {
					failed('the start date it names is not a sibling');
					continue;
				}
				child.requiredWith = [start];
			} else {
				const values = condition.values ?? [];
				const target = condition.fields[0]
					? sibling(condition.fields[0])
					: names.find(
							(other) =>
								other !== name &&
								values.every((value) => enumOf(properties[other]).includes(value)),
						);
				if (!target) {
					failed('names a field that is not in the same object');
					continue;
				}
				const codes = enumOf(properties[target]);
				const labels = fields.get(target)?.labels ?? {};
				const resolved = values.map((value) =>
					codes.includes(value)
						? value
						: (() => {
								const matching = codes.filter((code) => labels[code]?.includes(value));
								return matching.length === 1 ? matching[0] : undefined;
							})(),
				);
				if (resolved.some((code) => code === undefined)) {
					failed(`the value it names is not one of ${target}'s codes`);
					continue;
				}
				child.requiredWhen = { field: target, in: resolved as string[] };
			}
			condition.finding.encoded = true;
			delete condition.finding.why;
		}
	}
}

/**
 * The schema of an example value, each key's rules taken from the next field of its name. The
 * pages' examples leave some documented fields out; the list is in depth-first order, so fields
 * passed over before a key, or after an object's last key and before the next key of an enclosing
 * object (`following`), are taken as further fields of that object, typed from the list.
 */
function schemaOf(
	value: unknown,
	fields: Field[],
	cursor: { at: number },
	field: Field | undefined,
	following: string[],
): Schema {
	if (Array.isArray(value)) {
		const items: Schema =
			value.length > 0
				? schemaOf(value[0], fields, cursor, field && { ...field, array: false }, following)
				: {};
		// Presence rules belong to the field, not to each of its items.
		const array: Schema = { type: 'array', items };
		for (const key of ['deprecated', 'omitIfNotApplicable', 'conditions', 'maxItems'] as const) {
			if (items[key] !== undefined) {
				(array as Record<string, unknown>)[key] = items[key];
				delete items[key];
			}
		}
		return array;
	}
	if (value !== null && typeof value === 'object') {
		const properties: Record<string, Schema> = {};
		const required: string[] = [];
		// A field placed by its position in the list is allowed where it is put, never required
		// there: its place is a reading, so only the example's own keys can be required.
		// Fields passed over in this object, by name: an example key that comes later than its
		// field in the list (the example orders some keys differently) still finds its rules.
		const passedOver = new Map<string, Field>();
		const byName = new Map<string, Field>();
		const add = (found: Field) => {
			byName.set(found.name, found);
			found.used = true;
			passedOver.set(found.name, found);
			if (properties[found.name] === undefined) properties[found.name] = schemaOfField(found);
		};
		const keys = Object.keys(value as Record<string, unknown>);
		keys.forEach((key, position) => {
			let found: Field | undefined;
			for (let index = cursor.at; index < Math.min(fields.length, cursor.at + 400); index++) {
				if (fields[index].name === key && !fields[index].used) {
					found = fields[index];
					// The fields passed over on the way are this object's too.
					for (let skipped = cursor.at; skipped < index; skipped++) {
						if (!fields[skipped].used) add(fields[skipped]);
					}
					found.used = true;
					cursor.at = index + 1;
					break;
				}
			}
			found ??= passedOver.get(key);
			if (found) byName.set(key, found);
			const child = (value as Record<string, unknown>)[key];
			properties[key] = schemaOf(child, fields, cursor, found, [
				...keys.slice(position + 1),
				...following,
			]);
			if (found?.required) required.push(key);
		});
		// After the last key: what the list still has before an enclosing object's next key.
		const stop = new Set(following);
		while (cursor.at < fields.length && !stop.has(fields[cursor.at].name)) {
			if (!fields[cursor.at].used) add(fields[cursor.at]);
			cursor.at += 1;
		}
		const object: Schema = {
			type: 'object',
			properties,
			...(required.length ? { required } : {}),
		};
		resolveConditions(object, byName);
		return withProse(object, field);
	}
	const exampleType: Schema['type'] =
		typeof value === 'boolean'
			? 'boolean'
			: typeof value === 'number'
				? Number.isInteger(value)
					? 'integer'
					: 'number'
				: 'string';
	const schema: Schema = {
		type: field?.type && field.type !== 'object' ? field.type : exampleType,
	};
	if (field?.format) schema.format = field.format;
	if (field?.enum && schema.type === 'string') schema.enum = field.enum;
	if (field?.minimum !== undefined) schema.minimum = field.minimum;
	if (field?.maximum !== undefined) schema.maximum = field.maximum;
	return withProse(schema, field);
}

/** Parameters (path or query) from a section: flat, no example needed. */
function parameterSchema(section: string | undefined): Schema | undefined {
	if (!section) return undefined;
	const properties: Record<string, Schema> = {};
	const required: string[] = [];
	const byName = new Map<string, Field>();
	for (const field of parseFields(section)) {
		const scalar: Schema = { type: field.type === 'object' ? 'string' : (field.type ?? 'string') };
		if (field.format) scalar.format = field.format;
		if (field.enum) scalar.enum = field.enum;
		if (field.minimum !== undefined) scalar.minimum = field.minimum;
		if (field.maximum !== undefined) scalar.maximum = field.maximum;
		properties[field.name] = withProse(
			field.array ? { type: 'array', items: scalar } : scalar,
			field,
		);
		byName.set(field.name, field);
		if (field.required) required.push(field.name);
	}
	const object: Schema = { type: 'object', properties, ...(required.length ? { required } : {}) };
	resolveConditions(object, byName);
	return object;
}

function section(text: string, heading: RegExp, until: RegExp): string | undefined {
	const start = text.search(heading);
	if (start < 0) return undefined;
	// From the line after the heading.
	const rest = text.slice(text.indexOf('\n', start) + 1);
	const end = rest.search(until);
	return end < 0 ? rest : rest.slice(0, end);
}

function convert({ read, pages }: Reader) {
	const version = /Version: ([\d.]+)/.exec(read('docs/guide/커머스api.md'))?.[1] ?? 'unknown';
	// The endpoints the package calls first, in their order, then every other page of the reference.
	const served = new Set(ENDPOINTS.map(([method, path]) => `${method} ${path}`));
	const others = pages()
		.map(endpointOfPage)
		.filter(([method, path]) => !served.has(`${method} ${path}`))
		.sort(([m1, p1], [m2, p2]) => p1.localeCompare(p2) || m1.localeCompare(m2));
	const findings: Array<Finding & { page: string }> = [];
	const endpoints = [...ENDPOINTS, ...others].map(([method, path]) => {
		const source = `docs/api/${path.split('/')[1]}/${path.split('/').slice(2).join('/')}.${method}.md`;
		const text = read(source);
		// Read the whole page once for its named code lists, before its sections.
		pageEnums = new Map();
		findingsSink = undefined;
		parseFields(text);
		// Each field entry of the page is read once more in its section: its rule findings there.
		const pageFindings: Finding[] = [];
		findingsSink = pageFindings;
		const request = section(text, /^## Request/m, /^## Responses/m) ?? '';
		const responses = text.slice(text.search(/^## Responses/m));
		const query = parameterSchema(section(request, /^### Query Parameters/m, /^### /m));
		const pathParameters = parameterSchema(section(request, /^### Path Parameters/m, /^### /m));
		const bodyText = section(request, /^### Body/m, /^## /m);
		let body: Schema | undefined;
		if (bodyText) {
			// The request example is the JSON block after the page's last "Body required" (written
			// with a no-break space).
			const marks = [...text.matchAll(/Body\s+required/gu)];
			const tail = marks.length > 0 ? text.slice(marks[marks.length - 1].index) : '';
			const [example] = exampleBlocks(tail);
			const fields = parseFields(bodyText);
			body =
				example !== undefined
					? schemaOf(example, fields, { at: 0 }, undefined, [])
					: (parameterSchema(bodyText) ?? undefined);
		}
		// The first response block is the success answer; its example follows its field list.
		const firstExampleAt = responses.indexOf('```json');
		const successText = firstExampleAt >= 0 ? responses.slice(0, firstExampleAt) : responses;
		const [successExample] = exampleBlocks(responses);
		// An endpoint that answers 204 has no success example: its first example is an error's.
		const isErrorExample =
			successExample !== null &&
			typeof successExample === 'object' &&
			Object.keys(successExample).every((key) =>
				['code', 'message', 'invalidInputs', 'timestamp', 'traceId'].includes(key),
			);
		const success =
			successExample !== undefined && firstExampleAt >= 0 && !isErrorExample
				? schemaOf(successExample, parseFields(successText), { at: 0 }, undefined, [])
				: undefined;
		const errors = errorAnswers(responses, success !== undefined, path);
		findingsSink = undefined;
		findings.push(...pageFindings.map((finding) => ({ ...finding, page: source })));
		const limit = /최대 ([\d,]+)개/.exec(/^description: "(.*)"$/m.exec(text)?.[1] ?? '');
		const endpoint = {
			method,
			path,
			source,
			title: /^title: "(.*)"$/m.exec(text)?.[1],
			...(pathParameters ? { pathParameters } : {}),
			...(query ? { query } : {}),
			...(body ? { body } : {}),
			...(limit ? { maxIds: Number(limit[1].replace(/,/g, '')) } : {}),
			...(success ? { response: success } : {}),
			...(Object.keys(errors).length > 0 ? { errors } : {}),
		} as Endpoint;
		dropBusinessCheckedEnums(body);
		const reading = READINGS[`${method} ${path}`];
		if (reading) {
			reading.apply(endpoint);
			endpoint.note = reading.note;
		}
		return endpoint;
	});
	return {
		source: 'github.com/myso-kr/naver-commerce-api-docs-cli',
		docsVersion: version,
		generatedBy: 'scripts/contract/convert.ts',
		endpoints,
		rulesInWords: rulesTable(findings),
	};
}

/**
 * What the converter found in the reference's sentences, for docs/contract-coverage.md: per rule
 * kind, the sentences found and how many became contract rules, and every sentence it could not
 * read, by page (each distinct sentence of a page once).
 */
function rulesTable(findings: Array<Finding & { page: string }>) {
	const kinds: Record<string, { found: number; encoded: number }> = {};
	for (const kind of Object.keys(RULE_KINDS)) kinds[kind] = { found: 0, encoded: 0 };
	const unread = new Map<
		string,
		{ page: string; fields: string[]; sentence: string; why: string }
	>();
	for (const finding of findings) {
		kinds[finding.kind].found += 1;
		if (finding.encoded) {
			kinds[finding.kind].encoded += 1;
			continue;
		}
		const key = `${finding.page}\u0000${finding.sentence}`;
		const known = unread.get(key);
		if (known) {
			if (!known.fields.includes(finding.field)) known.fields.push(finding.field);
		} else {
			unread.set(key, {
				page: finding.page,
				fields: [finding.field],
				sentence: finding.sentence,
				why: finding.why ?? '',
			});
		}
	}
	return { kinds, unread: [...unread.values()] };
}

interface ErrorAnswer {
	schema: Schema;
	codes?: string[];
	note?: string;
}

/**
 * The HTTP status an error answer's heading names, in the English (any case: the customer-data
 * pages write "Bad request", "Not found") or Korean of the pages. The commerce-solution pages also
 * head answers Payment Required (402, Biz Wallet), Not Acceptable, Conflict and Service
 * Unavailable; the pay-user inquiry page Method Not Allowed and Unsupported Media Type.
 */
const ERROR_HEADINGS: Array<[RegExp, string]> = [
	[/Bad Request|잘못된 요청/i, '400'],
	[/Unauthorized|인가되지 않은/i, '401'],
	[/Payment Required/i, '402'],
	[/Forbidden|권한 없음/i, '403'],
	[/Not Found|데이터 없음/i, '404'],
	[/Method Not Allowed/i, '405'],
	[/Not Acceptable/i, '406'],
	[/Conflict/i, '409'],
	[/Unsupported Media Type/i, '415'],
	[/Too Many|요청 한도/i, '429'],
	[/Internal Server Error|서버 내부|내부 서버 오류/i, '500'],
	[/Service Unavailable/i, '503'],
];

/**
 * The logistics pages (/v1/logistics/…) head their three error answers in words and name no
 * status: each is read from what the answer states, and the contract says so beside it. Only for
 * them: the token page heads its errors in words too (유효성 검사 오류, 접근 권한 오류, 일시적인
 * 내부 시스템 오류) with a body of its own (`invalidInputs: [{}]`, `data`, no traceId) that the
 * emulator's token errors do not follow yet, so reading it waits for the emulator to change with it.
 */
const LOGISTICS_ERROR_HEADINGS: Array<[RegExp, string, string]> = [
	[
		/^유효성 검사 오류$/,
		'400',
		'The logistics pages head this answer "유효성 검사 오류" with no status: read as 400 from its example\'s message "Bad Request" and invalidInputs\' "400(Bad Request) 상태 코드와 함께 활용".',
	],
	[
		/^잘못된 API 주소 또는 리소스를 찾을 수 없는 경우$/,
		'404',
		'The logistics pages head this answer "잘못된 API 주소 또는 리소스를 찾을 수 없는 경우" with no status: read as 404 from its example\'s message "Not Found".',
	],
	[
		/^API 처리 중 오류 발생$/,
		'500',
		'The logistics pages head this answer "API 처리 중 오류 발생" (code server_error) with no status, and its example\'s message ("Unknown Error - An error occurred during operation") names none: read as 500, the status of a server error.',
	],
];

/** A line of a page's Responses section that says what follows: not a field, table or example. */
function isHeadingLine(line: string): boolean {
	return (
		line !== '' &&
		line !== '---' &&
		line !== 'Responses' &&
		// The section's own caption: **POST** `/v1/…` — 응답
		!/^\*\*(GET|POST|PUT|PATCH|DELETE)\*\* `/.test(line) &&
		!/^\*\*[\w ]+\*\*/.test(line) &&
		!line.startsWith('|') &&
		!line.startsWith('- ')
	);
}

/**
 * The error answers a page documents after its success example, by HTTP status: the body's schema
 * (from the example and the field list before it) and the codes its tables or `- code :` lines
 * name. The pages write them four ways (pay-order: "(실패) 잘못된 요청" with one table of every
 * code; pay-user/pay-settle: "Bad Request" with the fields; seller/pay-merchant: "## Bad Request"
 * with a code table; logistics: a heading in words with "- `code`: **invalid_input**"), and a
 * redirect (리디렉션, 308) that no client of ours meets is left out. A page whose success has no body
 * (204: this-day-dispatch POST, a seller notice's DELETE, a Q&A answer) says "성공" before its
 * first error heading: that line is the success's, not the error's.
 */
function errorAnswers(
	responses: string,
	hasSuccess: boolean,
	path: string,
): Record<string, ErrorAnswer> {
	const errors: Record<string, ErrorAnswer> = {};
	const blocks = [...responses.matchAll(/```json\n([\s\S]*?)\n```/g)];
	let from = hasSuccess && blocks[0] ? blocks[0].index + blocks[0][0].length : 0;
	const headingsInWords = path.startsWith('/v1/logistics/') ? LOGISTICS_ERROR_HEADINGS : [];
	const byFieldList = new Map<string, { schema: Schema; shown: number }>();
	blocks.slice(hasSuccess ? 1 : 0).forEach((block, position) => {
		const description = responses.slice(from, block.index);
		from = block.index + block[0].length;
		const headings = description
			.split('\n')
			.map((line) => line.replace(/^#+\s*/, '').trim())
			.filter(isHeadingLine);
		// Without a success example, the first block's text begins with the success's description.
		if (!hasSuccess && position === 0 && /^(성공|OK)$/.test(headings[0] ?? '')) headings.shift();
		const heading = headings[0] ?? '';
		const inWords = headingsInWords.find(([pattern]) => pattern.test(heading));
		const status = inWords?.[1] ?? ERROR_HEADINGS.find(([pattern]) => pattern.test(heading))?.[1];
		if (!status) return;
		let example: unknown;
		try {
			example = JSON.parse(block[1]);
		} catch {
			return;
		}
		// Answers of one page that list the same fields document the same body, though their
		// examples differ: the logistics pages' 404 and 500 examples leave invalidInputs out, and
		// read alone their list would put invalidInputs' `name` at the top. Each takes the schema of
		// the example that shows the most of that list.
		const fieldList = [...description.matchAll(/^\*\*\w+\*\*.*$/gm)].map((m) => m[0]).join('\n');
		const ownSchema = schemaOf(example, parseFields(description), { at: 0 }, undefined, []);
		const shown = example !== null && typeof example === 'object' ? Object.keys(example).length : 0;
		const sameList = byFieldList.get(fieldList);
		if (!sameList || shown > sameList.shown)
			byFieldList.set(fieldList, { schema: ownSchema, shown });
		let schema = sameList && sameList.shown > shown ? structuredClone(sameList.schema) : ownSchema;
		let note: string | undefined = inWords?.[2];
		if (schema !== ownSchema) {
			note = `${note ? `${note} ` : ''}Its body is that of the page's answer with the same field list and the fuller example (this example leaves fields of the list out).`;
		}
		if (Object.keys(example as object).length === 0) {
			// The seller pages give the error body as an untyped `{}` beside their code table, and the
			// guide says nothing of it: read it as the envelope every other group documents.
			schema = {
				type: 'object',
				properties: {
					code: { type: 'string' },
					message: { type: 'string' },
					timestamp: { type: 'string', format: 'date-time' },
					traceId: { type: 'string' },
				},
			};
			note =
				'The page documents the error body as an untyped object ({}): read as {code, message, timestamp, traceId}.';
		}
		const timestamp = (example as { timestamp?: unknown }).timestamp;
		if (typeof timestamp === 'number' && schema.properties?.timestamp?.format === 'date-time') {
			// The logistics pages' 400 example gives 1591256260211 (epoch milliseconds), their field
			// list string<date-time>; the list is taken, as everywhere else.
			note = `${note ? `${note} ` : ''}Its example's timestamp is a number (${timestamp}), its field list says string<date-time>: the list is taken.`;
		}
		// The code is checked against the codes below, not as an enum of one named list.
		delete schema.properties?.code?.enum;
		const codes = new Set<string>();
		for (const match of description.matchAll(/^- code : ([\w.-]+)/gm)) codes.add(match[1]);
		// The logistics pages: - `code`: **invalid_input**
		for (const match of description.matchAll(/^- `code`: \*\*([\w.-]+)\*\*/gm)) codes.add(match[1]);
		for (const row of description.matchAll(/^\|\s*(?:\*\*)?([A-Z0-9][\w.-]*)(?:\*\*)?\s*\|/gm)) {
			if (row[1] !== '코드') codes.add(row[1]);
		}
		const known = errors[status];
		if (known) {
			known.schema.properties = { ...schema.properties, ...known.schema.properties };
			for (const code of known.codes ?? []) codes.add(code);
		} else {
			errors[status] = { schema, ...(note ? { note } : {}) };
		}
		if (codes.size > 0) errors[status].codes = [...codes];
	});
	return errors;
}

function main(): void {
	const source = process.argv[2];
	if (!source) {
		console.error('usage: tsx scripts/contract/convert.ts <docs copy: checkout or git directory>');
		process.exit(2);
	}
	const result = convert(reader(source));
	const out = join(__dirname, '../../test/contract/naver-commerce.contract.json');
	writeFileSync(out, `${JSON.stringify(result, null, '\t')}\n`);
	console.log(
		`${result.endpoints.length} endpoints from Naver's reference ${result.docsVersion} → ${out}`,
	);
}

if (require.main === module) main();

export { errorAnswers, parseFields };
