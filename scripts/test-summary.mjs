// Adds up the Vitest, Playwright and Firefox (Vitest) JSON reports into one closing line.
import { readFileSync } from 'node:fs';

const [vitestFile, playwrightFile, firefoxFile] = process.argv.slice(2);
const v = JSON.parse(readFileSync(vitestFile, 'utf8'));
const p = JSON.parse(readFileSync(playwrightFile, 'utf8'));
// The Firefox suite runs on Vitest too: its report has the same shape as the unit tests'.
const f = firefoxFile ? JSON.parse(readFileSync(firefoxFile, 'utf8')) : { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0 };
const passed = v.numPassedTests + (p.stats.expected ?? 0) + (p.stats.flaky ?? 0) + f.numPassedTests;
const failed = v.numFailedTests + (p.stats.unexpected ?? 0) + f.numFailedTests;
const skipped = v.numPendingTests + v.numTodoTests + (p.stats.skipped ?? 0) + f.numPendingTests + f.numTodoTests;
console.log(`\nunit: ${v.numPassedTests} passed; e2e: ${p.stats.expected ?? 0} passed in Chromium, ${f.numPassedTests} in Firefox`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed || passed === 0 ? 1 : 0);
