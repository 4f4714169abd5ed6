/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * How completely the emulator's records follow Naver's reference: for every endpoint it serves,
 * the documented response fields that appear in its answers (over a run that touches records in
 * every state the emulator models) against all the fields the reference documents for it.
 *
 *   tsx scripts/contract/coverage.ts            writes docs/contract-coverage.md
 *   tsx scripts/contract/coverage.ts --check    fails when an endpoint covers less than the table says
 *   tsx scripts/contract/coverage.ts --missing  also lists, per endpoint, the documented fields not seen
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { withoutPaths } from '../../nodes/NaverCommerce/helpers/objectPaths';
import { READ_ONLY_PRODUCT_FIELDS } from '../../nodes/NaverCommerce/actions/product/update.operation';
import {
	checkRequest,
	contract,
	findEndpoint,
	type ContractEndpoint,
	type Schema,
} from '../../test/contract/contract';
import { ROUTE_MODULES } from '../../test/emulator/routes';
import { seedStore, seededRandom } from '../../test/emulator/store';
import { RULE_KINDS } from './prose';
import { formatKst } from '../../test/emulator/kst';
import { openBuyerClaim } from '../../test/emulator/routes/claims';
import { inquiryStateOf } from '../../test/emulator/routes/inquiries';
import { productCatalogue, type OriginProduct } from '../../test/emulator/routes/products';
import { groupProductStateOf } from '../../test/emulator/routes/groupProducts';
import {
	GROUP_SAMPLE_EXTRA_IMAGE,
	GROUP_SAMPLE_IMAGE,
	groupProductBody,
	sampleNoticeTypes,
	updateBodyFrom,
} from '../../test/emulator/routes/groupProductSamples';
import {
	CATALOGUE_MODELS,
	categoriesWithGuides,
	SIZE_TYPES,
} from '../../test/emulator/routes/listingLookups';
import { issuedImageUrls } from '../../test/emulator/routes/productImages';
import { SOLUTION, solutionStateOf } from '../../test/emulator/routes/solutions';
import { CLAIM_ACTION_SAMPLES } from '../../test/emulator/claimSamples';
import { requestTokenDirectly } from '../../test/emulator/directToken';
import { startEmulator } from '../../test/emulator/server';
import { EXERCISES } from './exercises';

const DAY_MS = 24 * 60 * 60 * 1000;
const TABLE = join(__dirname, '../../docs/contract-coverage.md');

/** Leaf paths of a schema: `a.b`, `list[].c`. */
function documentedLeaves(schema: Schema | undefined, prefix = ''): string[] {
	if (!schema) return [];
	// Readings with several shapes count by their fullest (a release month: text or YearMonth's bean).
	if (schema.anyOf) {
		return schema.anyOf
			.map((branch) => documentedLeaves(branch, prefix))
			.reduce((best, leaves) => (leaves.length > best.length ? leaves : best));
	}
	if (schema.type === 'array') return documentedLeaves(schema.items, `${prefix}[]`);
	if (schema.type === 'object' && schema.properties && Object.keys(schema.properties).length > 0) {
		return Object.entries(schema.properties).flatMap(([key, child]) =>
			documentedLeaves(child, prefix ? `${prefix}.${key}` : key),
		);
	}
	return [prefix];
}

function presentLeaves(value: unknown, prefix: string, into: Set<string>): void {
	if (value === undefined || value === null) return;
	if (Array.isArray(value)) {
		if (value.length === 0) into.add(`${prefix}[]`);
		for (const item of value) presentLeaves(item, `${prefix}[]`, into);
		return;
	}
	if (typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>);
		if (entries.length === 0) into.add(prefix);
		for (const [key, child] of entries)
			presentLeaves(child, prefix ? `${prefix}.${key}` : key, into);
		return;
	}
	into.add(prefix);
}

