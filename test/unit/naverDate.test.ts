/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
	formatNaverDate,
	formatNaverDateTime,
	InvalidDateError,
	toEpochMs,
	toNaverDate,
	toNaverDateTime,
} from '../../nodes/NaverCommerce/helpers/naverDate';

/** 2024-01-31T00:00:00.000Z, which is 2024-01-31T09:00:00.000 in KST. */
const JAN_31_UTC_MIDNIGHT = 1706659200000;
const HOUR = 60 * 60 * 1000;

describe('toEpochMs', () => {
	test('reads an ISO string in UTC (Z, either case)', () => {
		assert.equal(Date.UTC(2024, 0, 31), JAN_31_UTC_MIDNIGHT);
		assert.equal(toEpochMs('2024-01-31T00:00:00Z', 'p'), JAN_31_UTC_MIDNIGHT);
		assert.equal(toEpochMs('2024-01-31T00:00:00.000Z', 'p'), JAN_31_UTC_MIDNIGHT);
		assert.equal(toEpochMs('2024-01-31T00:00:00z', 'p'), JAN_31_UTC_MIDNIGHT);
	});

	test('reads an ISO string with +09:00', () => {
		assert.equal(toEpochMs('2024-01-31T09:00:00+09:00', 'p'), JAN_31_UTC_MIDNIGHT);
		assert.equal(toEpochMs('2024-01-31T09:00:00.000+09:00', 'p'), JAN_31_UTC_MIDNIGHT);
		assert.equal(toEpochMs('2024-01-31T09:00+09:00', 'p'), JAN_31_UTC_MIDNIGHT);
	});

	test('reads an ISO string with another offset, with or without the colon', () => {
		assert.equal(toEpochMs('2024-01-30T19:00:00-05:00', 'p'), JAN_31_UTC_MIDNIGHT);
		assert.equal(toEpochMs('2024-01-31T05:30:00+05:30', 'p'), JAN_31_UTC_MIDNIGHT);
		assert.equal(toEpochMs('2024-01-31T05:30:00+0530', 'p'), JAN_31_UTC_MIDNIGHT);
		assert.equal(toEpochMs('2024-01-31T00:00:00+00:00', 'p'), JAN_31_UTC_MIDNIGHT);
	});

	test('reads a date-time without a zone as KST', () => {
		assert.equal(toEpochMs('2024-01-31T09:00:00', 'p'), JAN_31_UTC_MIDNIGHT);
		assert.equal(toEpochMs('2024-01-31T09:00:00.123', 'p'), JAN_31_UTC_MIDNIGHT + 123);
		assert.equal(toEpochMs('2024-01-31T09:00', 'p'), JAN_31_UTC_MIDNIGHT);
		// 08:59 KST on the 31st is still the 30th in UTC.
		assert.equal(toEpochMs('2024-01-31T08:59:59.999', 'p'), JAN_31_UTC_MIDNIGHT - 1);
	});

	test('reads a date alone as midnight KST, which is 15:00 UTC the day before', () => {
		assert.equal(toEpochMs('2024-01-31', 'p'), Date.UTC(2024, 0, 30, 15));
		assert.equal(toEpochMs('2024-01-31', 'p'), 1706626800000);
		assert.equal(toEpochMs('2024-01-01', 'p'), Date.UTC(2023, 11, 31, 15));
		assert.equal(toEpochMs('2024-03-01', 'p'), Date.UTC(2024, 1, 29, 15));
	});

	test('trims the text around a date', () => {
		assert.equal(toEpochMs('  2024-01-31T09:00:00+09:00\n', 'p'), JAN_31_UTC_MIDNIGHT);
		assert.equal(toEpochMs(' 2024-01-31 ', 'p'), Date.UTC(2024, 0, 30, 15));
		assert.equal(toEpochMs('\t2024-01-31T09:00:00 ', 'p'), JAN_31_UTC_MIDNIGHT);
	});

	test('reads a Luxon-like object through toMillis()', () => {
		let calls = 0;
		const dateTime = {
			toMillis() {
				calls++;
				return JAN_31_UTC_MIDNIGHT + 42;
			},
			// A Luxon DateTime also has toString(); it must not be what is read.
			toString: () => '1999-01-01T00:00:00Z',
		};
		assert.equal(toEpochMs(dateTime, 'p'), JAN_31_UTC_MIDNIGHT + 42);
		assert.equal(calls, 1);
	});

	test('reads a JavaScript Date', () => {
		assert.equal(toEpochMs(new Date(JAN_31_UTC_MIDNIGHT), 'p'), JAN_31_UTC_MIDNIGHT);
		assert.equal(
			toEpochMs(new Date('2024-01-31T09:00:00.007+09:00'), 'p'),
			JAN_31_UTC_MIDNIGHT + 7,
		);
		assert.equal(toEpochMs(new Date(0), 'p'), 0);
	});

	test('reads epoch milliseconds as they are, including 0 and negative numbers', () => {
		assert.equal(toEpochMs(JAN_31_UTC_MIDNIGHT, 'p'), JAN_31_UTC_MIDNIGHT);
		assert.equal(toEpochMs(0, 'p'), 0);
		assert.equal(toEpochMs(-1, 'p'), -1);
		assert.equal(toEpochMs(1.5, 'p'), 1.5);
	});

	test('refuses an empty string with an InvalidDateError naming the parameter', () => {
		assert.throws(
			() => toEpochMs('', 'Changed After'),
			(error: unknown) => {
				assert.ok(error instanceof InvalidDateError);
				assert.ok(error instanceof Error);
				assert.equal(error.name, 'InvalidDateError');
				assert.equal(
					error.message,
					'Changed After is not a valid date: "". Use an ISO date such as 2024-01-31T09:00:00+09:00 or an expression like {{ $now.minus(1, \'day\') }}.',
				);
				return true;
			},
		);
		assert.throws(() => toEpochMs('   ', 'From'), {
			name: 'InvalidDateError',
			message: /^From is not a valid date: " {3}"\./,
		});
	});

	test('refuses text that is not a date, quoting it in the message', () => {
		for (const garbage of [
			'garbage',
			'tomorrow',
			'2024',
			'2024-13-01',
			'2024-01-31T25:00:00',
			'31/01/2024',
			'not a date 2024',
			'1706659200000',
		]) {
			assert.throws(
				() => toEpochMs(garbage, 'Since'),
				(error: unknown) => {
					assert.ok(error instanceof InvalidDateError, garbage);
					assert.ok(
						error.message.startsWith(`Since is not a valid date: "${garbage}". Use an ISO date`),
						error.message,
					);
					return true;
				},
			);
		}
	});

	test('refuses NaN, infinities, an invalid Date and an invalid Luxon-like object', () => {
		const invalid: unknown[] = [
			NaN,
			Infinity,
			-Infinity,
			new Date('nonsense'),
			{ toMillis: () => NaN },
		];
		for (const value of invalid) {
			assert.throws(() => toEpochMs(value, 'Until'), {
				name: 'InvalidDateError',
				message: /^Until is not a valid date: /,
			});
		}
	});

	test('refuses values of other types', () => {
		for (const value of [undefined, null, true, false, {}, [], ['2024-01-31'], { toMillis: 5 }]) {
			assert.throws(() => toEpochMs(value, 'Until'), InvalidDateError);
		}
		assert.throws(() => toEpochMs(undefined, 'Until'), {
			message: /^Until is not a valid date: undefined\. /,
		});
		assert.throws(() => toEpochMs(null, 'Until'), {
			message: /^Until is not a valid date: null\. /,
		});
	});

	test('refuses a calendar date that does not exist instead of rolling it over', () => {
		assert.throws(() => toEpochMs('2024-02-30', 'p'), InvalidDateError);
		assert.throws(() => toEpochMs('2023-02-29', 'p'), InvalidDateError);
		assert.throws(() => toEpochMs('2024-04-31T10:00:00', 'p'), InvalidDateError);
	});
});

