import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { parseJsonParameter } from '../../helpers/jsonParameter';
import { withoutPaths } from '../../helpers/objectPaths';
import { naverCommerceRequest } from '../../transport';

/**
 * Group product registration and change (v2 그룹상품 등록/수정) are asynchronous: Naver answers
 * a request ID and the request's progress ("비동기로 동작합니다. 요청 결과는 그룹상품 요청 결과 조회
 * API로 확인할 수 있습니다."), and GET /v2/standard-group-products/status tells how it went. This
 * module reads the group product JSON, checks what Naver requires of it before any request, sends
 * the one write and, with Wait for Completion, polls the status until the request is done. The
 * write is never sent twice: a request whose outcome is not known is reported with its request ID.
 */

export const STATUS_PATH = '/v2/standard-group-products/status';

/** The longest wait, and its bounds (seconds). */
export const DEFAULT_MAX_WAIT_SECONDS = 300;
const MAX_WAIT_SECONDS_LIMIT = 3_600;

/**
 * Polling backoff: the first poll a second after the write, then twice as long each time, at
 * most 10 s apart; the last poll falls on the deadline. Naver states no polling interval; this
 * keeps a quick registration quick and a slow one to a few requests a minute.
 */
export const POLL_BACKOFF = { firstDelayMs: 1_000, maxDelayMs: 10_000 };

/** progress.state values that end a request (the status page's list). */
const DONE_STATES = ['COMPLETED', 'ALREADY_RESERVED', 'ERROR', 'FAILED'];

export type GroupRequestType = 'CREATE' | 'UPDATE';

const isObject = (value: unknown): value is IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** progress.state of an answer ('' when it has none). */
const stateOf = (answer: IDataObject): string =>
	isObject(answer.progress) && typeof answer.progress.state === 'string'
		? answer.progress.state
		: '';

/** The fields Create and Update share: the group product JSON and Wait for Completion. */
export function groupProductWriteFields(jsonDefault: string, jsonDescription: string) {
	const fields: INodeProperties[] = [
		{
			displayName: 'Group Product (JSON)',
			name: 'groupProduct',
			type: 'json',
			required: true,
			default: jsonDefault,
			description: jsonDescription,
			hint: 'The object inside Naver\'s {"groupProduct": …}: leafCategoryId, name, guideId and its optionIds (Catalogue Data → Get Purchase Option Guides), minorPurchasable, productInfoProvidedNotice, afterServiceInfo and specificProducts (one product per combination of purchase option values) are required',
		},
		{
			displayName: 'Wait for Completion',
			name: 'waitForCompletion',
			type: 'boolean',
			default: true,
			description:
				'Whether to wait until Naver has finished the request and output its result (the group product number and the products made), polling the request status. Off: output the request ID at once; read the result later with Get Status.',
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: { show: { waitForCompletion: [true] } },
			options: [
				{
					displayName: 'Max Wait (Seconds)',
					name: 'maxWaitSeconds',
					type: 'number',
					default: DEFAULT_MAX_WAIT_SECONDS,
					typeOptions: { minValue: 1, maxValue: MAX_WAIT_SECONDS_LIMIT, numberPrecision: 0 },
					description:
						'How long to wait for Naver to finish the request. After it the node stops with an error that gives the request ID: the request may still finish, so check it with Get Status before sending it again.',
				},
			],
		},
	];
	return fields;
}

type Refuse = (message: string, description?: string) => NodeOperationError;

const given = (value: unknown) =>
	value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');

/**
 * What Naver's reference marks required at the top of groupProduct and in each of its products
 * (POST and PUT /v2/standard-group-products: the same body), checked before any request so that a
 * missing field is named here and not in an asynchronous FAILED. Everything else (option values,
 * images, notices…) Naver checks when the request runs, and FAILED names it.
 */
