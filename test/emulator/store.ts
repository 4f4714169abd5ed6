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

/**
 * Product orders changed over the `spanHours` before `nowMs`. Changes fall on whole seconds and
 * some share a timestamp, as bursts do on Naver, so paging must tell them apart.
 */
export function seedStore(options: {
	seed: number;
	nowMs: number;
	productOrders: number;
	spanHours: number;
}): Store {
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
		const change = CHANGES[Math.floor(random() * CHANGES.length)];
		const product = PRODUCTS[Math.floor(random() * PRODUCTS.length)];
		const date = formatKst(changedMs).slice(0, 10).replace(/-/g, '');
		// Every third order has two product orders (two lines of one basket).
		const orderId = `${date}${pad(10000000 + (index - (index % 3 === 1 ? 1 : 0)) * 7, 8)}`;
		productOrders.push({
			orderId,
			productOrderId: `${date}${pad(20000000 + index * 13, 8)}`,
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
	return {
		account: {
			accountId: 'emulator_store',
			accountUid: 'ncp_1emulatorStoreUid01',
			grade: 'BIG_POWER',
		},
		channels: [
			{
				channelNo: 100000001,
				channelType: 'STOREFARM',
				name: '에뮬레이터 스토어',
				url: 'https://smartstore.naver.com/emulator_store',
				representativeImageUrl: null,
				talkTalkAccountId: 'w4emul',
			},
		],
		productOrders,
	};
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
	};
}

/** A product order's details as product-orders/query returns them. */
export function productOrderDetails(order: ProductOrder): Record<string, unknown> {
	return {
		order: {
			orderId: order.orderId,
			orderDate: formatKst(order.paymentMs - 60_000),
			paymentDate: formatKst(order.paymentMs),
			ordererName: '홍길동',
			ordererId: 'buyer***',
			paymentMeans: '신용카드',
		},
		productOrder: {
			productOrderId: order.productOrderId,
			productOrderStatus: order.productOrderStatus,
			...(order.claimType ? { claimType: order.claimType, claimStatus: order.claimStatus } : {}),
			placeOrderStatus: order.placeOrderStatus,
			...(order.shippingDueMs ? { shippingDueDate: formatKst(order.shippingDueMs) } : {}),
			productName: order.productName,
			quantity: order.quantity,
			unitPrice: order.unitPrice,
			totalPaymentAmount: order.quantity * order.unitPrice,
			shippingAddress: {
				name: '홍길동',
				baseAddress: '서울특별시 중구 세종대로 110',
				detailedAddress: '1층',
				zipCode: '04524',
				tel1: '010-0000-0000',
			},
		},
		...(order.delivery ? { delivery: order.delivery } : {}),
	};
}
