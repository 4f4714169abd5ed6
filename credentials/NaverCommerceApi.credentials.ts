import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { requestAccessToken } from './naverCommerceAuth';
import { DEFAULT_BASE_URL } from './naverCommerceShared';

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
			placeholder: '7dMvteboKNHwyRremLXXXX',
			description:
				'The Application ID (애플리케이션 ID) shown for your app in the Naver Commerce API Center (apicenter.commerce.naver.com → 애플리케이션)',
		},
		{
			displayName: 'Application Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			placeholder: '$2a$04$…',
			description:
				'The Application Secret (애플리케이션 시크릿) of the same app: a bcrypt salt that starts with $2a$. It signs each token request and is never sent to Naver itself.',
		},
		{
			displayName: 'Token Type',
			name: 'type',
			type: 'options',
			options: [
				{
					name: 'SELF (My Own Store)',
					value: 'SELF',
					description: 'The app belongs to the store it manages',
				},
				{
					name: 'SELLER (A Linked Seller)',
					value: 'SELLER',
					description: "A solution provider's app acting for a seller who subscribed to it",
				},
			],
			default: 'SELF',
			description: 'Whose resources the token gives access to',
		},
		{
			displayName: 'Account ID',
			name: 'accountId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'ncp_2sRZTWJVbDtHPoz9OXXXX',
			description: 'The seller ID or seller UID whose store the token is for',
			displayOptions: { show: { type: ['SELLER'] } },
		},
		{
			displayName:
				"Naver accepts calls only from IP addresses registered for the app (API 호출 IP). Add the public IP of the server running n8n to the app's allow-list, or every call fails with GW.IP_NOT_ALLOWED.",
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
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	// n8n calls this only when the access token is empty, after a 401, or from the Test button; it
	// stores what we return (encrypted) and reuses it in later executions.
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const { accessToken } = await requestAccessToken.call(this, credentials);
		return { accessToken };
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.accessToken}}',
			},
		},
	};

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
