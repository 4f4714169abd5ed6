/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/require-node-api-error -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Naver Commerce API emulator: a real HTTP server on 127.0.0.1 that follows Naver's documented rules
 * for tokens (bcrypt signature, five-minute timestamp window, one token per app and account that is
 * reused while 30 minutes or more remain, three-hour lifetime), gateway errors (GW.* envelopes with a
 * trace ID), rate limits (GNCP-GW-RateLimit-* headers) and a seeded store.
 *
 * The rate limit is one token bucket per application and API (restriction.md, 요청량 제한: "개별
 * API와 인증된 애플리케이션 단위로"): the SELF token and every SELLER token of one application draw
 * on the same bucket, and so does every process that calls this emulator, since the bucket lives
 * here, as Naver's lives at its gateway (`rateLimitScope`).
 *
 * One store serves every caller by default; with `storePerSeller`, each SELLER account of an
 * application gets a store of its own, as a solution provider's stores are on Naver.
 *
 * Two clocks: the wall clock (plus an optional skew) checks signing timestamps as Naver's servers
 * would; the token clock, which tests can move forward, decides when tokens expire.
 */
import { hashSync } from 'bcryptjs';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import {
	checkErrorAnswer,
	checkRequest,
	checkResponse,
	findEndpoint,
	type InvalidInput,
} from '../contract/contract';
import { formatKst } from './kst';
import { isMultipart, MultipartError, multipartBoundary, parseMultipart } from './multipart';
import type { MultipartPart } from './multipart';
import { ROUTE_MODULES } from './routes';
import { seededRandom, seedStore, type Store } from './store';

export const API_PREFIX = '/external';
export const ADMIN_PREFIX = '/__emulator';

const TOKEN_LIFETIME_MS = 3 * 60 * 60 * 1000;
const TOKEN_REUSE_THRESHOLD_MS = 30 * 60 * 1000;
const TIMESTAMP_WINDOW_MS = 5 * 60 * 1000;

export interface EmulatorApp {
	clientId: string;
	clientSecret: string;
	/** Sellers a SELLER token may be issued for (seller ID or UID). */
	linkedSellers?: string[];
	/** IP addresses the app may call from; undefined allows any. */
	allowedIps?: string[];
}

/** The app the emulator knows by default, for the demo and for users pointing n8n at it. */
export const DEFAULT_APP: EmulatorApp = {
	clientId: '4nEmulatorAppId0000001',
	clientSecret: '$2a$04$EmulatorSecretSalt000u',
	linkedSellers: ['ncp_2linkedSellerUid0001', 'linked_seller'],
};

export interface EmulatorOptions {
	port?: number;
	apps?: EmulatorApp[];
	seed?: number;
	productOrders?: number;
	/** How far back the seeded product orders' changes reach (hours before now; default 48). */
	spanHours?: number;
	/**
	 * Requests per second per app and API before 429 GW.RATE_LIMIT; undefined = no limit. The bucket
	 * holds twice the rate (the burst Naver's GNCP-GW-RateLimit-Burst-Capacity header reports).
	 */
	rateLimitPerSecond?: number;
	/**
	 * What one rate bucket counts. 'application' (the default, Naver's rule: restriction.md, 요청량
	 * 제한, "개별 API와 인증된 애플리케이션 단위로"): one bucket per application and API, shared by the
	 * SELF token and every SELLER token of the application, whichever store a call is for, and by
	 * every process that calls this emulator. 'account': one bucket per application, token account
	 * (SELF or SELLER:<id>) and API; not what Naver documents, only for comparing with a client
	 * that would assume it.
	 */
	rateLimitScope?: RateLimitScope;
	/**
	 * Give each SELLER account (a token for `SELLER:<id>`, one of an app's linkedSellers) a store of
	 * its own, with its own seeded product orders (seeded from `seed` and the account ID; product
	 * order and order numbers disjoint from every other store's), built on the account's first call
	 * or `sellerStore(id)`. SELF tokens keep the emulator's `store`. Default false: one store serves
	 * every caller, SELLER tokens included.
	 */
	storePerSeller?: boolean;
	/**
	 * Seed only new paid product orders (PAYED, 발주 확인 not done, no claim) instead of a mix of
	 * change types: a morning's orders waiting to be confirmed. Applies to every store seeded.
	 */
	paidOrdersOnly?: boolean;
	/** How far the emulator's wall clock is ahead of this machine's (for clock-skew tests). */
	clockSkewMs?: number;
	/** Added to every answer of the API (token included), as a round trip to Naver would (ms). */
	latencyMs?: number;
	/**
	 * Check each answer against the contract (default true). Only a benchmark turns it off: Naver
	 * spends no CPU of the machine that runs n8n on its answers, and the suite checks them.
	 */
	checkAnswers?: boolean;
	/**
	 * Routes (by name) whose answers are kept and served again for the same caller, query and
	 * body, until any other request that may write. Only a benchmark sets it, for reads it repeats:
	 * Naver builds its answers on its own machines, and here building 300 records an answer
	 * would be timed as the node's waiting.
	 */
	cacheAnswersOf?: string[];
}

/** Something that crossed the wire and does not match Naver's documented contract. */
export interface ContractFinding {
	direction: 'request' | 'response';
	method: string;
	path: string;
	source: string;
	problems: InvalidInput[];
}

/**
 * Every contract finding of this process's emulators. An answer that breaks the contract is a
 * defect of the emulator: the process exits non-zero when there was one, so the test file that
 * provoked it fails even if its own assertions passed (see the exit hook below).
 */
export const contractFindings: ContractFinding[] = [];
let exitHookInstalled = false;

function installContractExitHook(): void {
	if (exitHookInstalled) return;
	exitHookInstalled = true;
	process.on('exit', () => {
		const answers = contractFindings.filter((finding) => finding.direction === 'response');
		if (answers.length === 0) return;
		const lines = answers.slice(0, 20).map(
			(finding) =>
				`  ${finding.method} ${finding.path} (${finding.source}): ${finding.problems
					.slice(0, 5)
					.map((problem) => `${problem.name} ${problem.type}`)
					.join(', ')}`,
		);
		process.stderr.write(
			`The emulator served ${answers.length} answer(s) that Naver's reference does not document:\n${lines.join('\n')}\n`,
		);
		process.exitCode = 1;
	});
}

/** The code a validation error carries, per API group, as each group's reference lists it. */
function validationCode(path: string): { code: string; message: string } {
	if (path.startsWith('/v1/pay-order/')) return { code: '4000', message: '잘못된 요청 파라미터' };
	if (path.startsWith('/v1/pay-user/'))
		return { code: '4001', message: 'API 명세에 맞지 않는 입력 값입니다.' };
	if (path.startsWith('/v1/pay-merchant/'))
		return { code: 'ERR-NC-101001', message: '잘못된 요청입니다.' };
	if (path.startsWith('/v1/seller/'))
		return { code: 'GENERAL_ERROR', message: '잘못된 요청입니다.' };
	// The logistics pages name their refusal of an input invalid_input (in words, no table).
	if (path.startsWith('/v1/logistics/')) return { code: 'invalid_input', message: 'Bad Request' };
	return { code: 'BAD_REQUEST', message: '잘못된 요청' };
}

export interface Fault {
	method?: string;
	/** Matches request paths (after /external) that start with this. */
	pathPrefix?: string;
	status: number;
	code?: string;
	message?: string;
	/**
	 * 'json' sends Naver's envelope; 'html' an HTML page; 'empty' no body; 'drop' closes the socket;
	 * 'redirect' answers with `status` and a Location header of `location`; 'lostAnswer' lets the
	 * route handle the request (a write is applied) and then closes the socket without answering,
	 * as when Naver's answer is lost on the way back.
	 */
	kind?: 'json' | 'html' | 'empty' | 'drop' | 'redirect' | 'lostAnswer';
	location?: string;
	delayMs?: number;
	/** How many matching requests pass untouched before the fault applies (default 0). */
	skip?: number;
	remaining: number;
}

export type RateLimitScope = 'application' | 'account';

export interface EmulatorStats {
	tokenRequests: number;
	/**
	 * Token requests by what they asked for: `<client_id>|SELF` or `<client_id>|SELLER:<account_id>`
	 * (failed ones included).
	 */
	tokenRequestsByAccount: Record<string, number>;
	tokensIssued: number;
	tokenFailures: number;
	/** API answers (every request to /external but the token's), 429s and 401s included. */
	apiRequests: number;
	unauthorized: number;
	rateLimited: number;
	/** 429 GW.RATE_LIMIT answers per route. */
	rateLimitedByRoute: Record<string, number>;
	/** Requests per route that passed the rate limit (a 429 is not counted here). */
	byRoute: Record<string, number>;
	/**
	 * How many times Confirm (발주 확인, productOrders.confirm) reported each product order done,
	 * by product order ID (IDs are disjoint across stores, storePerSeller included).
	 */
	confirmations: Record<string, number>;
	/**
	 * Product orders Confirm refused as already confirmed (105306, 변경을 요청한 상태가 기존과
	 * 동일합니다): a confirmation sent again.
	 */
	alreadyConfirmed: number;
}

interface IssuedToken {
	token: string;
	key: string;
	clientId: string;
	expiresAt: number;
}

export interface HttpReply {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
}

export interface ApiRequest {
	method: string;
	path: string;
	query: URLSearchParams;
	body: unknown;
	/** The parts of a multipart/form-data request (then `body` is undefined); else undefined. */
	parts?: MultipartPart[];
	/** Who is calling: the app and, for SELLER tokens, the seller account. */
	caller: { clientId: string; account: string };
}

export interface EmulatorRoute {
	method: string;
	pattern: RegExp;
	/** Stable name, used for rate-limit buckets and per-route counters. */
	name: string;
	/**
	 * 'payOrder': wrap success in { timestamp, traceId, data } and add timestamp/traceId to errors;
	 * 'traceId': add the request's traceId to the route's body (success and error alike).
	 */
	envelope?: 'payOrder' | 'traceId' | 'plain';
	/** Whether the API takes multipart/form-data (file uploads); the others take JSON only. */
	multipart?: boolean;
	handler: (request: ApiRequest, match: RegExpMatchArray) => HttpReply;
}

/** What a route module gets: the shared store, the emulator's clocks and a seeded random source. */
export interface RouteContext {
	store: Store;
	random: () => number;
	/** The emulator's current wall-clock time (ms), for "now" in business rules. */
	now: () => number;
	seed: number;
}

export type RouteModule = (context: RouteContext) => EmulatorRoute[];

/** What an authenticated multipart/form-data request carried, part by part. */
export interface ReceivedMultipartRequest {
	method: string;
	path: string;
	/** `fingerprint()` of the Bearer token it was sent with, to compare without keeping tokens. */
	tokenFingerprint: string;
	/** The request's Content-Type header, with its boundary. */
	contentType: string;
	parts: Array<{
		name: string;
		fileName?: string;
		contentType?: string;
		size: number;
		/** A text field's value (parts without a file name). */
		text?: string;
	}>;
}

function emptyStats(): EmulatorStats {
	return {
		tokenRequests: 0,
		tokenRequestsByAccount: {},
		tokensIssued: 0,
		tokenFailures: 0,
		apiRequests: 0,
		unauthorized: 0,
		rateLimited: 0,
		rateLimitedByRoute: {},
		byRoute: {},
		confirmations: {},
		alreadyConfirmed: 0,
	};
}

/** FNV-1a of a text: the part of a seller store's seed that comes from its account ID. */
function textHash(text: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** A SELLER account's own store (storePerSeller), its route modules built as they are needed. */
interface SellerStore {
	store: Store;
	context: RouteContext;
	/** Each route module's routes for this store, by ROUTE_MODULES index; built in order. */
	modules: EmulatorRoute[][];
}

export function fingerprint(token: string): string {
	return createHash('sha256').update(token).digest('hex').slice(0, 16);
}

export class NaverCommerceEmulator {
	readonly apps: EmulatorApp[];
	readonly store: Store;
	stats: EmulatorStats = emptyStats();
	faults: Fault[] = [];
	/** Every authenticated multipart request, in order (cleared by resetStats). */
	multipartRequests: ReceivedMultipartRequest[] = [];
	rateLimitPerSecond?: number;
	/** What one rate bucket counts (EmulatorOptions.rateLimitScope). */
	readonly rateLimitScope: RateLimitScope;
	clockSkewMs: number;
	/** Delay before every API answer (ms); settable while running, e.g. by a benchmark. */
	latencyMs: number;
	private tokenClockOffsetMs = 0;
	private readonly tokensByKey = new Map<string, IssuedToken>();
	private readonly tokensByValue = new Map<string, IssuedToken>();
	private readonly buckets = new Map<string, { tokens: number; updatedMs: number }>();
	private traceCounter = 0;
	/** Answers kept for options.cacheAnswersOf, by route, caller, path, query and body. */
	private readonly cachedAnswers = new Map<string, HttpReply>();
	private server?: Server;
	private readonly routes: EmulatorRoute[];
	/** Where each of `routes` comes from: its module's index in ROUTE_MODULES, its place in it. */
	private readonly routePlaces = new Map<EmulatorRoute, { module: number; position: number }>();
	/** The stores of SELLER accounts (storePerSeller), by account ID. */
	private readonly sellerStores = new Map<string, SellerStore>();
	port = 0;

	constructor(private readonly options: EmulatorOptions = {}) {
		this.apps = options.apps ?? [DEFAULT_APP];
		this.rateLimitPerSecond = options.rateLimitPerSecond;
		this.rateLimitScope = options.rateLimitScope ?? 'application';
		this.clockSkewMs = options.clockSkewMs ?? 0;
		this.latencyMs = options.latencyMs ?? 0;
		this.store = seedStore({
			seed: options.seed ?? 20260101,
			nowMs: Date.now(),
			productOrders: options.productOrders ?? 240,
			spanHours: options.spanHours ?? 48,
			paidOrdersOnly: options.paidOrdersOnly,
		});
		const context: RouteContext = {
			store: this.store,
			random: seededRandom((options.seed ?? 20260101) + 1),
			now: () => this.wallNow(),
			seed: options.seed ?? 20260101,
		};
		const modules = ROUTE_MODULES.map((module) => module(context));
		modules.forEach((routes, module) =>
			routes.forEach((route, position) => this.routePlaces.set(route, { module, position })),
		);
		this.routes = modules.flat();
	}

	/**
	 * The store a SELLER account's calls reach: with storePerSeller its own (seeded on first use),
	 * else the emulator's one store. The account must be linked to one of the emulator's apps.
	 */
	sellerStore(accountId: string): Store {
		return this.options.storePerSeller ? this.sellerStoreOf(accountId).store : this.store;
	}

	private sellerStoreOf(accountId: string): SellerStore {
		const known = this.sellerStores.get(accountId);
		if (known) return known;
		// Every linked seller of every app, in order: the place of the account is its store's ID
		// space (1, 2, …), so that product order numbers never meet across stores.
		const sellers = [...new Set(this.apps.flatMap((app) => app.linkedSellers ?? []))];
		const place = sellers.indexOf(accountId);
		if (place < 0) throw new Error(`No app of this emulator links the seller ${accountId}`);
		const seed = ((this.options.seed ?? 20260101) ^ textHash(accountId)) >>> 0;
		const number = String(place + 1).padStart(3, '0');
		const store = seedStore({
			seed,
			nowMs: Date.now(),
			productOrders: this.options.productOrders ?? 240,
			spanHours: this.options.spanHours ?? 48,
			paidOrdersOnly: this.options.paidOrdersOnly,
			idSpace: place + 1,
			account: accountId.startsWith('ncp_')
				? { accountId: `seller_store_${number}`, accountUid: accountId, grade: 'BIG_POWER' }
				: { accountId, accountUid: `ncp_1sellerStoreUid${number}`, grade: 'BIG_POWER' },
		});
		const seller: SellerStore = {
			store,
			context: { store, random: seededRandom(seed + 1), now: () => this.wallNow(), seed },
			modules: [],
		};
		this.sellerStores.set(accountId, seller);
		return seller;
	}

	/**
	 * The route that serves `route` for this caller: the seller's own with storePerSeller and a
	 * SELLER token, else `route` itself. A seller's route modules are built up to the one needed,
	 * in ROUTE_MODULES order as for the emulator's store (later modules may read what earlier
	 * ones keep beside the store), so a job that only reads and confirms product orders does not
	 * wait for the product catalogue and settlements to be seeded.
	 */
	private routeForCaller(route: EmulatorRoute, account: string): EmulatorRoute {
		if (!this.options.storePerSeller || !account.startsWith('SELLER:')) return route;
		const seller = this.sellerStoreOf(account.slice('SELLER:'.length));
		const place = this.routePlaces.get(route)!;
		while (seller.modules.length <= place.module) {
			seller.modules.push(ROUTE_MODULES[seller.modules.length](seller.context));
		}
		return seller.modules[place.module][place.position];
	}

	get baseUrl(): string {
		return `http://127.0.0.1:${this.port}${API_PREFIX}`;
	}

	/** The wall clock the emulator checks signing timestamps against. */
	wallNow(): number {
		return Date.now() + this.clockSkewMs;
	}

	/** The clock tokens expire on; `advanceTokenClock` moves it forward. */
	tokenNow(): number {
		return Date.now() + this.tokenClockOffsetMs;
	}

	advanceTokenClock(ms: number): void {
		this.tokenClockOffsetMs += ms;
	}

	/** Ends every token's life now, as if three hours had passed for all of them. */
	expireAllTokens(): void {
		const now = this.tokenNow();
		for (const token of this.tokensByValue.values())
			token.expiresAt = Math.min(token.expiresAt, now);
	}

	resetStats(): void {
		this.stats = emptyStats();
		this.multipartRequests = [];
	}

	activeTokenFingerprints(): string[] {
		const now = this.tokenNow();
		return [...this.tokensByValue.values()]
			.filter((token) => token.expiresAt > now)
			.map((token) => fingerprint(token.token));
	}

	async start(): Promise<this> {
		this.server = createServer((req, res) => {
			this.handle(req, res).catch((error) => {
				res.statusCode = 500;
				res.end(String(error));
			});
		});
		// Keep-alive sockets from n8n would otherwise hold close() open.
		this.server.keepAliveTimeout = 1000;
		await new Promise<void>((resolve, reject) => {
			this.server!.once('error', reject);
			this.server!.listen(this.options.port ?? 0, '127.0.0.1', () => resolve());
		});
		this.port = (this.server.address() as AddressInfo).port;
		return this;
	}

	async stop(): Promise<void> {
		const server = this.server;
		if (!server) return;
		this.server = undefined;
		server.closeAllConnections();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	}

	private nextTraceId(): string {
		this.traceCounter += 1;
		return `emu-${this.port}-${(this.traceCounter + 100000).toString(36)}^${this.wallNow()}^${this.traceCounter}`;
	}

	private gatewayError(status: number, code: string, message: string, traceId: string): HttpReply {
		return {
			status,
			body: { code, message, timestamp: formatKst(this.wallNow()), traceId },
		};
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const rawBytes = await readBody(req);
		const rawBody = rawBytes.toString('utf-8');
		const traceId = this.nextTraceId();
		let reply: HttpReply | 'drop';
		let fromFault = false;

		if (url.pathname.startsWith(`${ADMIN_PREFIX}/`)) {
			reply = this.admin(req.method ?? 'GET', url.pathname.slice(ADMIN_PREFIX.length), rawBody);
		} else if (!url.pathname.startsWith(`${API_PREFIX}/`)) {
			reply = this.gatewayError(404, 'GW.NOT_FOUND', '요청한 API를 찾을 수 없습니다.', traceId);
		} else {
			const path = url.pathname.slice(API_PREFIX.length);
			const fault = this.takeFault(req.method ?? 'GET', path);
			if (fault?.kind === 'lostAnswer') {
				if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
				this.api(req, path, url.searchParams, rawBody, traceId, rawBytes);
				reply = 'drop';
			} else if (fault) {
				if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
				// A fault is a test's deliberate answer, not the emulator's reading of Naver.
				fromFault = true;
				reply = this.faultReply(fault, traceId);
			} else if (path === '/v1/oauth2/token') {
				reply = this.token(req, rawBody, traceId);
			} else {
				reply = this.api(req, path, url.searchParams, rawBody, traceId, rawBytes);
			}
		}

		if (this.latencyMs > 0 && url.pathname.startsWith(`${API_PREFIX}/`)) {
			await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
		}
		if (reply === 'drop') {
			req.socket.destroy();
			return;
		}
		if (
			url.pathname.startsWith(`${API_PREFIX}/`) &&
			!fromFault &&
			this.options.checkAnswers !== false
		) {
			this.checkAnswer(req.method ?? 'GET', url.pathname.slice(API_PREFIX.length), reply);
		}
		res.statusCode = reply.status;
		res.setHeader('GNCP-GW-Trace-ID', traceId);
		res.setHeader('Date', new Date(this.wallNow()).toUTCString());
		for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
		if (reply.body === undefined) {
			res.end();
		} else if (typeof reply.body === 'string') {
			res.setHeader('Content-Type', 'text/html; charset=utf-8');
			res.end(reply.body);
		} else {
			res.setHeader('Content-Type', 'application/json;charset=UTF-8');
			res.end(JSON.stringify(reply.body));
		}
	}

	/** Records an answer that does not match the reference (see contractFindings). */
	private checkAnswer(method: string, path: string, reply: HttpReply): void {
		const documented = findEndpoint(method, path);
		if (!documented || typeof reply.body === 'string') return;
		const problems =
			reply.status < 300
				? checkResponse(documented.endpoint, reply.body)
				: checkErrorAnswer(documented.endpoint, reply.status, reply.body);
		if (problems.length === 0) return;
		installContractExitHook();
		contractFindings.push({
			direction: 'response',
			method,
			path,
			source: documented.endpoint.source,
			problems,
		});
	}

	private takeFault(method: string, path: string): Fault | undefined {
		const fault = this.faults.find(
			(candidate) =>
				candidate.remaining > 0 &&
				(!candidate.method || candidate.method === method) &&
				(!candidate.pathPrefix || path.startsWith(candidate.pathPrefix)),
		);
		if (fault?.skip) {
			fault.skip -= 1;
			return undefined;
		}
		if (fault) fault.remaining -= 1;
		this.faults = this.faults.filter((candidate) => candidate.remaining > 0);
		return fault;
	}

	private faultReply(fault: Fault, traceId: string): HttpReply | 'drop' {
		switch (fault.kind ?? 'json') {
			case 'drop':
				return 'drop';
			case 'empty':
				return { status: fault.status };
			case 'redirect':
				return { status: fault.status, headers: { Location: fault.location ?? '/' } };
			case 'html':
				return {
					status: fault.status,
					body: `<html><body><h1>${fault.status} Error</h1></body></html>`,
				};
			default:
				return this.gatewayError(
					fault.status,
					fault.code ?? 'GW.INTERNAL_SERVER_ERROR',
					fault.message ?? '일시적인 오류입니다.',
					traceId,
				);
		}
	}

	// --- POST /v1/oauth2/token -------------------------------------------------------------------

	private token(req: IncomingMessage, rawBody: string, traceId: string): HttpReply {
		this.stats.tokenRequests += 1;
		const form = new URLSearchParams(rawBody);
		const type = form.get('type') ?? '';
		const asked = `${form.get('client_id') ?? ''}|${type === 'SELLER' ? `SELLER:${form.get('account_id') ?? ''}` : type}`;
		this.stats.tokenRequestsByAccount[asked] = (this.stats.tokenRequestsByAccount[asked] ?? 0) + 1;
		const reply = this.issueToken(req, rawBody, traceId);
		if (reply.status !== 200) this.stats.tokenFailures += 1;
		return reply;
	}

	private issueToken(req: IncomingMessage, rawBody: string, traceId: string): HttpReply {
		const invalid = (
			status: number,
			message: string,
			inputs: Array<{ name: string; type: string; message: string }>,
		) => ({
			status,
			body: {
				code: status === 403 ? 'Forbidden' : 'BadRequest',
				message,
				timestamp: formatKst(this.wallNow()),
				traceId,
				invalidInputs: inputs,
			},
		});
		if (req.method !== 'POST')
			return this.gatewayError(405, 'MethodNotAllowed', '허용되지 않은 메서드입니다.', traceId);
		const contentType = String(req.headers['content-type'] ?? '');
		if (!contentType.startsWith('application/x-www-form-urlencoded')) {
			return {
				status: 415,
				body: {
					code: 'UnsupportedMediaType',
					message: '지원하지 않는 Content-Type입니다.',
					timestamp: formatKst(this.wallNow()),
					traceId,
				},
			};
		}
		const form = new URLSearchParams(rawBody);
		const missing = ['client_id', 'timestamp', 'grant_type', 'client_secret_sign', 'type'].filter(
			(name) => !form.get(name),
		);
		if (missing.length > 0) {
			return invalid(
				400,
				'필수 파라미터가 누락되었습니다.',
				missing.map((name) => ({ name, type: 'NotNull', message: `${name} 값은 필수입니다.` })),
			);
		}
		const clientId = form.get('client_id')!;
		const app = this.apps.find((candidate) => candidate.clientId === clientId);
		if (app?.allowedIps && !app.allowedIps.includes(remoteIp(req))) {
			return this.gatewayError(403, 'GW.IP_NOT_ALLOWED', '호출이 허용되지 않은 IP입니다.', traceId);
		}
		if (form.get('grant_type') !== 'client_credentials') {
			return invalid(400, '유효하지 않은 grant_type입니다.', [
				{ name: 'grant_type', type: 'Invalid', message: 'client_credentials만 허용됩니다.' },
			]);
		}
		const type = form.get('type')!;
		if (type !== 'SELF' && type !== 'SELLER') {
			return invalid(400, '유효하지 않은 type입니다.', [
				{ name: 'type', type: 'Invalid', message: 'SELF 또는 SELLER만 허용됩니다.' },
			]);
		}
		if (!app) {
			return invalid(400, '유효하지 않은 애플리케이션입니다.', [
				{ name: 'client_id', type: 'Invalid', message: '등록되지 않은 client_id입니다.' },
			]);
		}
		const timestampText = form.get('timestamp')!;
		const timestamp = /^\d{13}$/.test(timestampText) ? Number(timestampText) : NaN;
		const wallNow = this.wallNow();
		// Valid for five minutes from the moment it names; a moment in the future is not valid yet.
		if (
			!Number.isFinite(timestamp) ||
			timestamp > wallNow ||
			wallNow - timestamp > TIMESTAMP_WINDOW_MS
		) {
			return invalid(400, 'timestamp가 유효하지 않습니다.', [
				{ name: 'timestamp', type: 'Invalid', message: '유효 시간(5분)을 벗어난 timestamp입니다.' },
			]);
		}
		// Recompute the signature with the app's secret. Naver's samples differ in base64 flavour
		// (Java uses the URL-safe alphabet), so both spellings are accepted.
		const expected = Buffer.from(
			hashSync(`${clientId}_${timestampText}`, app.clientSecret),
			'utf-8',
		);
		const given = form.get('client_secret_sign')!;
		if (given !== expected.toString('base64') && given !== expected.toString('base64url')) {
			return invalid(400, '전자서명 검증에 실패했습니다.', [
				{
					name: 'client_secret_sign',
					type: 'Invalid',
					message: 'client_secret_sign 값이 유효하지 않습니다.',
				},
			]);
		}
		let accountKey = 'SELF';
		if (type === 'SELLER') {
			const accountId = form.get('account_id') ?? '';
			if (accountId === '') {
				return invalid(400, 'account_id는 필수입니다.', [
					{
						name: 'account_id',
						type: 'NotNull',
						message: 'type이 SELLER인 경우 account_id는 필수입니다.',
					},
				]);
			}
			if (!(app.linkedSellers ?? []).includes(accountId)) {
				return invalid(403, '연결되지 않은 판매자입니다.', [
					{ name: 'account_id', type: 'Forbidden', message: '솔루션을 구독한 판매자가 아닙니다.' },
				]);
			}
			accountKey = `SELLER:${accountId}`;
		}

		const key = `${clientId}|${accountKey}`;
		const now = this.tokenNow();
		let issued = this.tokensByKey.get(key);
		// Naver hands back the same token while 30 minutes or more remain, and a new one below that;
		// the old one keeps working until its own expiry.
		if (!issued || issued.expiresAt - now < TOKEN_REUSE_THRESHOLD_MS) {
			issued = {
				token: randomBytes(24).toString('base64url'),
				key,
				clientId,
				expiresAt: now + TOKEN_LIFETIME_MS,
			};
			this.tokensByKey.set(key, issued);
			this.tokensByValue.set(issued.token, issued);
			this.stats.tokensIssued += 1;
		}
		return {
			status: 200,
			body: {
				access_token: issued.token,
				expires_in: Math.floor((issued.expiresAt - now) / 1000),
				token_type: 'Bearer',
			},
		};
	}

	// --- authenticated APIs ----------------------------------------------------------------------

	private api(
		req: IncomingMessage,
		path: string,
		query: URLSearchParams,
		rawBody: string,
		traceId: string,
		/** The body as received, for multipart uploads (files are not text). */
		rawBytes: Buffer = Buffer.from(rawBody, 'utf-8'),
	): HttpReply {
		this.stats.apiRequests += 1;
		const method = req.method ?? 'GET';
		const route =
			this.routes.find(
				(candidate) => candidate.method === method && candidate.pattern.test(path),
			) ?? this.routes.find((candidate) => candidate.pattern.test(path));
		if (!route)
			return this.gatewayError(404, 'GW.NOT_FOUND', '요청한 API를 찾을 수 없습니다.', traceId);
		if (route.method !== method)
			return this.gatewayError(
				405,
				'GW.METHOD_NOT_ALLOWED',
				'허용되지 않은 메서드입니다.',
				traceId,
			);

		const authorization = String(req.headers.authorization ?? '');
		const token = authorization.startsWith('Bearer ')
			? this.tokensByValue.get(authorization.slice(7))
			: undefined;
		if (!token || token.expiresAt <= this.tokenNow()) {
			this.stats.unauthorized += 1;
			return this.gatewayError(401, 'GW.AUTHN', '요청을 보낼 권한이 없습니다.', traceId);
		}
		const app = this.apps.find((candidate) => candidate.clientId === token.clientId);
		if (app?.allowedIps && !app.allowedIps.includes(remoteIp(req))) {
			return this.gatewayError(403, 'GW.IP_NOT_ALLOWED', '호출이 허용되지 않은 IP입니다.', traceId);
		}
		const caller = { clientId: token.clientId, account: token.key.split('|')[1] };
		const rateHeaders = this.takeRateToken(
			this.rateLimitScope === 'account'
				? `${token.clientId}|${caller.account}|${route.name}`
				: `${token.clientId}|${route.name}`,
		);
		if (rateHeaders === 'limited') {
			this.stats.rateLimited += 1;
			this.stats.rateLimitedByRoute[route.name] =
				(this.stats.rateLimitedByRoute[route.name] ?? 0) + 1;
			return {
				...this.gatewayError(429, 'GW.RATE_LIMIT', '요청이 허용량을 초과했습니다.', traceId),
				headers: this.rateHeaders(0),
			};
		}
		this.stats.byRoute[route.name] = (this.stats.byRoute[route.name] ?? 0) + 1;

		const contentType = String(req.headers['content-type'] ?? '');
		const served = this.routeForCaller(route, caller.account);
		let parts: MultipartPart[] | undefined;
		if (isMultipart(contentType)) {
			const { code, message } = validationCode(path);
			const refusal = (detail: string): HttpReply => ({
				status: 400,
				body: { code, message: `${message} (${detail})`, timestamp: formatKst(this.wallNow()) },
			});
			// Only the upload APIs read multipart bodies; the others are JSON APIs.
			if (!route.multipart)
				return this.envelope(route, refusal('JSON 본문이 필요합니다'), traceId, rateHeaders);
			const boundary = multipartBoundary(contentType);
			if (!boundary)
				return this.envelope(route, refusal('multipart boundary가 없습니다'), traceId, rateHeaders);
			try {
				parts = parseMultipart(rawBytes, boundary);
			} catch (error) {
				if (!(error instanceof MultipartError)) throw error;
				return this.envelope(route, refusal(error.message), traceId, rateHeaders);
			}
			this.multipartRequests.push({
				method,
				path,
				tokenFingerprint: fingerprint(token.token),
				contentType,
				parts: parts.map((part) => ({
					name: part.name,
					fileName: part.fileName,
					contentType: part.contentType,
					size: part.data.length,
					...(part.fileName === undefined ? { text: part.data.toString('utf-8') } : {}),
				})),
			});
		}
		let body: unknown;
		if (!parts && rawBody !== '') {
			try {
				body = JSON.parse(rawBody);
			} catch {
				return {
					status: 400,
					body: {
						code: '4000',
						message: '요청 본문이 올바른 JSON이 아닙니다.',
						timestamp: formatKst(this.wallNow()),
						traceId,
					},
				};
			}
		}
		// Naver's documented contract, before any business rule: what it would refuse, it refuses.
		// A multipart body is checked like a form: each part by its field name, a file part by
		// its file name (the reference types files as strings).
		const documented = findEndpoint(method, path);
		if (documented) {
			const form = parts
				? new URLSearchParams(
						parts.map((part): [string, string] => [
							part.name,
							part.fileName ?? part.data.toString('utf-8'),
						]),
					)
				: undefined;
			const problems = checkRequest(documented.endpoint, {
				pathParameters: documented.pathParameters,
				query,
				body,
				form,
			});
			// A read has no effect, so its route may speak first: where the route refuses it with
			// the API's own code (4006 page size, a business condition), that answer stands.
			const routeAnswer =
				problems.length > 0 && method === 'GET'
					? served.handler({ method, path, query, body, parts, caller }, path.match(route.pattern)!)
					: undefined;
			if (problems.length > 0 && routeAnswer && routeAnswer.status >= 400) {
				return this.envelope(route, routeAnswer, traceId, rateHeaders);
			}
			if (problems.length > 0) {
				contractFindings.push({
					direction: 'request',
					method,
					path,
					source: documented.endpoint.source,
					problems,
				});
				const { code, message } = validationCode(path);
				// The envelope the endpoint's page documents for 400: the pay-order reference names
				// the field in the message of 4000 ("오류 유형.객체명.필드명") and has no invalidInputs;
				// the other groups document invalidInputs, and some a traceId.
				const documentedFields = documented.endpoint.errors?.['400']?.schema.properties ?? {};
				// Each input with the keys its group documents (pay-user has no `type`).
				const inputFields = documentedFields.invalidInputs
					? Object.keys(documentedFields.invalidInputs.items?.properties ?? {})
					: undefined;
				return {
					status: 400,
					body: {
						code,
						message:
							code === '4000'
								? problems.map((p) => `${p.type}.request.${p.name}`).join(', ')
								: message,
						...(inputFields
							? {
									invalidInputs: problems.map((problem) =>
										Object.fromEntries(
											Object.entries(problem).filter(([key]) => inputFields.includes(key)),
										),
									),
								}
							: {}),
						timestamp: formatKst(this.wallNow()),
						...('traceId' in documentedFields ? { traceId } : {}),
					},
				};
			}
		}
		const cacheKey = this.options.cacheAnswersOf?.includes(route.name)
			? JSON.stringify([route.name, caller, path, query.toString(), rawBody])
			: undefined;
		if (!cacheKey && method !== 'GET') this.cachedAnswers.clear();
		const reply =
			(cacheKey && this.cachedAnswers.get(cacheKey)) ||
			served.handler({ method, path, query, body, parts, caller }, path.match(route.pattern)!);
		if (cacheKey && reply.status < 300) this.cachedAnswers.set(cacheKey, reply);
		if (route.name === 'productOrders.confirm' && reply.status === 200)
			this.countConfirmations(reply);
		return this.envelope(route, reply, traceId, rateHeaders);
	}

	/** Confirm's outcomes, product order by product order (stats.confirmations, alreadyConfirmed). */
	private countConfirmations(reply: HttpReply): void {
		const body = reply.body as {
			successProductOrderInfos?: Array<{ productOrderId: string }>;
			failProductOrderInfos?: Array<{ code: string }>;
		};
		for (const { productOrderId } of body.successProductOrderInfos ?? []) {
			this.stats.confirmations[productOrderId] =
				(this.stats.confirmations[productOrderId] ?? 0) + 1;
		}
		this.stats.alreadyConfirmed += (body.failProductOrderInfos ?? []).filter(
			(fail) => fail.code === '105306',
		).length;
	}

	/** Pay-order APIs wrap results in { timestamp, traceId, data } and their errors carry a traceId. */
	private envelope(
		route: EmulatorRoute,
		reply: HttpReply,
		traceId: string,
		rateHeaders: Record<string, string> | undefined,
	): HttpReply {
		const wrapped =
			route.envelope === 'payOrder'
				? reply.status < 300
					? { ...reply, body: { timestamp: formatKst(this.wallNow()), traceId, data: reply.body } }
					: {
							...reply,
							body: { ...(reply.body as object), timestamp: formatKst(this.wallNow()), traceId },
						}
				: route.envelope === 'traceId' && reply.body && typeof reply.body === 'object'
					? { ...reply, body: { ...(reply.body as object), traceId } }
					: reply;
		return { ...wrapped, headers: { ...(wrapped.headers ?? {}), ...(rateHeaders ?? {}) } };
	}

	private rateHeaders(remaining: number): Record<string, string> {
		const rate = this.rateLimitPerSecond ?? 0;
		return {
			'GNCP-GW-RateLimit-Replenish-Rate': String(rate),
			'GNCP-GW-RateLimit-Burst-Capacity': String(rate * 2),
			'GNCP-GW-RateLimit-Remaining': String(Math.max(0, Math.floor(remaining))),
		};
	}

	/**
	 * Token bucket per app and API (or per app, account and API: rateLimitScope), refilled at the
	 * rate, holding twice the rate (Naver's burst). The buckets live in this emulator, so every
	 * process calling it draws on the same ones.
	 */
	private takeRateToken(key: string): Record<string, string> | 'limited' | undefined {
		const rate = this.rateLimitPerSecond;
		if (!rate) return undefined;
		const now = Date.now();
		const bucket = this.buckets.get(key) ?? { tokens: rate * 2, updatedMs: now };
		bucket.tokens = Math.min(rate * 2, bucket.tokens + ((now - bucket.updatedMs) / 1000) * rate);
		bucket.updatedMs = now;
		this.buckets.set(key, bucket);
		if (bucket.tokens < 1) return 'limited';
		bucket.tokens -= 1;
		return this.rateHeaders(bucket.tokens);
	}

	// --- test controls ---------------------------------------------------------------------------

	private admin(method: string, path: string, rawBody: string): HttpReply {
		const body = rawBody ? (JSON.parse(rawBody) as Record<string, unknown>) : {};
		if (method === 'GET' && path === '/stats') return { status: 200, body: this.stats };
		if (method === 'GET' && path === '/tokens')
			return { status: 200, body: { active: this.activeTokenFingerprints() } };
		if (method === 'POST' && path === '/tokens/expire') {
			this.expireAllTokens();
			return { status: 200, body: { expired: true } };
		}
		if (method === 'POST' && path === '/clock') {
			this.advanceTokenClock(Number(body.advanceMs ?? 0));
			return { status: 200, body: { tokenNow: formatKst(this.tokenNow()) } };
		}
		if (method === 'POST' && path === '/stats/reset') {
			this.resetStats();
			return { status: 200, body: this.stats };
		}
		if (method === 'POST' && path === '/faults') {
			this.faults.push({ ...(body as unknown as Fault), remaining: Number(body.remaining ?? 1) });
			return { status: 200, body: { faults: this.faults.length } };
		}
		if (method === 'POST' && path === '/rate-limit') {
			this.rateLimitPerSecond = body.perSecond ? Number(body.perSecond) : undefined;
			return { status: 200, body: { perSecond: this.rateLimitPerSecond ?? null } };
		}
		return {
			status: 404,
			body: { code: 'NOT_FOUND', message: `No emulator control ${method} ${path}` },
		};
	}
}

function remoteIp(req: IncomingMessage): string {
	return (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
}

/** The body as bytes: a multipart upload carries files that are not text. */
async function readBody(req: IncomingMessage): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

/** Starts an emulator on a free loopback port. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<NaverCommerceEmulator> {
	return await new NaverCommerceEmulator(options).start();
}
