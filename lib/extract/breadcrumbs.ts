/**
 * Categories from the page's breadcrumb trail, without `Home` and without the current page's
 * own title. One query for the trail, then a walk over its (small) subtree.
 */
import { clean, fold } from './text';

const SELECTOR = [
  '[class*="breadcrumb"]',
  '[class*="Breadcrumb"]',
  '[id*="breadcrumb"]',
  '[class*="crumbs"]',
  '[class~="crumb"]',
  'nav[aria-label*="readcrumb"]',
  '[itemtype*="BreadcrumbList"]',
].join(', ');

const HOME =
  /^(?:home|home ?page|start|startseite|accueil|inicio|portada|main page|front page|homepage|index|top|you are here:?|vous êtes ici:?|sie sind hier:?)$/i;
const SEP = /\s*(?:[›»>→/|·•]|&gt;|\s-\s|\s–\s)\s*/;

export interface Crumb {
  text: string;
  link: boolean;
}

/**
 * The trail's items in order, as written. `found` is the trail met during the page walk; when
 * there is none and `search` is true, the document is searched for one.
 */
export function readBreadcrumbs(doc: Document, found: Element | null = null, search = true): Crumb[] {
  let el = found ?? (search ? doc.querySelector(SELECTOR) : null);
  if (!el) return [];
  // A match on one item (`breadcrumb_last`, `breadcrumb-item`): use the trail that holds it.
  for (let up = 0; up < 3 && el.parentElement && !el.getElementsByTagName('a').length; up++) el = el.parentElement;
  const items: Crumb[] = [];
  const walker = doc.createTreeWalker(el, 4 /* SHOW_TEXT */);
  let lastAnchor: Element | null = null;
  let n = 0;
  for (let node = walker.nextNode(); node && n < 200; node = walker.nextNode(), n++) {
    const parent = node.parentElement;
    if (parent && /^(?:script|style|template)$/i.test(parent.localName)) continue;
    if (parent?.closest('h1, h2, h3, h4, h5, h6, [hidden], [aria-hidden="true"], .visually-hidden, .sr-only, .screen-reader-text')) continue;
    const anchor = parent?.closest('a') ?? null;
    const data = (node as Text).data;
    const last = items.at(-1);
    if (anchor && anchor === lastAnchor && last) {
      // Several text nodes in one link form one item.
      last.text = clean(last.text + data);
      continue;
    }
    lastAnchor = anchor;
    for (const piece of data.split(SEP)) {
      const t = clean(piece);
      if (t && /[\p{L}\p{N}]/u.test(t)) items.push({ text: t, link: !!anchor && el.contains(anchor) });
    }
    if (items.length > 30) break;
  }
  return items;
}

/**
 * Categories: the trail without `Home`, without a trailing unlinked item (the current page) and
 * without items equal to one of `titles`.
 */
export function categoriesFrom(items: readonly Crumb[], titles: readonly (string | null)[]): Crumb[] {
  const folded = titles.filter((t): t is string => !!t).map(fold);
  const out = items.filter((c) => !HOME.test(c.text));
  while (out.length && !out.at(-1)?.link && out.some((c) => c.link)) out.pop();
  return out.filter((c) => {
    const f = fold(c.text);
    return !folded.some((t) => t === f || (f.length > 12 && t.startsWith(f)));
  });
}
