/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Shared pieces of the reliability suite: a loopback "sentinel" that must never be called, a raw
 * fault proxy for faults the emulator cannot produce yet (response headers, invalid JSON with a
 * JSON content type), fast retry delays, and a capture of everything n8n-core logs.
 */
import { createRequire } from 'node:module';
import {
	createServer,
	type IncomingHttpHeaders,
	request as httpRequest,
	type IncomingMessage,
	type Server,
	type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

import { LoggerProxy } from 'n8n-workflow';

import { RETRY_POLICY } from '../../nodes/NaverCommerce/transport';
import { TOKEN_RETRY } from '../../credentials/naverCommerceAuth';
import { API_PREFIX } from '../emulator/server';

/** API Request parameters. */
export const send = (parameters: Record<string, unknown>) => ({
	resource: 'apiRequest',
	operation: 'send',
	...parameters,
});

async function listen(server: Server): Promise<number> {
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	return (server.address() as AddressInfo).port;
}

async function close(server: Server): Promise<void> {
	server.closeAllConnections();
	await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** A loopback server that records every request it gets: where a leaked token would land. */
export class Sentinel {
	readonly requests: Array<{
		method?: string;
		url?: string;
		authorization?: string;
		body: string;
	}> = [];
	private readonly server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			this.requests.push({
				method: req.method,
				url: req.url,
				authorization: req.headers.authorization,
				body: Buffer.concat(chunks).toString('utf-8'),
			});
			res.setHeader('Content-Type', 'application/json');
			res.end('{"sentinel":true}');
		});
	});
	port = 0;

	get origin(): string {
		return `http://127.0.0.1:${this.port}`;
	}

	get host(): string {
		return `127.0.0.1:${this.port}`;
	}

	async start(): Promise<this> {
		this.port = await listen(this.server);
		return this;
	}

	async stop(): Promise<void> {
		await close(this.server);
	}
}

/** A reply the proxy sends instead of forwarding, for requests whose path starts with `pathPrefix`. */
export interface RawFault {
	method?: string;
	/** After /external, like the emulator's faults. */
	pathPrefix: string;
	status: number;
	headers?: Record<string, string>;
	body?: string;
	remaining: number;
}

/**
 * Sits in front of the emulator on loopback: forwards everything (token requests included), except
 * requests matching a fault, which get the fault's raw status, headers and body. Counts every
 * request it answers itself, so tests can count attempts.
 */
export class RawFaultProxy {
	faults: RawFault[] = [];
	/** Rewrites the headers of forwarded responses, e.g. to drop or falsify the Date header. */
	rewriteHeaders?: (path: string, headers: IncomingHttpHeaders) => IncomingHttpHeaders;
	/** Requests answered with a fault, by path prefix. */
	readonly served = new Map<string, number>();
	private readonly server = createServer((req, res) => this.handle(req, res));
	port = 0;

	constructor(private readonly targetPort: number) {}

	get baseUrl(): string {
		return `http://127.0.0.1:${this.port}${API_PREFIX}`;
	}

	async start(): Promise<this> {
		this.server.keepAliveTimeout = 1000;
		this.port = await listen(this.server);
		return this;
	}

	async stop(): Promise<void> {
		await close(this.server);
	}

	private handle(req: IncomingMessage, res: ServerResponse): void {
		const path = (req.url ?? '/').split('?')[0].slice(API_PREFIX.length);
		const fault = this.faults.find(
			(candidate) =>
				candidate.remaining > 0 &&
				(!candidate.method || candidate.method === req.method) &&
				path.startsWith(candidate.pathPrefix),
		);
		if (fault) {
			fault.remaining -= 1;
			this.served.set(fault.pathPrefix, (this.served.get(fault.pathPrefix) ?? 0) + 1);
			req.resume();
			req.on('end', () => {
				res.writeHead(fault.status, fault.headers);
				res.end(fault.body ?? '');
			});
			return;
		}
		const upstream = httpRequest(
			{
				host: '127.0.0.1',
				port: this.targetPort,
				method: req.method,
				path: req.url,
				headers: req.headers,
			},
			(reply) => {
				const headers = this.rewriteHeaders?.(path, reply.headers) ?? reply.headers;
				// Forward the upstream Date header only (Node would add its own).
				res.sendDate = false;
				res.writeHead(reply.statusCode ?? 502, headers);
				reply.pipe(res);
			},
		);
		upstream.on('error', () => res.destroy());
		req.pipe(upstream);
	}
}

