/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Product → Create's Product Information Notice dropdown (methods/loadOptions.ts) through
 * n8n-core's LoadOptionsContext, with the node's parameters as the editor sends them: the notice
 * types Naver recommends for the picked category's top-level category first, then the others.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { INodeParameterResourceLocator } from 'n8n-workflow';

import { NOTICE_TYPE_OPTIONS } from '../../../nodes/NaverCommerce/options/noticeTypes';
import { catalogueStateOf, type CatalogueState } from '../../emulator/routes/catalogueData';
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import {
	credentialsFor,
	runLoadOptions,
	type StoredCredentialsHelper,
} from '../../helpers/n8nHarness';

describe('Product → Create: notice types for the picked category (loadOptions) through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	let helper: StoredCredentialsHelper;
	let state: CatalogueState;
	const noticeTypesFor = (leafCategoryId?: INodeParameterResourceLocator) =>
		runLoadOptions({
			credentialsHelper: helper,
			method: 'getProductNoticeTypes',
			parameter: 'noticeType',
			parameters: {
				resource: 'product',
				operation: 'create',
				...(leafCategoryId ? { leafCategoryId } : {}),
				noticeType: 'ETC',
			},
		});
	const picked = (value: string): INodeParameterResourceLocator => ({
		__rl: true,
		mode: 'list',
		value,
	});
	const sortedValues = (options: Array<{ value: unknown }>) =>
		options.map((option) => String(option.value)).sort();

	before(async () => {
		emulator = await startEmulator({ productOrders: 20 });
		helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
		state = catalogueStateOf(emulator.store);
	});
	after(async () => await emulator.stop());
	beforeEach(() => state.reset());

	test("a leaf category: Naver's recommendation for its top-level category first, then every other type", async () => {
		const options = await noticeTypesFor(picked('50000830')); // 패션의류>남성의류>티셔츠
		assert.deepEqual(
			options.slice(0, 2).map((option) => [option.value, option.description]),
			[
				['WEAR', 'Recommended by Naver for 패션의류'],
				['ETC', 'Recommended by Naver for 패션의류'],
			],
		);
		assert.ok(options.slice(2).every((option) => option.description === undefined));
		assert.deepEqual(sortedValues(options), sortedValues(NOTICE_TYPE_OPTIONS), 'each type once');
		assert.deepEqual(
			state.requests.map((request) => [request.route, request.query]),
			[
				['catalogue.categories', {}],
				['catalogue.noticeTypes', { categoryId: ['50000000'] }],
			],
		);
	});

	test('another top level, another recommendation; a category given by ID works alike', async () => {
		const food = await noticeTypesFor({ __rl: true, mode: 'id', value: ' 50000803 ' }); // 식품>농산물>과일>감귤
		const recommended = food.filter((option) => option.description !== undefined);
		assert.ok(recommended.length >= 2, 'the food types and ETC');
		assert.ok(
			recommended.every((option) => option.description === 'Recommended by Naver for 식품'),
		);
		assert.ok(!recommended.some((option) => option.value === 'WEAR'));
		assert.equal(recommended.at(-1)?.value, 'ETC');
	});

	test('no category, an expression or an unknown category: every type, in the static order', async () => {
		assert.deepEqual(await noticeTypesFor(picked('')), NOTICE_TYPE_OPTIONS);
		assert.deepEqual(await noticeTypesFor(picked('={{ $json.category }}')), NOTICE_TYPE_OPTIONS);
		assert.deepEqual(await noticeTypesFor(undefined), NOTICE_TYPE_OPTIONS);
		assert.equal(state.requests.length, 0, 'nothing asked without a category');
		assert.deepEqual(await noticeTypesFor(picked('99999999')), NOTICE_TYPE_OPTIONS);
		assert.deepEqual(
			state.requests.map((request) => request.route),
			['catalogue.categories'],
		);
	});
});
