import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { inInputOrder } from '../../helpers/productOrderBatch';
import {
	collectProductTargets,
	groupProductTargets,
	runProductWrites,
	type ProductTarget,
} from '../../helpers/productBatch';
import { DISCOUNT_UNIT_OPTIONS } from '../../options/discountUnits';
import { naverCommerceRequest } from '../../transport';
import {
	originProductNoField,
	originProductNoOf,
	productsPerRequestOf,
	productsPerRequestOptions,
} from './shared';
import {
	MAX_DISCOUNT_VALUE,
	MAX_PRICE,
	MAX_STOCK,
	readDiscount,
	wholeNumber,
	type DiscountMethod,
} from './writeFields';

const displayOptions = { show: { resource: ['product'], operation: ['updateMany'] } };

/** Each sale status Update Many sets, with its multiUpdateType (multi-update.PATCH.md). */
const STATUS_TYPES: Record<string, string> = {
	SALE: 'PRODUCT_STATUS_SALE',
	SUSPENSION: 'PRODUCT_STATUS_SUSPENSION',
};

const properties: INodeProperties[] = [
	originProductNoField(
		"The origin product (원상품) this item changes. Map it from each row of a spreadsheet or ERP export; defaults to the input item's originProductNo.",
		{ mode: 'id', value: '={{ $json.originProductNo }}' },
	),
	{
		displayName: 'Changes',
		name: 'changes',
		type: 'collection',
		placeholder: 'Add Change',
		default: {},
		description:
			'What to change for this product; what you do not add keeps its value. Each field can be an expression, so every item can set its own values.',
		options: [
			{
				displayName: 'Discount End',
				name: 'discountEndDate',
				type: 'dateTime',
				default: '',
				description:
					'When the discount ends, on a minute ending in 9 (e.g. 23:59). Empty: no end. Only with a Discount Value.',
			},
			{
				displayName: 'Discount Start',
				name: 'discountStartDate',
				type: 'dateTime',
				default: '',
				description:
					'When the discount starts, on a minute ending in 0 (e.g. 10:20). Empty: at once. Only with a Discount Value.',
			},
			{
				displayName: 'Discount Unit',
				name: 'discountUnit',
				type: 'options',
				options: DISCOUNT_UNIT_OPTIONS,
				default: 'WON',
				description: 'What the Discount Value counts. Only with a Discount Value.',
			},
			{
				displayName: 'Discount Value',
				name: 'discountValue',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_DISCOUNT_VALUE },
				default: 1000,
				description:
					'The new immediate discount (즉시 할인, 기본 할인) in the Discount Unit: 10 for 10 %, 1000 for 1,000 won. It replaces the current one.',
			},
			{
				displayName: 'Sale Price',
				name: 'salePrice',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: MAX_PRICE, numberPrecision: 0 },
				default: 0,
				description: 'The new sale price (판매가) in won',
			},
			{
				displayName: 'Sale Status',
				name: 'statusType',
				type: 'options',
				options: [
					{
						name: 'On Sale (판매 중)',
						value: 'SALE',
						description:
							'From Suspended, or from Out of Stock together with a Stock Quantity above 0',
					},
					{
						name: 'Suspended (판매 중지)',
						value: 'SUSPENSION',
						description: 'From On Sale, Out of Stock or Waiting for Sale',
					},
				],
				default: 'SALE',
				description:
					'The new sale status. A product with no stock stays out of stock even when set On Sale.',
			},
			{
				displayName: 'Stock Quantity',
				name: 'stockQuantity',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: MAX_STOCK, numberPrecision: 0 },
				default: 0,
				description:
					"The product's new stock (재고 수량). 0 makes a product on sale Out of Stock. For products with options, change each option's stock with Update Option Stock and Price.",
			},
		],
	},
	productsPerRequestOptions,
];

export const description = updateDisplayOptions(displayOptions, properties);

