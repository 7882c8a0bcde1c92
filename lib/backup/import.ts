import type { AnnotationRecord } from '../annotation';
import { withoutIndexColumns, type PageRecord, type ReviewDb } from '../db';
import type { ParsedBackup } from './format';
import { readOnly, readWrite, type StoreName } from '../db-transaction';
import { must } from '../must';
import { updatePageIndex } from '../store/page-index';

/**
 * Bringing a backup in: first a plan (what is new, changed, unchanged, or kept because the
 * database has a newer version), then the same classification applied in one transaction, so
 * the database ends up either with all of it or exactly as it was. Importing a file twice
 * changes nothing the second time.
 */

export interface ImportCounts {
  new: number;
  changed: number;
  unchanged: number;
  /** In the database with a newer update time than the file's: kept as they are. */
  keptNewer: number;
}

export interface ImportPlan {
  pages: ImportCounts;
  annotations: ImportCounts;
  siteRules: ImportCounts;
  workChoices: ImportCounts;
}

type Verdict = keyof ImportCounts;

/**
 * Whether two records hold the same data, as JSON would write them: key order does not count,
 * and neither does a key whose value is undefined (JSON leaves it out). Compares in place,
 * without writing either out (an import of 100,000 records compares each one).
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const defined = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const keys = defined(x);
  return keys.length === defined(y).length && keys.every((k) => Object.hasOwn(y, k) && sameData(x[k], y[k]));
}

function verdict<T>(incoming: T, existing: T | undefined, time: (x: T) => number): Verdict {
  if (existing === undefined) return 'new';
  if (sameData(existing, incoming)) return 'unchanged';
  return time(existing) > time(incoming) ? 'keptNewer' : 'changed';
}

const counts = (): ImportCounts => ({ new: 0, changed: 0, unchanged: 0, keptNewer: 0 });

/** A page record for annotations whose page the file does not describe (a plain W3C export). */
function pageFor(a: AnnotationRecord): PageRecord {
  return {
    key: a.pageKey,
    url: a.url,
    title: a.title || a.url,
    canonicalKey: null,
    extraction: null,
    corrections: {},
    savedAt: a.created,
    updatedAt: a.created,
    deleted: null,
  };
}

async function classify(db: ReviewDb, backup: ParsedBackup) {
  const pages = new Map(backup.pages.map((p) => [p.key, p]));
  for (const a of backup.annotations) if (!pages.has(a.pageKey)) pages.set(a.pageKey, pageFor(a));
  const incomingPages = [...pages.values()];
  // Only records the database already has are read: the pages' keys come first, in one key-only
  // read; the annotations through AnnotationTable.storedAs, which looks first where they say they belong.
  const havePage = new Set(await db.pages.toCollection().primaryKeys());
  const [storedPages, storedAnnotations] = await Promise.all([
    readSome(
      db.pages,
      incomingPages.map((p) => p.key),
      havePage,
    ),
    db.annotations.storedAs(backup.annotations),
  ]);
  const described = new Set(backup.pages.map((p) => p.key));
  const plan: ImportPlan = { pages: counts(), annotations: counts(), siteRules: counts(), workChoices: counts() };
  const pagesToWrite: PageRecord[] = [];
  const newAnnotations: AnnotationRecord[] = [];
  const changedAnnotations: AnnotationRecord[] = [];
  // Pages an annotation changed on, or moved from: their index columns are gathered again.
  const pagesChanged = new Set<string>();
  incomingPages.forEach((p, i) => {
    const stored = storedPages[i];
    // A page the file only implies (no record in it) never replaces one the database has.
    const v = stored && !described.has(p.key) ? 'unchanged' : verdict(p, stored && withoutIndexColumns(stored), (x) => x.updatedAt);
    plan.pages[v]++;
    if (v === 'new' || v === 'changed') pagesToWrite.push(p);
  });
  backup.annotations.forEach((a, i) => {
    const stored = storedAnnotations[i];
    const v = verdict(a, stored, (x) => x.updated);
    plan.annotations[v]++;
    if (v === 'new') newAnnotations.push(a);
    if (v === 'changed') {
      changedAnnotations.push(a);
      pagesChanged.add(a.pageKey).add(must(stored, 'a changed annotation').pageKey);
    }
  });
  const rulesToWrite = await toWrite(
    db.siteRules,
    backup.siteRules ?? [],
    (r) => r.id,
    (r) => r.learnedAt,
    plan.siteRules,
  );
  const choicesToWrite = await toWrite(
    db.workChoices,
    backup.workChoices ?? [],
    (c) => c.pageKey,
    (c) => c.at,
    plan.workChoices,
  );
  return { plan, pagesToWrite, newAnnotations, changedAnnotations, pagesChanged, rulesToWrite, choicesToWrite };
}

