import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { formatNaverDateTime, toNaverDateTime } from '../../helpers/naverDate';
import { DISCOUNT_UNIT_OPTIONS } from '../../options/discountUnits';
import { naverDateParameter } from './shared';

/**
 * What the product writes read from the user, one way for all of them (Update Option Stock and
 * Price, Update Many, Bulk Update), checked before any request: whole numbers in Naver's ranges,
 * the immediate discount (즉시 할인, immediateDiscountPolicy.discountMethod) and the dates Naver
 * schedules on fixed minutes.
 */

/** originProduct.stockQuantity: "<= 99999999" (v2 origin-products PUT, change-status PUT). */
export const MAX_STOCK = 99_999_999;

/** originProduct.salePrice: "<= 999999990" (v2 origin-products PUT). */
export const MAX_PRICE = 999_999_990;

/** A whole number in a range, from a number or text; empty is undefined (not given). */
export function wholeNumber(
	this: IExecuteFunctions,
	value: unknown,
	label: string,
	range: { min: number; max: number },
	itemIndex: number,
): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const number = typeof value === 'string' ? Number(value.trim()) : value;
	if (
		typeof number !== 'number' ||
		!Number.isInteger(number) ||
		number < range.min ||
		number > range.max
	) {
		throw new NodeOperationError(
			this.getNode(),
			`${label} must be a whole number from ${range.min} to ${range.max}, not ${JSON.stringify(value)}`,
			{ itemIndex },
		);
	}
	return number;
}

/** discountMethod.value: 1 to 10,000,000 (option-stock.PUT.md, multi-update.PATCH.md, bulk-update.PUT.md). */
export const MAX_DISCOUNT_VALUE = 10_000_000;

export interface DiscountMethod extends IDataObject {
	value: number;
	unitType: string;
	startDate?: string;
	endDate?: string;
}

/** Which minutes of the hour Naver takes for one kind of scheduled date, as its pages say. */
export interface MinuteRule {
	allows(minute: number): boolean;
	/** For the message: "a minute ending in 0". */
	says: string;
	/** For the description: Naver's rule in one sentence. */
	why: string;
}

const DISCOUNT_RULE = 'Naver starts discounts at :00, :10, … and ends them at :09, :19, ….';

/** "매 시각 00, 10, 20, 30, 40, 50분으로만 설정 가능합니다" (discountMethod.startDate). */
export const DISCOUNT_START: MinuteRule = {
	allows: (minute) => minute % 10 === 0,
	says: 'a minute ending in 0',
	why: DISCOUNT_RULE,
};

/** "매 시각 09, 19, 29, 39, 49, 59분으로만 설정 가능합니다" (discountMethod.endDate). */
export const DISCOUNT_END: MinuteRule = {
	allows: (minute) => minute % 10 === 9,
	says: 'a minute ending in 9',
	why: DISCOUNT_RULE,
};

const SALE_PERIOD_RULE = 'Naver starts sale periods on the hour (:00) and ends them at :59.';

/** "매 시각 00분으로만 설정 가능합니다" (productSalePeriod.saleStartDate, originProduct.saleStartDate). */
export const SALE_START: MinuteRule = {
	allows: (minute) => minute === 0,
	says: 'the full hour (minute 00)',
	why: SALE_PERIOD_RULE,
};

/** "매 시각 59분으로만 설정 가능합니다" (productSalePeriod.saleEndDate, originProduct.saleEndDate). */
export const SALE_END: MinuteRule = {
	allows: (minute) => minute === 59,
	says: 'minute 59',
	why: SALE_PERIOD_RULE,
};

/**
 * A date-time parameter as Naver takes it (KST, `yyyy-MM-dd'T'HH:mm:ss.SSS+09:00`), refused before
 * any request unless it falls on a minute `rule` allows, with no seconds. Korea's offset is whole
 * hours, so the minute is the same in UTC and KST.
 */
export function scheduledDateTime(
	this: IExecuteFunctions,
	raw: unknown,
	label: string,
	rule: MinuteRule,
	itemIndex: number,
): string {
	const ms = Date.parse(naverDateParameter.call(this, toNaverDateTime, raw, label, itemIndex));
	const at = new Date(ms);
	if (!rule.allows(at.getUTCMinutes()) || at.getUTCSeconds() !== 0 || ms % 1000 !== 0) {
		throw new NodeOperationError(
			this.getNode(),
			`${label} must fall on ${rule.says} with no seconds, not ${formatNaverDateTime(ms)}`,
			{ itemIndex, description: rule.why },
		);
	}
	return formatNaverDateTime(ms);
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * A start and an end of `scheduledDateTime`, each optional; when both are given the end must come
 * after the start.
 */
export function scheduledPeriod(
	this: IExecuteFunctions,
	period: { start: unknown; end: unknown },
	labels: { start: string; end: string },
	rules: { start: MinuteRule; end: MinuteRule },
	itemIndex: number,
): { start?: string; end?: string } {
	const start = isEmpty(period.start)
		? undefined
		: scheduledDateTime.call(this, period.start, labels.start, rules.start, itemIndex);
	const end = isEmpty(period.end)
		? undefined
		: scheduledDateTime.call(this, period.end, labels.end, rules.end, itemIndex);
	if (start && end && Date.parse(end) <= Date.parse(start)) {
		throw new NodeOperationError(
			this.getNode(),
			`${labels.end} (${end}) must come after ${labels.start} (${start})`,
			{ itemIndex },
		);
	}
	return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

/**
 * A new immediate discount from the user's fields (value, unit, optional start and end), checked
 * as the pages document it: a value from 1 to 10,000,000 in won or percent, at most 100 %, starting
 * on :00, :10, … and ending on :09, :19, ….
 */
export function readDiscount(
	this: IExecuteFunctions,
	fields: { value: unknown; unit?: unknown; start?: unknown; end?: unknown },
	itemIndex: number,
): DiscountMethod {
	const node = this.getNode();
	const value = typeof fields.value === 'string' ? Number(fields.value.trim()) : fields.value;
	if (
		typeof value !== 'number' ||
		!Number.isFinite(value) ||
		value < 1 ||
		value > MAX_DISCOUNT_VALUE
	) {
		throw new NodeOperationError(
			node,
			`Discount Value must be from 1 to ${MAX_DISCOUNT_VALUE}, not ${JSON.stringify(fields.value ?? null)}`,
			{ itemIndex },
		);
	}
	const unitType = isEmpty(fields.unit) ? 'WON' : String(fields.unit);
	if (!DISCOUNT_UNIT_OPTIONS.some((option) => option.value === unitType)) {
		throw new NodeOperationError(
			node,
			`Discount Unit must be WON or PERCENT, not ${JSON.stringify(fields.unit)}`,
			{ itemIndex },
		);
	}
	if (unitType === 'PERCENT' && value > 100) {
		throw new NodeOperationError(node, `A discount of ${value} % is more than the price`, {
			itemIndex,
			description: 'Use a percentage up to 100, or the unit Won for an amount.',
		});
	}
	const { start, end } = scheduledPeriod.call(
		this,
		{ start: fields.start, end: fields.end },
		{ start: 'Discount Start', end: 'Discount End' },
		{ start: DISCOUNT_START, end: DISCOUNT_END },
		itemIndex,
	);
	return {
		value,
		unitType,
		...(start ? { startDate: start } : {}),
		...(end ? { endDate: end } : {}),
	};
}
