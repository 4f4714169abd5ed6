/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The seeded products are of the kinds a real store has, each carrying what Naver documents for
 * it: these tests read the catalogue directly, so a change to the seeding that drops a kind or
 * gives a product a notice of the wrong shape is caught here, not only as a lower coverage.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { noticeTypes } from './productRecords';
import { productCatalogue, type EmulatorProduct } from './routes/products';
import { type NaverCommerceEmulator, startEmulator } from './server';

const noticeOf = (product: EmulatorProduct) =>
	product.originProduct.detailAttribute.productInfoProvidedNotice as Record<string, unknown>;

describe('Seeded products', () => {
	let emulator: NaverCommerceEmulator;
	let products: EmulatorProduct[];

	before(async () => {
		emulator = await startEmulator({ productOrders: 1 });
		products = productCatalogue(emulator.store).products;
	});
	after(async () => await emulator.stop());

	test('every product has one notice, and every notice type the reference documents appears', () => {
		const keys = new Map(noticeTypes().map((notice) => [notice.type, notice.key]));
		assert.equal(keys.size, 36, 'the 40 listed types less the four with no fields documented');
		const seen = new Set<string>();
		for (const product of products) {
			const notice = noticeOf(product);
			const type = String(notice.productInfoProvidedNoticeType);
			assert.deepEqual(
				Object.keys(notice).sort(),
				['productInfoProvidedNoticeType', keys.get(type)].sort(),
			);
			seen.add(type);
		}
		assert.deepEqual([...seen].sort(), [...keys.keys()].sort());
	});

	test('a notice holds what sellers write: "상품상세 참조", and dates in the formats documented', () => {
		const food = products.find(
			(product) => noticeOf(product).productInfoProvidedNoticeType === 'FOOD',
		)!;
		const fields = noticeOf(food).food as Record<string, unknown>;
		assert.equal(fields.returnCostReason, '상품상세 참조');
		assert.match(
			String(fields.packDate ?? fields.packDateText),
			/^(\d{4}-\d{2}-\d{2}|상품상세 참조)$/,
		);
		const wear = products.find((product) => {
			const notice = noticeOf(product);
			return (
				notice.productInfoProvidedNoticeType === 'WEAR' &&
				(notice.wear as { packDate?: string }).packDate
			);
		})!;
		// string<'yyyy-MM' 형식 입력>
		assert.match(String((noticeOf(wear).wear as { packDate: string }).packDate), /^\d{4}-\d{2}$/);
	});

	test('books, e-coupons and rentals carry what their kind has; an e-coupon is not shipped', () => {
		const ofType = (type: string) =>
			products.filter((product) => noticeOf(product).productInfoProvidedNoticeType === type);
		for (const book of ofType('BOOKS')) {
			const detail = book.originProduct.detailAttribute;
			assert.ok(detail.bookInfo && detail.isbnInfo, book.originProduct.name);
			assert.equal(detail.cultureCostIncomeDeductionYn, true);
		}
		for (const coupon of [...ofType('GIFT_CARD'), ...ofType('MOBILE_COUPON')]) {
			assert.ok(coupon.originProduct.detailAttribute.ecoupon, coupon.originProduct.name);
			assert.equal(coupon.originProduct.deliveryInfo, undefined);
		}
		for (const rental of ofType('RENTAL_HA')) assert.ok(rental.rental?.rentalInfo);
	});

	test('the same seed gives the same catalogue after a reset', () => {
		const catalogue = productCatalogue(emulator.store);
		const before = structuredClone(catalogue.products);
		catalogue.reset();
		assert.deepEqual(catalogue.products, before);
	});
});
