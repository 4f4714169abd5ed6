/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The emulator's reference data (catalogueData.ts, providedNoticeData.ts) holds together and with
 * what the rest of the emulator serves, and its catalogue routes refuse what Naver documents as
 * refused, in each API group's envelope. Plain fetch, independent of the package's request code.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { contract } from '../contract/contract';
import {
	ADDRESS_BOOK_NOS,
	attributeValuesOf,
	BRANDS,
	CATEGORIES,
	categoryById,
	isLeafCategory,
	ORIGIN_AREAS,
	parentOriginAreaCode,
	seedAddressBook,
	seedBundleGroups,
	seedReturnCouriers,
} from './catalogueData';
import { requestTokenDirectly } from './directToken';
import { PROVIDED_NOTICE_TYPES } from './providedNoticeData';
import { productCatalogue } from './routes/products';
import { type NaverCommerceEmulator, startEmulator } from './server';

/** Every value of the given keys anywhere in a record. */
function valuesOf(record: unknown, keys: string[], into = new Map<string, Set<unknown>>()) {
	if (Array.isArray(record)) {
		for (const item of record) valuesOf(item, keys, into);
	} else if (record && typeof record === 'object') {
		for (const [key, value] of Object.entries(record)) {
			if (keys.includes(key) && value !== undefined && value !== null) {
				into.set(key, (into.get(key) ?? new Set()).add(value));
			}
			valuesOf(value, keys, into);
		}
	}
	return into;
}

