/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Product inspection over HTTP, with plain fetch: the products sent back for correction, paged by
 * 10, 50 or 100 only, and a restore request, after which the product stays listed with
 * restorationRequestAvailable false ("이미 복원 요청하여 검수 진행 중인 상품의 경우 N"). No answer
 * breaks the contract.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { requestTokenDirectly } from './directToken';
import { callEmulator } from './registrationBody';
import {
	acceptCorrection,
	productsNotSentBack,
	refuseRestoration,
	sendBackProduct,
} from './routes/inspections';
import { productCatalogue } from './routes/products';
import { contractFindings, type NaverCommerceEmulator, startEmulator } from './server';

type Json = Record<string, unknown>;

describe('Emulator: product inspection', () => {
	let emulator: NaverCommerceEmulator;
	let token = '';
	const findingsBefore = contractFindings.length;
	const call = (method: string, path: string) =>
		callEmulator(emulator.baseUrl, token, method, path);
	const list = async (query = '') =>
		(await call('GET', `/v1/product-inspections/channel-products${query}`)).body;

	before(async () => {
		emulator = await startEmulator({ productOrders: 30 });
		token = (await requestTokenDirectly(emulator.baseUrl)).access_token;
	});
	after(async () => await emulator.stop());

	test('the products sent back: suspended ones, each with a reason and an action, 100 a page by default', async () => {
		const page = await list();
		const contents = page.contents as Json[];
		assert.equal(page.size, 100);
		assert.equal(page.page, 1);
		assert.ok(contents.length > 10);
		assert.equal(page.totalElements, contents.length);
		const catalogue = productCatalogue(emulator.store);
		for (const record of contents) {
			const product = catalogue.products.find(
				(entry) => entry.smartstoreChannelProductNo === record.channelProductNo,
			);
			assert.equal(product?.originProduct.statusType, 'SUSPENSION');
			assert.ok(String(record.reason).length > 0 && String(record.action).length > 0);
		}
		assert.ok(contents.some((record) => record.restorationRequestAvailable === false));
		const small = await list('?size=10&page=2');
		assert.deepEqual(
			(small.contents as Json[]).map((record) => record.channelProductNo),
			contents.slice(10, 20).map((record) => record.channelProductNo),
		);
		assert.equal(small.first, false);
	});

	test('only 10, 50 or 100 a page', async () => {
		const refused = await call('GET', '/v1/product-inspections/channel-products?size=20');
		assert.equal(refused.status, 400);
		assert.equal(refused.body.code, 'BAD_REQUEST');
		assert.deepEqual(
			(refused.body.invalidInputs as Json[]).map((input) => input.name),
			['size'],
		);
	});

	test('a restore request: the product stays listed, no longer open to a request', async () => {
		const open = ((await list()).contents as Json[]).find(
			(record) => record.restorationRequestAvailable === true,
		)!;
		const path = `/v1/product-inspections/channel-product/${open.channelProductNo}/restore`;
		const restored = await call('PUT', path);
		assert.equal(restored.status, 200);
		assert.deepEqual(restored.body, { code: 'SUCCESS', message: '복원 요청되었습니다.', data: {} });
		const after = ((await list()).contents as Json[]).find(
			(record) => record.channelProductNo === open.channelProductNo,
		)!;
		assert.equal(after.restorationRequestAvailable, false);
		const again = await call('PUT', path);
		assert.equal(again.status, 400);
		assert.equal(again.body.code, 'BAD_REQUEST');
	});

	test('a product not sent back is not found; a deleted one leaves the list', async () => {
		const notListed = productCatalogue(emulator.store).products.find(
			(product) => product.originProduct.statusType === 'SALE',
		)!;
		const missing = await call(
			'PUT',
			`/v1/product-inspections/channel-product/${notListed.smartstoreChannelProductNo}/restore`,
		);
		assert.equal(missing.status, 404);
		assert.equal(missing.body.code, 'NOT_FOUND');

		const before = (await list()).contents as Json[];
		const deleted = await call(
			'DELETE',
			`/v2/products/channel-products/${before[0].channelProductNo}`,
		);
		assert.equal(deleted.status, 200);
		const after = await list();
		assert.equal(after.totalElements, before.length - 1);
		assert.ok(
			!(after.contents as Json[]).some(
				(record) => record.channelProductNo === before[0].channelProductNo,
			),
		);
	});

	test('over time: a product sent back joins the list in number order, a refused restore reopens it with the new finding, an accepted correction leaves it', async () => {
		const numbers = async () =>
			((await list()).contents as Json[]).map((record) => Number(record.channelProductNo));
		const [product] = productsNotSentBack(emulator.store);
		const record = sendBackProduct(emulator.store, product, { reason: '사유', action: '조치' });
		const after = await numbers();
		assert.ok(after.includes(product));
		assert.deepEqual(
			after,
			[...after].sort((a, b) => a - b),
			'in channel product number order',
		);
		assert.throws(() => sendBackProduct(emulator.store, product), /already sent back/);
		assert.throws(() => refuseRestoration(emulator.store, product), /No restore/);

		const restore = `/v1/product-inspections/channel-product/${product}/restore`;
		assert.equal((await call('PUT', restore)).status, 200);
		const refused = refuseRestoration(emulator.store, product, {
			reason: '새 사유',
			action: '새 조치',
		});
		assert.deepEqual(refused, { ...record, reason: '새 사유', action: '새 조치' });
		const listed = ((await list()).contents as Json[]).find(
			(entry) => entry.channelProductNo === product,
		);
		assert.deepEqual(listed, {
			channelProductNo: product,
			reason: '새 사유',
			action: '새 조치',
			restorationRequestAvailable: true,
		});

		acceptCorrection(emulator.store, product);
		assert.ok(!(await numbers()).includes(product));
		assert.equal((await call('PUT', restore)).status, 404);
		assert.throws(() => acceptCorrection(emulator.store, product), /not sent back/);
		assert.throws(() => sendBackProduct(emulator.store, 1), /not in the catalogue/);
	});

	test('no answer broke the contract', () => {
		assert.deepEqual(contractFindings.slice(findingsBefore), []);
	});
});
