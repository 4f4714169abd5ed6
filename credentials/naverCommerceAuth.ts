import { hashSync } from 'bcryptjs';
import type { IDataObject, IHttpRequestHelper, IN8nHttpFullResponse } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import {
	describeTransportFailure,
	headerValue,
	NaverCommerceTokenError,
	normalizeBaseUrl,
	parseNaverErrorBody,
	traceIdOf,
	type NaverErrorBody,
} from './naverCommerceShared';
import {
	credentialFingerprint,
	type NaverCommerceCredentialFields,
} from './naverCommerceFingerprint';

export { credentialFingerprint, type NaverCommerceCredentialFields };

// Naver documents the timestamp as valid for five minutes and rejects one from the future, so we sign
// with a timestamp a few seconds in the past, as Naver's own samples do.
const CLOCK_SAFETY_MARGIN_MS = 3_000;

/**
 * Waits before the second and third token request after a 429, a 5xx or a lost connection. Asking
 * again is harmless: Naver hands back the same token while it has 30 minutes or more to live, and
 * several n8n processes (queue-mode workers) on an empty token cache may ask at once.
 */
export const TOKEN_RETRY = { delaysMs: [500, 1_500] };

const RETRYABLE_TOKEN_STATUSES = new Set([429, 500, 502, 503, 504]);

// `$2a$`/`$2b$`/`$2y$`, a two-digit cost from 04 to 31, then 22 characters of bcrypt's base64 alphabet.
const BCRYPT_SALT = /^\$2[aby]\$(0[4-9]|[12]\d|3[01])\$[./A-Za-z0-9]{22}$/;

export type TokenType = 'SELF' | 'SELLER';

export function isBcryptSalt(value: string): boolean {
	return BCRYPT_SALT.test(value);
}

/** Naver's `client_secret_sign`: standard base64 of bcrypt(`${clientId}_${timestamp}`, salt = secret). */
export function signClientSecret(
	clientId: string,
	clientSecret: string,
	timestamp: number,
): string {
	const hashed = hashSync(`${clientId}_${timestamp}`, clientSecret);
	return Buffer.from(hashed, 'utf-8').toString('base64');
}

/** Reads and checks the credential fields; every problem is named before any network call. */
export function readTokenRequestFields(credentials: NaverCommerceCredentialFields): {
	clientId: string;
	clientSecret: string;
	type: TokenType;
	accountId?: string;
	baseUrl: string;
} {
	const clientId = typeof credentials.clientId === 'string' ? credentials.clientId.trim() : '';
	const clientSecret =
		typeof credentials.clientSecret === 'string' ? credentials.clientSecret.trim() : '';
	const type: TokenType = credentials.type === 'SELLER' ? 'SELLER' : 'SELF';
	const accountId = typeof credentials.accountId === 'string' ? credentials.accountId.trim() : '';
	const invalid = (message: string, description: string) =>
		new NaverCommerceTokenError(message, { description });

	if (clientId === '') {
		throw invalid(
			'Naver Commerce credential: the Application ID is empty',
			'Copy the Application ID (애플리케이션 ID) of your app in the Naver Commerce API Center.',
		);
	}
	if (!isBcryptSalt(clientSecret)) {
		throw invalid(
			'Naver Commerce credential: the Application Secret is not in the expected format',
			'The Application Secret (애플리케이션 시크릿) is a bcrypt salt: "$2a$" followed by a two-digit ' +
				'cost, "$" and 22 more characters (29 in all). Copy it again from the Naver Commerce API ' +
				'Center, without spaces or quotes.',
		);
	}
	if (type === 'SELLER' && accountId === '') {
		throw invalid(
			'Naver Commerce credential: Account ID is required for the SELLER token type',
			"Enter the seller's ID or seller UID whose store this app acts for, or choose SELF.",
		);
	}
	let baseUrl: string;
	try {
		baseUrl = normalizeBaseUrl(credentials.baseUrl);
	} catch (error) {
		throw invalid(
			(error as Error).message,
			'Leave Base URL at its default unless you use a proxy.',
		);
	}
	return {
		clientId,
		clientSecret,
		type,
		accountId: type === 'SELLER' ? accountId : undefined,
		baseUrl,
	};
}

