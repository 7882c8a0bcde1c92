import Dexie from 'dexie';

/**
 * What version 1 (the first release) wrote, with version 1's own schema: the fixture every later
 * version must read, upgrade, or at least keep readable when its upgrade fails.
 */
export const V1_SCHEMA = {
  pages: 'key, url, canonicalKey, savedAt, updatedAt',
  annotations: 'id, pageKey, created, updated, deleted, *tags, color',
};
export const V1_PAGE = {
  key: 'https://www.reviews.example/r/1',
  url: 'https://www.reviews.example/r/1?utm_source=x',
  title: 'A review of Steppe Trade',
  canonicalKey: null,
  extraction: null,
  savedAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_500,
};
export const V1_ANNOTATION = {
  id: 'a1b2c3d4e5f6',
  pageKey: V1_PAGE.key,
  url: V1_PAGE.url,
  title: V1_PAGE.title,
  motivation: 'highlighting',
  target: {
    quote: { type: 'TextQuoteSelector', exact: 'customs posts along the Ferghana valley', prefix: 'the ', suffix: ' were' },
    position: { type: 'TextPositionSelector', start: 10, end: 49 },
  },
  color: 'green',
  note: 'Compare with the 1998 report',
  tags: ['trade', 'borders'],
  created: 1_700_000_000_100,
  updated: 1_700_000_000_200,
  deleted: null,
};

/** A database as version 1 left it. */
export async function makeV1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(V1_SCHEMA);
  await v1.open();
  await v1.table('pages').put(V1_PAGE);
  await v1.table('annotations').put(V1_ANNOTATION);
  v1.close();
}

/** Everything in the database, read with version 1's schema and no upgrade: what is really on disk. */
export async function readAsV1(name: string): Promise<{ verno: number; pages: unknown[]; annotations: unknown[] }> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    return { verno: raw.verno, pages: await raw.table('pages').toArray(), annotations: await raw.table('annotations').toArray() };
  } finally {
    raw.close();
  }
}

/** Annotations as versions 5 and 6 wrote them: a page's in one row, in the order they were added, with the ids and trash times indexed. */
export function asV5Rows<A extends { id: string; pageKey: string; deleted: number | null }>(
  annotations: readonly A[],
): { pageKey: string; items: A[]; ids: string[]; trashed: number[] }[] {
  const pages = new Map<string, A[]>();
  for (const a of annotations) pages.set(a.pageKey, [...(pages.get(a.pageKey) ?? []), a]);
  return [...pages].map(([pageKey, items]) => ({
    pageKey,
    items,
    ids: items.map((a) => a.id),
    trashed: [...new Set(items.flatMap((a) => (a.deleted == null ? [] : [a.deleted])))],
  }));
}
