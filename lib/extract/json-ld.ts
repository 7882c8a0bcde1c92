/**
 * schema.org JSON-LD (and a book's or product's microdata): the reviewed work (Review → itemReviewed, or a Book / Report /
 * ScholarlyArticle on its own), the review's own data, the site, breadcrumbs. Bounded: scripts
 * over 1 MB are skipped, at most 2,000 nodes are looked at, references are resolved one level.
 */

import { FieldSet, RANK } from './fields';
import { ldScripts } from './glimpse';
import { microdataItems } from './microdata';
import { normalizeDate } from './normalize/dates';
import { findDoi, findIsbn } from './normalize/ids';
import { splitNames } from './normalize/names';
import { parsePages } from './normalize/pages';
import { cleanValue } from './text';

export type LdNode = Record<string, unknown>;

export interface LdFacts {
  /** Every typed node found. */
  nodes: LdNode[];
  /** The Review node, if any. */
  review: LdNode | null;
  /** The work: a Review's itemReviewed, or a publication-typed node. */
  work: LdNode | null;
  /** Path prefix for provenance labels of work fields (`itemReviewed.` or ``). */
  workPath: string;
  /** An Article / BlogPosting / WebPage describing the page itself. */
  article: LdNode | null;
  website: LdNode | null;
  breadcrumbs: string[];
  /** The reviewed item is not a publication (a product, a film, a place). */
  reviewsNonPublication: boolean;
  /** The page declares a thing of its own that is no publication (a recipe, an event, a film). */
  otherThing: boolean;
  /** The page declares itself a listing (ItemList, SearchResultsPage, CollectionPage). */
  listing: boolean;
  /** The page declares itself a news article. */
  news: boolean;
  /** Raw script texts, for provenance checks. */
  raw: string[];
  /** Follow a `{"@id": …}` reference one level. */
  resolve: (v: unknown) => unknown;
}

const MAX_SCRIPT = 1_000_000;
const MAX_NODES = 2000;
const MAX_DEPTH = 12;

/** schema.org types, as whole-word patterns (sets of names would cost more bytes in every page). */
const PUBLICATION =
  /^(?:Book|Report|ScholarlyArticle|Thesis|Chapter|CreativeWork|Periodical|Publication(?:Issue|Volume)|Collection|DigitalDocument|(?:Tech)?Article|Manuscript|Legislation|Dataset|Audiobook|BookSeries|WorkingPaper|PolicyPaper)$/;
const STANDALONE_WORK = /^(?:Book|Report|ScholarlyArticle|Thesis|Chapter|Audiobook|Manuscript|WorkingPaper|PolicyPaper)$/;
const REVIEW = /^(?:Critic|User|Book|Employer)?Review$/;
const ARTICLE = /^(?:\w*Article|BlogPosting|\w*Posting|WebPage|ItemPage|AboutPage)$/;
const NEWS = /NewsArticle$|^LiveBlogPosting$/;
/** Things a page may be about that are never a publication. */
const OTHER_THING =
  /^(?:Recipe|Event|\w+Event|Movie|TVSeries|TVEpisode|MusicAlbum|MusicRecording|MusicGroup|VideoGame|Restaurant|FoodEstablishment|Hotel|LodgingBusiness|JobPosting|SoftwareApplication|MobileApplication|Vehicle|Car|Course|HowTo)$/;
const LISTING = /^(?:ItemList|SearchResultsPage|CollectionPage|OfferCatalog|DataCatalog)$/;

