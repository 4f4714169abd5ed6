import type { INodePropertyOptions } from 'n8n-workflow';

/** expectedDeliveryPeriodType (bulk-update.PUT.md). */
export const EXPECTED_DELIVERY_PERIODS: INodePropertyOptions[] = [
	{ name: 'Direct Input (직접 입력형, ETC)', value: 'ETC' },
	...(
		[
			['TWO', 2],
			['THREE', 3],
			['FOUR', 4],
			['FIVE', 5],
			['SIX', 6],
			['SEVEN', 7],
			['EIGHT', 8],
			['NINE', 9],
			['TEN', 10],
			['ELEVEN', 11],
			['TWELVE', 12],
			['THIRTEEN', 13],
			['FOURTEEN', 14],
		] as const
	).map(([value, days]) => ({ name: `${days} Days (${value})`, value })),
];
