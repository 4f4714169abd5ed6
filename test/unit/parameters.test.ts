/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import type { INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../nodes/NaverCommerce/helpers/displayOptions';
import { isNaverId } from '../../nodes/NaverCommerce/helpers/parameters';

const field = (extra: Partial<INodeProperties> = {}): INodeProperties => ({
	displayName: 'Field',
	name: 'field',
	type: 'string',
	default: '',
	...extra,
});

describe('updateDisplayOptions', () => {
	const operation = { show: { resource: ['product'], operation: ['search'] } };

	test("adds the operation's display options to a field without any", () => {
		assert.deepEqual(updateDisplayOptions(operation, [field()]), [
			field({ displayOptions: { show: { resource: ['product'], operation: ['search'] } } }),
		]);
	});

	test("keeps a field's own conditions beside them, show and hide alike", () => {
		const [limit, hidden] = updateDisplayOptions(operation, [
			field({ displayOptions: { show: { returnAll: [false] } } }),
			field({ displayOptions: { hide: { searchBy: ['ALL'] } } }),
		]);
		assert.deepEqual(limit.displayOptions, {
			show: { resource: ['product'], operation: ['search'], returnAll: [false] },
		});
		assert.deepEqual(hidden.displayOptions, {
			show: { resource: ['product'], operation: ['search'] },
			hide: { searchBy: ['ALL'] },
		});
	});

	test('leaves the fields it was given as they were', () => {
		const original = field({ displayOptions: { show: { returnAll: [false] } } });
		const copy = structuredClone(original);
		updateDisplayOptions(operation, [original]);
		assert.deepEqual(original, copy);
	});
});

describe('isNaverId', () => {
	test("takes Naver's IDs: digits only, up to 30 of them", () => {
		for (const id of ['1', '2024010112345678', '9'.repeat(30)])
			assert.equal(isNaverId(id), true, id);
	});

	test('refuses anything that could change a request path or is not an ID', () => {
		for (const id of [
			'',
			' 1',
			'1 ',
			'-1',
			'1.5',
			'1e5',
			'0x1F',
			'12/34',
			'..',
			'ORDER-12',
			'9'.repeat(31),
		]) {
			assert.equal(isNaverId(id), false, JSON.stringify(id));
		}
	});
});