async function measure(): Promise<string> {
	const emulator = await startEmulator({ productOrders: 600, spanHours: 72 });
	const seen = new Map<string, Set<string>>();
	try {
		const tokenBody = await requestTokenDirectly(emulator.baseUrl);
		const record = (method: string, path: string, body: unknown) => {
			const found = findEndpoint(method, path);
			if (!found) return;
			const key = `${method} ${found.endpoint.path}`;
			const leaves = seen.get(key) ?? new Set<string>();
			presentLeaves(body, '', leaves);
			seen.set(key, leaves);
		};
		record('POST', '/v1/oauth2/token', tokenBody);
		const token = (tokenBody as { access_token: string }).access_token;
		const call = async (
			method: string,
			path: string,
			// A list is sent as the key repeated (tags=a&tags=b).
			options: { query?: Record<string, string | string[]>; body?: unknown } = {},
		) => {
			const url = new URL(`${emulator.baseUrl}${path}`);
			for (const [key, value] of Object.entries(options.query ?? {}))
				for (const each of [value].flat()) url.searchParams.append(key, each);
			const response = await fetch(url, {
				method,
				headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
				body: options.body === undefined ? undefined : JSON.stringify(options.body),
			});
			const text = await response.text();
			const body = text ? JSON.parse(text) : undefined;
			if (response.status < 300) record(method, path, body);
			return body as { data?: unknown } & Record<string, unknown>;
		};
		const orders = emulator.store.productOrders;
		const byStatus = (status: string) =>
			orders.filter((order) => order.productOrderStatus === status && !order.claimType);

		// Move some orders through the states Naver documents: confirmed, dispatched, claims.
		const paid = byStatus('PAYED');
		await call('POST', '/v1/pay-order/seller/product-orders/confirm', {
			body: { productOrderIds: paid.slice(0, 20).map((o) => o.productOrderId) },
		});
		await call('POST', '/v1/pay-order/seller/product-orders/dispatch', {
			body: {
				dispatchProductOrders: paid.slice(0, 10).map((order, index) => ({
					productOrderId: order.productOrderId,
					deliveryMethod: 'DELIVERY',
					deliveryCompanyCode: 'CJGLS',
					trackingNumber: `6${String(100000000 + index)}`,
					dispatchDate: formatKst(Date.now()),
				})),
			},
		});
		await call('POST', `/v1/pay-order/seller/product-orders/${paid[25].productOrderId}/delay`, {
			body: {
				dispatchDueDate: formatKst(Date.now() + 3 * DAY_MS),
				delayedDispatchReason: 'PRODUCT_PREPARE',
				dispatchDelayedDetailedReason: '입고 지연',
			},
		});
		const claimPath = (order: { productOrderId: string }, action: string) =>
			`/v1/pay-order/seller/product-orders/${order.productOrderId}/claim/${action}`;
		await call('POST', claimPath(paid[30], 'cancel/request'), {
			body: { cancelReason: 'SOLD_OUT' },
		});
		// Orders in transit, the first three chosen for what they show: a return after an earlier
		// exchange (beforeClaim), then two with guaranteed arrival, whose claim fees Naver supports.
		const delivering = byStatus('DELIVERING');
		const takeFirst = (wanted: (order: (typeof orders)[number]) => boolean) => {
			const index = delivering.findIndex(wanted);
			return index < 0 ? [] : delivering.splice(index, 1);
		};
		const afterExchange = (order: (typeof orders)[number]) =>
			Number(order.productOrderId.slice(-3)) % 7 === 5;
		const first = takeFirst((order) => afterExchange(order) && order.fulfillment === true);
		delivering.unshift(
			...(first.length > 0 ? first : takeFirst(afterExchange)),
			...takeFirst((order) => order.fulfillment === true),
			...takeFirst((order) => order.fulfillment === true),
		);
		await call('POST', claimPath(delivering[0], 'return/request'), {
			body: { returnReason: 'BROKEN', collectDeliveryMethod: 'RETURN_DESIGNATED' },
		});
		await call('POST', claimPath(delivering[0], 'return/holdback'), {
			body: { holdbackClassType: 'RETURN_DELIVERYFEE', holdbackReturnDetailReason: '반품 배송비' },
		});
		await call('POST', claimPath(delivering[0], 'return/holdback/release'));
		await call('POST', claimPath(delivering[0], 'return/approve'));
		await call('POST', claimPath(delivering[1], 'return/request'), {
			body: { returnReason: 'BROKEN', collectDeliveryMethod: 'RETURN_DESIGNATED' },
		});
		await call('POST', claimPath(delivering[1], 'return/reject'), {
			body: { rejectReturnReason: '반품 불가' },
		});
		for (const order of delivering.slice(2, 5))
			openBuyerClaim(emulator.store, order.productOrderId, 'EXCHANGE', Date.now());
		await call('POST', claimPath(delivering[2], 'exchange/holdback'), {
			body: { holdbackClassType: 'ETC', holdbackExchangeDetailReason: '확인 중' },
		});
		await call('POST', claimPath(delivering[2], 'exchange/holdback/release'));
		await call('POST', claimPath(delivering[2], 'exchange/collect/approve'));
		await call('POST', claimPath(delivering[2], 'exchange/dispatch'), {
			body: {
				reDeliveryMethod: 'DELIVERY',
				reDeliveryCompany: 'CJGLS',
				reDeliveryTrackingNumber: '612345678901',
			},
		});
		await call('POST', claimPath(delivering[3], 'exchange/reject'), {
			body: { rejectExchangeReason: '교환 불가' },
		});
		// And a refusal of each, for the documented failProductOrderInfos.
		const unknown = '2099010199999999';
		await call('POST', '/v1/pay-order/seller/product-orders/confirm', {
			body: { productOrderIds: [unknown] },
		});
		await call('POST', '/v1/pay-order/seller/product-orders/dispatch', {
			body: {
				dispatchProductOrders: [{ productOrderId: unknown, deliveryMethod: 'DIRECT_DELIVERY' }],
			},
		});
		await call('POST', `/v1/pay-order/seller/product-orders/${unknown}/delay`, {
			body: {
				dispatchDueDate: formatKst(Date.now() + 3 * DAY_MS),
				delayedDispatchReason: 'PRODUCT_PREPARE',
				dispatchDelayedDetailedReason: '입고 지연',
			},
		});
		for (const [action, body] of CLAIM_ACTION_SAMPLES) {
			await call('POST', claimPath({ productOrderId: unknown }, action), { body });
		}
		const requested = orders.filter((order) => order.claimStatus === 'CANCEL_REQUEST');
		if (requested[0]) await call('POST', claimPath(requested[0], 'cancel/approve'));

		// Read everything back.
		const ids = orders.map((order) => order.productOrderId);
		for (let start = 0; start < ids.length; start += 300) {
			await call('POST', '/v1/pay-order/seller/product-orders/query', {
				body: { productOrderIds: ids.slice(start, start + 300), quantityClaimCompatibility: true },
			});
		}
		for (let day = 3; day >= 0; day--) {
			const from = formatKst(Date.now() - (day + 1) * DAY_MS + 1);
			const to = formatKst(Date.now() - day * DAY_MS);
			await call('GET', '/v1/pay-order/seller/product-orders/last-changed-statuses', {
				query: { lastChangedFrom: from, lastChangedTo: to },
			});
			await call('GET', '/v1/pay-order/seller/product-orders', {
				query: { from, to, rangeType: 'PAYED_DATETIME', pageSize: '300' },
			});
		}
		// A small page, for the documented `more` cursor.
		await call('GET', '/v1/pay-order/seller/product-orders/last-changed-statuses', {
			query: { lastChangedFrom: formatKst(Date.now() - DAY_MS), limitCount: '5' },
		});
		await call('GET', `/v1/pay-order/seller/orders/${orders[0].orderId}/product-order-ids`);
		await call('GET', '/v1/seller/account');
		await call('GET', '/v1/seller/channels');
		// Products: every page of the search, every product read, then both writes on every product
		// they take (the answers show each kind of product as it is after the write), as the node's
		// operations send them.
		const catalogue = productCatalogue(emulator.store);
		for (let page = 1; page <= Math.ceil(catalogue.products.length / 500); page++) {
			await call('POST', '/v1/products/search', { body: { page, size: 500 } });
		}
		type ProductJson = Record<string, Record<string, unknown>>;
		const read = async (originProductNo: number) =>
			(await call('GET', `/v2/products/origin-products/${originProductNo}`)) as ProductJson;
		for (const product of catalogue.products) await read(product.originProductNo);
		for (const product of catalogue.products) {
			const optionInfo = product.originProduct.detailAttribute.optionInfo;
			if (!optionInfo?.optionCombinations?.length && !optionInfo?.optionStandards?.length) continue;
			const origin = (await read(product.originProductNo)).originProduct as OriginProduct;
			const options = origin.detailAttribute.optionInfo!;
			const discount = origin.customerBenefit?.immediateDiscountPolicy;
			await call('PUT', `/v1/products/origin-products/${product.originProductNo}/option-stock`, {
				body: {
					productSalePrice: { salePrice: origin.salePrice },
					...(discount ? { immediateDiscountPolicy: discount } : {}),
					optionInfo: {
						...(options.optionCombinations
							? {
									optionCombinations: options.optionCombinations.map(
										({ id, stockQuantity, price, usable }) => ({
											id,
											stockQuantity,
											price,
											usable,
										}),
									),
								}
							: {}),
						...(options.optionStandards
							? {
									optionStandards: options.optionStandards.map(({ id, stockQuantity, usable }) => ({
										id,
										stockQuantity,
										usable,
									})),
								}
							: {}),
						useStockManagement: options.useStockManagement,
					},
				},
			});
		}
		for (const product of catalogue.products) {
			const status = product.originProduct.statusType;
			if (!['SALE', 'SUSPENSION', 'OUTOFSTOCK'].includes(status)) continue;
			const whole = await read(product.originProductNo);
			// A sold-out product goes back on sale with stock, as the update allows only SALE or
			// SUSPENSION.
			if (status === 'OUTOFSTOCK')
				Object.assign(whole.originProduct, { statusType: 'SALE', stockQuantity: 10 });
			const sendable = withoutPaths(
				{
					originProduct: whole.originProduct,
					smartstoreChannelProduct: whole.smartstoreChannelProduct,
					...(whole.windowChannelProduct
						? { windowChannelProduct: whole.windowChannelProduct }
						: {}),
				},
				READ_ONLY_PRODUCT_FIELDS,
			);
			await call('PUT', `/v2/products/origin-products/${product.originProductNo}`, {
				body: sendable,
			});
		}
		const onSale = catalogue.products.find(
			(product) => product.originProduct.statusType === 'SALE',
		)!;
		await call('PUT', `/v1/products/origin-products/${onSale.originProductNo}/change-status`, {
			body: { statusType: 'SUSPENSION' },
		});
		const today = formatKst(Date.now()).slice(0, 10);
		const yearAgo = formatKst(Date.now() - 364 * DAY_MS).slice(0, 10);
		const state = inquiryStateOf(emulator.store);
		const open = state.inquiries.find((inquiry) => inquiry.answerContentId === undefined)!;
		// Answered from one of the seller's templates, which the list then shows.
		const answered = await call('POST', `/v1/pay-merchant/inquiries/${open.inquiryNo}/answer`, {
			body: { answerComment: '답변드립니다.', answerTemplateId: '31' },
		});
		await call('GET', '/v1/pay-user/inquiries', {
			query: { startSearchDate: yearAgo, endSearchDate: today, size: '200' },
		});
		const answeredDay = formatKst(open.registeredMs).slice(0, 10);
		await call('GET', '/v1/pay-user/inquiries', {
			query: { startSearchDate: answeredDay, endSearchDate: answeredDay, size: '200' },
		});
		const commentNo = (answered.data as { inquiryCommentNo?: number } | undefined)
			?.inquiryCommentNo;
		if (commentNo)
			await call('PUT', `/v1/pay-merchant/inquiries/${open.inquiryNo}/answer/${commentNo}`, {
				body: { answerComment: '수정된 답변입니다.' },
			});
		await call('GET', '/v1/contents/qnas', {
			query: {
				fromDate: formatKst(Date.now() - 90 * DAY_MS),
				toDate: formatKst(Date.now()),
				size: '100',
			},
		});
		const monthAgo = formatKst(Date.now() - 30 * DAY_MS).slice(0, 10);
		await call('GET', '/v1/pay-settle/settle/daily', {
			query: { startDate: monthAgo, endDate: today, pageNumber: '1', pageSize: '1000' },
		});
		for (const path of ['/v1/pay-settle/settle/case', '/v1/pay-settle/settle/commission-details']) {
			for (let day = 0; day < 10; day++) {
				await call('GET', path, {
					query: {
						searchDate: formatKst(Date.now() - day * DAY_MS).slice(0, 10),
						periodType: 'SETTLE_CASEBYCASE_SETTLE_BASIS_DATE',
						pageNumber: '1',
						pageSize: '1000',
					},
				});
			}
		}
		for (const exercise of EXERCISES) await exercise({ emulator, call, record, token });
		await sellerSettingsAndLookups(emulator, call);
	} finally {
		await emulator.stop();
	}

	const rows = servedEndpoints().map((endpoint) => {
		const documented = new Set(documentedLeaves(endpoint.response).filter(Boolean));
		// A list of the documented object (the reading of GET /v1/seller/channels) counts as it.
		const present = new Set(
			[...(seen.get(`${endpoint.method} ${endpoint.path}`) ?? [])].map((leaf) =>
				endpoint.response?.anyOf ? leaf.replace(/^\[\]\.?/, '') : leaf,
			),
		);
		const covered = [...documented].filter((leaf) => present.has(leaf)).length;
		if (process.argv.includes('--missing')) {
			const missing = [...documented].filter((leaf) => !present.has(leaf));
			if (missing.length > 0)
				console.error(`${endpoint.method} ${endpoint.path}: ${missing.join(' ')}`);
		}
		const share = documented.size === 0 ? 100 : Math.round((covered / documented.size) * 100);
		return `| ${endpoint.method} | \`${endpoint.path}\` | ${covered} / ${documented.size} | ${documented.size === 0 ? '–' : `${share} %`} |`;
	});
	return [
		"# Emulator records against Naver's reference",
		'',
		`Documented response fields (leaves, from test/contract/naver-commerce.contract.json, Naver's reference ${contract().docsVersion})`,
		"that appear in the emulator's answers over one run of `scripts/contract/coverage.ts`, which moves records through",
		'the states the emulator models (confirmed, dispatched, delayed, cancelled, returned, exchanged, held back; group',
		'products completed and failed, notices applied, sellers approved, refused and stopped) and reads them back.',
		'Regenerate with `npx tsx scripts/contract/coverage.ts`; `npm test` fails when an endpoint covers less than the',
		'table says.',
		'',
		'| Method | Endpoint | Fields present / documented | Coverage |',
		'| --- | --- | --- | --- |',
		...rows,
		'',
		...rulesInWordsSection(),
	].join('\n');
}

