import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

/**
 * Naver limits each application per API with a token bucket (restriction.md, 요청량 제한: "API별",
 * per authenticated application): `GNCP-GW-RateLimit-Replenish-Rate` requests a second refill it,
 * it holds `GNCP-GW-RateLimit-Burst-Capacity` (twice the rate), and every answer says how many are
 * left in `GNCP-GW-RateLimit-Remaining`. Naver publishes no numbers: they are read from the answers.
 *
 * This module keeps a copy of that bucket per application and API, in this n8n process, and spaces
 * the requests of one API so that a long job stays inside it instead of provoking 429s: a request
 * is sent at once while the copy holds tokens, else when it would hold one again. Requests of other
 * APIs or other applications are never delayed. The first request of an API goes alone, since only
 * its answer tells the bucket's size (if it gets none, the others go on without); an API whose
 * answers carry no rate headers is not paced.
 *
 * Other processes may draw on the same bucket (n8n's queue-mode workers, several n8n instances,
 * another tool of the application). No process sees the others, but every answer's Remaining is
 * Naver's own count: the copy is lowered to it, and what Naver counted beyond this process's own
 * requests is the others' draw. Its rate (an average over recent answers) is taken off the refill
 * of this process's copy, so that processes that all do this settle on shares of the bucket that
 * add up to its rate, without a shared store. Waits are jittered so that processes do not take
 * turns in lockstep. A 429 still waits in the transport, as its headers say.
 */

/**
 * Tokens left untouched in the copy, so that requests arriving at Naver a little closer together
 * than they were sent (network jitter) still find one.
 */
const RESERVE_TOKENS = 1;

/** A bound on the buckets kept, for a process that sees many credentials and APIs. */
const MAX_BUCKETS = 1_000;

interface Bucket {
	/** Requests per second, once an answer said; undefined before. */
	rate?: number;
	capacity: number;
	/** Tokens in the copy at `updatedMs`; negative while admitted requests wait for theirs. */
	tokens: number;
	updatedMs: number;
	/** The answers of this API carry no rate headers: not paced. */
	unpaced: boolean;
	/** The first request, whose answer tells the bucket's size; the others wait for it. */
	probe?: Promise<void>;
	/**
	 * The first request ended without an answer (a lost connection, a refused token): the others
	 * go without waiting for another first one, so that such failures are not met one at a time.
	 */
	probed: boolean;
	endProbe?: () => void;
	/** Requests admitted so far: how many were sent after a given one. */
	admitted: number;
	/** Requests a second that others draw on the same bucket, as Naver's answers show. */
	foreignRate: number;
	/** Tokens others took since `foreignSinceMs`, not yet averaged into `foreignRate`. */
	foreignTokens: number;
	foreignSinceMs: number;
	/** Naver's count (as estimated) at the last answer with rate headers, when, and this process's
	 * requests admitted by then. */
	lastEstimate?: number;
	lastEstimateMs: number;
	lastAdmitted: number;
}

/** One admitted request, handed back with its answer's headers to `settle`. */
export interface PacingTicket {
	key: string;
	sequence: number;
	sentAtMs: number;
	probe: boolean;
}

const buckets = new Map<string, Bucket>();

/** The clock pacing reads; tests may replace it. */
export const pacingClock = { now: (): number => Date.now() };

/** Forgets every bucket (tests; a fresh process starts empty anyway). */
export function clearPacing(): void {
	buckets.clear();
}

/**
 * The API a path belongs to, as Naver buckets them: the method and the path with its parameters
 * blanked. Naver's literal segments are lower-case words joined by hyphens (`product-orders`,
 * `origin-products`) or a version (`v1`); anything else (a product order ID, a product number, a
 * notice type such as `WEAR`) is a parameter, so `…/orders/2024…/product-order-ids` for any order is
 * one API.
 */