function mentions(body: NaverErrorBody | undefined, pattern: RegExp): boolean {
	if (!body) return false;
	const texts = [
		body.code,
		body.message,
		...(body.invalidInputs ?? []).flatMap((i) => [i.name, i.message]),
	];
	return texts.some((text) => typeof text === 'string' && pattern.test(text));
}

/** True when Naver says the signing timestamp is outside its five-minute window. */
export function isTimestampRejection(body: NaverErrorBody | undefined): boolean {
	return mentions(body, /timestamp|타임스탬프/i);
}

/** What to do about a failed token request, for the causes users actually meet. */
export function tokenErrorHint(status: number, body: NaverErrorBody | undefined): string {
	if (status >= 300 && status < 400) {
		return (
			'The token endpoint answered with a redirect, which is not followed so that the signed request ' +
			'cannot reach another host. Check the Base URL: it must be the API itself.'
		);
	}
	if (body?.code === 'GW.IP_NOT_ALLOWED') {
		return (
			"This server's IP address is not on the app's allow-list. In the Naver Commerce API Center, " +
			'open the app and add the public IP address n8n calls from under "API 호출 IP".'
		);
	}
	if (isTimestampRejection(body)) {
		return (
			"Naver rejected the signing timestamp: this machine's clock differs from Naver's by more than a " +
			'few minutes. Synchronise the clock (NTP) of the server running n8n.'
		);
	}
	if (mentions(body, /client_secret_sign|sign|서명/i)) {
		return (
			'Naver could not verify the signature: the Application Secret does not belong to this ' +
			'Application ID. Copy both again from the Naver Commerce API Center.'
		);
	}
	if (mentions(body, /client_id|애플리케이션/i)) {
		return 'Naver does not know this Application ID. Copy it again from the Naver Commerce API Center.';
	}
	if (mentions(body, /account_id|account|판매자/i)) {
		return 'Check the Account ID: the seller ID or UID must belong to a seller linked to your app.';
	}
	if (status === 403) {
		return 'The app may lack the API group for this call, or the seller has not agreed to the terms.';
	}
	if (status >= 500) {
		return 'Naver had a temporary problem issuing the token. Try again in a moment.';
	}
	return 'Check the Application ID, Application Secret and token type in the credential.';
}

function describeTokenFailure(
	status: number,
	body: NaverErrorBody | undefined,
	traceId: string | undefined,
): NaverCommerceTokenError {
	const what = body?.code
		? `${body.code}${body.message ? ` – ${body.message.replace(/[.。]\s*$/, '')}` : ''}`
		: `HTTP ${status}`;
	const details = [
		`HTTP status: ${status}`,
		body?.code ? `Naver code: ${body.code}` : undefined,
		body?.message ? `Naver message: ${body.message}` : undefined,
		...(body?.invalidInputs ?? []).map(
			(input) => `Invalid input: ${input.name ?? '?'} – ${input.message ?? input.type ?? ''}`,
		),
		traceId ? `Trace ID: ${traceId}` : undefined,
	].filter((line): line is string => line !== undefined);
	const hint = tokenErrorHint(status, body);
	return new NaverCommerceTokenError(`Naver Commerce token request failed: ${what}. ${hint}`, {
		description: details.join('\n'),
		naverCode: body?.code,
		httpStatus: status,
		traceId,
	});
}

/** Naver's clock, read from the response's Date header, to re-sign after a timestamp rejection. */
function serverTimeMs(headers: IDataObject | undefined): number | undefined {
	const date = headerValue(headers, 'date');
	const ms = date ? Date.parse(date) : NaN;
	return Number.isFinite(ms) ? ms : undefined;
}

export interface IssuedToken {
	accessToken: string;
	expiresIn?: number;
}

/**
 * Issues (or re-reads) the access token. A bounded number of HTTP calls: up to three after 429s,
 * 5xx or lost connections, and once more (with the same bound) when Naver rejects the timestamp and
 * its Date header shows how far our clock is off. No error it raises contains the secret, the
 * signature or a token.
 */
