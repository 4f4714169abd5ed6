import { formatKst, parseNaverDateTime } from '../kst';
import type { ApiRequest, HttpReply, RouteModule } from '../server';
import { seededRandom, type Store } from '../store';

/**
 * Customer inquiries (고객 문의, pay-user / pay-merchant) and product Q&A (상품 문의, contents),
 * each API group with its own documented rules and error envelope:
 * - inquiries: `{code, message, timestamp, invalidInputs?}` with numeric codes 4001–4007;
 * - answers to inquiries: `{code, message, timestamp}` with ERR-NC-1010xx codes;
 * - product Q&A: `{code, message, invalidInputs[{name,type,message}], timestamp}`.
 * The answer routes document `traceId` in their bodies, which the server adds (envelope 'traceId');
 * the other bodies leave it out, and the GNCP-GW-Trace-ID header the server sets is what a client
 * reads when the body has none.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const INQUIRY_MAX_RANGE_DAYS = 365;
const INQUIRY_PAGE_MAX = 1_000_000;
const INQUIRY_SIZE_MIN = 10;
const INQUIRY_SIZE_MAX = 200;
const QNA_SIZE_MAX = 100;

export interface CustomerInquiry {
	inquiryNo: number;
	category: string;
	title: string;
	inquiryContent: string;
	registeredMs: number;
	orderId: string;
	productNo: string;
	productOrderIdList: string;
	productName: string;
	productOrderOption: string;
	customerId: string;
	customerName: string;
	answerContentId?: number;
	answerContent?: string;
	answerTemplateNo?: number;
	answerRegisteredMs?: number;
}

export interface ProductQuestion {
	questionId: number;
	productId: number;
	productName: string;
	question: string;
	maskedWriterId: string;
	createdMs: number;
	answer?: string;
}

/** A request one of these routes received, so tests can check what the node sent. */
export interface RecordedRequest {
	route: string;
	method: string;
	path: string;
	query: Record<string, string[]>;
	body: unknown;
}

/** An answer template the seller saved in the Seller Center (상품 문의 답변 템플릿). */
export interface AnswerTemplate {
	questionType: 'PRODUCT' | 'DELIVERY' | 'RETURN' | 'EXCHANGE' | 'REFUND' | 'ETC';
	subject: string;
	content: string;
}

export interface InquiryState {
	inquiries: CustomerInquiry[];
	questions: ProductQuestion[];
	/** The store's Q&A answer templates; a test may empty the list. */
	templates: AnswerTemplate[];
	requests: RecordedRequest[];
	nextAnswerContentId: number;
}

// The Store type belongs to the shared emulator; this module keeps its own data beside it.
const STATES = new WeakMap<Store, InquiryState>();

/** The inquiries and questions an emulator serves, for tests to compare against. */
export function inquiryStateOf(store: Store): InquiryState {
	const state = STATES.get(store);
	if (!state) throw new Error('This store has no inquiry routes');
	return state;
}

const CATEGORIES = ['상품', '배송', '반품', '교환', '환불', '기타'];
const PRODUCTS = [
	{ productNo: '8800112233', name: '제주 감귤 5kg', option: '중과' },
	{ productNo: '8800112234', name: '무선 블루투스 이어폰', option: '화이트' },
	{ productNo: '8800112235', name: '유기농 현미 10kg', option: '' },
	{ productNo: '8800112236', name: '스테인리스 텀블러 500ml', option: '실버' },
	{ productNo: '8800112237', name: '면 100% 반팔 티셔츠', option: 'L / 블랙' },
];
const QUESTIONS = [
	'언제 배송되나요?',
	'재입고 예정이 있나요?',
	'사이즈가 정사이즈인가요?',
	'선물 포장 가능한가요?',
	'유통기한이 어떻게 되나요?',
];

function pad(value: number, width: number): string {
	return String(value).padStart(width, '0');
}

function kstDate(ms: number): string {
	return formatKst(ms).slice(0, 10);
}

/**
 * Inquiries over the last 400 days (some older than the 365 days one request may cover) and
 * questions over the last 90, newest mostly unanswered as in a real store.
 */
