/**
 * A random but seeded stream of product order changes pushed into the emulator's store, shaped
 * like a busy SmartStore: bursts of hundreds of changes, many of them sharing one millisecond,
 * changes of product orders that already changed (Naver then lists only the newest change), and
 * late arrivals — changes dated up to `maxLateMs` before the moment they appear in the feed, as
 * Naver's asynchronously filled feed can show them. The last-changed-statuses route sorts on read.
 */
import { seededRandom, type ProductOrder, type Store } from './store';

export const ALL_CHANGE_TYPES = [
	'PAY_WAITING',
	'PAYED',
	'EXCHANGE_OPTION',
	'DELIVERY_ADDRESS_CHANGED',
	'GIFT_RECEIVED',
	'CLAIM_REJECTED',
	'DISPATCHED',
	'CLAIM_REQUESTED',
	'COLLECT_DONE',
	'CLAIM_COMPLETED',
	'PURCHASE_DECIDED',
	'HOPE_DELIVERY_INFO_CHANGED',
	'CLAIM_REDELIVERING',
] as const;

const STATUS_AFTER: Record<string, string> = {
	PAY_WAITING: 'PAYMENT_WAITING',
	PAYED: 'PAYED',
	DISPATCHED: 'DELIVERING',
	PURCHASE_DECIDED: 'PURCHASE_DECIDED',
	CLAIM_COMPLETED: 'CANCELED',
	COLLECT_DONE: 'DELIVERED',
};

/** The identity the trigger gives a change: productOrderId, type and date (epoch ms). */
export function identityOf(
	order: Pick<ProductOrder, 'productOrderId' | 'lastChangedType' | 'lastChangedMs'>,
): string {
	return `${order.productOrderId}|${order.lastChangedType}|${order.lastChangedMs}`;
}

export interface ChangeStreamOptions {
	seed: number;
	/** How long before its appearance a change may be dated (must stay below the trigger's lag). */
	maxLateMs: number;
	/** Largest burst; bursts are mostly small with a heavy tail up to this. */
	maxBurst?: number;
	now?: () => number;
}

export class ChangeStream {
	/** Every change ever produced, in the order they appeared. */
	readonly history: string[] = [];
	private readonly random: () => number;
	private readonly now: () => number;
	private counter = 0;
	/** Product orders this stream created, for follow-up changes. */
	private readonly own: ProductOrder[] = [];

	constructor(
		private readonly store: Store,
		private readonly options: ChangeStreamOptions,
	) {
		this.random = seededRandom(options.seed);
		this.now = options.now ?? Date.now;
	}

	private pick<T>(list: readonly T[]): T {
		return list[Math.floor(this.random() * list.length)];
	}

	private burstSize(): number {
		const r = this.random();
		const max = this.options.maxBurst ?? 400;
		if (r < 0.45) return 1 + Math.floor(this.random() * 4);
		if (r < 0.85) return 5 + Math.floor(this.random() * 50);
		return Math.min(max, 100 + Math.floor(this.random() * (max - 99)));
	}

	private changeType(): string {
		// New paid orders dominate a real feed; the rest are spread over every other type.
		return this.random() < 0.4 ? 'PAYED' : this.pick(ALL_CHANGE_TYPES);
	}

	/**
	 * One burst: a handful of timestamps, each shared by many changes, dated between now minus
	 * `maxLateMs` and now. About a quarter of the changes are follow-ups of earlier product orders.
	 * Returns how many changes were added.
	 */
	burst(size = this.burstSize()): number {
		const now = this.now();
		const stampCount = 1 + Math.floor(this.random() * Math.min(4, size));
		const stamps = Array.from({ length: stampCount }, () =>
			this.random() < 0.3 ? now : now - Math.floor(this.random() * this.options.maxLateMs),
		);
		for (let index = 0; index < size; index++) {
			const changedMs = this.pick(stamps);
			const type = this.changeType();
			const candidate =
				this.own.length > 0 && this.random() < 0.25 ? this.pick(this.own) : undefined;
			if (candidate && candidate.lastChangedMs < changedMs) {
				// Naver's feed lists a product order once, with its newest change.
				candidate.lastChangedType = type;
				candidate.lastChangedMs = changedMs;
				candidate.productOrderStatus = STATUS_AFTER[type] ?? candidate.productOrderStatus;
				candidate.receiverAddressChanged = type === 'DELIVERY_ADDRESS_CHANGED';
				this.history.push(identityOf(candidate));
				continue;
			}
			this.counter += 1;
			// 16 digits like Naver's; the random middle makes a newcomer sort anywhere among the
			// changes sharing its timestamp.
			const productOrderId = `9${String(Math.floor(this.random() * 1e6)).padStart(6, '0')}${String(this.counter).padStart(9, '0')}`;
			const order: ProductOrder = {
				orderId: `8${productOrderId.slice(1)}`,
				productOrderId,
				lastChangedType: type,
				lastChangedMs: changedMs,
				paymentMs: changedMs - Math.floor(this.random() * 600_000),
				productOrderStatus: STATUS_AFTER[type] ?? 'PAYED',
				receiverAddressChanged: type === 'DELIVERY_ADDRESS_CHANGED',
				productName: '스트림 테스트 상품',
				quantity: 1 + Math.floor(this.random() * 3),
				unitPrice: 10_000,
				placeOrderStatus: 'NOT_YET',
			};
			this.store.productOrders.push(order);
			this.own.push(order);
			this.history.push(identityOf(order));
		}
		return size;
	}

	/** What the feed lists now from `fromMs` on, for the given types: each product order's newest change. */
	currentIdentities(fromMs: number, types: readonly string[]): string[] {
		const wanted = new Set(types);
		return this.store.productOrders
			.filter((order) => order.lastChangedMs >= fromMs && wanted.has(order.lastChangedType))
			.map(identityOf);
	}
}
