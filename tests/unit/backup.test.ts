import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReviewDb, withoutIndexColumns } from '@/lib/db';
import { createStore } from '@/lib/store';
import { BackupError, FORMAT_VERSION, MAX_BACKUP_BYTES, parseBackup, toBackup } from '@/lib/backup/format';
import { applyImport, collectBackup, planImport, sameData } from '@/lib/backup/import';
import { gzip, readBackupFile } from '@/lib/backup/file';
import { exportFiles } from '@/lib/export/formats';
import { emptyReview, emptyWork, type Extraction } from '@/lib/extract/schema';
import { COLORS } from '@/lib/annotation';
import { queryLibrary } from '@/lib/library/query';
import { createRuleStore } from '@/lib/site-rules/store';
import { chooseWork } from '@/lib/works/works';
import { must } from '../../lib/must';

let db: ReviewDb;
let clock: number;
let ids: number;

const extraction = (url: string, title: string): Extraction => ({
  url,
  isReview: true,
  confidence: 0.8,
  work: { ...emptyWork(), title, authors: ['Dilnoza Karimova', 'Omar Haddad'], date: '2021-03', type: 'Report', pages: 88, keywords: ['water', 'Aral Sea'] },
  review: { ...emptyReview(), reviewer: 'R. Kh.', summary: 'A review\nwith two lines and “quotes”.' },
  fields: { 'work.title': { source: 'heading' }, 'work.authors': { source: 'label', label: 'Author', quote: 'Dilnoza Karimova' } },
});

const NOTES = [
  '**Bold** claim, see [link](https://x.example) and `code`',
  '> quoted\n- list\n\nnew paragraph',
  'Emoji 🌊🏜️ and RTL: مياه بحر آرال',
  '=SUM(A1:A3)',
  '',
  '<img src=x onerror=alert(1)>',
];

/** A library with pages, corrections, annotations in every colour, page notes, the trash. */
async function buildLibrary() {
  const store = createStore(
    db,
    () => (clock += 1000),
    () => `annotation-${String(++ids).padStart(4, '0')}`,
  );
  for (let p = 0; p < 3; p++) {
    const url = `https://reviews.example/r/${p}?utm_source=feed`;
    const page = { url, title: `Review ${p}`, canonical: p === 1 ? 'https://reviews.example/r/one' : null };
    const ex = extraction(url, `Water Sharing, part ${p}`);
    for (const [i, color] of COLORS.entries()) {
      await store.annotations.addHighlight(page, ex, {
        selectors: {
          quote: { type: 'TextQuoteSelector', exact: `Quote ${p}.${i} — “the flow”\nsecond line 水`, prefix: 'before ', suffix: ' after' },
          position: { type: 'TextPositionSelector', start: 100 * i, end: 100 * i + 30 },
        },
        color,
        note: must(NOTES[(p + i) % NOTES.length], 'NOTES[(p + i) % NOTES.length]'),
        tags: i % 2 ? ['method', `tag-${p}`] : [],
      });
    }
    await store.annotations.addPageNote(page, ex, `Page note for ${p}: convincing.`);
  }
  await store.corrections.correctSavedField('https://reviews.example/r/0', 'work.authors', ['D. Karimova']);
  await store.corrections.correctSavedField('https://reviews.example/r/2', 'work.pages', 90);
  await store.trash.trashAnnotation('annotation-0002');
  await store.trash.trashPages(['https://reviews.example/r/2']);
  const rules = createRuleStore(
    db,
    () => (clock += 1000),
    () => `rule-${String(++ids).padStart(4, '0')}`,
  );
  await rules.learnField('https://reviews.example/r/0', 'work.publisher', {
    label: 'issued by',
    labelAt: 'same',
    path: ['div:1', 'p:2'],
    root: 'main',
    stop: null,
    prefer: 'label',
  });
  await rules.learnVerdict('https://reviews.example/news/1', false);
  await chooseWork(db, ['https://reviews.example/r/0', 'https://reviews.example/r/1'], 'manual:one-work', (clock += 1000));
}

async function dump() {
  const [pages, annotations, siteRules, workChoices] = await Promise.all([
    db.pages.orderBy('key').toArray(),
    db.annotations.all().then((as) => as.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))),
    db.siteRules.orderBy('id').toArray(),
    db.workChoices.orderBy('pageKey').toArray(),
  ]);
  return { pages, annotations, siteRules, workChoices };
}

beforeEach(async () => {
  db = new ReviewDb(`backup-${Math.random()}`);
  clock = 1_760_000_000_000;
  ids = 0;
  await buildLibrary();
});
afterEach(async () => {
  await db.delete();
});

type Json = null | boolean | number | string | Json[] | JsonObject;
interface JsonObject {
  [key: string]: Json;
}
type JsonPath = (string | number)[];

