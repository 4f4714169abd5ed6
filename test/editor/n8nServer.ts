/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * A real `n8n start` (editor UI and REST API) on 127.0.0.1, with this package installed as a
 * community package by N8nInstance, and an owner account set up through n8n's REST API (the same
 * calls the editor's set-up page makes). Used by the editor test and `npm run screenshots`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';

import { N8nInstance, type N8nRuntime } from '../e2e/realN8n';

/** The port range this project's editor tests and screenshot script may use for n8n. */
export const N8N_PORT_RANGE = { first: 5690, last: 5699 } as const;

export interface Owner {
	email: string;
	password: string;
	firstName: string;
	lastName: string;
}

async function isPortFree(port: number): Promise<boolean> {
	return await new Promise((resolve) => {
		const probe = createServer();
		probe.once('error', () => resolve(false));
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
	});
}

/** The first free port of the range, so a test and the screenshot script can run side by side. */
export async function freeN8nPort(
	first: number = N8N_PORT_RANGE.first,
	last: number = N8N_PORT_RANGE.last,
): Promise<number> {
	for (let port = first; port <= last; port++) {
		if (await isPortFree(port)) return port;
	}
	throw new Error(`No free port for n8n between ${first} and ${last}`);
}

async function sleep(ms: number): Promise<void> {
	await new Promise((resolve) => setTimeout(resolve, ms));
}

export class N8nServer {
	readonly instance: N8nInstance;
	readonly baseUrl: string;
	private child?: ChildProcess;
	private log = '';
	/** The owner's session cookie (`n8n-auth=…`) once `setupOwner` has run. */
	authCookie = '';

	readonly owner: Owner = {
		email: 'owner@naver-commerce.test',
		firstName: 'Store',
		lastName: 'Owner',
		// A fresh password per run that meets n8n's rules (a digit and an upper-case letter).
		password: `Pw1-${randomBytes(12).toString('base64url')}`,
	};

	constructor(
		runtime: N8nRuntime,
		readonly port: number,
	) {
		this.instance = new N8nInstance(runtime, undefined, {
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			N8N_PROTOCOL: 'http',
			N8N_EDITOR_BASE_URL: `http://127.0.0.1:${port}/`,
			// Plain http on loopback: a Secure cookie would not be sent back by the browser.
			N8N_SECURE_COOKIE: 'false',
			N8N_LOG_LEVEL: 'warn',
			// Nothing in the editor may reach the internet: no telemetry, templates or update checks.
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_AI_ENABLED: 'false',
			EXTERNAL_FRONTEND_HOOKS_URLS: '',
		});
		this.baseUrl = `http://127.0.0.1:${port}`;
	}

	/** What n8n printed so far (for failure messages; it never contains the credential secret). */
	get output(): string {
		return this.log;
	}

	/** Starts `n8n start` and waits, at most `timeoutMs`, until its REST API answers. */
	async start(timeoutMs = 180_000): Promise<void> {
		const child = spawn(this.instance.runtime.bin, ['start'], {
			env: this.instance.env(),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		this.child = child;
		const collect = (chunk: Buffer) => {
			// Keep the tail only: a long-running editor session would otherwise grow without bound.
			this.log = (this.log + chunk.toString('utf-8')).slice(-20_000);
		};
		child.stdout?.on('data', collect);
		child.stderr?.on('data', collect);
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			if (child.exitCode !== null) {
				throw new Error(`n8n start exited with ${child.exitCode}:\n${this.log.slice(-3000)}`);
			}
			// /healthz answers first; until the REST API is mounted, n8n serves a plain-text
			// "starting up" page for every other path, so wait for JSON from /rest/settings too.
			if ((await this.probe('/healthz')).ok && (await this.probe('/rest/settings')).json) return;
			await sleep(500);
		}
		throw new Error(`n8n did not answer within ${timeoutMs} ms:\n${this.log.slice(-3000)}`);
	}

	private async probe(path: string): Promise<{ ok: boolean; json: boolean }> {
		try {
			const response = await fetch(`${this.baseUrl}${path}`, { signal: AbortSignal.timeout(2000) });
			await response.arrayBuffer();
			return {
				ok: response.status === 200,
				json:
					response.status === 200 &&
					(response.headers.get('content-type') ?? '').includes('application/json'),
			};
		} catch {
			return { ok: false, json: false };
		}
	}

	/** Stops n8n: SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
	async stop(graceMs = 20_000): Promise<void> {
		const child = this.child;
		this.child = undefined;
		if (!child || child.exitCode !== null || child.signalCode !== null) return;
		const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
		child.kill('SIGTERM');
		const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
		await exited;
		clearTimeout(killer);
	}

	/** Creates the owner account (POST /rest/owner/setup) and keeps its session cookie. */
	async setupOwner(): Promise<void> {
		const response = await fetch(`${this.baseUrl}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(this.owner),
			signal: AbortSignal.timeout(30_000),
		});
		if (response.status !== 200) {
			throw new Error(`owner setup failed: ${response.status} ${await response.text()}`);
		}
		await response.arrayBuffer();
		await this.login();
	}

	/** Logs the owner in (POST /rest/login), as the editor's sign-in page does. */
	async login(): Promise<void> {
		const response = await fetch(`${this.baseUrl}/rest/login`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({
				emailOrLdapLoginId: this.owner.email,
				password: this.owner.password,
			}),
			signal: AbortSignal.timeout(30_000),
		});
		if (response.status !== 200) {
			throw new Error(`login failed: ${response.status} ${await response.text()}`);
		}
		await response.arrayBuffer();
		const cookie = response.headers
			.getSetCookie()
			.map((header) => header.split(';')[0])
			.find((pair) => pair.startsWith('n8n-auth='));
		if (!cookie) throw new Error('login answered without an n8n-auth cookie');
		this.authCookie = cookie;
	}

	/** A REST call as the logged-in owner; returns the status and the parsed JSON body. */
	async rest<T = unknown>(
		method: string,
		path: string,
		body?: unknown,
	): Promise<{ status: number; body: T }> {
		const response = await fetch(`${this.baseUrl}/rest${path}`, {
			method,
			headers: {
				Cookie: this.authCookie,
				...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
			signal: AbortSignal.timeout(60_000),
		});
		const text = await response.text();
		let parsed: unknown = text;
		try {
			parsed = JSON.parse(text);
		} catch {
			// not JSON: keep the text for the failure message
		}
		return { status: response.status, body: parsed as T };
	}
}
