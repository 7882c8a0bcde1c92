// Adds up the Vitest, Playwright and Firefox (Vitest) JSON reports into one closing line.
import { readFileSync } from 'node:fs';

/** The counts read from Vitest's JSON report. */
interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}
/** The counts read from Playwright's JSON report; a count it has nothing for may be left out. */
interface PlaywrightReport {
  stats: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
}

const [vitestFile, playwrightFile, firefoxFile] = process.argv.slice(2);
if (!vitestFile || !playwrightFile) {
  console.error('usage: tsx scripts/test-summary.ts vitest.json playwright.json [firefox.json]');
  process.exit(2);
}
const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const v = read(vitestFile) as VitestReport;
const p = read(playwrightFile) as PlaywrightReport;
// The Firefox suite runs on Vitest too: its report has the same shape as the unit tests'.
const f: VitestReport = firefoxFile ? (read(firefoxFile) as VitestReport) : { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0 };
const passed = v.numPassedTests + (p.stats.expected ?? 0) + (p.stats.flaky ?? 0) + f.numPassedTests;
const failed = v.numFailedTests + (p.stats.unexpected ?? 0) + f.numFailedTests;
const skipped = v.numPendingTests + v.numTodoTests + (p.stats.skipped ?? 0) + f.numPendingTests + f.numTodoTests;
console.log(`\nunit: ${v.numPassedTests} passed; e2e: ${p.stats.expected ?? 0} passed in Chromium, ${f.numPassedTests} in Firefox`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed || passed === 0 ? 1 : 0);