/** The value at `path` in a JSON tree; a path that leads nowhere fails the test that wrote it. */
function at(tree: Json, path: JsonPath): Json {
  let node = tree;
  for (const step of path) {
    const next: Json | undefined = Array.isArray(node) ? node[Number(step)] : node !== null && typeof node === 'object' ? node[step] : undefined;
    if (next === undefined) throw new Error(`nothing at ${path.join('.')}`);
    node = next;
  }
  return node;
}

function list(value: Json): Json[] {
  if (!Array.isArray(value)) throw new Error('expected a list');
  return value;
}

/** Sets the value at `path`, in an object or a list that is already there. */
function put(tree: Json, path: JsonPath, value: Json): void {
  const parent = at(tree, path.slice(0, -1));
  const last = must(path.at(-1), 'the last step of a path');
  if (Array.isArray(parent)) parent[Number(last)] = value;
  else if (parent !== null && typeof parent === 'object') parent[last] = value;
  else throw new Error(`no object at ${path.slice(0, -1).join('.')}`);
}

describe('JSON backup', () => {
  it('is a W3C AnnotationCollection with a format version, every annotation a W3C Annotation', async () => {
    const backup = toBackup(await collectBackup(db), new Date('2026-11-29T10:00:00Z'));
    expect(backup).toMatchObject({ type: 'AnnotationCollection', 'ra:formatVersion': FORMAT_VERSION, total: 18, generated: '2026-11-29T10:00:00.000Z' });
    expect(backup['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    const a = must(
      backup.first.items.find((x) => x.id === 'urn:review-annotator:annotation-0004'),
      "backup.first.items.find((x) => x.id === 'urn:review-annotator:annotation-0004')",
    );
    expect(a).toMatchObject({
      type: 'Annotation',
      motivation: 'highlighting',
      target: {
        source: 'https://reviews.example/r/0?utm_source=feed',
        selector: [{ type: 'TextQuoteSelector' }, { type: 'TextPositionSelector', start: 300 }],
      },
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: NOTES[3] },
        { purpose: 'tagging', value: 'method' },
        { purpose: 'tagging', value: 'tag-0' },
      ],
      'ra:color': 'pink',
    });
    const note = must(
      backup.first.items.find((x) => x.motivation === 'commenting'),
      "backup.first.items.find((x) => x.motivation === 'commenting')",
    );
    expect(note.target).toBe('https://reviews.example/r/0?utm_source=feed');
    // Index columns are the database's business, not the file's.
    expect(JSON.stringify(backup)).not.toContain('allTerms');
  });

  it('round trip: export, wipe, import gives back the same database, record for record', async () => {
    const before = await dump();
    const text = JSON.stringify(toBackup(await collectBackup(db)));
    await db.delete();
    db = new ReviewDb(`restored-${Math.random()}`);
    const parsed = parseBackup(text);
    expect(await planImport(db, parsed)).toEqual({
      pages: { new: 3, changed: 0, unchanged: 0, keptNewer: 0 },
      annotations: { new: 18, changed: 0, unchanged: 0, keptNewer: 0 },
      siteRules: { new: 2, changed: 0, unchanged: 0, keptNewer: 0 },
      workChoices: { new: 2, changed: 0, unchanged: 0, keptNewer: 0 },
    });
    await applyImport(db, parsed);
    expect(before.siteRules).toHaveLength(2);
    expect(before.workChoices).toHaveLength(2);
    expect(await dump()).toEqual(before);
    // The restored library is searchable and keeps its trash.
    expect((await queryLibrary(db, { text: 'aral' })).entries.map((e) => e.page.key).sort()).toEqual([
      'https://reviews.example/r/0',
      'https://reviews.example/r/1',
    ]);
  });

  it('importing the same file twice changes nothing the second time; a newer record in the database is kept', async () => {
    const text = JSON.stringify(toBackup(await collectBackup(db)));
    const store = createStore(db, () => (clock += 1000));
    await store.annotations.update('annotation-0001', { note: 'edited after the backup' });
    const first = await applyImport(db, parseBackup(text));
    expect(first.annotations).toEqual({ new: 0, changed: 0, unchanged: 17, keptNewer: 1 });
    expect((await db.annotations.get('annotation-0001'))?.note).toBe('edited after the backup');
    const before = await dump();
    const second = await applyImport(db, parseBackup(text));
    expect(second.pages).toEqual({ new: 0, changed: 0, unchanged: 3, keptNewer: 0 });
    expect(await dump()).toEqual(before);
  });

  it('an older copy in the database is replaced by the newer one from the file', async () => {
    const backup = toBackup(await collectBackup(db));
    const item = must(
      backup.first.items.find((x) => x.id === 'urn:review-annotator:annotation-0003'),
      "backup.first.items.find((x) => x.id === 'urn:review-annotator:annotation-0003')",
    );
    item.body = [{ type: 'TextualBody', value: 'changed elsewhere', purpose: 'commenting' }];
    item.modified = new Date(clock + 60_000).toISOString();
    const result = await applyImport(db, parseBackup(JSON.stringify(backup)));
    expect(result.annotations).toMatchObject({ changed: 1, unchanged: 17 });
    expect((await db.annotations.get('annotation-0003'))?.note).toBe('changed elsewhere');
    expect(result.pageKeys).toEqual(['https://reviews.example/r/0']);
  });

  it('an annotation the file gives under another page, newer, moves there: it is found by id, counted as changed, and left nowhere else', async () => {
    const backup = await collectBackup(db);
    const moved = {
      ...must(
        backup.annotations.find((a) => a.id === 'annotation-0002'),
        "backup.annotations.find((a) => a.id === 'annotation-0002')",
      ),
      pageKey: 'https://reviews.example/r/2',
      updated: clock + 60_000,
    };
    const result = await applyImport(db, { pages: [], annotations: [moved] });
    expect(result.annotations).toEqual({ new: 0, changed: 1, unchanged: 0, keptNewer: 0 });
    expect(await db.annotations.get('annotation-0002')).toEqual(moved);
    expect((await db.annotations.ofPage('https://reviews.example/r/0')).map((a) => a.id)).not.toContain('annotation-0002');
    expect((await db.annotations.ofPage('https://reviews.example/r/2')).map((a) => a.id)).toContain('annotation-0002');
    expect(await db.annotations.count()).toBe(18);
  });

  it('compares records as JSON would write them: key order and undefined keys do not count, everything else does', () => {
    expect(sameData({ a: 1, b: { c: [1, { d: 'x' }] } }, { b: { c: [1, { d: 'x' }] }, a: 1 })).toBe(true);
    expect(sameData({ a: 1, gone: undefined }, { a: 1 })).toBe(true);
    expect(sameData({ a: null }, { a: undefined })).toBe(false);
    expect(sameData({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameData({ a: [] }, { a: {} })).toBe(false);
    expect(sameData({ a: { b: 1 } }, { a: { b: 1, c: 2 } })).toBe(false);
    expect(sameData({ a: '1' }, { a: 1 })).toBe(false);
  });

  it('reads plain W3C annotations without our extensions, making the page records they need', async () => {
    await db.delete();
    db = new ReviewDb(`w3c-${Math.random()}`);
    const file = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      items: [
        {
          id: 'urn:uuid:0b8f6a6e-2d0b-4b7e-9d1c-1a2b3c4d5e6f',
          type: 'Annotation',
          motivation: 'highlighting',
          created: '2025-01-02T03:04:05Z',
          body: { type: 'TextualBody', value: 'from another tool', purpose: 'commenting' },
          target: {
            source: 'https://news.example/a?fbclid=zz',
            selector: [
              { type: 'TextQuoteSelector', exact: 'the quote', prefix: '', suffix: '' },
              { type: 'TextPositionSelector', start: 5, end: 14 },
            ],
          },
        },
      ],
    };
    await applyImport(db, parseBackup(JSON.stringify(file)));
    expect(await db.annotations.get('0b8f6a6e-2d0b-4b7e-9d1c-1a2b3c4d5e6f')).toMatchObject({
      pageKey: 'https://news.example/a',
      color: 'yellow',
      note: 'from another tool',
      created: Date.parse('2025-01-02T03:04:05Z'),
    });
    expect(withoutIndexColumns(must(await db.pages.get('https://news.example/a'), "db.pages.get('https://news.example/a')"))).toMatchObject({
      url: 'https://news.example/a?fbclid=zz',
      extraction: null,
    });
  });
});

