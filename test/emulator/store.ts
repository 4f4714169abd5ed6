import { formatKst } from './kst';

/** A seller's store as the emulator serves it: account, channels and product orders. */

export interface SellerAccount {
	accountId: string;
	accountUid: string;
	grade: string;
}

export interface ProductOrder {
	orderId: string;
	productOrderId: string;
	lastChangedType: string;
	lastChangedMs: number;
	paymentMs: number;
	productOrderStatus: string;
	claimType?: string;
	claimStatus?: string;
	receiverAddressChanged: boolean;
	/** A product shipped by a fulfillment centre (풀필먼트); every tenth seeded order. */
	fulfillment?: boolean;
	productName: string;
	quantity: number;
	unitPrice: number;
	placeOrderStatus: 'NOT_YET' | 'OK' | 'CANCEL';
	/** Set by dispatch. */
	delivery?: {
		deliveryMethod: string;
		deliveryCompany?: string;
		trackingNumber?: string;
		sendDate: string;
	};
	/** Set by delay dispatch. */
	shippingDueMs?: number;
	delayedDispatchReason?: string;
	delayedDispatchDetailedReason?: string;
	/** When the order was confirmed (발주 확인), by Confirm or Dispatch. */
	placeOrderMs?: number;
	/** Set by Change Hope Delivery (배송 희망일 변경); until then the buyer's choice applies. */
	hopeDelivery?: HopeDelivery;
}

/** A product order's hope delivery (productOrder.hopeDelivery of product-orders/query). */
export interface HopeDelivery {
	/** Absent for N희망일배송, which takes neither a region nor a time (104450). */
	region?: string;
	additionalFee: number;
	hopeDeliveryYmd: string;
	hopeDeliveryHm?: string;
	changeReason: string;
	/** 구매자, 판매자 or 판매자 API, as the reference lists who may change it. */
	changer: string;
}

export interface Store {
	account: SellerAccount;
	channels: Array<Record<string, unknown>>;
	productOrders: ProductOrder[];
}

/** mulberry32: a small seeded generator, so every run of the emulator serves the same store. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const PRODUCTS = [
	{ name: '제주 감귤 5kg', price: 19900 },
	{ name: '무선 블루투스 이어폰', price: 39000 },
	{ name: '유기농 현미 10kg', price: 32000 },
	{ name: '스테인리스 텀블러 500ml', price: 15800 },
	{ name: '면 100% 반팔 티셔츠', price: 12900 },
];

// Each change type with the status a product order has after it.
const CHANGES: Array<{ type: string; status: string; claimType?: string; claimStatus?: string }> = [
	{ type: 'PAYED', status: 'PAYED' },
	{ type: 'PAYED', status: 'PAYED' },
	{ type: 'PAYED', status: 'PAYED' },
	{ type: 'DISPATCHED', status: 'DELIVERING' },
	{ type: 'DISPATCHED', status: 'DELIVERING' },
	{ type: 'PURCHASE_DECIDED', status: 'PURCHASE_DECIDED' },
	{ type: 'CLAIM_REQUESTED', status: 'PAYED', claimType: 'CANCEL', claimStatus: 'CANCEL_REQUEST' },
	{ type: 'CLAIM_COMPLETED', status: 'CANCELED', claimType: 'CANCEL', claimStatus: 'CANCEL_DONE' },
	{ type: 'DELIVERY_ADDRESS_CHANGED', status: 'PAYED' },
];

function pad(value: number, width: number): string {
	return String(value).padStart(width, '0');
}

/** The account the emulator's one store belongs to (and every caller's, without storePerSeller). */
export const DEFAULT_SELLER_ACCOUNT: SellerAccount = {
	accountId: 'emulator_store',
	accountUid: 'ncp_1emulatorStoreUid01',
	grade: 'BIG_POWER',
};

/** Product order and order numbers of one ID space: 1,000,000 numbers apart (see seedStore). */
const ID_SPACE_SIZE = 1_000_000;
const MAX_ID_SPACES = 79;

/**
 * Product orders changed over the `spanHours` before `nowMs`. Changes fall on whole seconds and
 * some share a timestamp, as bursts do on Naver, so paging must tell them apart.
 *
 * `idSpace` (default 0) shifts the numbers of product orders and orders, so that several stores of
 * one emulator (storePerSeller) hold disjoint IDs, as Naver's are unique across stores: store k
 * numbers its product orders from date + (20,000,000 + k × 1,000,000). `paidOrdersOnly` makes
 * every product order a new paid one (PAYED, not yet confirmed, no claim): a morning's orders
 * waiting for 발주 확인. The random sequence is the same either way, so the times and products
 * of a seed do not change with it.
 */
