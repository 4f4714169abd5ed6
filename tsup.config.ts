import { defineConfig } from 'tsup';

// One CommonJS bundle per node and credential, as n8n loads them. bcryptjs is inlined so the
// published package has no runtime dependencies; n8n-workflow stays external (n8n provides it).
export default defineConfig({
	entry: {
		'credentials/NaverCommerceApi.credentials': 'credentials/NaverCommerceApi.credentials.ts',
		'nodes/NaverCommerce/NaverCommerce.node': 'nodes/NaverCommerce/NaverCommerce.node.ts',
		'nodes/NaverCommerce/NaverCommerceTrigger.node':
			'nodes/NaverCommerce/NaverCommerceTrigger.node.ts',
	},
	outDir: 'dist',
	format: ['cjs'],
	target: 'node20',
	platform: 'node',
	clean: true,
	dts: false,
	sourcemap: false,
	// No shared chunk: tsup's CommonJS splitting goes through sucrase, which turns this code into
	// invalid JavaScript (`returnawait`) that n8n's scanner cannot parse, and the shipped files may
	// require only n8n-workflow and crypto (test/package). Trigger and node each carry the transport.
	splitting: false,
	// Minified. dist/ as a whole is still over the 200 KB goal (docs/performance.md has the figure).
	minify: true,
	external: ['n8n-workflow'],
	noExternal: ['bcryptjs'],
	esbuildOptions(options) {
		// bcryptjs's async API schedules work with setImmediate/setTimeout, which n8n's community
		// rules forbid in shipped code. We only call hashSync, so those branches are dead.
		options.define = { ...options.define, setImmediate: 'undefined', setTimeout: 'undefined' };
		// Korean names and descriptions as UTF-8 (3 bytes a syllable) instead of \uXXXX escapes (6):
		// Node reads every module as UTF-8.
		options.charset = 'utf8';
	},
});
