import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parseJsonParameter } from '../../helpers/jsonParameter';
import { naverCommerceRequest } from '../../transport';
import { originProductNoField, originProductNoOf, readOriginProduct, responseJson } from './shared';

const show = { resource: ['product'], operation: ['updateOptionStock'] };
const MAX_STOCK = 99_999_999;
const MAX_PRICE = 999_999_990;

export const description: INodeProperties[] = [
	originProductNoField(
		'updateOptionStock',
		'The origin product (원상품) whose option combinations (조합형 옵션) change',
	),
	{
		displayName: 'Option Changes (JSON)',
		name: 'optionChanges',
		type: 'json',
		default: '[]',
		displayOptions: { show },
		description:
			'A JSON array with one object per option combination to change (see the hint below the field). Only the option ID is required; stockQuantity, price and usable are optional. Option IDs are in Get → originProduct.detailAttribute.optionInfo.optionCombinations. Options and fields you leave out keep their current values.',
		hint: 'Example: [{"id": 30000000000, "stockQuantity": 5}, {"id": 30000000001, "price": 1000, "usable": false}]. Naver saves a missing stock or option price as 0, so the node reads the product first and sends every option with its current values plus your changes.',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show },
		options: [
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

interface OptionCombination extends IDataObject {
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

function wholeNumber(
	this: IExecuteFunctions,
	value: unknown,
	label: string,
	range: { min: number; max: number },
	itemIndex: number,
): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const number = typeof value === 'string' ? Number(value.trim()) : value;
	if (
		typeof number !== 'number' ||
		!Number.isInteger(number) ||
		number < range.min ||
		number > range.max
	) {
		throw new NodeOperationError(
			this.getNode(),
			`${label} must be a whole number from ${range.min} to ${range.max}, not ${JSON.stringify(value)}`,
			{ itemIndex },
		);
	}
	return number;
}

/** The user's changes, checked against the product's options before anything is written. */
function parseChanges(
	this: IExecuteFunctions,
	raw: unknown,
	current: OptionCombination[],
	itemIndex: number,
): OptionChange[] {
	const node = this.getNode();
	const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
	const known = new Set(current.map((combination) => String(combination.id)));
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
 * PUT /v1/products/origin-products/{originProductNo}/option-stock without Naver's trap: it saves a
 * listed option's missing stockQuantity or price as 0. So the operation reads the product first
 * and sends every option combination with all of its fields – the current values, with the user's
 * changes laid over them – and the current sale price unless a new one is given. The price of this:
 * one extra read per item, and a sale in the moment between the read and the write can be
 * overwritten for an option the user did not mention. The write is never retried automatically.
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
	const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as {
		salePrice?: number;
	};
	const newSalePrice = wholeNumber.call(
		this,
		additional.salePrice,
		'Sale Price',
		{ min: 0, max: MAX_PRICE },
		itemIndex,
	);

	const product = await readOriginProduct.call(this, originProductNo, itemIndex);
	const originProduct = (product.originProduct ?? {}) as IDataObject;
	const detailAttribute = (originProduct.detailAttribute ?? {}) as IDataObject;
	const optionInfo = (detailAttribute.optionInfo ?? {}) as IDataObject;
	const current = (optionInfo.optionCombinations ?? []) as OptionCombination[];
	if (current.length === 0) {
		throw new NodeOperationError(
			node,
			`Product ${originProductNo} has no option combinations (조합형 옵션) to update`,
			{
				itemIndex,
				description: 'Change the stock of a product without options with Change Status or Update.',
			},
		);
	}
	const changes = parseChanges.call(this, rawChanges, current, itemIndex);
	if (changes.length === 0 && newSalePrice === undefined) {
		throw new NodeOperationError(node, 'Nothing to change: add option changes or a sale price', {
			itemIndex,
		});
	}

	const changeById = new Map(changes.map((change) => [String(change.id), change]));
	const optionCombinations = current.map((combination) => {
		const change = changeById.get(String(combination.id));
		return {
			id: combination.id,
			// Naver reads back what it stored, so a field it did not return is 0 there already.
			stockQuantity: change?.stockQuantity ?? combination.stockQuantity ?? 0,
			price: change?.price ?? combination.price ?? 0,
			usable: change?.usable ?? combination.usable ?? true,
		};
	});
	const body: IDataObject = {
		productSalePrice: { salePrice: newSalePrice ?? originProduct.salePrice },
		optionInfo: {
			optionCombinations,
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