type Call = (
	method: string,
	path: string,
	options?: { query?: Record<string, string | string[]>; body?: unknown },
) => Promise<Record<string, unknown>>;
type Json = Record<string, unknown>;

/**
 * The seller's settings and listing lookups (inspections, notices, channel product deletion, group
 * products, delivery groups, tags, options, catalogue models, sizes, fashion models, 오늘출발,
 * logistics, SKUs, commerce solutions): every list read page by page, every record read, and each
 * write made the way it leaves records in every documented state (a group product registered with
 * each notice type, completed and failed; a notice important, whole-store and popup; sellers
 * approved, refused, stopped and let go).
 */
async function sellerSettingsAndLookups(
	emulator: Awaited<ReturnType<typeof startEmulator>>,
	call: Call,
): Promise<void> {
	const nowMs = Date.now();
	const list = async (path: string, size: number, query: Record<string, string> = {}) => {
		const pages: Json[] = [];
		for (let page = 1; ; page++) {
			const answer = await call('GET', path, {
				query: { ...query, page: String(page), size: String(size) },
			});
			pages.push(...((answer.contents ?? []) as Json[]));
			if (answer.last !== false) return pages;
		}
	};

	// Product inspection: every page, one restore request, the list again.
	const inspected = await list('/v1/product-inspections/channel-products', 10);
	const open = inspected.find((record) => record.restorationRequestAvailable === true);
	if (open)
		await call('PUT', `/v1/product-inspections/channel-product/${open.channelProductNo}/restore`);
	await list('/v1/product-inspections/channel-products', 100);

	// Seller notices: a notice important, whole-store and popup, changed, applied; each read back.
	const created = await call('POST', '/v1/contents/seller-notices', {
		body: {
			postCategoryType: 'EVENT',
			title: '연말 감사 이벤트',
			importantNotice: true,
			importantNoticeStartDate: formatKst(nowMs),
			importantNoticeEndDate: formatKst(nowMs + 7 * DAY_MS),
			wholeNotice: true,
			displayStartDate: formatKst(nowMs),
			displayEndDate: formatKst(nowMs + 30 * DAY_MS),
			popup: true,
			popupStartDate: formatKst(nowMs),
			popupEndDate: formatKst(nowMs + 7 * DAY_MS),
			detailContents: '<p>12월 한 달간 전 상품 무료 선물포장</p>',
		},
	});
	const noticeId = created.sellerNoticeId as number;
	await call('PUT', `/v1/contents/seller-notices/${noticeId}`, {
		body: {
			postCategoryType: 'EVENT',
			title: '연말 감사 이벤트 (연장)',
			importantNotice: true,
			importantNoticeStartDate: formatKst(nowMs),
			importantNoticeEndDate: formatKst(nowMs + 14 * DAY_MS),
			wholeNotice: true,
			displayStartDate: formatKst(nowMs),
			displayEndDate: formatKst(nowMs + 45 * DAY_MS),
			popup: true,
			detailContents: '<p>1월 첫 주까지 연장합니다.</p>',
		},
	});
	const catalogue = productCatalogue(emulator.store);
	await call('PUT', '/v1/products/channel-products/notice/apply', {
		body: {
			sellerNoticeId: noticeId,
			channelProductNos: catalogue.products.slice(0, 3).map((p) => p.smartstoreChannelProductNo),
		},
	});
	for (const notice of await list('/v1/contents/seller-notices', 100)) {
		await call('GET', `/v1/contents/seller-notices/${notice.sellerNoticeId}`);
	}
	const spare = await call('POST', '/v1/contents/seller-notices', {
		body: { title: '임시 공지', detailContents: '<p>삭제 예정</p>' },
	});
	await call('DELETE', `/v1/contents/seller-notices/${spare.sellerNoticeId}`);

	// Group products: one registration polled to completion, then (done on arrival) one of each
	// notice type in both of its fillings, changed and read back, one that fails, one deleted.
	const groups = groupProductStateOf(emulator.store);
	issuedImageUrls(emulator.store).add(GROUP_SAMPLE_IMAGE);
	issuedImageUrls(emulator.store).add(GROUP_SAMPLE_EXTRA_IMAGE);
	groups.pollsToComplete = 2;
	const queued = await call('POST', '/v2/standard-group-products', {
		body: groupProductBody({ nowMs, full: true }),
	});
	for (let poll = 0; poll < 2; poll++) {
		await call('GET', '/v2/standard-group-products/status', {
			query: { type: 'CREATE', requestId: String(queued.requestId) },
		});
	}
	groups.pollsToComplete = 0;
	const temp = await call('POST', '/v2/standard-group-products/temp-detail-content', {
		body: { content: '<p>상품별 상세 설명</p>' },
	});
	const groupNumbers: number[] = [];
	for (const noticeType of sampleNoticeTypes()) {
		// A gift card's notice names one of three places to use it: three fillings.
		for (const occurrence of [0, 1, 2]) {
			const body = groupProductBody({ nowMs, full: true, noticeType, occurrence });
			if (occurrence % 2 === 1) {
				const group = body.groupProduct as Json;
				delete group.commonDetailContent;
				for (const specific of group.specificProducts as Json[])
					specific.detailContentTempId = temp.detailContentTempId;
			}
			const done = await call('POST', '/v2/standard-group-products', { body });
			if (typeof done.groupProductNo === 'number') groupNumbers.push(done.groupProductNo);
		}
	}
	for (const groupProductNo of groupNumbers) {
		const read = await call('GET', `/v2/standard-group-products/${groupProductNo}`);
		for (const product of (read.groupProduct as Json).specificProducts as Json[])
			await call('GET', `/v2/products/origin-products/${product.originProductNo}`);
	}
	const first = await call('GET', `/v2/standard-group-products/${groupNumbers[0]}`);
	await call('PUT', `/v2/standard-group-products/${groupNumbers[0]}`, {
		body: updateBodyFrom(first),
	});
	await call('GET', '/v2/standard-group-products/status', { query: { type: 'UPDATE' } });
	// A change that leaves a product of the group out fails, naming it.
	const partial = updateBodyFrom(first);
	((partial.groupProduct as Json).specificProducts as Json[]).pop();
	await call('PUT', `/v2/standard-group-products/${groupNumbers[0]}`, { body: partial });
	const failing = groupProductBody({ nowMs, full: true });
	((failing.groupProduct as Json).specificProducts as Json[])[0].stockQuantity = 0;
	await call('POST', '/v2/standard-group-products', { body: failing });
	await call('GET', '/v2/standard-group-products/status', { query: { type: 'CREATE' } });
	await call('DELETE', `/v2/standard-group-products/${groupNumbers[groupNumbers.length - 1]}`);

	// Delivery groups: a bundle group with three areas created, read, changed; hope-delivery
	// groups listed, each read, one created and changed.
	const bundle = {
		deliveryBundleGroup: {
			name: '겨울 의류 묶음배송',
			usable: true,
			baseGroup: false,
			deliveryFeeChargeMethodType: 'MAX',
			deliveryFeeByArea: { deliveryAreaType: 'AREA_3', area2extraFee: 3000, area3extraFee: 5000 },
		},
	};
	const bundleId = (await call('POST', '/v1/product-delivery-info/bundle-groups', { body: bundle }))
		.groupId as number;
	await call('PUT', `/v1/product-delivery-info/bundle-groups/${bundleId}`, { body: bundle });
	for (const id of [800_001, 800_002, 800_004, bundleId])
		await call('GET', `/v1/product-delivery-info/bundle-groups/${id}`);
	const hopeGroups = await list('/v1/product-delivery-info/hope-delivery-groups', 100);
	for (const group of hopeGroups)
		await call('GET', `/v1/product-delivery-info/hope-delivery-groups/${group.id}`);
	const hope = (
		await call('GET', `/v1/product-delivery-info/hope-delivery-groups/${hopeGroups[1].id}`)
	).hopeDeliveryGroup as Json;
	const hopeId = (
		await call('POST', '/v1/product-delivery-info/hope-delivery-groups', {
			body: { hopeDeliveryGroup: { ...hope, name: '소파 설치배송', baseGroup: false } },
		})
	).groupId;
	await call('PUT', `/v1/product-delivery-info/hope-delivery-groups/${hopeId}`, {
		body: { hopeDeliveryGroup: { ...hope, name: '소파 설치배송 (수도권)', baseGroup: false } },
	});
	await call('GET', `/v1/product-delivery-info/hope-delivery-groups/${hopeId}`);

	// Listing lookups.
	await call('GET', '/v2/tags/restricted-tags', {
		query: { tags: ['최저가', '선물추천', '캠핑의자'] },
	});
	for (const keyword of ['선물', '캠핑', '티셔츠'])
		await call('GET', '/v2/tags/recommend-tags', { query: { keyword } });
	for (const categoryId of ['50000830', '50010040', '50000803'])
		await call('GET', '/v1/options/standard-options', { query: { categoryId } });
	for (const category of categoriesWithGuides())
		await call('GET', '/v2/standard-purchase-option-guides', {
			query: { categoryId: category.id },
		});
	await call('GET', '/v2/standard-purchase-option-guides', { query: { categoryId: '50010186' } });
	const models = await list('/v1/product-models', 100, { name: '에뮬레이터 모델' });
	for (const model of [...models.slice(0, 3), ...CATALOGUE_MODELS.slice(0, 3)])
		await call('GET', `/v1/product-models/${model.id}`);
	await call('GET', '/v1/product-models', { query: { name: '갤럭시' } });
	await call('GET', '/v1/product-sizes');
	for (const type of SIZE_TYPES) await call('GET', `/v1/product-sizes/${type.id}`);
	await call('GET', '/v1/product-attributes/attribute-value-units');
	const model = {
		name: '정민지',
		height: 170,
		weight: 50,
		top: '55',
		bottom: '26',
		shoe: '245',
		modelImage: { url: 'https://shop-phinf.pstatic.net/20261201_1/fashion-model-new.jpg' },
	};
	const modelId = (await call('POST', '/v1/product-fashion-models', { body: model })).id;
	await call('PUT', `/v1/product-fashion-models/${modelId}`, { body: { ...model, height: 171 } });
	await call('GET', '/v1/product-fashion-models');
	await call('DELETE', `/v1/product-fashion-models/${modelId}`);

	// 오늘출발, logistics, SKUs.
	await call('GET', '/v1/seller/this-day-dispatch');
	await call('POST', '/v1/seller/this-day-dispatch', {
		body: {
			basisHour: 15,
			basisMinute: 30,
			holidayOfTheWeek: 'FRIDAY',
			sellerHolidays: [],
			reason: '집하 시간 변경',
		},
	});
	await call('GET', '/v1/seller/this-day-dispatch');
	await call('GET', '/v1/logistics/logistics-companies');
	await call('GET', '/v1/logistics/outbound-locations');
	const skus: Json[] = [];
	for (let page = 1; ; page++) {
		const answer = await call('POST', '/v1/logistics/products/sellers/me/skus/query-paged-list', {
			body: { page, size: 100, orderType: 'REGISTRATION' },
		});
		skus.push(...((answer.content ?? []) as Json[]));
		if (answer.last !== false) break;
	}
	for (const sku of skus) {
		await call('GET', `/v1/logistics/products/sellers/me/skus/${sku.nsId}`);
		await call('GET', `/v1/logistics/products/sellers/me/skus/${sku.nsId}/product-mappings`);
	}

	// Commerce solutions: every seller's subscription and token read, then each move.
	const solutions = solutionStateOf(emulator.store);
	for (const subscription of solutions.subscriptions)
		await call('GET', `/v1/commerce-solutions/subscriptions/${subscription.accountUid}`);
	for (const [jwe, entry] of solutions.tokens)
		if (!entry.expired)
			await call('GET', '/v1/commerce-solutions/seller-info-by-token', { query: { token: jwe } });
	const tokenOf = (accountUid: string) =>
		[...solutions.tokens].find(
			([, entry]) => entry.accountUid === accountUid && !entry.expired,
		)![0];
	await call('PUT', '/v1/commerce-solutions/subscriptions/approve', {
		query: { token: tokenOf('ncp_1waitingSellerUid01') },
		body: { accountMappingId: 'coverage-0001' },
	});
	const reason = { reason: '판매자 요청', comment: '커버리지 측정' };
	await call('PUT', '/v1/commerce-solutions/subscriptions/ncp_1waitingSellerUid02/reject', {
		body: reason,
	});
	await call('PUT', '/v1/commerce-solutions/subscriptions/ncp_1emulatorStoreUid01/unsubscription', {
		body: reason,
	});
	await call('PUT', '/v1/commerce-solutions/subscriptions/unsubscription/approve', {
		query: { accountUid: 'ncp_1leavingSellerUid01' },
	});
	await call('GET', '/v1/commerce-solutions/transactions', {
		query: {
			paymentConfirmStartDate: formatKst(nowMs - 400 * DAY_MS),
			paymentConfirmEndDate: formatKst(nowMs + DAY_MS),
		},
	});
	await call('POST', '/v1/commerce-solutions/external-transactions', {
		body: {
			transactionType: 'PAYMENT',
			solutionId: SOLUTION.solutionId,
			paymentId: 'COVERAGE-PAY-0001',
			accountUid: 'ncp_2linkedSellerUid0001',
			totalAmount: 33000,
			paymentConfirmDate: formatKst(nowMs),
			paymentModel: 'MONTHLY',
		},
	});

	// Channel products deleted last, a window one alone and a Smart Store one with its product.
	const withWindow = catalogue.products.find((p) => p.windowChannelProductNo && !p.groupProductNo);
	if (withWindow)
		await call('DELETE', `/v2/products/channel-products/${withWindow.windowChannelProductNo}`);
	const storeOnly = catalogue.products.find((p) => !p.windowChannelProductNo && !p.groupProductNo);
	if (storeOnly)
		await call('DELETE', `/v2/products/channel-products/${storeOnly.smartstoreChannelProductNo}`);
}

