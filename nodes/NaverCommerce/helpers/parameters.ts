import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * How each recurring kind of parameter is read, in one place: Return All / Limit, required text,
 * Naver's numeric IDs and the order of a period. Every error names the parameter as the editor
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

/**
 * Refuses a period that ends before it starts. `shown` is each end as the message shows it (a
 * KST date or date-time), `at` what is compared.
 */
export function assertPeriodOrder(
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
