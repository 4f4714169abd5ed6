/** The longest period Naver's date-range APIs answer in one request (104139 beyond it). */
const DAY_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface DayWindow {
	fromMs: number;
	toMs: number;
}

/**
 * Cuts [fromMs, toMs] into consecutive windows of at most 24 hours, for any API that limits a
 * request to one day (the change feed, the conditional product-order search). Both ends of a Naver
 * window are inclusive, so each window after the first starts 1 ms after the previous one ends: no
 * moment is asked for twice and none falls between two windows.
 */
export function splitIntoDayWindows(fromMs: number, toMs: number): DayWindow[] {
	const windows: DayWindow[] = [];
	for (let start = fromMs; start <= toMs; start += DAY_WINDOW_MS) {
		windows.push({ fromMs: start, toMs: Math.min(toMs, start + DAY_WINDOW_MS - 1) });
	}
	return windows;
}