/**
 * Shrinks the transport's retry delays so the fault matrix runs in seconds; the number of attempts
 * (what the tests count) is unchanged. Returns a function that restores the real policy.
 */
export function fastRetries(): () => void {
	const saved = { ...RETRY_POLICY };
	const savedToken = [...TOKEN_RETRY.delaysMs];
	RETRY_POLICY.baseDelayMs = 5;
	RETRY_POLICY.maxDelayMs = 40;
	TOKEN_RETRY.delaysMs = [5, 10];
	return () => {
		Object.assign(RETRY_POLICY, saved);
		TOKEN_RETRY.delaysMs = savedToken;
	};
}

/** Rejects if `promise` takes longer than `ms`: a hang becomes a test failure, not a stuck run. */
export async function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
	});
	try {
		return await Promise.race([promise, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

/** JSON of anything, including errors (message, description, stack, cause) and cycles. */
export function dump(value: unknown): string {
	const seen = new WeakSet<object>();
	return JSON.stringify(value, (_key, entry: unknown) => {
		if (typeof entry === 'bigint') return String(entry);
		if (entry !== null && typeof entry === 'object') {
			if (seen.has(entry)) return '[cycle]';
			seen.add(entry);
			if (entry instanceof Error) {
				const own: Record<string, unknown> = {};
				for (const key of Object.getOwnPropertyNames(entry))
					own[key] = (entry as unknown as Record<string, unknown>)[key];
				return { ...own, name: entry.name, message: entry.message, stack: entry.stack };
			}
		}
		return entry;
	});
}

type LogMethod = (message: string, metadata?: unknown) => void;
interface CapturingLogger {
	error: LogMethod;
	warn: LogMethod;
	info: LogMethod;
	debug: LogMethod;
	scoped: () => CapturingLogger;
}

/**
 * Routes everything n8n-core logs (its DI Logger and n8n-workflow's LoggerProxy) and everything
 * written with console.* into `lines`, at every level, until `restore()`.
 */
export function captureLogs(): { lines: string[]; restore: () => void } {
	const lines: string[] = [];
	const record =
		(level: string): LogMethod =>
		(message, metadata) =>
			lines.push(`${level} ${message} ${dump(metadata)}`);
	const logger: CapturingLogger = {
		error: record('error'),
		warn: record('warn'),
		info: record('info'),
		debug: record('debug'),
		scoped: () => logger,
	};
	// n8n-core resolves its own copies of @n8n/di and @n8n/backend-common: use those.
	const requireFromCore = createRequire(require.resolve('n8n-core'));
	const { Container } = requireFromCore('@n8n/di') as {
		Container: { set: (type: unknown, value: unknown) => void; get: (type: unknown) => unknown };
	};
	const { Logger } = requireFromCore('@n8n/backend-common') as { Logger: unknown };
	const previousLogger = Container.get(Logger);
	Container.set(Logger, logger);
	LoggerProxy.init(logger as never);

	const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const;
	const saved = consoleMethods.map((name) => console[name]);
	for (const name of consoleMethods) {
		console[name] = (...args: unknown[]) => lines.push(`console.${name} ${dump(args)}`);
	}
	return {
		lines,
		restore: () => {
			consoleMethods.forEach((name, index) => (console[name] = saved[index]));
			Container.set(Logger, previousLogger);
			LoggerProxy.init(previousLogger as never);
		},
	};
}
