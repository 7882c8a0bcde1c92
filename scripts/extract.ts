/**
 * Print the extraction of a saved page as JSON.
 *
 *   npm run extract -- <file.html> [--url <url>]
 *
 * Without --url the page's canonical link (or og:url) is used, else a file: URL.
 * Exits 2 on bad arguments, 1 on a missing or unreadable file, each with a one-line message.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { extractReview } from '../lib/extract';
import { must } from '../lib/must';

const USAGE = 'usage: npm run extract -- <file.html> [--url <url>]';

function fail(message: string, code: number): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(code);
}

function parseArgs(argv: string[]): { file: string; url: string | null } {
  let file: string | null = null;
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = must(argv[i], 'argv[i]');
    if (a === '--url' || a.startsWith('--url=')) {
      const v = a === '--url' ? argv[++i] : a.slice(6);
      if (!v) fail(`--url needs a value (${USAGE})`, 2);
      try {
        new URL(v);
      } catch {
        fail(`not a valid URL: ${v}`, 2);
      }
      url = v;
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a.startsWith('-')) {
      fail(`unknown option ${a} (${USAGE})`, 2);
    } else if (file === null) {
      file = a;
    } else {
      fail(`unexpected argument ${a} (${USAGE})`, 2);
    }
  }
  if (!file) fail(`no file given (${USAGE})`, 2);
  return { file, url };
}

async function main(): Promise<void> {
  const { file, url } = parseArgs(process.argv.slice(2));
  const path = resolve(file);
  let html: string;
  try {
    if (!statSync(path).isFile()) fail(`not a file: ${file}`, 1);
    html = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${(e as Error).message}`, 1);
  }
  const window = new Window({ url: url ?? pathToFileURL(path).href });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const pageUrl =
      url ??
      doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
      pathToFileURL(path).href;
    const result = extractReview(doc, pageUrl);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await window.happyDOM.close();
  }
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e), 1));