describe('compressed backups', () => {
  it('the .json.gz export reads back to the same records as the plain one, and is much smaller', async () => {
    const records = await collectBackup(db);
    const now = new Date('2026-11-29T10:00:00Z');
    const [plain] = await exportFiles('json', records, 'Library', now);
    const [packed] = await exportFiles('json-gz', records, 'Library', now);
    expect(must(packed, 'packed').name).toBe('library-2026-11-29.json.gz');
    expect(must(packed, 'packed').content).toBeInstanceOf(Uint8Array);
    expect((must(packed, 'packed').content as Uint8Array).byteLength).toBeLessThan((must(plain, 'plain').content as string).length / 3);
    const text = await readBackupFile(new Blob([must(packed, 'packed').content as BlobPart]));
    expect(text).toBe(must(plain, 'plain').content);
    expect(await readBackupFile(new Blob([must(plain, 'plain').content as string]))).toBe(must(plain, 'plain').content);
  });

  it('refuses a damaged compressed file, and one that expands past the limit', async () => {
    const packed = await gzip(JSON.stringify({ type: 'AnnotationCollection', items: [], pad: 'x'.repeat(100_000) }));
    await expect(readBackupFile(new Blob([packed.slice(0, packed.length - 40) as BlobPart]))).rejects.toThrow(/damaged or cut short/);
    await expect(readBackupFile(new Blob([packed as BlobPart]), 50_000)).rejects.toThrow(/expands to more than/);
    await expect(readBackupFile({ size: MAX_BACKUP_BYTES + 1 } as Blob)).rejects.toThrow(/over 50 MB are refused/);
  });
});

