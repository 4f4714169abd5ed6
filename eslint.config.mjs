import { config } from '@n8n/node-cli/eslint';

export default [
	...config,
	{ ignores: ['dist/**', 'node_modules/**', '.n8n-e2e/**', 'coverage/**'] },
	{
		// Tests, the emulator and scripts run in Node, not inside n8n: timers, process and
		// development-only imports are fine there. The shipped code keeps every community rule.
		files: ['test/**/*.ts', 'scripts/**/*.ts', 'tsup.config.ts'],
		rules: {
			'@n8n/community-nodes/no-restricted-globals': 'off',
			'@n8n/community-nodes/no-restricted-imports': 'off',
			'@n8n/community-nodes/no-dangerous-functions': 'off',
			'@n8n/community-nodes/no-hardcoded-secrets': 'off',
			'@n8n/community-nodes/node-usable-as-tool': 'off',
			'@n8n/community-nodes/require-node-api-error': 'off',
			'no-console': 'off',
			'import-x/no-unresolved': 'off',
		},
	},
];
