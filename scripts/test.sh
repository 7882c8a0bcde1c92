#!/usr/bin/env bash
# Every test: type-check, lint and format, unit, both builds and their zips, end-to-end in Chromium
# and in Firefox.
# Exits non-zero on the first failure and ends with one "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .test-reports

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Chromium and Firefox"
bash scripts/ensure-chromium.sh
bash scripts/ensure-firefox.sh

step "Type-check (tsc --noEmit, strict)"
npx wxt prepare >/dev/null
npx tsc --noEmit

step "Lint (ESLint) and format (Prettier)"
npx eslint --max-warnings 0 .
npx prettier --check . >/dev/null || { npx prettier --list-different .; echo "Not formatted: run npm run format"; exit 1; }

step "Unit tests (Vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=.test-reports/vitest.json

step "Builds: Chrome MV3 and Firefox MV3, zipped"
npx wxt zip
npx wxt zip -b firefox --mv3

step "Firefox build: Mozilla's addons-linter"
npx tsx scripts/lint-firefox.ts

step "End-to-end tests (Playwright, built extension in Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME=.test-reports/playwright.json npx playwright test --reporter=list,json

step "End-to-end tests in Firefox (puppeteer-core, firefox-esr)"
npx vitest run --config vitest.firefox.config.ts --reporter=default --reporter=json --outputFile.json=.test-reports/firefox.json

npx tsx scripts/test-summary.ts .test-reports/vitest.json .test-reports/playwright.json .test-reports/firefox.json
