import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it, vi } from 'vitest';
import { useLiveQuery, type Live } from '@/components/use-live-query';
import { ReviewDb } from '@/lib/db';
import { createStore } from '@/lib/store';

let db: ReviewDb;
const root = document.createElement('div');
afterEach(async () => {
  render(null, root);
  await db.delete();
});

const page = { url: 'https://reviews.example/r/seeded', canonical: null, title: 'A review' };

function Notes({ first, seen }: { first?: { value: number }; seen: Live<number>[] }) {
  const store = createStore(db);
  const live = useLiveQuery(() => store.annotations.forPage(page).then((l) => l.length), [], first);
  seen.push(live);
  return <p>{live.status === 'ready' ? live.value : 'loading'}</p>;
}

it('a live query given the answer read before mounting renders it at once, then follows later writes', async () => {
  db = new ReviewDb(`seeded-${Math.random()}`);
  const store = createStore(db);
  await store.annotations.addPageNote(page, null, 'One');
  const seen: Live<number>[] = [];
  const first = { value: (await store.annotations.forPage(page)).length };
  await act(() => render(<Notes first={first} seen={seen} />, root));
  expect(seen[0]).toEqual({ status: 'ready', value: 1 });
  expect(seen.some((s) => s.status === 'loading')).toBe(false);
  await act(async () => {
    await store.annotations.addPageNote(page, null, 'Two');
  });
  await vi.waitFor(() => expect(root.textContent).toBe('2'));
});

it('without it the first render is a loading state', async () => {
  db = new ReviewDb(`unseeded-${Math.random()}`);
  const seen: Live<number>[] = [];
  await act(() => render(<Notes seen={seen} />, root));
  expect(seen[0]).toEqual({ status: 'loading' });
  await vi.waitFor(() => expect(root.textContent).toBe('0'));
});
