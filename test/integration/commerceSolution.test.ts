/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Commerce Solution (rows of actions/commerceSolution) through n8n-core against the emulator, as a
 * solution vendor's app uses it: a seller's JWE token decoded, the seller let in (approve) or
 * refused (reject), a seller who asked to stop let go, a subscription stopped mid-round with the
 * unused days or an amount refunded, the Biz Wallet payments of a period, the vendor's own
 * payments reported. Each request as the emulator received it, the output against its state,
 * paired with the input item; bad input refused before any request; the seller token never in an
 * error. No request or answer breaks the contract.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import type { IDataObject } from 'n8n-workflow';

import { formatKst } from '../emulator/kst';
import { SOLUTION, solutionStateOf } from '../emulator/routes/solutions';
import {
	contractFindings,
	DEFAULT_APP,
	type NaverCommerceEmulator,
	startEmulator,
} from '../emulator/server';
import { DEFAULT_SELLER_ACCOUNT } from '../emulator/store';
import { credentialsFor, runNaverCommerceNode, visibleText } from '../helpers/n8nHarness';
import { recordRequests, type ReceivedRequest } from '../helpers/receivedRequests';

const DAY_MS = 86_400_000;
const WAITING = 'ncp_1waitingSellerUid01';
const NOT_VERIFIED_SELLER = 'ncp_1waitingSellerUid02';
const LEAVING = 'ncp_1leavingSellerUid01';
const STORE = DEFAULT_SELLER_ACCOUNT.accountUid;