export function seedInquiryState(seed: number, nowMs: number): InquiryState {
	const random = seededRandom(seed + 3_001);
	const inquiries: CustomerInquiry[] = [];
	const inquiryCount = 320;
	for (let index = 0; index < inquiryCount; index++) {
		// Whole seconds, spread evenly from 400 days ago up to an hour ago.
		const ageMs = DAY_MS * 400 * (1 - (index + random() * 0.9) / inquiryCount) + 3_600_000;
		const registeredMs = Math.floor((nowMs - ageMs) / 1000) * 1000;
		const product = PRODUCTS[Math.floor(random() * PRODUCTS.length)];
		const date = kstDate(registeredMs).replace(/-/g, '');
		const answered = random() < (ageMs > 3 * DAY_MS ? 0.7 : 0.2);
		const inquiry: CustomerInquiry = {
			inquiryNo: 410_000_000 + index * 37,
			category: CATEGORIES[Math.floor(random() * CATEGORIES.length)],
			title: `문의드립니다 (${index + 1})`,
			inquiryContent: QUESTIONS[Math.floor(random() * QUESTIONS.length)],
			registeredMs,
			orderId: `${date}${pad(30_000_000 + index * 11, 8)}`,
			productNo: product.productNo,
			productOrderIdList: `${date}${pad(40_000_000 + index * 17, 8)}`,
			productName: product.name,
			productOrderOption: product.option,
			customerId: `buyer${pad(index, 3)}***`,
			customerName: '김*수',
		};
		if (answered) {
			inquiry.answerContentId = 700_000 + index;
			inquiry.answerContent = '안녕하세요, 문의 주셔서 감사합니다.';
			inquiry.answerRegisteredMs = registeredMs + Math.floor(random() * 2 * 3_600_000) + 60_000;
		}
		inquiries.push(inquiry);
	}

	const questions: ProductQuestion[] = [];
	const questionCount = 260;
	for (let index = 0; index < questionCount; index++) {
		const ageMs = DAY_MS * 90 * (1 - (index + random() * 0.9) / questionCount) + 1_800_000;
		const createdMs = Math.floor(nowMs - ageMs);
		const product = PRODUCTS[Math.floor(random() * PRODUCTS.length)];
		const answered = random() < (ageMs > 2 * DAY_MS ? 0.6 : 0.15);
		questions.push({
			questionId: 620_000_000 + index * 13,
			productId: Number(product.productNo) + 1_000_000_000,
			productName: product.name,
			question: QUESTIONS[Math.floor(random() * QUESTIONS.length)],
			maskedWriterId: `nav****${pad(index % 100, 2)}`,
			createdMs,
			...(answered ? { answer: '네, 확인 후 안내드리겠습니다.' } : {}),
		});
	}
	return {
		inquiries,
		questions,
		templates: structuredClone(ANSWER_TEMPLATES),
		requests: [],
		nextAnswerContentId: 900_000,
	};
}

/** A small store's templates: one or two for each question type, as sellers keep them. */
const ANSWER_TEMPLATES: AnswerTemplate[] = [
	{
		questionType: 'PRODUCT',
		subject: '상품 사이즈 안내',
		content:
			'안녕하세요, 고객님. 문의 주신 상품은 정사이즈로 제작되었습니다. 상세 페이지의 실측 사이즈표를 참고해 주세요. 감사합니다.',
	},
	{
		questionType: 'PRODUCT',
		subject: '재입고 안내',
		content:
			'안녕하세요, 고객님. 해당 상품은 다음 주 중 재입고 예정입니다. 상품 페이지의 재입고 알림을 신청해 주시면 입고 즉시 안내해 드리겠습니다.',
	},
	{
		questionType: 'DELIVERY',
		subject: '출고 일정 안내',
		content:
			'안녕하세요, 고객님. 평일 오후 2시 이전 결제 건은 당일 출고되며, 출고 후 1~2일 내에 받아 보실 수 있습니다.',
	},
	{
		questionType: 'RETURN',
		subject: '반품 절차 안내',
		content:
			'안녕하세요, 고객님. 상품 수령 후 7일 이내에 네이버페이 주문 내역에서 반품을 신청해 주시면 지정 택배사가 방문 수거합니다.',
	},
	{
		questionType: 'EXCHANGE',
		subject: '교환 절차 안내',
		content:
			'안녕하세요, 고객님. 교환은 주문 내역에서 교환 신청 후 상품을 보내 주시면 확인 후 바로 새 상품을 발송해 드립니다. 단순 변심의 경우 왕복 배송비 6,000원이 부과됩니다.',
	},
	{
		questionType: 'REFUND',
		subject: '환불 일정 안내',
		content:
			'안녕하세요, 고객님. 반품 상품이 회수되어 검수가 끝나면 영업일 기준 1~3일 내에 결제 수단으로 환불됩니다.',
	},
	{
		questionType: 'ETC',
		subject: '기타 문의 답변',
		content:
			'안녕하세요, 고객님. 문의 주셔서 감사합니다. 확인 후 빠르게 답변드리겠습니다. 급하신 경우 톡톡 상담으로 연락 주세요.',
	},
];

