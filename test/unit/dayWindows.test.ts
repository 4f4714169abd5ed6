/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import {
	splitIntoDayWindows,
	type DayWindow,
} from '../../nodes/NaverCommerce/transport/dayWindows';

const DAY = 24 * 60 * 60 * 1000;
/** 2024-01-30T15:00:00.000Z, which is midnight KST on 2024-01-31. */
const T = Date.UTC(2024, 0, 30, 15);

/** mulberry32: a small seeded generator, so the property cases are the same on every run. */
function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Checks that the windows cut [fromMs, toMs] into at most-24-hour pieces, with no gap or overlap. */
function assertCovers(windows: DayWindow[], fromMs: number, toMs: number): void {
	const label = `[${fromMs}, ${toMs}]`;
	assert.equal(windows.length, Math.ceil((toMs - fromMs + 1) / DAY), label);
	assert.equal(windows[0].fromMs, fromMs, label);
	assert.equal(windows[windows.length - 1].toMs, toMs, label);
	let covered = 0;
	for (const [index, window] of windows.entries()) {
		assert.ok(window.fromMs <= window.toMs, `${label} window ${index}`);
		assert.ok(window.toMs - window.fromMs <= DAY - 1, `${label} window ${index}`);
		if (index < windows.length - 1) {
			// Every window but the last is a full 24 hours.
			assert.equal(window.toMs - window.fromMs, DAY - 1, `${label} window ${index}`);
			assert.equal(windows[index + 1].fromMs, window.toMs + 1, `${label} window ${index}`);
		}
		covered += window.toMs - window.fromMs + 1;
	}
	assert.equal(covered, toMs - fromMs + 1, label);
}

describe('splitIntoDayWindows', () => {
	test('gives one window when from equals to', () => {
		assert.deepEqual(splitIntoDayWindows(T, T), [{ fromMs: T, toMs: T }]);
		assert.deepEqual(splitIntoDayWindows(0, 0), [{ fromMs: 0, toMs: 0 }]);
	});

	test('gives no window when from is after to', () => {
		assert.deepEqual(splitIntoDayWindows(T + 1, T), []);
		assert.deepEqual(splitIntoDayWindows(T + DAY, T), []);
	});

	test('keeps a span shorter than 24 hours in one window', () => {
		assert.deepEqual(splitIntoDayWindows(T, T + 1), [{ fromMs: T, toMs: T + 1 }]);
		assert.deepEqual(splitIntoDayWindows(T, T + 5 * 60 * 1000), [{ fromMs: T, toMs: T + 300000 }]);
	});

	test('keeps exactly 24 hours of milliseconds, both ends included, in one window', () => {
		assert.deepEqual(splitIntoDayWindows(T, T + DAY - 1), [{ fromMs: T, toMs: T + DAY - 1 }]);
	});

	test('splits from 00:00 to 00:00 the next day, since both ends are inclusive', () => {
		assert.deepEqual(splitIntoDayWindows(T, T + DAY), [
			{ fromMs: T, toMs: T + DAY - 1 },
			{ fromMs: T + DAY, toMs: T + DAY },
		]);
	});

	test('starts each window 1 ms after the previous one ends', () => {
		assert.deepEqual(splitIntoDayWindows(T, T + 3 * DAY - 1), [
			{ fromMs: T, toMs: T + DAY - 1 },
			{ fromMs: T + DAY, toMs: T + 2 * DAY - 1 },
			{ fromMs: T + 2 * DAY, toMs: T + 3 * DAY - 1 },
		]);
	});

	test('gives four windows for 72 hours and 1 ms, the last one a single millisecond', () => {
		assert.deepEqual(splitIntoDayWindows(T, T + 3 * DAY), [
			{ fromMs: T, toMs: T + DAY - 1 },
			{ fromMs: T + DAY, toMs: T + 2 * DAY - 1 },
			{ fromMs: T + 2 * DAY, toMs: T + 3 * DAY - 1 },
			{ fromMs: T + 3 * DAY, toMs: T + 3 * DAY },
		]);
	});

	test('does not align windows to days: they follow from', () => {
		const from = T + 12345;
		assert.deepEqual(splitIntoDayWindows(from, from + DAY + 10), [
			{ fromMs: from, toMs: from + DAY - 1 },
			{ fromMs: from + DAY, toMs: from + DAY + 10 },
		]);
	});

	test('covers [from, to] without gaps or overlaps, for seeded pseudo-random spans', () => {
		const random = seededRandom(20240131);
		let cases = 0;
		for (let index = 0; index < 300; index++) {
			const fromMs = T + Math.floor(random() * 365 * DAY);
			const kind = index % 3;
			// Short spans, spans close to a whole number of days, and long spans up to 10 days.
			const span =
				kind === 0
					? Math.floor(random() * 2 * DAY)
					: kind === 1
						? (1 + Math.floor(random() * 5)) * DAY + Math.floor(random() * 5) - 2
						: Math.floor(random() * 10 * DAY);
			const toMs = fromMs + span;
			assertCovers(splitIntoDayWindows(fromMs, toMs), fromMs, toMs);
			cases++;
		}
		assert.equal(cases, 300);
		// And a reversed range never gives a window.
		for (let index = 0; index < 50; index++) {
			const toMs = T + Math.floor(random() * 365 * DAY);
			const fromMs = toMs + 1 + Math.floor(random() * 3 * DAY);
			assert.deepEqual(splitIntoDayWindows(fromMs, toMs), []);
		}
	});
});