/** The endpoints the emulator serves: the contract holds every page of the reference. */
function servedEndpoints() {
	const routes = ROUTE_MODULES.flatMap((module) =>
		module({
			store: seedStore({ seed: 1, nowMs: Date.now(), productOrders: 1, spanHours: 1 }),
			random: seededRandom(1),
			now: Date.now,
			seed: 1,
		}),
	);
	return contract().endpoints.filter(
		(endpoint) =>
			// The token is served by the emulator itself, before its routes.
			endpoint.path === '/v1/oauth2/token' ||
			routes.some(
				(route) =>
					route.method === endpoint.method &&
					route.pattern.test(endpoint.path.replace(/\{\w+\}/g, '1234')),
			),
	);
}

/**
 * The rules Naver writes in words (scripts/contract/prose.ts), as the converter found them on every
 * page of the reference: how many became contract rules, how many of those the contract check
 * refuses (measured: one request breaking each rule, checked as the emulator checks every request),
 * and every sentence it could not read.
 */
function rulesInWordsSection(): string[] {
	const { rulesInWords, endpoints } = contract();
	const enforced = measureEnforcement(endpoints);
	const lines = [
		'## Rules written in words',
		'',
		`Every field description on all ${endpoints.length} pages of the reference, read by`,
		'`scripts/contract/convert.ts` (the rules in `scripts/contract/prose.ts`). *Found*: sentences (and table',
		'lengths) of each kind, in requests and answers; *encoded*: turned into a rule of the contract; *enforced*: of',
		'the encoded rules on request bodies, those for which a request breaking only that rule is refused by the',
		'contract check the emulator runs on every request (one such request built per rule and checked, by',
		'`scripts/contract/coverage.ts`); rules on answers are checked on every answer the emulator serves. "Delete if it does not apply",',
		'`deprecated` and standard texts are about meaning: never refused, and the node is held to them by',
		'`adviseRequest` in its tests instead.',
		'',
		'| Rule kind | Found | Encoded | Enforced | What the emulator does |',
		'| --- | --- | --- | --- | --- |',
		...Object.entries(RULE_KINDS).map(([kind, { label, enforcement }]) => {
			const counts = rulesInWords?.kinds[kind] ?? { found: 0, encoded: 0 };
			const refused = enforced.get(kind);
			return `| ${label} | ${counts.found} | ${counts.encoded} | ${refused === undefined ? '–' : `${refused.refused} / ${refused.rules}`} | ${enforcement} |`;
		}),
		'',
		'### Sentences the converter could not read',
		'',
		'Each is left to the reference; none is refused by the emulator. By page:',
		'',
		'| Page | Fields | Sentence | Why not |',
		'| --- | --- | --- | --- |',
		...(rulesInWords?.unread ?? []).map(
			(row) =>
				`| ${row.page.replace(/^docs\/api\//, '')} | ${row.fields.join(', ')} | ${row.sentence.replace(/\|/g, '\\|')} | ${row.why} |`,
		),
		'',
	];
	return lines;
}

