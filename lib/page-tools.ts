/**
 * The page tools: the extractor, the highlighter and the in-page UI (entrypoints/page-tools),
 * which the background injects into a page that needs them. The starter on every page
 * (entrypoints/content) and the page tools run in the same isolated world, whose global the
 * page cannot see: the page tools mark it once they run, so that they run once per page, and so
 * that the starter leaves the page to them from then on.
 */

/** The page tools' file, as `scripting.executeScript` names it (from the extension's root). */
export const PAGE_TOOLS_FILE = '/page-tools.js';

const KEY = Symbol.for('review-annotator/page-tools');
type Holder = { [KEY]?: { readonly isValid: boolean } };

/**
 * Whether the page tools run in this world. Those of an extension that was updated or reloaded
 * since are no longer valid: the new ones take over.
 */
export function pageToolsRunning(global: object = globalThis): boolean {
  return (global as Holder)[KEY]?.isValid === true;
}

/** Marks the page tools as running here, for as long as `owner` is valid. */
export function markPageToolsRunning(owner: { readonly isValid: boolean }, global: object = globalThis): void {
  (global as Holder)[KEY] = owner;
}
