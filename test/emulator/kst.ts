// Naver's date formats: `yyyy-MM-dd'T'HH:mm:ss.SSS+09:00` for date-times, read and written in KST.

const KST_OFFSET_MS = 9 * 60 * 60 * 1000;

const NAVER_DATE_TIME =
	/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})(Z|[+-]\d{2}:\d{2})$/;

export function formatKst(ms: number): string {
	const shifted = new Date(ms + KST_OFFSET_MS).toISOString(); // 2024-01-01T09:00:00.000Z
	return `${shifted.slice(0, 23)}+09:00`;
}

/** Parses a request date-time in Naver's exact format; undefined when it does not match. */
export function parseNaverDateTime(value: string | undefined): number | undefined {
	if (value === undefined || !NAVER_DATE_TIME.test(value)) return undefined;
	const ms = Date.parse(value);
	return Number.isFinite(ms) ? ms : undefined;
}
