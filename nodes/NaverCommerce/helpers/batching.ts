/** Splits a list into consecutive chunks of at most `size` elements, in order. */
export function chunk<T>(list: readonly T[], size: number): T[][] {
	if (!Number.isInteger(size) || size < 1) {
		throw new RangeError(`A chunk size must be a whole number from 1, not ${size}`);
	}
	const chunks: T[][] = [];
	for (let start = 0; start < list.length; start += size)
		chunks.push(list.slice(start, start + size));
	return chunks;
}

/**
 * Reads a list of IDs from a parameter that may hold an array, a number, or text with IDs
 * separated by commas, spaces or new lines. Duplicates are kept out, order is kept.
 */
export function parseIdList(value: unknown): string[] {
	const raw = Array.isArray(value) ? value : [value];
	const ids = raw
		.flatMap((entry) => (typeof entry === 'string' ? entry.split(/[\s,]+/) : [entry]))
		.filter((entry) => entry !== undefined && entry !== null && String(entry).trim() !== '')
		.map((entry) => String(entry).trim());
	return [...new Set(ids)];
}
