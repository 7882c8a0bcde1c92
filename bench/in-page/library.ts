import { ReviewDb, type PageRecord } from '../../lib/db';
import { createStore } from '../../lib/store';
import { reindexAll } from '../../lib/store/page-index';
import { COLORS, type AnnotationRecord } from '../../lib/annotation';
import { emptyReview, emptyWork, type Extraction } from '../../lib/extract/schema';
import { effectiveFields } from '../../lib/library/corrections';
import { LIBRARY_PAGE_SIZE, libraryFacets, queryLibrary, type LibraryQuery } from '../../lib/library/query';
import { rng } from '../../scripts/rng';
import { must } from '../../lib/must';
import { readOnly, readWrite } from '../../lib/db-transaction';

/**
 * Runs in the benchmark page, against the page's real IndexedDB. seed() fills a fresh ReviewDb
 * with a library of seeded random reviews and annotations; measure() times queryLibrary for
 * the queries the library view sends (sort by saved, one screen of LIBRARY_PAGE_SIZE pages), next to a naive
 * peer that reads every record and filters them in JavaScript.
 */

const SYLLABLES = [
  'ka',
  'ri',
  'to',
  'mes',
  'an',
  'dor',
  'vel',
  'sun',
  'ta',
  'ber',
  'lo',
  'qui',
  'ra',
  'zen',
  'hol',
  'mi',
  'at',
  'gra',
  'po',
  'lis',
  'ne',
  'fu',
  'sal',
  'cor',
  'em',
  'tri',
  'bo',
  'ux',
  'pel',
  'do',
];
const FUNCTION_WORDS = 'the of and to in a is that for it as was with by on from at which this be are not or but'.split(' ');
const TAGS = [
  'method',
  'argument',
  'evidence',
  'quote',
  'to-read',
  'reread',
  'disagree',
  'key-claim',
  'definition',
  'example',
  'history',
  'policy',
  'data',
  'theory',
  'critique',
  'summary',
  'question',
  'follow-up',
  'chapter-1',
  'chapter-2',
  'footnote',
  'source',
  'style',
  'statistics',
  'archive',
  'interview',
  'survey',
  'economics',
  'law',
  'ethics',
  'climate',
  'water',
  'trade',
  'migration',
  'health',
  'education',
  'gender',
  'memory',
  'translation',
  'teaching',
];
const FIRST = [
  'Anna',
  'Boris',
  'Chen',
  'Dilnoza',
  'Emeka',
  'Fatima',
  'Gustav',
  'Hana',
  'Ivan',
  'Julia',
  'Kofi',
  'Lena',
  'Marco',
  'Nadia',
  'Omar',
  'Priya',
  'Ravil',
  'Sofia',
  'Tomas',
  'Yuki',
];
const LAST = [
  'Abenova',
  'Brandt',
  'Castillo',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ito',
  'Jensen',
  'Kowalski',
  'Larsen',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quinn',
  'Rossi',
  'Silva',
  'Tanaka',
];
const PUBLISHERS = Array.from(
  { length: 30 },
  (_, i) =>
    `${['Northgate', 'Riverside', 'Meridian', 'Harbor', 'Lantern', 'Summit'][i % 6]} ${['Press', 'Books', 'University Press', 'Institute', 'Publishing'][i % 5]}`,
);
const TYPES = ['Book', 'Report', 'Article', 'Thesis'];
const SITES = 20;
const VOCAB = 3000;
const DAY = 86_400_000;
const STORE_QUOTE = 'Zyxwvut marks the one written by the store.';
/** Every other word that appears in the records, besides the vocabulary. */
const OTHER_WORDS = [...TAGS, ...FUNCTION_WORDS, ...FIRST, ...LAST, ...PUBLISHERS, ...TYPES, STORE_QUOTE, 'Review of', 'site0 example'].flatMap(
  (s) => s.toLowerCase().match(/[a-z0-9]+/g) ?? [],
);

interface Seeded {
  db: ReviewDb;
  /** Pseudo-words; earlier ones are drawn more often (Zipf–Mandelbrot over this order). */
  vocab: string[];
  /** For each vocabulary word, how many annotations contain it as a whole word. */
  df: Map<string, number>;
  /** A quote to take a two-word query from. */
  sampleQuote: string;
}

let state: Seeded | null = null;

