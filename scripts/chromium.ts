import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TabState } from '../lib/messages';

/** Debian's Chromium (Playwright's own browser download does not work on these machines). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve('.output/chrome-mv3');

const QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-default-apps',
];

/** Chromium with the built extension loaded, in a persistent profile (extensions need one). */
export async function launchWithExtension(
  userDataDir: string,
  opts: { headless?: boolean; extensionDir?: string; extraArgs?: readonly string[] } = {},
): Promise<BrowserContext> {
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`no built extension at ${dir}: run "npm run build" first`);
  }
  return launchProfile(userDataDir, opts.headless, [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...(opts.extraArgs ?? [])]);
}

/** The same Chromium in a persistent profile of its own, without the extension: the peer a benchmark compares the extension against. */
export async function launchWithoutExtension(userDataDir: string, opts: { headless?: boolean } = {}): Promise<BrowserContext> {
  return launchProfile(userDataDir, opts.headless, []);
}

async function launchProfile(userDataDir: string, headless: boolean | undefined, args: string[]): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install Debian's "chromium" package (see README) or set CHROMIUM_PATH`);
  }
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: headless ?? true,
    args: [...args, ...QUIET_FLAGS, ...(asRoot ? ['--no-sandbox'] : [])],
  });
}

/** The extension's id, read from its service worker's URL. */
export async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return new URL(worker.url()).host;
}

export async function serviceWorker(context: BrowserContext) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

/**
 * The tabs' states in the background's session storage (read in its service worker): each under
 * `tab:<id>`, next to keys of the background's own.
 */
export function tabStates(session: Record<string, unknown>): { tabId: number; state: TabState }[] {
  return Object.entries(session).flatMap(([key, state]) =>
    key.startsWith('tab:') && typeof state === 'object' && state !== null ? [{ tabId: Number(key.slice(4)), state: state as TabState }] : [],
  );
}
