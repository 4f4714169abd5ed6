/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import type { ProductOrderChange } from '../../nodes/NaverCommerce/transport/changedProductOrders';
import {
	changeIdentity,
	readCursor,
	sameCursor,
	writeCursor,
	type ChangeCursor,
} from '../../nodes/NaverCommerce/trigger/cursor';

/** 2024-01-31T00:00:00.000Z, which is 2024-01-31T09:00:00.000 in KST. */
const MS = 1706659200000;

function change(overrides: Partial<ProductOrderChange> = {}): ProductOrderChange {
	return {
		orderId: '2024013112345670',
		productOrderId: '2024013112345678',
		lastChangedType: 'PAYED',
		lastChangedDate: '2024-01-31T09:00:00.000+09:00',
		...overrides,
	};
}

describe('changeIdentity', () => {
	test('joins the product order, the change type and the moment', () => {
		assert.equal(changeIdentity(change(), MS), '2024013112345678|PAYED|1706659200000');
	});

	test('tells apart another type, another moment and another product order', () => {
		const base = changeIdentity(change(), MS);
		assert.notEqual(changeIdentity(change({ lastChangedType: 'DISPATCHED' }), MS), base);
		assert.notEqual(changeIdentity(change(), MS + 1), base);
		assert.notEqual(changeIdentity(change({ productOrderId: '2024013112345679' }), MS), base);
	});

	test('uses the moment it is given, not lastChangedDate, and ignores orderId', () => {
		const base = changeIdentity(change(), MS);
		assert.equal(
			changeIdentity(change({ lastChangedDate: '2020-01-01T00:00:00.000+09:00' }), MS),
			base,
		);
		assert.equal(changeIdentity(change({ orderId: 'other' }), MS), base);
	});
});

describe('readCursor', () => {
	test('reads a saved cursor, leaving out the date written for people', () => {
		const staticData: IDataObject = {
			cursor: {
				lastChangedMs: MS,
				lastChangedDate: '2024-01-31T09:00:00.000+09:00',
				identities: ['a|PAYED|1706659200000', 'b|PAYED|1706659200000'],
			},
		};
		assert.deepEqual(readCursor(staticData), {
			lastChangedMs: MS,
			identities: ['a|PAYED|1706659200000', 'b|PAYED|1706659200000'],
		});
	});

	test('reads a cursor with no identities and a moment of 0', () => {
		assert.deepEqual(readCursor({ cursor: { lastChangedMs: 0, identities: [] } }), {
			lastChangedMs: 0,
			identities: [],
		});
	});

	test('gives undefined when there is no cursor', () => {
		assert.equal(readCursor({}), undefined);
		assert.equal(readCursor({ other: { lastChangedMs: MS, identities: [] } }), undefined);
		assert.equal(readCursor({ cursor: undefined }), undefined);
		assert.equal(readCursor({ cursor: null }), undefined);
		assert.equal(readCursor({ cursor: 'text' }), undefined);
		assert.equal(readCursor({ cursor: MS }), undefined);
	});

	test('gives undefined when lastChangedMs is missing, not a number or not finite', () => {
		for (const lastChangedMs of [undefined, null, String(MS), NaN, Infinity, -Infinity, {}]) {
			assert.equal(
				readCursor({ cursor: { lastChangedMs, identities: [] } as IDataObject }),
				undefined,
				String(lastChangedMs),
			);
		}
		assert.equal(readCursor({ cursor: { identities: [] } }), undefined);
	});

	test('gives undefined when identities is not an array of strings', () => {
		for (const identities of [undefined, null, 'a', { 0: 'a' }, ['a', 1], [null], ['a', ['b']]]) {
			assert.equal(
				readCursor({ cursor: { lastChangedMs: MS, identities } as IDataObject }),
				undefined,
				JSON.stringify(identities),
			);
		}
		assert.equal(readCursor({ cursor: { lastChangedMs: MS } }), undefined);
	});

	test('gives a copy of the identities', () => {
		const saved = ['a', 'b'];
		const staticData: IDataObject = { cursor: { lastChangedMs: MS, identities: saved } };
		const cursor = readCursor(staticData);
		assert.ok(cursor);
		assert.notEqual(cursor.identities, saved);
		cursor.identities.push('c');
		assert.deepEqual(saved, ['a', 'b']);
		assert.deepEqual(readCursor(staticData)?.identities, ['a', 'b']);
	});
});