export function seedStore(options: {
	seed: number;
	nowMs: number;
	productOrders: number;
	spanHours: number;
	account?: SellerAccount;
	idSpace?: number;
	paidOrdersOnly?: boolean;
}): Store {
	const idSpace = options.idSpace ?? 0;
	if (idSpace < 0 || idSpace > MAX_ID_SPACES || !Number.isInteger(idSpace))
		throw new Error(`idSpace must be a whole number from 0 to ${MAX_ID_SPACES}`);
	if (idSpace > 0 && options.productOrders * 13 >= ID_SPACE_SIZE)
		throw new Error(`A store of another ID space holds fewer than ${ID_SPACE_SIZE / 13} orders`);
	const idBase = idSpace * ID_SPACE_SIZE;
	const random = seededRandom(options.seed);
	const productOrders: ProductOrder[] = [];
	const spanMs = options.spanHours * 3_600_000;
	const startMs = options.nowMs - spanMs;
	const stepMs = spanMs / options.productOrders;
	let changedMs = startMs;
	for (let index = 0; index < options.productOrders; index++) {
		// Spread evenly over the span, on whole seconds; one change in five shares the previous
		// change's timestamp.
		if (index === 0 || random() >= 0.2) {
			changedMs = Math.floor((startMs + (index + random() * 0.9) * stepMs) / 1000) * 1000;
		}
		const drawn = CHANGES[Math.floor(random() * CHANGES.length)];
		const change = options.paidOrdersOnly ? CHANGES[0] : drawn;
		const product = PRODUCTS[Math.floor(random() * PRODUCTS.length)];
		const date = formatKst(changedMs).slice(0, 10).replace(/-/g, '');
		// Every third order has two product orders (two lines of one basket).
		const orderId = `${date}${pad(10000000 + idBase + (index - (index % 3 === 1 ? 1 : 0)) * 7, 8)}`;
		productOrders.push({
			orderId,
			productOrderId: `${date}${pad(20000000 + idBase + index * 13, 8)}`,
			lastChangedType: change.type,
			lastChangedMs: changedMs,
			paymentMs: changedMs - Math.floor(random() * 3_600_000),
			productOrderStatus: change.status,
			claimType: change.claimType,
			claimStatus: change.claimStatus,
			receiverAddressChanged: change.type === 'DELIVERY_ADDRESS_CHANGED',
			fulfillment: index % 10 === 4,
			productName: product.name,
			quantity: 1 + Math.floor(random() * 3),
			unitPrice: product.price,
			placeOrderStatus: change.status === 'PAYED' ? 'NOT_YET' : 'OK',
		});
	}
	productOrders.sort(
		(a, b) => a.lastChangedMs - b.lastChangedMs || a.productOrderId.localeCompare(b.productOrderId),
	);
	const account = options.account ?? DEFAULT_SELLER_ACCOUNT;
	return {
		account: { ...account },
		channels: [
			{
				channelNo: 100000001 + idSpace,
				channelType: 'STOREFARM',
				name: idSpace === 0 ? '에뮬레이터 스토어' : `에뮬레이터 스토어 ${idSpace}`,
				url: `https://smartstore.naver.com/${account.accountId}`,
				representativeImageUrl: 'https://shop-phinf.pstatic.net/emulator/store_logo.png',
				talkTalkAccountId: 'w4emul',
			},
		],
		productOrders,
	};
}

/**
 * The store's hope-delivery group (희망일배송 그룹, hope-delivery-groups.GET.md): the regions it
 * delivers to with the extra fee of each, and how many days after payment a buyer may choose. The
 * emulator's choice of values; the change route holds changes to it.
 */
export const HOPE_DELIVERY_GROUP = {
	hopeEndDay: 30,
	regions: [
		{ regionName: '수도권', expectationDeliveryFee: 0 },
		{ regionName: '충청권', expectationDeliveryFee: 10000 },
		{ regionName: '영남권', expectationDeliveryFee: 15000 },
	],
};

/**
 * Which product orders were sold with hope delivery: kind 3 of productOrderDetails (one in seven,
 * by number), of which one in three is N희망일배송 (HOPE_SELLER_GUARANTEE), the rest 희망일배송 (HOPE).
 */
export function hopeDeliveryTypeOf(
	order: ProductOrder,
): 'HOPE' | 'HOPE_SELLER_GUARANTEE' | undefined {
	if (Number(order.productOrderId.slice(-3)) % 7 !== 3) return undefined;
	return Number(order.productOrderId.slice(-4, -3)) % 3 === 0 ? 'HOPE_SELLER_GUARANTEE' : 'HOPE';
}

