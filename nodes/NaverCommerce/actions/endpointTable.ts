import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { updateDisplayOptions } from '../helpers/displayOptions';
import { parseJsonParameter } from '../helpers/jsonParameter';
import { toNaverDateTime } from '../helpers/naverDate';
import { isNaverId, readLimit } from '../helpers/parameters';
import { naverCommerceRequest } from '../transport';
import { fetchNumberedPages, springPage } from '../transport/pages';
import { idLocatorField, returnAllAndLimit } from './common.descriptions';
import type { ItemOperation, OperationModule } from './node.type';

/**
 * Endpoints as data: one row per simple Naver endpoint (method, path, its parameters with their
 * types and places, paging, whether it writes, what it answers). The row makes the operation's
 * option, its fields (with display options), the checks of its inputs before any request, the one
 * request through the transport and the output items, paired with the input item. Operations with
 * rules of their own (batches, guided forms, replacements built from a Get) stay modules.
 */

/** How a field is edited and read. */
export type FieldKind =
	| 'id'
	| 'text'
	| 'number'
	| 'boolean'
	| 'options'
	| 'dateTime'
	/** A day, sent as yyyy-MM-dd. */
	| 'date'
	| 'textList'
	| 'json';

export interface EndpointField {
	/** Naver's name of the value, at `in`; also the parameter's name (a public contract). */
	name: string;
	/**
	 * body: where the value goes inside the body (after `bodyWrapper`), dotted, such as
	 * `deliveryFeeByArea.deliveryAreaType`, when it is not a top-level field called `name`.
	 */
	at?: string;
	displayName: string;
	kind: FieldKind;
	in: 'path' | 'query' | 'body';
	description: string;
	required?: boolean;
	/** id: a digits example; text, textList: the placeholder. */
	example?: string;
	/** id: the list search ("From List") of methods/listSearch.ts, when a person picks one. */
	searchListMethod?: string;
	/** options: the choices; a value of '' means "not sent". */
	options?: INodePropertyOptions[];
	default?: string | number | boolean;
	/** number: whole numbers within these bounds. */
	min?: number;
	max?: number;
	/** textList: each entry an ID (digits, sent as a number) or text. */
	entries?: 'id' | 'text';
	/**
	 * text, textList: the form Naver's page gives the value (each entry of a list), as a regular
	 * expression for the whole value, and how to say it ("letters and digits, at most 20"). A text
	 * field with a searchListMethod becomes a From List / By ID locator that checks it.
	 */
	pattern?: { regex: string; says: string };
	/** Other fields' values for which this field shows (and is sent). */
	showWhen?: Record<string, Array<string | number | boolean>>;
	/** The field's hint under it in the editor. */
	hint?: string;
	/** text: several lines in the editor. */
	rows?: number;
}

/** How a list endpoint pages. */
export type EndpointPaging =
	| { kind: 'none' }
	/**
	 * A Spring page: page from 1 and size in the query (or, `in: 'body'`, in the body of a search
	 * sent as POST), the entries in `listField`.
	 */
	| {
			kind: 'springPage';
			listField: 'content' | 'contents';
			maxSize: number;
			in?: 'query' | 'body';
			/** The only page sizes Naver takes, ascending, when it names them (the largest is maxSize). */
			sizes?: number[];
	  };

/** What the output items are made of. */
export type EndpointOutput =
	/** One item with the body (an empty answer: `{ success: true }` and the path's IDs). */
	| { kind: 'body' }
	/**
	 * One item per entry of the body's `field`, or of the body when it is an array (an object body
	 * without `field` is one entry).
	 */
	| { kind: 'entries'; field?: string }
	/** One item with Naver's envelope's `data` and the path's IDs (`data` when it is not an object). */
	| { kind: 'data' }
	/**
	 * Tidy rows for a spreadsheet or a database table: one item per entry of the body's `field` (or
	 * of the body when it is a list), or per row `toRows` makes of the body; nested objects become
	 * plain columns (`purchaseStats_customerCount`). The path's IDs come first, and the query's
	 * `dateColumns` too on a row without a date of its own (`dateFields`), so rows appended from
	 * different requests stay apart. The editor's Output option can ask for Naver's answer instead.
	 */
	| {
			kind: 'rows';
			field?: string;
			toRows?: (body: unknown) => IDataObject[];
			dateColumns?: string[];
			dateFields?: string[];
			/**
			 * The columns Naver's reference types as numbers: a number sent as text ("1200") in one
			 * of them becomes a number; other text (an hour "09", a product ID) stays as sent.
			 */
			numberColumns?: ReadonlySet<string>;
	  };

