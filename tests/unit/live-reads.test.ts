import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, expect, it, vi } from 'vitest';
import { ReviewDb } from '@/lib/db';
import { createStore } from '@/lib/store';
import { libraryFacets, queryLibrary } from '@/lib/library/query';
import { must } from '../../lib/must';

let db: ReviewDb;
afterEach(async () => {
  await db.delete();
});

const settle = () => new Promise((r) => setTimeout(r, 150));

/** The popup and library render these reads through liveQuery: a write must make them run again. */
it('the store’s page reads and the library query are live: a write shows without asking again', async () => {
  db = new ReviewDb(`live-${Math.random()}`);
  const store = createStore(db);
  const page = { url: 'https://reviews.example/r/1', canonical: 'https://reviews.example/r/1?id=1', title: 'A review' };
  const saved: (string | null)[] = [];
  const counts: number[] = [];
  const library: number[] = [];
  const everything: number[] = [];
  const filtered: number[] = [];
  const subs = [
    liveQuery(() => store.pages.get(page)).subscribe((p) => saved.push(p?.key ?? null)),
    liveQuery(() => store.annotations.forPage(page)).subscribe((list) => counts.push(list.length)),
    liveQuery(() => queryLibrary(db, { text: 'caravan' })).subscribe((r) => library.push(r.totalAnnotations)),
    liveQuery(() => queryLibrary(db, { limit: 50 })).subscribe((r) => everything.push(r.entries.length)),
    liveQuery(() => queryLibrary(db, { tag: 'x', color: 'yellow', sort: 'title' })).subscribe((r) => filtered.push(r.entries.length)),
    liveQuery(() => queryLibrary(db, { tag: 'x', sort: 'workDate' })).subscribe((r) => filtered.push(r.entries.length)),
    liveQuery(() => libraryFacets(db)).subscribe((f) => filtered.push(f.tags.length)),
  ];
  await vi.waitFor(() => expect([saved, counts, library, everything].every((xs) => xs.length > 0) && filtered.length >= 3).toBe(true));
  await store.pages.save(page, null);
  await settle();
  await store.annotations.addPageNote(page, null, 'Caravan routes, see chapter 2');
  await settle();
  subs.forEach((s) => s.unsubscribe());
  expect([saved[0], saved[1], saved.at(-1)]).toEqual([null, 'https://reviews.example/r/1', 'https://reviews.example/r/1']);
  expect(counts.at(-1)).toBe(1);
  expect([library[0], library.at(-1)]).toEqual([0, 1]);
  expect([everything[0], everything.at(-1)]).toEqual([0, 1]);
});

it('the popup’s read finds the page and its annotations under every address that shares its canonical link, and is live', async () => {
  db = new ReviewDb(`live-${Math.random()}`);
  const store = createStore(db);
  const canonical = 'https://ex.org/reviews/the-book';
  const elsewhere = { url: 'https://ex.org/?p=123', canonical, title: 'The book' };
  const printView = { url: 'https://ex.org/print/the-book', canonical, title: 'The book (print)' };
  await store.pages.save(elsewhere, null);
  await store.annotations.addPageNote(elsewhere, null, 'Saved from the short link');
  const seen: { page: string | null; notes: string[] }[] = [];
  const sub = liveQuery(() => store.pages.withAnnotations(printView)).subscribe(({ page, annotations }) =>
    seen.push({ page: page?.key ?? null, notes: annotations.map((a) => a.note) }),
  );
  await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0));
  expect(seen[0]).toEqual({ page: 'https://ex.org/?p=123', notes: ['Saved from the short link'] });
  await store.annotations.addPageNote(printView, null, 'Written on the print view');
  await vi.waitFor(() => expect(must(seen.at(-1), 'seen.at(-1)').notes).toEqual(['Saved from the short link', 'Written on the print view']));
  sub.unsubscribe();
  expect(await store.pages.withAnnotations(printView)).toEqual({
    page: await store.pages.get(printView),
    annotations: await store.annotations.forPage(printView),
  });
});
