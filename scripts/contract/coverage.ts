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
import { contract, findEndpoint, type Schema } from '../../test/contract/contract';
import { formatKst } from '../../test/emulator/kst';
import { openBuyerClaim } from '../../test/emulator/routes/claims';
import { inquiryStateOf } from '../../test/emulator/routes/inquiries';
import { productCatalogue, type OriginProduct } from '../../test/emulator/routes/products';
import { CLAIM_ACTION_SAMPLES } from '../../test/emulator/claimSamples';
import { requestTokenDirectly } from '../../test/emulator/directToken';
import { startEmulator } from '../../test/emulator/server';
import { EXERCISES } from './exercises';

const DAY_MS = 24 * 60 * 60 * 1000;
const TABLE = join(__dirname, '../../docs/contract-coverage.md');

/** Leaf paths of a schema: `a.b`, `list[].c`. */
function documentedLeaves(schema: Schema | undefined, prefix = ''): string[] {
	if (!schema) return [];
	if (schema.anyOf) return documentedLeaves(schema.anyOf[0], prefix);
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
			options: { query?: Record<string, string>; body?: unknown } = {},
		) => {
			const url = new URL(`${emulator.baseUrl}${path}`);
			for (const [key, value] of Object.entries(options.query ?? {}))
				url.searchParams.set(key, value);
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
	} finally {
		await emulator.stop();
	}

	const rows = contract().endpoints.map((endpoint) => {
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
		'the states the emulator models (confirmed, dispatched, delayed, cancelled, returned, exchanged, held back) and reads',
		'them back. Regenerate with `npx tsx scripts/contract/coverage.ts`; `npm test` fails when an endpoint covers less',
		'than the table says.',
		'',
		'| Method | Endpoint | Fields present / documented | Coverage |',
		'| --- | --- | --- | --- |',
		...rows,
		'',
	].join('\n');
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
