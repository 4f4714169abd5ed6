/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Trigger On "Product Sent Back by Inspection", rule by rule, through n8n-core's PollContext
 * against the emulator: the first activation, what is asked of Naver, a product sent back between
 * polls, every page of a long list, the per-poll cap across restarts, a product that leaves and
 * comes back, a restore request refused, a read that misses a product while the list shifts,
 * failed polls, both cursor modes from activation on, Fetch Test Event, switching Trigger On, and
 * the size of what the node stores.
 */
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { after, describe, it } from 'node:test';

import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { addProductQuestion } from '../emulator/routes/inquiries.ts';
import {
	acceptCorrection,
	inspectionStateOf,
	productsNotSentBack,
	refuseRestoration,
	sendBackProduct,
} from '../emulator/routes/inspections.ts';
import { contractFindings, DEFAULT_APP, NaverCommerceEmulator } from '../emulator/server.ts';
import { credentialsFor } from '../helpers/n8nHarness.ts';
import { TriggerHost, type Persistence } from './pollHarness.ts';
import { sleep } from './streamCheck.ts';

const LIST_PATH = '/v1/product-inspections/channel-products';
const findingsBefore = contractFindings.length;

interface ListRequest {
	page: string | null;
	size: string | null;
}

const emulators: NaverCommerceEmulator[] = [];
after(async () => {
	await Promise.all(emulators.map(async (emulator) => await emulator.stop()));
});

/**
 * An emulator that records every list request and can change the list right before it answers a
 * request (`beforeAnswer`), as Naver's list changes while the trigger pages it.
 */
async function startEmulator() {
	const emulator = await new NaverCommerceEmulator().start();
	emulators.push(emulator);
	const listRequests: ListRequest[] = [];
	const hooks: { beforeAnswer?: (request: ListRequest) => void } = {};
	const api = emulator['api'].bind(emulator);
	emulator['api'] = (
		req: IncomingMessage,
		path: string,
		query: URLSearchParams,
		rawBody: string,
		traceId: string,
		rawBytes?: Buffer,
	) => {
		if (path === LIST_PATH) {
			const request = { page: query.get('page'), size: query.get('size') };
			listRequests.push(request);
			hooks.beforeAnswer?.(request);
		}
		return api(req, path, query, rawBody, traceId, rawBytes);
	};
	return { emulator, listRequests, hooks };
}

function hostFor(
	emulator: NaverCommerceEmulator,
	parameters: IDataObject = {},
	persistence: Persistence = 'legacy',
): TriggerHost {
	return new TriggerHost(
		credentialsFor(emulator.baseUrl, DEFAULT_APP),
		{ triggerOn: 'productSentBack', ...parameters },
		persistence,
	);
}

const numbers = (items: Array<{ json: IDataObject }> | undefined) =>
	(items ?? []).map((item) => Number(item.json.channelProductNo));

const listed = (emulator: NaverCommerceEmulator) =>
	inspectionStateOf(emulator.store)
		.listed()
		.map((record) => record.channelProductNo);

