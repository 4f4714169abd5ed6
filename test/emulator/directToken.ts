import { signClientSecret } from '../../credentials/naverCommerceAuth';
import { DEFAULT_APP, type EmulatorApp } from './server';

/**
 * A token from the emulator by plain fetch, signed as Naver's reference describes, for tests and
 * scripts that call the API without the package's request code. Answers Naver's token body: a SELF
 * token, or with `accountId` a SELLER token for that seller (one of the app's linkedSellers).
 */
export async function requestTokenDirectly(
	baseUrl: string,
	app: EmulatorApp = DEFAULT_APP,
	accountId?: string,
): Promise<{ access_token: string; expires_in: number; token_type: string }> {
	// A few seconds in the past, as a client whose clock runs slightly behind would sign.
	const timestamp = Date.now() - 3000;
	const response = await fetch(`${baseUrl}/v1/oauth2/token`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			client_id: app.clientId,
			timestamp: String(timestamp),
			client_secret_sign: signClientSecret(app.clientId, app.clientSecret, timestamp),
			grant_type: 'client_credentials',
			...(accountId === undefined ? { type: 'SELF' } : { type: 'SELLER', account_id: accountId }),
		}),
	});
	return (await response.json()) as {
		access_token: string;
		expires_in: number;
		token_type: string;
	};
}
