/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { DAY_MS, kstDate, settlement, settlementKit } from './settlementKit';

const commissionDetails = settlement('getManyCommissionDetails');

describe('Settlement → Get Many Commission Details through n8n-core', () => {
	const kit = settlementKit();
	const { run } = kit;
	const commissionRequests = () => kit.requestsOf('settlements.commissionDetails');

	test('by completion date: every commission record of the day, paged by Page Size', async () => {
		const day = kstDate(Date.now() - 20 * DAY_MS);
		const expected = kit.state.commissions.filter((row) => row.settleCompleteDate === day);
		assert.ok(expected.length > 4);

		const result = await run({
			parameters: commissionDetails({
				searchDate: day,
				periodType: 'SETTLE_CASEBYCASE_SETTLE_COMPLETE_DATE',
				returnAll: true,
				options: { pageSize: 4 },
			}),
		});

		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => item.json),
			expected,
		);
		assert.ok(result.items!.every((item) => (item.pairedItem as { item: number }).item === 0));
		assert.deepEqual(
			commissionRequests().map((request) => request.query),
			Array.from({ length: Math.ceil(expected.length / 4) }, (_, index) => ({
				searchDate: day,
				periodType: 'SETTLE_CASEBYCASE_SETTLE_COMPLETE_DATE',
				pageNumber: String(index + 1),
				pageSize: '4',
			})),
		);
	});

	test('Limit returns the first records in one request sized to the limit', async () => {
		const day = kstDate(Date.now() - 50 * DAY_MS);
		const expected = kit.state.commissions.filter((row) => row.settleBasisDate === day);
		const result = await run({ parameters: commissionDetails({ searchDate: day, limit: 3 }) });
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(
			result.items?.map((item) => [item.json.productOrderId, item.json.commissionType]),
			expected.slice(0, 3).map((row) => [row.productOrderId, row.commissionType]),
		);
		assert.deepEqual(
			commissionRequests().map((request) => request.query.pageSize),
			['3'],
		);
	});

	test('a product order filter is sent as productOrderId and matches its commissions only', async () => {
		const row = kit.state.commissions.find(
			(candidate) => candidate.commissionType === 'CHNL_COMMISSION',
		)!;
		const result = await run({
			parameters: commissionDetails({
				searchDate: row.settleBasisDate,
				filters: { productOrderId: row.productOrderId },
				returnAll: true,
			}),
		});
		assert.equal(result.error, undefined, result.error?.message);
		assert.deepEqual(result.items?.map((item) => item.json.commissionType).sort(), [
			'CHNL_COMMISSION',
			'PAY_COMMISSION',
		]);
		assert.equal(commissionRequests()[0].query.productOrderId, row.productOrderId);
	});

	test("the emulator refuses unknown enum values in Naver's envelope (direct call)", async () => {
		const result = await run({
			continueOnFail: true,
			parameters: {
				resource: 'apiRequest',
				operation: 'send',
				method: 'GET',
				path: '/v1/pay-settle/settle/commission-details',
				query: JSON.stringify({
					searchDate: '2025-01-01',
					periodType: 'PAY_DATE',
					settleDecisionType: 'SETTLED',
					pageNumber: 1,
				}),
			},
		});
		const error = result.items![0].json;
		assert.equal(error.code, 'BAD_REQUEST');
		assert.deepEqual(
			(error.invalidInputs as Array<{ name: string; type: string }>).map(
				(input) => `${input.name}:${input.type}`,
			),
			['periodType:typeMismatch', 'pageSize:NotNull', 'settleDecisionType:InvalidCondition'],
		);
	});
});