/** One product's entry of multiProductUpdateRequestVos, and what the output reports. */
interface UpdateTarget extends ProductTarget {
	entry: IDataObject;
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

function readTarget(this: IExecuteFunctions, itemIndex: number): UpdateTarget {
	const node = this.getNode();
	const originProductNo = originProductNoOf.call(this, itemIndex);
	const changes = this.getNodeParameter('changes', itemIndex, {}) as IDataObject;
	// A field the user added must have a value: an expression that comes out empty for one row is
	// that row's mistake, not "leave it unchanged".
	const given = (name: string, label: string) => {
		if (!(name in changes)) return undefined;
		if (isEmpty(changes[name])) {
			throw new NodeOperationError(node, `${label} is empty`, {
				itemIndex,
				description: `Give it a value, or remove ${label} from Changes for this product to keep its current one.`,
			});
		}
		return changes[name];
	};
	const types: string[] = [];
	const entry: IDataObject = { originProductNo };
	const requested: IDataObject = {};

	const salePrice = wholeNumber.call(
		this,
		given('salePrice', 'Sale Price'),
		'Sale Price',
		{ min: 0, max: MAX_PRICE },
		itemIndex,
	);
	if (salePrice !== undefined) {
		types.push('SALE_PRICE');
		entry.productSalePrice = { salePrice };
		requested.salePrice = salePrice;
	}

	const discountValue = given('discountValue', 'Discount Value');
	if (discountValue === undefined) {
		const orphan = ['discountUnit', 'discountStartDate', 'discountEndDate'].find(
			(name) => !isEmpty(changes[name]),
		);
		if (orphan) {
			throw new NodeOperationError(node, 'A discount unit or period needs a Discount Value', {
				itemIndex,
				description: 'Add Discount Value to Changes, or remove the discount fields.',
			});
		}
	} else {
		const discountMethod: DiscountMethod = readDiscount.call(
			this,
			{
				value: discountValue,
				unit: changes.discountUnit,
				start: changes.discountStartDate,
				end: changes.discountEndDate,
			},
			itemIndex,
		);
		types.push('IMMEDIATE_DISCOUNT');
		entry.immediateDiscountPolicy = { discountMethod };
		requested.immediateDiscountPolicy = { discountMethod };
	}

	const stockQuantity = wholeNumber.call(
		this,
		given('stockQuantity', 'Stock Quantity'),
		'Stock Quantity',
		{ min: 0, max: MAX_STOCK },
		itemIndex,
	);
	if (stockQuantity !== undefined) {
		types.push('STOCK');
		entry.stockQuantity = stockQuantity;
		requested.stockQuantity = stockQuantity;
	}

	const statusType = given('statusType', 'Sale Status');
	if (statusType !== undefined) {
		const type = STATUS_TYPES[String(statusType)];
		if (!type) {
			throw new NodeOperationError(
				node,
				`Sale Status must be SALE or SUSPENSION, not ${JSON.stringify(statusType)}`,
				{ itemIndex },
			);
		}
		types.push(type);
		requested.statusType = statusType;
	}

	if (types.length === 0) {
		throw new NodeOperationError(node, 'Nothing to change for this product', {
			itemIndex,
			description: 'Add a sale price, a discount, a stock quantity or a sale status to Changes.',
		});
	}
	entry.multiUpdateTypes = types;
	return {
		itemIndex,
		originProductNo,
		entry,
		requested: { multiUpdateTypes: types, ...requested },
	};
}

/**
 * PATCH /v1/products/origin-products/multi-update (멀티 상품 변경): every input item changes one
 * product's sale price, immediate discount, stock or sale status, each to its own values. The
 * items go in as few requests as Products per Request allows (a product twice goes in a later
 * request, so its changes apply in item order); every input item gets one output item, paired.
 * A product Naver refuses fails alone (with continue-on-fail) and the other products of its request
 * are sent again without it: the values are absolute, so sending them again cannot change them
 * twice. A lost answer is reported for the products of its request, never repeated.
 */
export async function executeBatch(
	this: IExecuteFunctions,
	itemIndexes: number[],
): Promise<INodeExecutionData[]> {
	const batchSize = productsPerRequestOf.call(this);
	const { targets, invalidItems } = (collectProductTargets<UpdateTarget>).call(
		this,
		itemIndexes,
		(itemIndex) => readTarget.call(this, itemIndex),
	);
	const written = await (runProductWrites<UpdateTarget>).call(
		this,
		groupProductTargets(targets, batchSize),
		{
			listName: 'multiProductUpdateRequestVos',
			resendRest: () => true,
			send: async (batch) =>
				await naverCommerceRequest.call(
					this,
					{
						method: 'PATCH',
						path: '/v1/products/origin-products/multi-update',
						body: { multiProductUpdateRequestVos: batch.map((target) => target.entry) },
						idempotent: false,
					},
					batch[0].itemIndex,
				),
		},
	);
	return inInputOrder([...invalidItems, ...written]);
}
