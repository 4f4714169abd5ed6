/* eslint-disable @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Group products (v2 그룹상품) over HTTP, with plain fetch: registration and change are queued and
 * move on as the status API is polled (QUEUED → IN_PROGRESS → COMPLETED), a completed group is
 * read back with its products, which are origin products of the catalogue, the rules of the pages
 * fail a request with the inputs at fault, and deleting a group deletes its products. No answer
 * breaks the contract.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import { findEndpoint } from '../contract/contract';
import { requestTokenDirectly } from './directToken';
import { groupProductStateOf } from './routes/groupProducts';
import {
	GROUP_SAMPLE_EXTRA_IMAGE,
	GROUP_SAMPLE_IMAGE,
	groupProductBody,
	sampleNotice,
	updateBodyFrom,
} from './routes/groupProductSamples';
import { issuedImageUrls } from './routes/productImages';
import { productCatalogue } from './routes/products';
import { sellerNoticeStateOf } from './routes/sellerNotices';
import { callEmulator } from './registrationBody';
import { contractFindings, type NaverCommerceEmulator, startEmulator } from './server';

type Json = Record<string, unknown>;

/**
 * Whether the contract check resolves the status path to its own page. findEndpoint (test/contract/
 * contract.ts) takes the first template that matches, and GET /v2/standard-group-products/
 * {groupProductNo} comes before …/status in the contract, so until it prefers the literal path
 * every poll is refused as a groupProductNo that is not a number.
 */
const STATUS_RESOLVES =
	findEndpoint('GET', '/v2/standard-group-products/status')?.endpoint.path ===
	'/v2/standard-group-products/status';
const STATUS_BLOCKED =
	'GET …/status resolves to …/{groupProductNo} in findEndpoint (test/contract/contract.ts): every poll is refused until it prefers the literal path';

