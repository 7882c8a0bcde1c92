/** Looks after the first, at 1, 2, 4, 8 and 16 seconds. */
const MAX_LOOKS = 5;

/**
 * A custom element defined late (its code loaded lazily) renders into a new shadow root, which
 * changes nothing in the page's own tree: `look` runs again, at growing intervals, while any
 * element of the page is still undefined (and until `done` says so).
 */
export function lookAgainWhileUndefined(
  doc: Document,
  setTimeout: (fn: () => void, ms: number) => unknown,
  look: () => void,
  done: () => boolean = () => false,
): void {
  let looks = 0;
  const later = () => {
    if (looks >= MAX_LOOKS || done() || !doc.querySelector(':not(:defined)')) return;
    setTimeout(
      () => {
        looks++;
        look();
        later();
      },
      1000 * 2 ** looks,
    );
  };
  later();
}