describe('bad input is refused whole, with what and where, and the database stays as it was', () => {
  async function refused(text: string, message: RegExp, size?: number) {
    const before = await dump();
    expect(() => parseBackup(text, size)).toThrow(BackupError);
    expect(() => parseBackup(text, size)).toThrow(message);
    expect(await dump()).toEqual(before);
  }
  // A good backup as its JSON, to be broken at one place by each test.
  let good: JsonObject;
  beforeEach(async () => {
    good = JSON.parse(JSON.stringify(toBackup(await collectBackup(db)))) as JsonObject;
  });

  it('not JSON', () => refused('title,quote\nA,"b"', /^the file is not JSON.*"title,quot/));
  it('broken JSON further in, with where it breaks', () =>
    refused('{\n  "type": "AnnotationCollection",\n  "items": [}\n', /^the file is not JSON( \(line 3, column \d+\))?: /));
  it('truncated', () => refused(JSON.stringify(good).slice(0, 5000), /cut short \(truncated\)/));
  it('another format', () => refused(JSON.stringify({ type: 'FeatureCollection', features: [] }), /not a backup of this extension.*"FeatureCollection"/));
  it('a newer format version', () => refused(JSON.stringify({ ...good, 'ra:formatVersion': FORMAT_VERSION + 1 }), /newer version of the extension/));
  it('over 50 MB', () => refused('{}', /over 50 MB are refused/, MAX_BACKUP_BYTES + 1));
  it('an annotation with an unknown colour', () => {
    put(good, ['first', 'items', 4, 'ra:color'], 'red');
    return refused(JSON.stringify(good), /annotation 5: ra:color: Invalid type/);
  });
  it('a highlight without its quote', () => {
    put(good, ['first', 'items', 2, 'target', 'selector'], [at(good, ['first', 'items', 2, 'target', 'selector', 1])]);
    return refused(JSON.stringify(good), /annotation 3 \(annotation-0003\): target.selector: quote/);
  });
  it('an id the extension cannot keep', () => {
    put(good, ['first', 'items', 0, 'id'], 'https://elsewhere.example/anno/1');
    return refused(JSON.stringify(good), /annotation 1: id "https:\/\/elsewhere.example\/anno\/1" is not one/);
  });
  it('a page with a broken extraction', () => {
    put(good, ['ra:pages', 1, 'extraction', 'work', 'pages'], 'eighty');
    return refused(JSON.stringify(good), /page 2 \(https:\/\/reviews.example\/r\/1\): extraction.work.pages/);
  });
  it('a site rule whose path is not a tag path', () => {
    put(good, ['ra:siteRules', 0, 'locator', 'path'], ['div:1', 'script src=x:1']);
    return refused(JSON.stringify(good), /site rule 1: locator.path/);
  });
  it('a field rule without where its value stands', () => {
    put(good, ['ra:siteRules', 0, 'locator'], null);
    return refused(JSON.stringify(good), /site rule 1: a field rule needs its field and locator/);
  });
  it('a work choice that is neither a merge nor a split', () => {
    put(good, ['ra:workChoices', 0, 'work'], 'javascript:alert(1)');
    return refused(JSON.stringify(good), /work choice 1: work: must be a merge/);
  });
  it('the same annotation twice', () => {
    put(good, ['first', 'items'], [...list(at(good, ['first', 'items'])), at(good, ['first', 'items', 0])]);
    return refused(JSON.stringify(good), /annotation-0001 appears twice/);
  });

  it('a write that fails half-way leaves nothing behind', async () => {
    const before = await dump();
    const parsed = parseBackup(JSON.stringify(good));
    parsed.annotations = parsed.annotations.map((a) => ({ ...a, id: `${a.id}-copy`, updated: a.updated + 1 }));
    // A key IndexedDB cannot store, last: the writes before it must be undone.
    parsed.annotations.push({ ...must(parsed.annotations[0], 'parsed.annotations[0]'), id: 'no-page', pageKey: undefined as unknown as string });
    await expect(applyImport(db, parsed)).rejects.toThrow();
    expect(await dump()).toEqual(before);
  });
});