describe('Emulator: group products (v2)', () => {
	let emulator: NaverCommerceEmulator;
	let token = '';
	const findingsBefore = contractFindings.length;
	const nowMs = Date.now();

	const call = (method: string, path: string, body?: unknown) =>
		callEmulator(emulator.baseUrl, token, method, path, body);
	const progress = (answer: { body: Json }) => answer.body.progress as Json;
	const invalidNames = (answer: { body: Json }) =>
		((progress(answer).invalidInputs ?? []) as Array<{ name: string }>).map((input) => input.name);
	/** Registers with the request done at once (pollsToComplete 0). */
	const registerNow = async (body: Json) => {
		groupProductStateOf(emulator.store).pollsToComplete = 0;
		return await call('POST', '/v2/standard-group-products', body);
	};

	before(async () => {
		emulator = await startEmulator({ productOrders: 30 });
		token = (await requestTokenDirectly(emulator.baseUrl)).access_token;
	});
	after(async () => await emulator.stop());
	beforeEach(() => {
		groupProductStateOf(emulator.store).reset();
		productCatalogue(emulator.store).reset();
		issuedImageUrls(emulator.store).add(GROUP_SAMPLE_IMAGE);
		issuedImageUrls(emulator.store).add(GROUP_SAMPLE_EXTRA_IMAGE);
	});

	test('a registration is queued with a request ID; another request meanwhile is ALREADY_RESERVED', async () => {
		const queued = await call('POST', '/v2/standard-group-products', groupProductBody({ nowMs }));
		assert.equal(queued.status, 200, JSON.stringify(queued.body));
		assert.deepEqual(progress(queued), { state: 'QUEUED', progress: 0 });
		assert.match(
			String(queued.body.requestId),
			/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/,
		);
		assert.equal(queued.body.groupProductNo, undefined);

		const reserved = await call('POST', '/v2/standard-group-products', groupProductBody({ nowMs }));
		assert.equal(reserved.status, 200);
		assert.equal(progress(reserved).state, 'ALREADY_RESERVED');
		assert.equal(reserved.body.requestId, undefined);
		assert.equal(groupProductStateOf(emulator.store).jobs.length, 1);
	});

	test('a request made to end in ERROR (systemErrors) writes nothing; the next one runs', async () => {
		groupProductStateOf(emulator.store).systemErrors = 1;
		const failed = await registerNow(groupProductBody({ nowMs }));
		assert.equal(failed.status, 200, JSON.stringify(failed.body));
		assert.deepEqual(progress(failed), { state: 'ERROR', progress: 100 });
		assert.equal(groupProductStateOf(emulator.store).groups.size, 0);
		const done = await registerNow(groupProductBody({ nowMs }));
		assert.equal(progress(done).state, 'COMPLETED');
	});

	test(
		'polling moves a request on: IN_PROGRESS, then COMPLETED with the numbers',
		{ skip: STATUS_RESOLVES ? false : STATUS_BLOCKED },
		async () => {
			const queued = await call('POST', '/v2/standard-group-products', groupProductBody({ nowMs }));
			const requestId = String(queued.body.requestId);
			const poll = (query: string) => call('GET', `/v2/standard-group-products/status?${query}`);

			const first = await poll(`type=CREATE&requestId=${requestId}`);
			assert.equal(first.status, 200, JSON.stringify(first.body));
			assert.equal(progress(first).state, 'IN_PROGRESS');
			assert.ok(Number(progress(first).progress) > 0 && Number(progress(first).progress) < 100);

			// Without requestId: the latest request.
			const second = await poll('type=CREATE');
			assert.equal(progress(second).state, 'COMPLETED');
			assert.equal(progress(second).progress, 100);
			assert.equal(second.body.requestId, requestId);
			const productNos = second.body.productNos as Json[];
			assert.equal(productNos.length, 3);
			assert.equal(typeof second.body.groupProductNo, 'number');
			const read = await call('GET', `/v2/standard-group-products/${second.body.groupProductNo}`);
			assert.equal(read.status, 200);

			// Done stays done; an unknown request or a type it is not is not found.
			assert.equal(progress(await poll(`requestId=${requestId}`)).state, 'COMPLETED');
			assert.equal((await poll('requestId=00000000-0000-4000-a000-000000000000')).status, 404);
			assert.equal((await poll(`type=UPDATE&requestId=${requestId}`)).status, 404);
		},
	);

	test('a completed group reads back whole; its products are origin products with the group', async () => {
		const done = await registerNow(groupProductBody({ nowMs, full: true }));
		assert.equal(done.status, 200, JSON.stringify(done.body));
		assert.equal(progress(done).state, 'COMPLETED', JSON.stringify(progress(done)));
		const groupProductNo = done.body.groupProductNo as number;
		const productNos = done.body.productNos as Array<Record<string, number>>;
		assert.equal(productNos.length, 3);
		assert.ok(productNos.every((numbers) => numbers.windowChannelProductNo > 0));
		assert.deepEqual(
			(done.body.standardPurchaseOptionsIds as Json[]).map(
				(entry) => entry.standardPurchaseOptionsIds,
			),
			[
				[
					{ optionId: 1001, valueName: '블랙' },
					{ optionId: 1002, valueName: 'M' },
				],
				[
					{ optionId: 1001, valueName: '블랙' },
					{ optionId: 1002, valueName: 'L' },
				],
				[
					{ optionId: 1001, valueName: '화이트' },
					{ optionId: 1002, valueName: 'M' },
				],
			],
		);

		const read = await call('GET', `/v2/standard-group-products/${groupProductNo}`);
		assert.equal(read.status, 200);
		const group = read.body.groupProduct as Json;
		assert.equal(group.name, '에뮬레이터 쿨 반팔 티셔츠');
		assert.equal(group.guideId, 200_001);
		assert.equal(group.commonDetailContent, '<p>시원한 소재의 반팔 티셔츠입니다.</p>');
		// The fashion model's details, which the request names by ID only.
		assert.deepEqual((group.productSize as Json).productFashionModels, [
			{
				modelId: 7102,
				name: '박지훈',
				height: 183,
				weight: 72,
				top: '105',
				bottom: '32',
				shoe: '275',
			},
		]);
		const specifics = group.specificProducts as Json[];
		assert.deepEqual(
			specifics.map((specific) => specific.productName),
			[
				'에뮬레이터 쿨 반팔 티셔츠 블랙 M',
				'에뮬레이터 쿨 반팔 티셔츠 블랙 L',
				'에뮬레이터 쿨 반팔 티셔츠 화이트 M',
			],
		);
		assert.deepEqual(
			specifics.map((specific) => (specific.smartstoreChannelProduct as Json).channelProductNo),
			productNos.map((numbers) => numbers.smartstoreChannelProductNo),
		);
		assert.equal((specifics[0].windowChannelProduct as Json).channelProductDisplayStatusType, 'ON');
		assert.equal(specifics[0].detailContentTempId, undefined);

		const origin = await call(
			'GET',
			`/v2/products/origin-products/${productNos[0].originProductNo}`,
		);
		assert.equal(origin.status, 200);
		assert.deepEqual(origin.body.groupProduct, {
			groupProductNo,
			leafCategoryId: '50000830',
			groupProductName: '에뮬레이터 쿨 반팔 티셔츠',
		});
		const originProduct = origin.body.originProduct as Json;
		assert.equal(originProduct.name, '에뮬레이터 쿨 반팔 티셔츠 블랙 M');
		assert.equal(originProduct.salePrice, 19900);
		assert.equal(originProduct.stockQuantity, 20);
		assert.equal((origin.body.smartstoreChannelProduct as Json).bbsSeq, 53_100_005);
		assert.equal(
			sellerNoticeStateOf(emulator.store).applied.get(productNos[0].smartstoreChannelProductNo),
			53_100_005,
		);

		const search = await call('POST', '/v1/products/search', {
			searchKeywordType: 'GROUP_PRODUCT_NO',
			groupProductNos: [groupProductNo],
		});
		assert.equal(search.body.totalElements, 3);
	});

	test('a change keeps the numbers, adds a new combination, keeps stock left out and sells out at 0', async () => {
		const done = await registerNow(groupProductBody({ nowMs }));
		const groupProductNo = done.body.groupProductNo as number;
		const numbers = (done.body.productNos as Array<Record<string, number>>).map(
			(entry) => entry.originProductNo,
		);
		const read = await call('GET', `/v2/standard-group-products/${groupProductNo}`);
		const body = updateBodyFrom(read.body);
		const specifics = (body.groupProduct as Json).specificProducts as Json[];
		assert.deepEqual(
			specifics.map((specific) => specific.originProductNo),
			numbers,
		);
		assert.equal(specifics[0].productName, undefined);
		delete specifics[0].stockQuantity;
		specifics[1].stockQuantity = 0;
		specifics[2].salePrice = 25900;
		const added = structuredClone(specifics[2]);
		delete added.originProductNo;
		delete (added.smartstoreChannelProduct as Json).channelProductNo;
		added.standardPurchaseOptions = [
			{ optionId: 1001, valueName: '네이비' },
			{ optionId: 1002, valueName: 'XL' },
		];
		added.stockQuantity = 7;
		specifics.push(added);
		(body.groupProduct as Json).name = '에뮬레이터 쿨 반팔 티셔츠 2025';

		const changed = await call('PUT', `/v2/standard-group-products/${groupProductNo}`, body);
		assert.equal(progress(changed).state, 'COMPLETED', JSON.stringify(progress(changed)));
		assert.equal(changed.body.groupProductNo, groupProductNo);
		const after = (changed.body.productNos as Array<Record<string, number>>).map(
			(entry) => entry.originProductNo,
		);
		assert.deepEqual(after.slice(0, 3), numbers);
		assert.equal(after.length, 4);

		const product = (number: number) => productCatalogue(emulator.store).byOriginProductNo(number)!;
		assert.equal(product(numbers[0]).originProduct.stockQuantity, 20);
		assert.equal(product(numbers[1]).originProduct.statusType, 'OUTOFSTOCK');
		assert.equal(product(numbers[2]).originProduct.salePrice, 25900);
		assert.equal(product(after[3]).originProduct.name, '에뮬레이터 쿨 반팔 티셔츠 2025 네이비 XL');
		assert.equal(product(after[3]).originProduct.stockQuantity, 7);
		// Left out of the change, the common detail page stays.
		assert.equal(
			product(numbers[0]).originProduct.detailContent,
			'<p>시원한 소재의 반팔 티셔츠입니다.</p>',
		);
		const reread = await call('GET', `/v2/standard-group-products/${groupProductNo}`);
		assert.equal(((reread.body.groupProduct as Json).specificProducts as Json[]).length, 4);
	});

	test('the rules of the pages fail a request, naming the inputs at fault', async () => {
		const body = groupProductBody({ nowMs, full: true });
		const group = body.groupProduct as Json;
		const specifics = group.specificProducts as Json[];
		specifics[0].originProductNo = 10_000_000_000;
		specifics[1].stockQuantity = 0;
		specifics[1].standardPurchaseOptions = [
			{ optionId: 1001, valueName: '블랙', colorCodes: ['black'] },
		];
		specifics[2].images = { representativeImage: { url: 'https://example.com/not-uploaded.jpg' } };
		specifics[2].saleStartDate = '2026-12-01T10:30:00.000+09:00';
		(group.productSize as Json).productFashionModels = [{ modelId: 1 }];
		(group.smartstoreGroupChannel as Json).bbsSeq = 1;
		const failed = await registerNow(body);
		assert.equal(failed.status, 200);
		assert.equal(progress(failed).state, 'FAILED');
		assert.equal(progress(failed).progress, 100);
		assert.equal(typeof progress(failed).errorMessage, 'string');
		assert.deepEqual(invalidNames(failed).sort(), [
			'groupProduct.productSize.productFashionModels[0].modelId',
			'groupProduct.smartstoreGroupChannel.bbsSeq',
			'groupProduct.specificProducts[0].originProductNo',
			'groupProduct.specificProducts[1].standardPurchaseOptions',
			// Not #RRGGBB, and not the colour 블랙 has on the other product.
			'groupProduct.specificProducts[1].standardPurchaseOptions[0].colorCodes',
			'groupProduct.specificProducts[1].standardPurchaseOptions[0].colorCodes',
			'groupProduct.specificProducts[1].stockQuantity',
			'groupProduct.specificProducts[2].images',
			'groupProduct.specificProducts[2].saleStartDate',
		]);
		assert.equal(failed.body.groupProductNo, undefined);

		// Colour chips on some products only.
		const someChips = groupProductBody({ nowMs, full: true });
		const chipless = ((someChips.groupProduct as Json).specificProducts as Json[])[2];
		delete (chipless.standardPurchaseOptions as Json[])[0].colorCodes;
		assert.deepEqual(invalidNames(await registerNow(someChips)), ['groupProduct.specificProducts']);

		// A guide the category does not offer; a NUMBER option without its unit.
		const food = groupProductBody({ nowMs, combinations: [['블랙', 'M']] });
		Object.assign(food.groupProduct as Json, {
			leafCategoryId: '50000803',
			guideId: 200_001,
			productInfoProvidedNotice: sampleNotice('FOOD', 0, nowMs),
		});
		assert.deepEqual(invalidNames(await registerNow(food)), ['groupProduct.guideId']);
		(food.groupProduct as Json).guideId = 200_041;
		((food.groupProduct as Json).specificProducts as Json[])[0].standardPurchaseOptions = [
			{ optionId: 1005, valueName: '5키로' },
		];
		assert.deepEqual(invalidNames(await registerNow(food)), [
			'groupProduct.specificProducts[0].standardPurchaseOptions[0].valueName',
		]);
		((food.groupProduct as Json).specificProducts as Json[])[0].standardPurchaseOptions = [
			{ optionId: 1005, valueName: '5kg' },
		];
		assert.equal(progress(await registerNow(food)).state, 'COMPLETED');

		// Neither a common detail page nor a temporary one on every product.
		const noDetail = groupProductBody({ nowMs });
		delete (noDetail.groupProduct as Json).commonDetailContent;
		assert.deepEqual(invalidNames(await registerNow(noDetail)), [
			'groupProduct.commonDetailContent',
		]);

		// N판매자배송 without its warehouse; a display name over 100 characters.
		const delivery = groupProductBody({ nowMs, full: true });
		const [withoutWarehouse, longName] = (delivery.groupProduct as Json).specificProducts as Json[];
		delete (withoutWarehouse.deliveryInfo as Json).outboundLocationId;
		(withoutWarehouse.deliveryInfo as Json).deliveryAttributeType = 'SELLER_GUARANTEE';
		(longName.smartstoreChannelProduct as Json).promotionText = '가'.repeat(90);
		assert.deepEqual(invalidNames(await registerNow(delivery)), [
			'groupProduct.specificProducts[0].deliveryInfo.outboundLocationId',
			'groupProduct.specificProducts[1].smartstoreChannelProduct.promotionText',
		]);

		// A change must list every product of the group, and not change a release date.
		const created = await registerNow(groupProductBody({ nowMs, full: true }));
		const groupPath = `/v2/standard-group-products/${created.body.groupProductNo}`;
		const read = await call('GET', groupPath);
		const change = updateBodyFrom(read.body);
		const listed = (change.groupProduct as Json).specificProducts as Json[];
		listed.pop();
		listed[0].releaseDate = '2026-01-01';
		const refused = await call('PUT', groupPath, change);
		assert.equal(progress(refused).state, 'FAILED');
		assert.deepEqual(invalidNames(refused), [
			'groupProduct.specificProducts[0].releaseDate',
			'groupProduct.specificProducts',
		]);
		assert.equal(refused.body.groupProductNo, created.body.groupProductNo);
		// Left out, the release date stays.
		const kept = updateBodyFrom(read.body);
		delete ((kept.groupProduct as Json).specificProducts as Json[])[0].releaseDate;
		const accepted = await call('PUT', groupPath, kept);
		assert.equal(progress(accepted).state, 'COMPLETED', JSON.stringify(progress(accepted)));
		const releaseOf = (answer: { body: Json }) =>
			((answer.body.groupProduct as Json).specificProducts as Json[])[0].releaseDate;
		assert.equal(releaseOf(await call('GET', groupPath)), releaseOf(read));
	});

	test('a body that breaks the contract is refused up front and queues nothing', async () => {
		const before = contractFindings.length;
		const body = groupProductBody({ nowMs });
		delete (body.groupProduct as Json).guideId;
		const refused = await call('POST', '/v2/standard-group-products', body);
		assert.equal(refused.status, 400);
		assert.equal(refused.body.code, 'BAD_REQUEST');
		assert.deepEqual(
			(refused.body.invalidInputs as Array<{ name: string }>).map((input) => input.name),
			['groupProduct.guideId'],
		);
		assert.equal(groupProductStateOf(emulator.store).jobs.length, 0);
		const recorded = contractFindings.slice(before);
		assert.deepEqual(
			recorded.map((finding) => finding.direction),
			['request'],
		);
	});

	test('detail pages per product: temporary contents, each product its own', async () => {
		const ids: number[] = [];
		for (const colour of ['블랙', '블랙', '화이트']) {
			const saved = await call('POST', '/v2/standard-group-products/temp-detail-content', {
				content: `<p>${colour} 상세</p>`,
			});
			assert.equal(saved.status, 200);
			assert.equal(saved.body.content, `<p>${colour} 상세</p>`);
			ids.push(saved.body.detailContentTempId as number);
		}
		assert.equal(new Set(ids).size, 3);
		const body = groupProductBody({ nowMs });
		delete (body.groupProduct as Json).commonDetailContent;
		((body.groupProduct as Json).specificProducts as Json[]).forEach((specific, index) => {
			specific.detailContentTempId = ids[index];
		});
		const done = await registerNow(body);
		assert.equal(progress(done).state, 'COMPLETED', JSON.stringify(progress(done)));
		const numbers = (done.body.productNos as Array<Record<string, number>>).map(
			(entry) => entry.originProductNo,
		);
		assert.deepEqual(
			numbers.map(
				(number) =>
					productCatalogue(emulator.store).byOriginProductNo(number)!.originProduct.detailContent,
			),
			['<p>블랙 상세</p>', '<p>블랙 상세</p>', '<p>화이트 상세</p>'],
		);
		const read = await call('GET', `/v2/standard-group-products/${done.body.groupProductNo}`);
		assert.equal((read.body.groupProduct as Json).commonDetailContent, undefined);
	});

	test('deleting a group deletes its products', async () => {
		const done = await registerNow(groupProductBody({ nowMs }));
		const groupProductNo = done.body.groupProductNo as number;
		const numbers = (done.body.productNos as Array<Record<string, number>>).map(
			(entry) => entry.originProductNo,
		);
		const deleted = await call('DELETE', `/v2/standard-group-products/${groupProductNo}`);
		assert.equal(deleted.status, 200);
		assert.equal(deleted.body.code, 'SUCCESS');
		assert.equal((await call('GET', `/v2/standard-group-products/${groupProductNo}`)).status, 404);
		for (const number of numbers) {
			assert.equal((await call('GET', `/v2/products/origin-products/${number}`)).status, 404);
		}
		const again = await call('DELETE', `/v2/standard-group-products/${groupProductNo}`);
		assert.equal(again.status, 404);
		assert.equal(again.body.code, 'NOT_FOUND');
	});

	test('no answer broke the contract', () => {
		const answers = contractFindings
			.slice(findingsBefore)
			.filter((finding) => finding.direction === 'response');
		assert.deepEqual(answers, []);
	});
});
