/**
 * File names for exports: the work's title (or a name for the library) and the export's date,
 * e.g. `china-s-security-management-towards-central-asia-2026-11-29.md`.
 *
 * A name must be safe on Windows, macOS and Linux and for chrome.downloads: the slug keeps only
 * letters and digits (of any script, so an Arabic or Chinese title still names its file) joined
 * by hyphens, so none of `/ \ : * ? " < > |`, control characters, leading dots or trailing dots
 * and spaces can appear; Windows' reserved device names (CON, NUL, COM1, ...) get a prefix; and
 * the slug is cut at a word boundary to at most 80 characters and 150 UTF-8 bytes, which leaves
 * room for the date and extension under every file system's 255-byte limit.
 */

/** The base name of exports of more than one page. */
export const LIBRARY_EXPORT_BASE = 'Review Annotator library';

const MAX_CHARS = 80;
const MAX_BYTES = 150;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** The date as the user's calendar shows it: YYYY-MM-DD in local time. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** Lower-case words of letters and digits joined by hyphens; accents on Latin letters dropped. */
export function slugify(text: string): string {
  const words = text
    .normalize('NFKD')
    // Strip accents from Latin letters only: in other scripts combining marks are part of the word.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  let out = '';
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (codePoints(next) > MAX_CHARS || utf8Length(next) > MAX_BYTES) {
      // A first word that is too long on its own is cut by code points, never inside a surrogate pair.
      if (!out) {
        let cut = '';
        let count = 0;
        for (const ch of w) {
          if (count + 1 > MAX_CHARS || utf8Length(cut + ch) > MAX_BYTES) break;
          cut += ch;
          count++;
        }
        out = cut;
      }
      break;
    }
    out = next;
  }
  return out;
}

/** The length in code points, which MAX_CHARS counts: a character outside the BMP is one. */
function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * `base` as a slug, then the date (local calendar day) and the extension (`md`, `csv`, `csl.json`).
 * A base with no letters or digits gives `export-2026-11-29.md`.
 */
export function exportFileName(base: string, date: Date, ext: string): string {
  let stem = slugify(base) || 'export';
  if (RESERVED.test(stem)) stem = `_${stem}`;
  const safeExt = ext
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '')
    .replace(/^\.+|\.+$/g, '');
  return `${stem}-${localDate(date)}${safeExt ? `.${safeExt}` : ''}`;
}

/** The name of an export of more than one page: `review-annotator-library-2026-11-29.csv`. */
export function libraryExportFileName(date: Date, ext: string): string {
  return exportFileName(LIBRARY_EXPORT_BASE, date, ext);
}

/** Names made unique in order: the second `a.md` becomes `a-2.md`, the third `a-3.md`. */
export function uniqueFileNames(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
    const dot = name.indexOf('.', name.lastIndexOf('-'));
    const [stem, ext] = dot < 0 ? [name, ''] : [name.slice(0, dot), name.slice(dot)];
    let n = 2;
    while (used.has(`${stem}-${n}${ext}`)) n++;
    const unique = `${stem}-${n}${ext}`;
    used.add(unique);
    return unique;
  });
}