describe('writeCursor', () => {
	test('stores the moment, its KST date and the identities, leaving other keys alone', () => {
		const staticData: IDataObject = { other: 'kept' };
		writeCursor(staticData, { lastChangedMs: MS + 5, identities: ['a', 'b'] });
		assert.deepEqual(staticData, {
			other: 'kept',
			cursor: {
				lastChangedMs: MS + 5,
				lastChangedDate: '2024-01-31T09:00:00.005+09:00',
				identities: ['a', 'b'],
			},
		});
	});

	test('writes the date in KST, on the next day after 15:00 UTC', () => {
		const staticData: IDataObject = {};
		writeCursor(staticData, { lastChangedMs: Date.UTC(2024, 0, 31, 15), identities: [] });
		assert.equal(
			(staticData.cursor as IDataObject).lastChangedDate,
			'2024-02-01T00:00:00.000+09:00',
		);
	});

	test('stores a copy of the identities', () => {
		const staticData: IDataObject = {};
		const cursor: ChangeCursor = { lastChangedMs: MS, identities: ['a'] };
		writeCursor(staticData, cursor);
		const stored = staticData.cursor as IDataObject;
		assert.notEqual(stored.identities, cursor.identities);
		cursor.identities.push('b');
		assert.deepEqual(stored.identities, ['a']);
	});

	test('writes a new object each time and does not change the earlier one', () => {
		const staticData: IDataObject = {};
		writeCursor(staticData, { lastChangedMs: MS, identities: ['a'] });
		const first = staticData.cursor as IDataObject;
		const firstIdentities = first.identities;
		const firstCopy = structuredClone(first);

		writeCursor(staticData, { lastChangedMs: MS + 1000, identities: ['b', 'c'] });
		const second = staticData.cursor as IDataObject;
		assert.notEqual(second, first);
		assert.notEqual(second.identities, firstIdentities);
		assert.deepEqual(first, firstCopy);
		assert.deepEqual(second, {
			lastChangedMs: MS + 1000,
			lastChangedDate: '2024-01-31T09:00:01.000+09:00',
			identities: ['b', 'c'],
		});

		// Even the same cursor again gives a new object, so n8n sees the static data change.
		writeCursor(staticData, { lastChangedMs: MS + 1000, identities: ['b', 'c'] });
		assert.notEqual(staticData.cursor, second);
		assert.deepEqual(staticData.cursor, second);
	});

	test('reads back what it wrote', () => {
		const staticData: IDataObject = {};
		const cursor: ChangeCursor = { lastChangedMs: MS, identities: ['x|PAYED|1', 'y|CLAIM|2'] };
		writeCursor(staticData, cursor);
		assert.deepEqual(readCursor(staticData), cursor);
	});
});

describe('sameCursor', () => {
	test('is true for the same moment and the same identities in the same order', () => {
		assert.equal(
			sameCursor(
				{ lastChangedMs: MS, identities: ['a', 'b'] },
				{ lastChangedMs: MS, identities: ['a', 'b'] },
			),
			true,
		);
		assert.equal(
			sameCursor({ lastChangedMs: 0, identities: [] }, { lastChangedMs: 0, identities: [] }),
			true,
		);
		const cursor: ChangeCursor = { lastChangedMs: MS, identities: ['a'] };
		assert.equal(sameCursor(cursor, cursor), true);
	});

	test('is false for another moment', () => {
		assert.equal(
			sameCursor(
				{ lastChangedMs: MS, identities: ['a'] },
				{ lastChangedMs: MS + 1, identities: ['a'] },
			),
			false,
		);
	});

	test('is false for other identities, another order or another length, both ways', () => {
		const a: ChangeCursor = { lastChangedMs: MS, identities: ['a', 'b'] };
		for (const identities of [['a', 'c'], ['b', 'a'], ['a'], ['a', 'b', 'c'], []]) {
			const b: ChangeCursor = { lastChangedMs: MS, identities };
			assert.equal(sameCursor(a, b), false, JSON.stringify(identities));
			assert.equal(sameCursor(b, a), false, JSON.stringify(identities));
		}
	});
});