describe('Commerce Solution through n8n-core', () => {
	let emulator: NaverCommerceEmulator;
	let received: ReceivedRequest[] = [];
	const findingsBefore = contractFindings.length;
	const run = (
		operation: string,
		parameters: IDataObject = {},
		options: { continueOnFail?: boolean; inputItems?: IDataObject[] } = {},
	) =>
		runNaverCommerceNode({
			credentialsHelper: credentialsFor(emulator.baseUrl, DEFAULT_APP),
			parameters: { resource: 'commerceSolution', operation, ...parameters },
			...options,
		});
	const jsonOf = (result: Awaited<ReturnType<typeof run>>) => {
		assert.equal(result.error, undefined, result.error?.message);
		return result.items!.map((item) => item.json);
	};
	const requestsTo = (route: string) => received.filter((request) => request.route === route);
	const state = () => solutionStateOf(emulator.store);
	const subscriptionOf = (accountUid: string) =>
		state().subscriptions.find((entry) => entry.accountUid === accountUid)!;
	const sellerToken = (accountUid: string, expired = false) =>
		[...state().tokens].find(
			([, entry]) => entry.accountUid === accountUid && entry.expired === expired,
		)![0];

	before(async () => {
		emulator = await startEmulator({ productOrders: 20 });
		// Every request a route handles, as it arrived (after the contract check).
		received = recordRequests(emulator);
	});
	after(async () => {
		await emulator.stop();
	});
	beforeEach(() => {
		received.length = 0;
		solutionStateOf(emulator.store).reset();
	});

	test('Decode Seller Token: who the token stands for, one item per input item, paired', async () => {
		const token = sellerToken(WAITING);
		const result = await run('decodeSellerToken', { token }, { inputItems: [{}, {}] });
		const items = jsonOf(result);
		assert.deepEqual(
			result.items?.map((item) => item.pairedItem),
			[{ item: 0 }, { item: 1 }],
		);
		assert.equal(items[0].accountUid, WAITING);
		assert.equal(items[0].status, 'WAITING_SUBSCRIPTION');
		assert.equal(items[0].approveSubscriptionYn, true);
		assert.equal(items[0].solutionId, SOLUTION.solutionId);
		assert.deepEqual(items[1], items[0]);
		assert.deepEqual(requestsTo('solutions.sellerInfo')[0], {
			route: 'solutions.sellerInfo',
			method: 'GET',
			path: '/v1/commerce-solutions/seller-info-by-token',
			query: { token },
			body: undefined,
		});
	});

	test('a token Naver refuses is an error item that does not show the token', async () => {
		const expired = sellerToken(WAITING, true);
		const refused = await run('decodeSellerToken', { token: expired }, { continueOnFail: true });
		assert.equal(refused.items?.length, 1);
		assert.equal(refused.items![0].json.httpStatus, 401);
		assert.deepEqual(refused.items![0].pairedItem, { item: 0 });
		assert.match(visibleText(refused), /EXPIRED_SELLER_TOKEN/);
		assert.ok(!visibleText(refused).includes(expired), 'the token is not in the error item');
		const failed = await run('approveSubscription', { token: expired });
		const error = failed.error as (Error & { description?: string; context?: unknown }) | undefined;
		assert.ok(error, 'the run fails');
		// n8n's own error carries the node with its parameters (what the workflow holds anyway);
		// what the node wrote, the message, description and context, does not hold the token.
		const written = JSON.stringify([error.message, error.description, error.context]);
		assert.match(written, /EXPIRED_SELLER_TOKEN/);
		assert.ok(!written.includes(expired), 'the token is not in the error');
	});

	test('Approve Subscription: the token in the query, the mapping ID in the body; Get Subscription reads SUBSCRIBING', async () => {
		const token = sellerToken(WAITING);
		const approved = jsonOf(
			await run('approveSubscription', { token, accountMappingId: 'vendor-account-42' }),
		);
		assert.deepEqual(approved, [
			{
				accountUid: WAITING,
				solutionId: SOLUTION.solutionId,
				status: 'SUBSCRIBING',
				accountMappingId: 'vendor-account-42',
			},
		]);
		const request = requestsTo('solutions.approve')[0];
		assert.equal(request.method, 'PUT');
		assert.deepEqual(request.query, { token });
		assert.deepEqual(request.body, { accountMappingId: 'vendor-account-42' });

		const read = jsonOf(await run('getSubscription', { accountUid: WAITING }));
		assert.equal(read.length, 1);
		assert.equal(read[0].status, 'SUBSCRIBING');
		assert.equal(read[0].accountMappingId, 'vendor-account-42');
		assert.equal(read[0].round, 1);
		assert.equal(
			requestsTo('solutions.subscription')[0].path,
			`/v1/commerce-solutions/subscriptions/${WAITING}`,
		);

		// Approved once: a second approval is Naver's refusal, as an error item.
		const again = await run('approveSubscription', { token }, { continueOnFail: true });
		assert.equal(again.items![0].json.httpStatus, 403);
		// No mapping ID given: nothing in the body.
		assert.equal(requestsTo('solutions.approve')[1].body, undefined);
	});

	test('Reject Subscription: the reason and comment in the body; the seller is not let in', async () => {
		const rejected = jsonOf(
			await run('rejectSubscription', {
				accountUid: NOT_VERIFIED_SELLER,
				reason: '계정 인증 후 다시 신청해 주세요.',
				comment: '계정 미인증 판매자',
			}),
		);
		assert.deepEqual(rejected, [
			{
				accountUid: NOT_VERIFIED_SELLER,
				solutionId: SOLUTION.solutionId,
				status: 'CANCEL_SUBSCRIPTION',
			},
		]);
		const request = requestsTo('solutions.reject')[0];
		assert.equal(
			request.path,
			`/v1/commerce-solutions/subscriptions/${NOT_VERIFIED_SELLER}/reject`,
		);
		assert.deepEqual(request.body, {
			reason: '계정 인증 후 다시 신청해 주세요.',
			comment: '계정 미인증 판매자',
		});
		assert.equal(subscriptionOf(NOT_VERIFIED_SELLER).status, 'CANCEL_SUBSCRIPTION');
	});

	test('Approve Unsubscription: the account UID in the query; the seller is let go', async () => {
		const approved = jsonOf(await run('approveUnsubscription', { accountUid: LEAVING }));
		assert.deepEqual(approved, [
			{
				accountUid: LEAVING,
				solutionId: SOLUTION.solutionId,
				status: 'UNSUBSCRIBED',
				accountMappingId: 'emu-store-0005',
			},
		]);
		assert.deepEqual(requestsTo('solutions.approveUnsubscription')[0].query, {
			accountUid: LEAVING,
		});
		assert.equal(subscriptionOf(LEAVING).status, 'UNSUBSCRIBED');
	});

	test('Stop Subscription: the unused days refunded, or the amount given with PARTIAL', async () => {
		const byDays = jsonOf(
			await run('stopSubscription', {
				accountUid: STORE,
				// Hidden unless the refund is an amount given: not sent.
				amount: 5000,
				reason: '솔루션 정책 위반',
				comment: '약관 위반으로 사용 중지',
			}),
		);
		const refund = state().transactions.at(-1)!;
		assert.equal(refund.transactionType, 'REFUND');
		assert.ok(Number(byDays[0].refundAmount) > 0);
		assert.deepEqual(byDays, [
			{
				accountUid: STORE,
				solutionId: SOLUTION.solutionId,
				accountMappingId: 'emu-store-0001',
				refundAmount: -refund.totalAmount,
			},
		]);
		const request = requestsTo('solutions.stop')[0];
		assert.deepEqual(request.query, {});
		assert.deepEqual(request.body, {
			reason: '솔루션 정책 위반',
			comment: '약관 위반으로 사용 중지',
		});
		assert.equal(subscriptionOf(STORE).status, 'UNSUBSCRIBED');

		const partial = jsonOf(
			await run('stopSubscription', {
				accountUid: 'ncp_2linkedSellerUid0001',
				refundType: 'PARTIAL',
				amount: 5000,
				reason: '요청에 따른 중지',
				comment: '부분 환불',
			}),
		);
		assert.equal(partial[0].refundAmount, 5000);
		assert.deepEqual(requestsTo('solutions.stop')[1].query, {
			refundType: 'PARTIAL',
			amount: '5000',
		});
		assert.equal(state().transactions.at(-1)!.totalAmount, -5000);
	});

	test('Get Biz Wallet Transactions: a period and filters in the query, one item per transaction', async () => {
		const from = formatKst(Date.now() - 400 * DAY_MS);
		const to = formatKst(Date.now() + DAY_MS);
		const result = await run(
			'getBizWalletTransactions',
			{
				paymentConfirmStartDate: from,
				paymentConfirmEndDate: to,
				transactionType: 'PAYMENT',
				accountUid: STORE,
			},
			{ inputItems: [{}, {}] },
		);
		const expected = state()
			.transactions.filter((t) => t.transactionType === 'PAYMENT' && t.accountUid === STORE)
			.map((t) => t.transactionId);
		assert.ok(expected.length >= 2);
		assert.deepEqual(
			result.items?.map((item) => [item.json.transactionId, item.pairedItem]),
			[...expected.map((id) => [id, { item: 0 }]), ...expected.map((id) => [id, { item: 1 }])],
		);
		assert.deepEqual(requestsTo('solutions.transactions')[0].query, {
			paymentConfirmStartDate: from,
			paymentConfirmEndDate: to,
			transactionType: 'PAYMENT',
			accountUid: STORE,
		});

		// Dates given with another zone are sent in KST; "Any" type is not sent.
		const all = jsonOf(
			await run('getBizWalletTransactions', {
				paymentConfirmStartDate: '2000-01-01T00:00:00Z',
				paymentConfirmEndDate: to,
			}),
		);
		assert.equal(all.length, state().transactions.length);
		assert.deepEqual(requestsTo('solutions.transactions')[2].query, {
			paymentConfirmStartDate: '2000-01-01T09:00:00.000+09:00',
			paymentConfirmEndDate: to,
		});
	});

	test('Send External Transaction: the fields in the body; the payment is recorded once', async () => {
		const sent = jsonOf(
			await run('sendExternalTransaction', {
				transactionType: 'PAYMENT',
				solutionId: SOLUTION.solutionId,
				paymentId: 'VENDOR-PAY-0001',
				accountUid: STORE,
				totalAmount: 33000,
				paymentConfirmDate: '2026-12-01T10:00:00+09:00',
				paymentModel: 'MONTHLY',
				paymentMethod: 'CARD',
				planId: 'PLN_EMU_PRO',
				round: 2,
				roundStartDate: '2026-12-01T00:00:00+09:00',
				roundEndDate: '2026-12-31T23:59:59+09:00',
			}),
		);
		const recorded = state().externalTransactions;
		assert.equal(recorded.length, 1);
		assert.deepEqual(sent, [
			{ paymentId: 'VENDOR-PAY-0001', transactionId: recorded[0].transactionId },
		]);
		assert.deepEqual(requestsTo('solutions.externalTransaction')[0].body, {
			transactionType: 'PAYMENT',
			solutionId: SOLUTION.solutionId,
			paymentId: 'VENDOR-PAY-0001',
			accountUid: STORE,
			totalAmount: 33000,
			paymentConfirmDate: '2026-12-01T10:00:00.000+09:00',
			paymentModel: 'MONTHLY',
			paymentMethod: 'CARD',
			planId: 'PLN_EMU_PRO',
			round: 2,
			roundStartDate: '2026-12-01T00:00:00.000+09:00',
			roundEndDate: '2026-12-31T23:59:59.000+09:00',
		});

		// A refund of it; what is left empty (method, round, dates) is not sent.
		jsonOf(
			await run('sendExternalTransaction', {
				transactionType: 'REFUND',
				solutionId: SOLUTION.solutionId,
				paymentId: 'VENDOR-REFUND-0001',
				accountUid: STORE,
				totalAmount: 33000,
				paymentConfirmDate: '2026-12-02T10:00:00+09:00',
				paymentModel: 'MONTHLY',
				originalPaymentId: 'VENDOR-PAY-0001',
				reason: '결제 취소',
			}),
		);
		assert.deepEqual(requestsTo('solutions.externalTransaction')[1].body, {
			transactionType: 'REFUND',
			solutionId: SOLUTION.solutionId,
			paymentId: 'VENDOR-REFUND-0001',
			accountUid: STORE,
			totalAmount: 33000,
			paymentConfirmDate: '2026-12-02T10:00:00.000+09:00',
			paymentModel: 'MONTHLY',
			originalPaymentId: 'VENDOR-PAY-0001',
			reason: '결제 취소',
		});
		assert.equal(state().externalTransactions.length, 2);

		// The same payment ID again: Naver's duplicate refusal, as an error item; nothing recorded.
		const again = await run(
			'sendExternalTransaction',
			{
				transactionType: 'PAYMENT',
				solutionId: SOLUTION.solutionId,
				paymentId: 'VENDOR-PAY-0001',
				accountUid: STORE,
				totalAmount: 33000,
				paymentConfirmDate: '2026-12-01T10:00:00+09:00',
				paymentModel: 'MONTHLY',
			},
			{ continueOnFail: true },
		);
		assert.equal(again.items?.length, 1);
		assert.equal(again.items![0].json.httpStatus, 409);
		assert.equal(again.items![0].json.code, 'DUPLICATED_RESOURCE');
		assert.equal(requestsTo('solutions.externalTransaction').length, 3, 'a write is sent once');
		assert.equal(state().externalTransactions.length, 2);
	});

	test('Get Subscription: a seller Naver does not know is an error item, paired', async () => {
		const gone = await run(
			'getSubscription',
			{ accountUid: 'ncp_unknownSellerUid99' },
			{ continueOnFail: true, inputItems: [{}, {}] },
		);
		assert.deepEqual(
			gone.items?.map((item) => [item.json.httpStatus, item.pairedItem]),
			[
				[404, { item: 0 }],
				[404, { item: 1 }],
			],
		);
	});

	test('refused before any request: empty reasons, tokens and IDs, a refund amount under 1, a date that is not one, an amount not whole', async () => {
		const external = {
			transactionType: 'PAYMENT',
			solutionId: SOLUTION.solutionId,
			paymentId: 'VENDOR-PAY-0002',
			accountUid: STORE,
			totalAmount: 1000,
			paymentConfirmDate: '2026-12-01T10:00:00+09:00',
			paymentModel: 'ONETIME',
		};
		const empty = '={{ $json.nothing }}';
		const cases: Array<[string, IDataObject, RegExp]> = [
			['getSubscription', { accountUid: empty }, /^Account UID is empty/],
			['decodeSellerToken', { token: empty }, /^Seller Token is empty/],
			['approveSubscription', { token: '  ' }, /^Seller Token is empty/],
			['approveUnsubscription', { accountUid: empty }, /^Account UID is empty/],
			[
				'rejectSubscription',
				{ accountUid: WAITING, reason: 'x', comment: empty },
				/^Comment for Naver is empty/,
			],
			[
				'stopSubscription',
				{ accountUid: STORE, refundType: 'PARTIAL', amount: 0, reason: 'x', comment: 'y' },
				/^Refund Amount must be a whole number/,
			],
			[
				'getBizWalletTransactions',
				{ paymentConfirmStartDate: 'last week', paymentConfirmEndDate: '2026-12-01' },
				/^From is not a valid date/,
			],
			['sendExternalTransaction', { ...external, totalAmount: 10.5 }, /^Total Amount must be/],
			['sendExternalTransaction', { ...external, paymentId: empty }, /^Payment ID is empty/],
		];
		for (const [operation, parameters, message] of cases) {
			const result = await run(operation, parameters);
			assert.match(String(result.error?.message), message, JSON.stringify(parameters));
		}
		assert.deepEqual(received, []);
	});

	test('no request or answer broke the contract', () => {
		assert.deepEqual(contractFindings.slice(findingsBefore), []);
	});
});
