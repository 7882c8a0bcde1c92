import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { must } from '../../scripts/must';

/**
 * The permissions the built extensions ask for are exactly those README lists with a reason,
 * for both builds: a permission added in code without a word to users fails here.
 */
function readmePermissions(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split('## Permissions, and what leaves your machine')[1]?.split('\n## ')[0] ?? '';
  return [...section.matchAll(/^\| `([A-Za-z.]+)` \| \S/gm)].map((m) => must(m[1], 'm[1]')).sort();
}

/** The manifest's fields this test reads. */
interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts: { matches: string[]; js: string[]; run_at?: string }[];
}

for (const build of ['chrome-mv3', 'firefox-mv3']) {
  test(`the ${build} build asks for the permissions README lists, and no others`, () => {
    const manifest = JSON.parse(readFileSync(`.output/${build}/manifest.json`, 'utf8')) as Manifest;
    const listed = readmePermissions();
    expect(listed.length).toBeGreaterThan(0);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(listed);
    // Host access comes only from the content script's matches, which README names too.
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    for (const entry of manifest.content_scripts) expect([...entry.matches].sort()).toEqual(['http://*/*', 'https://*/*']);
    // The extractor first, in an entry of its own: each entry is a task of its own (lib/extract/handoff.ts).
    expect(manifest.content_scripts.map((c) => c.js)).toEqual([['content-scripts/detector.js'], ['content-scripts/content.js']]);
    // Injected at the same time, so in that order (entrypoints/content/on-every-page.ts).
    expect(new Set(manifest.content_scripts.map((c) => c.run_at)).size).toBe(1);
    expect(readFileSync('README.md', 'utf8')).toContain('content script on `http://*/*`, `https://*/*`');
  });
}
