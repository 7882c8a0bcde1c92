/**
 * A value made on first use. The extractor's tables and large regular expressions are built
 * this way: its script is evaluated on every page a person opens, and most pages are not
 * reviews and never need them (docs/performance.md: lazy tables).
 */
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
