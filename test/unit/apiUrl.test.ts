/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { resolveApiUrl, UnsafeApiPathError } from '../../nodes/NaverCommerce/helpers/apiUrl';

const BASE = 'https://api.commerce.naver.com/external';

describe('resolveApiUrl', () => {
	test('joins a relative path to the base URL', () => {
		assert.equal(resolveApiUrl(BASE, '/v1/seller/account'), `${BASE}/v1/seller/account`);
		assert.equal(resolveApiUrl(BASE, 'v1/seller/account'), `${BASE}/v1/seller/account`);
		assert.equal(resolveApiUrl(`${BASE}/`, '  /v1/seller/channels '), `${BASE}/v1/seller/channels`);
		assert.equal(
			resolveApiUrl(
				'http://127.0.0.1:8787/external',
				'/v1/pay-order/seller/orders/2024010112345678/product-order-ids',
			),
			'http://127.0.0.1:8787/external/v1/pay-order/seller/orders/2024010112345678/product-order-ids',
		);
	});

	test('keeps percent-encoded path characters that cannot change the target', () => {
		assert.equal(resolveApiUrl(BASE, '/v1/products/%ED%95%9C'), `${BASE}/v1/products/%ED%95%9C`);
	});

	const refused: Array<[string, RegExp]> = [
		['https://evil.example/v1/seller/account', /not a full URL/],
		['HTTP://evil.example', /not a full URL/],
		['javascript:alert(1)', /not a full URL/],
		['//evil.example/v1', /another host/],
		['\\\\evil.example\\v1', /another host/],
		['/v1\\..\\..\\evil', /another host/],
		['/v1/../../evil', /"\." or "\.\." segment/],
		['/../v1/seller/account', /"\." or "\.\." segment/],
		['/v1/./seller', /"\." or "\.\." segment/],
		['/v1/%2e%2e/%2E%2E/evil', /encoded/],
		['/v1/%2fevil.example', /encoded/],
		['/v1/%5Cevil', /encoded/],
		['/v1/%40evil.example', /encoded/],
		['@evil.example/v1', /"@"/],
		['/v1/seller/account?x=1', /Query field/],
		['/v1/seller/account#frag', /Query field/],
		['/v1/seller account', /spaces or control/],
		['/v1/seller\naccount', /spaces or control/],
		['', /empty/],
		['   ', /empty/],
	];
	for (const [path, reason] of refused) {
		test(`refuses ${JSON.stringify(path)}`, () => {
			assert.throws(
				() => resolveApiUrl(BASE, path),
				(error: unknown) => {
					assert.ok(error instanceof UnsafeApiPathError);
					assert.match((error as Error).message, reason);
					return true;
				},
			);
		});
	}

	test('never yields a URL outside the base, whatever the path', () => {
		const pieces = [
			'/',
			'..',
			'.',
			'%2e',
			'%2f',
			'\\',
			'@',
			'evil.example',
			':',
			'//',
			'v1',
			'%',
			'?',
			'#',
			';',
		];
		let tried = 0;
		for (const a of pieces) {
			for (const b of pieces) {
				for (const c of pieces) {
					tried += 1;
					let url: string;
					try {
						url = resolveApiUrl(BASE, `${a}${b}${c}`);
					} catch {
						continue;
					}
					const parsed = new URL(url);
					assert.equal(parsed.origin, 'https://api.commerce.naver.com', url);
					assert.ok(parsed.pathname.startsWith('/external/'), url);
				}
			}
		}
		assert.equal(tried, pieces.length ** 3);
	});
});
