import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { deepMerge } from '../../helpers/deepMerge';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { parseJsonParameter } from '../../helpers/jsonParameter';
import { isNaverId } from '../../helpers/parameters';
import { NOTICE_TYPES } from '../../options/noticeTypes';
import { naverCommerceRequest } from '../../transport';
import { createFields } from './create.fields';
import { uploadItemImages } from './uploadImages.operation';

/** images.optionalImages: at most 9 beside the representative image (products.POST.md). */
const MAX_IMAGES = 10;
/** optionSimple and optionCombinationGroupNames: up to 3 (조합형 3개, products.POST.md). */
const MAX_OPTION_GROUPS = 3;
/** A notice text the seller must give, answered "refer to the detail page". */
const SEE_DETAIL_PAGE = '상품상세 참조';
/**
 * The legal clauses (returnCostReason, noRefundReason, qualityAssuranceStandard,
 * compensationProcedure, troubleShootingContents) are listed in products.POST.md by code: `- 0`
 * with the statutory text, `- 1 (상품상세 참조)`; their example bodies give only "string". Code 0
 * states what the law and Naver Pay already guarantee for every product, so it is true whatever
 * the detail page says; "상품상세 참조" would point buyers to a page that may not say it.
 */
const STATUTORY_TEXT = '0';

const displayOptions = { show: { resource: ['product'], operation: ['create'] } };

export const description: INodeProperties[] = updateDisplayOptions(displayOptions, createFields);

type Fail = (message: string, description?: string) => NodeOperationError;

function textList(value: unknown): string[] {
	const entries = Array.isArray(value) ? value : String(value ?? '').split(',');
	return entries.map((entry) => String(entry ?? '').trim()).filter((entry) => entry !== '');
}

function wholeNumber(fail: Fail, value: unknown, label: string, max: number, min = 0): number {
	const number = Number(value);
	if (!Number.isInteger(number) || number < min || number > max) {
		throw fail(`${label} must be a whole number from ${min} to ${max}, not ${String(value)}`);
	}
	return number;
}

/** An address book number of a resource locator; undefined when none was picked. */
function optionalAddressId(fail: Fail, value: unknown, label: string): number | undefined {
	const text = String(value ?? '').trim();
	if (text === '') return undefined;
	if (!isNaverId(text)) throw fail(`${label} must be an address book number, not ${text}`);
	return Number(text);
}

const given = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * The notice of one type with only what the reference requires answered: the legal clauses by
 * their statutory code, required text "see the detail page", and of a field required unless its
 * twin is given (packDateText unless packDate, a 'yyyy-MM' month) the one that takes text. Fields
 * to delete when they do not apply, deprecated fields, dates, months and optional text are left to
 * the seller (Additional Fields): a value there would tell buyers something only they can know.
 */
function noticeOf(
	value: string,
	fail: Fail,
	answers: IDataObject,
	extra: IDataObject | undefined,
): IDataObject {
	const type = NOTICE_TYPES.find((candidate) => candidate.value === value);
	if (!type) throw fail(`Unknown product information notice type: ${value}`);
	const fields: IDataObject = {};
	// What the seller gives in Additional Fields for this notice: a twin given there is not answered.
	const own = (
		((extra?.originProduct as IDataObject | undefined)?.detailAttribute as IDataObject | undefined)
			?.productInfoProvidedNotice as IDataObject | undefined
	)?.[type.field] as IDataObject | undefined;
	// The form's yes/no answers (Genetically Modified, Import Declared), for the types that have them.
	for (const [field, answer] of Object.entries(answers)) {
		if (type.fields[field] === 'boolean') fields[field] = answer;
	}
	const answer = (field: string) => {
		const kind = type.fields[field];
		if (kind === 'legalText') fields[field] = STATUTORY_TEXT;
		else if (kind === 'text') fields[field] = SEE_DETAIL_PAGE;
	};
	type.required.forEach(answer);
	for (const [field, twins] of Object.entries(type.requiredUnless ?? {})) {
		if ([field, ...twins].some((name) => fields[name] !== undefined || given(own?.[name])))
			continue;
		// The twin when it takes text (afterServiceDirector for customerServicePhoneNumber), else
		// the field itself (packDateText, as packDate takes only a month).
		const textTwin = twins.find((name) => type.fields[name] === 'text');
		answer(textTwin ?? field);
	}
	return { productInfoProvidedNoticeType: type.value, [type.field]: fields };
}