/**
 * For each rule kind the contract check refuses, one request per encoded rule that breaks only it,
 * checked with checkRequest: how many of the rules it refuses at the field that breaks it.
 */
function measureEnforcement(
	endpoints: ContractEndpoint[],
): Map<string, { rules: number; refused: number }> {
	const counts = new Map<string, { rules: number; refused: number }>();
	const count = (kind: string, refused: boolean) => {
		const entry = counts.get(kind) ?? { rules: 0, refused: 0 };
		entry.rules += 1;
		if (refused) entry.refused += 1;
		counts.set(kind, entry);
	};
	for (const endpoint of endpoints) {
		const visit = (schema: Schema | undefined, path: string[]) => {
			if (!schema) return;
			for (const branch of schema.anyOf ?? []) visit(branch, path);
			if (schema.type === 'array') return visit(schema.items, [...path, '0']);
			for (const [key, child] of Object.entries(schema.properties ?? {})) {
				const here = [...path, key];
				for (const broken of breaking(schema, key, child)) {
					const body = buildAt(path, broken.object);
					const problems = checkRequest(endpoint, { pathParameters: {}, body });
					const field = here.join('.').replace(/\.(\d+)(?=\.|$)/g, '[$1]');
					const refused = problems.some(
						(problem) => problem.name === field || problem.name.startsWith(`${field}[`),
					);
					if (!refused && process.argv.includes('--missing'))
						console.error(
							`not refused: ${broken.kind} ${endpoint.method} ${endpoint.path} ${field}`,
						);
					count(broken.kind, refused);
				}
				visit(child, here);
			}
		};
		visit(endpoint.body, []);
	}
	return counts;
}

