/**
 * A shop's or dealer's heading `Author: Title` (`Juli Zeh: Unterleuten`, `Zeller, Eduard: Die
 * Philosophie der Griechen`): on a page that sells a book, the name before the colon is the
 * book's author's, as a catalogue heads its record, though the description never names that
 * person again. A name inverted (`Surname, Given`) is a catalogue's own form, never a column's
 * or a headline's, so on any page that sells its item it is read as the author's.
 */

/** `Zeller, Eduard`, `Pérez García, Juan`, `Tolkien, J. R. R.`: a family name, a comma, given names or initials. */
const INVERTED = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?),\s+(\p{Lu}[\p{L}'’-]*\.?(?:\s*\p{Lu}[\p{L}'’-]*\.?){0,2})$/u;

/** The name in the order a reader writes it: `Eduard Zeller`. */
export function uninverted(name: string): string | null {
  const m = INVERTED.exec(name.trim());
  return m?.[1] && m[2] ? `${m[2]} ${m[1]}` : null;
}

/**
 * The author a shop's `Name: Title` heading gives, or null: any name on a page that sells a book,
 * an inverted one on a page that sells anything.
 */
export function shopHeadingAuthor(people: string, sells: { item: boolean; book: boolean }): string | null {
  if (!sells.item) return null;
  const natural = uninverted(people);
  if (natural) return natural;
  return sells.book && !people.includes(',') ? people.trim() : null;
}
