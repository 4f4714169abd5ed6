/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { isBcryptSalt, signClientSecret } from '../../credentials/naverCommerceAuth';

// Computed by libxcrypt's bcrypt (C), not by bcryptjs: see make-signature-vectors.py beside them.
const vectors = JSON.parse(
	readFileSync(join(__dirname, '..', 'fixtures', 'signature-vectors.json'), 'utf-8'),
) as Array<{
	source: string;
	clientId: string;
	clientSecret: string;
	timestamp: number;
	signature: string;
}>;

describe('signClientSecret', () => {
	test("reproduces Naver's documented example", () => {
		assert.equal(
			signClientSecret('aaaabbbbcccc', '$2a$10$abcdefghijklmnopqrstuv', 1643961623299),
			'JDJhJDEwJGFiY2RlZmdoaWprbG1ub3BxcnN0dXVCVldZSk42T0VPdEx1OFY0cDQxa2IuTnpVaUEzbmsy',
		);
	});

	test('matches every vector computed by another bcrypt implementation', () => {
		assert.ok(vectors.length >= 7);
		for (const vector of vectors) {
			assert.equal(
				signClientSecret(vector.clientId, vector.clientSecret, vector.timestamp),
				vector.signature,
				`${vector.source}: ${vector.clientSecret.slice(0, 7)}… at ${vector.timestamp}`,
			);
		}
	});

	test('changes with the timestamp and with the client ID', () => {
		const base = signClientSecret('client', '$2a$04$abcdefghijklmnopqrstuu', 1700000000000);
		assert.notEqual(
			base,
			signClientSecret('client', '$2a$04$abcdefghijklmnopqrstuu', 1700000000001),
		);
		assert.notEqual(
			base,
			signClientSecret('client2', '$2a$04$abcdefghijklmnopqrstuu', 1700000000000),
		);
	});

	test('is standard base64 of a 60-character bcrypt hash', () => {
		const signature = signClientSecret('client', '$2b$04$abcdefghijklmnopqrstuu', 1700000000000);
		assert.match(signature, /^[A-Za-z0-9+/]{80}$/);
		assert.match(
			Buffer.from(signature, 'base64').toString('utf-8'),
			/^\$2b\$04\$[./A-Za-z0-9]{53}$/,
		);
	});
});

describe('isBcryptSalt', () => {
	test('accepts $2a$, $2b$ and $2y$ salts with a two-digit cost and 22 characters', () => {
		for (const salt of [
			'$2a$04$abcdefghijklmnopqrstuv',
			'$2b$10$ABCDEFGHIJKLMNOPQRSTU.',
			'$2y$31$./abcdefghijklmnopqrst',
		]) {
			assert.equal(isBcryptSalt(salt), true, salt);
		}
	});

	test('refuses what is not a bcrypt salt', () => {
		for (const value of [
			'',
			'secret',
			'$2a$04$short',
			'$2a$04$abcdefghijklmnopqrstuv extra',
			'$2x$04$abcdefghijklmnopqrstuv',
			'$2a$4$abcdefghijklmnopqrstuvw',
			'$2a$03$abcdefghijklmnopqrstuv',
			'$2a$32$abcdefghijklmnopqrstuv',
			'$2a$04$abcdefghijklmnopqrstu!',
			' $2a$04$abcdefghijklmnopqrstuv',
		]) {
			assert.equal(isBcryptSalt(value), false, JSON.stringify(value));
		}
	});
});
