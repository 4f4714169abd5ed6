/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import type { ProductOrderChange } from '../../nodes/NaverCommerce/transport/changedProductOrders';
import {
	changeIdentity,
	forgetOtherCursors,
	readCursor,
	sameCursor,
	writeCursor,
	type FeedCursor,
} from '../../nodes/NaverCommerce/trigger/cursor';

const ORDERS = 'productOrderChange';

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
		assert.deepEqual(readCursor(staticData, ORDERS), {
			positionMs: MS,
			identities: ['a|PAYED|1706659200000', 'b|PAYED|1706659200000'],
		});
	});

	test('reads a cursor with no identities and a moment of 0', () => {
		assert.deepEqual(readCursor({ cursor: { lastChangedMs: 0, identities: [] } }, ORDERS), {
			positionMs: 0,
			identities: [],
		});
	});

	test('gives undefined when there is no cursor', () => {
		assert.equal(readCursor({}, ORDERS), undefined);
		assert.equal(readCursor({ other: { lastChangedMs: MS, identities: [] } }, ORDERS), undefined);
		assert.equal(readCursor({ cursor: undefined }, ORDERS), undefined);
		assert.equal(readCursor({ cursor: null }, ORDERS), undefined);
		assert.equal(readCursor({ cursor: 'text' }, ORDERS), undefined);
		assert.equal(readCursor({ cursor: MS }, ORDERS), undefined);
	});

	test('gives undefined when lastChangedMs is missing, not a number or not finite', () => {
		for (const lastChangedMs of [undefined, null, String(MS), NaN, Infinity, -Infinity, {}]) {
			assert.equal(
				readCursor({ cursor: { lastChangedMs, identities: [] } as IDataObject }, ORDERS),
				undefined,
				String(lastChangedMs),
			);
		}
		assert.equal(readCursor({ cursor: { identities: [] } }, ORDERS), undefined);
	});

	test('gives undefined when identities is not an array of strings', () => {
		for (const identities of [undefined, null, 'a', { 0: 'a' }, ['a', 1], [null], ['a', ['b']]]) {
			assert.equal(
				readCursor({ cursor: { lastChangedMs: MS, identities } as IDataObject }, ORDERS),
				undefined,
				JSON.stringify(identities),
			);
		}
		assert.equal(readCursor({ cursor: { lastChangedMs: MS } }, ORDERS), undefined);
	});

	test('gives a copy of the identities', () => {
		const saved = ['a', 'b'];
		const staticData: IDataObject = { cursor: { lastChangedMs: MS, identities: saved } };
		const cursor = readCursor(staticData, ORDERS);
		assert.ok(cursor);
		assert.notEqual(cursor.identities, saved);
		cursor.identities.push('c');
		assert.deepEqual(saved, ['a', 'b']);
		assert.deepEqual(readCursor(staticData, ORDERS)?.identities, ['a', 'b']);
	});
});

describe('writeCursor', () => {
	test('stores the moment, its KST date and the identities, leaving other keys alone', () => {
		const staticData: IDataObject = { other: 'kept' };
		writeCursor(staticData, ORDERS, { positionMs: MS + 5, identities: ['a', 'b'] });
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
		writeCursor(staticData, ORDERS, { positionMs: Date.UTC(2024, 0, 31, 15), identities: [] });
		assert.equal(
			(staticData.cursor as IDataObject).lastChangedDate,
			'2024-02-01T00:00:00.000+09:00',
		);
	});

	test('stores a copy of the identities', () => {
		const staticData: IDataObject = {};
		const cursor: FeedCursor = { positionMs: MS, identities: ['a'] };
		writeCursor(staticData, ORDERS, cursor);
		const stored = staticData.cursor as IDataObject;
		assert.notEqual(stored.identities, cursor.identities);
		cursor.identities.push('b');
		assert.deepEqual(stored.identities, ['a']);
	});

	test('writes a new object each time and does not change the earlier one', () => {
		const staticData: IDataObject = {};
		writeCursor(staticData, ORDERS, { positionMs: MS, identities: ['a'] });
		const first = staticData.cursor as IDataObject;
		const firstIdentities = first.identities;
		const firstCopy = structuredClone(first);

		writeCursor(staticData, ORDERS, { positionMs: MS + 1000, identities: ['b', 'c'] });
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
		writeCursor(staticData, ORDERS, { positionMs: MS + 1000, identities: ['b', 'c'] });
		assert.notEqual(staticData.cursor, second);
		assert.deepEqual(staticData.cursor, second);
	});

	test('reads back what it wrote', () => {
		const staticData: IDataObject = {};
		const cursor: FeedCursor = { positionMs: MS, identities: ['x|PAYED|1', 'y|CLAIM|2'] };
		writeCursor(staticData, ORDERS, cursor);
		assert.deepEqual(readCursor(staticData, ORDERS), cursor);
	});
});