/** `https://schema.org/Book`, `schema:Book` → `Book`. */
export function types(node: LdNode | null | undefined): string[] {
  if (!node) return [];
  const t = node['@type'];
  const list = Array.isArray(t) ? t : t === undefined ? [] : [t];
  const out: string[] = [];
  for (const x of list) if (typeof x === 'string') out.push(x.replace(/^.*[/:#]/, ''));
  return out;
}

function isObj(v: unknown): v is LdNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function collectJsonLd(doc: Document): LdFacts {
  const facts: LdFacts = {
    nodes: [],
    review: null,
    work: null,
    workPath: '',
    article: null,
    website: null,
    breadcrumbs: [],
    reviewsNonPublication: false,
    otherThing: false,
    listing: false,
    news: false,
    raw: [],
    resolve: (v) => v,
  };
  const scripts = ldScripts(doc);
  const byId = new Map<string, LdNode>();
  for (let i = 0; i < scripts.length && i < 50; i++) {
    const text = scripts[i]?.textContent ?? '';
    if (!text || text.length > MAX_SCRIPT) continue;
    facts.raw.push(text);
    const data = parseJson(text.replace(/^\s*<!--|-->\s*$/g, ''));
    if (data === undefined) continue;
    gather(data, 0, facts.nodes, byId);
    if (facts.nodes.length >= MAX_NODES) break;
  }
  // A book's or product's microdata, read as the scripts' nodes are, after them.
  if (facts.nodes.length < MAX_NODES) for (const item of microdataItems(doc)) gather(item, 0, facts.nodes, byId);
  const resolve = (v: unknown): unknown => {
    if (isObj(v) && typeof v['@id'] === 'string' && Object.keys(v).length <= 2 && v['@type'] === undefined) return byId.get(v['@id']) ?? v;
    return v;
  };
  facts.resolve = resolve;

  for (const n of facts.nodes) {
    const t = types(n);
    if (!facts.review && t.some((x) => REVIEW.test(x))) {
      const item = resolve(Array.isArray(n.itemReviewed) ? n.itemReviewed[0] : n.itemReviewed);
      if (isObj(item)) {
        const it = types(item);
        if (it.some((x) => PUBLICATION.test(x))) {
          facts.review = n;
          facts.work = item;
          facts.workPath = 'itemReviewed.';
        } else if (it.length) {
          facts.reviewsNonPublication = true;
        }
      } else if (!item) {
        facts.review = n;
      }
    }
    if (t.some((x) => LISTING.test(x))) facts.listing = true;
    if (t.some((x) => OTHER_THING.test(x))) facts.otherThing = true;
    if (t.some((x) => NEWS.test(x))) facts.news = true;
    if (!facts.website && t.includes('WebSite')) facts.website = n;
    if (!facts.article && t.some((x) => ARTICLE.test(x)) && !t.includes('WebSite')) facts.article = n;
    if (!facts.breadcrumbs.length && t.includes('BreadcrumbList')) facts.breadcrumbs = crumbNames(n, resolve);
  }
  if (!facts.work) {
    const w = facts.nodes.find((n) => types(n).some((x) => STANDALONE_WORK.test(x)));
    if (w) {
      facts.work = w;
      facts.workPath = '';
    }
  }
  // Prefer a non-WebPage article node (Article, BlogPosting) for the page's own data.
  const art = facts.nodes.find((n) => types(n).some((x) => ARTICLE.test(x) && !/Page$/.test(x)));
  if (art) facts.article = art;
  return facts;
}

/** JSON.parse, forgiving one common slip: several objects separated by commas without [ ]. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const t = text.trim();
    if (!t.startsWith('{') || !t.endsWith('}')) return undefined;
    try {
      return JSON.parse(`[${t}]`);
    } catch {
      return undefined;
    }
  }
}

function gather(v: unknown, depth: number, out: LdNode[], byId: Map<string, LdNode>): void {
  if (depth > MAX_DEPTH || out.length >= MAX_NODES) return;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length && out.length < MAX_NODES; i++) gather(v[i], depth + 1, out, byId);
    return;
  }
  if (!isObj(v)) return;
  if (v['@type'] !== undefined) {
    out.push(v);
    const id = v['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, v);
  }
  let keys = 0;
  for (const k in v) {
    if (++keys > 200) break;
    const c = v[k];
    if (typeof c === 'object' && c !== null) gather(c, depth + 1, out, byId);
  }
}

function crumbNames(n: LdNode, resolve: (v: unknown) => unknown): string[] {
  const items = n.itemListElement;
  if (!Array.isArray(items)) return [];
  const sorted = items
    .map(resolve)
    .filter(isObj)
    .slice(0, 30)
    .sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0));
  const out: string[] = [];
  for (const it of sorted) {
    const item = resolve(it.item);
    const name = str(it.name) ?? (isObj(item) ? str(item.name) : null);
    if (name) out.push(name);
  }
  return out;
}

/** A string value (first of an array; `name` of an object), or null. */
export function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() ? v : null;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) return v.length ? str(v[0]) : null;
  if (isObj(v)) {
    const n = v.name ?? v['@value'] ?? v.value;
    return typeof n === 'string' || typeof n === 'number' ? str(n) : null;
  }
  return null;
}

/** Every string value (names of objects) of a property, in order. */
export function strs(v: unknown, resolve?: (v: unknown) => unknown, max = 50): string[] {
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  const out: string[] = [];
  for (const x of list.slice(0, max)) {
    const s = str(resolve ? resolve(x) : x);
    if (s) out.push(s);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// From JSON-LD to fields.

/** @type values too generic to be shown as the work's type. */
const GENERIC_TYPES: ReadonlySet<string> = new Set(['CreativeWork', 'Thing', 'WebPage', 'WebSite']);

function sameUrl(a: string, b: string): boolean {
  const n = (s: string) =>
    s
      .replace(/^https?:\/\/(?:www\.)?/i, '')
      .replace(/[#?].*$/, '')
      .replace(/\/+$/, '')
      .toLowerCase();
  return n(a) === n(b);
}

/** Offer what the JSON-LD says about the work, the review and the site. */
export function offerJsonLd(ld: LdFacts, fs: FieldSet, pageUrl: string): void {
  const r = ld.resolve;
  const w = ld.work;
  if (w) {
    const R = ld.review ? RANK.ldReview : RANK.ldWork;
    const p = ld.workPath;
    const title = str(w.name) ?? str(w.headline);
    if (title) fs.offer('work.title', cleanValue(title), 'json-ld', R, `${p}${w.name ? 'name' : 'headline'}`, title);
    const people = (key: 'author' | 'editor' | 'creator') => {
      const list = strs(w[key], r);
      const [only] = list;
      if (list.length === 1 && only !== undefined && /;|\band\b|&/.test(only)) return splitNames(only).names;
      return list.map((x) => cleanValue(x)).filter(Boolean);
    };
    const authors = people('author');
    const authorsOrCreators = authors.length ? authors : people('creator');
    if (authorsOrCreators.length)
      fs.offer(
        'work.authors',
        authorsOrCreators,
        'json-ld',
        R,
        `${p}${authors.length ? 'author' : 'creator'}`,
        strs(authors.length ? w.author : w.creator, r)[0],
      );
    const editors = people('editor');
    if (editors.length) fs.offer('work.editors', editors, 'json-ld', R, `${p}editor`, strs(w.editor, r)[0]);
    const publisher = str(r(Array.isArray(w.publisher) ? w.publisher[0] : w.publisher));
    if (publisher) fs.offer('work.publisher', cleanValue(publisher), 'json-ld', R, `${p}publisher`, publisher);
    for (const k of ['datePublished', 'dateCreated', 'copyrightYear', 'dateIssued'] as const) {
      const d = str(w[k]);
      const iso = d ? normalizeDate(d) : null;
      if (iso) {
        fs.offer('work.date', iso, 'json-ld', R, `${p}${k}`, d);
        break;
      }
    }
    const t = types(w).find((x) => !GENERIC_TYPES.has(x));
    if (t) fs.offer('work.type', t, 'json-ld', R, `${p}@type`, t);
    const np = str(w.numberOfPages);
    if (np) fs.offer('work.pages', parsePages(np), 'json-ld', R, `${p}numberOfPages`, np);
    const kw = w.keywords;
    const keywords = typeof kw === 'string' ? kw.split(/\s*[,;]\s*/) : strs(kw, r);
    const kwClean = keywords.map((k) => cleanValue(k)).filter(Boolean);
    if (kwClean.length) fs.offer('work.keywords', kwClean, 'json-ld', R, `${p}keywords`, typeof kw === 'string' ? kw : keywords[0]);
    const isbn = str(w.isbn);
    if (isbn) fs.offer('work.isbn', findIsbn(isbn)?.isbn ?? cleanValue(isbn), 'json-ld', R, `${p}isbn`, isbn);
    for (const k of ['doi', 'identifier', 'sameAs', '@id', 'url'] as const) {
      for (const s of strs(w[k], r)) {
        const doi = /doi/i.test(s) || k === 'doi' || /^10\.\d/.test(s) ? findDoi(s) : null;
        if (doi) {
          fs.offer('work.doi', doi, 'json-ld', R, `${p}${k}`, s);
          break;
        }
        if (k === 'identifier' && !fs.get('work.isbn')) {
          const i = /isbn/i.test(s) || /^97[89]/.test(s) ? findIsbn(s) : null;
          if (i) fs.offer('work.isbn', i.isbn, 'json-ld', R, `${p}identifier`, s);
        }
      }
    }
    const url = str(w.url);
    if (url && /^https?:\/\//i.test(url) && !sameUrl(url, pageUrl)) fs.offer('work.link', url, 'json-ld', R, `${p}url`, url);
    const lang = str(w.inLanguage);
    if (lang) fs.offer('work.language', cleanValue(lang), 'json-ld', R, `${p}inLanguage`, lang);
    const firstAuthor = r(Array.isArray(w.author) ? w.author[0] : w.author);
    const aff = typeof firstAuthor === 'object' && firstAuthor !== null ? str(r((firstAuthor as LdNode).affiliation)) : null;
    if (aff) fs.offer('work.affiliation', cleanValue(aff), 'json-ld', R, `${p}author.affiliation`, aff);
    const loc = str(r(w.locationCreated));
    if (loc) fs.offer('work.place', cleanValue(loc), 'json-ld', R, `${p}locationCreated`, loc);
  }

  const rv = ld.review;
  if (rv) {
    const author = r(Array.isArray(rv.author) ? rv.author[0] : rv.author);
    const name = str(author);
    if (name && fs.offer('review.reviewer', cleanValue(name), 'json-ld', RANK.ldReview, 'author', name)) {
      fs.drop('review.reviewerRole');
      const job = typeof author === 'object' && author !== null ? str((author as LdNode).jobTitle) : null;
      if (job) fs.offer('review.reviewerRole', cleanValue(job), 'json-ld', RANK.ldReview, 'author.jobTitle', job);
    }
    const d = str(rv.datePublished);
    if (d) fs.offer('review.published', normalizeDate(d), 'json-ld', RANK.ldReview, 'datePublished', d);
    const h = str(rv.headline) ?? str(rv.name);
    if (h) fs.offer('review.title', cleanValue(h), 'json-ld', RANK.ldTitle, rv.headline ? 'headline' : 'name', h);
    const body = str(rv.reviewBody) ?? str(rv.description);
    if (body)
      fs.offer('review.summary', cleanValue(body).slice(0, 8000), 'json-ld', RANK.fallback, rv.reviewBody ? 'reviewBody' : 'description', body.slice(0, 300));
  }
  const art = ld.article;
  if (art) {
    const d = str(art.datePublished);
    if (d) fs.offer('review.published', normalizeDate(d), 'json-ld', RANK.ldArticle, 'datePublished', d);
    const h = str(art.headline) ?? str(art.name);
    if (h) fs.offer('review.title', cleanValue(h), 'json-ld', RANK.title - 1, art.headline ? 'headline' : 'name', h);
  }
  const site = ld.website ? str(ld.website.name) : null;
  if (site) fs.offer('review.siteName', cleanValue(site), 'json-ld', RANK.ldWork, 'WebSite.name', site);
}
