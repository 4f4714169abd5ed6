/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Commerce solutions over HTTP, with plain fetch: a seller waiting to start is approved with its
 * JWE token (SUBSCRIBING) or refused, a seller who asked to stop is let go, a subscribing seller
 * is stopped mid-round with a pro-rated or chosen refund that shows among the Biz Wallet payments,
 * and the provider's own payments are taken once. No answer breaks the contract.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { requestTokenDirectly } from './directToken';
import { formatKst } from './kst';
import { SOLUTION, solutionStateOf } from './routes/solutions';
import { callEmulator } from './registrationBody';
import { contractFindings, type NaverCommerceEmulator, startEmulator } from './server';

type Json = Record<string, unknown>;

describe('Emulator: commerce solutions', () => {
	let emulator: NaverCommerceEmulator;
	let token = '';
	const findingsBefore = contractFindings.length;
	const call = (method: string, path: string, body?: unknown) =>
		callEmulator(emulator.baseUrl, token, method, path, body);
	const sellerToken = (accountUid: string, expired = false) =>
		[...solutionStateOf(emulator.store).tokens].find(
			([, entry]) => entry.accountUid === accountUid && entry.expired === expired,
		)![0];
	const subscription = async (accountUid: string) =>
		(await call('GET', `/v1/commerce-solutions/subscriptions/${accountUid}`)).body;
	const transactions = async (query = '') => {
		const from = encodeURIComponent(formatKst(Date.now() - 400 * 86_400_000));
		const to = encodeURIComponent(formatKst(Date.now() + 86_400_000));
		return (
			await call(
				'GET',
				`/v1/commerce-solutions/transactions?paymentConfirmStartDate=${from}&paymentConfirmEndDate=${to}${query}`,
			)
		).body as unknown as Json[];
	};

	before(async () => {
		emulator = await startEmulator({ productOrders: 30 });
		token = (await requestTokenDirectly(emulator.baseUrl)).access_token;
	});
	after(async () => await emulator.stop());

	test('the token tells who the seller is; approving it starts the solution, once', async () => {
		const waiting = 'ncp_1waitingSellerUid01';
		const jwe = sellerToken(waiting);
		assert.match(jwe, /^eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0\.\.[\w-]+\.[\w-]+\.[\w-]+$/);
		const info = await call('GET', `/v1/commerce-solutions/seller-info-by-token?token=${jwe}`);
		assert.equal(info.status, 200);
		assert.equal(info.body.accountUid, waiting);
		assert.equal(info.body.status, 'WAITING_SUBSCRIPTION');
		assert.equal(info.body.approveSubscriptionYn, true);
		assert.equal(info.body.planId, undefined);

		const approved = await call(
			'PUT',
			`/v1/commerce-solutions/subscriptions/approve?token=${jwe}`,
			{
				accountMappingId: 'my-seller-42',
			},
		);
		assert.deepEqual(approved.body, {
			accountUid: waiting,
			solutionId: SOLUTION.solutionId,
			status: 'SUBSCRIBING',
			accountMappingId: 'my-seller-42',
		});
		const now = await subscription(waiting);
		assert.equal(now.status, 'SUBSCRIBING');
		assert.equal(now.round, 1);
		assert.equal(now.accountMappingId, 'my-seller-42');
		assert.equal(typeof now.startDate, 'string');
		const after = await call('GET', `/v1/commerce-solutions/seller-info-by-token?token=${jwe}`);
		assert.equal(after.body.planId, (now.plan as Json).id);

		const again = await call(
			'PUT',
			`/v1/commerce-solutions/subscriptions/approve?token=${jwe}`,
			{},
		);
		assert.equal(again.status, 403);
		assert.equal(again.body.code, 'ALREADY_SUBSCRIBING');
		assert.equal(typeof again.body.traceId, 'string');
	});

	test('tokens that are not valid, and a seller whose account is not authenticated', async () => {
		const unknown = await call('GET', '/v1/commerce-solutions/seller-info-by-token?token=abc');
		assert.equal(unknown.status, 401);
		assert.equal(unknown.body.code, 'INVALID_SELLER_TOKEN');
		const expired = await call(
			'GET',
			`/v1/commerce-solutions/seller-info-by-token?token=${sellerToken('ncp_1waitingSellerUid01', true)}`,
		);
		assert.equal(expired.body.code, 'EXPIRED_SELLER_TOKEN');
		const unauthenticated = sellerToken('ncp_1waitingSellerUid02');
		const info = await call(
			'GET',
			`/v1/commerce-solutions/seller-info-by-token?token=${unauthenticated}`,
		);
		assert.equal(info.body.approveSubscriptionYn, false);
		assert.equal(typeof info.body.impossibleReason, 'string');
		const refused = await call(
			'PUT',
			`/v1/commerce-solutions/subscriptions/approve?token=${unauthenticated}`,
			{},
		);
		assert.equal(refused.status, 400);
		assert.equal(refused.body.code, 'NOT_ACCOUNT_AUTHENTICATION');
	});

	test('a start refused; a stop asked for, approved; unknown sellers', async () => {
		const rejected = await call(
			'PUT',
			'/v1/commerce-solutions/subscriptions/ncp_1waitingSellerUid02/reject',
			{
				reason: '서비스 대상 업종이 아닙니다.',
				comment: '업종 확인 결과 거절',
			},
		);
		assert.deepEqual(rejected.body, {
			accountUid: 'ncp_1waitingSellerUid02',
			solutionId: SOLUTION.solutionId,
			status: 'CANCEL_SUBSCRIPTION',
		});
		const twice = await call(
			'PUT',
			'/v1/commerce-solutions/subscriptions/ncp_1waitingSellerUid02/reject',
			{
				reason: 'x',
				comment: 'y',
			},
		);
		assert.equal(twice.body.code, 'INVALID_REQUEST_CONDITION');

		const leaving = 'ncp_1leavingSellerUid01';
		assert.equal((await subscription(leaving)).status, 'WAITING_UNSUBSCRIPTION');
		const approved = await call(
			'PUT',
			`/v1/commerce-solutions/subscriptions/unsubscription/approve?accountUid=${leaving}`,
		);
		assert.equal(approved.body.status, 'UNSUBSCRIBED');
		const now = await subscription(leaving);
		assert.equal(now.status, 'UNSUBSCRIBED');
		assert.equal(now.reserve, undefined);
		assert.equal(typeof now.endDate, 'string');

		const missing = await call('GET', '/v1/commerce-solutions/subscriptions/ncp_1nobodyUid0000001');
		assert.equal(missing.status, 404);
		assert.equal(missing.body.code, 'SUBSCRIPTION_NOT_FOUND');
	});

	test('a stop mid-round: the unused days refunded, or the amount chosen; shown among the payments', async () => {
		const seller = 'ncp_1emulatorStoreUid01';
		const paidBefore = await transactions(`&accountUid=${seller}&transactionType=PAYMENT`);
		const lastPaid = paidBefore[paidBefore.length - 1];
		assert.equal(lastPaid.totalAmount, 49_900);

		const tooMuch = await call(
			'PUT',
			`/v1/commerce-solutions/subscriptions/${seller}/unsubscription?refundType=PARTIAL&amount=60000`,
			{ reason: '판매자 요청', comment: '중도 해지' },
		);
		assert.equal(tooMuch.status, 400);
		assert.equal(tooMuch.body.code, 'INVALID_INPUT');
		const withoutType = await call(
			'PUT',
			`/v1/commerce-solutions/subscriptions/${seller}/unsubscription?amount=1000`,
			{
				reason: '판매자 요청',
				comment: '중도 해지',
			},
		);
		assert.equal(withoutType.body.code, 'INVALID_INPUT');

		const stopped = await call(
			'PUT',
			`/v1/commerce-solutions/subscriptions/${seller}/unsubscription`,
			{
				reason: '판매자 요청',
				comment: '중도 해지',
			},
		);
		assert.equal(stopped.status, 200);
		const refund = stopped.body.refundAmount as number;
		// Five days of the thirty used: 25/30 of the round's payment, to the won below.
		assert.equal(refund, Math.floor((49_900 * 25) / 30));
		assert.equal((await subscription(seller)).status, 'UNSUBSCRIBED');
		const refunds = await transactions(`&accountUid=${seller}&transactionType=REFUND`);
		assert.deepEqual(
			refunds.map((entry) => [entry.totalAmount, entry.originalTransactionId]),
			[[-refund, lastPaid.transactionId]],
		);
		const again = await call(
			'PUT',
			`/v1/commerce-solutions/subscriptions/${seller}/unsubscription`,
			{
				reason: 'x',
				comment: 'y',
			},
		);
		assert.equal(again.body.code, 'NOT_SUBSCRIBING');

		const partial = await call(
			'PUT',
			'/v1/commerce-solutions/subscriptions/ncp_2linkedSellerUid0001/unsubscription?refundType=PARTIAL&amount=5000',
			{ reason: '판매자 요청', comment: '부분 환불' },
		);
		assert.equal(partial.body.refundAmount, 5000);
	});

	test('Biz Wallet payments by date and filters', async () => {
		const all = await transactions();
		assert.ok(all.length > 10);
		const dates = all.map((entry) => String(entry.paymentConfirmDate));
		assert.deepEqual(dates, [...dates].sort());
		assert.ok(all.every((entry) => entry.solutionId === SOLUTION.solutionId));
		const types = new Set(all.map((entry) => entry.transactionType));
		for (const type of ['FREE_TRIAL', 'PAYMENT', 'UPGRADE', 'DOWNGRADE', 'REFUND'])
			assert.ok(types.has(type), type);
		const one = await transactions(`&transactionId=${all[0].transactionId}`);
		assert.deepEqual(one, [all[0]]);
		const reversed = await call(
			'GET',
			`/v1/commerce-solutions/transactions?paymentConfirmStartDate=${encodeURIComponent(formatKst(Date.now()))}&paymentConfirmEndDate=${encodeURIComponent(formatKst(Date.now() - 86_400_000))}`,
		);
		assert.equal(reversed.status, 400);
	});

	test('the provider’s own payments: taken once (sent again: 409 DUPLICATED_RESOURCE), refunds name a known payment', async () => {
		const payment = {
			transactionType: 'PAYMENT',
			solutionId: SOLUTION.solutionId,
			paymentId: 'PAY-2026-0001',
			accountUid: 'ncp_2linkedSellerUid0001',
			totalAmount: 33000,
			paymentConfirmDate: formatKst(Date.now()),
			paymentModel: 'MONTHLY',
			paymentMethod: 'CARD',
			round: 1,
			roundStartDate: formatKst(Date.now()),
			roundEndDate: formatKst(Date.now() + 30 * 86_400_000),
			planId: 'PLN_OWN_BASIC',
			reason: '월 구독료',
		};
		const sent = await call('POST', '/v1/commerce-solutions/external-transactions', payment);
		assert.equal(sent.status, 200);
		assert.equal(sent.body.paymentId, 'PAY-2026-0001');
		assert.match(String(sent.body.transactionId), /^EX\d{8}\d+$/);
		const again = await call('POST', '/v1/commerce-solutions/external-transactions', payment);
		assert.equal(again.status, 409);
		assert.equal(again.body.code, 'DUPLICATED_RESOURCE');
		assert.equal(solutionStateOf(emulator.store).externalTransactions.length, 1);

		const refund = await call('POST', '/v1/commerce-solutions/external-transactions', {
			...payment,
			transactionType: 'REFUND',
			paymentId: 'PAY-2026-0002',
			originalPaymentId: 'PAY-2026-0001',
			totalAmount: 11000,
		});
		assert.equal(refund.status, 200);
		const orphan = await call('POST', '/v1/commerce-solutions/external-transactions', {
			...payment,
			transactionType: 'REFUND',
			paymentId: 'PAY-2026-0003',
			originalPaymentId: 'PAY-NONE',
		});
		assert.equal(orphan.body.code, 'DATA_NOT_EXIST');
		const otherSolution = await call('POST', '/v1/commerce-solutions/external-transactions', {
			...payment,
			solutionId: 'SOL_OTHER',
		});
		assert.equal(otherSolution.status, 404);
		assert.equal(otherSolution.body.code, 'SOLUTION_NOT_FOUND');
	});

	test('no answer broke the contract', () => {
		assert.deepEqual(contractFindings.slice(findingsBefore), []);
	});
});
