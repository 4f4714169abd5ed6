import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { formatNaverDate, formatNaverDateTime, toEpochMs } from './naverDate';

/**
 * How each recurring kind of parameter is read, in one place: Return All / Limit, required text,
 * Naver's numeric IDs, periods and the answer-status filter. Every error names the parameter as the editor
 * shows it and is raised before any request.
 */

/** Return All / Limit: how many results to return, Infinity for all. */
export function readLimit(this: IExecuteFunctions, itemIndex: number): number {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	return returnAll ? Infinity : (this.getNodeParameter('limit', itemIndex, 50) as number);
}

/** Text the user must give; an expression that resolves to nothing is caught here. */
export function requiredText(
	this: IExecuteFunctions,
	parameterName: string,
	label: string,
	itemIndex: number,
	options: { trim?: boolean } = {},
): string {
	const raw = String(this.getNodeParameter(parameterName, itemIndex, '') ?? '');
	if (raw.trim() === '') {
		throw new NodeOperationError(this.getNode(), `${label} is empty`, {
			itemIndex,
			description: `Naver requires ${label.toLowerCase()} for this action.`,
		});
	}
	return options.trim === false ? raw : raw.trim();
}

// Naver's IDs (product orders, orders, products, inquiries, questions) are digits. Checking that
// keeps a mapped field with something else in it from becoming part of a request path.
const NAVER_ID = /^\d{1,30}$/;

export function isNaverId(value: string): boolean {
	return NAVER_ID.test(value);
}

/**
 * A Naver ID parameter as digits, from text, a number, or a resource locator ("From List" or "By
 * ID"). The IDs are 64-bit, so they are kept as text, never made numbers.
 */
export function naverIdParameter(
	this: IExecuteFunctions,
	parameterName: string,
	label: string,
	itemIndex: number,
	example: string,
): string {
	const value = String(
		this.getNodeParameter(parameterName, itemIndex, '', { extractValue: true }) ?? '',
	).trim();
	if (!isNaverId(value)) {
		throw new NodeOperationError(
			this.getNode(),
			`${label} must be a number such as ${example}, not ${JSON.stringify(value)}`,
			{ itemIndex },
		);
	}
	return value;
}

/** The "Answer Status" filter (all, answered, unanswered) as Naver's `answered` query value. */
export function readAnsweredFilter(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const answerStatus = this.getNodeParameter('answerStatus', itemIndex, 'all') as string;
	return answerStatus === 'all' ? {} : { answered: String(answerStatus === 'answered') };
}

interface PeriodEnd {
	name: string;
	label: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A period of two date-time parameters, in epoch milliseconds. With `openEnd`, an empty end means
 * now (the start is always required).
 */
export function readDateTimePeriod(
	this: IExecuteFunctions,
	itemIndex: number,
	from: PeriodEnd,
	to: PeriodEnd,
	options: { openEnd?: boolean } = {},
): { fromMs: number; toMs: number } {
	let fromMs: number;
	let toMs: number;
	try {
		fromMs = toEpochMs(this.getNodeParameter(from.name, itemIndex), from.label);
		const toValue = this.getNodeParameter(to.name, itemIndex, '');
		toMs =
			options.openEnd && (toValue === '' || toValue === null)
				? Date.now()
				: toEpochMs(toValue, to.label);
	} catch (error) {
		throw new NodeOperationError(this.getNode(), error as Error, { itemIndex });
	}
	assertPeriodOrder.call(
		this,
		itemIndex,
		{ label: from.label, at: fromMs, shown: formatNaverDateTime(fromMs) },
		{ label: to.label, at: toMs, shown: formatNaverDateTime(toMs) },
	);
	return { fromMs, toMs };
}

/**
 * A period of two KST days (`yyyy-MM-dd`), both included, with its length in days counting both:
 * 2026-01-01 to 2026-12-31 is 365 days.
 */
export function readDatePeriod(
	this: IExecuteFunctions,
	itemIndex: number,
	start: PeriodEnd,
	end: PeriodEnd,
): { startDate: string; endDate: string; days: number } {
	let startMs: number;
	let endMs: number;
	try {
		startMs = toEpochMs(this.getNodeParameter(start.name, itemIndex), start.label);
		endMs = toEpochMs(this.getNodeParameter(end.name, itemIndex), end.label);
	} catch (error) {
		throw new NodeOperationError(this.getNode(), error as Error, { itemIndex });
	}
	const startDate = formatNaverDate(startMs);
	const endDate = formatNaverDate(endMs);
	assertPeriodOrder.call(
		this,
		itemIndex,
		{ label: start.label, at: startDate, shown: startDate },
		{ label: end.label, at: endDate, shown: endDate },
	);
	const days =
		(Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / DAY_MS + 1;
	return { startDate, endDate, days };
}

/**
 * Refuses a period that ends before it starts. `shown` is each end as the message shows it (a
 * KST date or date-time), `at` what is compared.
 */
function assertPeriodOrder(
	this: IExecuteFunctions,
	itemIndex: number,
	start: { label: string; at: number | string; shown: string },
	end: { label: string; at: number | string; shown: string },
): void {
	if (start.at > end.at) {
		throw new NodeOperationError(
			this.getNode(),
			`${start.label} (${start.shown}) is after ${end.label} (${end.shown})`,
			{ itemIndex },
		);
	}
}
