import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ReviewDb } from '@/lib/db';

/** The library's database, given to its views by the page (never module state). */
export const DbContext = createContext<ReviewDb | null>(null);

export function useDb(): ReviewDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('the library views need the database');
  return db;
}
