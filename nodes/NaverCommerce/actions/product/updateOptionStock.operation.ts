import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { parseJsonParameter } from '../../helpers/jsonParameter';
import { naverCommerceRequest } from '../../transport';
import {
	MAX_DISCOUNT_VALUE,
	MAX_PRICE,
	MAX_STOCK,
	readDiscount,
	wholeNumber,
	type DiscountMethod,
} from './writeFields';
import { originProductNoField, originProductNoOf, readOriginProduct, responseJson } from './shared';

const displayOptions = { show: { resource: ['product'], operation: ['updateOptionStock'] } };

const properties: INodeProperties[] = [
	originProductNoField(
		'The origin product (원상품) whose options change: combination options (조합형 옵션) or standard options (표준형 옵션)',
	),
	{
		displayName: 'Option Changes (JSON)',
		name: 'optionChanges',
		type: 'json',
		default: '[]',
		description:
			'A JSON array with one object per option to change (see the hint below the field). Only the option ID is required; stockQuantity, price (combination options only) and usable are optional. Option IDs are in Get → originProduct.detailAttribute.optionInfo.optionCombinations or .optionStandards. Options and fields you leave out keep their current values.',
		hint: 'Example: [{"id": 30000000000, "stockQuantity": 5}, {"id": 30000000001, "price": 1000, "usable": false}]. Naver saves a missing stock or option price as 0, so the node reads the product first and sends every option with its current values plus your changes, and the current discount unless you set a new one.',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Discount End',
				name: 'discountEndDate',
				type: 'dateTime',
				default: '',
				description:
					'When the new discount ends, on a minute ending in 9 (e.g. 23:59). Empty: no end. Only used with a Discount Value.',
			},
			{
				displayName: 'Discount Start',
				name: 'discountStartDate',
				type: 'dateTime',
				default: '',
				description:
					'When the new discount starts, on a minute ending in 0 (e.g. 10:20). Empty: at once. Only used with a Discount Value.',
			},
			{
				displayName: 'Discount Unit',
				name: 'discountUnit',
				type: 'options',
				options: [
					{ name: 'Percent (정율)', value: 'PERCENT' },
					{ name: 'Won (정액)', value: 'WON' },
				],
				default: 'WON',
				description: 'What the Discount Value counts. Only used with a Discount Value.',
			},
			{
				displayName: 'Discount Value',
				name: 'discountValue',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_DISCOUNT_VALUE },
				default: 1000,
				description:
					"A new immediate discount (즉시 할인) in the Discount Unit: 10 for 10 %, 1000 for 1,000 won. Without it, the product's current discount is kept as it is.",
			},
			{
				displayName: 'Sale Price',
				name: 'salePrice',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: MAX_PRICE, numberPrecision: 0 },
				default: 0,
				description:
					"The product's new sale price (판매가) in won. Without it, the current sale price is kept.",
			},
		],
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

/** An option as Get returns it: a combination option, or a standard option (no price). */
interface ProductOption extends IDataObject {
	id: number;
	stockQuantity?: number;
	price?: number;
	usable?: boolean;
}

interface OptionChange {
	id: number;
	stockQuantity?: number;
	price?: number;
	usable?: boolean;
}

/** The user's changes, checked against the product's options before anything is written. */
function parseChanges(
	this: IExecuteFunctions,
	raw: unknown,
	current: { combinations: ProductOption[]; standards: ProductOption[] },
	itemIndex: number,
): OptionChange[] {
	const node = this.getNode();
	const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
	const standardIds = new Set(current.standards.map((option) => String(option.id)));
	const known = new Set([
		...current.combinations.map((option) => String(option.id)),
		...standardIds,
	]);
	const seen = new Set<string>();
	return list.map((entry, index) => {
		const label = `Option change ${index + 1}`;
		if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
			throw new NodeOperationError(
				node,
				`${label} must be an object such as {"id": 1, "stockQuantity": 5}`,
				{
					itemIndex,
				},
			);
		}
		const change = entry as IDataObject;
		const unknownKeys = Object.keys(change).filter(
			(key) => !['id', 'stockQuantity', 'price', 'usable'].includes(key),
		);
		if (unknownKeys.length > 0) {
			throw new NodeOperationError(
				node,
				`${label} has fields this operation does not change: ${unknownKeys.join(', ')}`,
				{
					itemIndex,
					description:
						'Use id, stockQuantity, price and usable. Option names and new options need the Update operation.',
				},
			);
		}
		const id = String(change.id ?? '').trim();
		if (!known.has(id)) {
			throw new NodeOperationError(
				node,
				`${label}: the product has no option combination with ID ${JSON.stringify(change.id ?? null)}`,
				{ itemIndex, description: `Its option IDs are ${[...known].join(', ')}.` },
			);
		}
		if (standardIds.has(id) && change.price !== undefined) {
			throw new NodeOperationError(
				node,
				`${label}: option ${id} is a standard option (표준형 옵션), which has no option price`,
				{ itemIndex, description: 'Change its stockQuantity or usable only.' },
			);
		}
		if (seen.has(id)) {
			throw new NodeOperationError(node, `${label}: option ${id} is listed twice`, { itemIndex });
		}
		seen.add(id);
		if (change.usable !== undefined && typeof change.usable !== 'boolean') {
			throw new NodeOperationError(node, `${label}: usable must be true or false`, { itemIndex });
		}
		return {
			id: Number(id),
			stockQuantity: wholeNumber.call(
				this,
				change.stockQuantity,
				`${label}: stockQuantity`,
				{ min: 0, max: MAX_STOCK },
				itemIndex,
			),
			price: wholeNumber.call(
				this,
				change.price,
				`${label}: price`,
				{ min: -MAX_PRICE, max: MAX_PRICE },
				itemIndex,
			),
			usable: change.usable as boolean | undefined,
		};
	});
}