export async function requestAccessToken(
	this: IHttpRequestHelper,
	credentials: NaverCommerceCredentialFields,
	now: () => number = Date.now,
): Promise<IssuedToken> {
	const fields = readTokenRequestFields(credentials);
	// Naver's OAuth2 client-credentials endpoint.
	const url = `${fields.baseUrl}/v1/oauth2/token`;

	const send = async (timestamp: number): Promise<IN8nHttpFullResponse> => {
		const form: Record<string, string> = {
			client_id: fields.clientId,
			timestamp: String(timestamp),
			client_secret_sign: signClientSecret(fields.clientId, fields.clientSecret, timestamp),
			grant_type: 'client_credentials',
			type: fields.type,
		};
		if (fields.accountId) form.account_id = fields.accountId;
		let transportErrorCode = '';
		try {
			return (await this.helpers.httpRequest({
				method: 'POST',
				url,
				headers: {
					'Content-Type': 'application/x-www-form-urlencoded',
					Accept: 'application/json',
				},
				body: new URLSearchParams(form).toString(),
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				json: false,
				timeout: 30_000,
				// A redirect would re-send the signed form to another host, where it could be exchanged
				// for a token for five minutes. The token endpoint never redirects; treat it as an error.
				disableFollowRedirect: true,
			})) as IN8nHttpFullResponse;
		} catch (error) {
			transportErrorCode = (error as { code?: string }).code ?? '';
		}
		// Transport failures only (status errors are ignored above). A new error, so that the
		// request – which holds the signature – is not carried along.
		const code = transportErrorCode || undefined;
		throw new NaverCommerceTokenError(
			`Naver Commerce token request failed: could not reach ${fields.baseUrl} (${describeTransportFailure(code)})`,
			{
				description: `${code ? `Error code: ${code}. ` : ''}Check the Base URL and that this server can reach the Naver Commerce API over HTTPS.`,
			},
		);
	};

	const sendWithRetries = async (timestamp: () => number): Promise<IN8nHttpFullResponse> => {
		for (let attempt = 0; ; attempt++) {
			let response: IN8nHttpFullResponse | undefined;
			let failure: unknown;
			try {
				response = await send(timestamp());
			} catch (error) {
				failure = error;
			}
			const retryable = response === undefined || RETRYABLE_TOKEN_STATUSES.has(response.statusCode);
			if (!retryable || attempt >= TOKEN_RETRY.delaysMs.length) {
				if (response === undefined) throw failure;
				return response;
			}
			await sleep(TOKEN_RETRY.delaysMs[attempt]);
		}
	};

	let response = await sendWithRetries(() => now() - CLOCK_SAFETY_MARGIN_MS);
	let body = parseNaverErrorBody(response.body);
	if (response.statusCode === 400 && isTimestampRejection(body)) {
		const serverNow = serverTimeMs(response.headers);
		if (serverNow !== undefined) {
			const offset = serverNow - now();
			response = await sendWithRetries(() => now() + offset - CLOCK_SAFETY_MARGIN_MS);
			body = parseNaverErrorBody(response.body);
		}
	}

	if (response.statusCode >= 200 && response.statusCode < 300) {
		const parsed = parseTokenBody(response.body);
		if (parsed) return parsed;
		throw new NaverCommerceTokenError(
			'Naver Commerce token request failed: the response holds no access_token',
			{
				description: `HTTP status: ${response.statusCode}. Check that the Base URL points at the Naver Commerce API.`,
				httpStatus: response.statusCode,
				traceId: traceIdOf(undefined, response.headers),
			},
		);
	}
	throw describeTokenFailure(response.statusCode, body, traceIdOf(body, response.headers));
}

function parseTokenBody(raw: unknown): IssuedToken | undefined {
	let value = raw;
	if (Buffer.isBuffer(value)) value = value.toString('utf-8');
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value);
		} catch {
			return undefined;
		}
	}
	const record = value as { access_token?: unknown; expires_in?: unknown } | null;
	if (!record || typeof record.access_token !== 'string' || record.access_token === '') {
		return undefined;
	}
	return {
		accessToken: record.access_token,
		expiresIn: typeof record.expires_in === 'number' ? record.expires_in : undefined,
	};
}