// --- new inquiries and questions over time (test control) ------------------------------------

/** What a test may choose about a new inquiry; the rest is filled in as a buyer's inquiry reads. */
export interface NewCustomerInquiry {
	registeredMs: number;
	category?: string;
	title?: string;
	inquiryContent?: string;
	/** Which of the store's products it is about (default: the next one in turn). */
	productIndex?: number;
}

/** What a test may choose about a new question on a product page. */
export interface NewProductQuestion {
	createdMs: number;
	question?: string;
	productIndex?: number;
}

const NEXT_NUMBERS = new WeakMap<InquiryState, { inquiryNo: number; questionId: number }>();

/** The numbers the next new inquiry and question get: above every one the store holds. */
function nextNumbersOf(state: InquiryState): { inquiryNo: number; questionId: number } {
	let next = NEXT_NUMBERS.get(state);
	if (!next) {
		next = {
			inquiryNo: Math.max(0, ...state.inquiries.map((inquiry) => inquiry.inquiryNo)) + 7,
			questionId: Math.max(0, ...state.questions.map((question) => question.questionId)) + 3,
		};
		NEXT_NUMBERS.set(state, next);
	}
	return next;
}

/**
 * A buyer registers a customer inquiry about an order, dated `registeredMs`. The date may lie
 * before now, as when Naver lists an inquiry a little after it was written. Inquiry numbers
 * grow from the largest one the store held, as Naver's do; the list route sorts on every read.
 */
export function addCustomerInquiry(store: Store, fields: NewCustomerInquiry): CustomerInquiry {
	const state = inquiryStateOf(store);
	const inquiryNo = nextNumbersOf(state).inquiryNo++;
	const sequence = state.inquiries.length;
	const product = PRODUCTS[(fields.productIndex ?? sequence) % PRODUCTS.length];
	const date = kstDate(fields.registeredMs).replace(/-/g, '');
	const inquiry: CustomerInquiry = {
		inquiryNo,
		category: fields.category ?? CATEGORIES[sequence % CATEGORIES.length],
		title: fields.title ?? `${product.name} 문의드립니다`,
		inquiryContent: fields.inquiryContent ?? QUESTIONS[sequence % QUESTIONS.length],
		registeredMs: fields.registeredMs,
		orderId: `${date}${pad(50_000_000 + sequence * 13, 8)}`,
		productNo: product.productNo,
		productOrderIdList: `${date}${pad(60_000_000 + sequence * 19, 8)}`,
		productName: product.name,
		productOrderOption: product.option,
		customerId: `buyer${pad(sequence % 1000, 3)}***`,
		customerName: '이*진',
	};
	state.inquiries.push(inquiry);
	return inquiry;
}

/** A shopper asks a question on a product page, dated `createdMs` (which may lie before now). */
export function addProductQuestion(store: Store, fields: NewProductQuestion): ProductQuestion {
	const state = inquiryStateOf(store);
	const questionId = nextNumbersOf(state).questionId++;
	const sequence = state.questions.length;
	const product = PRODUCTS[(fields.productIndex ?? sequence) % PRODUCTS.length];
	const question: ProductQuestion = {
		questionId,
		productId: Number(product.productNo) + 1_000_000_000,
		productName: product.name,
		question: fields.question ?? QUESTIONS[sequence % QUESTIONS.length],
		maskedWriterId: `shop****${pad(sequence % 100, 2)}`,
		createdMs: fields.createdMs,
	};
	state.questions.push(question);
	return question;
}

