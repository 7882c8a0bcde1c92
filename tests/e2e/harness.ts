/// <reference types="chrome" />
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extensionId, launchWithExtension, serviceWorker, tabStates } from '../../scripts/chromium';
import type { TabState } from '../../lib/messages';
import type { Extraction } from '../../lib/extract/schema';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';
import { must } from '../../lib/must';

export interface Browserish {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  profile: string;
  /** Closes the browser and starts it again on the same profile. */
  restart(): Promise<void>;
}

interface Fixtures {
  ext: Browserish;
}
interface WorkerFixtures {
  server: FixtureServer;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer(resolve('tests/fixtures'));
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  ext: async ({}, use) => {
    const profile = await mkdtemp(join(tmpdir(), 'review-annotator-e2e-'));
    const ext: Browserish = {
      context: await launchWithExtension(profile),
      extensionId: '',
      worker: undefined as unknown as Worker,
      profile,
      async restart() {
        await ext.context.close();
        ext.context = await launchWithExtension(profile);
        ext.worker = await serviceWorker(ext.context);
        ext.extensionId = await extensionId(ext.context);
      },
    };
    ext.worker = await serviceWorker(ext.context);
    ext.extensionId = await extensionId(ext.context);
    await use(ext);
    await ext.context.close();
    await rm(profile, { recursive: true, force: true });
  },
});

export { expect };

/** Waits until the content script in the tab showing `url` has reported to the background, and returns the tab id. */
export async function reportedTab(ext: Browserish, url: string, until: (state: TabState) => boolean = () => true): Promise<{ tabId: number; state: TabState }> {
  // Set by the poll's callback: TypeScript cannot see that, so the type is spelled out.
  let found = null as { tabId: number; state: TabState } | null;
  await expect
    .poll(
      async () => {
        const all = await ext.worker.evaluate(() => chrome.storage.session.get(null));
        found = tabStates(all).find(({ state }) => state.url === url && until(state)) ?? null;
        return found !== null;
      },
      { message: `the content script on ${url} reports to the background` },
    )
    .toBe(true);
  return must(found, `the state of the tab on ${url}`);
}

/** The extraction the content script reported, where the test waited for one. */
export function extractionOf(state: TabState): Extraction {
  return must(state.extraction, `an extraction of ${state.url}`);
}

/** The parts of an exported backup (lib/backup/format.ts) the tests read: every annotation here has a quote. */
export interface BackupJson {
  'ra:pages': { url: string }[];
  first: { items: { target: { selector: { exact?: string }[] } }[] };
}

export async function openPopup(ext: Browserish, tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

export async function badge(ext: Browserish, tabId: number): Promise<{ text: string; title: string }> {
  return ext.worker.evaluate(
    async (tabId) => ({
      text: await chrome.action.getBadgeText({ tabId }),
      title: await chrome.action.getTitle({ tabId }),
    }),
    tabId,
  );
}

type VersionUpdate = { versions: { versionId: string; runningStatus: string; scriptURL: string }[] };

/** Stops the extension's service worker, as the browser does with an idle one. */
export async function stopServiceWorker(ext: Browserish, from: Page): Promise<void> {
  const cdp = await ext.context.newCDPSession(from);
  let resolveRunning!: (id: string) => void;
  let resolveStopped!: () => void;
  const running = new Promise<string>((r) => (resolveRunning = r));
  const stopped = new Promise<void>((r) => (resolveStopped = r));
  cdp.on('ServiceWorker.workerVersionUpdated' as never, (e: VersionUpdate) => {
    for (const v of e.versions.filter((v) => v.scriptURL.includes(ext.extensionId))) {
      if (v.runningStatus === 'running') resolveRunning(v.versionId);
      if (v.runningStatus === 'stopped') resolveStopped();
    }
  });
  await cdp.send('ServiceWorker.enable' as never);
  await cdp.send('ServiceWorker.stopWorker' as never, { versionId: await running } as never);
  await stopped;
  await cdp.detach();
}
