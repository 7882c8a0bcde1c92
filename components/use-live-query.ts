import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: Error };

/**
 * A Dexie live query as Preact state: re-runs when any record it read changes, whichever
 * context wrote it (the background, another extension page), so every open view stays current.
 *
 * `first`, when given, is the query's answer read before the component mounted: the first
 * render is then complete, with no frame drawn in a loading state, and the live query only
 * brings later changes (its first run reads again, so a write in between is not missed).
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], first?: { value: T }): Live<T> {
  const [state, setState] = useState<Live<T>>(first ? { status: 'ready', value: first.value } : { status: 'loading' });
  // Subscribed as soon as the component is in the DOM, not a frame later: the first read starts sooner.
  useLayoutEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (error) => setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    });
    return () => sub.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, deps);
  return state;
}
