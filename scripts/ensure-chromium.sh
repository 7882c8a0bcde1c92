#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the e2e tests, the demo and the benchmarks.
# (Playwright's own browser download does not work on these machines.)
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then exit 0; fi
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2; exit 1
fi
echo "Chromium is missing at /usr/bin/chromium: installing Debian's chromium package…" >&2
if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
  echo "Not root and no sudo: install it yourself with 'apt-get install chromium', or set CHROMIUM_PATH." >&2; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
"$chromium" --version