/** A product order's hope delivery as it stands: changed by the seller, or as the buyer chose it. */
export function hopeDeliveryOf(order: ProductOrder): HopeDelivery | undefined {
	const type = hopeDeliveryTypeOf(order);
	if (!type) return undefined;
	if (order.hopeDelivery) return order.hopeDelivery;
	const day = (days: number) =>
		formatKst(order.paymentMs + days * 24 * HOUR_MS)
			.slice(0, 10)
			.replace(/-/g, '');
	return type === 'HOPE'
		? {
				region: '수도권',
				additionalFee: 0,
				hopeDeliveryYmd: day(3),
				hopeDeliveryHm: '1400',
				changeReason: '',
				changer: '구매자',
			}
		: { additionalFee: 0, hopeDeliveryYmd: day(4), changeReason: '', changer: '구매자' };
}

/** A change record as last-changed-statuses returns it. */
export function changeRecord(order: ProductOrder): Record<string, unknown> {
	return {
		orderId: order.orderId,
		productOrderId: order.productOrderId,
		lastChangedType: order.lastChangedType,
		paymentDate: formatKst(order.paymentMs),
		lastChangedDate: formatKst(order.lastChangedMs),
		productOrderStatus: order.productOrderStatus,
		...(order.claimType ? { claimType: order.claimType, claimStatus: order.claimStatus } : {}),
		receiverAddressChanged: order.receiverAddressChanged,
		...(isGift(order) ? { giftReceivingStatus: 'RECEIVED' } : {}),
	};
}

/** Every seventh product order is a gift (선물하기) that its recipient accepted. */
function isGift(order: ProductOrder): boolean {
	return Number(order.productOrderId.slice(-3)) % 7 === 2;
}

/** What a claim adds to a product order's details (the claims route keeps these as ClaimRecord). */
export interface ClaimDetails {
	claimId: string;
	claimType: string;
	requestChannel: string;
	claimRequestMs: number;
	reason?: string;
	detailedReason?: string;
	requestQuantity: number;
	collectDeliveryMethod?: string;
	collectDeliveryCompany?: string;
	collectTrackingNumber?: string;
	holdbackStatus?: string;
	holdbackReason?: string;
	holdbackDetailedReason?: string;
	extraFeeAmount?: number;
	rejectReason?: string;
	reDeliveryMethod?: string;
	reDeliveryCompany?: string;
	reDeliveryTrackingNumber?: string;
	completedMs?: number;
}

const HOUR_MS = 3_600_000;

/** The buyer's address as Naver returns one (shippingAddress, collectAddress, …). */
function address(name: string): Record<string, unknown> {
	return {
		addressType: 'DOMESTIC',
		baseAddress: '서울특별시 중구 세종대로 110',
		detailedAddress: '1층',
		zipCode: '04524',
		city: '서울특별시',
		state: '중구',
		country: '대한민국',
		name,
		tel1: '010-0000-0000',
		tel2: '02-000-0000',
		isRoadNameAddress: true,
	};
}

/** A delivery address, with the door details Naver adds for a home delivery. */
function shippingAddress(name: string): Record<string, unknown> {
	return {
		...address(name),
		pickupLocationType: 'FRONT_OF_DOOR',
		pickupLocationContent: '',
		entryMethod: 'LOBBY_PW',
		entryMethodContent: '#1234',
		buildingManagementNo: '1114010300100010000000001',
		longitude: '126.9779692',
		latitude: '37.5662952',
	};
}

/** The store's return address (returnReceiveAddress). */
const STORE_ADDRESS = {
	...address('에뮬레이터 스토어'),
	baseAddress: '경기도 성남시 분당구 정자일로 95',
	detailedAddress: '물류센터',
	zipCode: '13561',
	city: '경기도',
	state: '성남시 분당구',
	logisticsCenterId: 'EMU-LC-1',
};

/**
 * A product order's details as product-orders/query and the conditional search return them: the
 * fields Naver documents for a product order in its state (order, productOrder with amounts,
 * discounts, commissions and dates, delivery once dispatched, the claim object of its claim type).
 * Amounts follow from quantity and unit price; the commission rates are the emulator's choice.
 */
