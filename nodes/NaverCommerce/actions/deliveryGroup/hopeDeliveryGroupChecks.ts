import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parseJsonParameter } from '../../helpers/jsonParameter';
import type { RowOperation } from '../endpointTable';

/**
 * The checks of a hope-date delivery group (희망일배송 그룹) that its row cannot make: the regions
 * (hopeDeliveryGroupDays) arrive as JSON and the days off as a list of names, so each entry is held
 * to Naver's reference here, before any request.
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

/** The days off that are not Naver's day names. */
export function unknownWeekDays(days: unknown): string[] {
	const entries = Array.isArray(days) ? days : String(days ?? '').split(',');
	return entries
		.map((entry) => String(entry).trim())
		.filter((entry) => entry !== '' && !(WEEK_DAYS as readonly string[]).includes(entry));
}

/** Refuses, before any request, regions or days off that Naver's reference does not allow. */
function checkHopeDeliveryGroup(this: IExecuteFunctions, itemIndex: number): void {
	const node = this.getNode();
	const days = this.getNodeParameter('regularHolidays', itemIndex, '');
	const unknownDays = unknownWeekDays(days);
	if (unknownDays.length > 0) {
		throw new NodeOperationError(
			node,
			`Days Off: ${unknownDays.map((day) => JSON.stringify(day)).join(', ')} is not a day Naver knows`,
			{ itemIndex, description: `Use ${WEEK_DAYS.join(', ')}, separated by commas.` },
		);
	}
	const raw = this.getNodeParameter('hopeDeliveryGroupDays', itemIndex, '');
	const regions = parseJsonParameter(node, itemIndex, 'Regions', raw);
	// Empty: the row refuses it as a required field, with the same words as every row.
	if (regions === undefined) return;
	const problems = regionProblems(regions);
	if (problems.length > 0) {
		throw new NodeOperationError(node, `Regions: ${problems[0]}`, {
			itemIndex,
			description: problems.join('\n'),
		});
	}
}

/** The row's operation, with the hope-delivery group's checks first. */
export function withHopeDeliveryGroupChecks(operation: RowOperation): RowOperation {
	return {
		...operation,
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
			checkHopeDeliveryGroup.call(this, itemIndex);
			return await operation.execute.call(this, itemIndex);
		},
	};
}
