/**
 * The value, where the code's own invariants guarantee it is there (an index inside the bounds it
 * just checked, a node the caller has placed): a broken invariant stops with a message naming what
 * was missing, instead of a TypeError further on.
 */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what}, got ${String(value)}`);
  return value;
}