describe('Catalogue data', () => {
	let emulator: NaverCommerceEmulator;
	let token: string;
	const get = async (path: string) => {
		const response = await fetch(`${emulator.baseUrl}${path}`, {
			headers: { Authorization: `Bearer ${token}` },
		});
		return {
			status: response.status,
			body: (await response.json()) as Record<string, unknown>,
			traceHeader: response.headers.get('gncp-gw-trace-id'),
		};
	};

	before(async () => {
		emulator = await startEmulator({ productOrders: 1 });
		token = (await requestTokenDirectly(emulator.baseUrl)).access_token;
	});
	after(async () => await emulator.stop());

	test('the category tree: unique IDs, whole names built from the parents, leaves without children', () => {
		assert.ok(CATEGORIES.length > 300);
		assert.equal(new Set(CATEGORIES.map((category) => category.id)).size, CATEGORIES.length);
		for (const category of CATEGORIES) {
			const parent = category.parentId ? categoryById(category.parentId) : undefined;
			assert.equal(
				category.wholeCategoryName,
				parent ? `${parent.wholeCategoryName}>${category.name}` : category.name,
			);
			const hasChildren = CATEGORIES.some((child) => child.parentId === category.id);
			assert.equal(category.last, !hasChildren, category.wholeCategoryName);
		}
		assert.equal(categoryById('50000000')?.name, '패션의류');
	});

	test('what the seeded products carry exists here: leaf categories, addresses, groups, brands', () => {
		const products = productCatalogue(emulator.store).products;
		const found = valuesOf(products, [
			'leafCategoryId',
			'shippingAddressId',
			'returnAddressId',
			'deliveryBundleGroupId',
			'brandId',
			'returnDeliveryCompanyPriorityType',
			'originAreaCode',
			'attributeValueSeq',
		]);
		// The products use the categories of every kind, and each reference below at least once.
		assert.ok((found.get('leafCategoryId')?.size ?? 0) >= 36);
		for (const key of [
			'shippingAddressId',
			'returnAddressId',
			'deliveryBundleGroupId',
			'brandId',
		]) {
			assert.ok(found.has(key), `the products carry ${key}`);
		}
		for (const id of found.get('leafCategoryId') ?? []) {
			assert.ok(isLeafCategory(String(id)), `category ${String(id)} is a leaf`);
		}
		const book = seedAddressBook();
		const typeOf = (no: unknown) => book.find((entry) => entry.addressBookNo === no)?.addressType;
		for (const no of found.get('shippingAddressId') ?? []) assert.equal(typeOf(no), 'RELEASE');
		for (const no of found.get('returnAddressId') ?? []) {
			assert.equal(typeOf(no), 'REFUND_OR_EXCHANGE');
		}
		assert.equal(typeOf(ADDRESS_BOOK_NOS.visit), 'GENERAL');
		const groups = new Map(seedBundleGroups().map((group) => [group.id, group]));
		for (const id of found.get('deliveryBundleGroupId') ?? []) {
			assert.equal(groups.get(Number(id))?.usable, true, `bundle group ${String(id)}`);
		}
		const brandIds = new Set(BRANDS.map((brand) => brand.id));
		for (const id of found.get('brandId') ?? []) assert.ok(brandIds.has(Number(id)));
		const priorities = seedReturnCouriers().map(
			(courier) => courier.returnDeliveryCompanyPriorityType,
		);
		for (const priority of found.get('returnDeliveryCompanyPriorityType') ?? []) {
			assert.ok(priorities.includes(String(priority)));
		}
		const codes = new Set(ORIGIN_AREAS.map((area) => area.code));
		for (const code of found.get('originAreaCode') ?? []) assert.ok(codes.has(String(code)));
		const valueSeqs = new Set(
			CATEGORIES.flatMap((category) =>
				attributeValuesOf(category).map((value) => value.attributeValueSeq),
			),
		);
		for (const seq of found.get('attributeValueSeq') ?? []) assert.ok(valueSeqs.has(Number(seq)));
	});

	test('origin codes: each below the top level has its parent; 0200037 is 수입산 > 아시아 > 중국', () => {
		const byCode = new Map(ORIGIN_AREAS.map((area) => [area.code, area]));
		for (const area of ORIGIN_AREAS) {
			const parent = parentOriginAreaCode(area.code);
			if (parent !== undefined) assert.ok(byCode.has(parent), area.code);
		}
		assert.deepEqual(
			['02', '0200', '0200037'].map((code) => byCode.get(code)?.name),
			['수입산', '아시아', '아시아>중국'],
		);
	});

	test("notice types: the fields of each are the contract's notice object, required ones included", () => {
		const get = contract().endpoints.find(
			(endpoint) =>
				endpoint.method === 'GET' &&
				endpoint.path === '/v2/products/origin-products/{originProductNo}',
		)!;
		const notice =
			get.response!.properties!.originProduct.properties!.detailAttribute.properties!
				.productInfoProvidedNotice.properties!;
		for (const type of PROVIDED_NOTICE_TYPES) {
			const key = Object.keys(notice).find(
				(name) =>
					name !== 'productInfoProvidedNoticeType' &&
					name.toUpperCase() === type.productInfoProvidedNoticeType.replace(/_/g, ''),
			)!;
			const fields = type.productInfoProvidedNoticeContents.map((field) => field.fieldName);
			for (const field of fields) assert.ok(notice[key].properties![field], `${key}.${field}`);
			for (const field of notice[key].required ?? []) {
				assert.ok(fields.includes(field), `${key}.${field} is listed`);
			}
		}
		assert.equal(PROVIDED_NOTICE_TYPES.length, 36);
	});

	test("product group refusals: BAD_REQUEST with invalidInputs, NOT_FOUND, in the group's envelope", async () => {
		const cases: Array<[string, number, string, string?]> = [
			['/v1/product-attributes/attributes', 400, 'BAD_REQUEST', 'categoryId'],
			['/v1/product-attributes/attribute-values?categoryId=59999999', 404, 'NOT_FOUND'],
			['/v1/categories/59999999', 404, 'NOT_FOUND'],
			['/v1/categories/59999999/sub-categories', 404, 'NOT_FOUND'],
			['/v1/products-for-provided-notice?categoryId=50000830', 400, 'BAD_REQUEST', 'categoryId'],
			['/v1/products-for-provided-notice/HOTEL', 400, 'BAD_REQUEST'],
			['/v1/product-brands?name=', 400, 'BAD_REQUEST', 'name'],
			['/v1/product-manufacturers', 400, 'BAD_REQUEST', 'name'],
			['/v1/product-origin-areas/query', 400, 'BAD_REQUEST', 'name'],
			['/v1/product-origin-areas/sub-origin-areas?code=99', 404, 'NOT_FOUND'],
			['/v1/product-delivery-info/bundle-groups?size=101', 400, 'BAD_REQUEST', 'size'],
			['/v1/product-delivery-info/bundle-groups?page=0', 400, 'BAD_REQUEST', 'page'],
			['/v1/product-delivery-info/bundle-groups?baseGroup=yes', 400, 'BAD_REQUEST', 'baseGroup'],
		];
		for (const [path, status, code, input] of cases) {
			const answer = await get(path);
			assert.equal(answer.status, status, path);
			assert.equal(answer.body.code, code, path);
			assert.match(String(answer.body.timestamp), /\+09:00$/);
			if (input) {
				const inputs = answer.body.invalidInputs as Array<{ name: string }>;
				assert.equal(inputs[0].name, input, path);
			}
		}
	});

	test("seller group refusals: GENERAL_ERROR and RESOURCE_NOT_AVAILABLE with the answer's trace ID", async () => {
		for (const [path, status, code] of [
			['/v1/seller/addressbooks-for-page?page=0', 400, 'GENERAL_ERROR'],
			['/v1/seller/addressbooks/4242', 403, 'RESOURCE_NOT_AVAILABLE'],
		] as const) {
			const answer = await get(path);
			assert.equal(answer.status, status, path);
			assert.equal(answer.body.code, code);
			assert.equal(answer.body.traceId, answer.traceHeader);
			assert.deepEqual(Object.keys(answer.body).sort(), [
				'code',
				'message',
				'timestamp',
				'traceId',
			]);
		}
		const beyond = await get('/v1/seller/addressbooks-for-page?page=9');
		assert.deepEqual(beyond.body, { addressBooks: [], page: 9, totalPage: 2 });
	});
});
