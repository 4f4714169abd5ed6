/**
 * Naver wants date-times as `yyyy-MM-dd'T'HH:mm:ss.SSS+09:00` and dates as `yyyy-MM-dd`, both in
 * KST. Korea has no daylight saving time, so a fixed +09:00 offset is exact.
 */

const KST_OFFSET_MS = 9 * 60 * 60 * 1000;

export class InvalidDateError extends Error {
	constructor(parameterName: string, value: unknown) {
		super(
			`${parameterName} is not a valid date: ${JSON.stringify(value)}. Use an ISO date such as 2024-01-31T09:00:00+09:00 or an expression like {{ $now.minus(1, 'day') }}.`,
		);
		this.name = 'InvalidDateError';
	}
}

/**
 * Milliseconds since the epoch for what n8n hands a node as a date: an ISO string (any zone; no
 * zone means KST, as Naver reads it), a Luxon DateTime, a JavaScript Date, or epoch milliseconds.
 */
export function toEpochMs(value: unknown, parameterName: string): number {
	let ms = NaN;
	if (typeof value === 'number') {
		ms = value;
	} else if (value instanceof Date) {
		ms = value.getTime();
	} else if (
		value &&
		typeof value === 'object' &&
		typeof (value as { toMillis?: unknown }).toMillis === 'function'
	) {
		ms = (value as { toMillis(): number }).toMillis();
	} else if (typeof value === 'string' && value.trim() !== '') {
		const text = value.trim();
		const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
		const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(text);
		ms = Date.parse(dateOnly ? `${text}T00:00:00+09:00` : hasZone ? text : `${text}+09:00`);
		// Date.parse rolls a day that does not exist (2024-02-30) over into the next month; a typo
		// must not silently become another day.
		const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
		if (day) {
			const [year, month, date] = day.slice(1).map(Number);
			const check = new Date(Date.UTC(year, month - 1, date));
			if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) ms = NaN;
		}
	}
	if (!Number.isFinite(ms)) throw new InvalidDateError(parameterName, value);
	return ms;
}

/** `yyyy-MM-dd'T'HH:mm:ss.SSS+09:00` */
export function formatNaverDateTime(ms: number): string {
	return `${new Date(ms + KST_OFFSET_MS).toISOString().slice(0, 23)}+09:00`;
}

/** `yyyy-MM-dd` in KST */
export function formatNaverDate(ms: number): string {
	return new Date(ms + KST_OFFSET_MS).toISOString().slice(0, 10);
}

export function toNaverDateTime(value: unknown, parameterName: string): string {
	return formatNaverDateTime(toEpochMs(value, parameterName));
}

export function toNaverDate(value: unknown, parameterName: string): string {
	return formatNaverDate(toEpochMs(value, parameterName));
}
