/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Group Product (v2 그룹상품) through n8n-core against the emulator. Create and Update are
 * asynchronous at Naver: with Wait for Completion the node polls the status API until the request
 * is done and outputs its result, sends the write once whatever happens, reports FAILED with
 * Naver's inputs at fault, ALREADY_RESERVED as not taken, and a wait that runs out as an unknown
 * outcome with the request ID. The rows (Get, Delete, Get Status, Save Detail Content) and the
 * checks made before any request are here too. Every request and answer is held to the contract.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import { groupProductStateOf } from '../emulator/routes/groupProducts';
import { GROUP_SAMPLE_IMAGE, groupProductBody } from '../emulator/routes/groupProductSamples';
import { issuedImageUrls } from '../emulator/routes/productImages';
import { productCatalogue } from '../emulator/routes/products';
import {
	contractFindings,
	DEFAULT_APP,
	type NaverCommerceEmulator,
	startEmulator,
} from '../emulator/server';
import { credentialsFor, runNaverCommerceNode, type RunResult } from '../helpers/n8nHarness';
import { recordRequests, type ReceivedRequest } from '../helpers/receivedRequests';

type Json = IDataObject;

describe('Group Product through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	let received: ReceivedRequest[] = [];
	const findingsBefore = contractFindings.length;
	const nowMs = Date.now();

	const run = (
		operation: string,
		parameters: IDataObject = {},
		options: { continueOnFail?: boolean; inputItems?: IDataObject[] } = {},
	) =>
		runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			parameters: { resource: 'groupProduct', operation, ...parameters },
			...options,
		});
	const requestsTo = (route: string) => received.filter((request) => request.route === route);
	const jsonOf = (result: RunResult) => {
		assert.equal(result.error, undefined, result.error?.message);
		return result.items!.map((item) => item.json);
	};
	const errorText = (result: RunResult) => {
		const error = result.error as (Error & { description?: string }) | undefined;
		assert.ok(error, 'the node stopped with an error');
		return `${error.message}\n${error.description ?? ''}`;
	};
	const sample = (extra: Partial<Parameters<typeof groupProductBody>[0]> = {}) =>
		groupProductBody({ nowMs, ...extra }).groupProduct as Json;
	const state = () => groupProductStateOf(emulator.store);

	before(async () => {
		emulator = await startEmulator({ productOrders: 20 });
		// Every request a route handles, as it arrived (after the contract check).
		received = recordRequests(emulator);
	});
	after(async () => await emulator.stop());
	beforeEach(() => {
		received.length = 0;
		state().reset();
		productCatalogue(emulator.store).reset();
		issuedImageUrls(emulator.store).add(GROUP_SAMPLE_IMAGE);
	});

	test('Create with Wait for Completion: one POST, polls until COMPLETED, the numbers as output', async () => {
		state().pollsToComplete = 3;
		const items = jsonOf(await run('create', { groupProduct: JSON.stringify(sample()) }));
		assert.equal(items.length, 1);
		const [done] = items;
		assert.equal((done.progress as Json).state, 'COMPLETED');
		assert.equal(typeof done.groupProductNo, 'number');
		const productNos = done.productNos as Json[];
		assert.equal(productNos.length, 3);
		assert.equal(requestsTo('groupProducts.create').length, 1);
		const polls = requestsTo('groupProducts.status');
		assert.equal(polls.length, 3, 'polled until the emulator finished the request');
		for (const poll of polls) {
			assert.deepEqual(poll.query, { type: 'CREATE', requestId: String(done.requestId) });
		}
		// What was registered is what the output says.
		const group = state().groups.get(done.groupProductNo as number);
		assert.deepEqual(
			group?.specifics.map((entry) => entry.originProductNo),
			productNos.map((entry) => entry.originProductNo),
		);
	});

	test('Create without waiting: the request ID and QUEUED at once, no poll', async () => {
		const items = jsonOf(
			await run('create', { groupProduct: JSON.stringify(sample()), waitForCompletion: false }),
		);
		assert.equal(items.length, 1);
		assert.deepEqual(items[0].progress, { state: 'QUEUED', progress: 0 });
		assert.equal(items[0].requestId, state().jobs[0].requestId);
		assert.equal(requestsTo('groupProducts.status').length, 0);

		// Get Status reads it later: IN_PROGRESS, then COMPLETED (pollsToComplete 2).
		const status = (requestId: string) =>
			run('getStatus', { type: 'CREATE', requestId }).then(jsonOf);
		const first = await status(String(items[0].requestId));
		assert.equal((first[0].progress as Json).state, 'IN_PROGRESS');
		const second = await status(String(items[0].requestId));
		assert.equal((second[0].progress as Json).state, 'COMPLETED');
		assert.equal(typeof second[0].groupProductNo, 'number');
		assert.deepEqual(requestsTo('groupProducts.status')[0].query, {
			type: 'CREATE',
			requestId: String(items[0].requestId),
		});
	});

	test("FAILED: an error with Naver's message and inputs at fault; the write was sent once", async () => {
		state().pollsToComplete = 1;
		const body = { ...sample(), guideId: 999_999 };
		const stopped = await run('create', { groupProduct: JSON.stringify(body) });
		const text = errorText(stopped);
		assert.match(text, /Group product registration FAILED: 카테고리에서 허용하지 않는/);
		assert.match(text, /Invalid input: groupProduct\.guideId/);
		assert.equal(requestsTo('groupProducts.create').length, 1);

		received.length = 0;
		const items = jsonOf(
			await run('create', { groupProduct: JSON.stringify(body) }, { continueOnFail: true }),
		);
		assert.equal(items.length, 1);
		const [failed] = items;
		assert.equal(failed.success, false);
		assert.equal(failed.state, 'FAILED');
		assert.equal(failed.message, '카테고리에서 허용하지 않는 판매 옵션 가이드 ID입니다.');
		assert.deepEqual(
			(failed.invalidInputs as Json[]).map((input) => input.name),
			['groupProduct.guideId'],
		);
		assert.equal(typeof failed.requestId, 'string');
		assert.equal(requestsTo('groupProducts.create').length, 1);
		assert.equal(state().groups.size, 0);
	});

	test('ERROR (a system error at Naver): an error that sends the seller to Get Status, not a fix', async () => {
		state().pollsToComplete = 1;
		state().systemErrors = 1;
		const items = jsonOf(
			await run('create', { groupProduct: JSON.stringify(sample()) }, { continueOnFail: true }),
		);
		assert.equal(items[0].success, false);
		assert.equal(items[0].state, 'ERROR');
		assert.equal(items[0].requestId, state().jobs[0].requestId);
		assert.match(String(items[0].error), /Group product registration ERROR/);
		assert.match(String(items[0].description), /system error.*Get Status \(Type Create/s);
		assert.equal(requestsTo('groupProducts.create').length, 1);
	});

	test('the longest wait reached: "outcome unknown" with the request ID, and no second write', async () => {
		state().pollsToComplete = 1_000;
		const stopped = await run('create', {
			groupProduct: JSON.stringify(sample()),
			options: { maxWaitSeconds: 1 },
		});
		const requestId = state().jobs[0].requestId;
		const text = errorText(stopped);
		assert.match(text, /did not finish within 1 seconds: its outcome is unknown/);
		assert.ok(text.includes(`request ID ${requestId}`), text);
		assert.match(text, /Get Status/);
		assert.equal(requestsTo('groupProducts.create').length, 1);
		assert.ok(requestsTo('groupProducts.status').length >= 1);
		assert.equal(state().jobs.length, 1, 'one request at Naver');

		// With Continue On Fail the item carries the request ID to look it up.
		state().reset();
		state().pollsToComplete = 1_000;
		received.length = 0;
		const items = jsonOf(
			await run(
				'create',
				{ groupProduct: JSON.stringify(sample()), options: { maxWaitSeconds: 1 } },
				{ continueOnFail: true },
			),
		);
		assert.equal(items[0].requestId, state().jobs[0].requestId);
		assert.equal(items[0].state, 'IN_PROGRESS');
		assert.equal(requestsTo('groupProducts.create').length, 1);
	});

	test("the write's answer lost: an error that it may have been applied, and no second write", async () => {
		emulator.faults.push({
			method: 'POST',
			pathPrefix: '/v2/standard-group-products',
			status: 200,
			kind: 'lostAnswer',
			remaining: 1,
		});
		try {
			const stopped = await run('create', { groupProduct: JSON.stringify(sample()) });
			assert.match(errorText(stopped), /may or may not have been applied/);
			assert.equal(requestsTo('groupProducts.create').length, 1);
			assert.equal(requestsTo('groupProducts.status').length, 0);
			assert.equal(state().jobs.length, 1, 'Naver took the one request');
		} finally {
			emulator.faults.length = 0;
		}
	});

	test('the status cannot be read: "outcome unknown" with the request ID, and no second write', async () => {
		// Every poll fails (the transport tries a read three times).
		emulator.faults.push({
			method: 'GET',
			pathPrefix: '/v2/standard-group-products/status',
			status: 503,
			code: 'GW.PROXY',
			remaining: 10,
		});
		try {
			const stopped = await run('create', { groupProduct: JSON.stringify(sample()) });
			const text = errorText(stopped);
			assert.match(text, /its status could not be read: its outcome is unknown/);
			assert.ok(text.includes(`request ID ${state().jobs[0].requestId}`), text);
			assert.equal(requestsTo('groupProducts.create').length, 1);
		} finally {
			emulator.faults.length = 0;
		}
	});

	test('ALREADY_RESERVED: the request was not taken; an error that says so, no poll', async () => {
		state().pollsToComplete = 1_000;
		// Another request of the account is running.
		jsonOf(
			await run('create', { groupProduct: JSON.stringify(sample()), waitForCompletion: false }),
		);
		received.length = 0;
		const stopped = await run('create', { groupProduct: JSON.stringify(sample()) });
		const text = errorText(stopped);
		assert.match(text, /did not take the group product registration/);
		assert.match(text, /ALREADY_RESERVED/);
		assert.match(text, /Nothing was written/);
		assert.equal(requestsTo('groupProducts.create').length, 1);
		assert.equal(requestsTo('groupProducts.status').length, 0);
		assert.equal(state().jobs.length, 1);
	});

	test('several items with waiting: each request done before the next, none reserved', async () => {
		state().pollsToComplete = 1;
		const items = jsonOf(
			await run(
				'create',
				{ groupProduct: '={{ JSON.stringify($json.group) }}' },
				{
					inputItems: [
						{ group: sample({ name: '그룹 하나' }) },
						{ group: sample({ name: '그룹 둘' }) },
					],
				},
			),
		);
		assert.deepEqual(
			items.map((item) => (item.progress as Json).state),
			['COMPLETED', 'COMPLETED'],
		);
		assert.equal(state().groups.size, 2);
	});

	test('Get, then Update from its output: one PUT, polled to COMPLETED, the change read back', async () => {
		state().pollsToComplete = 0;
		const [created] = jsonOf(await run('create', { groupProduct: JSON.stringify(sample()) }));
		assert.equal(requestsTo('groupProducts.status').length, 0, 'done when POST answered');
		const groupProductNo = created.groupProductNo as number;

		const [read] = jsonOf(await run('get', { groupProductNo: String(groupProductNo) }));
		const group = read.groupProduct as Json;
		assert.equal(group.name, sample().name);
		const specifics = group.specificProducts as Json[];
		assert.equal(specifics.length, 3);
		assert.ok(specifics.every((specific) => typeof specific.productName === 'string'));

		// Edit the Get output as a person would, and send it back.
		const edited = structuredClone(read);
		(edited.groupProduct as Json).name = '이름을 바꾼 그룹';
		((edited.groupProduct as Json).specificProducts as Json[])[0].salePrice = 25900;
		state().pollsToComplete = 2;
		received.length = 0;
		const [changed] = jsonOf(
			await run(
				'update',
				{ groupProductNo: '={{ $json.no }}', groupProduct: '={{ JSON.stringify($json.edited) }}' },
				{ inputItems: [{ no: groupProductNo, edited }] },
			),
		);
		assert.equal((changed.progress as Json).state, 'COMPLETED');
		assert.equal(changed.groupProductNo, groupProductNo);
		const puts = requestsTo('groupProducts.update');
		assert.equal(puts.length, 1);
		assert.equal(puts[0].path, `/v2/standard-group-products/${groupProductNo}`);
		// Get's read-only fields are not sent back.
		const sent = (puts[0].body as Json).groupProduct as Json;
		assert.ok((sent.specificProducts as Json[]).every((specific) => !('productName' in specific)));
		assert.deepEqual(
			requestsTo('groupProducts.status').map((poll) => poll.query.type),
			['UPDATE', 'UPDATE'],
		);

		const [after] = jsonOf(await run('get', { groupProductNo: String(groupProductNo) }));
		assert.equal((after.groupProduct as Json).name, '이름을 바꾼 그룹');
		assert.equal(((after.groupProduct as Json).specificProducts as Json[])[0].salePrice, 25900);
	});

	test('Delete: the group and its products are gone; Get is then a 404 error item', async () => {
		state().pollsToComplete = 0;
		const [created] = jsonOf(await run('create', { groupProduct: JSON.stringify(sample()) }));
		const groupProductNo = created.groupProductNo as number;
		const deleted = jsonOf(await run('delete', { groupProductNo: String(groupProductNo) }));
		assert.deepEqual(deleted, [{ groupProductNo }]);
		assert.equal(state().groups.has(groupProductNo), false);
		const gone = await run(
			'get',
			{ groupProductNo: String(groupProductNo) },
			{ continueOnFail: true },
		);
		assert.equal(gone.items?.length, 1);
		assert.equal(gone.items![0].json.httpStatus, 404);
	});

	test('Save Detail Content: its detailContentTempId gives each product its own detail page', async () => {
		const saved = await Promise.all(
			['<p>블랙 M</p>', '<p>블랙 L</p>', '<p>화이트 M</p>'].map(async (content) => {
				const [answer] = jsonOf(await run('saveDetailContent', { content }));
				assert.equal(answer.content, content);
				assert.equal(typeof answer.detailContentTempId, 'number');
				return answer.detailContentTempId as number;
			}),
		);
		assert.equal(requestsTo('groupProducts.tempDetailContent').length, 3);
		state().pollsToComplete = 1;
		const body = sample();
		delete body.commonDetailContent;
		(body.specificProducts as Json[]).forEach((specific, index) => {
			specific.detailContentTempId = saved[index];
		});
		const [done] = jsonOf(await run('create', { groupProduct: JSON.stringify(body) }));
		assert.equal((done.progress as Json).state, 'COMPLETED');
		const catalogue = productCatalogue(emulator.store);
		const contents = (done.productNos as Json[]).map(
			(entry) =>
				catalogue.byOriginProductNo(entry.originProductNo as number)?.originProduct.detailContent,
		);
		assert.deepEqual(contents, ['<p>블랙 M</p>', '<p>블랙 L</p>', '<p>화이트 M</p>']);
	});

	test('what Naver requires is checked before any request, naming the field', async () => {
		const cases: Array<[string, unknown, RegExp]> = [
			['not JSON', '{"leafCategoryId": ', /Group Product \(JSON\) is not valid JSON/],
			['a list', '[]', /must be an object/],
			[
				'no category',
				{ ...sample(), leafCategoryId: '' },
				/groupProduct\.leafCategoryId is missing/,
			],
			['no guide', { ...sample(), guideId: undefined }, /groupProduct\.guideId is missing/],
			[
				'no after-sales guide',
				{ ...sample(), afterServiceInfo: { afterServiceTelephoneNumber: '02-1234-5678' } },
				/groupProduct\.afterServiceInfo\.afterServiceGuideContent is missing/,
			],
			[
				'no products',
				{ ...sample(), specificProducts: [] },
				/groupProduct\.specificProducts must list at least one product/,
			],
			[
				'a product without price',
				(() => {
					const body = sample();
					delete (body.specificProducts as Json[])[1].salePrice;
					return body;
				})(),
				/groupProduct\.specificProducts\[1\]\.salePrice must be a number/,
			],
			[
				'a product without image',
				(() => {
					const body = sample();
					(body.specificProducts as Json[])[2].images = {};
					return body;
				})(),
				/groupProduct\.specificProducts\[2\]\.images\.representativeImage\.url is missing/,
			],
		];
		for (const [what, value, expected] of cases) {
			const text = errorText(
				await run('create', {
					groupProduct: typeof value === 'string' ? value : JSON.stringify(value),
				}),
			);
			assert.match(text, expected, what);
		}
		const update = await run('update', {
			groupProductNo: 'abc',
			groupProduct: JSON.stringify(sample()),
		});
		assert.match(errorText(update), /Group Product Number must be a number/);
		const empty = await run('saveDetailContent', { content: ' ' });
		assert.match(errorText(empty), /Content is empty/);
		assert.deepEqual(received, [], 'no request was sent');
	});

	test('a category and guide from a spreadsheet (number, digits) are sent as Naver types them', async () => {
		state().pollsToComplete = 0;
		const body = { ...sample(), leafCategoryId: 50000830, guideId: '200001' };
		const [done] = jsonOf(await run('create', { groupProduct: JSON.stringify(body) }));
		assert.equal((done.progress as Json).state, 'COMPLETED');
		const sent = (requestsTo('groupProducts.create')[0].body as Json).groupProduct as Json;
		assert.equal(sent.leafCategoryId, '50000830');
		assert.equal(sent.guideId, 200001);
	});

	test('no request or answer broke the contract', () => {
		assert.deepEqual(contractFindings.slice(findingsBefore), []);
	});
});
