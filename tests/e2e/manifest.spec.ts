import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/**
 * The permissions the built extensions ask for are exactly those README lists with a reason,
 * for both builds: a permission added in code without a word to users fails here.
 */
function readmePermissions(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split('## Permissions, and what leaves your machine')[1]?.split('\n## ')[0] ?? '';
  return [...section.matchAll(/^\| `([A-Za-z.]+)` \| \S/gm)].map((m) => m[1]!).sort();
}

for (const build of ['chrome-mv3', 'firefox-mv3']) {
  test(`the ${build} build asks for the permissions README lists, and no others`, () => {
    const manifest = JSON.parse(readFileSync(`.output/${build}/manifest.json`, 'utf8'));
    const listed = readmePermissions();
    expect(listed.length).toBeGreaterThan(0);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(listed);
    // Host access comes only from the content script's matches, which README names too.
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(readFileSync('README.md', 'utf8')).toContain('content script on `http://*/*`, `https://*/*`');
  });
}
