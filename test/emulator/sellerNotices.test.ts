/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The store's notices over HTTP, with plain fetch: created, read, listed, changed and deleted as
 * the notice pages describe (hours set to minute 00 and 59, one whole-store notice and one popup,
 * an important notice's period only for an important notice), applied to channel products, which
 * keeps them from being deleted, and channel products deleted ((v2) 채널 상품 삭제): GET answers
 * 404 for them afterwards, and a notice they held can go. No answer breaks the contract.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { requestTokenDirectly } from './directToken';
import { productCatalogue } from './routes/products';
import { sellerNoticeStateOf } from './routes/sellerNotices';
import { callEmulator } from './registrationBody';
import { contractFindings, type NaverCommerceEmulator, startEmulator } from './server';

type Json = Record<string, unknown>;

describe('Emulator: seller notices and channel products', () => {
	let emulator: NaverCommerceEmulator;
	let token = '';
	const findingsBefore = contractFindings.length;

	const call = (method: string, path: string, body?: unknown) =>
		callEmulator(emulator.baseUrl, token, method, path, body);

	before(async () => {
		emulator = await startEmulator({ productOrders: 30 });
		token = (await requestTokenDirectly(emulator.baseUrl)).access_token;
	});
	after(async () => await emulator.stop());

	test('the list pages newest first, 10 by default and at most 100', async () => {
		const first = await call('GET', '/v1/contents/seller-notices');
		assert.equal(first.status, 200);
		assert.equal(first.body.size, 10);
		assert.equal(first.body.totalElements, 23);
		assert.equal(first.body.totalPages, 3);
		const ids = (first.body.contents as Json[]).map((notice) => notice.sellerNoticeId as number);
		assert.deepEqual(
			ids,
			[...ids].sort((a, b) => b - a),
		);
		// The list shows no popup and no contents.
		assert.ok(
			(first.body.contents as Json[]).every(
				(notice) => !('detailContents' in notice) && !('popup' in notice),
			),
		);
		const last = await call('GET', '/v1/contents/seller-notices?page=3&size=10');
		assert.equal((last.body.contents as Json[]).length, 3);
		assert.equal(last.body.last, true);
		const tooLarge = await call('GET', '/v1/contents/seller-notices?size=101');
		assert.equal(tooLarge.status, 400);
		assert.equal(tooLarge.body.code, 'BAD_REQUEST');
		assert.equal(typeof tooLarge.body.traceId, 'string');
	});

	test('create, read, change, delete: hours on minute 00 and 59, defaults, one popup and one whole notice', async () => {
		const created = await call('POST', '/v1/contents/seller-notices', {
			title: '연말 배송 마감 안내',
			detailContents: '<p>12월 29일 오후 2시 주문 건까지 연내 출고됩니다.</p>',
			wholeNotice: true,
			popup: true,
			displayStartDate: '2026-12-20T14:25:05.140+09:00',
			displayEndDate: '2026-12-31T18:10:00.000+09:00',
		});
		assert.equal(created.status, 200, created.text);
		const id = created.body.sellerNoticeId as number;
		assert.ok(id > 53_100_023);

		const read = await call('GET', `/v1/contents/seller-notices/${id}`);
		assert.equal(read.status, 200);
		assert.equal(read.body.postCategoryType, 'ORDINARY');
		assert.equal(read.body.importantNotice, false);
		assert.equal(read.body.displayStartDate, '2026-12-20T14:00:00.000+09:00');
		assert.equal(read.body.displayEndDate, '2026-12-31T18:59:59.000+09:00');
		// A popup without times: from this hour to the same hour a week later.
		assert.match(String(read.body.popupStartDate), /:00:00\.000\+09:00$/);
		assert.match(String(read.body.popupEndDate), /:59:59\.000\+09:00$/);
		const notices = sellerNoticeStateOf(emulator.store).notices.items;
		assert.deepEqual(
			notices.filter((notice) => notice.wholeNotice).map((n) => n.sellerNoticeId),
			[id],
		);
		assert.deepEqual(
			notices.filter((notice) => notice.popup).map((n) => n.sellerNoticeId),
			[id],
		);

		const listed = await call('GET', '/v1/contents/seller-notices?size=1');
		assert.equal((listed.body.contents as Json[])[0].sellerNoticeId, id);

		const changed = await call('PUT', `/v1/contents/seller-notices/${id}`, {
			postCategoryType: 'DELIVERY',
			title: '연말 배송 마감 안내 (변경)',
			detailContents: '<p>12월 30일 오후 2시 주문 건까지 연내 출고됩니다.</p>',
			importantNotice: true,
			importantNoticeStartDate: '2026-12-20T09:10:00.000+09:00',
			importantNoticeEndDate: '2026-12-30T14:00:00.000+09:00',
		});
		assert.equal(changed.status, 200, changed.text);
		assert.equal(changed.body.sellerNoticeId, id);
		const reread = await call('GET', `/v1/contents/seller-notices/${id}`);
		assert.equal(reread.body.title, '연말 배송 마감 안내 (변경)');
		assert.equal(reread.body.postCategoryType, 'DELIVERY');
		assert.equal(reread.body.importantNoticeStartDate, '2026-12-20T09:00:00.000+09:00');
		assert.equal(reread.body.importantNoticeEndDate, '2026-12-30T14:59:59.000+09:00');
		assert.equal(reread.body.popup, false);
		assert.equal(reread.body.popupStartDate, undefined);

		// An important notice's period needs importantNotice true.
		const refused = await call('PUT', `/v1/contents/seller-notices/${id}`, {
			title: '기간만 입력',
			detailContents: '<p>x</p>',
			importantNoticeStartDate: '2026-12-20T09:00:00.000+09:00',
		});
		assert.equal(refused.status, 400);
		assert.deepEqual(
			(refused.body.invalidInputs as Json[]).map((input) => input.name),
			['importantNoticeStartDate'],
		);

		const deleted = await call('DELETE', `/v1/contents/seller-notices/${id}`);
		assert.equal(deleted.status, 200);
		assert.equal(deleted.text, '');
		const gone = await call('GET', `/v1/contents/seller-notices/${id}`);
		assert.equal(gone.status, 404);
		assert.equal(gone.body.code, 'NOT_FOUND');
		assert.equal((await call('DELETE', `/v1/contents/seller-notices/${id}`)).status, 404);
	});

	test('a notice applied to channel products cannot be deleted until they no longer hold it', async () => {
		const created = await call('POST', '/v1/contents/seller-notices', {
			postCategoryType: 'PRODUCT',
			title: '사이즈 교환 안내',
			detailContents: '<p>사이즈 교환은 1회 무료입니다.</p>',
		});
		const id = created.body.sellerNoticeId as number;
		const products = productCatalogue(emulator.store).products;
		const withWindow = products.find((product) => product.windowChannelProductNo)!;
		const storeOnly = products.find(
			(product) => !product.windowChannelProductNo && !product.groupProductNo,
		)!;
		const applied = await call('PUT', '/v1/products/channel-products/notice/apply', {
			sellerNoticeId: id,
			channelProductNos: [withWindow.windowChannelProductNo, storeOnly.smartstoreChannelProductNo],
		});
		assert.equal(applied.status, 200, applied.text);
		assert.deepEqual(applied.body, {
			code: 'SUCCESS',
			message: '공지사항이 적용되었습니다.',
			data: true,
		});
		assert.equal(
			sellerNoticeStateOf(emulator.store).applied.get(withWindow.windowChannelProductNo!),
			id,
		);

		const refused = await call('DELETE', `/v1/contents/seller-notices/${id}`);
		assert.equal(refused.status, 400, refused.text);
		assert.equal(refused.body.code, 'BAD_REQUEST');
		assert.match(String(refused.body.message), /상품에 연결된 공지사항은 삭제할 수 없습니다/);

		const unknown = await call('PUT', '/v1/products/channel-products/notice/apply', {
			sellerNoticeId: id,
			channelProductNos: [storeOnly.smartstoreChannelProductNo, 99_999_999_999],
		});
		assert.equal(unknown.status, 404);
		assert.deepEqual(
			(unknown.body.invalidInputs as Json[]).map((input) => input.name),
			['channelProductNos[1]'],
		);

		// The window channel product deleted alone: its product stays with its Smart Store one.
		const windowDeleted = await call(
			'DELETE',
			`/v2/products/channel-products/${withWindow.windowChannelProductNo}`,
		);
		assert.equal(windowDeleted.status, 200, windowDeleted.text);
		assert.equal(windowDeleted.body.code, 'SUCCESS');
		assert.equal(
			(await call('GET', `/v2/products/channel-products/${withWindow.windowChannelProductNo}`))
				.status,
			404,
		);
		const stays = await call(
			'GET',
			`/v2/products/channel-products/${withWindow.smartstoreChannelProductNo}`,
		);
		assert.equal(stays.status, 200);
		assert.equal(stays.body.windowChannelProduct, undefined);

		// Still held by the Smart Store channel product; taken off it, the notice can go.
		assert.notEqual((await call('DELETE', `/v1/contents/seller-notices/${id}`)).status, 200);
		const off = await call('PUT', '/v1/products/channel-products/notice/apply', {
			channelProductNos: [storeOnly.smartstoreChannelProductNo],
		});
		assert.equal(off.status, 200);
		assert.equal((await call('DELETE', `/v1/contents/seller-notices/${id}`)).status, 200);
	});

	test('deleting a Smart Store channel product removes the product: GET answers 404 NOT_FOUND', async () => {
		const product = productCatalogue(emulator.store).products.find(
			(entry) => !entry.windowChannelProductNo,
		)!;
		const number = product.smartstoreChannelProductNo;
		const deleted = await call('DELETE', `/v2/products/channel-products/${number}`);
		assert.equal(deleted.status, 200);
		assert.deepEqual(deleted.body, {
			code: 'SUCCESS',
			message: '채널 상품이 삭제되었습니다.',
			data: {},
		});
		const gone = await call('GET', `/v2/products/channel-products/${number}`);
		assert.equal(gone.status, 404);
		assert.equal(gone.body.code, 'NOT_FOUND');
		assert.equal(
			(await call('GET', `/v2/products/origin-products/${product.originProductNo}`)).status,
			404,
		);
		const again = await call('DELETE', `/v2/products/channel-products/${number}`);
		assert.equal(again.status, 404);
		const search = await call('POST', '/v1/products/search', {
			searchKeywordType: 'CHANNEL_PRODUCT_NO',
			channelProductNos: [number],
		});
		assert.equal(search.body.totalElements, 0);
	});

	test('no answer broke the contract', () => {
		assert.deepEqual(contractFindings.slice(findingsBefore), []);
	});
});
