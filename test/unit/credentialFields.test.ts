/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { readTokenRequestFields } from '../../credentials/naverCommerceAuth';
import { normalizeBaseUrl } from '../../credentials/naverCommerceShared';

const SECRET = '$2a$04$abcdefghijklmnopqrstuu';

describe('normalizeBaseUrl', () => {
	test("defaults to Naver's host and drops trailing slashes", () => {
		assert.equal(normalizeBaseUrl(undefined), 'https://api.commerce.naver.com/external');
		assert.equal(normalizeBaseUrl(''), 'https://api.commerce.naver.com/external');
		assert.equal(
			normalizeBaseUrl('https://proxy.example.com/naver//'),
			'https://proxy.example.com/naver',
		);
	});

	test('allows plain http only on this machine', () => {
		assert.equal(
			normalizeBaseUrl('http://127.0.0.1:8787/external/'),
			'http://127.0.0.1:8787/external',
		);
		assert.equal(
			normalizeBaseUrl('http://localhost:8787/external'),
			'http://localhost:8787/external',
		);
		assert.equal(normalizeBaseUrl('http://[::1]:8787/external'), 'http://[::1]:8787/external');
		assert.throws(
			() => normalizeBaseUrl('http://api.commerce.naver.com/external'),
			/must use https/,
		);
		assert.throws(() => normalizeBaseUrl('http://10.0.0.5/external'), /must use https/);
		assert.throws(() => normalizeBaseUrl('ftp://127.0.0.1/external'), /must use https/);
	});

	test('refuses URLs with credentials, query or fragment, and non-URLs', () => {
		assert.throws(() => normalizeBaseUrl('https://user:pw@proxy.example.com'), /user name/);
		assert.throws(() => normalizeBaseUrl('https://proxy.example.com/?a=1'), /query/);
		assert.throws(() => normalizeBaseUrl('not a url'), /not a valid URL/);
	});
});

describe('readTokenRequestFields', () => {
	test('reads a SELF credential', () => {
		assert.deepEqual(
			readTokenRequestFields({ clientId: ' id ', clientSecret: ` ${SECRET} `, type: 'SELF' }),
			{
				clientId: 'id',
				clientSecret: SECRET,
				type: 'SELF',
				accountId: undefined,
				baseUrl: 'https://api.commerce.naver.com/external',
			},
		);
	});

	test('reads a SELLER credential with its account', () => {
		const fields = readTokenRequestFields({
			clientId: 'id',
			clientSecret: SECRET,
			type: 'SELLER',
			accountId: 'ncp_abc',
		});
		assert.equal(fields.type, 'SELLER');
		assert.equal(fields.accountId, 'ncp_abc');
	});

	const cases: Array<[string, Record<string, unknown>, RegExp]> = [
		['an empty client ID', { clientId: '  ', clientSecret: SECRET }, /Application ID is empty/],
		[
			'a secret that is not a bcrypt salt',
			{ clientId: 'id', clientSecret: 'my-secret-value' },
			/Application Secret is not in the expected format/,
		],
		[
			'a truncated secret',
			{ clientId: 'id', clientSecret: SECRET.slice(0, 20) },
			/not in the expected format/,
		],
		[
			'SELLER without an account',
			{ clientId: 'id', clientSecret: SECRET, type: 'SELLER', accountId: '' },
			/Account ID is required/,
		],
		[
			'a plain-http remote base URL',
			{ clientId: 'id', clientSecret: SECRET, baseUrl: 'http://example.com' },
			/must use https/,
		],
	];
	for (const [name, credentials, message] of cases) {
		test(`names ${name} before any network call, without echoing the secret`, () => {
			assert.throws(
				() => readTokenRequestFields(credentials),
				(error: Error) => {
					assert.match(error.message, message);
					const text = `${error.message}\n${(error as { description?: string }).description ?? ''}`;
					assert.ok(!text.includes(SECRET) && !text.includes('my-secret-value'), text);
					return true;
				},
			);
		});
	}
});