/**
 * The seller answers in the Seller Center (not through the API), at `answeredMs`: from then on
 * the list shows the inquiry or question answered, with the answer's fields.
 */
export function answerInSellerCenter(
	store: Store,
	target: CustomerInquiry | ProductQuestion,
	answeredMs: number,
): void {
	const state = inquiryStateOf(store);
	if ('inquiryNo' in target) {
		if (target.answerContentId !== undefined) return;
		state.nextAnswerContentId += 1;
		target.answerContentId = state.nextAnswerContentId;
		target.answerContent = '안녕하세요, 고객님. 확인 후 오늘 중 출고해 드리겠습니다.';
		target.answerRegisteredMs = answeredMs;
	} else {
		target.answer ??= '안녕하세요, 고객님. 문의 주신 내용 확인했습니다.';
	}
}

// --- customer inquiries (pay-user) -------------------------------------------------------------

function inquiryListError(
	now: number,
	code: string,
	message: string,
	invalidInputs?: Array<{ name: string; message: string }>,
): HttpReply {
	return {
		status: 400,
		body: { code, message, timestamp: formatKst(now), ...(invalidInputs ? { invalidInputs } : {}) },
	};
}

/** A `yyyy-MM-dd` date that exists, as KST midnight in ms; undefined otherwise. */
function parseDate(value: string | null): number | undefined {
	if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
	const ms = Date.parse(`${value}T00:00:00+09:00`);
	return Number.isFinite(ms) && kstDate(ms) === value ? ms : undefined;
}

function parseInteger(value: string | null): number | undefined {
	return value !== null && /^-?\d+$/.test(value) ? Number(value) : undefined;
}

function inquiryRecord(inquiry: CustomerInquiry): Record<string, unknown> {
	return {
		inquiryNo: inquiry.inquiryNo,
		category: inquiry.category,
		title: inquiry.title,
		inquiryContent: inquiry.inquiryContent,
		inquiryRegistrationDateTime: formatKst(inquiry.registeredMs),
		...(inquiry.answerContentId !== undefined
			? {
					answerContentId: inquiry.answerContentId,
					answerContent: inquiry.answerContent,
					...(inquiry.answerTemplateNo !== undefined
						? { answerTemplateNo: inquiry.answerTemplateNo }
						: {}),
					answerRegistrationDateTime: formatKst(inquiry.answerRegisteredMs ?? inquiry.registeredMs),
				}
			: {}),
		answered: inquiry.answerContentId !== undefined,
		orderId: inquiry.orderId,
		productNo: inquiry.productNo,
		productOrderIdList: inquiry.productOrderIdList,
		productName: inquiry.productName,
		productOrderOption: inquiry.productOrderOption,
		customerId: inquiry.customerId,
		customerName: inquiry.customerName,
	};
}

