/**
 * Coverage of the catalogue lookups (categories, attributes, notice types, origin areas, brands,
 * manufacturers) and the seller's settings (address book, bundle groups, return couriers): every
 * list as the node asks for it and every record read one by one, so each kind of record (a leaf
 * with certifications, a range attribute, an address with a second phone number, a bundle group
 * with three areas) is in the answers.
 */
import { CATEGORIES, ORIGIN_AREAS } from '../../../test/emulator/catalogueData';
import { catalogueStateOf } from '../../../test/emulator/routes/catalogueData';
import { PROVIDED_NOTICE_TYPES } from '../../../test/emulator/providedNoticeData';
import type { CoverageExercise } from './index';

export const catalogueData: CoverageExercise = async ({ emulator, call }) => {
	await call('GET', '/v1/categories');
	await call('GET', '/v1/categories', { query: { last: 'true' } });
	for (const category of CATEGORIES) {
		await call('GET', `/v1/categories/${category.id}`);
		if (!category.last) await call('GET', `/v1/categories/${category.id}/sub-categories`);
	}
	for (const category of CATEGORIES.filter((entry) => entry.last)) {
		const query = { categoryId: category.id };
		await call('GET', '/v1/product-attributes/attributes', { query });
		await call('GET', '/v1/product-attributes/attribute-values', { query });
	}

	await call('GET', '/v1/products-for-provided-notice');
	for (const top of CATEGORIES.filter((entry) => entry.parentId === undefined)) {
		await call('GET', '/v1/products-for-provided-notice', { query: { categoryId: top.id } });
	}
	for (const type of PROVIDED_NOTICE_TYPES) {
		await call('GET', `/v1/products-for-provided-notice/${type.productInfoProvidedNoticeType}`);
	}

	await call('GET', '/v1/product-origin-areas');
	await call('GET', '/v1/product-origin-areas/sub-origin-areas');
	for (const area of ORIGIN_AREAS) {
		if (area.code.length < 7) {
			await call('GET', '/v1/product-origin-areas/sub-origin-areas', {
				query: { code: area.code },
			});
		}
	}
	const queries: Array<Record<string, string>> = [
		{ code: '0200037' },
		{ name: '중국' },
		{ name: '경기도 > 이천시' },
	];
	for (const query of queries) {
		await call('GET', '/v1/product-origin-areas/query', { query });
	}

	for (const name of ['에뮬', '나이키', '삼성']) {
		await call('GET', '/v1/product-brands', { query: { name } });
	}
	for (const name of ['에뮬레이터', '농협', '(주)']) {
		await call('GET', '/v1/product-manufacturers', { query: { name } });
	}

	const state = catalogueStateOf(emulator.store);
	for (let page = 1; page <= Math.ceil(state.addressBook.length / 100); page++) {
		await call('GET', '/v1/seller/addressbooks-for-page', { query: { page: String(page) } });
	}
	for (const entry of state.addressBook) {
		await call('GET', `/v1/seller/addressbooks/${entry.addressBookNo}`);
	}

	await call('GET', '/v1/product-delivery-info/bundle-groups', { query: { size: '100' } });
	await call('GET', '/v1/product-delivery-info/bundle-groups', {
		query: { usable: 'true', page: '2', size: '10' },
	});
	await call('GET', '/v2/product-delivery-info/return-delivery-companies');
	await call('GET', '/v2/product-delivery-info/return-delivery-companies', {
		query: { name: '우체국' },
	});
};