/** Records of a small table that are new or newer in the file, counted into `counts`. */
async function toWrite<T>(
  table: { bulkGet(keys: string[]): Promise<(T | undefined)[]> },
  incoming: T[],
  key: (x: T) => string,
  time: (x: T) => number,
  tally: ImportCounts,
): Promise<T[]> {
  const stored = await table.bulkGet(incoming.map(key));
  return incoming.filter((x, i) => {
    const v = verdict(x, stored[i], time);
    tally[v]++;
    return v === 'new' || v === 'changed';
  });
}

/** The records with these keys, undefined where the database has none, reading only those it has. */
async function readSome<T>(table: { bulkGet(keys: string[]): Promise<(T | undefined)[]> }, keys: string[], have: Set<string>): Promise<(T | undefined)[]> {
  const present = keys.filter((k) => have.has(k));
  const found = new Map(present.map((k, i) => [k, i]));
  const got = present.length ? await table.bulkGet(present) : [];
  return keys.map((k) => {
    const i = found.get(k);
    return i === undefined ? undefined : got[i];
  });
}

/** What importing the file would do; writes nothing. */
export function planImport(db: ReviewDb, backup: ParsedBackup): Promise<ImportPlan> {
  return readOnly(db, ['pages', 'annotations', 'siteRules', 'workChoices'], async () => (await classify(db, backup)).plan);
}

/** Imports the file in one transaction; returns what it did and the pages it touched. */
export async function applyImport(db: ReviewDb, backup: ParsedBackup): Promise<ImportPlan & { pageKeys: string[] }> {
  return readWrite(db, ['pages', 'annotations', 'siteRules', 'workChoices'], async () => {
    const { plan, pagesToWrite, newAnnotations, changedAnnotations, pagesChanged, rulesToWrite, choicesToWrite } = await classify(db, backup);
    // The new ones are stored nowhere: classify looked for each, in this transaction.
    await db.annotations.add(newAnnotations);
    await db.annotations.put(changedAnnotations);
    await db.siteRules.bulkPut(rulesToWrite);
    await db.workChoices.bulkPut(choicesToWrite);
    const pageKeys = [...new Set([...pagesToWrite.map((p) => p.key), ...newAnnotations.map((a) => a.pageKey), ...pagesChanged])];
    // The pages are written once, with the index columns their annotations give them.
    await updatePageIndex(db, { added: newAnnotations, recompute: pagesChanged, replacing: pagesToWrite });
    return { ...plan, pageKeys };
  });
}

/** Every page record, annotation (the trash included) and site rule, or the records of some pages. */
export async function collectBackup(db: ReviewDb, pageKeys?: string[]): Promise<ParsedBackup> {
  // A database opened as it was after a failed upgrade (lib/db-open) may predate the rules and choices.
  const rules = db.tables.some((table) => table.name === 'siteRules');
  const choices = db.tables.some((table) => table.name === 'workChoices');
  const optional: StoreName[] = [...(rules ? (['siteRules'] as const) : []), ...(choices ? (['workChoices'] as const) : [])];
  return readOnly(db, ['pages', 'annotations', ...optional], async () => {
    if (!pageKeys) {
      const [pages, annotations, siteRules, workChoices] = await Promise.all([
        db.pages.toArray(),
        db.annotations.all(),
        rules ? db.siteRules.toArray() : [],
        choices ? db.workChoices.toArray() : [],
      ]);
      return { pages: pages.map(withoutIndexColumns), annotations, siteRules, workChoices };
    }
    const [pages, lists] = await Promise.all([db.pages.bulkGet(pageKeys), db.annotations.ofPages(pageKeys)]);
    return { pages: pages.flatMap((p) => (p ? [withoutIndexColumns(p)] : [])), annotations: lists.flat() };
  });
}