describe('sameCursor', () => {
	test('is true for the same moment and the same identities in the same order', () => {
		assert.equal(
			sameCursor(
				{ positionMs: MS, identities: ['a', 'b'] },
				{ positionMs: MS, identities: ['a', 'b'] },
			),
			true,
		);
		assert.equal(
			sameCursor({ positionMs: 0, identities: [] }, { positionMs: 0, identities: [] }),
			true,
		);
		const cursor: FeedCursor = { positionMs: MS, identities: ['a'] };
		assert.equal(sameCursor(cursor, cursor), true);
	});

	test('is false for another moment', () => {
		assert.equal(
			sameCursor({ positionMs: MS, identities: ['a'] }, { positionMs: MS + 1, identities: ['a'] }),
			false,
		);
	});

	test('is false for other identities, another order or another length, both ways', () => {
		const a: FeedCursor = { positionMs: MS, identities: ['a', 'b'] };
		for (const identities of [['a', 'c'], ['b', 'a'], ['a'], ['a', 'b', 'c'], []]) {
			const b: FeedCursor = { positionMs: MS, identities };
			assert.equal(sameCursor(a, b), false, JSON.stringify(identities));
			assert.equal(sameCursor(b, a), false, JSON.stringify(identities));
		}
	});
});

describe('one cursor per source', () => {
	test('inquiries and questions have their own keys and field names, read back as written', () => {
		const staticData: IDataObject = {};
		writeCursor(staticData, 'customerInquiry', { positionMs: MS, identities: ['410000037'] });
		writeCursor(staticData, 'productQuestion', { positionMs: MS + 1, identities: ['620000013'] });
		assert.deepEqual(staticData, {
			customerInquiryCursor: {
				lastRegisteredMs: MS,
				lastRegisteredDate: '2024-01-31T09:00:00.000+09:00',
				identities: ['410000037'],
			},
			productQuestionCursor: {
				lastCreatedMs: MS + 1,
				lastCreatedDate: '2024-01-31T09:00:00.001+09:00',
				identities: ['620000013'],
			},
		});
		assert.deepEqual(readCursor(staticData, 'customerInquiry'), {
			positionMs: MS,
			identities: ['410000037'],
		});
		assert.deepEqual(readCursor(staticData, 'productQuestion'), {
			positionMs: MS + 1,
			identities: ['620000013'],
		});
		assert.equal(readCursor(staticData, ORDERS), undefined, 'no order cursor was written');
	});

	test("a source does not read another source's cursor", () => {
		const staticData: IDataObject = { cursor: { lastChangedMs: MS, identities: [] } };
		assert.equal(readCursor(staticData, 'customerInquiry'), undefined);
		assert.equal(readCursor(staticData, 'productQuestion'), undefined);
	});

	test('forgetOtherCursors keeps only the given source and whatever else the node stores', () => {
		const staticData: IDataObject = { kept: 1 };
		writeCursor(staticData, ORDERS, { positionMs: MS, identities: [] });
		writeCursor(staticData, 'customerInquiry', { positionMs: MS, identities: [] });
		writeCursor(staticData, 'productQuestion', { positionMs: MS, identities: [] });
		forgetOtherCursors(staticData, 'customerInquiry');
		assert.deepEqual(Object.keys(staticData).sort(), ['customerInquiryCursor', 'kept']);
		forgetOtherCursors(staticData, 'customerInquiry');
		assert.deepEqual(Object.keys(staticData).sort(), ['customerInquiryCursor', 'kept']);
	});
});
