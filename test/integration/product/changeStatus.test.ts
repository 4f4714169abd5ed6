/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { EmulatorProduct } from '../../emulator/routes/products';
import { findProduct, startProductEnv, type ProductTestEnv } from './productKit';

describe('Product → Change Status through n8n-core', () => {
	let env: ProductTestEnv;
	const withStatus = (status: string, options?: boolean) => (product: EmulatorProduct) =>
		product.originProduct.statusType === status &&
		(options === undefined ||
			Boolean(product.originProduct.detailAttribute.optionInfo) === options);

	before(async () => {
		env = await startProductEnv();
	});
	after(async () => await env.stop());
	beforeEach(() => env.reset());

	test('On Sale → Out of Stock: the body names only the status, Naver sets the stock to 0', async () => {
		const product = findProduct(env.catalogue, withStatus('SALE', false), 'product on sale');
		assert.ok(product.originProduct.stockQuantity > 0);
		const result = await env.run('changeStatus', {
			originProductNo: String(product.originProductNo),
			statusType: 'OUTOFSTOCK',
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			env.requestsTo('products.changeStatus').map((request) => [request.path, request.body]),
			[
				[
					`/v1/products/origin-products/${product.originProductNo}/change-status`,
					{ statusType: 'OUTOFSTOCK' },
				],
			],
		);
		assert.equal(product.originProduct.statusType, 'OUTOFSTOCK');
		assert.equal(product.originProduct.stockQuantity, 0);
		assert.deepEqual(result.items?.[0].json, {
			originProductNo: product.originProductNo,
			requestedStatusType: 'OUTOFSTOCK',
			code: 'SUCCESS',
			message: '판매 상태가 변경되었습니다.',
			data: {},
		});
		assert.deepEqual(result.items?.[0].pairedItem, { item: 0 });
	});

	test('Out of Stock → On Sale with a stock quantity, and sale dates in Korean time', async () => {
		const product = findProduct(env.catalogue, withStatus('OUTOFSTOCK', false), 'sold-out product');
		const result = await env.run('changeStatus', {
			originProductNo: String(product.originProductNo),
			statusType: 'SALE',
			stockQuantity: 15,
			additionalFields: { saleEndDate: '2030-12-31T23:59:00+09:00' },
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(env.requestsTo('products.changeStatus')[0].body, {
			statusType: 'SALE',
			stockQuantity: 15,
			saleEndDate: '2030-12-31T23:59:00.000+09:00',
		});
		assert.equal(product.originProduct.statusType, 'SALE');
		assert.equal(product.originProduct.stockQuantity, 15);
		assert.equal(result.items?.[0].json.stockQuantity, 15);
	});

	test("Out of Stock → On Sale without stock: Naver's BAD_REQUEST as an error item; nothing changes", async () => {
		const soldOut = findProduct(env.catalogue, withStatus('OUTOFSTOCK'), 'sold-out product');
		const suspended = findProduct(
			env.catalogue,
			withStatus('SUSPENSION', false),
			'suspended product',
		);
		const stockBefore = suspended.originProduct.stockQuantity;
		const result = await env.run(
			'changeStatus',
			{ originProductNo: '={{ $json.no }}', statusType: 'SALE' },
			{
				continueOnFail: true,
				inputItems: [{ no: soldOut.originProductNo }, { no: suspended.originProductNo }],
			},
		);
		assert.equal(result.error, undefined);
		assert.equal(result.items?.length, 2);
		const failed = result.items![0];
		assert.deepEqual(failed.pairedItem, { item: 0 });
		assert.equal(failed.json.code, 'BAD_REQUEST');
		assert.equal(failed.json.httpStatus, 400);
		assert.match(String(failed.json.message), /재고 수량을 입력해야/);
		assert.deepEqual(
			(failed.json.invalidInputs as Array<{ name: string }>).map((input) => input.name),
			['stockQuantity'],
		);
		assert.match(String(failed.json.description), /Invalid input: stockQuantity/);
		assert.equal(soldOut.originProduct.statusType, 'OUTOFSTOCK');

		// Suspended → On Sale needs no stock: the current stock is kept.
		assert.deepEqual(result.items![1].pairedItem, { item: 1 });
		assert.equal(result.items![1].json.code, 'SUCCESS');
		assert.deepEqual(env.requestsTo('products.changeStatus')[1].body, { statusType: 'SALE' });
		assert.equal(suspended.originProduct.statusType, 'SALE');
		assert.equal(suspended.originProduct.stockQuantity, stockBefore);
	});

	test('a transition Naver does not allow fails the run with its message', async () => {
		const closed = findProduct(env.catalogue, withStatus('CLOSE'), 'closed product');
		const result = await env.run('changeStatus', {
			originProductNo: String(closed.originProductNo),
			statusType: 'SALE',
			stockQuantity: 3,
		});
		const traceId = String(
			(result.error as { context?: { naver?: { traceId?: string } } }).context?.naver?.traceId,
		);
		assert.match(traceId, /^emu-/);
		assert.equal(
			result.error?.message,
			`Naver Commerce API error BAD_REQUEST: CLOSE 상태의 상품은 SALE 상태로 변경할 수 없습니다. (trace ID ${traceId})`,
		);
		assert.equal(closed.originProduct.statusType, 'CLOSE');
	});

	test('Suspended from On Sale, for several items, each paired', async () => {
		const onSale = env.catalogue.products
			.filter(withStatus('SALE'))
			.slice(0, 3)
			.map((product) => product.originProductNo);
		const result = await env.run(
			'changeStatus',
			{ originProductNo: '={{ $json.no }}', statusType: 'SUSPENSION' },
			{ inputItems: onSale.map((no) => ({ no })) },
		);
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items!.map((item) => [item.json.originProductNo, item.pairedItem]),
			onSale.map((no, index) => [no, { item: index }]),
		);
		for (const no of onSale) {
			assert.equal(env.catalogue.byOriginProductNo(no)!.originProduct.statusType, 'SUSPENSION');
		}
	});

	test('a status change is a write: a server error is reported, not repeated', async () => {
		const product = findProduct(env.catalogue, withStatus('SALE'), 'product on sale');
		env.emulator.faults.push({
			pathPrefix: `/v1/products/origin-products/${product.originProductNo}/change-status`,
			status: 503,
			remaining: 2,
		});
		const result = await env.run('changeStatus', {
			originProductNo: String(product.originProductNo),
			statusType: 'SUSPENSION',
		});
		assert.match(String(result.error?.message), /GW\.INTERNAL_SERVER_ERROR/);
		assert.equal(env.emulator.faults[0]?.remaining, 1, 'one attempt only');
	});
});
