// Mozilla's addons-linter (the checker behind `web-ext lint`) on the Firefox build's zip.
// Fails on any error, and on any warning that is not one README justifies: Preact's support for
// `dangerouslySetInnerHTML` (which this code never uses) is an innerHTML assignment in the
// bundles. That exception is checked at the very place the linter points to, so another
// innerHTML assignment still fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import linter, { type LinterMessage } from 'addons-linter';

const zip = readdirSync('.output').find((f) => f.endsWith('-firefox.zip'));
if (!zip) {
  console.error('No Firefox zip in .output: run "npx wxt zip -b firefox --mv3" first.');
  process.exit(1);
}
const path = join('.output', zip);
const instance = linter.createInstance({
  config: {
    _: [path],
    logLevel: 'fatal',
    stack: false,
    pretty: false,
    warningsAsErrors: false,
    metadata: false,
    output: 'none',
    boring: true,
    selfHosted: false,
  },
  runAsBinary: false,
});
const result = await instance.run();

/** Whether a warning is Preact's dangerouslySetInnerHTML branch, read from the file it names. */
function isPreactInnerHtml(m: LinterMessage): boolean {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !m.file || m.line == null) return false;
  // The zip holds the build folder's files as they are.
  const text = readFileSync(join('.output', 'firefox-mv3', m.file), 'utf8');
  const line = text.split('\n')[m.line - 1] ?? '';
  const around = line.slice(Math.max(0, (m.column ?? 0) - 400), (m.column ?? 0) + 100);
  return /dangerouslySetInnerHTML/.test(around) && /\.innerHTML=\w+\.__html/.test(around);
}

const errors = result.errors;
const unexplained = result.warnings.filter((m) => !isPreactInnerHtml(m));
for (const m of [...errors, ...unexplained]) console.error(`${m.type ?? 'warning'} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}`);
const allowed = result.warnings.length - unexplained.length;
console.log(
  `addons-linter on ${zip}: ${errors.length} errors, ${result.warnings.length} warnings (${allowed} justified in README), ${result.notices.length} notices`,
);
process.exit(errors.length || unexplained.length ? 1 : 0);