function checkRequired(group: IDataObject, refuse: Refuse): void {
	const need = (path: string, ok: boolean, what: string) => {
		if (!ok) {
			throw refuse(
				`Group Product (JSON): groupProduct.${path} ${what}`,
				`Naver requires groupProduct.${path} to register or change a group product.`,
			);
		}
	};
	need('leafCategoryId', given(group.leafCategoryId), 'is missing');
	need('name', given(group.name), 'is missing');
	need('guideId', given(group.guideId), 'is missing');
	need(
		'guideId',
		Number.isInteger(Number(group.guideId)),
		`must be a whole number, not ${JSON.stringify(group.guideId)}`,
	);
	need('minorPurchasable', typeof group.minorPurchasable === 'boolean', 'must be true or false');
	const notice = group.productInfoProvidedNotice;
	need('productInfoProvidedNotice', isObject(notice), 'is missing');
	need(
		'productInfoProvidedNotice.productInfoProvidedNoticeType',
		given((notice as IDataObject).productInfoProvidedNoticeType),
		'is missing',
	);
	const afterService = group.afterServiceInfo;
	need('afterServiceInfo', isObject(afterService), 'is missing');
	for (const field of ['afterServiceTelephoneNumber', 'afterServiceGuideContent']) {
		need(`afterServiceInfo.${field}`, given((afterService as IDataObject)[field]), 'is missing');
	}
	// The reference states no minimum; a group of no products would register nothing.
	need(
		'specificProducts',
		Array.isArray(group.specificProducts) && group.specificProducts.length > 0,
		'must list at least one product',
	);
	(group.specificProducts as unknown[]).forEach((specific, index) => {
		const at = `specificProducts[${index}]`;
		need(at, isObject(specific), 'must be an object');
		const product = specific as IDataObject;
		need(
			`${at}.standardPurchaseOptions`,
			Array.isArray(product.standardPurchaseOptions),
			'is missing',
		);
		need(`${at}.salePrice`, typeof product.salePrice === 'number', 'must be a number');
		const image = isObject(product.images) ? product.images.representativeImage : undefined;
		need(`${at}.images.representativeImage.url`, isObject(image) && given(image.url), 'is missing');
		const origin = product.originAreaInfo;
		need(
			`${at}.originAreaInfo.originAreaCode`,
			isObject(origin) && given(origin.originAreaCode),
			'is missing',
		);
	});
}

/**
 * What a Get answer shows that the PUT does not take (found by comparing the GET answer with the
 * PUT body of Naver's reference): product names, Naver's own promotions, the fashion models'
 * details and the window's display status. Taken out so that Get → edit → Update works.
 */
const READ_ONLY_GROUP_FIELDS = [
	'specificProducts[].productName',
	'specificProducts[].customerBenefit.promotionDiscountPolicies',
	'specificProducts[].windowChannelProduct.channelProductDisplayStatusType',
	'productSize.productFashionModels[].name',
	'productSize.productFashionModels[].height',
	'productSize.productFashionModels[].weight',
	'productSize.productFashionModels[].top',
	'productSize.productFashionModels[].bottom',
	'productSize.productFashionModels[].shoe',
];

/**
 * The group product of the item, as Naver takes it inside {groupProduct: …}, checked. A whole
 * {groupProduct: …} (as Get outputs it) is taken too. A category or guide given as a number or
 * digits is sent as Naver types it (leafCategoryId text, guideId a number), as a spreadsheet gives
 * either.
 */
export function readGroupProduct(
	this: IExecuteFunctions,
	itemIndex: number,
	type: GroupRequestType,
): IDataObject {
	const refuse: Refuse = (message, description) =>
		new NodeOperationError(this.getNode(), message, {
			itemIndex,
			...(description ? { description } : {}),
		});
	const raw = this.getNodeParameter('groupProduct', itemIndex, undefined);
	let parsed = parseJsonParameter(this.getNode(), itemIndex, 'Group Product (JSON)', raw);
	if (!isObject(parsed)) {
		throw refuse(
			'Group Product (JSON) must be an object such as {"leafCategoryId": "50000830", "name": "…", …}',
		);
	}
	const keys = Object.keys(parsed);
	if (keys.length === 1 && keys[0] === 'groupProduct' && isObject(parsed.groupProduct)) {
		parsed = parsed.groupProduct;
	}
	let group = structuredClone(parsed as IDataObject);
	if (type === 'UPDATE') group = withoutPaths(group, READ_ONLY_GROUP_FIELDS);
	if (typeof group.leafCategoryId === 'number') group.leafCategoryId = String(group.leafCategoryId);
	if (typeof group.guideId === 'string' && /^\d+$/.test(group.guideId.trim())) {
		group.guideId = Number(group.guideId.trim());
	}
	checkRequired(group, refuse);
	return group;
}

