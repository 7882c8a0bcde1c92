/**
 * The value, where a test, benchmark or script relies on it being there: a missing one stops the
 * run with a message naming what was missing, instead of a TypeError further on.
 */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what}, got ${String(value)}`);
  return value;
}
