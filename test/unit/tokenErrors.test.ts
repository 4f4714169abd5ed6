/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { isTimestampRejection, tokenErrorHint } from '../../credentials/naverCommerceAuth';
import { parseNaverErrorBody } from '../../credentials/naverCommerceShared';

// Bodies as Naver documents them (docs copy: raws/auth.md, raws/trouble-shooting.md, token.POST.md).
const GW_AUTHN = {
	code: 'GW.AUTHN',
	message: '요청을 보낼 권한이 없습니다.',
	timestamp: '2023-11-05T23:35:24.415+09:00',
	traceId: 'cr3-000000-aaaaaa^1730711073284^6745261',
};

describe('parseNaverErrorBody', () => {
	test('reads the gateway envelope from an object, a JSON string or a Buffer', () => {
		for (const input of [
			GW_AUTHN,
			JSON.stringify(GW_AUTHN),
			Buffer.from(JSON.stringify(GW_AUTHN)),
		]) {
			assert.deepEqual(parseNaverErrorBody(input), { ...GW_AUTHN, invalidInputs: undefined });
		}
	});

	test('reads invalidInputs of a validation error', () => {
		const body = parseNaverErrorBody({
			code: 'BAD_REQUEST',
			message: '잘못된 요청',
			invalidInputs: [{ name: 'fieldName', message: '잘못된 값입니다.', type: 'typeMismatch' }],
		});
		assert.equal(body?.invalidInputs?.[0].name, 'fieldName');
	});

	test('returns undefined for HTML pages, empty bodies and arrays', () => {
		for (const input of [
			'<html><body>502</body></html>',
			'',
			undefined,
			null,
			[1, 2],
			{ unrelated: true },
		]) {
			assert.equal(parseNaverErrorBody(input), undefined, String(input));
		}
	});
});

describe('tokenErrorHint', () => {
	test('tells the user to register the IP for GW.IP_NOT_ALLOWED', () => {
		const hint = tokenErrorHint(403, {
			code: 'GW.IP_NOT_ALLOWED',
			message: '호출이 허용되지 않은 IP입니다.',
		});
		assert.match(hint, /allow-list/);
		assert.match(hint, /API 호출 IP/);
	});

	test('names the clock for a timestamp rejection', () => {
		const body = {
			code: 'BadRequest',
			message: 'x',
			invalidInputs: [{ name: 'timestamp', message: 'expired' }],
		};
		assert.equal(isTimestampRejection(body), true);
		assert.match(tokenErrorHint(400, body), /clock/);
	});

	test('names the secret for a signature rejection', () => {
		const body = {
			code: 'BadRequest',
			message: 'x',
			invalidInputs: [{ name: 'client_secret_sign', message: 'invalid' }],
		};
		assert.equal(isTimestampRejection(body), false);
		assert.match(tokenErrorHint(400, body), /Application Secret does not belong/);
	});

	test('names the application ID and the account ID', () => {
		assert.match(tokenErrorHint(400, { invalidInputs: [{ name: 'client_id' }] }), /Application ID/);
		assert.match(tokenErrorHint(403, { invalidInputs: [{ name: 'account_id' }] }), /Account ID/);
	});

	test('has a fallback for server errors and unknown bodies', () => {
		assert.match(tokenErrorHint(500, undefined), /temporary/);
		assert.match(tokenErrorHint(400, undefined), /Check the Application ID/);
	});
});
