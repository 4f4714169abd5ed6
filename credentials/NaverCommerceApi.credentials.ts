import type {
	ICredentialDataDecryptedObject,
	IHttpRequestOptions,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { credentialFingerprint } from './naverCommerceFingerprint';
import { DEFAULT_BASE_URL } from './naverCommerceShared';
import { sharedAccessToken } from './naverCommerceTokenCache';

export class NaverCommerceApi implements ICredentialType {
	name = 'naverCommerceApi';

	displayName = 'Naver Commerce API';

	icon: Icon = {
		light: 'file:../nodes/NaverCommerce/naverCommerce.svg',
		dark: 'file:../nodes/NaverCommerce/naverCommerce.dark.svg',
	};

	documentationUrl = 'https://apicenter.commerce.naver.com/docs/auth';

	properties: INodeProperties[] = [
		{
			displayName: 'Application ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'Application ID (애플리케이션 ID), e.g. 7dMvteboKNHwyRremLXXXX',
			description:
				"Naver calls this the Application ID (애플리케이션 ID). Find it in the Naver Commerce API Center (apicenter.commerce.naver.com): sign in with the store's main manager account (통합매니저), open your application (애플리케이션) and copy 애플리케이션 ID.",
		},
		{
			displayName: 'Application Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			placeholder: 'Application Secret (애플리케이션 시크릿), e.g. $2a$04$…',
			description:
				'Naver calls this the Application Secret (애플리케이션 시크릿). It is on the same application page in the API Center, next to the Application ID, and looks like $2a$04$ followed by 22 characters. n8n only signs token requests with it: the secret itself is never sent to Naver.',
		},
		{
			displayName: 'Token Type',
			name: 'type',
			type: 'options',
			options: [
				{
					name: 'SELF (My Own Store)',
					value: 'SELF',
					description: 'Your own store: the application was registered with your store account',
				},
				{
					name: 'SELLER (A Linked Seller)',
					value: 'SELLER',
					description:
						"A solution provider's application acting for a seller who subscribed to it; needs Account ID",
				},
			],
			default: 'SELF',
			description:
				"SELF if the application was registered for your own store and works on it (most sellers). SELLER if you are a solution provider (솔루션사) whose application works for a seller who subscribed to your solution; then enter that seller's ID or UID in Account ID.",
		},
		{
			displayName: 'Account ID',
			name: 'accountId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'ncp_2sRZTWJVbDtHPoz9OXXXX',
			description:
				'The seller ID or seller UID (ncp_…) of the store that subscribed to your solution; the token works on that store only',
			displayOptions: { show: { type: ['SELLER'] } },
		},
		{
			displayName:
				"Naver accepts calls only from the IP addresses registered for the application (API 호출 IP, on the application's page in the API Center). Register the public IP of the server that runs n8n, or every call fails with 403 GW.IP_NOT_ALLOWED.",
			name: 'ipAllowListNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: DEFAULT_BASE_URL,
			description:
				'Leave as is for Naver. Change it only for a proxy (https) or the local Naver Commerce emulator (http://127.0.0.1:…/external).',
		},
		{
			displayName: 'Wait When Rate-Limited (Seconds)',
			name: 'rateLimitWaitSeconds',
			type: 'number',
			default: 300,
			typeOptions: { minValue: 0 },
			description:
				"How long one call may keep waiting while Naver answers 429 (too many requests for this application and API) with its rate-limit headers. Naver did not process such a call, so it is sent again, writes included, once the headers say a request is free; the call fails only when this time is spent. Executions of many stores of one application, or n8n's queue-mode workers, share Naver's limit.",
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Access Token Issued For',
			name: 'accessTokenFor',
			type: 'hidden',
			typeOptions: { password: true },
			default: '',
		},
	];

	// n8n calls this only when the access token is empty, after a 401, or from the Test button; it
	// stores what we return (encrypted) and reuses it in later executions. Executions of one n8n
	// process that call it at once share one token request (see naverCommerceTokenCache.ts).
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const accessToken = await sharedAccessToken.call(this, credentials);
		return { accessToken, accessTokenFor: credentialFingerprint(credentials) };
	}

	// The token is sent only with the credential values it was issued for. After the ID, secret,
	// token type, account or Base URL change (or on the Test button, which n8n 2.x runs with the stored
	// token), no token is sent: Naver answers 401, and n8n asks preAuthentication for a new one with
	// the current values, so a wrong secret is found at once instead of hours later.
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const accessToken = typeof credentials.accessToken === 'string' ? credentials.accessToken : '';
		if (accessToken === '' || credentials.accessTokenFor !== credentialFingerprint(credentials)) {
			return requestOptions;
		}
		return {
			...requestOptions,
			headers: { ...requestOptions.headers, Authorization: `Bearer ${accessToken}` },
		};
	}

	// A cheap authenticated read: it proves the ID, the secret and the IP allow-list together.
	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{($credentials.baseUrl || "https://api.commerce.naver.com/external").replace(/\\/+$/, "")}}',
			url: '/v1/seller/account',
			method: 'GET',
		},
	};
}
