#!/usr/bin/env bash
# Makes sure Debian's firefox-esr is there for the Firefox end-to-end tests (tests/firefox).
set -euo pipefail
firefox=/usr/bin/firefox-esr
if [ -x "$firefox" ]; then exit 0; fi
echo "Firefox is missing at $firefox: installing Debian's firefox-esr package…" >&2
if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
  echo "Not root and no sudo: install it yourself with 'apt-get install firefox-esr'." >&2; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends firefox-esr >/dev/null
"$firefox" --version
