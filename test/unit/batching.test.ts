/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { chunk, parseIdList } from '../../nodes/NaverCommerce/helpers/batching';

describe('chunk', () => {
	test('gives no chunk for an empty list', () => {
		assert.deepEqual(chunk([], 3), []);
		assert.deepEqual(chunk([], 1), []);
	});

	test('cuts an exact multiple into full chunks', () => {
		assert.deepEqual(chunk([1, 2, 3, 4, 5, 6], 3), [
			[1, 2, 3],
			[4, 5, 6],
		]);
		assert.deepEqual(chunk([1, 2, 3, 4], 2), [
			[1, 2],
			[3, 4],
		]);
		assert.deepEqual(chunk(['a', 'b', 'c'], 1), [['a'], ['b'], ['c']]);
		assert.deepEqual(chunk([1, 2, 3], 3), [[1, 2, 3]]);
	});

	test('puts the remainder in a last, shorter chunk', () => {
		assert.deepEqual(chunk([1, 2, 3, 4, 5, 6, 7], 3), [[1, 2, 3], [4, 5, 6], [7]]);
		assert.deepEqual(chunk([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
	});

	test('gives one chunk when the size is larger than the list', () => {
		assert.deepEqual(chunk([1, 2], 300), [[1, 2]]);
	});

	test('keeps the order and every element, for many sizes', () => {
		const list = Array.from({ length: 23 }, (_, index) => `id-${index}`);
		for (let size = 1; size <= 30; size++) {
			const chunks = chunk(list, size);
			assert.equal(chunks.length, Math.ceil(list.length / size), `size ${size}`);
			assert.deepEqual(chunks.flat(), list, `size ${size}`);
			for (const [index, part] of chunks.entries()) {
				const expected = index < chunks.length - 1 ? size : list.length - size * index;
				assert.equal(part.length, expected, `size ${size}, chunk ${index}`);
			}
		}
	});

	test('leaves the input as it was and shares no array with it', () => {
		const input = [{ id: 1 }, { id: 2 }, { id: 3 }];
		const before = structuredClone(input);
		const chunks = chunk(input, 3);
		assert.deepEqual(input, before);
		assert.notEqual(chunks[0], input);
		chunks[0].push({ id: 4 });
		assert.deepEqual(input, before);
		// The elements themselves are the same objects, not copies.
		assert.equal(chunks[0][0], input[0]);
	});

	test('refuses a size that is not a positive integer instead of looping forever', () => {
		// A list whose slice() gives up after a while, so the endless loop cannot hang the run.
		const guarded = (): number[] => {
			const list = [1, 2, 3, 4, 5];
			let calls = 0;
			Object.defineProperty(list, 'slice', {
				value: (start?: number, end?: number) => {
					if (++calls > 50) throw new Error('chunk did not stop');
					return Array.prototype.slice.call(list, start, end);
				},
			});
			return list;
		};
		for (const size of [0, -1, NaN, 2.5]) {
			assert.throws(() => chunk(guarded(), size), RangeError, `size ${size}`);
		}
	});
});

describe('parseIdList', () => {
	test('takes an array of strings as it is', () => {
		assert.deepEqual(parseIdList(['2024010112345678', '2024010112345679']), [
			'2024010112345678',
			'2024010112345679',
		]);
	});

	test('takes a single number or a single string', () => {
		assert.deepEqual(parseIdList(2024010112345678), ['2024010112345678']);
		assert.deepEqual(parseIdList(0), ['0']);
		assert.deepEqual(parseIdList('2024010112345678'), ['2024010112345678']);
	});

	test('splits text on commas, spaces, tabs and new lines', () => {
		assert.deepEqual(parseIdList('1,2,3'), ['1', '2', '3']);
		assert.deepEqual(parseIdList('1, 2 ,3'), ['1', '2', '3']);
		assert.deepEqual(parseIdList('1 2\n3\r\n4\t5'), ['1', '2', '3', '4', '5']);
		assert.deepEqual(parseIdList('1,\n2 ,\n 3'), ['1', '2', '3']);
	});

	test('trims the IDs', () => {
		assert.deepEqual(parseIdList('  1  '), ['1']);
		assert.deepEqual(parseIdList(['  1', '2  ', '\t3\n']), ['1', '2', '3']);
	});

	test('removes duplicates, keeping the first occurrence in order', () => {
		assert.deepEqual(parseIdList('3,1,3,2,1'), ['3', '1', '2']);
		assert.deepEqual(parseIdList(['b', 'a', 'b', 'c', 'a']), ['b', 'a', 'c']);
		// The same ID as a number and as a string is one ID.
		assert.deepEqual(parseIdList([7, '7', ' 7 ', 8]), ['7', '8']);
	});

	test('drops empty entries', () => {
		assert.deepEqual(parseIdList(',,1,, ,2,'), ['1', '2']);
		assert.deepEqual(parseIdList(['', '1', '   ', null, undefined, '2']), ['1', '2']);
		assert.deepEqual(parseIdList('\n\n1\n\n'), ['1']);
	});

	test('gives an empty list for nothing', () => {
		assert.deepEqual(parseIdList(null), []);
		assert.deepEqual(parseIdList(undefined), []);
		assert.deepEqual(parseIdList(''), []);
		assert.deepEqual(parseIdList(' , \n '), []);
		assert.deepEqual(parseIdList([]), []);
		assert.deepEqual(parseIdList([null, undefined, '']), []);
	});

	test('turns numbers in an array into strings', () => {
		const ids = parseIdList([1, 22, 2024010112345678, '4']);
		assert.deepEqual(ids, ['1', '22', '2024010112345678', '4']);
		for (const id of ids) assert.equal(typeof id, 'string');
		assert.deepEqual(parseIdList([0]), ['0']);
	});

	test('splits text inside an array too', () => {
		assert.deepEqual(parseIdList(['1,2', '3 4', 5]), ['1', '2', '3', '4', '5']);
	});

	test('leaves the input array as it was', () => {
		const input = [' 1', '1', '2,3', 4];
		const before = [...input];
		parseIdList(input);
		assert.deepEqual(input, before);
	});
});