describe('formatNaverDateTime', () => {
	test("writes yyyy-MM-dd'T'HH:mm:ss.SSS+09:00 in KST", () => {
		assert.equal(formatNaverDateTime(JAN_31_UTC_MIDNIGHT), '2024-01-31T09:00:00.000+09:00');
		assert.equal(formatNaverDateTime(0), '1970-01-01T09:00:00.000+09:00');
		assert.match(
			formatNaverDateTime(Date.UTC(2024, 5, 7, 8, 9, 10, 11)),
			/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+09:00$/,
		);
		assert.equal(
			formatNaverDateTime(Date.UTC(2024, 5, 7, 8, 9, 10, 11)),
			'2024-06-07T17:09:10.011+09:00',
		);
	});

	test('keeps the milliseconds', () => {
		assert.equal(formatNaverDateTime(JAN_31_UTC_MIDNIGHT + 1), '2024-01-31T09:00:00.001+09:00');
		assert.equal(formatNaverDateTime(JAN_31_UTC_MIDNIGHT + 999), '2024-01-31T09:00:00.999+09:00');
		assert.equal(formatNaverDateTime(JAN_31_UTC_MIDNIGHT - 1), '2024-01-31T08:59:59.999+09:00');
	});

	test('moves a UTC afternoon or evening into the next KST day', () => {
		assert.equal(formatNaverDateTime(Date.UTC(2024, 0, 31, 15)), '2024-02-01T00:00:00.000+09:00');
		assert.equal(
			formatNaverDateTime(Date.UTC(2024, 0, 31, 23, 59, 59, 999)),
			'2024-02-01T08:59:59.999+09:00',
		);
		// Across a leap day, a month end and a year end.
		assert.equal(formatNaverDateTime(Date.UTC(2024, 1, 28, 15)), '2024-02-29T00:00:00.000+09:00');
		assert.equal(formatNaverDateTime(Date.UTC(2024, 1, 29, 15)), '2024-03-01T00:00:00.000+09:00');
		assert.equal(
			formatNaverDateTime(Date.UTC(2023, 11, 31, 15, 0, 0, 1)),
			'2024-01-01T00:00:00.001+09:00',
		);
	});

	test('keeps a UTC morning on the same KST day, up to the last millisecond', () => {
		assert.equal(
			formatNaverDateTime(Date.UTC(2024, 0, 31, 14, 59, 59, 999)),
			'2024-01-31T23:59:59.999+09:00',
		);
		assert.equal(
			formatNaverDateTime(Date.UTC(2023, 11, 31, 14, 59, 59, 999)),
			'2023-12-31T23:59:59.999+09:00',
		);
	});
});