function listInquiries(state: InquiryState, query: URLSearchParams, now: number): HttpReply {
	const invalid: Array<{ name: string; message: string }> = [];
	const start = parseDate(query.get('startSearchDate'));
	const end = parseDate(query.get('endSearchDate'));
	if (start === undefined) {
		invalid.push({ name: 'startSearchDate', message: 'yyyy-MM-dd 형식의 날짜를 입력해 주세요.' });
	}
	if (end === undefined) {
		invalid.push({ name: 'endSearchDate', message: 'yyyy-MM-dd 형식의 날짜를 입력해 주세요.' });
	}
	const answered = query.get('answered');
	if (answered !== null && answered !== 'true' && answered !== 'false') {
		invalid.push({ name: 'answered', message: 'true 또는 false만 입력할 수 있습니다.' });
	}
	const page = query.has('page') ? parseInteger(query.get('page')) : 1;
	const size = query.has('size') ? parseInteger(query.get('size')) : INQUIRY_SIZE_MIN;
	if (page === undefined) invalid.push({ name: 'page', message: '숫자를 입력해 주세요.' });
	if (size === undefined) invalid.push({ name: 'size', message: '숫자를 입력해 주세요.' });
	if (invalid.length > 0 || start === undefined || end === undefined) {
		return inquiryListError(now, '4001', 'API 명세에 맞지 않는 입력 값입니다.', invalid);
	}
	if (start > end) {
		return inquiryListError(now, '4002', '조회 시작일이 조회 종료일 이후 날짜일 수 없습니다.');
	}
	// Start and end days are both included; the package reads the limit the strict way (see the
	// node's Get Many), and the emulator holds it to that reading.
	if ((end - start) / DAY_MS + 1 > INQUIRY_MAX_RANGE_DAYS) {
		return inquiryListError(
			now,
			'4003',
			'스마트스토어/가맹점의 경우 최대 365일만 조회 가능합니다.',
		);
	}
	if (page! < 1) return inquiryListError(now, '4004', '페이지 번호가 1보다 작을 수 없습니다.');
	if (page! > INQUIRY_PAGE_MAX) {
		return inquiryListError(now, '4005', '페이지 번호가 1000000보다 클 수 없습니다.');
	}
	if (size! < INQUIRY_SIZE_MIN) {
		return inquiryListError(now, '4006', '페이지 크기가 10보다 작을 수 없습니다.');
	}
	if (size! > INQUIRY_SIZE_MAX) {
		return inquiryListError(now, '4007', '페이지 크기가 200보다 클 수 없습니다.');
	}

	const from = kstDate(start);
	const to = kstDate(end);
	// Newest first, as the seller centre lists them.
	const matching = state.inquiries
		.filter((inquiry) => {
			const day = kstDate(inquiry.registeredMs);
			const isAnswered = inquiry.answerContentId !== undefined;
			return day >= from && day <= to && (answered === null || String(isAnswered) === answered);
		})
		.sort((a, b) => b.registeredMs - a.registeredMs || b.inquiryNo - a.inquiryNo);
	const totalPages = Math.ceil(matching.length / size!);
	const content = matching.slice((page! - 1) * size!, page! * size!).map(inquiryRecord);
	const sort = { sorted: false, unsorted: true, empty: true };
	// A Spring Data page: the request's page is 1-based, the page it reports is 0-based.
	return {
		status: 200,
		body: {
			totalPages,
			totalElements: matching.length,
			pageable: {
				pageNumber: page! - 1,
				pageSize: size,
				sort,
				paged: true,
				unpaged: false,
				offset: (page! - 1) * size!,
			},
			first: page === 1,
			last: page! >= totalPages,
			number: page! - 1,
			sort,
			numberOfElements: content.length,
			size,
			content,
			empty: content.length === 0,
		},
	};
}

// --- answers to customer inquiries (pay-merchant) ---------------------------------------------

function merchantError(now: number, code: string, message: string, status = 400): HttpReply {
	return { status, body: { code, message, timestamp: formatKst(now) } };
}

function answerBody(
	body: unknown,
): { comment: string; templateNo?: number } | { invalid: string } | undefined {
	if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
	const { answerComment, answerTemplateId } = body as Record<string, unknown>;
	if (typeof answerComment !== 'string' || answerComment.trim() === '') return undefined;
	if (answerTemplateId === undefined || answerTemplateId === null)
		return { comment: answerComment };
	if (!/^\d+$/.test(String(answerTemplateId))) return { invalid: 'answerTemplateId' };
	return { comment: answerComment, templateNo: Number(answerTemplateId) };
}

function findInquiry(
	state: InquiryState,
	inquiryNoText: string,
	now: number,
): CustomerInquiry | HttpReply {
	if (!/^\d+$/.test(inquiryNoText)) {
		return merchantError(now, 'ERR-NC-101001', '정상적인 요청이 아닙니다.');
	}
	const inquiry = state.inquiries.find(
		(candidate) => candidate.inquiryNo === Number(inquiryNoText),
	);
	return (
		inquiry ??
		merchantError(now, 'ERR-NC-101004', `문의 번호 ${inquiryNoText}에 해당하는 문의가 없습니다.`)
	);
}

