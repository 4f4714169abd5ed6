import type { IHttpRequestHelper } from 'n8n-workflow';

import { requestAccessToken, type IssuedToken } from './naverCommerceAuth';
import {
	credentialFingerprint,
	type NaverCommerceCredentialFields,
} from './naverCommerceFingerprint';
import { isNaverCommerceTokenError, NaverCommerceTokenError } from './naverCommerceShared';

/**
 * n8n asks the credential for a token whenever an execution finds the stored one empty or gets a
 * 401, and has no lock around it: 50 executions that start at once on an empty token cache would
 * each sign and send a token request, and so would every execution that loaded the credential
 * before the first new token reached n8n's database. n8n loads the credential class once per
 * process, so this module's state is per process: one token request at a time per credential
 * values (their fingerprint; never shared across different values), and the token it brought back
 * handed, for a minute, to the executions of this process that ask without holding it.
 */

/**
 * How long a token this process received is handed to executions that ask without holding it:
 * long enough for the executions that loaded the credential before n8n stored the token, short
 * enough that n8n's own store stays the place tokens live (and that a credential saved anew and
 * tested is proven with a fresh request). Never past the point where Naver would hand out a new
 * token instead (30 minutes before the three hours are up).
 */
const REUSE_MS = 60 * 1000;
const NAVER_REUSE_THRESHOLD_MS = 30 * 60 * 1000;

/** A bound on the entries kept, for a process that sees many credentials come and go. */
const MAX_ENTRIES = 500;

interface TokenEntry {
	/** The token request in flight, shared by every execution that asks meanwhile. */
	pending?: Promise<IssuedToken>;
	accessToken?: string;
	reusableUntilMs?: number;
}

const entries = new Map<string, TokenEntry>();

/** Forgets every token and request of this process (tests; a fresh process starts empty anyway). */
export function clearTokenCache(): void {
	entries.clear();
}

/**
 * The access token for these credential values. Asks Naver only when no request is in flight for
 * the same values and the token this process last received is missing, more than a minute old,
 * or the very token the caller holds (the caller is here because Naver refused it with 401, or
 * because the Test button must prove the values with a fresh request). A request that fails is not
 * kept: the next caller asks again; every caller that waited for it gets its own error.
 */
export async function sharedAccessToken(
	this: IHttpRequestHelper,
	credentials: NaverCommerceCredentialFields & { accessToken?: unknown; accessTokenFor?: unknown },
	now: () => number = Date.now,
): Promise<string> {
	const key = credentialFingerprint(credentials);
	const held =
		credentials.accessTokenFor === key && typeof credentials.accessToken === 'string'
			? credentials.accessToken
			: '';
	const entry = entries.get(key);
	if (entry?.pending) {
		try {
			return (await entry.pending).accessToken;
		} catch (error) {
			throw ownCopy(error);
		}
	}
	if (
		entry?.accessToken !== undefined &&
		entry.accessToken !== held &&
		now() < (entry.reusableUntilMs ?? 0)
	) {
		return entry.accessToken;
	}

	const pending = requestAccessToken.call(this, credentials, now);
	const asking: TokenEntry = { pending };
	// Registered before anyone awaits the request, so the entry is updated before they go on.
	pending.then(
		(issued) => {
			if (entries.get(key) !== asking) return;
			entries.set(key, {
				accessToken: issued.accessToken,
				reusableUntilMs:
					now() +
					(issued.expiresIn === undefined
						? REUSE_MS
						: Math.min(REUSE_MS, issued.expiresIn * 1000 - NAVER_REUSE_THRESHOLD_MS)),
			});
		},
		// Not kept: the next caller asks again.
		() => {
			if (entries.get(key) === asking) entries.delete(key);
		},
	);
	prune(now());
	entries.set(key, asking);
	return (await pending).accessToken;
}

function prune(nowMs: number): void {
	for (const [key, entry] of entries) {
		if (!entry.pending && (entry.reusableUntilMs ?? 0) <= nowMs) entries.delete(key);
	}
	while (entries.size >= MAX_ENTRIES) {
		const oldest = entries.keys().next().value;
		if (oldest === undefined) break;
		entries.delete(oldest);
	}
}

/**
 * The same failure for another execution, as a new error: n8n wraps and annotates the error an
 * execution throws, and one execution's annotations must not show up in another's.
 */
function ownCopy(error: unknown): unknown {
	if (!isNaverCommerceTokenError(error)) return error;
	return new NaverCommerceTokenError(error.message, {
		description: error.description,
		naverCode: error.naverCode,
		httpStatus: error.httpStatus,
		traceId: error.traceId,
	});
}