/** The notice's required fields that have no value after Additional Fields were merged. */
function missingNoticeFields(notice: IDataObject | undefined): string[] {
	const type = NOTICE_TYPES.find(
		(candidate) => candidate.value === notice?.productInfoProvidedNoticeType,
	);
	if (!type || !notice) return [];
	const fields = (notice[type.field] ?? {}) as IDataObject;
	return [
		...type.required.filter((field) => !given(fields[field])),
		...Object.entries(type.requiredUnless ?? {})
			.filter(([field, twins]) => ![field, ...twins].some((name) => given(fields[name])))
			.map(([field, twins]) => `${field} (or ${twins.join(', ')})`),
	];
}

function optionInfoOf(
	this: IExecuteFunctions,
	itemIndex: number,
	fail: Fail,
): IDataObject | undefined {
	const optionType = this.getNodeParameter('optionType', itemIndex) as string;
	if (optionType === 'simple') {
		const rows = (
			this.getNodeParameter('simpleOptions.option', itemIndex, []) as Array<{
				groupName?: string;
				name?: string;
			}>
		).map((row) => ({
			groupName: String(row.groupName ?? '').trim(),
			name: String(row.name ?? '').trim(),
		}));
		if (rows.length === 0) throw fail('Add at least one simple option, or choose Options: None');
		if (rows.some((row) => row.groupName === '' || row.name === ''))
			throw fail('Every simple option needs a group name and a value');
		if (new Set(rows.map((row) => row.groupName)).size > MAX_OPTION_GROUPS)
			throw fail(`Simple options take at most ${MAX_OPTION_GROUPS} group names`);
		return { optionSimple: rows.map((row) => ({ ...row, usable: true })) };
	}
	if (optionType === 'combination') {
		const groups = textList(this.getNodeParameter('combinationGroupNames', itemIndex, ''));
		if (groups.length === 0 || groups.length > MAX_OPTION_GROUPS)
			throw fail(`Option Group Names takes 1 to ${MAX_OPTION_GROUPS} names, comma-separated`);
		const rows = this.getNodeParameter('combinations.combination', itemIndex, []) as Array<{
			values?: string;
			stockQuantity?: number;
			price?: number;
			sellerManagerCode?: string;
		}>;
		if (rows.length === 0) throw fail('Add at least one combination, or choose Options: None');
		const seen = new Set<string>();
		const combinations = rows.map((row, index) => {
			const values = textList(row.values);
			if (values.length !== groups.length) {
				throw fail(
					`Combination ${index + 1} has ${values.length} values for ${groups.length} option groups (${groups.join(', ')})`,
				);
			}
			const key = values.join('\u0000');
			if (seen.has(key)) throw fail(`Combination ${values.join(' / ')} is listed twice`);
			seen.add(key);
			const combination: IDataObject = {
				stockQuantity: wholeNumber(fail, row.stockQuantity ?? 0, 'A combination stock', 99_999_999),
				price: wholeNumber(
					fail,
					row.price ?? 0,
					'A combination extra price',
					999_999_990,
					-999_999_990,
				),
				usable: true,
			};
			values.forEach((value, position) => (combination[`optionName${position + 1}`] = value));
			const code = String(row.sellerManagerCode ?? '').trim();
			if (code) combination.sellerManagerCode = code;
			return combination;
		});
		return {
			optionCombinationGroupNames: Object.fromEntries(
				groups.map((group, position) => [`optionGroupName${position + 1}`, group]),
			),
			optionCombinations: combinations,
			useStockManagement: true,
		};
	}
	return undefined;
}