function answerInquiry(
	state: InquiryState,
	request: ApiRequest,
	inquiryNoText: string,
	answerContentIdText: string | undefined,
	now: number,
): HttpReply {
	const found = findInquiry(state, inquiryNoText, now);
	if (!('inquiryNo' in found)) return found;
	const answer = answerBody(request.body);
	if (answer === undefined || 'invalid' in answer) {
		return merchantError(now, 'ERR-NC-101001', '정상적인 요청이 아닙니다.');
	}
	if (answerContentIdText === undefined) {
		// POST registers the first answer; an inquiry holds one answer, changed only with PUT.
		if (found.answerContentId !== undefined) {
			return merchantError(now, 'ERR-NC-101010', '해당 문의에 이미 답변이 존재합니다.');
		}
		state.nextAnswerContentId += 1;
		found.answerContentId = state.nextAnswerContentId;
	} else if (
		found.answerContentId === undefined ||
		String(found.answerContentId) !== answerContentIdText
	) {
		return merchantError(now, 'ERR-NC-101005', '문의가 유효하지 않습니다.');
	}
	found.answerContent = answer.comment;
	found.answerTemplateNo = answer.templateNo;
	found.answerRegisteredMs = now;
	return {
		status: 200,
		body: {
			code: 'SUCCESS',
			message: '성공',
			data: { inquiryNo: found.inquiryNo, inquiryCommentNo: found.answerContentId },
			timestamp: formatKst(now),
		},
	};
}

// --- product Q&A (contents) -------------------------------------------------------------------

type InvalidInput = { name: string; type: string; message: string };

function contentsError(
	now: number,
	status: number,
	code: string,
	message: string,
	invalidInputs: InvalidInput[] = [],
): HttpReply {
	return { status, body: { code, message, invalidInputs, timestamp: formatKst(now) } };
}

function listQuestions(state: InquiryState, query: URLSearchParams, now: number): HttpReply {
	const invalid: InvalidInput[] = [];
	const dateTime = (name: string): number | undefined => {
		const text = query.get(name);
		if (text === null) {
			invalid.push({ name, type: 'NotNull', message: `${name}은(는) 필수입니다.` });
			return undefined;
		}
		const ms = parseNaverDateTime(text);
		if (ms === undefined) {
			invalid.push({
				name,
				type: 'typeMismatch',
				message: "yyyy-MM-dd'T'HH:mm:ss.SSSXXX 형식이어야 합니다.",
			});
		}
		return ms;
	};
	const from = dateTime('fromDate');
	const to = dateTime('toDate');
	const answered = query.get('answered');
	if (answered !== null && answered !== 'true' && answered !== 'false') {
		invalid.push({
			name: 'answered',
			type: 'typeMismatch',
			message: 'true 또는 false여야 합니다.',
		});
	}
	const page = query.has('page') ? parseInteger(query.get('page')) : 1;
	const size = query.has('size') ? parseInteger(query.get('size')) : QNA_SIZE_MAX;
	if (page === undefined || page < 1) {
		invalid.push({ name: 'page', type: 'Min', message: '1 이상이어야 합니다.' });
	}
	if (size === undefined || size < 1 || size > QNA_SIZE_MAX) {
		invalid.push({ name: 'size', type: 'Range', message: '1 이상 100 이하여야 합니다.' });
	}
	if (from !== undefined && to !== undefined && from > to) {
		invalid.push({
			name: 'toDate',
			type: 'InvalidRange',
			message: '검색 종료 일시는 검색 시작 일시 이후여야 합니다.',
		});
	}
	if (invalid.length > 0) {
		return contentsError(now, 400, 'BAD_REQUEST', '잘못된 요청입니다.', invalid);
	}

	const matching = state.questions
		.filter(
			(question) =>
				question.createdMs >= from! &&
				question.createdMs <= to! &&
				(answered === null || String(question.answer !== undefined) === answered),
		)
		.sort((a, b) => b.createdMs - a.createdMs || b.questionId - a.questionId);
	const totalPages = Math.ceil(matching.length / size!);
	return {
		status: 200,
		body: {
			contents: matching.slice((page! - 1) * size!, page! * size!).map((question) => ({
				createDate: formatKst(question.createdMs),
				question: question.question,
				...(question.answer !== undefined ? { answer: question.answer } : {}),
				answered: question.answer !== undefined,
				productId: question.productId,
				productName: question.productName,
				maskedWriterId: question.maskedWriterId,
				questionId: question.questionId,
			})),
			page,
			size,
			totalElements: matching.length,
			totalPages,
			sort: { sorted: true, fields: [{ name: 'createDate', direction: 'desc' }] },
			first: page === 1,
			last: page! >= totalPages,
		},
	};
}