export function apiOf(method: string, path: string): string {
	const segments = path
		.split(/[?#]/)[0]
		.split('/')
		.map((segment) =>
			/^(v\d+|[a-z]+(-[a-z]+)*)$/.test(segment) || segment === '' ? segment : '{}',
		);
	return `${method.toUpperCase()} ${segments.join('/')}`;
}

/** The bucket key: the application (credentials/naverCommerceFingerprint.ts), and the API. */
export function pacingKey(applicationFingerprint: string, method: string, path: string): string {
	return `${applicationFingerprint}|${apiOf(method, path)}`;
}

/** How long the others' draw is summed before it is averaged in: long enough to smooth jitter. */
const FOREIGN_WINDOW_MS = 500;
/** The weight of the newest window in the average of the others' draw. */
const FOREIGN_WEIGHT = 0.5;
/** The share of the rate this process keeps however much others draw, so it is never starved. */
const MIN_SHARE = 1 / 32;

function bucketOf(key: string): Bucket {
	let bucket = buckets.get(key);
	if (!bucket) {
		if (buckets.size >= MAX_BUCKETS) {
			const oldest = buckets.keys().next().value;
			if (oldest !== undefined) buckets.delete(oldest);
		}
		bucket = {
			capacity: 0,
			tokens: 0,
			updatedMs: pacingClock.now(),
			unpaced: false,
			probed: false,
			admitted: 0,
			foreignRate: 0,
			foreignTokens: 0,
			foreignSinceMs: pacingClock.now(),
			lastEstimateMs: 0,
			lastAdmitted: 0,
		};
		buckets.set(key, bucket);
	}
	return bucket;
}

/** The rate this process may draw: Naver's, less what the others have been drawing. */
function ownRate(bucket: Bucket): number {
	const rate = bucket.rate ?? 0;
	return Math.max(rate * MIN_SHARE, rate - bucket.foreignRate);
}

function refill(bucket: Bucket, nowMs: number): void {
	if (bucket.rate === undefined) return;
	const tokens = bucket.tokens + ((nowMs - bucket.updatedMs) / 1000) * ownRate(bucket);
	bucket.tokens = Math.min(bucket.capacity, tokens);
	bucket.updatedMs = nowMs;
}

/** Waits until a request to this API may be sent, and takes its token. */
export async function admit(key: string): Promise<PacingTicket> {
	for (;;) {
		const bucket = bucketOf(key);
		if (bucket.rate === undefined) {
			if (bucket.unpaced || bucket.probed) return ticket(key, bucket, false);
			if (bucket.probe) {
				await bucket.probe;
				continue;
			}
			bucket.probe = new Promise<void>((resolve) => (bucket.endProbe = resolve));
			return ticket(key, bucket, true);
		}
		const now = pacingClock.now();
		refill(bucket, now);
		const before = bucket.tokens;
		bucket.tokens -= 1;
		const shortBy = 1 + RESERVE_TOKENS - before;
		// Each waiting request has taken its token already, so the next one waits behind it. The
		// jitter (up to a tenth of a token's time) keeps processes sharing the bucket out of step.
		if (shortBy > 0) {
			const tokenMs = 1000 / ownRate(bucket);
			await sleep(Math.ceil(shortBy * tokenMs + Math.random() * tokenMs * 0.1));
		}
		return ticket(key, bucket, false);
	}
}

function ticket(key: string, bucket: Bucket, probe: boolean): PacingTicket {
	bucket.admitted += 1;
	return { key, sequence: bucket.admitted, sentAtMs: pacingClock.now(), probe };
}

function headerNumber(headers: IDataObject | undefined, name: string): number | undefined {
	const value = headers?.[name];
	const number = Number(Array.isArray(value) ? value[0] : value);
	return value === undefined || value === null || value === '' || !Number.isFinite(number)
		? undefined
		: number;
}

/**
 * Reads an answer's rate headers into the copy. `headers` are lower-cased; `status` is undefined
 * when no answer came (a lost connection), which teaches nothing.
 */
export function settle(
	admitted: PacingTicket,
	status: number | undefined,
	headers: IDataObject | undefined,
): void {
	const bucket = bucketOf(admitted.key);
	if (admitted.probe) {
		bucket.probed = true;
		bucket.probe = undefined;
		bucket.endProbe?.();
		bucket.endProbe = undefined;
	}
	if (status === undefined) return;
	const rate = headerNumber(headers, 'gncp-gw-ratelimit-replenish-rate');
	const remaining = headerNumber(headers, 'gncp-gw-ratelimit-remaining');
	if (rate === undefined || rate <= 0 || remaining === undefined) {
		// A success without rate headers: this API is not limited (or not said to be). Errors
		// without them (a 401 before the gateway counts, a proxy's page) say nothing either way.
		if (status >= 200 && status < 300) {
			bucket.rate = undefined;
			bucket.unpaced = true;
		}
		return;
	}
	const capacity = headerNumber(headers, 'gncp-gw-ratelimit-burst-capacity');
	const now = pacingClock.now();
	// Naver's count when it answered, moved to now: half the round trip's refill (it answered
	// somewhere in between), less the requests admitted after this one (Naver may not have had them).
	const sentAfter = bucket.admitted - admitted.sequence;
	const estimate = remaining + (((now - admitted.sentAtMs) / 1000) * rate) / 2 - sentAfter;
	const known = bucket.rate !== undefined;
	bucket.rate = rate;
	bucket.capacity = capacity !== undefined && capacity > 0 ? capacity : rate * 2;
	bucket.unpaced = false;
	// What the others took since the last answer: Naver's count then, refilled at the full rate up
	// to the bucket's size, less this process's requests since, against its count now. A full
	// bucket (the others idle) shows none; a count below it shows theirs.
	if (bucket.lastEstimate !== undefined) {
		const expected =
			Math.min(
				bucket.capacity,
				bucket.lastEstimate + ((now - bucket.lastEstimateMs) / 1000) * rate,
			) -
			(bucket.admitted - bucket.lastAdmitted);
		bucket.foreignTokens += Math.max(0, expected - estimate);
	}
	bucket.lastEstimate = estimate;
	bucket.lastEstimateMs = now;
	bucket.lastAdmitted = bucket.admitted;
	if (!known) {
		bucket.tokens = Math.min(bucket.capacity, estimate);
		bucket.updatedMs = now;
		return;
	}
	refill(bucket, now);
	// Only ever lowered: Naver having fewer tokens than the copy means someone else drew on the
	// same bucket. More means nothing: the copy refills by itself (requests waiting for their turn
	// have taken their tokens from it already).
	if (estimate < bucket.tokens - 1) bucket.tokens = estimate;
	// The others' rate: their draw averaged over windows of FOREIGN_WINDOW_MS, so that one burst
	// (a 429, a job's first requests) weighs less and an idle spell brings the share back.
	const windowMs = now - bucket.foreignSinceMs;
	if (windowMs >= FOREIGN_WINDOW_MS) {
		const sample = (bucket.foreignTokens / windowMs) * 1000;
		bucket.foreignRate = Math.min(
			rate,
			FOREIGN_WEIGHT * sample + (1 - FOREIGN_WEIGHT) * bucket.foreignRate,
		);
		bucket.foreignTokens = 0;
		bucket.foreignSinceMs = now;
	}
}
