/**
 * Builds the absolute URL for a path the user typed, and refuses anything that would send the
 * credential's token somewhere other than the credential's Base URL.
 */

export class UnsafeApiPathError extends Error {
	constructor(path: string, reason: string) {
		super(`The path "${path}" cannot be used: ${reason}`);
		this.name = 'UnsafeApiPathError';
	}
}

// Percent-encoded characters that could change where the request goes once a server decodes them:
// "/" (2F), "\" (5C), "." (2E, for "%2e%2e"), "@" (40), ":" (3A), "?" (3F) and "#" (23).
const ENCODED_SEPARATOR = /%(2f|5c|2e|40|3a|3f|23)/i;

export function resolveApiUrl(baseUrl: string, rawPath: string): string {
	const path = rawPath.trim();
	if (path === '') throw new UnsafeApiPathError(rawPath, 'it is empty');
	if (/^[a-z][a-z0-9+.-]*:/i.test(path)) {
		throw new UnsafeApiPathError(
			rawPath,
			'enter a path relative to the API base (for example /v1/seller/account), not a full URL',
		);
	}
	if (path.startsWith('//') || path.includes('\\')) {
		throw new UnsafeApiPathError(rawPath, 'it could point at another host');
	}
	// Control characters and spaces would be encoded or stripped differently by each layer.
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u0020\u007f]/.test(path)) {
		throw new UnsafeApiPathError(rawPath, 'it contains spaces or control characters');
	}
	if (path.includes('?') || path.includes('#')) {
		throw new UnsafeApiPathError(
			rawPath,
			'put query parameters in the Query field, not in the path',
		);
	}
	if (path.includes('@')) throw new UnsafeApiPathError(rawPath, 'it contains "@"');
	if (ENCODED_SEPARATOR.test(path)) {
		throw new UnsafeApiPathError(
			rawPath,
			'it contains an encoded "/", "\\", ".", "@", ":", "?" or "#"',
		);
	}
	const relative = path.startsWith('/') ? path : `/${path}`;
	if (relative.split('/').some((segment) => segment === '.' || segment === '..')) {
		throw new UnsafeApiPathError(rawPath, 'it contains a "." or ".." segment');
	}

	const base = new URL(baseUrl);
	const url = new URL(`${base.origin}${base.pathname.replace(/\/+$/, '')}${relative}`);
	// Belt and braces: whatever the checks above missed, the result must stay under the base.
	const basePath = base.pathname.replace(/\/+$/, '');
	if (url.origin !== base.origin || !url.pathname.startsWith(`${basePath}/`)) {
		throw new UnsafeApiPathError(rawPath, 'it resolves outside the API base URL');
	}
	return url.toString();
}