export function productOrderDetails(
	order: ProductOrder,
	claim?: ClaimDetails,
	/** product-orders/query puts the claim object at the top and in currentClaim; the conditional
	 * search documents it only in currentClaim. */
	shape: 'query' | 'search' = 'query',
): Record<string, unknown> {
	const amount = order.quantity * order.unitPrice;
	const paymentCommission = Math.round(amount * 0.0363);
	const saleCommission = Math.round(amount * 0.02);
	const dispatched = [
		'DELIVERING',
		'DELIVERED',
		'PURCHASE_DECIDED',
		'EXCHANGED',
		'RETURNED',
	].includes(order.productOrderStatus);
	const delivered = ['DELIVERED', 'PURCHASE_DECIDED', 'EXCHANGED', 'RETURNED'].includes(
		order.productOrderStatus,
	);
	const sendMs = dispatched ? Math.min(order.lastChangedMs, order.paymentMs + 20 * HOUR_MS) : 0;
	const delivery = order.delivery
		? { ...order.delivery }
		: dispatched
			? {
					deliveryMethod: 'DELIVERY',
					deliveryCompany: 'CJGLS',
					trackingNumber: `6${order.productOrderId.slice(-11)}`,
					sendDate: formatKst(sendMs),
				}
			: undefined;
	const optionIndex = Number(order.productOrderId.slice(-2)) % 3;
	// Order kinds Naver documents fields for, spread over the seed by the product order number.
	const kind = Number(order.productOrderId.slice(-3)) % 7;
	const couponDiscount = kind === 1 ? Math.min(1000, amount - 100) : 0;
	const hopeDelivery = hopeDeliveryOf(order);
	const details: Record<string, unknown> = {
		order: {
			orderId: order.orderId,
			orderDate: formatKst(order.paymentMs - 60_000),
			paymentDate: formatKst(order.paymentMs),
			paymentDueDate: formatKst(order.paymentMs - 60_000 + 3 * 24 * HOUR_MS),
			paymentMeans: '신용카드',
			payLocationType: 'MOBILE',
			ordererId: 'buyer***',
			ordererNo: `1${order.orderId.slice(-9)}`,
			ordererName: '홍길동',
			ordererTel: '010-0000-0000',
			isDeliveryMemoParticularInput: 'false',
			generalPaymentAmount: amount,
			naverMileagePaymentAmount: 0,
			chargeAmountPaymentAmount: 0,
			checkoutAccumulationPaymentAmount: 0,
			payLaterPaymentAmount: 0,
			orderDiscountAmount: 0,
			isMembershipSubscribed: false,
		},
		productOrder: {
			productOrderId: order.productOrderId,
			productOrderStatus: order.productOrderStatus,
			...(order.claimType ? { claimType: order.claimType, claimStatus: order.claimStatus } : {}),
			...(claim ? { claimId: claim.claimId } : {}),
			placeOrderStatus: order.placeOrderStatus,
			...(order.placeOrderStatus === 'OK'
				? { placeOrderDate: formatKst(order.placeOrderMs ?? order.paymentMs + HOUR_MS) }
				: {}),
			productId: `11${order.productOrderId.slice(-8)}`,
			originalProductId: `10${order.productOrderId.slice(-8)}`,
			merchantChannelId: '100000001',
			mallId: 'ncp_1emulatorStoreUid01',
			productName: order.productName,
			productClass: '단일상품',
			productOption: ['색상: 블랙', '색상: 화이트', '색상: 네이비'][optionIndex],
			optionCode: `30000000${optionIndex}`,
			optionManageCode: `OPT-${optionIndex}`,
			optionPrice: 0,
			sellerProductCode: `SKU-${order.productOrderId.slice(-5)}`,
			quantity: order.quantity,
			initialQuantity: order.quantity,
			remainQuantity: order.quantity,
			unitPrice: order.unitPrice,
			totalProductAmount: amount,
			initialProductAmount: amount,
			remainProductAmount: amount,
			totalPaymentAmount: amount,
			initialPaymentAmount: amount,
			remainPaymentAmount: amount,
			productDiscountAmount: 0,
			initialProductDiscountAmount: 0,
			remainProductDiscountAmount: 0,
			productImediateDiscountAmount: 0,
			initialProductImmediateDiscountAmount: 0,
			remainProductImmediateDiscountAmount: 0,
			productProductDiscountAmount: 0,
			initialProductProductDiscountAmount: 0,
			remainProductProductDiscountAmount: 0,
			productMultiplePurchaseDiscountAmount: 0,
			sellerBurdenDiscountAmount: 0,
			sellerBurdenImediateDiscountAmount: 0,
			initialSellerBurdenImmediateDiscountAmount: 0,
			remainSellerBurdenImmediateDiscountAmount: 0,
			sellerBurdenProductDiscountAmount: 0,
			initialSellerBurdenProductDiscountAmount: 0,
			remainSellerBurdenProductDiscountAmount: 0,
			sellerBurdenMultiplePurchaseDiscountAmount: 0,
			sellerBurdenStoreDiscountAmount: 0,
			deliveryFeeAmount: 0,
			deliveryDiscountAmount: 0,
			sectionDeliveryFee: 0,
			deliveryPolicyType: '무료',
			shippingFeeType: '무료',
			expectedDeliveryMethod: 'DELIVERY',
			expectedDeliveryCompany: 'CJGLS',
			deliveryAttributeType: 'NORMAL',
			packageNumber: `P${order.orderId.slice(-10)}`,
			shippingAddress: shippingAddress('홍길동'),
			shippingMemo: '문 앞에 놓아 주세요.',
			shippingStartDate: formatKst(order.paymentMs),
			shippingDueDate: formatKst(order.shippingDueMs ?? order.paymentMs + 3 * 24 * HOUR_MS),
			...(order.delayedDispatchReason
				? {
						delayedDispatchReason: order.delayedDispatchReason,
						delayedDispatchDetailedReason: order.delayedDispatchDetailedReason,
					}
				: {}),
			...(order.productOrderStatus === 'PURCHASE_DECIDED'
				? { decisionDate: formatKst(order.lastChangedMs) }
				: {}),
			commissionRatingType: '일반',
			commissionPrePayStatus: 'GENERAL_PRD',
			paymentCommission,
			saleCommission,
			channelCommission: 0,
			knowledgeShoppingSellingInterlockCommission: 0,
			expectedSettlementAmount: amount - paymentCommission - saleCommission,
			inflowPath: '네이버쇼핑',
			inflowPathAdd: '검색',
			itemNo: `3${order.productOrderId.slice(-9)}`,
			taxType: 'TAXATION',
			freeGift: '',
			logisticsDirectContracted: false,
			sellerCustomCode1: 'EMU',
			sellerCustomCode2: order.productOrderId.slice(-4),
			individualCustomUniqueCode: '',
			groupProductId: 5000 + optionIndex,
			sellerBurdenMultiplePurchaseDiscountType: 'QUANTITY',
			...(kind === 1
				? {
						// A Naver product coupon: what the buyer paid is the amount less the coupon.
						appliedCoupons: [
							{
								couponPublishNumber: `C${order.productOrderId.slice(-9)}`,
								couponClassCode: 'NMP_PRD_DCNT',
								couponDiscountAmount: couponDiscount,
								naverBurdenRatio: 0,
							},
						],
						appliedCardPromotion: {
							promotionName: '에뮬레이터 카드 즉시할인',
							cardCompanyName: '에뮬카드',
							promotionApplyAmount: 0,
							brandCompanyBurdenRatio: 0,
						},
					}
				: {}),
			...(isGift(order) ? { giftReceivingStatus: 'RECEIVED' } : {}),
			...(order.fulfillment
				? {
						// Shipped from a fulfillment centre: its stock units and the guaranteed arrival.
						logisticsCompanyId: 'EMU-FF',
						logisticsCenterId: 'EMU-LC-1',
						storageType: 'DRY',
						deliveryTagType: 'TOMORROW',
						arrivalGuaranteeDate: formatKst(order.paymentMs + 24 * HOUR_MS),
						skuMappings: [
							{
								nsId: `NS${order.productOrderId.slice(-8)}`,
								nsBarcode: `880${order.productOrderId.slice(-10)}`,
								pickingQuantityPerOrder: 1,
							},
						],
					}
				: {}),
			...(hopeDelivery
				? { deliveryAttributeType: hopeDeliveryTypeOf(order), hopeDelivery: { ...hopeDelivery } }
				: {}),
			...(kind === 4
				? { expectedDeliveryMethod: 'VISIT_RECEIPT', takingAddress: address('에뮬레이터 스토어') }
				: {}),
		},
	};
	if (couponDiscount > 0) {
		const productOrder = details.productOrder as Record<string, number>;
		productOrder.productDiscountAmount = couponDiscount;
		productOrder.initialProductDiscountAmount = couponDiscount;
		productOrder.remainProductDiscountAmount = couponDiscount;
		productOrder.productProductDiscountAmount = couponDiscount;
		productOrder.initialProductProductDiscountAmount = couponDiscount;
		productOrder.remainProductProductDiscountAmount = couponDiscount;
		productOrder.totalPaymentAmount = amount - couponDiscount;
		productOrder.initialPaymentAmount = amount - couponDiscount;
		productOrder.remainPaymentAmount = amount - couponDiscount;
		(details.order as Record<string, number>).generalPaymentAmount = amount - couponDiscount;
	}
	if (delivery) {
		details.delivery = {
			deliveryMethod: delivery.deliveryMethod,
			...(delivery.deliveryCompany ? { deliveryCompany: delivery.deliveryCompany } : {}),
			...(delivery.trackingNumber ? { trackingNumber: delivery.trackingNumber } : {}),
			sendDate: delivery.sendDate,
			pickupDate: delivery.sendDate,
			deliveryStatus: delivered ? 'DELIVERY_COMPLETION' : 'DELIVERING',
			...(delivered
				? { deliveredDate: formatKst(Date.parse(delivery.sendDate) + 24 * HOUR_MS) }
				: {}),
			// One seeded dispatch in seven was first registered with a tracking number the courier
			// did not know (오류 송장); Naver keeps the flag, when and why it was marked.
			...(kind === 6 && !order.delivery && delivery.deliveryCompany
				? {
						isWrongTrackingNumber: true,
						wrongTrackingNumberRegisteredDate: formatKst(sendMs + 2 * HOUR_MS),
						wrongTrackingNumberType: '송장번호 조회 불가',
					}
				: { isWrongTrackingNumber: false }),
		};
	}
	if (order.claimType) {
		// A claim the emulator did not see opened (one in the seeded store) gets what its status says.
		const done = /_DONE$/.test(order.claimStatus ?? '');
		const known: ClaimDetails = claim ?? {
			claimId: `7${order.productOrderId.slice(-8)}`,
			claimType: order.claimType,
			requestChannel: 'BUYER',
			claimRequestMs: order.lastChangedMs - (done ? 24 * HOUR_MS : 0),
			requestQuantity: order.quantity,
			...(done ? { completedMs: order.lastChangedMs } : {}),
			// A seeded exchange past collection has its replacement on the way, or delivered.
			...(['EXCHANGE_REDELIVERING', 'EXCHANGE_DONE'].includes(order.claimStatus ?? '')
				? {
						reDeliveryMethod: 'DELIVERY',
						reDeliveryCompany: 'CJGLS',
						reDeliveryTrackingNumber: `4${order.productOrderId.slice(-11)}`,
					}
				: {}),
		};
		const object = claimObject(order, known);
		if (shape === 'query') Object.assign(details, object);
		details.currentClaim = object;
		const completed: Array<Record<string, unknown>> = [];
		if (order.claimType === 'RETURN' && kind === 5) {
			// One return in seven (by number) follows an exchange the buyer finished before the
			// emulator's history: Naver shows that exchange as beforeClaim (직전 클레임) and among the
			// completed claims. The reference documents beforeClaim with an exchange only.
			const exchange = earlierExchange(order, known);
			details.beforeClaim = { exchange: claimObject(exchange.order, exchange.claim).exchange };
			completed.push(completedClaim(exchange.order, exchange.claim));
		}
		if (done || /_REJECT$/.test(order.claimStatus ?? ''))
			completed.push(completedClaim(order, known));
		if (completed.length > 0) details.completedClaims = completed;
		(details.productOrder as Record<string, unknown>).claimId ??= known.claimId;
	}
	return details;
}

