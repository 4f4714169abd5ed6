/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/require-node-api-error -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Headless Chromium from Debian (scripts/setup-chromium.sh), driven by playwright-core. Playwright
 * never downloads a browser here: it only starts /usr/bin/chromium, and every request the editor
 * makes to anything but the n8n under test is aborted and recorded.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

import { REPO_ROOT } from '../e2e/realN8n';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** Installs Debian's Chromium if it is missing (idempotent) and returns its path. */
export function ensureChromium(): string {
	return execFileSync('bash', [join(REPO_ROOT, 'scripts', 'setup-chromium.sh')], {
		encoding: 'utf-8',
		stdio: ['ignore', 'pipe', 'inherit'],
		timeout: 15 * 60_000,
	}).trim();
}

export interface EditorBrowser {
	context: BrowserContext;
	page: Page;
	/** URLs the editor tried to reach outside the n8n under test (all were aborted). */
	blockedRequests: string[];
	close(): Promise<void>;
}

/**
 * A fresh Chromium profile (its own --user-data-dir, removed on close) with the owner's session
 * cookie, allowed to talk to `origin` only.
 */
export async function openEditorBrowser(options: {
	executablePath: string;
	origin: string;
	authCookie: string;
	viewport?: { width: number; height: number };
}): Promise<EditorBrowser> {
	const userDataDir = mkdtempSync(join(tmpdir(), 'naver-editor-chromium-'));
	let context: BrowserContext | undefined;
	try {
		// launchPersistentContext is how Playwright passes --user-data-dir to Chromium.
		context = await chromium.launchPersistentContext(userDataDir, {
			executablePath: options.executablePath,
			headless: true,
			args: CHROMIUM_ARGS,
			viewport: options.viewport ?? { width: 1280, height: 800 },
			deviceScaleFactor: 1,
			colorScheme: 'light',
			locale: 'en-US',
			timezoneId: 'Asia/Seoul',
			timeout: 60_000,
		});
		const blockedRequests: string[] = [];
		await context.route('**/*', async (route) => {
			const url = route.request().url();
			if (url.startsWith(`${options.origin}/`) || url.startsWith('data:')) {
				await route.continue();
			} else {
				blockedRequests.push(url);
				await route.abort('blockedbyclient');
			}
		});
		const [name, ...value] = options.authCookie.split('=');
		await context.addCookies([{ name, value: value.join('='), url: options.origin }]);
		context.setDefaultTimeout(30_000);
		context.setDefaultNavigationTimeout(60_000);
		const page = context.pages()[0] ?? (await context.newPage());
		const opened = context;
		return {
			context: opened,
			page,
			blockedRequests,
			close: async () => {
				await opened.close().catch(() => undefined);
				rmSync(userDataDir, { recursive: true, force: true });
			},
		};
	} catch (error) {
		await context?.close().catch(() => undefined);
		rmSync(userDataDir, { recursive: true, force: true });
		throw error;
	}
}
