/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * No event is lost between activation and the first scheduled poll, in both of n8n's cursor modes.
 *
 * n8n activates a poll trigger with one poll of its own, then polls on the schedule. With durable
 * cursors (N8N_POLLER_DURABLE_CURSORS_ENABLED) n8n commits what a poll wrote to the node's static
 * data only when the poll emits items or is a scheduled one: the activation poll of a new trigger
 * emits nothing, so the position it wrote is dropped, and the first scheduled poll found no
 * position at all. Every event of that first interval was lost. Each case here creates an event
 * after activation and before the first scheduled poll and expects it exactly once.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import { identityOf } from '../emulator/changeStream.ts';
import { inquiryIdentity, questionIdentity } from '../emulator/inquiryStream.ts';
import { addCustomerInquiry, addProductQuestion } from '../emulator/routes/inquiries.ts';
import { DEFAULT_APP, NaverCommerceEmulator } from '../emulator/server.ts';
import type { ProductOrder } from '../emulator/store.ts';
import { credentialsFor } from '../helpers/n8nHarness.ts';
import { TriggerHost, type Persistence } from './pollHarness.ts';
import { emittedIdentity, emittedRegistrationIdentity, sleep } from './streamCheck.ts';

const SAFETY_LAG_SECONDS = 0.3;

const emulators: NaverCommerceEmulator[] = [];
after(async () => {
	await Promise.all(emulators.map(async (emulator) => await emulator.stop()));
});

async function startEmulator() {
	const emulator = await new NaverCommerceEmulator().start();
	emulators.push(emulator);
	return emulator;
}

function paidOrder(id: string, changedMs: number): ProductOrder {
	return {
		orderId: `O${id}`,
		productOrderId: id,
		lastChangedType: 'PAYED',
		lastChangedMs: changedMs,
		paymentMs: changedMs,
		productOrderStatus: 'PAYED',
		receiverAddressChanged: false,
		productName: '활성화 직후 주문',
		quantity: 1,
		unitPrice: 15_000,
		placeOrderStatus: 'NOT_YET',
	};
}

interface SourceCase {
	name: string;
	parameters: IDataObject;
	/** Adds one event dated now and returns the identity the trigger gives its item. */
	create(emulator: NaverCommerceEmulator): string;
	identityOf(item: IDataObject): string;
}

const SOURCES: SourceCase[] = [
	{
		name: 'product order changes',
		parameters: { events: ['PAYED'], options: { safetyLagSeconds: SAFETY_LAG_SECONDS } },
		create(emulator) {
			const order = paidOrder('7300000000000001', Date.now());
			emulator.store.productOrders.push(order);
			return identityOf(order);
		},
		identityOf: (json) => emittedIdentity({ json }),
	},
	{
		name: 'customer inquiries',
		parameters: {
			triggerOn: 'customerInquiry',
			options: { safetyLagSeconds: SAFETY_LAG_SECONDS },
		},
		create(emulator) {
			return inquiryIdentity(addCustomerInquiry(emulator.store, { registeredMs: Date.now() }));
		},
		identityOf: (json) => emittedRegistrationIdentity({ json }),
	},
	{
		name: 'product questions',
		parameters: {
			triggerOn: 'productQuestion',
			options: { safetyLagSeconds: SAFETY_LAG_SECONDS },
		},
		create(emulator) {
			return questionIdentity(addProductQuestion(emulator.store, { createdMs: Date.now() }));
		},
		identityOf: (json) => emittedRegistrationIdentity({ json }),
	},
];

for (const persistence of ['legacy', 'durable'] as Persistence[]) {
	describe(`Naver Commerce Trigger, ${persistence} cursors: the first interval after activation`, () => {
		for (const source of SOURCES) {
			it(`${source.name}: an event between activation and the first scheduled poll is emitted once`, async () => {
				const emulator = await startEmulator();
				const host = new TriggerHost(
					credentialsFor(emulator.baseUrl, DEFAULT_APP),
					source.parameters,
					persistence,
				);
				const activation = await host.activate();
				assert.equal(activation.error, undefined, String(activation.error));
				assert.equal(activation.items, undefined, 'activation emits no history');

				await sleep(20);
				const identity = source.create(emulator);
				// The first scheduled poll comes after the event has aged past the safety lag.
				await sleep(SAFETY_LAG_SECONDS * 1000 + 150);
				const first = await host.poll();
				assert.equal(first.error, undefined, String(first.error));
				assert.deepEqual(
					(first.items ?? []).map((item) => source.identityOf(item.json)),
					[identity],
					'the event created after activation is emitted by the first scheduled poll',
				);
				for (let poll = 0; poll < 2; poll++) {
					const again = await host.poll();
					assert.equal(again.error, undefined, String(again.error));
					assert.equal(again.items, undefined, 'and never again');
				}
				// A restart from what n8n saved does not bring it back either.
				const restarted = await host.restart();
				assert.equal(restarted.items, undefined);
				assert.equal((await host.poll()).items, undefined);
			});
		}
	});
}