function answerQuestion(
	state: InquiryState,
	request: ApiRequest,
	questionIdText: string,
	now: number,
): HttpReply {
	if (!/^\d+$/.test(questionIdText)) {
		return contentsError(now, 400, 'BAD_REQUEST', '잘못된 요청입니다.', [
			{ name: 'questionId', type: 'typeMismatch', message: '숫자여야 합니다.' },
		]);
	}
	const content = (request.body as { commentContent?: unknown } | undefined)?.commentContent;
	if (typeof content !== 'string' || content.trim() === '') {
		return contentsError(now, 400, 'BAD_REQUEST', '잘못된 요청입니다.', [
			{ name: 'commentContent', type: 'NotBlank', message: '답변 내용을 입력해 주세요.' },
		]);
	}
	const question = state.questions.find(
		(candidate) => candidate.questionId === Number(questionIdText),
	);
	if (!question) {
		return contentsError(now, 404, 'NOT_FOUND', '상품 문의를 찾을 수 없습니다.');
	}
	// Registers the answer, or replaces it when there is one: the same call does both.
	question.answer = content;
	return { status: 204 };
}

/**
 * GET qnas/templates: every template of the store, as a list (see the contract's reading of the
 * page, which shows one object). The page documents 404 데이터 없음 and says no more; the emulator
 * answers it when the store keeps no template.
 */
function listTemplates(state: InquiryState, now: number): HttpReply {
	if (state.templates.length === 0) {
		return contentsError(now, 404, 'NOT_FOUND', '등록된 답변 템플릿이 없습니다.');
	}
	return { status: 200, body: state.templates.map((template) => ({ ...template })) };
}

export const inquiryRoutes: RouteModule = ({ store, now, seed }) => {
	const state = seedInquiryState(seed, now());
	STATES.set(store, state);
	const recorded =
		(name: string, handler: (request: ApiRequest, match: RegExpMatchArray) => HttpReply) =>
		(request: ApiRequest, match: RegExpMatchArray): HttpReply => {
			const query: Record<string, string[]> = {};
			for (const key of new Set(request.query.keys())) query[key] = request.query.getAll(key);
			state.requests.push({
				route: name,
				method: request.method,
				path: request.path,
				query,
				body: request.body,
			});
			return handler(request, match);
		};
	return [
		{
			method: 'GET',
			pattern: /^\/v1\/pay-user\/inquiries$/,
			name: 'inquiries.list',
			handler: recorded('inquiries.list', (request) => listInquiries(state, request.query, now())),
		},
		{
			method: 'POST',
			pattern: /^\/v1\/pay-merchant\/inquiries\/([^/]+)\/answer$/,
			name: 'inquiries.answer',
			envelope: 'traceId',
			handler: recorded('inquiries.answer', (request, match) =>
				answerInquiry(state, request, match[1], undefined, now()),
			),
		},
		{
			method: 'PUT',
			pattern: /^\/v1\/pay-merchant\/inquiries\/([^/]+)\/answer\/([^/]+)$/,
			name: 'inquiries.updateAnswer',
			envelope: 'traceId',
			handler: recorded('inquiries.updateAnswer', (request, match) =>
				answerInquiry(state, request, match[1], match[2], now()),
			),
		},
		{
			method: 'GET',
			pattern: /^\/v1\/contents\/qnas$/,
			name: 'qnas.list',
			handler: recorded('qnas.list', (request) => listQuestions(state, request.query, now())),
		},
		{
			method: 'GET',
			pattern: /^\/v1\/contents\/qnas\/templates$/,
			name: 'qnas.templates',
			handler: recorded('qnas.templates', () => listTemplates(state, now())),
		},
		{
			method: 'PUT',
			pattern: /^\/v1\/contents\/qnas\/([^/]+)$/,
			name: 'qnas.answer',
			handler: recorded('qnas.answer', (request, match) =>
				answerQuestion(state, request, match[1], now()),
			),
		},
	];
};