function deliveryInfoOf(
	this: IExecuteFunctions,
	itemIndex: number,
	fail: Fail,
): IDataObject | undefined {
	const deliveryType = this.getNodeParameter('deliveryType', itemIndex) as string;
	// Without deliveryInfo Naver registers a product that is not shipped (배송 없는 상품).
	if (deliveryType === 'NONE') return undefined;
	const feeType = this.getNodeParameter('deliveryFeeType', itemIndex) as string;
	const deliveryFee: IDataObject = { deliveryFeeType: feeType };
	if (feeType !== 'FREE') {
		deliveryFee.baseFee = wholeNumber(
			fail,
			this.getNodeParameter('baseFee', itemIndex),
			'Base Delivery Fee',
			100_000,
		);
		deliveryFee.deliveryFeePayType = this.getNodeParameter('deliveryFeePayType', itemIndex);
	}
	if (feeType === 'CONDITIONAL_FREE') {
		deliveryFee.freeConditionalAmount = wholeNumber(
			fail,
			this.getNodeParameter('freeConditionalAmount', itemIndex),
			'Free Above',
			999_999_990,
		);
	}
	const claimDeliveryInfo: IDataObject = {
		returnDeliveryFee: wholeNumber(
			fail,
			this.getNodeParameter('returnDeliveryFee', itemIndex),
			'Return Delivery Fee',
			1_000_000,
		),
		exchangeDeliveryFee: wholeNumber(
			fail,
			this.getNodeParameter('exchangeDeliveryFee', itemIndex),
			'Exchange Delivery Fee',
			1_000_000,
		),
	};
	const shipping = optionalAddressId(
		fail,
		this.getNodeParameter('shippingAddressId', itemIndex, '', { extractValue: true }),
		'Shipping Address',
	);
	const returns = optionalAddressId(
		fail,
		this.getNodeParameter('returnAddressId', itemIndex, '', { extractValue: true }),
		'Return Address',
	);
	if (shipping !== undefined) claimDeliveryInfo.shippingAddressId = shipping;
	if (returns !== undefined) claimDeliveryInfo.returnAddressId = returns;
	return {
		deliveryType,
		deliveryAttributeType: 'NORMAL',
		...(deliveryType === 'DELIVERY'
			? { deliveryCompany: this.getNodeParameter('deliveryCompany', itemIndex) }
			: {}),
		deliveryFee,
		claimDeliveryInfo,
	};
}

function originAreaInfoOf(this: IExecuteFunctions, itemIndex: number, fail: Fail): IDataObject {
	const originAreaCode = this.getNodeParameter('originAreaCode', itemIndex) as string;
	const info: IDataObject = { originAreaCode };
	// Importer for imports, the text for "other, as written" (originAreaInfo, products.POST.md).
	if (originAreaCode === '02') {
		const importer = String(this.getNodeParameter('originImporter', itemIndex, '')).trim();
		if (!importer) throw fail('Importer is required for an imported product (수입산)');
		info.importer = importer;
	}
	if (originAreaCode === '04') {
		const content = String(this.getNodeParameter('originContent', itemIndex, '')).trim();
		if (!content)
			throw fail('Origin Text is required when the origin is written out (기타-직접 입력)');
		info.content = content;
	}
	return info;
}

/** The image URLs of the item: given, or issued by uploading its binary properties first. */
async function imageUrlsOf(
	this: IExecuteFunctions,
	itemIndex: number,
	fail: Fail,
): Promise<string[]> {
	const source = this.getNodeParameter('imageSource', itemIndex) as string;
	if (source === 'binary') {
		const properties = textList(this.getNodeParameter('imageBinaryProperties', itemIndex, ''));
		if (properties.length === 0) throw fail('Name at least one binary property for the images');
		if (properties.length > MAX_IMAGES)
			throw fail(`A product takes at most ${MAX_IMAGES} images, not ${properties.length}`);
		return await uploadItemImages.call(this, itemIndex, properties);
	}
	const urls = textList(this.getNodeParameter('imageUrls', itemIndex, ''));
	if (urls.length === 0)
		throw fail('Give at least one image URL: the first is the representative image');
	if (urls.length > MAX_IMAGES)
		throw fail(`A product takes at most ${MAX_IMAGES} images, not ${urls.length}`);
	const notUrl = urls.find((url) => !/^https?:\/\/\S+$/.test(url));
	if (notUrl)
		throw fail(`Not an image URL: ${notUrl}`, 'Use the URLs Product → Upload Images returned.');
	return urls;
}

