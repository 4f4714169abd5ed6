type Json = Record<string, unknown>;

/** An image URL for the registration; the test adds it to the emulator's issued URLs. */
export const REGISTRATION_IMAGE =
	'https://shop-phinf.pstatic.net/20261201_1/emulator-registration.jpg';

/**
 * A product registration (POST /v2/products) as the node's Create sends it: a T-shirt (leaf
 * category 50000830) with a WEAR notice answered as Create does, free delivery and one image, which
 * the emulator must have issued (add REGISTRATION_IMAGE to issuedImageUrls first). `detail` is
 * merged into detailAttribute, `delivery` into deliveryInfo.
 */
export function registration(detail: Json = {}, delivery: Json = {}): Json {
	return {
		originProduct: {
			statusType: 'SALE',
			leafCategoryId: '50000830',
			name: '에뮬레이터 등록 테스트',
			detailContent: '<p>등록 테스트</p>',
			images: { representativeImage: { url: REGISTRATION_IMAGE } },
			salePrice: 19900,
			stockQuantity: 30,
			deliveryInfo: {
				deliveryType: 'DELIVERY',
				deliveryAttributeType: 'NORMAL',
				deliveryCompany: 'CJGLS',
				deliveryFee: { deliveryFeeType: 'FREE' },
				claimDeliveryInfo: { returnDeliveryFee: 3000, exchangeDeliveryFee: 6000 },
				...delivery,
			},
			detailAttribute: {
				afterServiceInfo: {
					afterServiceTelephoneNumber: '02-1234-5678',
					afterServiceGuideContent: '고객센터로 문의해 주세요.',
				},
				originAreaInfo: { originAreaCode: '00' },
				minorPurchasable: true,
				productInfoProvidedNotice: {
					productInfoProvidedNoticeType: 'WEAR',
					// As Product → Create answers it: the five legal clauses by their statutory code 0,
					// the text fields (packDateText for the month) 'see the detail page'.
					wear: {
						...Object.fromEntries(
							[
								'returnCostReason',
								'noRefundReason',
								'qualityAssuranceStandard',
								'compensationProcedure',
								'troubleShootingContents',
							].map((field) => [field, '0']),
						),
						...Object.fromEntries(
							[
								'material',
								'color',
								'size',
								'manufacturer',
								'caution',
								'warrantyPolicy',
								'afterServiceDirector',
								'packDateText',
							].map((field) => [field, '상품상세 참조']),
						),
					},
				},
				...detail,
			},
		},
		smartstoreChannelProduct: {
			naverShoppingRegistration: true,
			channelProductDisplayStatusType: 'ON',
		},
	};
}

/**
 * A JSON call to the emulator with a token, as the emulator tests that register and update
 * products make it: the status and the parsed answer.
 */
export async function callEmulator(
	baseUrl: string,
	token: string,
	method: string,
	path: string,
	body?: unknown,
): Promise<{ status: number; text: string; body: Json }> {
	const response = await fetch(`${baseUrl}${path}`, {
		method,
		headers: {
			Authorization: `Bearer ${token}`,
			...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	// Some answers have no body (a notice deleted, same-day dispatch set): the text is kept for
	// those tests, and the JSON is {}.
	const text = await response.text();
	return { status: response.status, text, body: (text ? JSON.parse(text) : {}) as Json };
}
