/**
 * A random but seeded stream of new customer inquiries (고객 문의) and product questions (상품 문의)
 * pushed into the emulator's store, shaped like a busy SmartStore: bursts in which several share
 * one millisecond, late arrivals (dated up to `maxLateMs` before the moment they appear, as Naver
 * may list one a little after it was written) and answers given in the Seller Center a moment
 * later, so some are answered before the trigger reads them and some after. The list routes sort
 * on every read.
 */
import {
	addCustomerInquiry,
	addProductQuestion,
	answerInSellerCenter,
	type CustomerInquiry,
	type ProductQuestion,
} from './routes/inquiries';
import { seededRandom, type Store } from './store';

/** The identity the trigger tests give an inquiry or a question. */
export function inquiryIdentity(inquiry: Pick<CustomerInquiry, 'inquiryNo'>): string {
	return `inquiry|${inquiry.inquiryNo}`;
}

export function questionIdentity(question: Pick<ProductQuestion, 'questionId'>): string {
	return `question|${question.questionId}`;
}

export interface InquiryStreamOptions {
	seed: number;
	/** How long before its appearance a record may be dated (must stay below the trigger's lag). */
	maxLateMs: number;
	/** Largest burst; bursts are mostly small with a tail up to this. */
	maxBurst?: number;
	/** Share of the stream's unanswered records the seller answers at each burst. */
	answerShare?: number;
	now?: () => number;
}

export class InquiryStream {
	/** Every inquiry and question the stream created, in the order they appeared. */
	readonly inquiries: CustomerInquiry[] = [];
	readonly questions: ProductQuestion[] = [];
	private readonly random: () => number;
	private readonly now: () => number;

	constructor(
		private readonly store: Store,
		private readonly options: InquiryStreamOptions,
	) {
		this.random = seededRandom(options.seed + 4_409);
		this.now = options.now ?? Date.now;
	}

	private burstSize(): number {
		const r = this.random();
		const max = this.options.maxBurst ?? 60;
		if (r < 0.6) return 1 + Math.floor(this.random() * 3);
		if (r < 0.9) return 4 + Math.floor(this.random() * 12);
		return Math.min(max, 16 + Math.floor(this.random() * (max - 15)));
	}

	/**
	 * One burst: new inquiries and questions on a handful of timestamps between now minus
	 * `maxLateMs` and now, then answers to some of the stream's unanswered ones. Returns how many
	 * records were added.
	 */
	burst(size = this.burstSize()): number {
		const now = this.now();
		const stampCount = 1 + Math.floor(this.random() * Math.min(3, size));
		const stamps = Array.from({ length: stampCount }, () =>
			this.random() < 0.3 ? now : now - Math.floor(this.random() * this.options.maxLateMs),
		);
		for (let index = 0; index < size; index++) {
			const stampMs = stamps[Math.floor(this.random() * stamps.length)];
			const productIndex = Math.floor(this.random() * 5);
			if (this.random() < 0.5) {
				this.inquiries.push(
					addCustomerInquiry(this.store, { registeredMs: stampMs, productIndex }),
				);
			} else {
				this.questions.push(addProductQuestion(this.store, { createdMs: stampMs, productIndex }));
			}
		}
		this.answerSome(now);
		return size;
	}

	/** The seller answers a share of the stream's still unanswered inquiries and questions. */
	answerSome(nowMs = this.now()): void {
		const share = this.options.answerShare ?? 0.03;
		for (const inquiry of this.inquiries) {
			if (inquiry.answerContentId === undefined && this.random() < share) {
				answerInSellerCenter(this.store, inquiry, nowMs);
			}
		}
		for (const question of this.questions) {
			if (question.answer === undefined && this.random() < share) {
				answerInSellerCenter(this.store, question, nowMs);
			}
		}
	}
}