/** How the request is named in messages. */
const ACTION: Record<GroupRequestType, string> = {
	CREATE: 'registration',
	UPDATE: 'change',
};

function getStatusHint(type: GroupRequestType, requestId: string | undefined): string {
	return requestId
		? `Read its outcome with Group Product → Get Status (Type ${type === 'CREATE' ? 'Create' : 'Update'}, Request ID ${requestId}) or in the Seller Center before sending it again.`
		: 'Check the Seller Center before sending it again.';
}

/** An error for a request Naver ended without doing it, or that may still be done. */
function requestError(
	this: IExecuteFunctions,
	itemIndex: number,
	message: string,
	description: string,
	details: IDataObject,
): NodeOperationError {
	const error = new NodeOperationError(this.getNode(), message, { itemIndex, description });
	// errorItemJson (Continue On Fail) spreads context.naver into the error item.
	error.context.naver = details;
	return error;
}

/** The error for a request Naver answered as not done: ALREADY_RESERVED, FAILED or ERROR. */
function notDoneError(
	this: IExecuteFunctions,
	itemIndex: number,
	type: GroupRequestType,
	answer: IDataObject,
): NodeOperationError {
	const progress = (isObject(answer.progress) ? answer.progress : {}) as IDataObject;
	const state = String(progress.state);
	const requestId = typeof answer.requestId === 'string' ? answer.requestId : undefined;
	const invalidInputs = Array.isArray(progress.invalidInputs)
		? (progress.invalidInputs as IDataObject[])
		: [];
	const errorMessage = typeof progress.errorMessage === 'string' ? progress.errorMessage : '';
	const details: IDataObject = {
		...(requestId ? { requestId } : {}),
		state,
		...(errorMessage ? { message: errorMessage } : {}),
		...(invalidInputs.length > 0 ? { invalidInputs } : {}),
		...(answer.groupProductNo !== undefined ? { groupProductNo: answer.groupProductNo } : {}),
	};
	const action = ACTION[type];
	if (state === 'ALREADY_RESERVED') {
		// "동일 계정에서 이미 다른 요청이 진행 중": this request was not taken.
		return requestError.call(
			this,
			itemIndex,
			`Naver did not take the group product ${action}: another group product request of this account is still running (ALREADY_RESERVED)`,
			'Nothing was written. Naver runs one group product request per account at a time: run this one again once the other is done (Get Status shows it), with Wait for Completion on to send several one after the other.',
			details,
		);
	}
	const lines = [
		state === 'FAILED'
			? `Naver did not ${type === 'CREATE' ? 'register' : 'change'} the group product: fix the inputs named and send it again.`
			: `Naver reported a system error (ERROR). ${getStatusHint(type, requestId)}`,
		...(errorMessage ? [`Naver message: ${errorMessage}`] : []),
		...invalidInputs.map(
			(input) => `Invalid input: ${input.name ?? '?'} – ${input.message ?? input.type ?? ''}`,
		),
		...(requestId ? [`Request ID: ${requestId}`] : []),
	];
	return requestError.call(
		this,
		itemIndex,
		`Group product ${action} ${state}${errorMessage ? `: ${errorMessage}` : ''}`,
		lines.join('\n'),
		details,
	);
}

/**
 * Sends one registration (POST) or change (PUT) and, with Wait for Completion, polls its status
 * until Naver ends it or the longest wait has passed. The output is Naver's final status (or,
 * without waiting, its answer to the write: the request ID and QUEUED).
 */
