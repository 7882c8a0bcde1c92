import { readFileSync } from 'node:fs';
import { expect, test as plain } from '@playwright/test';
import { test as withExtension } from './harness';
import { must } from '../../lib/must';

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
  plain(`the ${build} build asks for the permissions README lists, and no others`, () => {
    const manifest = JSON.parse(readFileSync(`.output/${build}/manifest.json`, 'utf8')) as Manifest;
    const listed = readmePermissions();
    expect(listed.length).toBeGreaterThan(0);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(listed);
    // Host access only to the pages the content script runs in (loading the page tools there
    // needs it: lib/page-tools.ts), which README names too.
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(readFileSync('README.md', 'utf8')).toContain('host access to `http://*/*`, `https://*/*`');
    expect(manifest.optional_permissions ?? []).toEqual([]);
    for (const entry of manifest.content_scripts) expect([...entry.matches].sort()).toEqual(['http://*/*', 'https://*/*']);
    // Only the starter on every page; the page tools are injected where needed (lib/page-tools.ts).
    expect(manifest.content_scripts.map((c) => c.js)).toEqual([['content-scripts/content.js']]);
    expect(readFileSync('README.md', 'utf8')).toContain('content script on `http://*/*`, `https://*/*`');
  });
}

withExtension("loading the page tools adds nothing to the warning Chromium shows at install: it is the content script's", async ({ ext }) => {
  const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8')) as Manifest;
  const without = { ...manifest, permissions: (manifest.permissions ?? []).filter((p) => p !== 'scripting'), host_permissions: [] };
  const warnings = (m: object) => ext.worker.evaluate((text) => chrome.management.getPermissionWarningsByManifest(text), JSON.stringify(m));
  const shown = await warnings(manifest);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown).toEqual(await warnings(without));
});
