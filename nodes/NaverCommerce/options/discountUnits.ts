import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * discountMethod.unitType of the product writes (option-stock, multi-update, bulk-update): the
 * units the pages allow ("PERCENT, WON만 입력 가능합니다"), though their enums list YEN and COUNT too.
 */
export const DISCOUNT_UNIT_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Percent (정율)', value: 'PERCENT' },
	{ name: 'Won (정액)', value: 'WON' },
];
