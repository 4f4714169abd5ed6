/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Catalogue Data's listing lookups, rows of the endpoint table (actions/catalogueData/lookupRows.ts),
 * run through n8n-core against the emulator: each request as the emulator received it (the tags as
 * one query parameter each, as Naver's string[] is), the output items against the emulator's data,
 * paired with their input items, and the refusals made before any request.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { description as catalogueDataFields } from '../../../nodes/NaverCommerce/actions/catalogueData/CatalogueData.resource';
import { categoryById } from '../../emulator/catalogueData';
import {
	ATTRIBUTE_VALUE_UNITS,
	CATALOGUE_MODELS,
	purchaseOptionGuidesOf,
	SIZE_TYPES,
	TAG_DICTIONARY,
} from '../../emulator/routes/listingLookups';
import {
	contractFindings,
	DEFAULT_APP,
	type EmulatorRoute,
	type NaverCommerceEmulator,
} from '../../emulator/server';
import { credentialsFor, runListSearch } from '../../helpers/n8nHarness';
import { catalogueData, catalogueKit, picked } from './catalogueKit';

interface Received {
	route: string;
	path: string;
	/** Every query parameter in order, repeated keys kept. */
	query: Array<[string, string]>;
}

describe('Catalogue Data → listing lookups (endpoint table rows) through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	const kit = catalogueKit();
	const received: Received[] = [];
	const findingsBefore = contractFindings.length;
	const run = (
		operation: string,
		parameters: IDataObject = {},
		options: { continueOnFail?: boolean; inputItems?: IDataObject[] } = {},
	) => kit.run({ parameters: catalogueData(operation, parameters), ...options });
	const outputOf = (result: Awaited<ReturnType<typeof run>>) => {
		assert.equal(result.error, undefined, result.error?.message);
		return result.items!.map((item) => [item.json, item.pairedItem]);
	};
	const jsonOf = (result: Awaited<ReturnType<typeof run>>) => {
		assert.equal(result.error, undefined, result.error?.message);
		return result.items!.map((item) => item.json);
	};

	before(async () => {
		({ emulator } = await kit.start());
		for (const route of (emulator as unknown as { routes: EmulatorRoute[] }).routes) {
			const handler = route.handler;
			route.handler = (request, match) => {
				received.push({ route: route.name, path: request.path, query: [...request.query] });
				return handler(request, match);
			};
		}
	});
	after(async () => await emulator.stop());
	beforeEach(() => {
		kit.reset();
		received.length = 0;
	});

	test('Check Restricted Tags: one query parameter per tag, one item per tag', async () => {
		const result = await run('checkRestrictedTags', { tags: ' 최저가, 선물추천 ,, ' });
		assert.deepEqual(outputOf(result), [
			[{ tag: '최저가', restricted: true }, { item: 0 }],
			[{ tag: '선물추천', restricted: false }, { item: 0 }],
		]);
		assert.deepEqual(received, [
			{
				route: 'lookups.restrictedTags',
				path: '/v2/tags/restricted-tags',
				query: [
					['tags', '최저가'],
					['tags', '선물추천'],
				],
			},
		]);
	});

	test('Check Restricted Tags: an array mapped per input item, each answer paired with its item', async () => {
		const result = await run(
			'checkRestrictedTags',
			{ tags: '={{ $json.tags }}' },
			{ inputItems: [{ tags: ['무료배송', '캠핑의자'] }, { tags: ['1+1'] }] },
		);
		assert.deepEqual(outputOf(result), [
			[{ tag: '무료배송', restricted: true }, { item: 0 }],
			[{ tag: '캠핑의자', restricted: false }, { item: 0 }],
			[{ tag: '1+1', restricted: true }, { item: 1 }],
		]);
		assert.deepEqual(
			received.map((request) => request.query),
			[
				[
					['tags', '무료배송'],
					['tags', '캠핑의자'],
				],
				[['tags', '1+1']],
			],
		);
	});

	test('Get Recommended Tags: the tags for the keyword, one item each', async () => {
		const result = await run('getRecommendedTags', { keyword: ' 캠핑 ' });
		const expected = TAG_DICTIONARY.filter((tag) => tag.text.includes('캠핑'));
		assert.ok(expected.length >= 3);
		assert.deepEqual(
			outputOf(result),
			expected.map((tag) => [tag, { item: 0 }]),
		);
		assert.deepEqual(received[0].query, [['keyword', '캠핑']]);
	});

	test('Get Standard Options: the category picked From List, sent as categoryId', async () => {
		const result = await run('getStandardOptions', { categoryId: picked('50000830') });
		const [options] = jsonOf(result);
		assert.equal(result.items!.length, 1);
		assert.equal(options.useStandardOption, true);
		assert.deepEqual(
			(options.standardOptionCategoryGroups as IDataObject[]).map((group) => group.groupName),
			['색상', '사이즈'],
		);
		assert.deepEqual(received, [
			{
				route: 'lookups.standardOptions',
				path: '/v1/options/standard-options',
				query: [['categoryId', '50000830']],
			},
		]);
	});

	test('Get Purchase Option Guides: one item with useOptionYn and the guides of the leaf', async () => {
		const result = await run('getPurchaseOptionGuides', {
			categoryId: picked('50000803', 'id'),
		});
		const items = jsonOf(result);
		assert.equal(items.length, 1);
		assert.equal(items[0].useOptionYn, true);
		assert.deepEqual(
			(items[0].optionGuides as IDataObject[]).map((guide) => guide.guideId),
			purchaseOptionGuidesOf(categoryById('50000803')!).map((guide) => guide.guideId),
		);
		assert.deepEqual(result.items![0].pairedItem, { item: 0 });
		assert.deepEqual(received[0].query, [['categoryId', '50000803']]);
	});

	test('Get Purchase Option Guides: Naver refuses a category that is not a leaf (an error item)', async () => {
		const result = await run(
			'getPurchaseOptionGuides',
			{ categoryId: picked('50000000', 'id') },
			{ continueOnFail: true },
		);
		assert.equal(result.items?.length, 1);
		assert.equal(result.items![0].json.httpStatus, 400);
		assert.deepEqual(result.items![0].pairedItem, { item: 0 });
	});

	test('Search Catalogue Models: pages of up to 100 until the limit, one item per model', async () => {
		const matching = CATALOGUE_MODELS.filter((model) => model.name.startsWith('에뮬레이터 모델'));
		assert.ok(matching.length > 150);
		const some = await run('searchCatalogueModels', { name: '에뮬레이터 모델', limit: 150 });
		assert.deepEqual(
			jsonOf(some).map((model) => model.id),
			matching.slice(0, 150).map((model) => model.id),
		);
		assert.deepEqual(
			received.map((request) => request.query),
			[
				[
					['name', '에뮬레이터 모델'],
					['page', '1'],
					['size', '100'],
				],
				[
					['name', '에뮬레이터 모델'],
					['page', '2'],
					['size', '100'],
				],
			],
		);

		received.length = 0;
		const all = await run('searchCatalogueModels', { name: '갤럭시', returnAll: true });
		assert.deepEqual(
			outputOf(all),
			CATALOGUE_MODELS.filter((model) => model.name.includes('갤럭시')).map((model) => [
				model,
				{ item: 0 },
			]),
		);
		assert.equal(received.length, 1);
	});

	test('Get Catalogue Model: the model by its ID', async () => {
		const model = CATALOGUE_MODELS.find((entry) => entry.id === 41_000_000_101)!;
		assert.deepEqual(outputOf(await run('getCatalogueModel', { id: '41000000101' })), [
			[model, { item: 0 }],
		]);
		assert.equal(received[0].path, '/v1/product-models/41000000101');
	});

	test('Get Size Types, Get Size Type and Get Attribute Value Units', async () => {
		assert.deepEqual(
			outputOf(await run('getSizeTypes')),
			SIZE_TYPES.map((type) => [type, { item: 0 }]),
		);
		assert.deepEqual(jsonOf(await run('getSizeType', { sizeTypeId: '4' })), [SIZE_TYPES[3]]);
		assert.deepEqual(
			jsonOf(await run('getAttributeValueUnits')),
			ATTRIBUTE_VALUE_UNITS as unknown as IDataObject[],
		);
		assert.deepEqual(
			received.map((request) => request.path),
			['/v1/product-sizes', '/v1/product-sizes/4', '/v1/product-attributes/attribute-value-units'],
		);
		const missing = await run('getSizeType', { sizeTypeId: '99' }, { continueOnFail: true });
		assert.equal(missing.items![0].json.httpStatus, 404);
	});

	test('empty or malformed input is refused before any request, naming the field', async () => {
		const refusals: Array<[string, IDataObject, RegExp]> = [
			['checkRestrictedTags', { tags: ' , ' }, /^Tags is empty/],
			['checkRestrictedTags', { tags: '={{ [] }}' }, /^Tags is empty/],
			['getRecommendedTags', { keyword: '  ' }, /^Keyword is empty/],
			// An expression that gives nothing: n8n itself refuses a required field left blank.
			[
				'getStandardOptions',
				{ categoryId: picked('={{ $json.missing }}', 'id') },
				/^Category is empty/,
			],
			[
				'getPurchaseOptionGuides',
				{ categoryId: picked('={{ "패션" }}', 'id') },
				/^Category must be/,
			],
			['searchCatalogueModels', { name: '={{ $json.missing }}' }, /^Model Name is empty/],
			['getCatalogueModel', { id: '41000000101/../1' }, /^Catalogue Model ID must be a number/],
			['getSizeType', { sizeTypeId: '={{ "" }}' }, /^Size Type ID is empty/],
		];
		for (const [operation, parameters, message] of refusals) {
			const result = await run(operation, parameters, { continueOnFail: true });
			assert.equal(result.items?.length, 1, operation);
			assert.match(String(result.items![0].json.error), message, operation);
			assert.deepEqual(result.items![0].pairedItem, { item: 0 });
		}
		assert.deepEqual(received, []);
	});

	test('the category fields pick leaf categories "From List"; the model and size type IDs their lists', () => {
		for (const operation of ['getStandardOptions', 'getPurchaseOptionGuides']) {
			const field = catalogueDataFields.find(
				(property: INodeProperties) =>
					property.name === 'categoryId' &&
					property.displayOptions?.show?.operation?.includes(operation),
			);
			assert.equal(field?.type, 'resourceLocator', operation);
			assert.equal(
				field?.modes?.find((mode) => mode.name === 'list')?.typeOptions?.searchListMethod,
				'searchLeafCategories',
			);
		}
		for (const [name, method] of [
			['id', 'searchCatalogueModels'],
			['sizeTypeId', 'searchSizeTypes'],
		]) {
			const field = catalogueDataFields.find((property) => property.name === name);
			assert.equal(
				field?.modes?.find((mode) => mode.name === 'list')?.typeOptions?.searchListMethod,
				method,
			);
		}
	});

	test('Catalogue Model ID "From List": models found by the typed name, 50 a page', async () => {
		const search = (filter?: string, paginationToken?: string) =>
			runListSearch({
				credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
				method: 'searchCatalogueModels',
				filter,
				paginationToken,
			});
		// Naver requires a name: nothing is asked before something is typed.
		assert.deepEqual(await search(), { results: [] });
		// (length, not deepEqual with [], which would narrow `received` to never[] for what follows)
		assert.equal(received.length, 0);

		const first = await search(' 에어팟 ');
		const airpods = CATALOGUE_MODELS.filter((model) => model.name.includes('에어팟'));
		assert.deepEqual(first, {
			results: airpods.map((model) => ({
				name: `${model.name} – ${model.brandName} (${model.id})`,
				value: String(model.id),
			})),
			paginationToken: undefined,
		});
		assert.deepEqual(received[0].query, [
			['name', '에어팟'],
			['page', '1'],
			['size', '50'],
		]);

		const emulated = await search('에뮬레이터 모델');
		assert.equal(emulated.results.length, 50);
		assert.equal(emulated.paginationToken, '2');
		const second = await search('에뮬레이터 모델', emulated.paginationToken);
		assert.notDeepEqual(second.results[0], emulated.results[0]);
	});

	test('Size Type ID "From List": every size type, narrowed by name or ID', async () => {
		const search = (filter?: string) =>
			runListSearch({
				credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
				method: 'searchSizeTypes',
				filter,
			});
		const all = await search();
		assert.deepEqual(
			all.results.map((result) => result.value),
			SIZE_TYPES.map((type) => String(type.id)),
		);
		assert.equal(all.results[0].name, '상의 – CM (1)');
		assert.deepEqual(
			(await search('신발')).results.map((result) => result.value),
			['4'],
		);
	});

	test('no request or answer broke the contract', () => {
		assert.deepEqual(contractFindings.slice(findingsBefore), []);
	});
});