type RowsOutput = Extract<EndpointOutput, { kind: 'rows' }>;

/** The Output option of a row whose output is `rows`: its name and values (a public contract). */
export const OUTPUT_FORMAT = { name: 'outputFormat', rows: 'rows', answer: 'answer' } as const;

export interface EndpointRow {
	/** The operation's value (a public contract) and name as the editor shows them. */
	value: string;
	name: string;
	/** Starts with "Read-only: " or "Writes: ", as `writes` says (AI agents rely on it). */
	description: string;
	/** The action shown in the nodes panel, in sentence case. */
	action: string;
	method: IHttpRequestMethods;
	/** Naver's path with `{name}` for each path field. */
	path: string;
	fields: EndpointField[];
	writes: boolean;
	/** Left out: no paging. */
	paging?: EndpointPaging;
	/** Left out: one item with the body. */
	output?: EndpointOutput;
	/** The body's fields wrapped in one object of this name. */
	bodyWrapper?: string;
	/**
	 * Checks of Naver's rules the fields cannot say alone (a JSON list's entries, one field against
	 * another), on the values read, before any request: each throws a NodeOperationError.
	 */
	check?: (this: IExecuteFunctions, values: RowValues, itemIndex: number) => void;
	/** The error to report when the request fails (a clearer message for a known refusal). */
	explainFailure?: (error: unknown) => unknown;
}

/** The values of a row's fields by place, as they are sent. */
export interface RowValues {
	path: IDataObject;
	query: IDataObject;
	body: IDataObject;
}

/** An operation made from a row: its module (fields and execute) and its option. */
export interface RowOperation extends ItemOperation {
	description: INodeProperties[];
	option: INodePropertyOptions;
	row: EndpointRow;
}

const isObject = (value: unknown): value is IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

function fieldProperty(field: EndpointField): INodeProperties {
	const base = {
		displayName: field.displayName,
		name: field.name,
		description: field.description,
		...(field.required ? { required: true } : {}),
		...(field.hint ? { hint: field.hint } : {}),
		...(field.showWhen ? { displayOptions: { show: field.showWhen } } : {}),
	};
	switch (field.kind) {
		case 'id':
			if (field.searchListMethod) return locatorProperty(field);
			return { ...base, type: 'string', default: '', placeholder: field.example };
		case 'number':
			return {
				...base,
				type: 'number',
				default: (field.default as number | undefined) ?? 0,
				typeOptions: {
					numberPrecision: 0,
					...(field.min !== undefined ? { minValue: field.min } : {}),
					...(field.max !== undefined ? { maxValue: field.max } : {}),
				},
			};
		case 'boolean':
			return { ...base, type: 'boolean', default: (field.default as boolean | undefined) ?? false };
		case 'options':
			return {
				...base,
				type: 'options',
				options: field.options ?? [],
				default: (field.default as string | undefined) ?? '',
			};
		case 'dateTime':
			return { ...base, type: 'dateTime', default: '' };
		case 'date':
			return { ...base, type: 'string', default: '', placeholder: field.example ?? '2026-12-01' };
		case 'json':
			return { ...base, type: 'json', default: '' };
		case 'text':
		case 'textList':
			if (field.kind === 'text' && field.searchListMethod) return locatorProperty(field);
			return {
				...base,
				type: 'string',
				default: (field.default as string | undefined) ?? '',
				...(field.example ? { placeholder: field.example } : {}),
				...(field.rows ? { typeOptions: { rows: field.rows } } : {}),
			};
	}
}

/** An ID a person picks: From List, or By ID checked as digits or as the field's pattern. */
function locatorProperty(field: EndpointField): INodeProperties {
	return {
		...idLocatorField({
			displayName: field.displayName,
			name: field.name,
			description: field.description,
			searchListMethod: field.searchListMethod!,
			placeholder: field.example ?? '',
			pattern: field.pattern,
		}),
		...(field.required ? {} : { required: false }),
		...(field.showWhen ? { displayOptions: { show: field.showWhen } } : {}),
	};
}