/** Objects (the parent's fields) that break one rule of `key`, by the kind of rule. */
function breaking(
	parent: Schema,
	key: string,
	child: Schema,
): Array<{ kind: string; object: Record<string, unknown> }> {
	const value = child.type === 'array' && child.items ? child.items : child;
	const wrap = (v: unknown) => (child.type === 'array' ? [v] : v);
	const out: Array<{ kind: string; object: Record<string, unknown> }> = [];
	if (value.format === 'year-month' || value.format === 'yyyyMMdd' || value.format === 'HHmm')
		out.push({ kind: 'format', object: { [key]: wrap('상품상세 참조') } });
	if (value.maxLength !== undefined && value.type === 'string')
		out.push({ kind: 'length', object: { [key]: wrap('가'.repeat(value.maxLength + 1)) } });
	if (child.type === 'array' && child.maxItems !== undefined)
		out.push({
			kind: 'length',
			object: { [key]: Array.from({ length: child.maxItems + 1 }, () => sampleOf(value)) },
		});
	const conditional = child.requiredUnless ?? child.requiredWith ?? child.requiredWhen;
	if (conditional) {
		const siblings: Record<string, unknown> = {};
		for (const other of child.requiredWith ?? [])
			siblings[other] = sampleOf(parent.properties?.[other]);
		if (child.requiredWhen) siblings[child.requiredWhen.field] = child.requiredWhen.in[0];
		out.push({ kind: 'conditionalRequirement', object: siblings });
	}
	if (value.enum && value.enum.length > 0 && value.allowedInWords)
		out.push({ kind: 'onlyAllowed', object: { [key]: wrap('NOT_ALLOWED') } });
	return out;
}

