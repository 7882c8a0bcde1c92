/// <reference types="chrome" />
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extensionId, launchWithExtension, serviceWorker } from '../../scripts/chromium';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';

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
export async function reportedTab(ext: Browserish, url: string, until: (state: any) => boolean = () => true): Promise<{ tabId: number; state: any }> {
  let found: { tabId: number; state: any } | null = null;
  await expect
    .poll(
      async () => {
        const all = await ext.worker.evaluate(() => chrome.storage.session.get(null));
        for (const [key, state] of Object.entries(all)) {
          if (key.startsWith('tab:') && (state as { url: string }).url === url && until(state)) {
            found = { tabId: Number(key.slice(4)), state };
            return true;
          }
        }
        return false;
      },
      { message: `the content script on ${url} reports to the background` },
    )
    .toBe(true);
  return found!;
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
