/**
 * A library catalogue's ISBD view (Koha's and many another's): the record's main entry, a
 * person's name inverted with perhaps their life dates (`Hein, Christoph 1944-`,
 * `CANDEL VILA,RAFAEL`), on the line above the record's areas run together and set apart by
 * dashes (`Glückskind mit Vater / Christoph Hein. - Erste Auflage - 525 Seiten 22 cm`,
 * `ENCICLOPEDIA LABOR.VOL(IV) - BARCELONA :HERMES ,1962`). The areas are the standard's, the same
 * in every language: the title first, then the edition, the imprint (`Place : Publisher, Year`)
 * and the extent.
 */
import { FieldSet, RANK } from './fields';
import type { Line } from './lines';
import { findPages } from './normalize/pages';
import { calmCapitals } from './text';

/** Where one area ends and the next begins: a dash with space around it, a full stop perhaps before. */
const AREA_SPLIT = /\.?\s+[-–—]{1,2}\s+/u;
/** The imprint area: `BARCELONA :HERMES ,1962`, `Lisboa : Plátano, 2015`, `Paris : [s.n.], c1998`. */
const IMPRINT_AREA = /^\[?\p{Lu}[^:;]{1,60}?\]?\s*:\s*\S.{0,100}?(?:,\s*|\s,\s*|\s)\[?c?(?:1[5-9]|20)\d\d\]?\.?$/u;
/** The size after the extent: `22 cm`, `; 30 см.` */
const SIZE = /\s*[;:]?\s*\d{1,2}(?:[.,]\d)?\s*(?:cm|см)\.?$/iu;
/**
 * A main entry for a person: the family name (one or two words), a comma, the given names, and
 * perhaps the years of their life (`Hein, Christoph 1944-`, `Weigert, Hans W., 1902-1983`).
 */
const MAIN_ENTRY =
  /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*,\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}?)(?:,?\s+\(?(?:1[5-9]|20)\d\d\s*-\s*(?:(?:1[5-9]|20)\d\d)?\)?)?\.?$/u;
/** A record's lines stand near the top of its page. */
const LINES_SEEN = 200;
const MAX_LINE = 400;

/** The areas of an ISBD record line, or null when the line is none: a title, and an imprint or an extent after it. */
export function isbdAreas(text: string): string[] | null {
  if (text.length > MAX_LINE || !/[-–—]/.test(text)) return null;
  const areas = text
    .split(AREA_SPLIT)
    .map((a) => a.trim())
    .filter(Boolean);
  if (areas.length < 2 || areas.length > 8) return null;
  return areas.slice(1).some((a) => IMPRINT_AREA.test(a) || extentOf(a) !== null) ? areas : null;
}

/** The page count of an extent area (`525 Seiten 22 cm`, `xii, 310 p. : il. ; 24 cm`), or null. */
function extentOf(area: string): number | null {
  const m = findPages(area.replace(SIZE, ''));
  return m && m.start === 0 ? m.pages : null;
}

/** `Hein, Christoph 1944-` → `Christoph Hein`; null when the line is no person's main entry. */
export function mainEntryName(text: string): string | null {
  const m = MAIN_ENTRY.exec(text.trim());
  if (!m?.[1] || !m[2]) return null;
  return calmCapitals(`${m[2]} ${m[1]}`, 'name');
}

/**
 * Offers the main entry's name as the work's author, and the extent's page count, when the page
 * has one such record (a list of records is left alone); the main entry's line is marked used, so
 * that no other reader takes it for an imprint. Returns whether a record was read.
 */
export function offerIsbdView(lines: readonly Line[], used: Set<number>, fs: FieldSet): boolean {
  let found: { at: number; name: string; areas: string[] } | null = null;
  for (let i = 1, n = Math.min(lines.length, LINES_SEEN); i < n; i++) {
    const line = lines[i];
    const areas = line && !line.h && !used.has(i) ? isbdAreas(line.text.trim()) : null;
    const name = areas ? mainEntryName(lines[i - 1]?.text ?? '') : null;
    if (!areas || !name) continue;
    if (found) return false;
    found = { at: i, name, areas };
  }
  if (!found) return false;
  const entry = lines[found.at - 1]?.text.trim() ?? '';
  fs.offer('work.authors', [found.name], 'content', RANK.content, 'ISBD main entry', entry);
  used.add(found.at - 1);
  for (const area of found.areas) {
    const pages = extentOf(area);
    if (pages !== null) fs.offer('work.pages', pages, 'content', RANK.content, 'ISBD extent', area);
  }
  return true;
}