/**
 * POST /v2/products with the origin product and its SmartStore channel product, from the form and
 * Additional Fields (JSON). Everything is checked before anything is sent, the image upload too;
 * the creation is a write, so a lost answer is reported and never repeated.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const fail: Fail = (message, description) =>
		new NodeOperationError(node, message, { itemIndex, description });

	const leafCategoryId = String(
		this.getNodeParameter('leafCategoryId', itemIndex, '', { extractValue: true }),
	).trim();
	if (!isNaverId(leafCategoryId))
		throw fail(`Category must be a category ID, not "${leafCategoryId}"`);
	const name = String(this.getNodeParameter('name', itemIndex, '')).trim();
	if (!name) throw fail('Product Name is required');
	const detailContent = String(this.getNodeParameter('detailContent', itemIndex, '')).trim();
	if (!detailContent) throw fail('Detail Content is required: the product page body in HTML');
	const salePrice = wholeNumber(
		fail,
		this.getNodeParameter('salePrice', itemIndex),
		'Sale Price',
		999_999_990,
		1,
	);
	const stockQuantity = wholeNumber(
		fail,
		this.getNodeParameter('stockQuantity', itemIndex),
		'Stock Quantity',
		99_999_999,
	);
	const afterServiceTelephoneNumber = String(
		this.getNodeParameter('afterServiceTelephoneNumber', itemIndex, ''),
	).trim();
	const afterServiceGuideContent = String(
		this.getNodeParameter('afterServiceGuideContent', itemIndex, ''),
	).trim();
	if (!afterServiceTelephoneNumber || !afterServiceGuideContent)
		throw fail('After-Sales Phone and After-Sales Guide are required');
	const extra = parseJsonParameter(
		node,
		itemIndex,
		'Additional Fields (JSON)',
		this.getNodeParameter('additionalFieldsJson', itemIndex, '{}'),
	);
	if (extra !== undefined && (typeof extra !== 'object' || extra === null || Array.isArray(extra)))
		throw fail('Additional Fields (JSON) must be an object such as {"originProduct": {…}}');

	const optionInfo = optionInfoOf.call(this, itemIndex, fail);
	const deliveryInfo = deliveryInfoOf.call(this, itemIndex, fail);
	const sellerManagementCode = String(
		this.getNodeParameter('sellerManagementCode', itemIndex, ''),
	).trim();
	const built: IDataObject = {
		originProduct: {
			// Creation takes SALE only (statusType, products.POST.md).
			statusType: 'SALE',
			leafCategoryId,
			name,
			detailContent,
			images: {},
			salePrice,
			stockQuantity,
			...(deliveryInfo ? { deliveryInfo } : {}),
			detailAttribute: {
				afterServiceInfo: { afterServiceTelephoneNumber, afterServiceGuideContent },
				originAreaInfo: originAreaInfoOf.call(this, itemIndex, fail),
				...(sellerManagementCode ? { sellerCodeInfo: { sellerManagementCode } } : {}),
				...(optionInfo ? { optionInfo } : {}),
				taxType: this.getNodeParameter('taxType', itemIndex),
				minorPurchasable: this.getNodeParameter('minorPurchasable', itemIndex),
				productInfoProvidedNotice: noticeOf(
					this.getNodeParameter('noticeType', itemIndex) as string,
					fail,
					{
						geneticallyModified: this.getNodeParameter(
							'noticeGeneticallyModified',
							itemIndex,
							false,
						),
						importDeclarationCheck: this.getNodeParameter(
							'noticeImportDeclarationCheck',
							itemIndex,
							false,
						),
					},
					extra as IDataObject | undefined,
				),
			},
		},
		smartstoreChannelProduct: {
			naverShoppingRegistration: this.getNodeParameter('naverShoppingRegistration', itemIndex),
			channelProductDisplayStatusType: 'ON',
		},
	};
	const merged = deepMerge(built, (extra ?? {}) as IDataObject);
	const origin = merged.originProduct as IDataObject;
	const missing = missingNoticeFields(
		(origin.detailAttribute as IDataObject | undefined)?.productInfoProvidedNotice as IDataObject,
	);
	if (missing.length > 0) {
		throw fail(
			`The product information notice needs ${missing.join(', ')}`,
			'These are not text fields the node can answer with "상품상세 참조": set them in Additional Fields (JSON) under originProduct.detailAttribute.productInfoProvidedNotice.',
		);
	}

	// The upload comes last, so that no image is uploaded for a product the form would refuse.
	const [representative, ...optional] = await imageUrlsOf.call(this, itemIndex, fail);
	const images = (origin.images ?? {}) as IDataObject;
	origin.images = {
		representativeImage: { url: representative },
		...(optional.length > 0 ? { optionalImages: optional.map((url) => ({ url })) } : {}),
		...images,
	};

	const response = await naverCommerceRequest.call(
		this,
		{ method: 'POST', path: '/v2/products', body: merged },
		itemIndex,
	);
	const answer = (response.body ?? {}) as IDataObject;
	const finalImages = origin.images as {
		representativeImage?: { url?: string };
		optionalImages?: Array<{ url?: string }>;
	};
	return [
		{
			json: {
				originProductNo: answer.originProductNo,
				smartstoreChannelProductNo: answer.smartstoreChannelProductNo,
				...(answer.windowChannelProductNo !== undefined
					? { windowChannelProductNo: answer.windowChannelProductNo }
					: {}),
				name,
				leafCategoryId,
				...(sellerManagementCode ? { sellerManagementCode } : {}),
				representativeImageUrl: finalImages.representativeImage?.url,
				optionalImageUrls: (finalImages.optionalImages ?? []).map((image) => image.url),
			},
			pairedItem: { item: itemIndex },
		},
	];
}
