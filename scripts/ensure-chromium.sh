#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the e2e tests, the demo and the benchmarks, and
# openssl, which makes the certificate of the proxy the corpus is served through in the browser
# (scripts/eval-browser.ts). (Playwright's own browser download does not work on these machines.)
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ] && command -v openssl >/dev/null; then exit 0; fi
if [ -n "${CHROMIUM_PATH:-}" ] && [ ! -x "$chromium" ]; then
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2; exit 1
fi
packages=""
[ -x "$chromium" ] || packages="chromium fonts-dejavu-core"
command -v openssl >/dev/null || packages="$packages openssl"
echo "Installing what is missing from Debian's packages: ${packages# }…" >&2
if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
  echo "Not root and no sudo: install them yourself with 'apt-get install chromium openssl', or set CHROMIUM_PATH." >&2; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends $packages >/dev/null
"$chromium" --version