function makeVocab(next: () => number): string[] {
  const set = new Set<string>();
  while (set.size < VOCAB) {
    let w = '';
    const n = 2 + Math.floor(next() * 2);
    for (let i = 0; i < n; i++) w += must(SYLLABLES[Math.floor(next() * SYLLABLES.length)], 'a syllable');
    if (!FUNCTION_WORDS.includes(w)) set.add(w);
  }
  return [...set];
}

/** Seeds the database: `pages` pages with `perPage` annotations each; returns what was written. */
export async function seed(pages = 1000, perPage = 10, seedValue = 11) {
  if (state) {
    state.db.close();
    await ReviewDb.delete(state.db.name);
  }
  const next = rng(seedValue);
  const pick = <T>(xs: readonly T[]): T => must(xs[Math.floor(next() * xs.length)], 'a drawn element (the list is not empty)');
  const vocab = makeVocab(next);
  // Zipf–Mandelbrot weights (1 / (rank + 10)): the commonest word is in about a third of the
  // annotations, the rarest in a handful.
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 0; r < vocab.length; r++) cumulative.push((total += 1 / (r + 10)));
  const contentWord = () => {
    const x = next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (must(cumulative[mid], 'cumulative[mid]') < x) lo = mid + 1;
      else hi = mid;
    }
    return must(vocab[lo], 'vocab[lo]');
  };
  const word = () => (next() < 0.35 ? pick(FUNCTION_WORDS) : contentWord());
  const prose = (min: number, max: number) => {
    const n = min + Math.floor(next() * (max - min + 1));
    const ws: string[] = [];
    for (let i = 0; i < n; i++) ws.push(word());
    if (!ws.length) return '';
    const s = ws.join(' ');
    return must(s[0], 's[0]').toUpperCase() + s.slice(1) + '.';
  };
  const title = () => {
    const s = Array.from({ length: 2 + Math.floor(next() * 5) }, contentWord).join(' ');
    return must(s[0], 's[0]').toUpperCase() + s.slice(1);
  };
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;

  const now = Date.UTC(2025, 5, 1);
  const pageRecords: PageRecord[] = [];
  const annotations: AnnotationRecord[] = [];
  const df = new Map<string, number>();
  let sampleQuote = '';
  for (let p = 0; p < pages; p++) {
    const site = `site${p % SITES}.example`;
    const url = `https://${site}/review/${p}`;
    const work = emptyWork();
    work.title = title();
    work.authors = Array.from({ length: 1 + Math.floor(next() * 3) }, person);
    work.publisher = pick(PUBLISHERS);
    work.keywords = Array.from({ length: 2 + Math.floor(next() * 4) }, contentWord);
    work.type = pick(TYPES);
    work.date = String(1990 + Math.floor(next() * 36));
    const review = emptyReview();
    review.title = `Review of ${work.title}`;
    review.reviewer = person();
    review.siteName = site;
    const extraction: Extraction = { url, isReview: true, confidence: 0.9, work, review, fields: {} };
    const savedAt = now - Math.floor(next() * 3 * 365 * DAY);
    pageRecords.push({
      key: url,
      url,
      title: `${review.title} | ${site}`,
      canonicalKey: null,
      extraction,
      corrections: {},
      savedAt,
      updatedAt: savedAt,
      deleted: null,
    });
    for (let i = 0; i < perPage; i++) {
      const created = savedAt + i * 60_000;
      const highlight = next() >= 0.05;
      const quote = prose(8, 40);
      const note = next() < 0.4 ? '' : prose(0, 30);
      const tags = [...new Set(Array.from({ length: Math.floor(next() * 4) }, () => pick(TAGS)))];
      const id = `a${String(p).padStart(5, '0')}-${String(i).padStart(3, '0')}`;
      const text = highlight ? `${quote} ${note}` : note || quote;
      for (const w of new Set(text.toLowerCase().match(/[a-z]+/g) ?? [])) df.set(w, (df.get(w) ?? 0) + 1);
      if (!sampleQuote && highlight && p === Math.floor(pages / 2)) sampleQuote = quote;
      annotations.push({
        id,
        pageKey: url,
        url,
        title: must(pageRecords[p], 'pageRecords[p]').title,
        motivation: highlight ? 'highlighting' : 'commenting',
        target: highlight
          ? {
              quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
              position: { type: 'TextPositionSelector', start: i * 1000, end: i * 1000 + quote.length },
            }
          : null,
        color: highlight ? pick(COLORS) : null,
        note: highlight ? note : text,
        tags,
        created,
        updated: created,
        deleted: null,
      });
    }
  }

  const db = new ReviewDb(`bench-library-${seedValue}-${Date.now()}`);
  await db.open();
  const t0 = performance.now();
  await readWrite(db, ['pages', 'annotations'], async () => {
    await db.pages.bulkAdd(pageRecords);
    await db.annotations.put(annotations);
  });
  // Records written in bulk (as an import writes them): the pages gather their annotations' index columns.
  const store = createStore(
    db,
    () => now,
    () => 'store-written',
  );
  await reindexAll(db);
  const seedMs = performance.now() - t0;
  // One more highlight through the extension's own write path, found by the index like the rest.
  const first = must(pageRecords[0], 'pageRecords[0]');
  const exact = STORE_QUOTE;
  await store.annotations.addHighlight({ url: first.url, title: first.title, canonical: null }, first.extraction, {
    selectors: { quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: exact.length } },
    color: 'blue',
    note: '',
    tags: [],
  });
  const viaStore = await queryLibrary(db, { text: 'zyxwv' });
  if (
    viaStore.totalAnnotations !== 1 ||
    must(must(viaStore.entries[0], 'viaStore.entries[0]').annotations[0], 'viaStore.entries[0].annotations[0]').id !== 'store-written'
  )
    throw new Error('the annotation written through the store was not found by search');

  state = { db, vocab, df, sampleQuote };
  return { pages: await db.pages.count(), annotations: await db.annotations.count(), seedMs };
}