describe('Naver Commerce Trigger on products sent back by inspection', () => {
	it('first activation knows the list and emits none of it; a product sent back later comes once, as Naver lists it', async () => {
		const { emulator, listRequests } = await startEmulator();
		const host = hostFor(emulator);
		const alreadyListed = listed(emulator);
		assert.ok(alreadyListed.length > 10, 'the seeded store has products sent back');

		const activation = await host.activate();
		assert.equal(activation.error, undefined, String(activation.error));
		assert.equal(activation.items, undefined, 'no history');
		assert.deepEqual(listRequests, [{ page: '1', size: '100' }], 'one page of 100 holds them all');
		const stored = host.savedNodeStaticData().sentBackProducts as IDataObject;
		assert.equal(
			(stored.open as string[]).length + (stored.restoreRequested as string[]).length,
			alreadyListed.length,
		);
		assert.equal(
			(host.savedGlobalStaticData().naverCommerceTriggerStart as IDataObject)['trigger-node'] !==
				undefined,
			true,
			'what the activation found is recorded for the first scheduled poll',
		);
		assert.equal((await host.poll()).items, undefined, 'nothing new');

		const [candidate] = productsNotSentBack(emulator.store);
		const record = sendBackProduct(emulator.store, candidate);
		const poll = await host.poll();
		assert.equal(poll.error, undefined, String(poll.error));
		assert.deepEqual(
			poll.items?.map((item) => item.json),
			[{ ...record }],
			"Naver's record as it is: channelProductNo, reason, action, restorationRequestAvailable",
		);
		assert.equal((await host.poll()).items, undefined, 'nothing twice');
		assert.equal((await host.restart()).items, undefined, 'nor after a restart');
		assert.equal((await host.poll()).items, undefined);
		assert.equal(
			(host.savedGlobalStaticData().naverCommerceTriggerStart as IDataObject)['trigger-node'],
			undefined,
			"the activation's record is removed once the node's static data holds the products",
		);
	});

	it('reads every page of a long list (100 a page) and emits each new product once', async () => {
		const { emulator, listRequests } = await startEmulator();
		const host = hostFor(emulator);
		await host.activate();
		const fresh = productsNotSentBack(emulator.store).slice(0, 260);
		for (const channelProductNo of fresh) sendBackProduct(emulator.store, channelProductNo);
		listRequests.length = 0;
		const poll = await host.poll();
		assert.equal(poll.error, undefined, String(poll.error));
		assert.deepEqual(numbers(poll.items).sort(), [...fresh].sort());
		assert.ok(listed(emulator).length > 300);
		assert.deepEqual(
			listRequests.map((request) => request.page).sort(),
			['1', '2', '3', '4'],
			'every page, each once',
		);
		assert.ok(listRequests.every((request) => request.size === '100'));
		assert.equal((await host.poll()).items, undefined);
	});

	it('Max Events per Poll: a burst is emitted over the next polls, none lost or repeated across restarts', async () => {
		const { emulator } = await startEmulator();
		const host = hostFor(emulator, { options: { maxChangesPerPoll: 7 } });
		await host.activate();
		const burst = productsNotSentBack(emulator.store).slice(0, 23);
		for (const channelProductNo of burst) sendBackProduct(emulator.store, channelProductNo);
		const sizes: number[] = [];
		for (let poll = 0; poll < 6; poll++) {
			const outcome = await host.poll();
			assert.equal(outcome.error, undefined, String(outcome.error));
			sizes.push(outcome.items?.length ?? 0);
			host.stop(); // the next poll starts from the saved static data only
		}
		assert.deepEqual(sizes, [7, 7, 7, 2, 0, 0]);
		assert.deepEqual(numbers(host.executions.flat()).sort(), [...burst].sort());
	});

	it('a corrected product leaves and is forgotten after two reads without it; sent back again later, it comes again', async () => {
		const { emulator } = await startEmulator();
		const host = hostFor(emulator);
		await host.activate();
		const [product] = productsNotSentBack(emulator.store);
		sendBackProduct(emulator.store, product);
		assert.deepEqual(numbers((await host.poll()).items), [product]);

		acceptCorrection(emulator.store, product);
		const known = () => {
			const stored = host.savedNodeStaticData().sentBackProducts as Record<string, string[]>;
			return {
				known: [...stored.open, ...stored.restoreRequested].includes(String(product)),
				missing: stored.missing.includes(String(product)),
			};
		};
		assert.equal((await host.poll()).items, undefined, 'leaving is not an event');
		// Durable-like check of what n8n keeps: with classic static data a poll without items is not
		// saved, so read the node's static data through a poll that emits.
		const other = productsNotSentBack(emulator.store).find((number) => number !== product)!;
		sendBackProduct(emulator.store, other);
		assert.deepEqual(numbers((await host.poll()).items), [other]);
		assert.deepEqual(known(), { known: false, missing: false }, 'forgotten after two reads');

		const again = sendBackProduct(emulator.store, product, {
			reason: '상품명에 과장 표현이 다시 포함되었습니다.',
			action: '상품명을 수정해 주세요.',
		});
		const poll = await host.poll();
		assert.deepEqual(
			poll.items?.map((item) => item.json),
			[{ ...again }],
			'sent back again: a new item',
		);
		assert.equal((await host.poll()).items, undefined);
	});

	it('a product that leaves and comes back before the next poll is not emitted again (the documented cost of reading a shifting list safely)', async () => {
		const { emulator } = await startEmulator();
		const host = hostFor(emulator);
		await host.activate();
		const [product] = productsNotSentBack(emulator.store);
		sendBackProduct(emulator.store, product);
		assert.deepEqual(numbers((await host.poll()).items), [product]);
		acceptCorrection(emulator.store, product);
		assert.equal((await host.poll()).items, undefined, 'one read without it');
		sendBackProduct(emulator.store, product);
		assert.equal((await host.poll()).items, undefined, 'listed again at the next read: known');
	});

	it('a restore request refused by the next inspection is sent back again (new item with the new reason); one accepted emits nothing', async () => {
		const { emulator } = await startEmulator();
		const host = hostFor(emulator);
		await host.activate();
		const [refused, accepted] = productsNotSentBack(emulator.store);
		sendBackProduct(emulator.store, refused);
		sendBackProduct(emulator.store, accepted);
		assert.deepEqual(numbers((await host.poll()).items).sort(), [refused, accepted].sort());

		// The seller asks for a restore through the API, as Product Inspection → Request Restore does.
		for (const product of [refused, accepted]) {
			const record = inspectionStateOf(emulator.store)
				.listed()
				.find((entry) => entry.channelProductNo === product)!;
			record.restorationRequestAvailable = false;
		}
		assert.equal((await host.poll()).items, undefined, 'a restore request is not an event');

		const again = refuseRestoration(emulator.store, refused);
		acceptCorrection(emulator.store, accepted);
		const poll = await host.poll();
		assert.deepEqual(
			poll.items?.map((item) => item.json),
			[{ ...again }],
		);
		assert.equal(poll.items?.[0].json.restorationRequestAvailable, true);
		assert.equal((await host.poll()).items, undefined);
		assert.equal((await host.restart()).items, undefined);
	});

	for (const shifts of [1, 2]) {
		it(`a product missed because the list shifted while it was paged is emitted once (${shifts === 1 ? 'a second read finds it' : 'both reads miss it: marked missing, not forgotten'})`, async () => {
			const { emulator, listRequests, hooks } = await startEmulator();
			const host = hostFor(emulator, {}, 'durable');
			await host.activate();
			const fresh = productsNotSentBack(emulator.store).slice(0, 150);
			for (const channelProductNo of fresh) sendBackProduct(emulator.store, channelProductNo);
			assert.equal(numbers((await host.poll()).items).length, 150);

			// While a read pages the list, the first product leaves: the first product of page 2
			// moves onto page 1, already read, and this read misses it. In the second case it is sent
			// back again before the second read's first page and leaves again before its second: the
			// same product is missed twice.
			const [leaving] = listed(emulator);
			const shifted = listed(emulator)[100];
			let pageOnes = 0;
			hooks.beforeAnswer = (request) => {
				if (request.page === '1') pageOnes += 1;
				if (request.page === '1' && pageOnes === 2 && shifts === 2) {
					sendBackProduct(emulator.store, leaving);
				}
				if (request.page === '2' && pageOnes <= shifts) acceptCorrection(emulator.store, leaving);
			};
			listRequests.length = 0;
			const missed = await host.poll();
			hooks.beforeAnswer = undefined;
			assert.equal(missed.error, undefined, String(missed.error));
			assert.equal(missed.items, undefined);
			assert.equal(
				pageOnes,
				2,
				'a known product absent from a read of several pages: the list is read again',
			);
			const stored = host.savedNodeStaticData().sentBackProducts as Record<string, string[]>;
			// Only the product both reads missed is marked missing (the one that left is kept one
			// more poll: the first read listed it).
			assert.deepEqual(stored.missing, shifts === 2 ? [String(shifted)] : []);
			// The next read lists the shifted products again: still known, not sent back again.
			assert.equal((await host.poll()).items, undefined, `${shifted} not emitted twice`);
			const other = productsNotSentBack(emulator.store).find((number) => number !== leaving)!;
			sendBackProduct(emulator.store, other);
			assert.deepEqual(numbers((await host.poll()).items), [other]);
		});
	}

	it('a poll that fails on a later page throws the NodeApiError, emits nothing and keeps what it knew; the next poll emits the same products', async () => {
		const { emulator } = await startEmulator();
		const host = hostFor(emulator);
		await host.activate();
		const fresh = productsNotSentBack(emulator.store).slice(0, 120);
		for (const channelProductNo of fresh) sendBackProduct(emulator.store, channelProductNo);
		const saved = host.savedStaticData;
		emulator.faults.push({
			pathPrefix: LIST_PATH,
			status: 403,
			code: 'GW.IP_NOT_ALLOWED',
			skip: 1,
			remaining: 1,
		});
		const failed = await host.poll();
		assert.ok(failed.error instanceof NodeApiError, 'n8n gets a NodeApiError');
		assert.match(failed.error.message, /GW\.IP_NOT_ALLOWED/);
		assert.equal(host.errors.length, 1, 'n8n records the failed poll');
		assert.equal(host.executions.length, 0);
		assert.equal(host.savedStaticData, saved);
		assert.deepEqual(numbers((await host.poll()).items).sort(), [...fresh].sort());
	});

	it('Fetch Test Event returns the first product of the list and stores nothing; an empty list says so', async () => {
		const { emulator, listRequests } = await startEmulator();
		const host = hostFor(emulator);
		const before = host.savedStaticData;
		const sample = await host.fetchTestEvent();
		assert.equal(sample.error, undefined, String(sample.error));
		const [first] = inspectionStateOf(emulator.store).listed();
		assert.deepEqual(
			sample.items?.map((item) => item.json),
			[{ ...first }],
		);
		assert.deepEqual(listRequests, [{ page: '1', size: '10' }], 'the smallest page');
		assert.equal(host.savedStaticData, before);

		for (const number of listed(emulator)) acceptCorrection(emulator.store, number);
		const empty = await host.fetchTestEvent();
		assert.match(String(empty.error?.message), /No product is sent back by inspection now/);
	});

	it('a node switched from product questions to products sent back starts afresh and forgets the question position, and back', async () => {
		const { emulator } = await startEmulator();
		const questions = new TriggerHost(credentialsFor(emulator.baseUrl, DEFAULT_APP), {
			triggerOn: 'productQuestion',
			options: { safetyLagSeconds: 0.2 },
		});
		await questions.activate();
		assert.ok(questions.savedNodeStaticData().productQuestionCursor);

		const sentBack = hostFor(emulator);
		sentBack.savedStaticData = questions.savedStaticData;
		assert.equal((await sentBack.activate()).items, undefined, 'nothing listed before the switch');
		const saved = sentBack.savedNodeStaticData();
		assert.deepEqual(
			Object.keys(saved),
			['sentBackProducts'],
			'the question position is forgotten',
		);
		const [product] = productsNotSentBack(emulator.store);
		sendBackProduct(emulator.store, product);
		assert.deepEqual(numbers((await sentBack.poll()).items), [product]);

		const back = new TriggerHost(credentialsFor(emulator.baseUrl, DEFAULT_APP), {
			triggerOn: 'productQuestion',
			options: { safetyLagSeconds: 0.2 },
		});
		back.savedStaticData = sentBack.savedStaticData;
		addProductQuestion(emulator.store, { createdMs: Date.now() - 60_000 });
		assert.equal((await back.activate()).items, undefined);
		assert.deepEqual(Object.keys(back.savedNodeStaticData()), ['productQuestionCursor']);
	});

	it('what the node keeps is the list and the products one read missed, however long it runs', async () => {
		const { emulator } = await startEmulator();
		const host = hostFor(emulator, {}, 'durable');
		await host.activate();
		const pool = productsNotSentBack(emulator.store).slice(0, 40);
		for (let round = 0; round < 12; round++) {
			const batch = pool.slice((round % 4) * 10, (round % 4) * 10 + 10);
			for (const product of batch) {
				if (!listed(emulator).includes(product)) sendBackProduct(emulator.store, product);
			}
			const leaving = pool.slice(((round + 2) % 4) * 10, ((round + 2) % 4) * 10 + 10);
			for (const product of leaving) {
				if (listed(emulator).includes(product)) acceptCorrection(emulator.store, product);
			}
			const outcome = await host.poll();
			assert.equal(outcome.error, undefined, String(outcome.error));
			const stored = host.savedNodeStaticData().sentBackProducts as Record<string, string[]>;
			const kept = new Set([...stored.open, ...stored.restoreRequested]);
			const now = new Set(listed(emulator).map(String));
			for (const number of now) assert.ok(kept.has(number), `${number} is listed and kept`);
			for (const number of stored.missing) assert.ok(kept.has(number) && !now.has(number));
			assert.equal(kept.size, now.size + stored.missing.length, 'nothing else is kept');
		}
	});

	it('no request or answer broke the contract', () => {
		assert.deepEqual(contractFindings.slice(findingsBefore), []);
	});
});

for (const persistence of ['legacy', 'durable'] as Persistence[]) {
	describe(`Naver Commerce Trigger on products sent back, ${persistence} cursors: the first interval after activation`, () => {
		it('a product sent back between activation and the first scheduled poll is emitted once', async () => {
			const { emulator } = await startEmulator();
			const host = hostFor(emulator, {}, persistence);
			const activation = await host.activate();
			assert.equal(activation.error, undefined, String(activation.error));
			assert.equal(activation.items, undefined);
			if (persistence === 'durable') {
				assert.deepEqual(
					host.savedNodeStaticData(),
					{},
					'n8n committed nothing of the activation poll',
				);
			}
			await sleep(20);
			const [product] = productsNotSentBack(emulator.store);
			sendBackProduct(emulator.store, product);
			const first = await host.poll();
			assert.equal(first.error, undefined, String(first.error));
			assert.deepEqual(numbers(first.items), [product], 'only the one sent back after activation');
			for (let poll = 0; poll < 2; poll++) assert.equal((await host.poll()).items, undefined);
			assert.equal((await host.restart()).items, undefined);
			assert.equal((await host.poll()).items, undefined);
		});
	});
}
