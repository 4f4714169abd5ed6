import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { formatNaverDate, toEpochMs } from '../../helpers/naverDate';
import {
	collectProductOrderTargets,
	inInputOrder,
	runProductOrderBatches,
} from '../../helpers/productOrderBatch';
import { naverCommerceRequest } from '../../transport';
import { productOrderIdsField } from '../common.descriptions';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { requiredText } from '../../helpers/parameters';

/** The lengths Naver's reference gives for the body (hope-delivery/change.POST.md). */
const CHANGE_REASON_MAX = 300;
const REGION_MAX = 30;

const displayOptions = { show: { resource: ['productOrder'], operation: ['changeHopeDelivery'] } };

const properties: INodeProperties[] = [
	productOrderIdsField(
		'The product orders sold with hope delivery (희망일배송 or N희망일배송) whose delivery day to change',
	),
	{
		displayName: 'Hope Delivery Date',
		name: 'hopeDeliveryYmd',
		type: 'dateTime',
		required: true,
		default: '',
		description:
			'The new day (KST) the buyer will receive the delivery. Only the date counts. Also takes yyyyMMdd, as Get returns hopeDelivery.hopeDeliveryYmd.',
	},
	{
		displayName: 'Change Reason',
		name: 'changeReason',
		type: 'string',
		required: true,
		default: '',
		placeholder: '고객 요청으로 배송 희망일 변경',
		description: `Why the day changes, at most ${CHANGE_REASON_MAX} characters. Naver keeps it with the product order (hopeDelivery.changeReason).`,
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		description: 'Only for 희망일배송 (HOPE): N희망일배송 takes neither a time nor a region',
		options: [
			{
				displayName: 'Hope Delivery Time',
				name: 'hopeDeliveryHm',
				type: 'string',
				default: '',
				placeholder: '14:00',
				description:
					'The new time of day (KST) as HH:mm or HHmm. Empty keeps the time the product order has.',
			},
			{
				displayName: 'Region',
				name: 'region',
				type: 'string',
				default: '',
				placeholder: '수도권',
				description: `The delivery region (지역) of the store's hope-delivery group, at most ${REGION_MAX} characters. Empty keeps the region the product order has.`,
			},
		],
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

/** yyyyMMdd (KST) from a date parameter: an ISO date or date-time, or yyyyMMdd as Naver writes it. */
function hopeDeliveryDay(value: unknown): string {
	if (typeof value === 'string' && /^\s*\d{8}\s*$/.test(value)) {
		const text = value.trim();
		return formatNaverDate(
			toEpochMs(`${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`, 'Hope Delivery Date'),
		).replace(/-/g, '');
	}
	return formatNaverDate(toEpochMs(value, 'Hope Delivery Date')).replace(/-/g, '');
}

/** HHmm from HH:mm or HHmm; undefined when empty. */
function hopeDeliveryTime(value: unknown): string | undefined {
	const text = String(value ?? '').trim();
	if (text === '') return undefined;
	const match = /^([01]\d|2[0-3]):?([0-5]\d)$/.exec(text);
	if (!match) {
		throw new Error(
			`Hope Delivery Time must be a time of day such as 14:00 or 1400, not ${JSON.stringify(text)}`,
		);
	}
	return `${match[1]}${match[2]}`;
}

/** What one input item asks Naver to set, checked against the reference's limits. */
function changeOf(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const hopeDeliveryYmd = hopeDeliveryDay(this.getNodeParameter('hopeDeliveryYmd', itemIndex));
	const changeReason = requiredText.call(this, 'changeReason', 'Change Reason', itemIndex);
	if (changeReason.length > CHANGE_REASON_MAX) {
		throw new Error(
			`Change Reason is ${changeReason.length} characters long: Naver takes at most ${CHANGE_REASON_MAX}`,
		);
	}
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const hopeDeliveryHm = hopeDeliveryTime(options.hopeDeliveryHm);
	const region = String(options.region ?? '').trim();
	if (region.length > REGION_MAX) {
		throw new Error(
			`Region is ${region.length} characters long: Naver takes at most ${REGION_MAX}`,
		);
	}
	return {
		hopeDeliveryYmd,
		...(hopeDeliveryHm !== undefined ? { hopeDeliveryHm } : {}),
		...(region !== '' ? { region } : {}),
		changeReason,
	};
}

/**
 * Naver changes one product order per request (its ID is in the path). A write: each request is
 * sent once and never repeated. Each result item also says what was set, so a workflow (or an AI
 * agent) can tell the buyer the new day without reading the order again.
 */
export async function executeBatch(
	this: IExecuteFunctions,
	itemIndexes: number[],
): Promise<INodeExecutionData[]> {
	const { targets, invalidItems } = collectProductOrderTargets.call(
		this,
		itemIndexes,
		(itemIndex) => changeOf.call(this, itemIndex),
	);
	const sent = new Map(targets.map((target) => [target.itemIndex, target.fields ?? {}]));
	const changed = await runProductOrderBatches.call(this, targets, {
		batchSize: 1,
		done: 'changed',
		send: async ([target]) =>
			await naverCommerceRequest.call(
				this,
				{
					method: 'POST',
					path: `/v1/pay-order/seller/product-orders/${encodeURIComponent(target.productOrderId)}/hope-delivery/change`,
					body: target.fields,
				},
				target.itemIndex,
			),
	});
	const withChange = changed.map((item) => {
		if (item.json.success !== true) return item;
		const { productOrderId, success, ...rest } = item.json;
		const itemIndex = (item.pairedItem as { item: number }).item;
		return { ...item, json: { productOrderId, success, ...sent.get(itemIndex), ...rest } };
	});
	return inInputOrder([...invalidItems, ...withChange]);
}