/** The exchange a buyer finished before returning the item (seeded returns of one kind). */
function earlierExchange(
	order: ProductOrder,
	returnClaim: ClaimDetails,
): { order: ProductOrder; claim: ClaimDetails } {
	const requestedMs = returnClaim.claimRequestMs - 5 * 24 * HOUR_MS;
	return {
		order: { ...order, claimType: 'EXCHANGE', claimStatus: 'EXCHANGE_DONE' },
		claim: {
			claimId: `6${order.productOrderId.slice(-8)}`,
			claimType: 'EXCHANGE',
			requestChannel: 'BUYER',
			claimRequestMs: requestedMs,
			reason: 'COLOR_AND_SIZE',
			detailedReason: '사이즈 교환',
			requestQuantity: returnClaim.requestQuantity,
			collectDeliveryMethod: 'RETURN_DESIGNATED',
			reDeliveryMethod: 'DELIVERY',
			reDeliveryCompany: 'CJGLS',
			reDeliveryTrackingNumber: `4${order.productOrderId.slice(-11)}`,
			// Held back until the buyer paid the exchange fee, then released.
			holdbackStatus: 'RELEASED',
			holdbackReason: 'EXCHANGE_DELIVERYFEE',
			holdbackDetailedReason: '교환 배송비 입금 확인',
			completedMs: requestedMs + 3 * 24 * HOUR_MS,
		},
	};
}

