/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Fashion Model (actions/fashionModel/FashionModel.resource.ts, rows of the endpoint table) through
 * n8n-core against the emulator: Get Many, Create, Update and Delete as the emulator received and
 * stored them, output items paired with their input items, the refusals made before any request,
 * and the Fashion Model ID's "From List".
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import { lookupStateOf, type LookupState } from '../emulator/routes/listingLookups';
import {
	contractFindings,
	DEFAULT_APP,
	type EmulatorRoute,
	type NaverCommerceEmulator,
	startEmulator,
} from '../emulator/server';
import { credentialsFor, runListSearch, runNaverCommerceNode } from '../helpers/n8nHarness';

interface Received {
	route: string;
	method: string;
	path: string;
	body: unknown;
}

const picked = (value: string, mode: 'list' | 'id' = 'list') => ({ __rl: true, mode, value });

describe('Fashion Model through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	let state: LookupState;
	const received: Received[] = [];
	const findingsBefore = contractFindings.length;
	const run = (
		operation: string,
		parameters: IDataObject = {},
		options: { continueOnFail?: boolean; inputItems?: IDataObject[] } = {},
	) =>
		runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			parameters: { resource: 'fashionModel', operation, ...parameters },
			...options,
		});
	const outputOf = (result: Awaited<ReturnType<typeof run>>) => {
		assert.equal(result.error, undefined, result.error?.message);
		return result.items!.map((item) => [item.json, item.pairedItem]);
	};
	const search = (filter?: string) =>
		runListSearch({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			method: 'searchFashionModels',
			filter,
		});

	before(async () => {
		emulator = await startEmulator({ productOrders: 20 });
		state = lookupStateOf(emulator.store);
		for (const route of (emulator as unknown as { routes: EmulatorRoute[] }).routes) {
			const handler = route.handler;
			route.handler = (request, match) => {
				received.push({
					route: route.name,
					method: request.method,
					path: request.path,
					body: request.body,
				});
				return handler(request, match);
			};
		}
	});
	after(async () => await emulator.stop());
	beforeEach(() => {
		state.reset();
		received.length = 0;
	});

	test('Get Many: one item per model of the store, for each input item', async () => {
		const models = state.fashionModels.items;
		assert.ok(models.length >= 4);
		const result = await run('getMany', {}, { inputItems: [{}, {}] });
		assert.deepEqual(outputOf(result), [
			...models.map((model) => [model, { item: 0 }]),
			...models.map((model) => [model, { item: 1 }]),
		]);
		assert.deepEqual(
			received.map((request) => [request.method, request.path]),
			[
				['GET', '/v1/product-fashion-models'],
				['GET', '/v1/product-fashion-models'],
			],
		);
	});

	test('Create: every field at its place (the picture under modelImage.url); the saved model', async () => {
		const result = await run('create', {
			name: ' 정민지 ',
			height: 170,
			weight: 50,
			top: '55',
			bottom: '26',
			shoe: '245',
			modelImageUrl: 'https://shop-phinf.pstatic.net/20261201_1/fashion-model-new.jpg',
		});
		const sent = {
			name: '정민지',
			height: 170,
			weight: 50,
			top: '55',
			bottom: '26',
			shoe: '245',
			modelImage: { url: 'https://shop-phinf.pstatic.net/20261201_1/fashion-model-new.jpg' },
		};
		assert.deepEqual(received, [
			{
				route: 'lookups.fashionModelCreate',
				method: 'POST',
				path: '/v1/product-fashion-models',
				body: sent,
			},
		]);
		const [[saved, paired]] = outputOf(result) as Array<[IDataObject, unknown]>;
		assert.deepEqual(paired, { item: 0 });
		assert.ok(Number(saved.id) > 7103);
		assert.deepEqual(saved, { ...sent, id: saved.id });
		assert.deepEqual(state.fashionModels.find(Number(saved.id)), saved);
	});

	test('Create with the name alone: nothing else is sent (no height or weight of 0)', async () => {
		const result = await run('create', { name: '모델 B' });
		assert.deepEqual(received[0].body, { name: '모델 B' });
		const [[saved]] = outputOf(result) as Array<[IDataObject, unknown]>;
		assert.equal(saved.name, '모델 B');
	});

	test('Update: the values given as the whole model (PUT with the ID in the path), as the emulator stores it', async () => {
		const result = await run('update', {
			fashionModelId: picked('7101'),
			name: '이서윤',
			height: 169,
			top: '55',
		});
		assert.deepEqual(received, [
			{
				route: 'lookups.fashionModelUpdate',
				method: 'PUT',
				path: '/v1/product-fashion-models/7101',
				body: { name: '이서윤', height: 169, top: '55' },
			},
		]);
		assert.deepEqual(outputOf(result), [
			[{ name: '이서윤', height: 169, top: '55', id: 7101 }, { item: 0 }],
		]);
		assert.deepEqual(state.fashionModels.find(7101), {
			name: '이서윤',
			height: 169,
			top: '55',
			id: 7101,
		});
	});

	test('Delete: the model is gone; deleting it again is a 404 error item, paired', async () => {
		const result = await run('delete', { fashionModelId: picked('7102', 'id') });
		assert.deepEqual(outputOf(result), [[{ fashionModelId: 7102 }, { item: 0 }]]);
		assert.deepEqual(
			received.map((request) => [request.method, request.path]),
			[['DELETE', '/v1/product-fashion-models/7102']],
		);
		assert.equal(state.fashionModels.find(7102), undefined);

		const again = await run(
			'delete',
			{ fashionModelId: picked('7102', 'id') },
			{ continueOnFail: true, inputItems: [{}] },
		);
		assert.equal(again.items?.length, 1);
		assert.equal(again.items![0].json.httpStatus, 404);
		assert.deepEqual(again.items![0].pairedItem, { item: 0 });
	});

	test('empty or malformed input is refused before any request, naming the field', async () => {
		const refusals: Array<[string, IDataObject, RegExp]> = [
			['create', { name: '={{ $json.missing }}' }, /^Name is empty/],
			['create', { name: 'x', height: 170.5 }, /^Height must be a whole number/],
			[
				'update',
				{ fashionModelId: picked('={{ "7101/../x" }}', 'id'), name: 'x' },
				/^Fashion Model ID must be a number/,
			],
			['update', { fashionModelId: picked('7101'), name: '  ' }, /^Name is empty/],
			[
				'delete',
				{ fashionModelId: picked('={{ $json.missing }}', 'id') },
				/^Fashion Model ID is empty/,
			],
		];
		for (const [operation, parameters, message] of refusals) {
			const result = await run(operation, parameters, { continueOnFail: true });
			assert.equal(result.items?.length, 1, operation);
			assert.match(String(result.items![0].json.error), message, operation);
			assert.deepEqual(result.items![0].pairedItem, { item: 0 });
		}
		assert.deepEqual(received, []);
		assert.ok(state.fashionModels.find(7101), 'nothing changed');
	});

	test('Fashion Model ID "From List": the store\'s models, narrowed by name or ID', async () => {
		const all = await search();
		assert.deepEqual(
			all.results.map((result) => result.value),
			state.fashionModels.items.map((model) => String(model.id)),
		);
		assert.equal(all.results[0].name, '모델 A, 178 cm 65 kg (7003)');
		assert.equal(all.paginationToken, undefined);
		assert.deepEqual(
			(await search('이서')).results.map((result) => result.value),
			['7101'],
		);
		assert.deepEqual(
			(await search('7102')).results.map((result) => result.value),
			['7102'],
		);
		assert.deepEqual((await search('없는 모델')).results, []);
		assert.ok(received.every((request) => request.path === '/v1/product-fashion-models'));
	});

	test('no request or answer broke the contract', () => {
		assert.deepEqual(contractFindings.slice(findingsBefore), []);
	});
});
