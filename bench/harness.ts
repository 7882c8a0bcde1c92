import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { CHROMIUM } from '../scripts/chromium';
import { must } from '../lib/must';

/** One measured number. Ratios compare against a peer measured in the same run. */
export interface Figure {
  value: number;
  unit: 'ms' | 'ratio' | 'bytes' | 'count' | 'share';
  /** What the figure should stay under, where the issue sets one. */
  target?: number;
  /** What the figure should reach, where the issue sets a floor instead. */
  floor?: number;
}
export type Figures = Record<string, Figure>;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? must(s[mid], 's[mid]') : (must(s[mid - 1], 's[mid - 1]') + must(s[mid], 's[mid]')) / 2;
}

/**
 * Bundles a module for the page as one script that sets `globalThis[name]`. The target is a
 * language level, not a browser: esbuild's `chrome120` rewrites every regular expression with a
 * `\p{…}` escape into a `new RegExp(…)` built again at each call, which the extension's own
 * build does not, so the bench would time code the extension never runs.
 */
export async function bundleForPage(entry: string, name: string): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: name,
    minify: true,
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  return must(out.outputFiles[0], 'out.outputFiles[0]').text;
}

// --expose-gc: a suite may start a round of timings from a collected heap (globalThis.gc).
const FLAGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--js-flags=--expose-gc'];

export async function launchChromium(): Promise<Browser> {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...FLAGS, ...(asRoot ? ['--no-sandbox'] : [])] });
}

export async function pageWith(browser: Browser, url: string, script: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.addScriptTag({ content: script });
  return page;
}
