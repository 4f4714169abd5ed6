/**
 * How many independent reads (details of 300 product orders each, …) one operation keeps in
 * flight. Round trips overlap; Naver's bucket is still respected, since every request waits for its
 * token in the transport's pacing (transport/pacing.ts). Writes never go through here: they are
 * sent one after another, in order, and never repeated.
 */
export const READ_CONCURRENCY = 4;

/**
 * `work` for every entry, at most `limit` at a time, results in the entries' order. When one
 * fails, no further entry is started; once those in flight have ended, the failure of the earliest
 * entry is thrown, as a one-at-a-time loop would have.
 */
export async function mapInOrder<T, R>(
	entries: readonly T[],
	limit: number,
	work: (entry: T, index: number) => Promise<R>,
): Promise<R[]> {
	const results: R[] = new Array<R>(entries.length);
	const failures = new Map<number, unknown>();
	let next = 0;
	const lane = async (): Promise<void> => {
		while (next < entries.length && failures.size === 0) {
			const index = next++;
			try {
				results[index] = await work(entries[index], index);
			} catch (error) {
				failures.set(index, error);
			}
		}
	};
	await Promise.all(
		Array.from({ length: Math.max(1, Math.min(limit, entries.length)) }, async () => await lane()),
	);
	if (failures.size > 0) {
		const earliest = Math.min(...failures.keys());
		throw failures.get(earliest);
	}
	return results;
}
