/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * What the claim tests share: one emulator per test file, product orders taken from its seeded
 * store so that no two tests of a file touch the same one, and a way to run the Naver Commerce
 * node's Claim resource through n8n-core.
 */
import assert from 'node:assert/strict';

import type { IDataObject } from 'n8n-workflow';

import { openBuyerClaim } from '../../emulator/routes/claims';
import { DEFAULT_APP, type NaverCommerceEmulator, startEmulator } from '../../emulator/server';
import type { ProductOrder } from '../../emulator/store';
import {
	credentialsFor,
	runNaverCommerceNode,
	type RunResult,
	type StoredCredentialsHelper,
} from '../../helpers/n8nHarness';

export const payedWithoutClaim = (order: ProductOrder) =>
	order.productOrderStatus === 'PAYED' && !order.claimType;
export const dispatchedWithoutClaim = (order: ProductOrder) =>
	order.productOrderStatus === 'DELIVERING' && !order.claimType;
export const snapshot = (order: ProductOrder) => ({ ...order });

export interface ClaimKit {
	/** Starts the emulator (call it in before()); stop it with emulator.stop() in after(). */
	start(): Promise<NaverCommerceEmulator>;
	/** Product orders in the seeded store that no other test of this file has touched. */
	take(count: number, matches: (order: ProductOrder) => boolean): ProductOrder[];
	/** Runs Input → Naver Commerce (resource Claim), one product order ID list per input item. */
	run(
		operation: string,
		inputItems: IDataObject[],
		parameters?: IDataObject,
		continueOnFail?: boolean,
	): Promise<RunResult>;
	/** Requests a return for the product orders and checks that Naver accepted every one. */
	requestReturn(orders: ProductOrder[]): Promise<void>;
	/** Dispatched product orders whose buyer has asked for an exchange in the Naver app. */
	exchangesRequested(count: number): ProductOrder[];
	/** Exchanges whose item has come back, ready for the replacement to be shipped. */
	exchangesCollected(count: number): Promise<ProductOrder[]>;
}

/** One kit per test file (per describe): its own emulator and its own set of used product orders. */
export function claimKit(): ClaimKit {
	let emulator: NaverCommerceEmulator;
	let helper: StoredCredentialsHelper;
	const used = new Set<string>();

	function take(count: number, matches: (order: ProductOrder) => boolean): ProductOrder[] {
		const found = emulator.store.productOrders
			.filter((order) => !used.has(order.productOrderId) && matches(order))
			.slice(0, count);
		assert.equal(found.length, count, 'the seeded store has enough product orders');
		for (const order of found) used.add(order.productOrderId);
		return found;
	}

	async function run(
		operation: string,
		inputItems: IDataObject[],
		parameters: IDataObject = {},
		continueOnFail = false,
	) {
		return await runNaverCommerceNode({
			credentialsHelper: helper,
			continueOnFail,
			inputItems,
			parameters: {
				resource: 'claim',
				operation,
				productOrderIds: '={{ $json.id }}',
				...parameters,
			},
		});
	}

	async function requestReturn(orders: ProductOrder[]) {
		const result = await run(
			'returnRequest',
			orders.map((order) => ({ id: order.productOrderId })),
			{ returnReason: 'BROKEN', collectDeliveryMethod: 'RETURN_DESIGNATED' },
		);
		assert.equal(result.error, undefined, result.error?.message);
	}

	function exchangesRequested(count: number): ProductOrder[] {
		const orders = take(
			count,
			(order) => order.productOrderStatus === 'DELIVERING' && !order.claimType,
		);
		for (const order of orders) {
			openBuyerClaim(emulator.store, order.productOrderId, 'EXCHANGE', Date.now());
		}
		return orders;
	}

	async function exchangesCollected(count: number): Promise<ProductOrder[]> {
		const orders = exchangesRequested(count);
		const result = await run(
			'exchangeApproveCollection',
			orders.map((order) => ({ id: order.productOrderId })),
		);
		assert.equal(result.error, undefined, result.error?.message);
		return orders;
	}

	return {
		async start() {
			emulator = await startEmulator();
			helper = credentialsFor(emulator.baseUrl, DEFAULT_APP);
			return emulator;
		},
		take,
		run,
		requestReturn,
		exchangesRequested,
		exchangesCollected,
	};
}