/** The row's fields as the editor shows them, Return All / Limit last for a paged list. */
function rowProperties(row: EndpointRow): INodeProperties[] {
	const fields = row.fields.map(fieldProperty);
	if (row.output?.kind === 'rows') fields.push(outputFormatProperty());
	return row.paging?.kind === 'springPage' ? [...fields, ...returnAllAndLimit()] : fields;
}

function outputFormatProperty(): INodeProperties {
	return {
		displayName: 'Output',
		name: OUTPUT_FORMAT.name,
		type: 'options',
		options: [
			{
				name: 'Rows',
				value: OUTPUT_FORMAT.rows,
				description:
					'One item per row with plain column names and numbers as numbers, ready for Google Sheets or a database',
			},
			{
				name: "Naver's Answer",
				value: OUTPUT_FORMAT.answer,
				description: 'One item with the answer as Naver sent it',
			},
		],
		// A literal: n8n's lint reads the default from the source.
		default: 'rows',
		description: 'Whether to output tidy rows or the answer as Naver sent it',
	};
}

const isEmpty = (value: unknown) =>
	value === undefined ||
	value === null ||
	(typeof value === 'string' && value.trim() === '') ||
	(Array.isArray(value) && value.length === 0);

/** Whether the field shows for this item (its showWhen conditions hold). */
function shown(this: IExecuteFunctions, field: EndpointField, itemIndex: number): boolean {
	return Object.entries(field.showWhen ?? {}).every(([name, values]) =>
		values.includes(this.getNodeParameter(name, itemIndex, undefined) as string),
	);
}

/**
 * One field's value as Naver takes it, or undefined when it is left empty and may be. Every
 * refusal names the field as the editor shows it and comes before any request.
 */
function readField(
	this: IExecuteFunctions,
	field: EndpointField,
	itemIndex: number,
): unknown | undefined {
	const refuse = (message: string, description?: string) =>
		new NodeOperationError(this.getNode(), message, {
			itemIndex,
			...(description ? { description } : {}),
		});
	const raw = this.getNodeParameter(field.name, itemIndex, undefined, { extractValue: true });
	if (isEmpty(raw)) {
		if (field.required) {
			throw refuse(
				`${field.displayName} is empty`,
				`Naver requires ${field.displayName} for this action.`,
			);
		}
		return undefined;
	}
	const matchesPattern = (value: string, label: string) => {
		if (!new RegExp(`^(?:${field.pattern!.regex})$`).test(value)) {
			throw refuse(`${label} must be ${field.pattern!.says}, not ${JSON.stringify(value)}`);
		}
	};
	const asId = (value: unknown, label: string) => {
		const text = String(value).trim();
		if (!isNaverId(text)) {
			throw refuse(
				`${label} must be a number such as ${field.example ?? '12345'}, not ${JSON.stringify(value)}`,
			);
		}
		return text;
	};
	switch (field.kind) {
		case 'id': {
			const text = asId(raw, field.displayName);
			return field.in === 'path' ? text : Number(text);
		}
		case 'number': {
			const number = Number(raw);
			const outside =
				(field.min !== undefined && number < field.min) ||
				(field.max !== undefined && number > field.max);
			if (!Number.isInteger(number) || outside) {
				const range =
					field.min !== undefined && field.max !== undefined
						? ` from ${field.min} to ${field.max}`
						: '';
				throw refuse(
					`${field.displayName} must be a whole number${range}, not ${JSON.stringify(raw)}`,
				);
			}
			return number;
		}
		case 'boolean':
			return raw === true || raw === 'true';
		case 'options':
			return typeof raw === 'string' ? raw.trim() : raw;
		case 'text': {
			const text = typeof raw === 'string' ? raw.trim() : raw;
			if (field.pattern) matchesPattern(String(text), field.displayName);
			return text;
		}
		case 'date': {
			const day = String(raw).trim();
			const [year, month, date] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)?.slice(1).map(Number) ?? [];
			// A day that does not exist (2026-02-30) rolls over in Date.UTC: compare it back.
			const check = new Date(Date.UTC(year, month - 1, date));
			if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) {
				throw refuse(
					`${field.displayName} must be a day as yyyy-MM-dd, such as ${field.example ?? '2026-12-01'}, not ${JSON.stringify(raw)}`,
				);
			}
			return day;
		}
		case 'dateTime':
			try {
				return toNaverDateTime(raw, field.displayName);
			} catch (error) {
				// toNaverDateTime throws InvalidDateError only, which names the field and shows examples.
				throw refuse((error as Error).message);
			}
		case 'textList': {
			const entries = (Array.isArray(raw) ? raw : String(raw).split(','))
				.map((entry) => String(entry).trim())
				.filter((entry) => entry !== '');
			if (entries.length === 0) {
				if (field.required) throw refuse(`${field.displayName} is empty`);
				return undefined;
			}
			if (field.entries === 'id') {
				return entries.map((entry) => Number(asId(entry, `Each of ${field.displayName}`)));
			}
			if (field.pattern) {
				for (const entry of entries) matchesPattern(entry, `Each of ${field.displayName}`);
			}
			return entries;
		}
		case 'json':
			return parseJsonParameter(this.getNode(), itemIndex, field.displayName, raw);
	}
}

