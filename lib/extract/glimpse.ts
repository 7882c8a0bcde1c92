/**
 * The page's half of the prefilter: a bounded, cheap read of what the prefilter judges (its
 * title and address, a few meta tags, the main heading's block, JSON-LD types, the first
 * kilobytes of the main content's text). The starter on every page sends it to the background,
 * which judges it with `decide` (prefilter.ts): the vocabulary and the large patterns that judge
 * a page are then never loaded or compiled in a page that is not a review.
 */
import { headerLines, type HeaderLines } from './header-lines';
import { findMainContent } from './main-root';
import { bodyOf, headOf } from '../page-body';

export interface Glimpse {
  url: string;
  title: string;
  /** A meta tag names a publication (`citation_title`, `dc.title`, `book:…`, `og:type` book). */
  pubMeta: boolean;
  /** The first h1's heading block, or null where the page has no h1. */
  heading: HeaderLines | null;
  /** The first characters of the first h1's text, and of a blog post's marked title. */
  h1Text: string | null;
  entryText: string | null;
  /** A JSON-LD script's start names a type of publication or a review. */
  ldHint: boolean;
  /** The main content's first text, in the pieces the text test is run on one by one. */
  chunks: string[];
  /** Reading the page failed: the page is let through, for the extractor to decide. */
  failed: boolean;
}

/** What a glimpse holds at most; the message that carries it checks the same bounds. */
export const GLIMPSE_BOUNDS = {
  url: 8_192,
  title: 2_000,
  lineLength: 300,
  headerLines: 200,
  snippet: 300,
  /** A chunk is tested once it is over CHUNK characters: it is at most two pieces of CHUNK + 1. */
  chunkLength: 8_002,
  chunks: 10,
} as const;

/** What the page shows in trees of its own, which its glimpse does not read (entrypoints/content/embedded-hint.ts). */
export interface EmbeddedGlimpse {
  /** The glimpses of same-origin frames that have a body. */
  frames: Glimpse[];
  /** The text of each open shadow root that has any, cut to the budget left. */
  shadowTexts: string[];
}

/** How much of the page's embedded trees is read at most: frames looked into, elements looked at for a shadow root, shadow-root text. */
export const EMBEDDED_BOUNDS = { frames: 20, elements: 3_000, shadowText: 32_000 } as const;

const LD_HINT = /"@type"\s*:\s*\[?[^\]}]{0,200}?(?:Review|Book|Report|ScholarlyArticle|Thesis|Chapter)\b/;
const TEXT_BUDGET = 32_000;
const CHUNK = 4_000;
/** Text carried over from one chunk to the next, so that a phrase across their boundary is still seen. */
const OVERLAP = 60;

/** The page's JSON-LD scripts (a live collection of scripts is cheaper than a selector). */
export function ldScripts(doc: Document): Element[] {
  const all = doc.getElementsByTagName('script');
  const out: Element[] = [];
  for (let i = 0; i < all.length && i < 500; i++) {
    const s = all[i];
    if (s && /^\s*application\/ld\+json\s*$/i.test(s.getAttribute('type') ?? '')) out.push(s);
  }
  return out;
}

export function glimpse(doc: Document): Glimpse {
  const url = doc.URL.slice(0, GLIMPSE_BOUNDS.url);
  try {
    const title = doc.title.slice(0, GLIMPSE_BOUNDS.title);
    const h1 = doc.getElementsByTagName('h1')[0];
    const heading = h1 ? headerLines(h1) : null;
    if (heading) heading.lines = heading.lines.slice(0, GLIMPSE_BOUNDS.headerLines);
    const entry = doc.querySelector('.entry-title, .post-title');
    return {
      url,
      title,
      pubMeta: pubMeta(doc),
      heading,
      h1Text: h1 ? h1.textContent.slice(0, GLIMPSE_BOUNDS.snippet) : null,
      entryText: entry ? entry.textContent.slice(0, GLIMPSE_BOUNDS.snippet) : null,
      ldHint: ldHint(doc),
      chunks: textChunks(doc),
      failed: false,
    };
  } catch {
    return { url, title: '', pubMeta: false, heading: null, h1Text: null, entryText: null, ldHint: false, chunks: [], failed: true };
  }
}

function pubMeta(doc: Document): boolean {
  const head = headOf(doc);
  if (!head) return false;
  const metas = head.getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < 200; i++) {
    const m = metas[i];
    const name = (m?.getAttribute('name') ?? m?.getAttribute('property') ?? '').toLowerCase();
    if (name === 'citation_title' || name === 'dc.title' || name === 'dcterms.title' || name.startsWith('book:')) return true;
    if (name === 'og:type' && /^books?(?:\.book)?$/i.test(m?.getAttribute('content') ?? '')) return true;
  }
  return false;
}

function ldHint(doc: Document): boolean {
  const scripts = ldScripts(doc);
  for (let i = 0; i < scripts.length && i < 20; i++) {
    const text = scripts[i]?.textContent ?? '';
    if (LD_HINT.test(text.length > 50_000 ? text.slice(0, 50_000) : text)) return true;
  }
  return false;
}

/**
 * The main content's text from its start, cut where the text test runs: a chunk once it is over
 * CHUNK characters, until about TEXT_BUDGET were read, and what is left at the end of the page.
 */
function textChunks(doc: Document): string[] {
  const root = findMainContent(doc).root ?? bodyOf(doc);
  if (!root) return [];
  const out: string[] = [];
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let chunk = '';
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const tag = (n.parentNode as Element | null)?.localName;
    if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template') continue;
    const d = (n as Text).data;
    chunk += d.length > CHUNK ? d.slice(0, CHUNK) : d;
    chunk += '\n';
    if (chunk.length > CHUNK) {
      out.push(chunk);
      seen += chunk.length;
      chunk = chunk.slice(-OVERLAP);
      if (seen > TEXT_BUDGET) return out;
    }
  }
  out.push(chunk);
  return out;
}
