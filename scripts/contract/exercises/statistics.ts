/**
 * Coverage of API데이터솔루션 (통계): the 19 bizdata-stats reports of the store's first channel over
 * the last week, the day's realtime report, and the three customer-data reports over the same
 * week (it holds a Monday, the day the repurchase report is dated), as a seller's workflow asks
 * for them.
 */
import { formatKst } from '../../../test/emulator/kst';
import type { CoverageExercise } from './index';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The bizdata-stats reports read by a date range, below /v1/bizdata-stats/channels/{channelNo}/. */
const BIZDATA_REPORTS = [
	'marketing/all/daily',
	'marketing/all/detail',
	'marketing/custom/detail',
	'marketing/custom/simple',
	'marketing/hourly/detail',
	'marketing/hourly/simple',
	'marketing/search/detail',
	'marketing/search/keyword',
	'marketing/website/daily',
	'marketing/website/detail',
	'sales/delivery/detail',
	'sales/hourly/detail',
	'sales/product-marketing/category',
	'sales/product-marketing/detail',
	'sales/product-search/detail',
	'sales/product-search/keyword-by-product',
	'sales/product/detail',
	'shopping/page/detail',
	'shopping/product/detail',
];

export const statistics: CoverageExercise = async ({ emulator, call }) => {
	const channelNo = String(emulator.store.channels[0].channelNo);
	// Dates in KST, as the pages take them (yyyy-MM-dd); the reports end yesterday at the latest.
	const daysAgo = (days: number) => formatKst(Date.now() - days * DAY_MS).slice(0, 10);
	const week = { startDate: daysAgo(7), endDate: daysAgo(1) };
	for (const report of BIZDATA_REPORTS) {
		await call('GET', `/v1/bizdata-stats/channels/${channelNo}/${report}`, { query: week });
	}
	await call('GET', `/v1/bizdata-stats/channels/${channelNo}/realtime/daily`);
	for (const path of [
		'/v1/customer-data/customer-status/account/statistics',
		`/v1/customer-data/customer-status/channels/${channelNo}/statistics`,
		'/v1/customer-data/repurchase/account/statistics',
	]) {
		await call('GET', path, { query: week });
	}
};
