#!/usr/bin/env bash
# Installs Chromium from Debian's own repositories for the editor screenshots and tests
# (test/editor/). Idempotent: does nothing when /usr/bin/chromium is already there. Playwright
# only drives this binary; nothing here or in the tests downloads a browser of its own.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
if [[ -x "$CHROMIUM" ]]; then
	echo "$CHROMIUM"
	exit 0
fi

if [[ "$(id -u)" -ne 0 ]]; then
	echo "Chromium is missing; run this script as root (it uses apt-get) or install the Debian package 'chromium'." >&2
	exit 1
fi

echo 'Installing Chromium from Debian (apt-get, once)…' >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update >&2
apt-get install -y --no-install-recommends chromium fonts-liberation fonts-noto-cjk >&2
"$CHROMIUM" --version >&2
echo "$CHROMIUM"
