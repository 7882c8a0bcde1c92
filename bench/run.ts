/**
 * `npm run bench`: the project's benchmarks, in real Chromium. Times are medians; each time
 * that has a peer (one plain text walk, a peer library) is also printed as a ratio to it,
 * since these machines are noisy. `npm run bench -- --json` prints one JSON object;
 * `npm run bench -- --only big-page,popup` runs only the suites named. The `eval` suite is the
 * extractor's accuracy on the corpus of real pages (scripts/eval.ts), so the benchmark tracks it.
 */
import { existsSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { launchChromium, type Figures } from './harness';
import { extractionSuite } from './suites/extraction';
import { anchoringSuite } from './suites/anchoring';
import { librarySuite } from './suites/library';
import { popupSuite } from './suites/popup';
import { backupSuite } from './suites/backup';
import { bigPageSuite } from './suites/big-page';
import { evalSuite } from './suites/eval';
import { onDemandSuite } from './suites/on-demand';
import { heapSuite } from './suites/heap';

const json = process.argv.includes('--json');
const SUITES = {
  extraction: extractionSuite,
  anchoring: anchoringSuite,
  library: librarySuite,
  popup: () => popupSuite(),
  backup: backupSuite,
  'big-page': bigPageSuite,
  'on-demand': () => onDemandSuite(),
  heap: () => heapSuite(),
  eval: () => Promise.resolve(evalSuite()),
} satisfies Record<string, (browser: Browser) => Promise<Figures>>;
const onlyArg = process.argv.find((a, i) => a.startsWith('--only=') || process.argv[i - 1] === '--only');
const only = onlyArg ? onlyArg.replace(/^--only=/, '').split(',') : Object.keys(SUITES);
const unknown = only.filter((name) => !(name in SUITES));
if (unknown.length) {
  console.error(`No suite named ${unknown.join(', ')}; the suites are ${Object.keys(SUITES).join(', ')}.`);
  process.exit(1);
}
if (!existsSync('.output/chrome-mv3/manifest.json')) {
  console.error('No build in .output/chrome-mv3: run "npm run build" first (npm run bench does).');
  process.exit(1);
}

const browser = await launchChromium();
const figures: Figures = {};
try {
  for (const name of only) Object.assign(figures, await SUITES[name as keyof typeof SUITES](browser));
} finally {
  await browser.close();
}

if (json) {
  console.log(JSON.stringify(Object.fromEntries(Object.entries(figures).map(([k, f]) => [k, { value: f.value, unit: f.unit }]))));
} else {
  const fmt = (f: Figures[string]) =>
    f.unit === 'ms'
      ? `${f.value.toFixed(3)} ms`
      : f.unit === 'bytes'
        ? `${(f.value / 1024).toFixed(1)} KB`
        : f.unit === 'count'
          ? String(f.value)
          : f.unit === 'share'
            ? `${(f.value * 100).toFixed(1)} %`
            : `${f.value.toFixed(2)}×`;
  for (const [name, f] of Object.entries(figures)) {
    const target =
      f.target == null
        ? ''
        : `  (target < ${f.unit === 'bytes' ? `${f.target / 1000} KB` : f.unit === 'ratio' ? `${f.target}×` : f.unit === 'count' ? String(f.target) : f.unit === 'share' ? `${f.target * 100} %` : `${f.target} ms`}: ${f.value < f.target ? 'met' : 'MISSED'})`;
    const floor = f.floor == null ? '' : `  (target ≥ ${f.unit === 'share' ? `${f.floor * 100} %` : f.floor}: ${f.value >= f.floor ? 'met' : 'MISSED'})`;
    console.log(`${name.padEnd(40)} ${fmt(f).padStart(12)}${target}${floor}`);
  }
}