/** The naive way: every record read, each tested with a case-insensitive substring search. */
async function scan(db: ReviewDb, text: string, site?: string): Promise<{ pages: number; ids: Set<string> }> {
  const ws = text.toLowerCase().split(/\s+/).filter(Boolean);
  const has = (hay: string) => ws.every((w) => hay.includes(w));
  return readOnly(db, ['pages', 'annotations'], async () => {
    const [pages, annotations] = await Promise.all([db.pages.toArray(), db.annotations.all()]);
    const matchedPages = new Set<string>();
    const live = new Map<string, (typeof pages)[number]>();
    for (const p of pages) {
      if (p.deleted != null || (site != null && p.site !== site)) continue;
      live.set(p.key, p);
      const { work, review } = effectiveFields(p.extraction, p.corrections);
      const hay = [p.title, work.title, ...work.authors, ...work.editors, work.publisher, ...work.keywords, work.affiliation, review.title, review.reviewer]
        .join(' ')
        .toLowerCase();
      if (has(hay)) matchedPages.add(p.key);
    }
    const byPage = new Map<string, typeof annotations>();
    for (const a of annotations) {
      if (a.deleted != null || !live.has(a.pageKey)) continue;
      if (matchedPages.has(a.pageKey) || has(`${a.target?.quote.exact ?? ''} ${a.note} ${a.tags.join(' ')}`.toLowerCase())) {
        let list = byPage.get(a.pageKey);
        if (!list) byPage.set(a.pageKey, (list = []));
        list.push(a);
      }
    }
    for (const key of matchedPages) if (!byPage.has(key)) byPage.set(key, []);
    // Ordered as the library lists them, newest saved first.
    const listed = [...byPage.keys()].map((k) => must(live.get(k), 'live.get(k)')).sort((a, b) => b.savedAt - a.savedAt);
    return { pages: listed.length, ids: new Set([...byPage.values()].flat().map((a) => a.id)) };
  });
}

const idsOf = (r: Awaited<ReturnType<typeof queryLibrary>>) => new Set(r.entries.flatMap((e) => e.annotations.map((a) => a.id)));