/**
 * Naver pays the return or exchange fee of an order with guaranteed arrival (멤버십 도착보장:
 * the fulfillment orders here), and says so on the claim.
 */
function claimDeliveryFeeSupport(order: ProductOrder): Record<string, unknown> {
	return order.fulfillment
		? {
				claimDeliveryFeeSupportType: 'MEMBERSHIP_ARRIVAL_GUARANTEE',
				claimDeliveryFeeSupportAmount: 3000,
				membershipsArrivalGuaranteeClaimSupportingAmount: 3000,
			}
		: { membershipsArrivalGuaranteeClaimSupportingAmount: 0 };
}

/** The hold-back fields of a claim that was held back (보류), and released if it was. */
function holdbackFields(claim: ClaimDetails): Record<string, unknown> {
	if (!claim.holdbackStatus) return {};
	return {
		holdbackStatus: claim.holdbackStatus,
		holdbackReason: claim.holdbackReason,
		holdbackDetailedReason: claim.holdbackDetailedReason,
		holdbackConfigDate: formatKst(claim.claimRequestMs),
		holdbackConfigurer: '판매자',
		...(claim.holdbackStatus === 'RELEASED'
			? {
					holdbackReleaseDate: formatKst(claim.completedMs ?? claim.claimRequestMs + HOUR_MS),
					holdbackReleaser: '판매자',
				}
			: {}),
	};
}