describe('formatNaverDate', () => {
	test('writes yyyy-MM-dd in KST, turning at 15:00:00.000Z', () => {
		assert.equal(formatNaverDate(Date.parse('2024-01-31T14:59:59.999Z')), '2024-01-31');
		assert.equal(formatNaverDate(Date.parse('2024-01-31T15:00:00.000Z')), '2024-02-01');
		assert.equal(formatNaverDate(Date.parse('2023-12-31T14:59:59.999Z')), '2023-12-31');
		assert.equal(formatNaverDate(Date.parse('2023-12-31T15:00:00.000Z')), '2024-01-01');
	});

	test('gives the KST date, not the UTC date', () => {
		assert.equal(formatNaverDate(JAN_31_UTC_MIDNIGHT - 9 * HOUR), '2024-01-31');
		assert.equal(formatNaverDate(JAN_31_UTC_MIDNIGHT - 9 * HOUR - 1), '2024-01-30');
		assert.equal(formatNaverDate(0), '1970-01-01');
		assert.equal(formatNaverDate(-9 * HOUR - 1), '1969-12-31');
	});
});

describe('toNaverDateTime and toNaverDate', () => {
	test('convert what n8n hands over into what Naver wants', () => {
		assert.equal(toNaverDateTime('2024-01-31T00:00:00Z', 'p'), '2024-01-31T09:00:00.000+09:00');
		assert.equal(
			toNaverDateTime('2024-01-30T19:00:00.250-05:00', 'p'),
			'2024-01-31T09:00:00.250+09:00',
		);
		assert.equal(toNaverDateTime('2024-01-31', 'p'), '2024-01-31T00:00:00.000+09:00');
		assert.equal(toNaverDateTime('2024-01-31T10:11:12', 'p'), '2024-01-31T10:11:12.000+09:00');
		assert.equal(
			toNaverDateTime({ toMillis: () => JAN_31_UTC_MIDNIGHT }, 'p'),
			'2024-01-31T09:00:00.000+09:00',
		);
		assert.equal(toNaverDate('2024-01-31T14:59:59.999Z', 'p'), '2024-01-31');
		assert.equal(toNaverDate('2024-01-31T15:00:00Z', 'p'), '2024-02-01');
		assert.equal(toNaverDate('2024-01-31', 'p'), '2024-01-31');
		assert.equal(toNaverDate(new Date(JAN_31_UTC_MIDNIGHT), 'p'), '2024-01-31');
	});

	test('round trip: a formatted date-time reads back to the same millisecond', () => {
		const samples = [
			0,
			1,
			JAN_31_UTC_MIDNIGHT,
			JAN_31_UTC_MIDNIGHT + 999,
			Date.UTC(2024, 0, 31, 14, 59, 59, 999),
			Date.UTC(2024, 0, 31, 15),
			Date.UTC(2024, 1, 29, 23, 30, 0, 5),
			Date.UTC(2099, 11, 31, 23, 59, 59, 999),
		];
		for (const ms of samples) {
			const text = formatNaverDateTime(ms);
			assert.equal(toEpochMs(text, 'p'), ms, text);
			assert.equal(toNaverDateTime(text, 'p'), text);
			// Without the zone, the text is read as KST, which is what it is.
			assert.equal(toEpochMs(text.slice(0, 23), 'p'), ms, text);
		}
	});

	test('round trip: a formatted date reads back to midnight KST of that date', () => {
		for (const ms of [
			Date.UTC(2024, 0, 31, 14, 59, 59, 999),
			Date.UTC(2024, 0, 31, 15),
			Date.UTC(2024, 1, 29, 3),
		]) {
			const date = formatNaverDate(ms);
			const midnight = toEpochMs(date, 'p');
			assert.ok(midnight <= ms && ms - midnight < 24 * HOUR, date);
			assert.equal(formatNaverDateTime(midnight), `${date}T00:00:00.000+09:00`);
			assert.equal(toNaverDate(date, 'p'), date);
		}
	});

	test('pass the parameter name on to the error', () => {
		assert.throws(() => toNaverDateTime('soon', 'Last Changed From'), {
			name: 'InvalidDateError',
			message: /^Last Changed From is not a valid date: "soon"\./,
		});
		assert.throws(() => toNaverDate(undefined, 'Settle Date'), {
			name: 'InvalidDateError',
			message: /^Settle Date is not a valid date: undefined\./,
		});
	});
});