/** The queries, picked from the seeded data so that each has the kind of hit count its name says. */
function queries(s: Seeded) {
  const byDf = s.vocab.filter((w) => s.df.has(w)).sort((a, b) => must(s.df.get(b), 's.df.get(b)') - must(s.df.get(a), 's.df.get(a)'));
  const common = must(byDf[0], 'byDf[0]');
  // A word that no other word contains: the indexed prefix search and a substring scan agree on it.
  const others = [...s.vocab, ...OTHER_WORDS];
  const alone = (w: string) => !others.some((o) => o !== w && o.includes(w));
  const rare = must(
    byDf
      .slice()
      .reverse()
      .find((w) => must(s.df.get(w), 's.df.get(w)') >= 3 && alone(w)),
    'byDf .slice() .reverse() .find((w) => s.df.get(w) >= 3 && alone(w))',
  );
  const mid = must(byDf.slice(30).find(alone), 'byDf.slice(30).find(alone)');
  const sample = (s.sampleQuote.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => !FUNCTION_WORDS.includes(w) && alone(w));
  const two = `${sample[0]} ${sample[sample.length - 1]}`;
  const base: LibraryQuery = { sort: 'saved', limit: LIBRARY_PAGE_SIZE };
  const list: { name: string; q: LibraryQuery; text?: string; site?: string }[] = [
    { name: 'commonWord', q: { ...base, text: common }, text: common },
    { name: 'rareWord', q: { ...base, text: rare }, text: rare },
    { name: 'twoWords', q: { ...base, text: two }, text: two },
    { name: 'prefix3', q: { ...base, text: common.slice(0, 3) }, text: common.slice(0, 3) },
    { name: 'tag', q: { ...base, tag: 'evidence' } },
    { name: 'colorTag', q: { ...base, color: 'yellow', tag: 'method' } },
    { name: 'wordAndSite', q: { ...base, text: mid, site: 'site3.example' }, text: mid, site: 'site3.example' },
    { name: 'firstPage', q: { ...base } },
  ];
  return { list, checkWords: [rare, mid, two] };
}

const timed = async (fn: () => Promise<unknown>) => {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
};

export async function measure(runs: number) {
  const s = state;
  if (!s) throw new Error('seed() first');
  const { list, checkWords } = queries(s);

  // Correctness: on words that no other word contains, the index finds exactly what a scan finds.
  for (const text of checkWords) {
    const indexed = await queryLibrary(s.db, { text });
    const scanned = await scan(s.db, text);
    const ids = idsOf(indexed);
    const same = ids.size === scanned.ids.size && [...ids].every((id) => scanned.ids.has(id)) && indexed.totalPages === scanned.pages;
    if (!same)
      throw new Error(
        `search for "${text}": the index found ${ids.size} annotations on ${indexed.totalPages} pages, a scan ${scanned.ids.size} on ${scanned.pages}`,
      );
    if (!ids.size) throw new Error(`search for "${text}" found nothing`);
  }
  // Every other text query: what the index returns, a scan finds too (a prefix is also a substring).
  const hits: Record<string, { pages: number; annotations: number }> = {};
  for (const { name, q, text, site } of list) {
    const r = await queryLibrary(s.db, { ...q, limit: undefined });
    hits[name] = { pages: r.totalPages, annotations: r.totalAnnotations };
    if (text == null) continue;
    const scanned = await scan(s.db, text, site);
    const missing = [...idsOf(r)].filter((id) => !scanned.ids.has(id));
    if (missing.length) throw new Error(`search "${name}" returned ${missing.length} annotations that do not contain "${text}"`);
  }

  // One warm-up round (the checks above read everything once already).
  for (const { q, text, site } of list) {
    await queryLibrary(s.db, q);
    if (text != null) await scan(s.db, text, site);
  }
  const ours: Record<string, number[]> = Object.fromEntries(list.map((x) => [x.name, []]));
  const peer: Record<string, number[]> = Object.fromEntries(list.filter((x) => x.text != null).map((x) => [x.name, []]));
  const facets: number[] = [];
  // Ours and the scan in separate rounds, each from a collected heap: timed right after a scan
  // that read every record, a query would pay for collecting the scan's garbage.
  const collect = async () => {
    (globalThis as { gc?: () => void }).gc?.();
    // The collector sweeps on after gc() returns.
    await new Promise((r) => setTimeout(r, 100));
  };
  for (let i = 0; i < runs; i++) {
    await collect();
    for (const { name, q } of list) must(ours[name], 'ours[name]').push(await timed(() => queryLibrary(s.db, q)));
    facets.push(await timed(() => libraryFacets(s.db)));
    await collect();
    for (const { name, text, site } of list) if (text != null) must(peer[name], 'peer[name]').push(await timed(() => scan(s.db, text, site)));
  }
  return { ours, peer, facets, hits, queries: Object.fromEntries(list.map((x) => [x.name, x.q])) };
}

export async function cleanup() {
  if (!state) return;
  state.db.close();
  await ReviewDb.delete(state.db.name);
  state = null;
}