export async function writeGroupProduct(
	this: IExecuteFunctions,
	itemIndex: number,
	type: GroupRequestType,
	request: { method: 'POST' | 'PUT'; path: string; groupProduct: IDataObject },
): Promise<INodeExecutionData[]> {
	const wait = this.getNodeParameter('waitForCompletion', itemIndex, true) as boolean;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const maxWaitSeconds = Number(options.maxWaitSeconds ?? DEFAULT_MAX_WAIT_SECONDS);
	if (
		wait &&
		(!Number.isFinite(maxWaitSeconds) ||
			maxWaitSeconds < 1 ||
			maxWaitSeconds > MAX_WAIT_SECONDS_LIMIT)
	) {
		throw new NodeOperationError(
			this.getNode(),
			`Max Wait (Seconds) must be from 1 to ${MAX_WAIT_SECONDS_LIMIT}, not ${String(options.maxWaitSeconds)}`,
			{ itemIndex },
		);
	}

	// A write: never repeated after a lost answer (transport: idempotent false).
	const response = await naverCommerceRequest.call(
		this,
		{
			method: request.method,
			path: request.path,
			body: { groupProduct: request.groupProduct },
			idempotent: false,
		},
		itemIndex,
	);
	const answer = (isObject(response.body) ? response.body : {}) as IDataObject;
	const state = stateOf(answer);
	if (DONE_STATES.includes(state) && state !== 'COMPLETED') {
		throw notDoneError.call(this, itemIndex, type, answer);
	}
	if (!wait || state === 'COMPLETED') return [{ json: answer, pairedItem: { item: itemIndex } }];

	const requestId = typeof answer.requestId === 'string' ? answer.requestId : undefined;
	if (!requestId) {
		throw requestError.call(
			this,
			itemIndex,
			`Naver took the group product ${ACTION[type]} without a request ID, so its outcome cannot be followed`,
			`Check the Seller Center before sending it again: it may have been applied.`,
			{ state },
		);
	}
	const deadline = Date.now() + maxWaitSeconds * 1000;
	let delayMs = POLL_BACKOFF.firstDelayMs;
	let last: IDataObject = answer;
	for (;;) {
		const remainingMs = deadline - Date.now();
		if (remainingMs <= 0) break;
		await sleep(Math.min(delayMs, remainingMs));
		delayMs = Math.min(POLL_BACKOFF.maxDelayMs, delayMs * 2);
		let status: IDataObject;
		try {
			const polled = await naverCommerceRequest.call(
				this,
				{ method: 'GET', path: STATUS_PATH, qs: { type, requestId } },
				itemIndex,
			);
			status = (isObject(polled.body) ? polled.body : {}) as IDataObject;
		} catch (error) {
			// The write was taken: its outcome is unknown, and it must not be sent again.
			throw requestError.call(
				this,
				itemIndex,
				`The group product ${ACTION[type]} was sent, but its status could not be read: its outcome is unknown (request ID ${requestId})`,
				`${(error as Error).message}\n${getStatusHint(type, requestId)}`,
				{ requestId, state: stateOf(last) },
			);
		}
		last = status;
		const polledState = stateOf(status);
		if (polledState === 'COMPLETED') return [{ json: status, pairedItem: { item: itemIndex } }];
		if (DONE_STATES.includes(polledState)) throw notDoneError.call(this, itemIndex, type, status);
	}
	const lastProgress = (isObject(last.progress) ? last.progress : {}) as IDataObject;
	throw requestError.call(
		this,
		itemIndex,
		`The group product ${ACTION[type]} did not finish within ${maxWaitSeconds} seconds: its outcome is unknown (request ID ${requestId})`,
		`Naver last reported ${String(lastProgress.state)}${lastProgress.progress !== undefined ? ` at ${String(lastProgress.progress)} %` : ''}. The request may still finish; it was not sent again. ${getStatusHint(type, requestId)}`,
		{ requestId, state: String(lastProgress.state) },
	);
}