/** The cancel, return or exchange object of a product order with a claim of that type. */
function claimObject(order: ProductOrder, claim: ClaimDetails): Record<string, unknown> {
	const common = {
		claimId: claim.claimId,
		claimStatus: order.claimStatus,
		claimRequestDate: formatKst(claim.claimRequestMs),
		requestChannel: claim.requestChannel === 'SELLER' ? '판매자' : '구매자',
		requestQuantity: claim.requestQuantity,
	};
	const done = claim.completedMs === undefined ? {} : { completed: formatKst(claim.completedMs) };
	if (claim.claimType === 'CANCEL') {
		return {
			cancel: {
				...common,
				cancelReason: claim.reason ?? 'INTENT_CHANGED',
				cancelDetailedReason: claim.detailedReason ?? '',
				...(done.completed
					? { cancelApprovalDate: done.completed, cancelCompletedDate: done.completed }
					: {}),
				refundExpectedDate: formatKst(claim.claimRequestMs + 2 * 24 * HOUR_MS),
				...refundStandby(order),
			},
		};
	}
	// A designated return courier is booked by Naver, which fills in courier and tracking number.
	const designated = (claim.collectDeliveryMethod ?? 'RETURN_DESIGNATED') === 'RETURN_DESIGNATED';
	const returnLike = {
		...common,
		...(designated && !claim.collectDeliveryCompany
			? {
					collectDeliveryCompany: 'CJGLS',
					collectTrackingNumber: `5${order.productOrderId.slice(-11)}`,
				}
			: {}),
		claimDeliveryFeeProductOrderIds: order.productOrderId,
		...claimDeliveryFeeSupport(order),
		collectAddress: address('홍길동'),
		returnReceiveAddress: STORE_ADDRESS,
		collectDeliveryMethod: claim.collectDeliveryMethod ?? 'RETURN_DESIGNATED',
		...(claim.collectDeliveryCompany
			? { collectDeliveryCompany: claim.collectDeliveryCompany }
			: {}),
		...(claim.collectTrackingNumber ? { collectTrackingNumber: claim.collectTrackingNumber } : {}),
		collectStatus: [
			'COLLECT_DONE',
			'RETURN_DONE',
			'EXCHANGE_REDELIVERING',
			'EXCHANGE_DONE',
		].includes(order.claimStatus ?? '')
			? 'DELIVERED'
			: 'COLLECT_WAITING',
		claimDeliveryFeeDemandAmount: 3000,
		claimDeliveryFeePayMeans: '환불금에서 차감',
		claimDeliveryFeePayMethod: '환불금에서 차감',
		claimDeliveryFeeDiscountAmount: 0,
		etcFeeDemandAmount: claim.extraFeeAmount ?? 0,
		etcFeePayMeans: '환불금에서 차감',
		etcFeePayMethod: '환불금에서 차감',
		remoteAreaCostChargeAmount: 0,
		...holdbackFields(claim),
	};
	if (claim.claimType === 'RETURN') {
		return {
			return: {
				...returnLike,
				returnReason: claim.reason ?? 'INTENT_CHANGED',
				returnDetailedReason: claim.detailedReason ?? '',
				refundExpectedDate: formatKst(claim.claimRequestMs + 3 * 24 * HOUR_MS),
				...refundStandby(order),
				returnImageUrl: [],
				...(done.completed
					? { collectCompletedDate: done.completed, returnCompletedDate: done.completed }
					: {}),
			},
		};
	}
	return {
		exchange: {
			...returnLike,
			exchangeReason: claim.reason ?? 'COLOR_AND_SIZE',
			exchangeDetailedReason: claim.detailedReason ?? '',
			exchangeImageUrl: [],
			reDeliveryAddress: address('홍길동'),
			...(claim.reDeliveryMethod
				? {
						reDeliveryMethod: claim.reDeliveryMethod,
						reDeliveryStatus:
							order.claimStatus === 'EXCHANGE_DONE' ? 'DELIVERY_COMPLETION' : 'DELIVERING',
						...(claim.reDeliveryCompany ? { reDeliveryCompany: claim.reDeliveryCompany } : {}),
						...(claim.reDeliveryTrackingNumber
							? { reDeliveryTrackingNumber: claim.reDeliveryTrackingNumber }
							: {}),
						reDeliveryOperationDate: formatKst(claim.completedMs ?? claim.claimRequestMs),
					}
				: {}),
			...(done.completed ||
			['COLLECT_DONE', 'EXCHANGE_REDELIVERING', 'EXCHANGE_DONE'].includes(order.claimStatus ?? '')
				? { collectCompletedDate: done.completed ?? formatKst(order.lastChangedMs) }
				: {}),
		},
	};
}

