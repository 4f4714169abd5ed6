import { createHash } from 'crypto';

/** Credential fields that decide which token Naver issues. Names match the credential's properties. */
export interface NaverCommerceCredentialFields {
	clientId?: unknown;
	clientSecret?: unknown;
	type?: unknown;
	accountId?: unknown;
	baseUrl?: unknown;
}

/**
 * What a token was issued for: a digest of the values that decide which token Naver hands out and
 * where it may be sent. Stored beside the token (encrypted, like it) and never shown. It lives in
 * its own module, without bcrypt, because the node keys its request pacing by it too.
 */
export function credentialFingerprint(credentials: NaverCommerceCredentialFields): string {
	const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
	return createHash('sha256')
		.update(
			[
				text(credentials.clientId),
				text(credentials.clientSecret),
				credentials.type === 'SELLER' ? 'SELLER' : 'SELF',
				credentials.type === 'SELLER' ? text(credentials.accountId) : '',
				text(credentials.baseUrl).replace(/\/+$/, ''),
			].join('\n'),
		)
		.digest('hex')
		.slice(0, 32);
}

/**
 * The application a credential calls as, and where: Naver counts its rate limit per application
 * and API (restriction.md, 요청량 제한: "개별 API와 인증된 애플리케이션 단위로"), whichever store or
 * token type the call is for, so every credential of one application shares one pacing bucket.
 */
export function applicationFingerprint(credentials: NaverCommerceCredentialFields): string {
	const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
	return createHash('sha256')
		.update([text(credentials.clientId), text(credentials.baseUrl).replace(/\/+$/, '')].join('\n'))
		.digest('hex')
		.slice(0, 32);
}
