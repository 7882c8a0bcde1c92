/** A highlight made in Firefox is painted again after the browser is closed and started with the same profile. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { startFixtureServer } from '../../scripts/fixture-server';
import { dragOver, launchFirefox, painted, until } from './harness';
import { must } from '../../lib/must';

const QUOTE = 'Beijing is pushing forward a regional mechanism';
const profile = mkdtempSync(join(tmpdir(), 'ra-firefox-profile-'));
const downloads = mkdtempSync(join(tmpdir(), 'ra-firefox-downloads-'));
let browser: Browser | null = null;

afterAll(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(downloads, { recursive: true, force: true });
});

it('a highlight is painted again after a restart with the same profile', async () => {
  const server = await startFixtureServer('tests/fixtures');
  try {
    const url = server.url('seed-review.html');
    const open = async () => {
      browser = await launchFirefox(downloads, profile);
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      await page.goto(url);
      return page;
    };
    let page = await open();
    // As a person does when nothing answers yet: select again until the toolbar shows.
    await until(async () => {
      await dragOver(page, QUOTE);
      return !!(await page.waitForSelector('>>> [data-testid="ra-color-blue"]', { timeout: 2_000 }).catch(() => null));
    }, 'the toolbar');
    await must(await page.$('>>> [data-testid="ra-color-blue"]'), 'page.$(\'>>> [data-testid="ra-color-blue"]\')').click();
    await until(async () => JSON.stringify(await painted(page)) === JSON.stringify({ blue: [QUOTE] }), 'the highlight to be painted');
    await must(browser, 'browser').close();
    browser = null;

    page = await open();
    await until(async () => JSON.stringify(await painted(page)) === JSON.stringify({ blue: [QUOTE] }), 'the highlight to be painted after the restart');
    expect(await painted(page)).toEqual({ blue: [QUOTE] });
  } finally {
    await server.close();
  }
}, 90_000);