/**
 * The discount to send: a new one from the user's fields, else the product's current one as Get
 * shows it (customerBenefit.immediateDiscountPolicy.discountMethod), else none.
 */
function discountToSend(
	this: IExecuteFunctions,
	additional: IDataObject,
	current: DiscountMethod | undefined,
	itemIndex: number,
): DiscountMethod | undefined {
	if (additional.discountValue === undefined || additional.discountValue === null) {
		if (!current || typeof current.value !== 'number' || typeof current.unitType !== 'string') {
			return undefined;
		}
		const { value, unitType, startDate, endDate } = current;
		return {
			value,
			unitType,
			...(startDate ? { startDate } : {}),
			...(endDate ? { endDate } : {}),
		};
	}
	// The same checks as every product write that takes a discount (see ./discount).
	return readDiscount.call(
		this,
		{
			value: additional.discountValue,
			unit: additional.discountUnit,
			start: additional.discountStartDate,
			end: additional.discountEndDate,
		},
		itemIndex,
	);
}

/** Every option of one kind as it will be sent: its current values with the user's changes. */
function optionsToSend(
	current: ProductOption[],
	changeById: Map<string, OptionChange>,
	withPrice: boolean,
): IDataObject[] {
	return current.map((option) => {
		const change = changeById.get(String(option.id));
		return {
			id: option.id,
			// Naver reads back what it stored, so a field it did not return is 0 there already.
			stockQuantity: change?.stockQuantity ?? option.stockQuantity ?? 0,
			...(withPrice ? { price: change?.price ?? option.price ?? 0 } : {}),
			usable: change?.usable ?? option.usable ?? true,
		};
	});
}

/**
 * PUT /v1/products/origin-products/{originProductNo}/option-stock without Naver's traps: it saves
 * a listed option's missing stockQuantity or price as 0, and the reference does not say what a
 * missing immediateDiscountPolicy does to the product's discount, so it must be taken to clear it.
 * So the operation reads the product first and sends every option (combination or standard) with
 * all of its fields – the current values, with the user's changes laid over them –, the current
 * sale price unless a new one is given, and the current discount unless a new one is given. The
 * price of this: one extra read per item, and a sale in the moment between the read and the write
 * can be overwritten for an option the user did not mention. The write is never retried
 * automatically.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const originProductNo = originProductNoOf.call(this, itemIndex);
	const rawChanges = parseJsonParameter(
		node,
		itemIndex,
		'Option Changes',
		this.getNodeParameter('optionChanges', itemIndex, '[]'),
	);
	const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const newSalePrice = wholeNumber.call(
		this,
		additional.salePrice,
		'Sale Price',
		{ min: 0, max: MAX_PRICE },
		itemIndex,
	);
	const givesDiscount = additional.discountValue !== undefined && additional.discountValue !== null;
	// A new discount is checked before the read, so a bad one costs no request.
	if (givesDiscount) discountToSend.call(this, additional, undefined, itemIndex);

	const product = await readOriginProduct.call(this, originProductNo, itemIndex);
	const originProduct = (product.originProduct ?? {}) as IDataObject;
	const detailAttribute = (originProduct.detailAttribute ?? {}) as IDataObject;
	const optionInfo = (detailAttribute.optionInfo ?? {}) as IDataObject;
	const current = {
		combinations: (optionInfo.optionCombinations ?? []) as ProductOption[],
		standards: (optionInfo.optionStandards ?? []) as ProductOption[],
	};
	if (current.combinations.length === 0 && current.standards.length === 0) {
		throw new NodeOperationError(
			node,
			`Product ${originProductNo} has no option combinations (조합형 옵션) or standard options (표준형 옵션) to update`,
			{
				itemIndex,
				description: 'Change the stock of a product without options with Change Status or Update.',
			},
		);
	}
	const changes = parseChanges.call(this, rawChanges, current, itemIndex);
	if (changes.length === 0 && newSalePrice === undefined && !givesDiscount) {
		throw new NodeOperationError(
			node,
			'Nothing to change: add option changes, a sale price or a discount',
			{ itemIndex },
		);
	}

	const changeById = new Map(changes.map((change) => [String(change.id), change]));
	const customerBenefit = (originProduct.customerBenefit ?? {}) as IDataObject;
	const currentDiscount = (customerBenefit.immediateDiscountPolicy as IDataObject | undefined)
		?.discountMethod as DiscountMethod | undefined;
	const discount = discountToSend.call(this, additional, currentDiscount, itemIndex);
	// immediateDiscountPolicy sits beside productSalePrice, as the reference's request examples
	// show; its field list, printed flat, could also be read as nested in productSalePrice.
	const body: IDataObject = {
		productSalePrice: { salePrice: newSalePrice ?? originProduct.salePrice },
		...(discount ? { immediateDiscountPolicy: { discountMethod: discount } } : {}),
		optionInfo: {
			...(current.combinations.length > 0
				? { optionCombinations: optionsToSend(current.combinations, changeById, true) }
				: {}),
			...(current.standards.length > 0
				? { optionStandards: optionsToSend(current.standards, changeById, false) }
				: {}),
			// Leaving it out would switch stock management off (stock 9,999), so it is sent as read.
			...(typeof optionInfo.useStockManagement === 'boolean'
				? { useStockManagement: optionInfo.useStockManagement }
				: {}),
		},
	};

	const response = await naverCommerceRequest.call(
		this,
		{
			method: 'PUT',
			path: `/v1/products/origin-products/${originProductNo}/option-stock`,
			body,
			idempotent: false,
		},
		itemIndex,
	);
	return [{ json: responseJson(response.body), pairedItem: { item: itemIndex } }];
}
