/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * `npm run screenshots [-- --out DIR]`: starts the emulator and a real n8n (127.0.0.1, a port from
 * 5690–5699) with the packed package installed, walks through the editor in headless Chromium and
 * writes the PNGs to docs/ (or DIR). See docs/editor.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

import { buildAndPack, ensureN8n, REPO_ROOT } from '../test/e2e/realN8n';
import { ensureChromium, openEditorBrowser, type EditorBrowser } from '../test/editor/browser';
import {
	confirmableProductOrderIds,
	editorTour,
	issueProductImageUrls,
} from '../test/editor/editorTour';
import { freeN8nPort, N8nServer } from '../test/editor/n8nServer';
import { DEFAULT_APP, startEmulator, type NaverCommerceEmulator } from '../test/emulator/server';

// Not a real secret: a well-formed bcrypt salt that belongs to no app.
const WRONG_SECRET = '$2a$04$SomeoneElsesSecretSalt';

async function main(): Promise<void> {
	const outFlag = process.argv.indexOf('--out');
	const outDir = resolve(outFlag > 0 ? process.argv[outFlag + 1] : join(REPO_ROOT, 'docs'));
	const chromiumPath = ensureChromium();
	const runtime = ensureN8n();
	const packDir = mkdtempSync(join(tmpdir(), 'naver-pack-'));
	const tarball = buildAndPack(packDir);

	let emulator: NaverCommerceEmulator | undefined;
	let server: N8nServer | undefined;
	let browser: EditorBrowser | undefined;
	try {
		emulator = await startEmulator();
		issueProductImageUrls(emulator);
		server = new N8nServer(runtime, await freeN8nPort());
		server.instance.installCommunityPackage(tarball);
		await server.start();
		await server.setupOwner();
		browser = await openEditorBrowser({
			executablePath: chromiumPath,
			origin: server.baseUrl,
			authCookie: server.authCookie,
		});
		const seen = await editorTour({
			server,
			browser,
			emulatorBaseUrl: emulator.baseUrl,
			app: DEFAULT_APP,
			wrongSecret: WRONG_SECRET,
			confirmableProductOrderIds: confirmableProductOrderIds(emulator),
			outDir,
		});
		for (const shot of seen.screenshots) console.log(relative(process.cwd(), shot));
		const help = Object.entries(seen.credentialDialog.tooltips)
			.map(([field, text]) => `${field}: ${text ? 'shown' : 'MISSING'}`)
			.join(', ');
		console.log(`credential field help: ${help}`);
		if (browser.blockedRequests.length > 0) {
			console.log(`blocked ${browser.blockedRequests.length} request(s) to other hosts:`);
			for (const url of new Set(browser.blockedRequests)) console.log(`  ${url}`);
		}
	} finally {
		await browser?.close();
		await server?.stop();
		await emulator?.stop();
		server?.instance.cleanup();
		rmSync(packDir, { recursive: true, force: true });
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
