/** `npm run extract -- <file.html> [--url <url>]`: JSON out, clear one-line errors and exit codes. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'extract.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

// Each case starts Node with tsx (a few seconds on a loaded machine).
describe('extract script', { timeout: 60_000 }, () => {
  it('prints the extraction of a saved page as JSON', () => {
    const r = run(join(root, 'tests', 'fixtures', 'seed-review.html'), '--url', 'https://example.org/seed');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { url: string; isReview: boolean; work: { authors: string[] } };
    expect(out.url).toBe('https://example.org/seed');
    expect(out.isReview).toBe(true);
    expect(out.work.authors).toEqual(['Niva Yau Tsz Yan']);
  });

  it('uses the page’s canonical link without --url', () => {
    const r = run(join(root, 'tests', 'fixtures', 'seed-review.html'));
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { url: string }).url).toBe('https://geopoliticalcompass.com/chinas-security-management-towards-central-asia/');
  });

  it('fails with one line and exit 1 for a missing file', () => {
    const r = run(join(root, 'no-such-page.html'));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no such file/);
  });

  it('fails with exit 2 for bad arguments', () => {
    expect(run().status).toBe(2);
    const badUrl = run('a.html', '--url', 'not a url');
    expect(badUrl.status).toBe(2);
    expect(badUrl.stderr).toMatch(/not a valid URL/);
    expect(run('a.html', '--frobnicate').status).toBe(2);
  });
});
