#!/usr/bin/env bash
# Builds the extension and opens Chromium with it on the bundled demo review page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
npx wxt build
npx tsx scripts/demo.ts "$@"