/** Whether the refund waits, and why: it waits while the item is on its way back. */
function refundStandby(order: ProductOrder): Record<string, unknown> {
	const waiting = ['RETURN_REQUEST', 'COLLECTING', 'CANCEL_REQUEST'].includes(
		order.claimStatus ?? '',
	);
	return waiting
		? { refundStandbyStatus: '환불 보류', refundStandbyReason: '수거 완료 전' }
		: { refundStandbyStatus: '환불 보류 없음', refundStandbyReason: '' };
}

/** A finished claim as completedClaims lists it. */
function completedClaim(order: ProductOrder, claim: ClaimDetails): Record<string, unknown> {
	const doneMs = claim.completedMs ?? order.lastChangedMs;
	return {
		claimType: claim.claimType,
		claimId: claim.claimId,
		claimStatus: order.claimStatus,
		claimRequestDate: formatKst(claim.claimRequestMs),
		requestChannel: claim.requestChannel === 'SELLER' ? '판매자' : '구매자',
		claimRequestReason:
			claim.reason ?? (claim.claimType === 'EXCHANGE' ? 'COLOR_AND_SIZE' : 'INTENT_CHANGED'),
		claimRequestDetailContent: claim.detailedReason ?? '',
		requestQuantity: claim.requestQuantity,
		refundExpectedDate: formatKst(claim.claimRequestMs + 2 * 24 * HOUR_MS),
		...refundStandby(order),
		claimRequestAdmissionDate: formatKst(claim.claimRequestMs + HOUR_MS),
		claimCompleteOperationDate: formatKst(doneMs),
		...(claim.claimType === 'CANCEL'
			? {}
			: {
					collectAddress: address('홍길동'),
					returnReceiveAddress: STORE_ADDRESS,
					collectDeliveryMethod: claim.collectDeliveryMethod ?? 'RETURN_DESIGNATED',
					collectDeliveryCompany: claim.collectDeliveryCompany ?? 'CJGLS',
					collectTrackingNumber:
						claim.collectTrackingNumber ?? `5${order.productOrderId.slice(-11)}`,
					collectStatus: 'DELIVERED',
					collectCompletedDate: formatKst(doneMs),
					claimDeliveryFeeDemandAmount: 3000,
					claimDeliveryFeePayMeans: '환불금에서 차감',
					claimDeliveryFeePayMethod: '환불금에서 차감',
					claimDeliveryFeeDiscountAmount: 0,
					claimDeliveryFeeProductOrderIds: order.productOrderId,
					etcFeeDemandAmount: claim.extraFeeAmount ?? 0,
					etcFeePayMeans: '환불금에서 차감',
					etcFeePayMethod: '환불금에서 차감',
					remoteAreaCostChargeAmount: 0,
					...claimDeliveryFeeSupport(order),
					...holdbackFields(claim),
					...((claim.collectDeliveryMethod ?? 'RETURN_DESIGNATED') === 'RETURN_DESIGNATED'
						? collectionSlot(claim)
						: {}),
					...(claim.claimType === 'EXCHANGE' ? finishedRedelivery(order, claim, doneMs) : {}),
				}),
	};
}

/**
 * The pick-up slot Naver booked for a designated return courier. The reference gives only the
 * sizes (8 bytes each) and no format: the date is read as yyyyMMdd and the times as HHmm, the way
 * the same API writes hopeDeliveryYmd and hopeDeliveryHm.
 */
function collectionSlot(claim: ClaimDetails): Record<string, unknown> {
	const day = formatKst(claim.claimRequestMs + 24 * HOUR_MS)
		.slice(0, 10)
		.replace(/-/g, '');
	return {
		collectOperationDate: day,
		collectStartTime: '0900',
		collectEndTime: '1800',
		collectSlotId: `SLOT-${day}-0900`,
	};
}

/** How the replacement of a finished exchange went back to the buyer. */
function finishedRedelivery(
	order: ProductOrder,
	claim: ClaimDetails,
	doneMs: number,
): Record<string, unknown> {
	return {
		reDeliveryAddress: address('홍길동'),
		reDeliveryMethod: claim.reDeliveryMethod ?? 'DELIVERY',
		reDeliveryStatus: 'DELIVERY_COMPLETION',
		reDeliveryCompany: claim.reDeliveryCompany ?? 'CJGLS',
		reDeliveryTrackingNumber:
			claim.reDeliveryTrackingNumber ?? `4${order.productOrderId.slice(-11)}`,
		reDeliveryOperationDate: formatKst(doneMs - 24 * HOUR_MS),
	};
}