/** Every field's value, by place; all of them are checked before anything is sent. */
function readFields(this: IExecuteFunctions, row: EndpointRow, itemIndex: number): RowValues {
	const places: RowValues = { path: {}, query: {}, body: {} };
	for (const field of row.fields) {
		if (!shown.call(this, field, itemIndex)) continue;
		const value = readField.call(this, field, itemIndex);
		if (value === undefined) continue;
		const steps = (field.in === 'body' && field.at ? field.at : field.name).split('.');
		let target = places[field.in];
		for (const step of steps.slice(0, -1)) {
			if (!isObject(target[step])) target[step] = {};
			target = target[step] as IDataObject;
		}
		target[steps[steps.length - 1]] = value as IDataObject[string];
	}
	row.check?.call(this, places, itemIndex);
	return places;
}

function itemsOf(entries: IDataObject[], itemIndex: number): INodeExecutionData[] {
	return entries.map((json) => ({ json, pairedItem: { item: itemIndex } }));
}

/** An entry's nested objects as plain columns: `{ a: { b: 1 } }` → `{ a_b: 1 }`. */
function flattened(entry: IDataObject, prefix = '', into: IDataObject = {}): IDataObject {
	for (const [key, value] of Object.entries(entry)) {
		const column = prefix ? `${prefix}_${key}` : key;
		if (isObject(value)) flattened(value, column, into);
		else into[column] = value;
	}
	return into;
}

const NUMBER_TEXT = /^-?\d+(\.\d+)?$/;

/** The tidy rows of one answer (output `rows`): see EndpointOutput. */
export function tidyRows(
	output: RowsOutput,
	body: unknown,
	pathIds: IDataObject,
	query: IDataObject,
): IDataObject[] {
	const list = output.toRows
		? output.toRows(body)
		: output.field && isObject(body)
			? body[output.field]
			: body;
	const entries = Array.isArray(list) ? list.filter(isObject) : [];
	return entries.map((entry) => {
		const ownDate = (output.dateFields ?? []).some((name) => entry[name] !== undefined);
		const dates = ownDate
			? {}
			: Object.fromEntries((output.dateColumns ?? []).map((name) => [name, query[name]]));
		const columns = flattened(entry);
		for (const [column, value] of Object.entries(columns)) {
			if (typeof value === 'string' && output.numberColumns?.has(column) && NUMBER_TEXT.test(value))
				columns[column] = Number(value);
		}
		return { ...pathIds, ...dates, ...columns };
	});
}

/** The output items of one answer, as the row says. */
function outputOf(
	row: EndpointRow,
	body: unknown,
	pathIds: IDataObject,
	query: IDataObject,
	outputFormat: string,
): IDataObject[] {
	const empty = body === undefined || body === null || body === '';
	const output =
		row.output?.kind === 'rows' && outputFormat === OUTPUT_FORMAT.answer
			? { kind: 'body' as const }
			: (row.output ?? { kind: 'body' });
	switch (output.kind) {
		case 'rows':
			return tidyRows(output, body, pathIds, query);
		case 'body':
			if (empty) return [{ success: true, ...pathIds }];
			return [isObject(body) ? body : { body: body as IDataObject }];
		case 'entries': {
			const list = output.field && isObject(body) ? body[output.field] : body;
			if (Array.isArray(list)) return list.map((entry) => (isObject(entry) ? entry : { entry }));
			return isObject(list) ? [list] : [];
		}
		case 'data': {
			const data = isObject(body) ? body.data : undefined;
			return [isObject(data) ? { ...pathIds, ...data } : { ...pathIds, data: data ?? true }];
		}
	}
}

