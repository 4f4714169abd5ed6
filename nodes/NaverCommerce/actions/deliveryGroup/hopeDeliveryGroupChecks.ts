import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { RowValues } from '../endpointTable';

/**
 * The checks of a hope-date delivery group (희망일배송 그룹) that its row cannot make: the regions
 * (hopeDeliveryGroupDays) arrive as JSON, so each entry is held to Naver's reference here, before
 * any request.
 */

/** regularHolidays: "SUNDAY(일요일), MONDAY(월요일), …, SATURDAY(토요일)". */
export const WEEK_DAYS = [
	'SUNDAY',
	'MONDAY',
	'TUESDAY',
	'WEDNESDAY',
	'THURSDAY',
	'FRIDAY',
	'SATURDAY',
] as const;

/** expectationDeliveryFee: "Possible values: <= 100000". */
export const MAX_EXPECTED_DELIVERY_FEE = 100_000;

/** The fields of one region (배송 희망일자), as the reference lists them. */
const REGION_FIELDS = new Set([
	'id',
	'regionName',
	'usable',
	'hopeStartDay',
	'hopeEndDay',
	'expectationDeliveryFee',
]);
const WHOLE_NUMBER_FIELDS = ['id', 'hopeStartDay', 'hopeEndDay', 'expectationDeliveryFee'];

const isObject = (value: unknown): value is IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** What is wrong with the regions given, one sentence each (none: they may be sent). */
export function regionProblems(regions: unknown): string[] {
	if (!Array.isArray(regions)) {
		return ['it must be a JSON array of regions, such as [{"regionName": "서울", "usable": true}]'];
	}
	// The page marks the list required: a group without a region gives buyers nothing to choose.
	if (regions.length === 0) return ['it must hold at least one region'];
	const problems: string[] = [];
	regions.forEach((region, index) => {
		const at = `region ${index + 1}`;
		if (!isObject(region)) {
			problems.push(`${at} must be an object such as {"regionName": "서울", "usable": true}`);
			return;
		}
		for (const key of Object.keys(region)) {
			if (!REGION_FIELDS.has(key)) {
				problems.push(
					`${at} has ${key}, which Naver does not know (${[...REGION_FIELDS].join(', ')})`,
				);
			}
		}
		if (typeof region.regionName !== 'string' || region.regionName.trim() === '') {
			problems.push(`${at} needs regionName, the region's name`);
		}
		if (typeof region.usable !== 'boolean') {
			problems.push(`${at} needs usable, true or false`);
		}
		for (const key of WHOLE_NUMBER_FIELDS) {
			const value = region[key];
			if (value !== undefined && value !== null && !Number.isInteger(value)) {
				problems.push(`${at}: ${key} must be a whole number, not ${JSON.stringify(value)}`);
			}
		}
		const fee = region.expectationDeliveryFee;
		// The page gives the maximum only; a fee below 0 won is no fee (the docs are silent on it).
		if (
			Number.isInteger(fee) &&
			((fee as number) > MAX_EXPECTED_DELIVERY_FEE || (fee as number) < 0)
		) {
			problems.push(
				`${at}: expectationDeliveryFee must be from 0 to ${MAX_EXPECTED_DELIVERY_FEE} won, not ${fee}`,
			);
		}
	});
	return problems;
}

/** Refuses, before any request, regions that Naver's reference does not allow (a row's check). */
export function checkRegions(this: IExecuteFunctions, values: RowValues, itemIndex: number): void {
	const problems = regionProblems(values.body.hopeDeliveryGroupDays);
	if (problems.length > 0) {
		throw new NodeOperationError(this.getNode(), `Regions: ${problems[0]}`, {
			itemIndex,
			description: problems.join('\n'),
		});
	}
}
