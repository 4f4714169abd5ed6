/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { withoutPaths } from '../../nodes/NaverCommerce/helpers/objectPaths';

describe('withoutPaths', () => {
	test('removes nested fields and fields in every element of a list, leaving the input as it was', () => {
		const input = {
			a: { b: 1, c: 2 },
			list: [{ keep: 1, drop: 2 }, { drop: 3 }, 'text', null],
			other: 'kept',
		};
		const before = structuredClone(input);
		assert.deepEqual(withoutPaths(input, ['a.b', 'list[].drop']), {
			a: { c: 2 },
			list: [{ keep: 1 }, {}, 'text', null],
			other: 'kept',
		});
		assert.deepEqual(input, before);
	});

	test('ignores paths that are not there or run into something that is not an object', () => {
		const input = { a: 'text', list: 'not a list', n: null };
		assert.deepEqual(withoutPaths(input, ['a.b', 'list[].x', 'n.x', 'missing.y', 'gone']), input);
	});
});