/** The operation of one row of resource `resource`. */
export function rowOperation(resource: string, row: EndpointRow): RowOperation {
	const description = updateDisplayOptions(
		{ show: { resource: [resource], operation: [row.value] } },
		rowProperties(row),
	);
	async function execute(
		this: IExecuteFunctions,
		itemIndex: number,
	): Promise<INodeExecutionData[]> {
		const { path: pathIds, query, body } = readFields.call(this, row, itemIndex);
		const path = row.path.replace(/\{(\w+)\}/g, (_, name: string) =>
			encodeURIComponent(String(pathIds[name])),
		);
		const hasBody = Object.keys(body).length > 0 || row.bodyWrapper !== undefined;
		const request = {
			method: row.method,
			path,
			...(Object.keys(query).length > 0 ? { qs: query } : {}),
			...(hasBody ? { body: row.bodyWrapper ? { [row.bodyWrapper]: body } : body } : {}),
			idempotent: !row.writes,
		};
		if (row.paging?.kind === 'springPage') {
			const { maxSize, listField } = row.paging;
			const limit = readLimit.call(this, itemIndex);
			// The smallest size Naver takes that holds the limit in one page, or the largest.
			const size = row.paging.sizes
				? (row.paging.sizes.find((allowed) => allowed >= Math.min(maxSize, limit)) ?? maxSize)
				: Math.min(maxSize, limit);
			const inBody = row.paging.in === 'body';
			const entries = await fetchNumberedPages.call(this, {
				request: (page) =>
					inBody
						? { ...request, body: { ...body, page, size } }
						: { ...request, qs: { ...query, page, size } },
				read: springPage(listField),
				limit,
				itemIndex,
			});
			return itemsOf(entries, itemIndex);
		}
		let response;
		try {
			response = await naverCommerceRequest.call(this, request, itemIndex);
		} catch (error) {
			throw row.explainFailure ? row.explainFailure(error) : error;
		}
		const outputFormat =
			row.output?.kind === 'rows'
				? (this.getNodeParameter(OUTPUT_FORMAT.name, itemIndex, OUTPUT_FORMAT.rows) as string)
				: '';
		const ids = Object.fromEntries(
			row.fields
				.filter((field) => field.in === 'path' && pathIds[field.name] !== undefined)
				.map((field) => [
					field.name,
					field.kind === 'id' ? Number(pathIds[field.name]) : pathIds[field.name],
				]),
		);
		return itemsOf(outputOf(row, response.body, ids, query, outputFormat), itemIndex);
	}
	return {
		description,
		execute,
		row,
		option: {
			name: row.name,
			value: row.value,
			description: row.description,
			action: row.action,
		},
	};
}

/** The Operation selector of a resource, its options in the order given. */
export function operationSelector(
	resource: string,
	options: INodePropertyOptions[],
	defaultOperation: string,
): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options,
		default: defaultOperation,
	};
}

/**
 * A resource made of rows alone: its operations by value and its description (the selector, then
 * each operation's fields). Rows are written in the order of their names, the selector's order.
 */
export function rowsResource(
	resource: string,
	rows: EndpointRow[],
	defaultOperation: string,
): { operations: Record<string, RowOperation>; description: INodeProperties[] } {
	const operations = Object.fromEntries(
		rows.map((row) => [row.value, rowOperation(resource, row)]),
	);
	return {
		operations,
		description: [
			operationSelector(
				resource,
				Object.values(operations).map((operation) => operation.option),
				defaultOperation,
			),
			...Object.values(operations).flatMap((operation) => operation.description),
		],
	};
}

/** Every row of a resource's operations (for tests that hold rows to Naver's reference). */
export function rowsOf(operations: Record<string, OperationModule>): EndpointRow[] {
	return Object.values(operations)
		.filter((operation): operation is RowOperation => 'row' in operation)
		.map((operation) => operation.row);
}