function sampleOf(schema: Schema | undefined): unknown {
	if (schema?.type === 'array') return [sampleOf(schema.items)];
	if (schema?.type === 'integer' || schema?.type === 'number') return 1;
	if (schema?.type === 'boolean') return true;
	if (schema?.format === 'date') return '2026-12-01';
	if (schema?.format === 'date-time') return '2026-12-01T00:00:00.000+09:00';
	if (schema?.format === 'year-month') return '2026-12';
	return schema?.enum?.[0] ?? 'x';
}

/** A request body holding `object` at `path` (array steps as one-element lists). */
function buildAt(path: string[], object: Record<string, unknown>): unknown {
	let value: unknown = object;
	for (let index = path.length - 1; index >= 0; index--) {
		value = path[index] === '0' ? [value] : { [path[index]]: value };
	}
	return value;
}

void (async () => {
	const table = await measure();
	if (process.argv.includes('--check')) {
		// Each endpoint must still cover at least what the committed table says, out of the same
		// documented fields: records may grow, never silently shrink.
		const counts = (text: string) =>
			new Map(
				[...text.matchAll(/^\| (\w+) \| `([^`]+)` \| (\d+) \/ (\d+) \|/gm)].map((row) => [
					`${row[1]} ${row[2]}`,
					{ covered: Number(row[3]), documented: Number(row[4]) },
				]),
			);
		const committed = counts(readFileSync(TABLE, 'utf-8'));
		const measured = counts(table);
		const shrunk = [...committed].filter(([key, before]) => {
			const now = measured.get(key);
			return !now || now.documented !== before.documented || now.covered < before.covered;
		});
		if (shrunk.length > 0 || committed.size !== measured.size) {
			console.error(
				`docs/contract-coverage.md no longer holds for: ${shrunk.map(([key]) => key).join(', ') || 'the list of endpoints'}. Run npx tsx scripts/contract/coverage.ts`,
			);
			process.exit(1);
		}
		console.log(`docs/contract-coverage.md holds for all ${measured.size} endpoints`);
		return;
	}
	writeFileSync(TABLE, table);
	console.log(table);
})();
