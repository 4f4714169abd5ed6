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
		'the states the emulator models (confirmed, dispatched, delayed, cancelled, returned, exchanged, held back) and reads',
		'them back. Regenerate with `npx tsx scripts/contract/coverage.ts`; `npm test` fails when an endpoint covers less',
		'than the table says.',
		'',
		'| Method | Endpoint | Fields present / documented | Coverage |',
		'| --- | --- | --- | --- |',
		...rows,
		'',
		...rulesInWordsSection(),
	].join('\n');
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
